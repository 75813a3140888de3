#!/usr/bin/env bash
# The grader's own canaries: known-buggy code (a lost update, a half-done change of two fields,
# a parent that writes to a child before reading, a child or a thread left behind) that the test
# kit's tools must catch. Run it on every JDK the course supports (17 and 25): a JDK or library
# upgrade that blinds a tool fails here, not silently in a student's grade.
set -euo pipefail
./mvnw -q test -pl grader/testkit -Dgrader.selfTest.skip=false
echo "grader self-test OK on $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
