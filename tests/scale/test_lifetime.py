"""Worker pool processes end with the main process: after SIGKILL, SIGTERM or Ctrl-C of the
main process, no worker (nor the forkserver) stays alive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

MAIN = """
import os, sys, time
from newsclaims.scale.runners import extractor
with extractor(workers=2) as run:
    print("ready", flush=True)
    time.sleep(600)
"""


def children(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def gone(pids: set[int], within: float) -> set[int]:
    """Those of ``pids`` still alive after ``within`` seconds."""
    deadline = time.monotonic() + within
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        alive = {pid for pid in alive if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)}
        time.sleep(0.2)
    return alive


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.model
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "Ctrl-C"])
def test_workers_end_with_the_main_process(how: str) -> None:
    main = subprocess.Popen([sys.executable, "-c", MAIN], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert main.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 120
        while len(workers := children(main.pid)) < 3 and time.monotonic() < deadline:  # forkserver + 2 workers
            time.sleep(0.5)
        assert len(workers) >= 3, workers
        if how == "Ctrl-C":
            os.killpg(main.pid, signal.SIGINT)  # the terminal signals the whole foreground group
        else:
            main.send_signal(getattr(signal, how))
        main.wait(timeout=60)
        assert gone(workers, within=15) == set()
    finally:
        if main.poll() is None:
            main.kill()
            main.wait()
