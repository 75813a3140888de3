#!/usr/bin/env bash
# The one way the checks copy the course and solve it:
#   .ci/course-copy.sh DEST                        copies this working tree into DEST: the files git
#                                                  tracks and the untracked ones it does not ignore
#                                                  (so no target/), as they are on disk
#   .ci/course-copy.sh --solve COURSE [exNN-slug...] puts the reference solutions (of these exercises;
#                                                  default every one) in place of COURSE's skeletons:
#                                                  each exercises/ID/src/main/java becomes solutions/ID's
set -euo pipefail
usage() { sed -n '2,8s/^# \{0,1\}//p' "$0" >&2; exit 64; }
solve=false
[[ "${1:-}" == --solve ]] && { solve=true; shift; }
[[ $# -ge 1 ]] || usage
target="$(realpath -m "$1")" # DEST or COURSE, before moving to the repository's root
shift
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if $solve; then
  course=$target
  ids=("$@")
  if [[ ${#ids[@]} -eq 0 ]]; then
    for solution in solutions/ex*/; do ids+=("$(basename "$solution")"); done
  fi
  for id in "${ids[@]}"; do
    rm -rf "$course/exercises/$id/src/main/java"
    mkdir -p "$course/exercises/$id/src/main"
    cp -r "solutions/$id/src/main/java" "$course/exercises/$id/src/main/java"
  done
  exit 0
fi

[[ $# -eq 0 ]] || usage
mkdir -p "$target"
# A tracked file deleted from the working tree is left out (--ignore-failed-read), as git status shows it.
git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null |
  tar -xf - -C "$target"
