#!/usr/bin/env bash
# Renders claimkit's HTML review page in a real browser and saves what a reviewer would see.
#
#   scripts/screenshot-review-page.sh [OUT_DIR] [CLAIMKIT_BINARY]
#
# Builds a small store from a seed article (claims with sources, a verdict history, a
# dismissed claim, a draft), exports the HTML review page, and has headless Chromium (Debian's
# `chromium` package, installed here when missing) write:
#   OUT_DIR/review.html   the page itself (one file, no network assets)
#   OUT_DIR/screen.png    a 1280 px wide screenshot
#   OUT_DIR/print.pdf     the page as printed (A4), and print-1.png… when pdftoppm is present
# Open the PNGs to check the highlights, legend, claim cards and print layout by eye.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-/tmp/claimkit-review-page}
claimkit=${2:-}
mkdir -p "$out"

if [ -z "$claimkit" ]; then
    swift build --product claimkit >/dev/null
    claimkit="$(swift build --show-bin-path)/claimkit"
fi

if ! command -v chromium >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

store="$out/store"
rm -rf "$store"
"$claimkit" init "$store" >/dev/null
"$claimkit" add Tests/ClaimKitTests/Fixtures/seeds/002_71288f6fbee5ea84.txt --store "$store" --id talks \
    --title "Ukraine-Russia Peace Talks Stall Again" --url https://news.example.org/peace-talks \
    --publisher "Example News" --published 2022-03-15 >/dev/null

claim() { "$claimkit" claim add talks --store "$store" --quote "$1" --by "$2" | awk '{print $2}'; }
c1=$(claim "The first round of peace talks between Russia and Ukraine took place on February 28, four days after the invasion officially began." Ana)
c2=$(claim "Russia laid out four demands" Ana)
c3=$(claim "The third round of talks took place on March 7" Ben)

"$claimkit" source add "$c1" --store "$store" --url https://en.wikipedia.org/wiki/2022_Russia%E2%80%93Ukraine_peace_negotiations \
    --title "2022 Russia–Ukraine peace negotiations" --publisher Wikipedia --relation supports >/dev/null
"$claimkit" verdict "$c1" --store "$store" --rating mostly-true --rationale "Date right; 'four days' counts from Feb 24." \
    --reviewer Ana --source s1 --date 2025-11-27 >/dev/null
"$claimkit" verdict "$c1" --store "$store" --rating true --rationale "Confirmed against the talks' timeline." \
    --reviewer Ben --source s1 --date 2025-11-28 >/dev/null
"$claimkit" source add "$c2" --store "$store" --url https://www.un.org/en/about-us/un-charter --title "UN Charter" --relation context >/dev/null
"$claimkit" verdict "$c2" --store "$store" --rating misleading --rationale "Peskov listed four, others count five." \
    --reviewer Cy --source s2 --date 2025-11-28 >/dev/null
"$claimkit" verdict "$c3" --store "$store" --rating false --rationale "Unreviewed draft." --reviewer Cy --draft >/dev/null

# Dismiss the first extractor claim, if the extractor flagged any.
first=$("$claimkit" claims talks --store "$store" --format json | python3 -c '
import json, sys
rows = [r for r in json.load(sys.stdin) if r["claim"]["provenance"]["agent"] == "software"]
print("talks#" + rows[0]["claim"]["id"] if rows else "")' || true)
if [ -n "$first" ]; then "$claimkit" claim dismiss "$first" --store "$store" --reason "headline, not a claim" --by Ana >/dev/null; fi

"$claimkit" export talks --format html --store "$store" -o "$out/review.html" >/dev/null

browser=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run)
"${browser[@]}" --window-size=1280,2400 --screenshot="$out/screen.png" "file://$out/review.html" 2>/dev/null
"${browser[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "file://$out/review.html" 2>/dev/null
if command -v pdftoppm >/dev/null; then pdftoppm -png -r 60 "$out/print.pdf" "$out/print"; fi
ls -1 "$out"
