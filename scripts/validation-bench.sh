#!/usr/bin/env bash
# Times `claimkit validate` on a store of 10,000 annotation files (SPEC §7, issue #6).
#
#   scripts/validation-bench.sh [COUNT] [DIR]
#
# The store is made from the project's own annotations/: each of its documents is copied
# COUNT/5 times under new ids (document.id rewritten to match the file name), text beside it,
# so every file is a real, valid annotation file with its text. Then the release build of
# claimkit validates the whole store on every core, under /usr/bin/time when present.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
dir=${2:-/tmp/claimkit-validation-bench}

. scripts/release-claimkit.sh
claimkit=$CLAIMKIT

rm -rf "$dir"
mkdir -p "$dir/documents"
cp annotations/claimkit.json "$dir/"
python3 - "$count" "$dir" <<'PY'
import json, os, shutil, sys
count, target = int(sys.argv[1]), sys.argv[2]
source = "annotations/documents"
ids = sorted(name[:-5] for name in os.listdir(source) if name.endswith(".json"))
for n in range(count):
    base = ids[n % len(ids)]
    new = f"{base}-{n:05d}"
    with open(f"{source}/{base}.json", encoding="utf-8") as f:
        data = json.load(f)
    data["document"]["id"] = new
    with open(f"{target}/documents/{new}.json", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True)
    shutil.copyfile(f"{source}/{base}.txt", f"{target}/documents/{new}.txt")
PY
echo "store: $dir: $(ls "$dir/documents" | grep -c '\.json$') annotation files, $(du -sh "$dir" | cut -f1)"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "wall %e s, user %U s, system %S s, peak %M KB" "$claimkit" validate "$dir" | tail -1
else
    time "$claimkit" validate "$dir" | tail -1
fi
