#!/usr/bin/env bash
# The grader's hostile-submission tests: a fixture course with one exercise per way a student's
# code can break the grading (hangs, deadlocks, System.exit, leaked threads and processes, memory,
# output, tampered tests...), graded twice by real Maven runs of this repository's grader. Fails
# unless every fixture comes out as grader/docs/hostile-submissions.md says, in English and in
# Spanish, with the same points both times and nothing left running.
#
#   .ci/hostile-fixtures.sh [extra Maven arguments, e.g. -Dhostile.updateDocs=true]
#
# Uses the JDK in JAVA_HOME (or on the PATH), like ./mvnw. Needs Linux or macOS (the fixtures
# use sleep and kill).
set -euo pipefail
cd "$(dirname "$0")/.."
java -version 2>&1 | head -1
./mvnw -B test -Phostile -pl grader/hostile "$@"
echo "Table: grader/hostile/target/hostile/hostile-submissions.md"
