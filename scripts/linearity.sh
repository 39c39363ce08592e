#!/usr/bin/env bash
# Shows that cost stays linear in the input (SPEC §8): for ordinary and pathological texts of
# size n, 2n and 4n it times `claimkit segment`, `claimkit extract --format json` (all mention
# kinds and claims), `claimkit add` and `claimkit validate` on the store holding the result, and
# prints time(2n)/time(n) and time(4n)/time(2n). Linear is ≈ 2; quadratic would be ≈ 4.
# Whole-process times (reading, rendering and printing included), the fastest of RUNS runs.
#
#   scripts/linearity.sh [N_BYTES]          # default 500,000 (debug) / 4,000,000 (release)
#   CONFIG=release scripts/linearity.sh     # the release build, as the benchmark uses
#   CASES="periods numbers" scripts/linearity.sh
#
# Builds `claimkit` with --scratch-path ${SCRATCH:-.build-robust} (or times $CLAIMKIT). Not a unit test: timings
# need a quiet machine; ratios above ~2.6 are flagged "SUSPECT".
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-debug}
SCRATCH=${SCRATCH:-.build-robust}
if [ "$CONFIG" = release ]; then N=${1:-4000000}; else N=${1:-500000}; fi
RUNS=${RUNS:-3}

# CLAIMKIT=path times that binary instead of building one.
if [ -n "${CLAIMKIT:-}" ]; then
    BIN=$(cd "$(dirname "$CLAIMKIT")" && pwd)
else
    swift build --scratch-path "$SCRATCH" -c "$CONFIG" --product claimkit 2>&1 | tail -1
    BIN=$(swift build --scratch-path "$SCRATCH" -c "$CONFIG" --show-bin-path)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimkit-linearity.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Each case makes a text of exactly `size` bytes (`r(unit, size)` repeats a unit and cuts it).
python3 - "$WORK" "$N" "${CASES:-}" <<'PY'
import sys, glob
work, n, only = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()
seeds = "\n\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("Tests/ClaimKitTests/Fixtures/seeds/*.txt")))
def r(unit, size):
    s = unit * (size // len(unit.encode()) + 1)
    return s.encode()[:size].decode("utf-8", "ignore")
cases = {
    "news":            lambda s: r(seeds + "\n\n", s),                                # the sample articles
    "periods":         lambda s: r(".", s),                                           # one run of periods
    "dotted-words":    lambda s: r("U.S. e.g. a.b.c. Mr. 1.2.3 ", s),                 # abbreviations, no break
    "open-quotes":     lambda s: r("He said \u201cwe will see and ", s),              # curly quotes never closed
    "straight-quotes": lambda s: r("She said \"maybe ", s),                           # straight quotes never closed
    "scare-quotes":    lambda s: r("the so-called \"reform\" and ", s),                # partial quotes with no cue, one sentence
    "pronoun-quotes":  lambda s: r("Dave Hawkins spoke and \"we won,\" she said and ", s),  # pronoun speakers, a surname to check
    "numbers":         lambda s: r("1,400 $25.6M 3.5% four 12 thousand, ", s),        # numbers in one sentence
    "dates":           lambda s: r("Monday, March 14, 2022 last year ", s),           # dates in one sentence
    "one-word":        lambda s: r("a", s),                                           # a single line, one word
    "no-space-breaks": lambda s: r("word.Word ", s),                                  # lost spaces after periods
}
for name, make in cases.items():
    if only and name not in only: continue
    for k in (1, 2, 4):
        with open(f"{work}/{name}-{k}.txt", "w", encoding="utf-8") as f:
            f.write(make(n * k))
PY
CASE_NAMES=$(ls "$WORK" | sed -n 's/-1\.txt$//p')

# The fastest of RUNS runs of a command, in seconds.
seconds() {
    python3 -c '
import sys, time, subprocess
runs, command = int(sys.argv[1]), sys.argv[2:]
best = float("inf")
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    best = min(best, time.perf_counter() - t)
print(best)' "$RUNS" "$@"
}

report() {   # report CASE STAGE T1 T2 T4
    python3 -c '
import sys
case, stage, a, b, c = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
r1, r2 = b / max(a, 1e-9), c / max(b, 1e-9)
flag = "  SUSPECT" if max(r1, r2) > 2.6 and c > 0.05 else ""
print(f"{case:<16} {stage:<9} {a:9.3f} {b:9.3f} {c:9.3f} {r1:7.2f} {r2:7.2f}{flag}", flush=True)' "$@"
}

echo "n = $N bytes, $CONFIG build, fastest of $RUNS runs"
printf '%-16s %-9s %9s %9s %9s %7s %7s\n' case stage "t(n) s" "t(2n) s" "t(4n) s" 2n/n 4n/2n
for case in $CASE_NAMES; do
    declare -A T=()
    for k in 1 2 4; do
        text=$WORK/$case-$k.txt
        store=$WORK/store-$case-$k
        T["segment|$k"]=$(seconds "$BIN/claimkit" segment "$text")
        T["extract|$k"]=$(seconds "$BIN/claimkit" extract "$text" --format json)
        # Each run adds to a new store: re-adding the same text would find it unchanged.
        T["add|$k"]=$(seconds sh -c 'rm -rf "$1" && "$0" init "$1" >/dev/null && "$0" add "$2" --store "$1" --id doc' \
                      "$BIN/claimkit" "$store" "$text")
        T["validate|$k"]=$(seconds "$BIN/claimkit" validate "$store")
    done
    for stage in segment extract add validate; do
        report "$case" "$stage" "${T["$stage|1"]}" "${T["$stage|2"]}" "${T["$stage|4"]}"
    done
    unset T
done
