#!/usr/bin/env bash
# Every known mistake kept in solutions/<exercise>/mistakes/ must lose the points of the tests
# its header names: a mutation test of the graded tests, with mistakes students really make.
#
# A mistake is a patch to the reference solution, paths relative to src/main/java, after a header:
#   MISTAKE: what is wrong, in one line
#   CAUGHT BY: TestClass#method ... (the graded tests that must not earn their points)
#   (an empty line, then the unified diff, as `git diff --relative=solutions/<exercise>/src/main/java` writes it)
#
# Round r puts the r-th mistake of every exercise over its reference solution, so one Maven run
# checks one mistake of each exercise; it runs only the test classes the mistakes name. Each named
# test must lose points, and its failure message must start with the grader's own sentence in
# English and in Spanish: the run records both languages at once (-Dgrader.lang=both), and
# `instructor-tool check-known-mistakes` (grader.instructor.KnownMistakesCheck) reads the grade.
#
#   .ci/check-mistakes.sh                  every exercise's mistakes
#   .ci/check-mistakes.sh exNN-slug ...    these exercises' only
# The course is copied as the working tree has it, files that git does not track yet included.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mistake_dirs=()
if [ $# -eq 0 ]; then
  for dir in solutions/ex*/mistakes; do mistake_dirs+=("$dir"); done
else
  for exercise in "$@"; do
    [ -d "solutions/$exercise" ] || { echo "no exercise solutions/$exercise" >&2; exit 2; }
    [ -d "solutions/$exercise/mistakes" ] || { echo "solutions/$exercise has no mistakes/ to check" >&2; exit 1; }
    mistake_dirs+=("solutions/$exercise/mistakes")
  done
fi

rounds=0
for dir in "${mistake_dirs[@]}"; do
  [ -d "$dir" ] || continue
  n=$(find "$dir" -name '*.patch' | wc -l)
  [ "$n" -gt "$rounds" ] && rounds=$n
done
echo "== Known mistakes: $rounds round(s)"

failures=0
for ((round = 1; round <= rounds; round++)); do
  course="$work/course-$round"
  mkdir -p "$course"
  # tracked and untracked files, not ignored ones; a tracked file deleted in the working tree is left out
  git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null \
    | tar -xf - -C "$course"
  expectations="$work/expectations-$round"
  : > "$expectations"
  exercises=()
  classes=()
  for dir in "${mistake_dirs[@]}"; do
    exercise=$(basename "$(dirname "$dir")")
    mistake=$(find "$dir" -name '*.patch' | sort | sed -n "${round}p")
    [ -n "$mistake" ] || continue
    caught=$(sed -n 's#^CAUGHT BY: ##p' "$mistake")
    .ci/apply-mistake.sh "$mistake" "$course"
    echo "$exercise|$mistake|$caught" >> "$expectations"
    exercises+=("$exercise")
    for test in $caught; do classes+=("${test%%#*}"); done
  done
  only=$(IFS=,; echo "${exercises[*]}")
  tests=$(printf '%s\n' "${classes[@]}" | sort -u | paste -sd, -)
  modules=$(printf 'exercises/%s,' "${exercises[@]}")
  echo "-- round $round: $only"
  (cd "$course" && ./mvnw -B -q -o test -pl "${modules}grader/scoreboard" -am -Dgrader.only="$only" -Dgrader.lang=both \
      -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false > "$work/log-$round" 2>&1) || true
  grade="$course/target/grade/grade.json"
  if [ ! -f "$grade" ]; then
    echo "no grade written in round $round:"; tail -50 "$work/log-$round"; exit 1
  fi
  grader/bin/instructor-tool check-known-mistakes "$grade" "$expectations" || failures=$((failures + 1))
done
if [ "$failures" -ne 0 ]; then
  echo "Some known mistakes were not caught, or a message does not start with the grader's own sentence."; exit 1
fi
echo "Every known mistake was caught."
