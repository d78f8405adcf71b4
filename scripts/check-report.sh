#!/usr/bin/env bash
# Opens a Stakegraph report in headless Chromium and fails (exit 1) when its script raised a
# JavaScript error or did not finish (no data-ready="yes" on <body>); optionally saves a
# screenshot.
#
#   scripts/check-report.sh REPORT.html [SCREENSHOT.png]
#
# Environment: CHROMIUM (browser to run; default: chromium, chromium-browser or google-chrome
# from PATH), WINDOW_SIZE (default 1400,2000), TIMEOUT (seconds per browser run, default 120),
# FRAGMENT (appended to the report's address, e.g. '#type=criticism&who=Ofsted': the page sets
# its filters from it), DOM_OUT (file to keep the DOM in, as the script left it).
# Needs Debian's `chromium` package: apt-get install -y chromium
set -euo pipefail

usage() { echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
report=$1
screenshot=${2:-}
[[ -f $report ]] || { echo "check-report: no such file: $report" >&2; exit 2; }

browser=${CHROMIUM:-}
if [[ -z $browser ]]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
  done
fi
[[ -n $browser ]] || { echo "check-report: Chromium not found (apt-get install -y chromium)" >&2; exit 2; }

url="file://$(realpath "$report")${FRAGMENT:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

flags=(
  --headless --disable-gpu --no-sandbox --no-first-run --no-default-browser-check
  --disable-extensions --user-data-dir="$work/profile" --hide-scrollbars
  --enable-logging=stderr --v=0 --virtual-time-budget=5000
  --window-size="${WINDOW_SIZE:-1400,2000}"
)

# Console messages and uncaught exceptions: Chromium logs them as "...:CONSOLE:line] message" (older builds "CONSOLE(line)").
console_errors() {
  grep -E 'CONSOLE[:(]|Uncaught' "$1" || true
}

status=0
if ! timeout "${TIMEOUT:-120}" "$browser" "${flags[@]}" --dump-dom "$url" >"$work/dom.html" 2>"$work/dom.log"; then
  echo "check-report: $browser failed to load $report" >&2
  tail -n 20 "$work/dom.log" >&2
  exit 1
fi
errors=$(console_errors "$work/dom.log")
if [[ -n $errors ]]; then
  echo "check-report: JavaScript errors in $report:" >&2
  echo "$errors" >&2
  status=1
fi
if [[ -n ${DOM_OUT:-} ]]; then cp "$work/dom.html" "$DOM_OUT"; fi
if ! grep -Eq '<body[^>]*data-ready="yes"' "$work/dom.html"; then
  echo "check-report: the report's script did not finish (no data-ready=\"yes\" on <body>)" >&2
  status=1
fi

if [[ -n $screenshot ]]; then
  mkdir -p "$(dirname "$screenshot")"
  shot=$(realpath -m "$screenshot")
  if ! (cd "$work" && timeout "${TIMEOUT:-120}" "$browser" "${flags[@]}" --screenshot="$shot" "$url" >"$work/shot.out" 2>"$work/shot.log"); then
    echo "check-report: $browser failed to take a screenshot of $report" >&2
    tail -n 20 "$work/shot.log" >&2
    exit 1
  fi
  errors=$(console_errors "$work/shot.log")
  if [[ -n $errors ]]; then
    echo "check-report: JavaScript errors in $report:" >&2
    echo "$errors" >&2
    status=1
  fi
  [[ -s $shot ]] || { echo "check-report: no screenshot written to $screenshot" >&2; exit 1; }
  echo "screenshot: $screenshot"
fi

if [[ $status -eq 0 ]]; then echo "check-report: $report OK (script ran, no JavaScript errors)"; fi
exit $status
