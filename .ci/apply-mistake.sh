#!/usr/bin/env bash
# Puts one known mistake into a copy of the course: the exercise's sources become its reference
# solution with the mistake's patch applied.
#
#   .ci/apply-mistake.sh solutions/exNN-slug/mistakes/NAME.patch COPY_OF_THE_COURSE
set -euo pipefail
mistake=$1 course=$2
exercise=$(basename "$(dirname "$(dirname "$mistake")")")
sources="exercises/$exercise/src/main/java"
"$(dirname "$0")/course-copy.sh" --solve "$course" "$exercise"
if ! (cd "$course" && git apply --directory="$sources" -) < "$mistake"; then
  echo "$mistake no longer applies to the reference solution of $exercise: edit the solution the same way" \
       "again and write the patch anew (see INSTRUCTORS.md, step 5, \"Keep the known mistakes\")." >&2
  exit 1
fi
