"""Worker processes end with the process that started them (SIGTERM, SIGKILL, Ctrl-C alike).

A pool worker's parent is the forkserver, not the main process; when the main process dies,
the forkserver sees its pipe close and exits. Each worker therefore (on Linux) asks the kernel
for SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and, on any system, watches
the main process from a daemon thread and exits once it is gone. No orphaned worker keeps
hundreds of megabytes of model alive.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_S = 1.0


def die_with(parent: int) -> None:
    """Make this process end when ``parent`` (the main process's pid) ends."""
    _kill_on_parent_death()
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="newsclaims-parent-watch").start()


def _kill_on_parent_death() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no libc prctl: the watcher alone
        return


def _watch(parent: int) -> None:
    while alive(parent):
        time.sleep(POLL_S)
    os._exit(1)


def alive(pid: int) -> bool:
    """True while ``pid`` exists (a process we may not signal exists too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
