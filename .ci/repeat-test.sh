#!/usr/bin/env bash
# Runs one test class of one module N times, each in a fresh Maven run and JVM, and tallies the
# graded outcomes with the speed-up figures: how timing tests are measured for flakiness.
#
#   .ci/repeat-test.sh MODULE TEST_CLASS TIMES [MISTAKE_FILE]
#
# MODULE is exercises/exNN-slug or solutions/exNN-slug. TEST_CLASS may be a pattern: '*Test'
# runs every test class of the module, e.g. a reference solution's whole grade 20 times:
#   .ci/repeat-test.sh solutions/ex06-queue-pipeline '*Test' 20
# With MISTAKE_FILE (a patch from solutions/exNN-slug/mistakes/), the runs use the reference
# solution with that mistake in it, in a scratch copy of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
module=$1 test_class=$2 times=$3 mistake=${4:-}

repo=$(pwd)
tools="$repo/grader/bin/instructor-tool" # this checkout's tools, built once, also for a scratch copy
if [ -n "$mistake" ]; then
  repo=$(mktemp -d)
  trap 'rm -rf "$repo"' EXIT
  .ci/course-copy.sh "$repo"
  .ci/apply-mistake.sh "$mistake" "$repo"
  module="exercises/$(basename "$module")"
fi

# The reference solutions are in the reactor only with the instructor profile; not its self-tests.
solutions=()
if [[ $module == solutions/* ]]; then
  solutions=(-Pinstructor -Dgrader.skipSelfTests=true)
fi

# With -Dtest, every chosen class runs in the default execution; a speed-up test gets the JVM of
# the speed-up execution, as in a full grading run (see exercises/pom.xml).
jit=()
if [[ $test_class == *Speedup* ]]; then
  jit=(-Dgrader.testJvmJit=)
fi

cd "$repo"
for ((run = 1; run <= times; run++)); do
  rm -f "$module/target/grade/results.jsonl" # a run that records nothing must not show an old result
  ./mvnw -B -q -o test ${solutions[@]+"${solutions[@]}"} -pl "$module" -am -Dtest="$test_class" ${jit[@]+"${jit[@]}"} \
      -Dsurefire.failIfNoSpecifiedTests=false -Dgrader.expectFailures=true > /dev/null 2>&1 || true
  "$tools" run-outcomes "$module/target/grade" "$run"
done | tee >(cat >&2) | awk '{ count[$4]++ } END { for (o in count) printf "%s=%d ", o, count[o]; print "" }'
