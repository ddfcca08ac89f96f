"""Two processes adding overlapping documents to one database: nothing lost, nothing twice."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import store_records as records

from newsclaims.store import Store

SCRIPT = Path(records.__file__)
COUNT, OVERLAP_FROM, OVERLAP_TO = 90, 30, 60  # writer 1: 0-59 upwards; writer 2: 89-30 downwards


def start_writer(url: str, first: int, last: int, order: str, signal: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), url, str(first), str(last), order, str(signal)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_ready(signal: Path, writers: list[subprocess.Popen], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(list(signal.parent.glob(signal.name + ".ready.*"))) < len(writers):
        assert time.monotonic() < deadline and all(w.poll() is None for w in writers), [
            w.communicate() for w in writers if w.poll() is not None]
        time.sleep(0.01)


def test_concurrent_writers_lose_and_duplicate_nothing(store_url, tmp_path) -> None:
    """Two writers open one empty database at once (racing to create the schema), then
    add overlapping documents, meeting in the middle of the overlap."""
    signal = tmp_path / "go"
    writers = [start_writer(store_url, 0, OVERLAP_TO, "forward", signal),
               start_writer(store_url, OVERLAP_FROM, COUNT, "reverse", signal)]
    wait_ready(signal, writers)
    signal.touch()
    outputs = [w.communicate(timeout=120) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], outputs
    added = [json.loads(out) for out, _ in outputs]
    assert sum(added) == COUNT  # each document added by exactly one writer
    with Store(store_url) as store:
        stored = store.articles()
        assert sorted(s.article.id for s in stored) == [a.id for a, _ in records.corpus(COUNT)]
        assert all(store.findings(a.id) == f for a, f in records.corpus(COUNT))
        assert store.count_claims() == sum(s.claims for s in stored) == 3 * COUNT
