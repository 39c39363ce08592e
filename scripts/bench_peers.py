#!/usr/bin/env python3
"""Times claimkit beside its peers on the same corpus, in the same run (SPEC §8).

Driver:  bench_peers.py --claimkit PATH [--corpus FILE] [--runs N] [--sample-kb K]
Worker:  bench_peers.py --worker TOOL --corpus FILE [--limit-bytes B]   (one timed pass, JSON on stdout)

Every measurement is a fresh process. Peers are timed inside their process after imports and
set-up (and one warm-up call on a short sentence), over the articles' "text" fields; claimkit is
timed as a whole process (start-up, JSON parsing and output included), as a user would run it.
Throughput is UTF-8 bytes of article text per second, in MB/s (10^6 bytes).

Order of the runs. A shared machine's speed drifts by a third from one minute to the next, more
than the ratios' margins, so the tools are not timed one after another: each of the --runs
rounds times every peer once and then `claimkit segment` and `claimkit batch --jobs 1` once, so
that a slow spell falls on all of them alike, and each tool's median is taken over the rounds.
`batch --jobs 1` and `--jobs 2`, compared with each other, are timed after the rounds as
alternating pairs, after one pair not counted: a 0.1 s two-thread run that follows a long
single-threaded one found the second core slow to wake, which no batch of real size notices.
--sequential times each tool's runs one after another instead (the method of the first sessions).
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


def batch_command(claimkit, jobs, corpus):
    return [claimkit, "batch", "--jobs", str(jobs), corpus]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "news.jsonl"))
    ap.add_argument("--limit-bytes", type=int)
    ap.add_argument("--claimkit")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sample-kb", type=int, default=200, help="text timed for the slow peers (pySBD, dateparser, quantulum3)")
    ap.add_argument("--only", help="comma-separated peers to run (default: all)")
    ap.add_argument("--sequential", action="store_true", help="time each tool's runs one after another, not in rounds")
    args = ap.parse_args()

    if args.worker:
        worker(args.worker, args.corpus, args.limit_bytes)
        return

    corpus = os.path.abspath(args.corpus)
    texts, total = load_texts(corpus)
    print(f"corpus: {corpus}: {len(texts)} articles, {total / 1e6:.2f} MB of text; "
          f"{args.runs} {'runs in a row' if args.sequential else 'rounds'}, medians; load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs", flush=True)

    rows = {}  # name -> (task, input description, MB/s)
    peers = [p for p in PEERS if not args.only or p in args.only.split(",")]
    with tempfile.TemporaryDirectory(prefix="claimkit-bench-") as tmp:
        # Each entry: name -> (task, input description, bytes, function timing one run in seconds).
        timed = {}
        for tool in peers:
            task, slow = PEERS[tool]
            limit = args.sample_kb * 1000 if slow else None
            sample, nbytes = load_texts(corpus, limit)   # what the worker will time
            what = f"sample: first {len(sample)} articles, {nbytes / 1e6:.2f} MB" if slow else f"all {len(sample)} articles"
            timed[tool] = (task, what, nbytes, lambda tool=tool, limit=limit: time_peer(tool, corpus, limit)["seconds"])
        if args.claimkit:
            # `claimkit segment` takes one text file: the articles' texts, a blank line apart.
            plain = os.path.join(tmp, "corpus.txt")
            with open(plain, "w", encoding="utf-8") as f:
                f.write("\n\n".join(texts) + "\n")
            whole = f"all {len(texts)} articles, whole process"
            timed["claimkit segment"] = ("segmentation", whole, total, lambda: time_process([args.claimkit, "segment", plain]))
            timed["claimkit batch --jobs 1"] = ("full extraction", whole, total, lambda: time_process(batch_command(args.claimkit, 1, corpus)))

        seconds = {name: [] for name in timed}
        if args.sequential:
            for name, (_, _, _, run) in timed.items():
                seconds[name] = [run() for _ in range(args.runs)]
        else:
            for round_number in range(1, args.runs + 1):
                for name, (_, _, _, run) in timed.items():
                    seconds[name].append(run())
                print(f"  round {round_number}/{args.runs} done, load average {os.getloadavg()[0]:.2f}", flush=True)
        for name, (task, what, nbytes, _) in timed.items():
            rows[name] = (task, what, nbytes / 1e6 / statistics.median(seconds[name]))
            print(f"  {name:<31} {rows[name][2]:10.3f} MB/s  ({what})", flush=True)

        if args.claimkit:
            # One job against two, as alternating pairs after a pair not counted (see the top).
            if args.sequential:
                one = [time_process(batch_command(args.claimkit, 1, corpus)) for _ in range(args.runs)]
                two = [time_process(batch_command(args.claimkit, 2, corpus)) for _ in range(args.runs)]
            else:
                time_process(batch_command(args.claimkit, 1, corpus))
                time_process(batch_command(args.claimkit, 2, corpus))
                pairs = [(time_process(batch_command(args.claimkit, 1, corpus)),
                          time_process(batch_command(args.claimkit, 2, corpus))) for _ in range(args.runs)]
                one, two = [p[0] for p in pairs], [p[1] for p in pairs]
            rows["claimkit batch --jobs 1 (pairs)"] = ("full extraction", whole, total / 1e6 / statistics.median(one))
            rows["claimkit batch --jobs 2 (pairs)"] = ("full extraction", whole, total / 1e6 / statistics.median(two))
            for name in ("claimkit batch --jobs 1 (pairs)", "claimkit batch --jobs 2 (pairs)"):
                print(f"  {name:<31} {rows[name][2]:10.3f} MB/s", flush=True)

    print()
    print(f"{'tool':<31} {'task':<16} {'MB/s':>9}  {'input'}")
    print("-" * 100)
    for name, (task, what, mbps) in rows.items():
        print(f"{name:<31} {task:<16} {mbps:9.3f}  {what}")

    if not args.claimkit:
        return
    seg = rows["claimkit segment"][2]
    full1 = rows["claimkit batch --jobs 1"][2]
    pair1 = rows["claimkit batch --jobs 1 (pairs)"][2]
    pair2 = rows["claimkit batch --jobs 2 (pairs)"][2]
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
    ratio = pair2 / pair1
    verdict = "PASS" if ratio >= 1.7 else "FAIL"
    failed += verdict == "FAIL"
    print(f"{'batch -j2 (full)':<18} {'batch -j1 (full)':<19} {ratio:8.2f}x  {'>= 1.7x':<8} {verdict}")
    print()
    print(f"{'all targets met' if not failed else f'{failed} target(s) missed'}; "
          f"slow peers were timed on a sample (see the input column); load average now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
