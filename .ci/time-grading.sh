#!/usr/bin/env bash
# How long grading the whole course takes, on a fresh copy of this working tree: the
# students' one `./mvnw -B test` on the skeleton and on the solved course (every reference
# solution copied over its exercise), and, side by side, the one-command-per-test style of
# GitHub Classroom's autograding form (one Maven run per graded test) on the solved course.
#
#   .ci/time-grading.sh [--runs=N] [--no-per-test]
#
# Prints each run's wall time and each exercise's seconds, as its progress line shows them. Take figures
# on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=1 per_test=true
for arg in "$@"; do
  case $arg in
    --runs=*) runs=${arg#--runs=} ;;
    --no-per-test) per_test=false ;;
    *) sed -n '2,9s/^# \{0,1\}//p' "$0" >&2; exit 64 ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
graded_tests=$(grader/bin/list-exercises | awk '$1 ~ /^[0-9]+$/ && $2 ~ /#/ { print $2 }')

# A fresh copy (no target/), so nothing of an earlier build is reused; solved: with every reference solution.
fresh_copy() {
  rm -rf "$work/course"
  .ci/course-copy.sh "$work/course"
  if [ "$1" = solved ]; then
    .ci/course-copy.sh --solve "$work/course"
  fi
}

# Runs a command in the copy and prints its wall time; the log keeps Maven's module times.
timed() {
  local what=$1 started
  shift
  started=$(date +%s.%N)
  (cd "$work/course" && "$@") > "$work/log" 2>&1 || true
  printf '%-40s %6.1f s\n' "$what" "$(echo "$(date +%s.%N) - $started" | bc)"
}

# Each exercise's line of the run (tests passed, points, seconds), as the student sees it.
exercise_lines() {
  sed -n '/^-- SCOREBOARD/q; s/^/    /p' "$work/log"
}

for ((run = 1; run <= runs; run++)); do
  for course in skeleton solved; do
    fresh_copy "$course"
    timed "run $run: $course, ./mvnw -B test" ./mvnw -B test
    exercise_lines
  done
done

if $per_test; then
  fresh_copy solved
  started=$(date +%s)
  count=0
  for test in $graded_tests; do
    (cd "$work/course" && ./mvnw -B -q test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false) \
        > /dev/null 2>&1 || true
    count=$((count + 1))
  done
  printf '%-40s %6d s (%d commands)\n' "solved, one ./mvnw test -Dtest=Class#method per graded test" \
      "$(($(date +%s) - started))" "$count"
fi
