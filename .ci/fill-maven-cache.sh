#!/usr/bin/env bash
# Fills the local Maven repository with what the checks that run Maven offline (-o) need: the
# course's dependencies and plugins, by one instructor run without the grader's self-tests. .ci/run
# needs none of this, since its first step is the whole instructor check; a CI job that starts with
# one of those checks runs this first.
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! ./mvnw -B test -Pinstructor -Dgrader.skipSelfTests=true > "$log" 2>&1; then
  tail -n 40 "$log"
  echo "fill-maven-cache: the instructor run failed (its last lines above)" >&2
  exit 1
fi
echo "fill-maven-cache: the course's dependencies and plugins are in the local repository"
