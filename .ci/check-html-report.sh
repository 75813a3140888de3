#!/usr/bin/env bash
# Opens the HTML report (target/grade/index.html) of a skeleton run and of a solved run in headless
# Chromium, from file:// as a student would, and checks what the rendered page shows against the
# grade: the total, each exercise's row, a bar for each thread of each timeline, a screenshot that
# is not blank (grader/bin/instructor-tool check-report reads the DOM Chromium built).
#   .ci/check-html-report.sh [SCREENSHOT]   also copies the solved run's screenshot to SCREENSHOT
#                                           (the README's is docs/report.png)
# Uses chromium or google-chrome, and installs the Debian package chromium when neither is there.
# Maven runs offline (-o): run the course's build once before, so its dependencies are cached.
set -euo pipefail
cd "$(dirname "$0")/.."
repository="$(pwd)"
screenshot_copy="${1:+$(realpath -m "$1")}"

# The browser: Debian's chromium, or the Chrome that GitHub's Ubuntu runners come with (Ubuntu's
# own chromium package is only a wrapper for a snap).
chromium=""
for candidate in chromium google-chrome; do
  if command -v "$candidate" > /dev/null; then chromium=$candidate; break; fi
done
if [ -z "$chromium" ]; then
  echo "Installing chromium (apt)"
  sudo_if_needed() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  chromium=chromium
fi
"$chromium" --version 2> /dev/null

work="$(mktemp -d)" # removed when every check passes, kept to look into otherwise

# Chromium as the machine notes say: headless, no sandbox (it may run as root), nothing from the
# network, a fresh profile each time. The window is as wide as a laptop's screen.
browser() {
  local profile
  profile="$(mktemp -d)"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" --window-size=1280,2000 "$@" 2> /dev/null
  rm -rf "$profile"
}

failures=0
declare -A language=([skeleton]=es [solved]=en) # the page in each language; the README's screenshot in English
for run in skeleton solved; do
  course="$work/$run"
  .ci/course-copy.sh "$course"
  if [[ "$run" == solved ]]; then
    .ci/course-copy.sh --solve "$course"
  fi
  echo "$run: grading"
  (cd "$course" && ./mvnw -B -o test -Dgrader.lang="${language[$run]}") > "$work/$run.log" 2>&1 || true
  page="$course/target/grade/index.html"
  if [[ ! -f "$page" ]]; then
    echo "  FAIL  $run: no report was written; see $work/$run.log"
    failures=$((failures + 1))
    continue
  fi
  mkdir -p "$work/$run.rendered"
  browser --dump-dom "file://$page" > "$work/$run.rendered/dom.html"
  browser --screenshot="$work/$run.rendered/report.png" "file://$page"
  if "$repository/grader/bin/instructor-tool" check-report "$course" "$work/$run.rendered"; then
    echo "  ok    $run: the rendered report shows the total, every exercise's row and every timeline's bars"
  else
    echo "  FAIL  $run: the rendered report is not the grade"
    failures=$((failures + 1))
  fi
done

if ((failures > 0)); then
  echo "check-html-report: $failures check(s) failed; the runs are in $work"
  exit 1
fi
if [[ -n "$screenshot_copy" ]]; then
  cp "$work/solved.rendered/report.png" "$screenshot_copy"
  echo "screenshot of the solved run: $screenshot_copy"
fi
rm -rf "$work"
echo "check-html-report: OK"
