#!/usr/bin/env bash
# Runs one test class of one exercise or reference-solution module several times and counts how
# often each graded test in it passed, failed, or was not measured, with the speed-up figures of
# every run. Made for speed-up tests: run it on a reference solution while the machine is
# otherwise idle, to show that the test gives no false failures there.
#
# Usage:   .ci/repeat-speedup.sh <module> <TestClass> [times, default 20]
# Example: .ci/repeat-speedup.sh solutions/ex02-thread-pool TaskPoolSpeedupTest 20
#
# Exits 1 when any run failed, 2 on a usage error, 0 otherwise.
set -euo pipefail

usage() {
  echo "usage: $0 <module, e.g. solutions/ex02-thread-pool> <TestClass> [times]" >&2
  exit 2
}
[[ $# -ge 2 ]] || usage
module=${1%/}
test_class=$2
times=${3:-20}
[[ -f $module/pom.xml ]] || { echo "no Maven module at $module" >&2; usage; }
[[ $times =~ ^[1-9][0-9]*$ ]] || usage

# The reference solutions are in the reactor only with the instructor profile.
profile=()
if [[ $module == solutions/* ]]; then
  profile=(-Pinstructor)
fi
results=$module/target/grade/results.jsonl
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

field() { # field NAME LINE: the first number or word that field NAME of a JSON line holds, or "-"
  local value
  value=$(grep -o "\"$1\":\"\\?[A-Za-z0-9.+-]\+" <<<"$2" | head -n 1 | sed 's/.*:"\{0,1\}//')
  echo "${value:--}"
}

figure() { # figure NAME LINE: a number field rounded to two decimals, or "-"
  local value
  value=$(field "$1" "$2")
  if [[ $value == - ]]; then echo -; else LC_ALL=C printf '%.2f' "$value"; fi
}

passed=0 failed=0 not_measured=0 missing=0
for run in $(seq 1 "$times"); do
  # A failing test must not stop the loop: the results file says what happened.
  ./mvnw -q "${profile[@]}" test -pl "grader/testkit,$module" -Dtest="$test_class" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dgrader.expectFailures=true >"$logs/run-$run.log" 2>&1 || true
  lines=$(grep "\"testClass\":\"[a-z0-9]*\.$test_class\"" "$results" 2>/dev/null || true)
  if [[ -z $lines ]]; then
    missing=$((missing + 1))
    echo "run $run: no result recorded; the end of its Maven log:"
    tail -n 15 "$logs/run-$run.log" | sed 's/^/    /'
    continue
  fi
  while IFS= read -r line; do
    outcome=$(field outcome "$line")
    case $outcome in
      PASSED) passed=$((passed + 1)) ;;
      FAILED) failed=$((failed + 1)) ;;
      ABORTED) not_measured=$((not_measured + 1)) ;;
      *) missing=$((missing + 1)) ;;
    esac
    printf 'run %2d: %-8s %s: speed-up %s (required %s, calibration %s; sequential %s ms, parallel %s ms)\n' \
      "$run" "$outcome" "$(field testMethod "$line")" "$(figure speedup "$line")" "$(figure required "$line")" \
      "$(figure calibration "$line")" "$(figure sequentialMillis "$line")" "$(figure parallelMillis "$line")"
  done <<<"$lines"
done

echo "$module $test_class, $times runs: $passed passed, $failed failed, $not_measured not measured, $missing without a result"
[[ $failed -eq 0 ]]
