"""Throughput: newsclaims end to end against bare spaCy, on 181 real web articles.

    .venv/bin/python benchmarks/throughput.py                    # spaCy vs analyze, ratio
    .venv/bin/python benchmarks/throughput.py --workers-scaling  # also --workers 1 vs 2
    .venv/bin/python benchmarks/throughput.py --memory           # also peak memory at 1x and 10x

Data: ``../shared/benchmarks/article-extraction/ground-truth.json`` (181 pages). Each page's gold
``articleBody`` (plain text: the HTML would add boilerplate removal, which spaCy does not do) is
written as a ``.txt`` file; the pages newsclaims refuses as not English (20 of 181: Japanese,
Russian, Portuguese ...) are left out of *both* sides, so both parse the same 161 texts. Words
are the whitespace-separated tokens of those texts. Every figure is the median of ``--repeats``
runs made in this one invocation; spaCy and newsclaims runs alternate, so load from elsewhere on
the machine hits both alike.

* **spaCy**: ``spacy.load(model)`` then ``nlp.pipe(texts, batch_size=32)``, the full pipeline in
  one process (a fresh one, environment as given), the model's load time not counted.
* **newsclaims**: the ``newsclaims analyze DIR --db fresh.db --quiet`` process, wall clock from
  start to exit: start-up, model loading, reading, cleaning, extraction and storing into a new
  SQLite file, default workers (all cores). Checked to have stored every text.
* **memory**: peak resident memory summed over the analyze process and all its children
  (sampled every 50 ms with psutil; pages shared between processes are counted once per
  process, so this overstates), at 1x and 10x the corpus (each copy's texts end with a line
  naming the copy, so every copy is a new document).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "benchmarks" / "article-extraction" / "ground-truth.json"
EXE = Path(sys.executable).with_name("newsclaims")


def load_texts(path: Path = DATA) -> list[str]:
    """The gold article texts that newsclaims accepts (English, not empty)."""
    from newsclaims import clean
    from newsclaims.errors import InputError
    from newsclaims.model import RawDocument

    items = json.loads(path.read_text(encoding="utf-8"))
    texts = []
    for key, item in sorted(items.items()):
        try:
            clean.clean(RawDocument(uri=key, content=item["articleBody"], media_type="text/plain"))
        except InputError:
            continue
        texts.append(item["articleBody"])
    return texts


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def write_corpus(texts: list[str], folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for i, text in enumerate(texts):
            suffix = f"\n\nCopy {copy + 1} of this page." if copies > 1 else ""
            (folder / f"{copy:03d}-{i:04d}.txt").write_text(text + suffix, encoding="utf-8")
    return folder


SPACY_RUN = """
import json, sys, time, spacy
texts = json.load(open(sys.argv[1]))
nlp = spacy.load(sys.argv[2])
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(time.perf_counter() - start)
"""


def spacy_seconds(corpus_json: Path) -> float:
    """Seconds of bare ``nlp.pipe`` over the texts, in a fresh process (load time excluded)."""
    from newsclaims.extract.nlp import MODEL

    out = subprocess.run([sys.executable, "-c", SPACY_RUN, str(corpus_json), MODEL],
                         check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def analyze_run(corpus: Path, workdir: Path, expected: int, *extra: str) -> tuple[float, int]:
    """Seconds and peak RSS (bytes, process tree) of one ``newsclaims analyze`` into a fresh DB."""
    db = workdir / f"run-{time.monotonic_ns()}.db"
    start = time.perf_counter()
    proc = psutil.Popen([str(EXE), "analyze", str(corpus), "--db", str(db), "--quiet", *extra],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = _watch_memory(proc)
    stderr = proc.stderr.read().decode()
    proc.wait()
    code = proc.returncode
    seconds = time.perf_counter() - start
    stored = _stored(db)
    db.unlink(missing_ok=True)
    if code != 0 or stored < expected * 0.99:  # a few 10x copies may clean to an already stored text
        raise SystemExit(f"analyze stored {stored} of {expected} (exit {code}): {stderr[-500:]}")
    return seconds, peak.value


def _stored(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


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


def medians(repeats: int, runs: dict[str, Callable[[], float]]) -> dict[str, float]:
    """Each run ``repeats`` times, alternating between them; the median seconds of each."""
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            seconds[name].append(run())
    return {name: statistics.median(values) for name, values in seconds.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers-scaling", action="store_true", help="also time --workers 1 and 2")
    parser.add_argument("--memory", action="store_true", help="also peak memory at 1x and 10x the corpus")
    args = parser.parse_args(argv)

    texts = load_texts()
    total = words(texts)
    print(f"corpus: {len(texts)} articles, {total:,} words; {os.cpu_count()} CPUs; "
          f"load average {os.getloadavg()[0]:.2f}; median of {args.repeats} runs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = write_corpus(texts, work / "x1")
        corpus_json = work / "texts.json"
        corpus_json.write_text(json.dumps(texts), encoding="utf-8")
        runs = {"spacy": lambda: spacy_seconds(corpus_json),
                "analyze": lambda: analyze_run(corpus, work, len(texts))[0]}
        if args.workers_scaling:
            runs["workers 1"] = lambda: analyze_run(corpus, work, len(texts), "--workers", "1")[0]
            runs["workers 2"] = lambda: analyze_run(corpus, work, len(texts), "--workers", "2")[0]
        seconds = medians(args.repeats, runs)
        print(f"spaCy nlp.pipe (1 process)      {total / seconds['spacy']:9,.0f} words/s  ({seconds['spacy']:.1f} s)")
        print(f"newsclaims analyze (end to end) {total / seconds['analyze']:9,.0f} words/s  ({seconds['analyze']:.1f} s)")
        if args.workers_scaling:
            one, two = seconds["workers 1"], seconds["workers 2"]
            print(f"analyze --workers 1             {total / one:9,.0f} words/s  ({one:.1f} s)")
            print(f"analyze --workers 2             {total / two:9,.0f} words/s  ({two:.1f} s)  speed-up {one / two:.2f}x")
        print(f"ratio newsclaims/spaCy {seconds['spacy'] / seconds['analyze']:.2f}")
        if args.workers_scaling:
            print(f"ratio newsclaims --workers 1/spaCy {seconds['spacy'] / seconds['workers 1']:.2f}  (one core each)")
        if args.memory:
            big = write_corpus(texts, work / "x10", copies=10)
            _, peak1 = analyze_run(corpus, work, len(texts))
            _, peak10 = analyze_run(big, work, 10 * len(texts))
            print(f"peak memory (process tree)      1x: {peak1 / 2**20:,.0f} MiB   10x: {peak10 / 2**20:,.0f} MiB")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
