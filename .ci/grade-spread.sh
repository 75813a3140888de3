#!/usr/bin/env bash
# The same points on every run: grades every known mistake TIMES times over, each time as
# grade-batch grades a student's repository at the deadline (a fresh workspace, pristine tests),
# and prints per mistake the points its exercise earned in each run. A mistake whose points
# differ between runs is graded by a test that depends on the scheduler. Fails if any does, and
# then keeps each run's grade (OUT/grades/run-K.json) for a look at which test it was.
#
#   .ci/grade-spread.sh [TIMES] [MISTAKE_FILE...]     default: 10 times, every known mistake
#
# Round r grades the r-th mistake of every exercise (as .ci/check-mistakes.sh does), TIMES
# repositories of them in one batch. It measures determinism, not speed: it may run beside other
# work, which is a fair test of it.
set -euo pipefail
cd "$(dirname "$0")/.."
times=${1:-10}
shift || true
mistakes=("$@")
if [ ${#mistakes[@]} -eq 0 ]; then
  mapfile -t mistakes < <(find solutions/ex*/mistakes -name '*.patch' | sort)
fi
work=$(mktemp -d)
spread=0
trap '[ "$spread" -eq 0 ] && rm -rf "$work"' EXIT

# The r-th of the chosen mistakes of each exercise, one line "exercise mistake" each.
round_of() {
  printf '%s\n' "${mistakes[@]}" | awk -F/ -v r="$1" '{ n[$2]++ } n[$2] == r { print $2, $0 }'
}

for ((round = 1; ; round++)); do
  picks=$(round_of "$round")
  [ -n "$picks" ] || break
  repos="$work/round-$round"
  mkdir -p "$repos"
  for ((k = 1; k <= times; k++)); do
    repo="$repos/run-$k"
    .ci/course-copy.sh "$repo"
    while read -r exercise mistake; do
      .ci/apply-mistake.sh "$mistake" "$repo"
    done <<< "$picks"
  done
  only=$(awk '{ print $1 }' <<< "$picks" | paste -sd, -)
  echo "-- round $round: $only (grades in $work/out-$round)"
  # A repository it could not grade makes it exit 1; its row has empty points, shown as "-".
  grader/bin/grade-batch "$repos" "$work/out-$round" --only="$only" > "$work/log-$round" 2>&1 || true
  if [ ! -f "$work/out-$round/gradebook.csv" ]; then
    echo "grade-batch wrote no gradebook in round $round:"; tail -30 "$work/log-$round"; exit 1
  fi
  while read -r exercise mistake; do
    # The exercise's column of the gradebook, one row per run; the points columns hold no commas.
    points=$(awk -F, -v ex="$exercise" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == ex) c = i; next }
                                        { print ($c == "" ? "-" : $c) }' "$work/out-$round/gradebook.csv" | paste -sd' ' -)
    verdict=$(tr ' ' '\n' <<< "$points" | sort -u | wc -l)
    if [ "$verdict" -eq 1 ]; then verdict="same"; else verdict="SPREAD"; spread=1; fi
    printf '%-62s %-6s %s\n' "$mistake" "$verdict" "$points"
  done <<< "$picks"
done
exit $spread
