#!/usr/bin/env bash
# Shows that `claimkit batch` runs in bounded memory (SPEC §8): peak RSS does not grow with
# the input's size, only with its largest article.
#
#   scripts/batch-memory.sh [CORPUS.jsonl]     default ../shared/corpus/news.jsonl
#
# Generates JSON Lines inputs in a temporary directory (never in the repository): the corpus's
# articles repeated with new ids to ~20 MB and ~200 MB (or, without a corpus, the bundled seed
# articles), plus a 20 MB input that also holds a few 4 MB articles. Each runs through
# `claimkit batch --jobs $JOBS` to /dev/null under /usr/bin/time -v.
#
# Environment: JOBS=2, BIG_MB=200, SMALL_MB=20, SCRATCH_PATH (swift build --scratch-path),
# CLAIMKIT=path (use this binary instead of building one), KEEP=1 keeps the generated files.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-../shared/corpus/news.jsonl}
jobs=${JOBS:-2}
big_mb=${BIG_MB:-200}
small_mb=${SMALL_MB:-20}

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "batch-memory: GNU time is needed for peak RSS (Debian/Ubuntu: sudo apt-get install time)" >&2
    exit 2
fi
python=$(command -v python3 || true)
[ -n "$python" ] || { echo "batch-memory: python3 is needed to generate the inputs" >&2; exit 2; }

. scripts/release-claimkit.sh

tmp=$(mktemp -d /tmp/claimkit-batch-memory.XXXXXX)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT

# generate NAME MB [BIG_ARTICLES]: prints "bytes largest_line articles"
generate() {
    "$python" - "$corpus" "$root/Tests/ClaimKitTests/Fixtures/seeds" "$tmp/$1" "$2" "${3:-0}" <<'EOF'
import glob, json, os, sys
corpus, seeds, out, mb, big = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
if os.path.exists(corpus):
    with open(corpus, encoding="utf-8") as f:
        articles = [json.loads(l) for l in f if l.strip()]
else:
    articles = [{"id": os.path.basename(p), "text": open(p, encoding="utf-8").read()} for p in sorted(glob.glob(seeds + "/*.txt"))]
target, size, largest, count, rnd = mb * 1_000_000, 0, 0, 0, 0
with open(out, "w", encoding="utf-8") as f:
    def emit(record):
        global size, largest, count
        line = json.dumps(record, ensure_ascii=False) + "\n"
        f.write(line)
        n = len(line.encode("utf-8")); size += n; largest = max(largest, n); count += 1
    while size < target:
        for i, a in enumerate(articles):
            if big and i % (len(articles) // big or 1) == 0 and rnd == 0:
                # a ~4 MB article: many articles' texts joined, a blank line apart
                text, j = [], i
                while sum(len(t) for t in text) < 4_000_000:
                    text.append(articles[j % len(articles)]["text"]); j += 1
                emit({"id": f"big-{i}", "text": "\n\n".join(text)})
            emit({"id": f"r{rnd}/{a['id']}", "title": a.get("title"), "text": a["text"]})
            if size >= target:
                break
        rnd += 1
print(size, largest, count)
EOF
}

# measure NAME: runs the batch, prints "peak_kb seconds summary"
measure() {
    /usr/bin/time -v -o "$tmp/time.txt" "$CLAIMKIT" batch --jobs "$jobs" "$tmp/$1" > /dev/null 2> "$tmp/stderr.txt" || {
        echo "batch-memory: claimkit batch failed on $1:" >&2; tail -5 "$tmp/stderr.txt" >&2; exit 1; }
    local kb secs
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time.txt")
    echo "$kb|$secs|$(tail -1 "$tmp/stderr.txt")"
}

echo "generating inputs in $tmp …" >&2
printf '%s\n' "$(head -n 1 "$corpus" 2>/dev/null || echo '{"id":"x","text":"Prices rose 5% in 2024."}')" > "$tmp/one.jsonl"
read -r one_bytes one_largest one_count <<<"$(wc -c < "$tmp/one.jsonl") $(wc -c < "$tmp/one.jsonl") 1"
read -r small_bytes small_largest small_count <<<"$(generate small.jsonl "$small_mb")"
read -r big_bytes big_largest big_count <<<"$(generate big.jsonl "$big_mb")"
read -r huge_bytes huge_largest huge_count <<<"$(generate huge-articles.jsonl "$small_mb" 4)"

printf '\nclaimkit batch --jobs %s, output to /dev/null; peak RSS from /usr/bin/time -v\n\n' "$jobs"
printf '%-28s %9s %9s %11s %8s %11s %12s %10s %9s\n' input articles "input MB" "largest KB" "peak MB" "above base" "above/largest" "peak/input" "wall"
printf '%s\n' "$(printf '%.0s-' {1..112})"
base_kb=
for spec in "one article (baseline)|one.jsonl|$one_bytes|$one_largest|$one_count" \
            "corpus repeated, ${small_mb} MB|small.jsonl|$small_bytes|$small_largest|$small_count" \
            "corpus repeated, ${big_mb} MB|big.jsonl|$big_bytes|$big_largest|$big_count" \
            "${small_mb} MB with 4 MB articles|huge-articles.jsonl|$huge_bytes|$huge_largest|$huge_count"; do
    IFS='|' read -r label file bytes largest count <<<"$spec"
    IFS='|' read -r kb secs summary <<<"$(measure "$file")"
    base_kb=${base_kb:-$kb}
    awk -v l="$label" -v n="$count" -v b="$bytes" -v g="$largest" -v k="$kb" -v z="$base_kb" -v s="$secs" 'BEGIN {
        above = (k - z) * 1024
        if (n == 1) { printf "%-28s %9d %9.1f %11.1f %8.1f %11s %13s %10s %9s\n", l, n, b/1e6, g/1e3, k*1024/1e6, "-", "-", "-", s; exit }
        printf "%-28s %9d %9.1f %11.1f %8.1f %8.1f MB %12.1fx %9.2f%% %9s\n", l, n, b/1e6, g/1e3, k*1024/1e6, above/1e6, above/g, 100*k*1024/b, s }'
    echo "    $summary" >> "$tmp/summaries.txt"
done
echo
echo "above base: peak RSS minus the one-article run's (the process's fixed cost); above/largest: that over the largest line"
cat "$tmp/summaries.txt"
