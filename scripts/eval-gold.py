#!/usr/bin/env python3
"""Measure claimkit's extractor against the hand-made gold annotations of BBC articles.

    scripts/eval-gold.py [--verbose] [--gold FILE] [--corpus FILE]

The gold (scripts/gold/bbc-gold.json, see scripts/gold/README.md) holds offsets and values only;
the article texts are read at run time from the corpus (default: ../shared/corpus/news.jsonl
relative to the repository), and each text's SHA-256 must match the gold's. claimkit is the
binary named by $CLAIMKIT; without it the script runs `swift build -c release --product claimkit`
in the repository and uses .build/release/claimkit. The articles go through
`claimkit batch --jobs 1` (no publication date: the corpus has none).

Scoring, per kind (number, date, quote):
- a match is a gold and a predicted mention of the same kind whose spans overlap; matching is
  one-to-one and greedy by overlap (longest overlap first, then closest starts, then text order);
- precision = matched / predicted, recall = matched / gold, F1 their harmonic mean;
- value accuracy, among matched numbers and dates: numbers need the value equal within 1e-9
  relative, and the upper bound, unit and currency equal where the gold has them; dates need the
  TIMEX3 value string equal (the type is shown in --verbose but not scored);
- speaker accuracy, among matched gold quotes that have a speaker: the predicted speaker,
  compared case-insensitively after dropping a leading article or title (the, Mr, Mrs, Ms,
  Miss, Dr, Sir, Lord, Lady, Prof…: "the US" names the same speaker as "US") and surrounding
  punctuation, must be the gold name in full, its surname (last
  word), or one of the gold's `speakerAliases`. No predicted speaker counts as wrong.

Exit status: 0 whenever the measurement ran (whatever the scores); 2 when an input is missing,
a text's hash does not match, or claimkit cannot be built or run.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ("number", "date", "quote")
TARGETS = {"f1": 0.95, "value": 0.9, "speaker": 0.8}
TITLES = {"the", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "prof", "professor", "dame",
          "rev", "president", "minister", "chancellor", "judge", "captain", "gen", "general"}


def fail(message):
    print(f"eval-gold: {message}", file=sys.stderr)
    sys.exit(2)


def load_gold(path):
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except OSError as e:
        fail(f"cannot read the gold {path}: {e.strerror}")
    except json.JSONDecodeError as e:
        fail(f"{path}: not JSON ({e})")
    return gold["articles"]


def load_texts(path, ids):
    wanted, texts = set(ids), {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    fail(f"{path}:{n}: not JSON ({e})")
                if row.get("id") in wanted and row["id"] not in texts:
                    texts[row["id"]] = row["text"]
    except OSError as e:
        fail(f"cannot read the corpus {path}: {e.strerror} (use --corpus)")
    missing = [i for i in ids if i not in texts]
    if missing:
        fail(f"{path}: {len(missing)} gold articles are not in the corpus, e.g. {missing[0]}")
    return texts


def claimkit_binary():
    binary = os.environ.get("CLAIMKIT")
    if binary:
        if not os.access(binary, os.X_OK):
            fail(f"CLAIMKIT={binary} is not an executable file")
        return binary
    print("eval-gold: building claimkit (swift build -c release --product claimkit)…", file=sys.stderr)
    try:
        subprocess.run(["swift", "build", "-c", "release", "--product", "claimkit"], cwd=REPO, check=True,
                       stdout=sys.stderr)
    except (OSError, subprocess.CalledProcessError) as e:
        fail(f"cannot build claimkit ({e}); set CLAIMKIT to a built binary")
    return os.path.join(REPO, ".build", "release", "claimkit")


def run_claimkit(binary, articles, texts):
    lines = "".join(json.dumps({"id": a["id"], "text": texts[a["id"]]}, ensure_ascii=False) + "\n" for a in articles)
    try:
        done = subprocess.run([binary, "batch", "--jobs", "1"], input=lines.encode("utf-8"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    except OSError as e:
        fail(f"cannot run {binary}: {e.strerror}")
    if done.returncode != 0:
        fail(f"claimkit batch exited {done.returncode}: {done.stderr.decode('utf-8', 'replace').strip()}")
    predicted = {}
    for line in done.stdout.decode("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            document = record.get("document", {})
            aid = document.get("id", record.get("id"))
            if aid in texts and document.get("length", len(texts[aid])) != len(texts[aid]):
                fail(f"{aid}: claimkit read {document['length']} code points, the corpus text has {len(texts[aid])}")
            predicted[aid] = record.get("mentions", [])
    for a in articles:
        if a["id"] not in predicted:
            fail(f"claimkit printed no record for {a['id']}")
    return predicted


def overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match(gold, predicted):
    """One-to-one matching of same-kind mentions with overlapping spans, greedy by overlap."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if g["kind"] == p["kind"]:
                o = overlap(g, p)
                if o > 0:
                    pairs.append((-o, abs(g["start"] - p["start"]), i, j))
    pairs.sort()
    gold_to, pred_to = {}, {}
    for _, _, i, j in pairs:
        if i not in gold_to and j not in pred_to:
            gold_to[i], pred_to[j] = j, i
    return gold_to, pred_to


def close(a, b):
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def value_right(g, p):
    """Whether a matched number or date has the gold's value; returns (right, why)."""
    if g["kind"] == "date":
        return g["value"] == p.get("value"), f"value {p.get('value')!r} ({p.get('type')}), gold {g['value']!r} ({g['type']})"
    problems = []
    if not close(g["value"], p.get("value")):
        problems.append(f"value {p.get('value')} for {g['value']}")
    if "upper" in g and not close(g["upper"], p.get("upper")):
        problems.append(f"upper {p.get('upper')} for {g['upper']}")
    for field in ("unit", "currency"):
        if field in g and g[field] != p.get(field):
            problems.append(f"{field} {p.get(field)!r} for {g[field]!r}")
    return not problems, "; ".join(problems)


def normalise_name(name):
    words = name.replace("\u2019", "'").split()
    words = [w.strip(".,;:\"'()[]") for w in words]
    words = [w for w in words if w]
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words).lower()


def speaker_right(g, p):
    said = p.get("speaker")
    if not said:
        return False
    said = normalise_name(said)
    full = normalise_name(g["speaker"])
    accepted = {full, full.split()[-1]} | {normalise_name(a) for a in g.get("speakerAliases", [])}
    return said in accepted


def context(text, start, end, width=40):
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    mid = text[start:end]
    if len(mid) > 2 * width:
        mid = mid[:width] + " … " + mid[-width:]
    flat = lambda s: " ".join(s.split()) if s.strip() else s.replace("\n", " ")
    return f"…{flat(left)}[{flat(mid)}]{flat(right)}…"


def describe(m):
    if m["kind"] == "number":
        bits = [f"{m.get('value')}"]
        if m.get("upper") is not None:
            bits.append(f"to {m['upper']}")
        for field in ("currency", "unit"):
            if m.get(field):
                bits.append(m[field])
        return " ".join(bits)
    if m["kind"] == "date":
        return f"{m.get('type')} {m.get('value')}"
    return f"speaker {m.get('speaker')!r}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=os.path.join(REPO, "scripts", "gold", "bbc-gold.json"))
    parser.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "news.jsonl"))
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list every false positive, false negative, wrong value and wrong speaker")
    args = parser.parse_args()

    articles = load_gold(args.gold)
    texts = load_texts(args.corpus, [a["id"] for a in articles])
    for a in articles:
        digest = hashlib.sha256(texts[a["id"]].encode("utf-8")).hexdigest()
        if digest != a["sha256"]:
            fail(f"{a['id']}: the corpus text's SHA-256 is {digest}, the gold was made on {a['sha256']}")
    predicted = run_claimkit(claimkit_binary(), articles, texts)

    stats = {k: dict(gold=0, pred=0, tp=0, valued=0, value_ok=0, spoken=0, speaker_ok=0) for k in KINDS}
    report = {k: [] for k in ("false positive", "false negative", "wrong value", "wrong speaker", "speaker where gold has none")}
    for a in articles:
        text, gold = texts[a["id"]], a["mentions"]
        pred = [p for p in predicted[a["id"]] if p.get("kind") in KINDS]
        gold_to, pred_to = match(gold, pred)
        for g in gold:
            stats[g["kind"]]["gold"] += 1
        for p in pred:
            stats[p["kind"]]["pred"] += 1
        for j, p in enumerate(pred):
            if j not in pred_to:
                report["false positive"].append((a["id"], p, f"{p['kind']} {describe(p)}"))
        for i, g in enumerate(gold):
            s = stats[g["kind"]]
            if i not in gold_to:
                report["false negative"].append((a["id"], g, f"{g['kind']} {describe(g)}"))
                continue
            p = pred[gold_to[i]]
            s["tp"] += 1
            if g["kind"] in ("number", "date"):
                s["valued"] += 1
                ok, why = value_right(g, p)
                s["value_ok"] += ok
                if not ok:
                    report["wrong value"].append((a["id"], g, f"{g['kind']} {why}; predicted span {p['start']}-{p['end']}"))
            elif g.get("speaker"):
                s["spoken"] += 1
                ok = speaker_right(g, p)
                s["speaker_ok"] += ok
                if not ok:
                    report["wrong speaker"].append((a["id"], g, f"speaker {p.get('speaker')!r}, gold {g['speaker']!r}"))
            elif p.get("speaker"):
                report["speaker where gold has none"].append((a["id"], g, f"speaker {p['speaker']!r}, gold none"))

    ratio = lambda n, d: n / d if d else float("nan")
    print(f"claimkit against {os.path.relpath(args.gold)}: {len(articles)} articles")
    print(f"{'kind':<8}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'value acc':>16}{'speaker acc':>16}")
    for k in KINDS:
        s = stats[k]
        p, r = ratio(s["tp"], s["pred"]), ratio(s["tp"], s["gold"])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        s.update(p=p, r=r, f1=f1)
        value = f"{ratio(s['value_ok'], s['valued']):.3f} ({s['value_ok']}/{s['valued']})" if k != "quote" else "-"
        speaker = f"{ratio(s['speaker_ok'], s['spoken']):.3f} ({s['speaker_ok']}/{s['spoken']})" if k == "quote" else "-"
        print(f"{k:<8}{s['gold']:>6}{s['pred']:>6}{s['tp']:>7}{p:>8.3f}{r:>8.3f}{f1:>8.3f}{value:>16}{speaker:>16}")
    missed = [f"{k} F1 {stats[k]['f1']:.3f}" for k in KINDS if not stats[k]["f1"] >= TARGETS["f1"]]
    missed += [f"{k} value {ratio(stats[k]['value_ok'], stats[k]['valued']):.3f}" for k in ("number", "date")
               if not ratio(stats[k]["value_ok"], stats[k]["valued"]) >= TARGETS["value"]]
    if not ratio(stats["quote"]["speaker_ok"], stats["quote"]["spoken"]) >= TARGETS["speaker"]:
        missed.append(f"speaker {ratio(stats['quote']['speaker_ok'], stats['quote']['spoken']):.3f}")
    print(f"targets (F1 >= {TARGETS['f1']}, value >= {TARGETS['value']}, speaker >= {TARGETS['speaker']}): "
          + ("all met" if not missed else "missed: " + ", ".join(missed)))

    if args.verbose:
        for title, rows in report.items():
            print(f"\n## {title} ({len(rows)})")
            for aid, m, what in rows:
                print(f"{aid} {m['start']}-{m['end']} {what}\n    {context(texts[aid], m['start'], m['end'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
