#!/usr/bin/env bash
# A dry run of .github/workflows/deadline-grading.yml on a sample class: the steps of its jobs,
# through the same scripts, with a folder of git repositories and their recorded push times
# standing in for GitHub (grader/instructor/samples/make-deadline-repos.sh says who is who):
#   1. the similarity launcher's own tests, on a JDK 21 or newer;
#   2. plan: list the class, choose each graded commit from the push times, three per shard;
#      and the grading kit (the template and the tools), which the grade jobs get instead of the course;
#   3. fetch and grade each shard (ex01-threads), as the fetch and grade jobs do;
#   4. merge: the gradebook, the Canvas, Moodle and Classroom 50 files, the summary;
#   5. the similarity check, with the skeleton as base code;
# then checks what they wrote. Run from anywhere: .ci/check-deadline-grading.sh (4 to 8 minutes)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
deadline=2026-12-01T23:59:00+01:00
only=ex01-threads

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "1. The similarity launcher's tests, on Java 21 or newer"
jdk="$(grader/bin/instructor-tool find-jdk 21)" || fail "the similarity check needs a JDK 21 or newer"
echo "JDK: $jdk"
JAVA_HOME="$jdk" ./mvnw -B -q -f grader/similarity/pom.xml verify

step "2. A sample class; plan; the grading kit"
grader/instructor/samples/make-deadline-repos.sh "$work/class" "$deadline"
grader/bin/deadline plan "$work/plan" --local="$work/class" --prefix=conc- --deadline="$deadline" --only="$only" \
  --shard-size=3
grader/bin/deadline kit "$work/kit"
[[ -z "$(find "$work/kit" -name solutions)" ]] || fail "the grading kit holds the solutions"

step "3. Fetch and grade each shard"
for shard in $(jq -r '.[]' "$work/plan/shards.json"); do
  grader/bin/deadline fetch "$work/plan/plan.json" "$shard" "$work/shard-$shard"
  "$work/kit/grade" "$work/shard-$shard/repos" "$work/results/grades-$shard" --only="$only" --lang=en
  cp "$work/shard-$shard/fetched.json" "$work/results/grades-$shard/"
done

step "4. Merge"
grader/bin/deadline merge "$work/plan/plan.json" "$work/results" "$work/out" --roster="$work/class/roster.csv" \
  --canvas-assignments="$only=4711"

step "5. Similarity"
SIMILARITY_JAVA_HOME="$jdk" grader/bin/similarity --template="$work/kit/template" --out="$work/similarity" \
  --only="$only" --threshold=0.5 "$work"/shard-*/repos > /dev/null

step "6. What the dry run wrote"
# cell FILE KEY COLUMN prints the cell of COLUMN in the row whose first cell is KEY (the samples' cells need no quoting)
cell() { awk -F, -v key="$2" -v name="$3" '{ sub(/\r$/, "") } NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 == key && (name in col) { print $col[name] }' "$1"; }
gradebook="$work/out/gradebook.csv"
cat "$gradebook"
echo
head -3 "$work/out/canvas.csv"
echo
head -3 "$work/out/moodle.csv"
echo
sed -n '/^|/p' "$work/similarity/top-pairs.md"

# alice's late commit is backdated to before the deadline and does not compile: the push time decides.
[[ "$(cell "$gradebook" conc-alice graded_commit_source)" == push ]] || fail "alice: not graded at a push"
[[ "$(cell "$gradebook" conc-alice notes)" != *"does not compile"* ]] || fail "alice: graded at her late, backdated commit"
(( $(cell "$gradebook" conc-alice total) > $(cell "$gradebook" conc-erin total) )) || fail "alice: not her solution"
[[ "$(cell "$gradebook" conc-alice late)" == yes && -n "$(cell "$gradebook" conc-alice late_pushes)" ]] \
  || fail "alice: her late push is not recorded"
[[ "$(cell "$gradebook" conc-bob late)" == no ]] || fail "bob: late"
[[ "$(cell "$gradebook" conc-dave total)" == 0 && "$(cell "$gradebook" conc-dave graded_commit_source)" == commit-date ]] \
  || fail "dave: the untouched template, chosen by its date, must earn 0"
[[ "$(cell "$gradebook" conc-erin graded_commit_source)" == commit-date && "$(cell "$gradebook" conc-erin late)" == yes ]] \
  || fail "erin: without push records, her commit dated after the deadline must be late"
[[ "$(cell "$gradebook" conc-erin on_roster)" == no ]] || fail "erin: she is not on the roster"
[[ "$(sed -n 1p "$work/out/canvas.csv" | tr -d '\r')" == "Student,ID,SIS User ID,SIS Login ID,Section,$only (4711)" ]] \
  || fail "canvas.csv: not Canvas's header"
[[ "$(cell "$work/out/canvas.csv" "Points Possible" "$only (4711)")" -gt 0 ]] || fail "canvas.csv: no points possible"
[[ "$(cell "$work/out/canvas.csv" "Frank Poole" "$only (4711)")" == "" ]] || fail "canvas.csv: frank has a grade"
[[ "$(cell "$work/out/moodle.csv" alice@students.example "$only")" == "$(cell "$gradebook" conc-alice total)" ]] \
  || fail "moodle.csv: alice's grade"
[[ "$(cell "$work/out/classroom50-scores.csv" frank score)" == "" && -n "$(cell "$work/out/classroom50-scores.csv" erin score)" ]] \
  || fail "classroom50-scores.csv: frank (no repository) or erin (not on the roster)"
grep -q -- "- erin (conc-erin)" "$work/out/summary.md" || fail "summary: erin is not reported as not on the roster"
grep -q -- "- frank" "$work/out/summary.md" || fail "summary: frank is not reported as without a repository"

# similarity A B prints JPlag's similarity of the pair, in either order
similarity() { awk -F, -v a="$1" -v b="$2" '($2 == a && $3 == b) || ($2 == b && $3 == a) { print $4 }' \
  "$work/similarity/pairs.csv"; }
awk -v s="$(similarity conc-alice conc-bob)" 'BEGIN { exit !(s >= 0.8) }' || fail "bob's renamed copy is not similar to alice's"
awk -v s="$(similarity conc-alice conc-carol)" 'BEGIN { exit !(s < 0.3) }' || fail "carol's own solution is similar to alice's"
for other in conc-alice conc-bob conc-carol conc-erin; do
  awk -v s="$(similarity conc-dave "$other")" 'BEGIN { exit !(s < 0.05) }' || fail "the untouched skeleton is similar to $other"
done
[[ -s "$work/similarity/$only.zip" ]] || fail "no JPlag report"

echo
echo "Deadline grading dry run: OK"
