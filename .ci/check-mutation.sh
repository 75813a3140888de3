#!/usr/bin/env bash
# The mutation check (INSTRUCTORS.md, "The mutation check"): PIT mutates every reference solution,
# with its own operators and the course's concurrency operators (grader/mutation), and runs the
# exercise's graded tests against each mutant. Every mutant must be killed, or listed with the
# reason no test can kill it in solutions/exNN-slug/mutants/equivalent.txt; a listed mutant that
# no longer survives, or a mutant that did not run, fails it too. Runs on JDK 17.
#   .ci/check-mutation.sh [exNN-slug ...]      (every exercise: about 12 minutes on 2 busy cores)
set -euo pipefail
cd "$(dirname "$0")/.."
exec grader/bin/mutation-check "$@"
