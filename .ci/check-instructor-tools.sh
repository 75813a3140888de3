#!/usr/bin/env bash
# Proves the instructor's recipe (INSTRUCTORS.md) works end to end:
#   1. the committed skeletons are what the generator makes of the solutions, with no leak;
#   2. in a copy of the repository, new-exercise scaffolds an exercise that builds, passes the
#      instructor check (skeleton 0 with every test failing, solution full marks) and shows up
#      on the scoreboard;
#   3. the exported student template builds from scratch and grades 0 points;
#   4. batch grading with pristine tests grades sample student repositories as expected, and a
#      bad repository never stops the batch (ex01 only, where the samples differ).
# Run from anywhere: .ci/check-instructor-tools.sh   (5 to 15 minutes on 2 busy cores)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
# Speed-up tests measure time on a shared machine: a check that includes one gets a second try.
twice() { "$@" || { echo "(retrying once: a speed-up measurement can fail by chance on a busy machine)"; "$@"; }; }

step "1. Skeletons in step with their solutions"
grader/bin/generate-skeletons --check

step "2. Scaffold ex99-ci-probe in a copy of the repository"
copy="$work/course"
mkdir "$copy"
tar --exclude=./.git --exclude=./target --exclude='*/target' -cf - . | tar -xf - -C "$copy"
(cd "$copy" && grader/bin/new-exercise 99 ci-probe "CI probe" "Sonda de CI")
(cd "$copy" && grader/bin/generate-skeletons --check)
workflow="$copy/.github/workflows/classroom.yml"
if [[ -f "$workflow" ]]; then # the grading workflow reports the new exercise (as .ci/check-workflows.sh demands)
  grep -q '^        id: ex99$' "$workflow" || fail "classroom.yml has no step for ex99"
  grep -qF '          EX99_RESULTS: ${{ steps.ex99.outputs.result }}' "$workflow" || fail "classroom.yml: no EX99_RESULTS"
fi
instructor_check_of_ex99() {
  (cd "$copy" && ./mvnw -q -B test -Pinstructor -Dgrader.only=ex99-ci-probe \
    -pl exercises/ex99-ci-probe,solutions/ex99-ci-probe,grader/scoreboard -am) > "$work/scaffold.log" 2>&1
}
twice instructor_check_of_ex99 || { cat "$work/scaffold.log"; fail "the scaffolded exercise fails the instructor check"; }
sed -n '/^INSTRUCTOR CHECK/,$p' "$work/scaffold.log"
jq -e '.exercises[] | select(.id == "ex99-ci-probe" and .points == 0 and .maxPoints > 0)' \
  "$copy/target/grade/grade.json" > /dev/null || fail "the scoreboard does not show ex99-ci-probe's skeleton at 0"
jq -e '.exercises[] | select(.id == "ex99-ci-probe" and .points == .maxPoints)' \
  "$copy/target/grade/solutions/grade.json" > /dev/null || fail "the scoreboard does not show ex99's solution at full marks"

step "3. The student template builds from scratch and grades 0"
template="$work/template"
grader/bin/export-template "$template"
for instructor_only in solutions grader/instructor grader/bin/new-exercise grader/bin/instructor-tool .ci \
    .github/workflows/ci.yml INSTRUCTORS.md docs/github-classroom.md; do
  [[ ! -e "$template/$instructor_only" ]] || fail "the template holds $instructor_only"
done
if grep -rIl -e 'BEGIN SOLUTION' -e 'END SOLUTION' -e '/\* STUB' "$template"; then
  fail "marker text in the template"
fi
if (cd "$template" && ./mvnw -q -B test) > "$work/template.log" 2>&1; then
  fail "the untouched template earned full marks"
fi
jq -e '.points == 0 and .maxPoints > 0 and all(.exercises[]; .status == "GRADED")' \
  "$template/target/grade/grade.json" > /dev/null || { cat "$work/template.log"; fail "the template does not grade 0 cleanly"; }
echo "template: $(jq -r '"\(.points)/\(.maxPoints) over \(.exercises | length) exercise(s)"' "$template/target/grade/grade.json")"

step "4. Batch grading with pristine tests"
grader/instructor/samples/make-sample-repos.sh "$work/repos"
gradebook="$work/grades/gradebook.csv"
# column(repo, name) prints one cell of the gradebook (the samples' cells need no CSV quoting)
column() { awk -F, -v repo="$1" -v name="$2" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 == repo { print $col[name] }' "$gradebook" | tr -d '\r'; }
batch_grades_the_samples() {
  rm -rf "$work/grades"
  grader/bin/grade-batch "$work/repos" "$work/grades" --lang=en --only=ex01-threads # the samples differ in ex01
  cat "$gradebook"
  [[ "$(column correct total)" == "$(column correct max)" ]] || { echo "correct: not full marks"; return 1; }
  (( $(column partial total) > 0 && $(column partial total) < $(column partial max) )) \
    || { echo "partial: not partial"; return 1; }
  [[ "$(column tampered total)" == "$(column partial total)" ]] \
    || { echo "tampered: not graded on the pristine tests"; return 1; }
}
twice batch_grades_the_samples || fail "the batch grade of the samples is wrong"
(( $(column tampered protected_changes) >= 1 )) || fail "tampered: the edited test is not flagged"
grep -q 'modified (protected: not used)' "$work/grades/feedback/tampered.md" || fail "tampered: no feedback on the test"
[[ "$(column does-not-compile notes)" == *"does not compile: ex01-threads"* ]] || fail "does-not-compile: not reported"
[[ "$(column missing-exercise notes)" == *"missing: ex01-threads"* ]] || fail "missing-exercise: not reported"
[[ "$(column not-a-course status)" == "not_a_course_repository" ]] || fail "not-a-course: not reported"

echo
echo "Instructor tools: OK"
