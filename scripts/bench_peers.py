#!/usr/bin/env python3
"""Times claimkit beside its peers on the same corpus, in the same run (SPEC §8).

Driver:  bench_peers.py --claimkit PATH [--corpus FILE] [--runs N] [--sample-kb K]
Worker:  bench_peers.py --worker TOOL --corpus FILE [--limit-bytes B]   (one timed pass, JSON on stdout)

Every measurement is a fresh process. Peers are timed inside their process after imports and
set-up (and one warm-up call on a short sentence), over the articles' "text" fields; claimkit is
timed as a whole process (start-up, JSON parsing and output included), as a user would run it.
Throughput is UTF-8 bytes of article text per second, in MB/s (10^6 bytes).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

WARMUP = "The firm said on 3 March 2005 that profits rose 12% to $1.2bn. Sales fell."

# tool -> (task, slow?) ; slow peers are timed on a sample (the first articles up to --sample-kb)
PEERS = {
    "sentencex": ("segmentation", False),
    "blingfire": ("segmentation", False),
    "spacy-sentencizer": ("segmentation", False),
    "pysbd": ("segmentation", True),
    "dateparser": ("dates (search_dates)", True),
    "quantulum3": ("numbers/quantities", True),
}


def load_texts(corpus, limit_bytes=None):
    texts, total = [], 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            size = len(text.encode("utf-8"))
            if limit_bytes is not None and texts and total + size > limit_bytes:
                break
            texts.append(text)
            total += size
    return texts, total


def make_runner(tool):
    """Imports the tool and returns a function that processes one text (set-up not timed)."""
    if tool == "sentencex":
        from sentencex import segment
        return lambda t: list(segment("en", t))
    if tool == "blingfire":
        import blingfire
        return lambda t: blingfire.text_to_sentences(t).split("\n")
    if tool == "spacy-sentencizer":
        import spacy
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 10**8
        return lambda t: [s.text for s in nlp(t).sents]
    if tool == "pysbd":
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        return lambda t: seg.segment(t)
    if tool == "dateparser":
        from dateparser.search import search_dates
        return lambda t: search_dates(t, languages=["en"])
    if tool == "quantulum3":
        import warnings
        warnings.filterwarnings("ignore")
        from quantulum3 import parser
        return lambda t: parser.parse(t)
    raise SystemExit(f"unknown tool {tool}")


def worker(tool, corpus, limit_bytes):
    texts, total = load_texts(corpus, limit_bytes)
    run = make_runner(tool)
    run(WARMUP)
    started = time.perf_counter()
    for text in texts:
        run(text)
    seconds = time.perf_counter() - started
    json.dump({"tool": tool, "bytes": total, "articles": len(texts), "seconds": seconds}, sys.stdout)


def time_peer(tool, corpus, limit_bytes):
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", tool, "--corpus", corpus]
    if limit_bytes is not None:
        cmd += ["--limit-bytes", str(limit_bytes)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def time_process(cmd):
    with open(os.devnull, "wb") as null:
        started = time.perf_counter()
        proc = subprocess.run(cmd, stdout=null, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "news.jsonl"))
    ap.add_argument("--limit-bytes", type=int)
    ap.add_argument("--claimkit")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sample-kb", type=int, default=200, help="text timed for the slow peers (pySBD, dateparser, quantulum3)")
    ap.add_argument("--only", help="comma-separated peers to run (default: all)")
    args = ap.parse_args()

    if args.worker:
        worker(args.worker, args.corpus, args.limit_bytes)
        return

    corpus = os.path.abspath(args.corpus)
    texts, total = load_texts(corpus)
    print(f"corpus: {corpus}: {len(texts)} articles, {total / 1e6:.2f} MB of text; "
          f"{args.runs} runs, medians; load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs", flush=True)

    rows = {}  # name -> (task, input description, MB/s)
    peers = [p for p in PEERS if not args.only or p in args.only.split(",")]
    for tool in peers:
        task, slow = PEERS[tool]
        limit = args.sample_kb * 1000 if slow else None
        results = [time_peer(tool, corpus, limit) for _ in range(args.runs)]
        nbytes, narticles = results[0]["bytes"], results[0]["articles"]
        mbps = nbytes / 1e6 / statistics.median(r["seconds"] for r in results)
        what = f"sample: first {narticles} articles, {nbytes / 1e6:.2f} MB" if slow else f"all {narticles} articles"
        rows[tool] = (task, what, mbps)
        print(f"  {tool:<20} {mbps:10.3f} MB/s  ({what})", flush=True)

    if args.claimkit:
        with tempfile.TemporaryDirectory(prefix="claimkit-bench-") as tmp:
            # `claimkit segment` takes one text file: the articles' texts, a blank line apart.
            plain = os.path.join(tmp, "corpus.txt")
            with open(plain, "w", encoding="utf-8") as f:
                f.write("\n\n".join(texts) + "\n")
            jobs = {
                "claimkit segment": ("segmentation", [args.claimkit, "segment", plain]),
                "claimkit batch --jobs 1": ("full extraction", [args.claimkit, "batch", "--jobs", "1", corpus]),
                "claimkit batch --jobs 2": ("full extraction", [args.claimkit, "batch", "--jobs", "2", corpus]),
            }
            for name, (task, cmd) in jobs.items():
                seconds = statistics.median(time_process(cmd) for _ in range(args.runs))
                rows[name] = (task, f"all {len(texts)} articles, whole process", total / 1e6 / seconds)
                print(f"  {name:<20} {rows[name][2]:10.3f} MB/s", flush=True)

    print()
    print(f"{'tool':<24} {'task':<21} {'MB/s':>9}  {'input'}")
    print("-" * 100)
    for name, (task, what, mbps) in rows.items():
        print(f"{name:<24} {task:<21} {mbps:9.3f}  {what}")

    if not args.claimkit:
        return
    seg = rows["claimkit segment"][2]
    full1 = rows["claimkit batch --jobs 1"][2]
    full2 = rows["claimkit batch --jobs 2"][2]
    # (claimkit figure, its name, peer, target or None)
    checks = [
        (seg, "segment", "sentencex", 1.0),
        (seg, "segment", "blingfire", None),
        (seg, "segment", "spacy-sentencizer", None),
        (seg, "segment", "pysbd", None),
        (full1, "batch -j1 (full)", "spacy-sentencizer", 30.0),
        (full1, "batch -j1 (full)", "pysbd", 300.0),
        (full1, "batch -j1 (full)", "dateparser", None),
        (full1, "batch -j1 (full)", "quantulum3", None),
    ]
    print()
    print(f"{'claimkit':<18} {'vs peer':<19} {'ratio':>9}  {'target':<8} result")
    print("-" * 66)
    failed = 0
    for value, name, peer, target in checks:
        if peer not in rows:
            continue
        ratio = value / rows[peer][2]
        verdict = "-" if target is None else ("PASS" if ratio >= target else "FAIL")
        failed += verdict == "FAIL"
        tgt = "-" if target is None else f">= {target:g}x"
        print(f"{name:<18} {peer:<19} {ratio:8.1f}x  {tgt:<8} {verdict}")
    ratio = full2 / full1
    verdict = "PASS" if ratio >= 1.7 else "FAIL"
    failed += verdict == "FAIL"
    print(f"{'batch -j2 (full)':<18} {'batch -j1 (full)':<19} {ratio:8.2f}x  {'>= 1.7x':<8} {verdict}")
    print()
    print(f"{'all targets met' if not failed else f'{failed} target(s) missed'}; "
          f"slow peers were timed on a sample (see the input column); load average now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
