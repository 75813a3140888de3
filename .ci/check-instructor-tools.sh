#!/usr/bin/env bash
# Proves the instructor's recipe (INSTRUCTORS.md) works end to end:
#   1. the committed skeletons are what the generator makes of the solutions, with no leak, and
#      the statements' "What is graded" tables and README.md's exercise table agree with the
#      @Graded tests;
#   2. in a copy of the repository, an instructor's whole recipe for a new exercise, ex99-ci-probe:
#      the scaffold; the statement, a marked solution and a test that uses Interleavings (from
#      .ci/probe-exercise/); an instructor check that fails, naming the missing test dependency,
#      until both pom.xml files declare Lincheck; a known mistake recorded from the working tree;
#      then grader/bin/check-exercise, which must pass;
#   3. the student template exported from that copy builds from scratch and grades 0 points, and
#      a student who solves ex99 earns its points in a one-exercise run;
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

step "1. Skeletons in step with their solutions; statements in step with the tests' points"
grader/bin/generate-skeletons --check
grader/bin/list-exercises --check || fail "a statement's or README.md's table"

step "2. The recipe for a new exercise, ex99-ci-probe, in a copy of the repository"
copy="$work/course"
.ci/course-copy.sh "$copy"
probe="$PWD/.ci/probe-exercise"
exercise="exercises/ex99-ci-probe" solution="solutions/ex99-ci-probe"
(cd "$copy" && grader/bin/new-exercise 99 ci-probe "CI probe" "Sonda de CI" Probe && git init -q && git add -A)
# The grading workflow reports the new exercise (as .ci/check-workflows.sh demands).
(cd "$copy" && grader/bin/instructor-tool check-workflow) || fail "classroom.yml does not report ex99"
# Steps 2 to 4 of the recipe: the statement, the solution with markers, a test of its own.
cp "$probe/README.md" "$probe/README.es.md" "$copy/$exercise/"
rm "$copy/$exercise"/src/test/java/ex99/*.java
cp "$probe/ProbeInterleavingTest.java" "$copy/$exercise/src/test/java/ex99/"
cp "$probe/Probe.java" "$copy/$solution/src/main/java/ex99/Probe.java"
(cd "$copy" && grader/bin/generate-skeletons && grader/bin/list-exercises --write-readme --check && git add -A)
instructor_check_of_ex99() {
  (cd "$copy" && ./mvnw -q -B test -Pinstructor -Dgrader.only=ex99-ci-probe \
    -pl "$exercise,$solution,grader/scoreboard" -am) > "$work/scaffold.log" 2>&1
}
# Interleavings needs Lincheck, which no pom declares yet: the instructor check must say so.
if instructor_check_of_ex99; then
  fail "the instructor check passed although the tests cannot link Lincheck"
fi
check="$copy/target/grade/instructor-check.txt"
grep -q "skeleton: ex99.ProbeInterleavingTest#twoIncrementsCountTwo fails because a class it needs is missing" "$check" \
  && grep -q "org.jetbrains.lincheck:lincheck" "$check" \
  || { cat "$work/scaffold.log"; fail "the instructor check does not name the missing test dependency"; }
echo "without Lincheck, as expected: $(grep -m1 'skeleton: ex99' "$check")"
for pom in "$copy/$exercise/pom.xml" "$copy/$solution/pom.xml"; do
  sed -i '/^<\/project>$/d' "$pom"
  cat "$probe/lincheck-dependency.xml" >> "$pom"
  echo '</project>' >> "$pom"
done
# Step 5: a known mistake, made in the working tree and recorded against git's copy of the solution.
(cd "$copy" && git add -A && sed -i 's/synchronized (this) {/{/' "$solution/src/main/java/ex99/Probe.java" \
  && grader/bin/record-mistake ex99-ci-probe unsynchronized-increment \
    "count++ without a lock: two increments at the same time can count one." \
    ProbeInterleavingTest#twoIncrementsCountTwo)
cmp -s "$probe/Probe.java" "$copy/$solution/src/main/java/ex99/Probe.java" \
  || fail "record-mistake did not put the reference solution back"
# Step 6: the checks of one exercise.
(cd "$copy" && grader/bin/check-exercise ex99-ci-probe) > "$work/check-exercise.log" 2>&1 \
  || { cat "$work/check-exercise.log"; fail "grader/bin/check-exercise ex99-ci-probe"; }
tail -n 1 "$work/check-exercise.log"
jq -e '.exercises[] | select(.id == "ex99-ci-probe" and .points == 0 and .maxPoints == 2)' \
  "$copy/target/grade/grade.json" > /dev/null || fail "the scoreboard does not show ex99-ci-probe's skeleton at 0/2"
jq -e '.exercises[] | select(.id == "ex99-ci-probe" and .points == .maxPoints)' \
  "$copy/target/grade/solutions/grade.json" > /dev/null || fail "the scoreboard does not show ex99's solution at full marks"

step "3. The student template, exported from that copy, builds from scratch and grades 0"
template="$work/template"
(cd "$copy" && grader/bin/export-template "$template")
for instructor_only in solutions grader/instructor grader/bin/new-exercise grader/bin/instructor-tool .ci \
    .github/workflows/ci.yml INSTRUCTORS.md docs/github-classroom.md; do
  [[ ! -e "$template/$instructor_only" ]] || fail "the template holds $instructor_only"
done
if grep -rIl -e 'BEGIN SOLUTION' -e 'END SOLUTION' -e '/\* STUB' "$template"; then
  fail "marker text in the template"
fi
grep -qF '| [ex99-ci-probe](exercises/ex99-ci-probe/README.md) | CI probe | 2 |' "$template/README.md" \
  || fail "the template's README.md does not list ex99-ci-probe"
if (cd "$template" && ./mvnw -q -B test) > "$work/template.log" 2>&1; then
  fail "the untouched template earned full marks"
fi
jq -e '.points == 0 and .maxPoints > 0 and all(.exercises[]; .status == "GRADED")' \
  "$template/target/grade/grade.json" > /dev/null || { cat "$work/template.log"; fail "the template does not grade 0 cleanly"; }
echo "template: $(jq -r '"\(.points)/\(.maxPoints) over \(.exercises | length) exercise(s)"' "$template/target/grade/grade.json")"
# A student who solves ex99 earns its points, in the one-exercise run the statements give.
cp "$copy/$solution/src/main/java/ex99/Probe.java" "$template/$exercise/src/main/java/ex99/Probe.java"
(cd "$template" && ./mvnw -q -B -o test -pl "$exercise,grader/scoreboard" -am -Dgrader.only=ex99-ci-probe) \
  > "$work/student.log" 2>&1 || { cat "$work/student.log"; fail "a student's solved ex99 does not earn full marks"; }
echo "student's run of a solved ex99: $(jq -r '"\(.points)/\(.maxPoints)"' "$template/target/grade/grade.json")"

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
