#!/usr/bin/env bash
# Makes a class of sample student repositories in DIR for a dry run of the deadline grading
# (.ci/check-deadline-grading.sh): git repositories named with the class's prefix "conc-", each
# begun as the exported student template, and beside each one GitHub's record of its pushes,
# NAME.activity.json, in the repository activity API's format (what grader/bin/deadline reads
# from GitHub). Times are relative to DEADLINE; only ex01-threads differs between students:
#   conc-alice  the reference solution pushed 2 h before; then a broken commit, backdated to 1 h
#               before, but pushed 3 h after: graded at the solution, the push recorded as late
#   conc-bob    alice's solution with its variables renamed, pushed 1 h before: similar to alice's
#   conc-carol  a solution of her own (a Thread subclass per part), pushed 5 h before
#   conc-dave   the untouched template, and no push recorded: graded by commit date, about 0
#               similar to anyone, since the skeleton is the base code
#   conc-erin   no record of pushes at all: a first try dated 1 day before, the solution dated
#               1 day after (late by its date); erin is not on the roster
# DIR/roster.csv lists alice, bob, carol, dave, and frank, who has no repository.
#   grader/instructor/samples/make-deadline-repos.sh DIR DEADLINE     (DEADLINE: ISO 8601 with its zone)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
out="${1:?usage: make-deadline-repos.sh DIR DEADLINE}"
due="$(date -d "${2:?usage: make-deadline-repos.sh DIR DEADLINE}" +%s)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ex01=exercises/ex01-threads/src/main/java/ex01/ParallelSum.java

# The template, and the sums the batch-grading samples already have: a first try without threads.
"$root/grader/bin/export-template" "$work/template" >/dev/null
"$root/grader/instructor/samples/make-sample-repos.sh" "$work/samples" >/dev/null
partial="$work/samples/partial/$ex01"
# The reference solution as a student would write it: no markers, no stub.
solution="$work/ParallelSum.java"
sed -e '/\/\* STUB/,/\*\//d' -e '/BEGIN SOLUTION/d' -e '/END SOLUTION/d' "$root/solutions/ex01-threads/src/main/java/ex01/ParallelSum.java" > "$solution"

at() { date -u -d "@$((due + $1))" +%Y-%m-%dT%H:%M:%SZ; } # a time, in seconds from the deadline
hours=3600
days=$((24 * hours))

# begin NAME: the repository as the template made it, 14 days before the deadline; prints its commit
begin() {
  rm -rf "${out:?}/$1" "$out/$1.activity.json"
  cp -a "$work/template" "$out/$1"
  git -C "$out/$1" init -q -b main
  commit "$1" "$(at $((-14 * days)))" "Initial commit from the template"
}
# commit NAME DATE MESSAGE [FILE]: FILE (else nothing new) as ex01's ParallelSum.java, dated DATE; prints its commit
commit() {
  [[ -z "${4:-}" ]] || cp "$4" "$out/$1/$ex01"
  git -C "$out/$1" add -A
  GIT_AUTHOR_DATE="$2" GIT_COMMITTER_DATE="$2" git -C "$out/$1" -c user.name="Student $1" \
    -c user.email="$1@students.example" commit -q --allow-empty -m "$3"
  git -C "$out/$1" rev-parse HEAD
}
# push BEFORE AFTER TIME ACTOR: one item of the activity list, as GitHub's API gives it
push() {
  printf '{"id": %d, "before": "%s", "after": "%s", "ref": "refs/heads/main", "timestamp": "%s", "activity_type": "push", "actor": {"login": "%s", "id": 1}}' \
    "$RANDOM" "$1" "$2" "$3" "$4"
}
# activity NAME ITEMS...: GitHub's record of NAME's pushes, newest first as the API lists them
activity() {
  local name="$1" items
  shift
  items="$(printf '%s,\n  ' "$@")"
  printf '[\n  %s\n]\n' "${items%,*}" > "$out/$name.activity.json"
}
none=0000000000000000000000000000000000000000

template="$(begin conc-alice)"
first="$(commit conc-alice "$(at $((-3 * days)))" "First try" "$partial")"
solved="$(commit conc-alice "$(at $((-2 * hours)))" "Threads" "$solution")"
sed 's/return total;/return total/' "$solution" > "$work/broken.java"
broken="$(commit conc-alice "$(at $((-1 * hours)))" "Tidy up" "$work/broken.java")" # backdated, pushed late
activity conc-alice "$(push "$solved" "$broken" "$(at $((3 * hours)))" alice)" \
  "$(push "$first" "$solved" "$(at $((-2 * hours)))" alice)" "$(push "$template" "$first" "$(at $((-3 * days)))" alice)" \
  "$(push "$none" "$template" "$(at $((-14 * days)))" alice)"

# bob copies alice's solution and renames what he can.
sed -E -e 's/\bpartialSums\b/results/g' -e 's/\bfailures\b/errors/g' -e 's/\bworkers\b/pool/g' \
  -e 's/\bworker\b/t/g' -e 's/\bparts\b/chunks/g' -e 's/\bpart\b/idx/g' -e 's/\btotal\b/result/g' \
  -e 's/\bsumOf\b/addUp/g' -e 's/\bjoinUninterruptibly\b/waitFor/g' -e 's/\binterrupted\b/gotInterrupted/g' \
  -e 's/\bthreads\b/n/g' -e 's/"sum-part-"/"my-thread-"/' -e 's/^( *)\/\/.*$/\1\/\/ my solution/' "$solution" > "$work/copy.java"
template="$(begin conc-bob)"
copied="$(commit conc-bob "$(at $((-1 * hours)))" "Done" "$work/copy.java")"
activity conc-bob "$(push "$template" "$copied" "$(at $((-1 * hours)))" bob)" "$(push "$none" "$template" "$(at $((-14 * days)))" bob)"

cat > "$work/independent.java" <<'JAVA'
package ex01;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** My solution: a Summer thread adds up each slice of the range. */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(long from, long to, int threads, LongUnaryOperator work) {
        if (threads <= 0) {
            throw new IllegalArgumentException("bad number of threads: " + threads);
        }
        List<Summer> summers = new ArrayList<>();
        for (Range slice : new Range(from, to).split(threads)) {
            summers.add(new Summer(slice, work));
        }
        for (Summer summer : summers) {
            summer.start();
        }
        long grandTotal = 0;
        for (Summer summer : summers) {
            try {
                summer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + summer.getName(), e);
            }
            grandTotal += summer.subtotal();
        }
        return grandTotal;
    }

    /** Adds up one slice; what the work threw is kept for the caller. */
    private static final class Summer extends Thread {

        private final Range slice;
        private final LongUnaryOperator work;
        private long subtotal;
        private RuntimeException problem;

        Summer(Range slice, LongUnaryOperator work) {
            super("summer " + slice);
            this.slice = slice;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                long i = slice.from();
                while (i < slice.to()) {
                    subtotal += work.applyAsLong(i);
                    i++;
                }
            } catch (RuntimeException e) {
                problem = e;
            }
        }

        long subtotal() {
            if (problem != null) {
                throw new IllegalStateException("the slice " + slice + " failed", problem);
            }
            return subtotal;
        }
    }
}
JAVA
template="$(begin conc-carol)"
own="$(commit conc-carol "$(at $((-5 * hours)))" "Summers" "$work/independent.java")"
activity conc-carol "$(push "$template" "$own" "$(at $((-5 * hours)))" carol)" "$(push "$none" "$template" "$(at $((-14 * days)))" carol)"

begin conc-dave >/dev/null
echo "[]" > "$out/conc-dave.activity.json"

begin conc-erin >/dev/null
commit conc-erin "$(at $((-1 * days)))" "First try" "$partial" >/dev/null
commit conc-erin "$(at $((1 * days)))" "Threads, at last" "$solution" >/dev/null

cat > "$out/roster.csv" <<'CSV'
github_username,first_name,last_name,email,section,canvas_id,sis_user_id
alice,Alice,Liddell,alice@students.example,A,1001,S-01
bob,Bob,Kane,bob@students.example,A,1002,S-02
carol,Carol,Ann,carol@students.example,B,1003,S-03
dave,Dave,Bowman,dave@students.example,B,1004,S-04
frank,Frank,Poole,frank@students.example,B,1005,S-05
CSV

echo "Sample class in $out: $(cd "$out" && echo conc-*/ | tr -d /), roster.csv"
