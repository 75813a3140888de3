#!/usr/bin/env bash
# Runs one exercise's graded tests against its reference solution several times in a row and
# counts the runs that passed: a test that fails once in twenty on a busy machine is flaky.
#
#   .ci/repeat-exercise.sh <exercise-id> [times]     e.g. .ci/repeat-exercise.sh ex06-queue-pipeline 20
#
# Prints one line per run (passed or failed, test time, wall time) and a summary; exits 1
# unless every run passed. Run it from the repository root.
set -euo pipefail

exercise="${1:?usage: $0 <exercise-id> [times]}"
times="${2:-20}"
module="solutions/$exercise"
if [[ ! -f "$module/pom.xml" ]]; then
  echo "no reference solution at $module" >&2
  exit 2
fi

# Sum of the test classes' times that surefire recorded in this run.
test_seconds() {
  cat "$module"/target/surefire-reports/TEST-*.xml 2>/dev/null \
    | grep -o '<testsuite [^>]*' | grep -o ' time="[0-9.]*"' | grep -o '[0-9.]*' \
    | awk '{ sum += $1 } END { printf "%.1f", sum }'
}

logs=$(mktemp -d)
passed=0
for ((run = 1; run <= times; run++)); do
  rm -rf "$module/target/surefire-reports"
  start=$(date +%s.%N)
  # Failing tests fail the build here (the instructor profile would otherwise let them pass).
  if ./mvnw -q test -Pinstructor -Dgrader.expectFailures=false -pl "$module" -am >"$logs/run$run.log" 2>&1; then
    outcome=passed
    passed=$((passed + 1))
  else
    outcome="FAILED, see $logs/run$run.log"
  fi
  wall=$(awk -v start="$start" -v end="$(date +%s.%N)" 'BEGIN { printf "%.1f", end - start }')
  echo "$exercise run $run/$times: $outcome (tests $(test_seconds) s, wall $wall s)"
done

echo "$exercise: $passed of $times runs passed"
[[ "$passed" -eq "$times" ]]
