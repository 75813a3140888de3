#!/usr/bin/env bash
# The mutation check (INSTRUCTORS.md, "The mutation check"): PIT mutates every reference solution,
# with its own operators and the course's concurrency operators (grader/mutation), and runs the
# exercise's graded tests against each mutant. Every mutant must be killed, or listed with the
# reason no test can kill it in solutions/exNN-slug/mutants/equivalent.txt; an entry that matches
# no mutant any more, or a mutant that did not run, fails it too. Runs on JDK 17.
#
# The whole check takes about 15 minutes on 2 busy cores, more than CI's share. So CI checks the
# exercises that a change since MUTATION_BASE can affect (default: the parent commit, which CI
# checked before this one): one exercise's folders put that exercise in, a change to the builds,
# the test kit or the check itself puts every exercise in. Sound when the base passed the check.
# MUTATION_BASE= (empty), or a clone without the base, checks every exercise.
#   .ci/check-mutation.sh [exNN-slug ...]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${MUTATION_BASE-HEAD^}
if [ -n "$base" ] && git rev-parse -q --verify "$base^{commit}" > /dev/null; then
  exec grader/bin/mutation-check --changed-since="$base" "$@"
fi
exec grader/bin/mutation-check "$@"
