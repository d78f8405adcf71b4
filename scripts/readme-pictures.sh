#!/usr/bin/env bash
# Redraws the README's pictures in Docs/images from what the commands draw now:
#   relationship-diagram.png  the Samples' relationship diagram
#   comparison.png, timeline.png  the seed articles' story, a hostile 2018 and a cooperative
#                             2024 at organisation level (from ../shared/seeds when present,
#                             else from the Samples)
#   report.png                the Samples' HTML report at both levels, filtered, in Chromium
#
#   scripts/readme-pictures.sh        (after swift build; STAKEGRAPH= another binary)
# Needs rsvg-convert (librsvg2-bin) for the timeline and Chromium for the report.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${STAKEGRAPH:-.build/debug/stakegraph}
images=Docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" graph Samples/articles --format png --dpi 110 -o "$images/relationship-diagram.png" --quiet

if [[ -d ../shared/seeds ]]; then
  story=(../shared/seeds --assume-date 2018)
  periods=(--period 2018 --period 2024)
else
  story=(Samples/articles)
  periods=(--period 2018..2020 --period 2023..2025)
fi
"$bin" compare "${story[@]}" --level organisation "${periods[@]}" --diagram "$images/comparison.png" --dpi 110 --quiet >/dev/null
"$bin" analyze "${story[@]}" --level organisation --out "$work/story" --quiet >/dev/null
rsvg-convert --zoom 1.5 --background-color white "$work/story/timeline.svg" -o "$images/timeline.png"

"$bin" report Samples/articles --level both --out "$work/report" --quiet >/dev/null
FRAGMENT='#type=criticism&level=organisation&show=org:department-for-education' WINDOW_SIZE=1600,1250 \
  scripts/check-report.sh "$work/report/report.html" "$images/report.png" >/dev/null
ls -l "$images"
