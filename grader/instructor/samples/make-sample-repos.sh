#!/usr/bin/env bash
# Makes sample student repositories in DIR, to try grade-batch on (CI does):
#   correct            every exercise's reference solution
#   partial            ex01 summed on the caller's thread: right sums, no threads
#   tampered           partial, plus an ex01 test edited to pass and a file outside the package
#   does-not-compile   ex01 with a syntax error
#   missing-exercise   ex01's folder deleted
#   not-a-course       a folder that is no course repository at all
# Each starts as the exported student template, as a student's clone would.
#   grader/instructor/samples/make-sample-repos.sh DIR
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
out="${1:?usage: make-sample-repos.sh DIR}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
template="$(mktemp -d)"
trap 'rm -rf "$template"' EXIT
rmdir "$template"
"$root/grader/bin/export-template" "$template" >/dev/null

clone() { rm -rf "${out:?}/$1"; cp -a "$template" "$out/$1"; }
ex01="exercises/ex01-threads"

clone correct
for solution in "$root"/solutions/ex*/; do
  id="$(basename "$solution")"
  rm -rf "$out/correct/exercises/$id/src/main"
  cp -a "$solution/src/main" "$out/correct/exercises/$id/src/main"
done

clone partial
cat > "$out/partial/$ex01/src/main/java/ex01/ParallelSum.java" <<'JAVA'
package ex01;

import java.util.function.LongUnaryOperator;

/** A first try: the right sums, but every part runs on the caller's thread, one after another. */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(long from, long to, int threads, LongUnaryOperator work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        long total = 0;
        for (Range part : new Range(from, to).split(threads)) {
            for (long i = part.from(); i < part.to(); i++) {
                total += work.applyAsLong(i);
            }
        }
        return total;
    }
}
JAVA

rm -rf "$out/tampered"
cp -a "$out/partial" "$out/tampered"
cat > "$out/tampered/$ex01/src/test/java/ex01/ParallelSumConcurrencyTest.java" <<'JAVA'
package ex01;

import grader.Graded;
import grader.Role;

/** Edited by the student so that it always passes. */
class ParallelSumConcurrencyTest {

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "all parts are in progress at the same time, each on a thread of its own",
            es = "todas las partes están en curso a la vez, cada una en su propio hilo")
    void runsAllPartsAtTheSameTime() {
    }

    @Graded(points = 1,
            en = "an exception thrown by the work in a worker reaches the caller",
            es = "una excepción lanzada por el trabajo en un hilo llega a quien llama")
    void aWorkersExceptionReachesTheCaller() {
    }
}
JAVA
mkdir -p "$out/tampered/$ex01/src/main/resources"
echo "junit.jupiter.extensions.autodetection.enabled=true" > "$out/tampered/$ex01/src/main/resources/junit-platform.properties"

clone does-not-compile
sed -i 's/throw new UnsupportedOperationException("TODO: ParallelSum.sum");/return 0 \/\/ a missing semicolon/' \
  "$out/does-not-compile/$ex01/src/main/java/ex01/ParallelSum.java"

clone missing-exercise
rm -rf "${out:?}/missing-exercise/$ex01"

rm -rf "${out:?}/not-a-course"
mkdir -p "$out/not-a-course"
echo "# My holiday photos" > "$out/not-a-course/README.md"

echo "Sample student repositories in $out: $(cd "$out" && echo *)"
