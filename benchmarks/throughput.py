"""Throughput: newsclaims end to end against bare spaCy, on 181 real web articles.

    .venv/bin/python benchmarks/throughput.py                    # spaCy vs analyze, ratio
    .venv/bin/python benchmarks/throughput.py --workers-scaling  # also --workers 1 vs 2
    .venv/bin/python benchmarks/throughput.py --memory           # also peak RSS at 1x and 10x

Data: ``../shared/benchmarks/article-extraction/ground-truth.json`` (181 articles; each one's
gold ``articleBody`` is written as a plain-text file, so analyze reads, cleans, parses,
extracts and stores exactly what spaCy parses). Words are whitespace-separated tokens of those
texts. Every figure is the median of ``--repeats`` runs measured in this one invocation.

* **spaCy**: ``nlp.pipe(texts, batch_size=32)`` with the full pipeline, one process, model
  already loaded (its load time is not counted: the most favourable timing for spaCy).
* **newsclaims**: the ``newsclaims analyze DIR --db fresh.db --quiet`` process, wall clock
  including start-up, model loading, cleaning, extraction and storing, default workers.
* **memory**: peak resident memory of the analyze process and all its children (sampled every
  50 ms with psutil), at 1x and at 10x the corpus (each copy's texts changed by a line so that
  they are new documents).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "benchmarks" / "article-extraction" / "ground-truth.json"
EXE = Path(sys.executable).with_name("newsclaims")


def load_texts(path: Path = DATA) -> list[str]:
    items = json.loads(path.read_text(encoding="utf-8"))
    return [item["articleBody"] for _, item in sorted(items.items()) if item["articleBody"].strip()]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def write_corpus(texts: list[str], folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for i, text in enumerate(texts):
            suffix = f"\n\nCopy {copy + 1} of this page." if copies > 1 else ""
            (folder / f"{copy:03d}-{i:04d}.txt").write_text(text + suffix, encoding="utf-8")
    return folder


def spacy_seconds(texts: list[str]) -> float:
    from newsclaims.extract import nlp as nlp_module

    nlp = nlp_module.load()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def analyze_run(corpus: Path, workdir: Path, *extra: str) -> tuple[float, int]:
    """Seconds and peak RSS (bytes, process tree) of one ``newsclaims analyze`` into a fresh DB."""
    db = workdir / f"run-{time.monotonic_ns()}.db"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    start = time.perf_counter()
    proc = psutil.Popen([str(EXE), "analyze", str(corpus), "--db", str(db), "--quiet", *extra],
                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = _watch_memory(proc)
    stderr = proc.stderr.read().decode()
    code = proc.wait()
    seconds = time.perf_counter() - start
    if code not in (0, 1):
        raise SystemExit(f"analyze failed ({code}): {stderr[-500:]}")
    db.unlink(missing_ok=True)
    return seconds, peak.value


class _Peak:
    value = 0


def _watch_memory(proc: psutil.Popen) -> _Peak:
    peak = _Peak()

    def sample() -> None:
        while proc.poll() is None:
            try:
                tree = [proc, *proc.children(recursive=True)]
                peak.value = max(peak.value, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    proc.wait()
    thread.join()
    return peak


def median_of(repeats: int, run) -> float:
    return statistics.median(run() for _ in range(repeats))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers-scaling", action="store_true", help="also time --workers 1 and 2")
    parser.add_argument("--memory", action="store_true", help="also peak memory at 1x and 10x the corpus")
    args = parser.parse_args(argv)

    texts = load_texts()
    total = words(texts)
    print(f"corpus: {len(texts)} articles, {total:,} words; {os.cpu_count()} CPUs; median of {args.repeats} runs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = write_corpus(texts, work / "x1")
        spacy_s = median_of(args.repeats, lambda: spacy_seconds(texts))
        analyze_s = median_of(args.repeats, lambda: analyze_run(corpus, work)[0])
        print(f"spaCy nlp.pipe (1 process)      {total / spacy_s:9,.0f} words/s  ({spacy_s:.1f} s)")
        print(f"newsclaims analyze (end to end) {total / analyze_s:9,.0f} words/s  ({analyze_s:.1f} s)")
        if args.workers_scaling:
            one = median_of(args.repeats, lambda: analyze_run(corpus, work, "--workers", "1")[0])
            two = median_of(args.repeats, lambda: analyze_run(corpus, work, "--workers", "2")[0])
            print(f"analyze --workers 1             {total / one:9,.0f} words/s  ({one:.1f} s)")
            print(f"analyze --workers 2             {total / two:9,.0f} words/s  ({two:.1f} s)  speed-up {one / two:.2f}x")
        if args.memory:
            big = write_corpus(texts, work / "x10", copies=10)
            _, peak1 = analyze_run(corpus, work)
            _, peak10 = analyze_run(big, work)
            print(f"peak memory (process tree)      1x: {peak1 / 2**20:,.0f} MiB   10x: {peak10 / 2**20:,.0f} MiB")
        print(f"ratio newsclaims/spaCy {spacy_s / analyze_s:.2f}")


if __name__ == "__main__":
    main()
