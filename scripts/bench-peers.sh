#!/usr/bin/env bash
# Times claimkit beside its peers on the same corpus in the same run and prints the ratios
# (SPEC §8): sentencex, blingfire, spaCy's sentencizer and pySBD for segmentation, dateparser's
# search_dates for dates, quantulum3 for numbers.
#
#   scripts/bench-peers.sh [CORPUS.jsonl]        default ../shared/corpus/news.jsonl
#
# Environment:
#   RUNS=3            rounds, each timing every tool once (the median is reported)
#   SEQUENTIAL=1      time each tool's runs one after another instead of in rounds
#   SAMPLE_KB=200     text timed for the slow peers (pySBD, dateparser, quantulum3)
#   PEERS=a,b         only these peers (sentencex,blingfire,spacy-sentencizer,pysbd,dateparser,quantulum3)
#   VENV=.venv-peers  the Python virtual environment holding the peers (created on first use)
#   SCRATCH_PATH=...  swift build --scratch-path (default: SwiftPM's .build)
#   CLAIMKIT=path     use this claimkit binary instead of building one
#
# Each measurement is a fresh process, on one core unless stated. Peers are timed inside Python
# after their imports; claimkit is timed as a whole process. The tools take turns, a round at a
# time, so that the machine's drift falls on all of them alike (scripts/bench_peers.py says more).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-../shared/corpus/news.jsonl}
venv=${VENV:-.venv-peers}
[ -f "$corpus" ] || { echo "bench-peers: no corpus at $corpus (give its path as the first argument)" >&2; exit 2; }

python=$(command -v python3 || true)
[ -n "$python" ] || { echo "bench-peers: python3 is needed (apt-get install python3 python3-venv)" >&2; exit 2; }

if [ ! -x "$venv/bin/python" ]; then
    echo "creating $venv …" >&2
    if ! "$python" -m venv "$venv" 2>/dev/null; then
        rm -rf "$venv"
        echo "bench-peers: '$python -m venv' failed; on Debian/Ubuntu install it with: sudo apt-get install python3-venv" >&2
        exit 2
    fi
fi
if ! "$venv/bin/python" -c 'import sentencex, pysbd, blingfire, spacy, dateparser, quantulum3' 2>/dev/null; then
    echo "installing the peers into $venv (quietly) …" >&2
    "$venv/bin/pip" install -q --disable-pip-version-check sentencex pysbd blingfire spacy dateparser quantulum3 >&2
fi

. scripts/release-claimkit.sh

"$venv/bin/python" - <<'EOF' >&2
import importlib.metadata as m
print("versions: " + ", ".join(f"{p} {m.version(p)}" for p in ["sentencex", "pysbd", "blingfire", "spacy", "dateparser", "quantulum3"]))
EOF

exec "$venv/bin/python" scripts/bench_peers.py --claimkit "$CLAIMKIT" --corpus "$corpus" \
    --runs "${RUNS:-3}" --sample-kb "${SAMPLE_KB:-200}" ${PEERS:+--only "$PEERS"} ${SEQUENTIAL:+--sequential}
