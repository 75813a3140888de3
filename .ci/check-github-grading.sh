#!/usr/bin/env bash
# Runs grader/bin/github-grade the way .github/workflows/classroom.yml does, with GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY pointing at files, on a temporary copy of the course, and checks every output
# (job summary, step outputs, the reporter's runners, result.json, results.json, annotations):
#   1. the skeletons            0 of max in every format
#   2. the reference solutions  max of max
#   3. the solutions, but one exercise does not compile: max minus that exercise, which is one
#      "error" entry that scores 0, annotated at the compiler's file and line
#   4. a build that cannot run  a grader error: exit 1, no grade, a summary that says so
# Maven runs offline (-o): run the course's build once before, so its dependencies are cached.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)" # removed when every check passes, kept to look into otherwise
course="$work/course"
.ci/course-copy.sh "$course"
cd "$course"

failures=0
check() { # description, then a command that must succeed
  local what=$1
  shift
  if "$@"; then
    echo "  ok    $what"
  else
    echo "  FAIL  $what"
    failures=$((failures + 1))
  fi
}

# Runs the grade step and every exercise's report step into $out/, as the workflow would.
run_workflow() {
  out="$work/$1"
  shift
  mkdir -p "$out"
  : >"$out/output" && : >"$out/summary"
  status=0
  GITHUB_OUTPUT="$out/output" GITHUB_STEP_SUMMARY="$out/summary" \
    grader/bin/github-grade grade -o -q "$@" >"$out/log" 2>&1 || status=$?
  runners="$(sed -n 's/^runners=//p' "$out/output")"
  ((status == 0)) || return 0 # the workflow's later steps run only after a grade
  for runner in ${runners//,/ } ex99; do
    : >"$out/$runner.output"
    GITHUB_OUTPUT="$out/$runner.output" grader/bin/github-grade report "$runner" >"$out/$runner.log"
    sed -n 's/^result=//p' "$out/$runner.output" | base64 -d >"$out/$runner.json"
  done
}

output() { sed -n "s/^$1=//p" "$out/output"; }
holds() { # a JSON file, then jq arguments: the filter must yield true
  local file=$1
  shift
  jq -e "$@" "$file" >/dev/null
}
grade_json() { jq -r "$1" target/grade/grade.json; }

# Every format agrees on points of max, and the reporter's inputs keep its contract.
check_totals() {
  local points=$1 max=$2 runner
  check "grade step exits 0" test "$status" -eq 0
  check "outputs points=$points max-points=$max" test "$(output points)/$(output max-points)" = "$points/$max"
  check "job summary says $points/$max" grep -q "^# .*: $points/$max\$" "$out/summary"
  # Each runner's step names its exercise first ("ex01-threads: 3/15 · ..."), as the scoreboard wrote it.
  check "runners are the exercises worth points" test \
    "$(for runner in ${runners//,/ }; do sed -n '1s/:.*//p' "$out/$runner.log"; done | paste -sd,)" = \
    "$(grade_json '[.exercises[] | select(.maxPoints > 0) | .id] | join(",")')"
  for runner in ${runners//,/ }; do
    check "$runner: result keeps the reporter's contract" holds "$out/$runner.json" '
        (.version == 1) and (.status | IN("pass", "fail", "error")) and (.max_score | type == "number")
        and (.max_score == (.max_score | floor)) and (.tests | type == "array" and length > 0)
        and all(.tests[]; (keys | contains(["duration", "filename", "line_no", "message", "name", "score",
                                            "status", "test_code"]))
                and (.score | type == "number") and (.score * 100 | . == floor)
                and (.status | IN("pass", "fail", "error")))'
    check "$runner: at most 10 annotations in its step" test "$(grep -c '^::error ' "$out/$runner.log")" -le 10
  done
  # What notify-classroom.js announces: the sum of every runner's test scores over the sum of max_score.
  local announced
  announced="$(for runner in ${runners//,/ }; do cat "$out/$runner.json"; done |
    jq -rs '"Points \(map(.tests[].score) | add // 0)/\(map(.max_score) | add // 0)"')"
  check "the reporter would announce Points $points/$max" test "$announced" = "Points $points/$max"
  check "result.json: classroom50/result/v1, $points of $max in integers" holds target/grade/result.json \
    --argjson p "$points" --argjson m "$max" '.schema == "classroom50/result/v1" and .score == $p and .["max-score"] == $m
        and ([.tests[].score] | add // 0) == $p and ([.tests[]["max-score"]] | add // 0) == $m
        and all(.tests[]; (.score | type == "number") and .score == (.score | floor))'
  check "results.json (Gradescope): $points of $max" holds target/grade/results.json \
    --argjson p "$points" --argjson m "$max" \
    '.score == $p and ([.tests[].max_score] | add // 0) == $m and ([.tests[].score] | add // 0) == $p'
  check "a step for an absent exercise yields a valid empty result" holds "$out/ex99.json" \
    '.max_score == 0 and .tests == [] and .status == "pass"'
  check "the build's output is fenced by ::stop-commands::" fenced "$out/log"
}

fenced() {
  local token
  token="$(sed -n 's/^::stop-commands::\(.*\)$/\1/p' "$1")"
  [[ -n "$token" ]] && grep -q "^::$token::\$" "$1"
}

echo "1. skeletons"
run_workflow skeleton
max="$(grade_json .maxPoints)"
check "the course is worth points" test "$max" -gt 0
check_totals 0 "$max"
check "failed tests are annotated at a file of the exercise" grep -q '^::error file=exercises/' "$work/skeleton/"ex*.log

echo "2. reference solutions"
.ci/course-copy.sh --solve .
run_workflow solutions
check_totals "$max" "$max"
check "the job summary draws the workers as a Mermaid gantt chart" grep -q '^```mermaid$' "$out/summary"

echo "3. one exercise does not compile"
broken_id="$(basename "$(ls -d exercises/ex*/ | tail -n 1)")"
broken="exercises/$broken_id"
broken_file="$(find "$broken/src/main/java" -name '*.java' | sort | head -n 1)"
echo "this line is not Java" >>"$broken_file"
run_workflow broken
broken_max="$(grade_json ".exercises[] | select(.id == \"$broken_id\") | .maxPoints")"
check_totals "$((max - broken_max))" "$max"
broken_runner="${runners##*,}" # the last exercise's
check "$broken_runner reports $broken_id" test "$(sed -n '1s/:.*//p' "$out/$broken_runner.log")" = "$broken_id"
check "$broken_runner: one error entry that scores 0 at the compiler's file and line" \
  holds "$out/$broken_runner.json" --arg f "$broken_file" \
  '.status == "error" and (.tests | length) == 1 and .tests[0].score == 0 and .tests[0].status == "error"
     and .tests[0].filename == $f and .tests[0].line_no > 0'
check "$broken_runner: annotated at the compiler's file and line" \
  grep -q "^::error file=${broken_file},line=[1-9][0-9]*,title=" "$out/$broken_runner.log"

echo "4. the grader cannot run"
run_workflow grader-error -Dmaven.repo.local="$work/empty-repository"
check "grade step exits 1" test "$status" -eq 1
check "no step output is written" test ! -s "$out/output"
check "the job summary says it is a grader error" grep -q 'Grader error' "$out/summary"
check "the log has a grader error annotation" grep -q '^::error title=Grader error' "$out/log"

if ((failures > 0)); then
  echo "check-github-grading: $failures check(s) failed; the runs are in $work"
  exit 1
fi
rm -rf "$work"
echo "check-github-grading: OK"
