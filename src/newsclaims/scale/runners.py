"""Where extraction runs: in this process, in a pool of worker processes, or on a Dask cluster.

:class:`extractor` chooses; every runner takes a chunk of articles and yields (article, outcome)
in input order, equal to a one-by-one run's (:mod:`.work` is what the workers run).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator

from ..model import Article
from .work import Outcome, batches, extract_batch, warm

Runner = Callable[[list[Article]], Iterator[tuple[Article, Outcome]]]


class extractor:
    """Context manager choosing the runner: in-process, a process pool, or Dask.

    Each runs :func:`.work.extract_batch` on groups of :data:`.work.TASK` articles; results come back in
    input order and equal a one-by-one run's. A pool or cluster runner submits a chunk's work
    when called, so that workers extract one chunk while this process cleans the next and
    stores the one before (two chunks in flight at most: memory stays bounded).
    """

    def __init__(self, workers: int = 1, scheduler: str | None = None) -> None:
        self.workers, self.scheduler = workers, scheduler
        self._close: Callable[[], None] = lambda: None
        self._abort: Callable[[], None] | None = None

    def __enter__(self) -> Runner:
        if self.scheduler:
            from . import dask_runner

            runner, self._close = dask_runner(self.scheduler)
            return runner
        if self.workers > 1:
            return self._pool(self.workers)
        return lambda articles: _flat(articles, map(extract_batch, batches(articles)))

    def _pool(self, workers: int) -> Runner:
        """Worker processes forked from a forkserver that has loaded the model once (pages
        shared, no per-worker load time), started in the background now, so that they get ready
        while this process reads and cleans the first chunk."""
        import concurrent.futures
        import multiprocessing
        import threading

        os.environ.setdefault("OMP_NUM_THREADS", "1")  # see NOTES.md: BLAS threads fight otherwise
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsclaims.scale.preload"])
        pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                                      initargs=(os.getpid(),))
        threading.Thread(target=pool.submit, args=(int,), daemon=True).start()  # start the workers meanwhile
        self._close = functools.partial(pool.shutdown, cancel_futures=True)  # on Ctrl-C: no queued work waited for
        self._abort = functools.partial(_abort, pool)

        def run(articles: list[Article]) -> Iterator[tuple[Article, Outcome]]:
            return _flat(articles, pool.map(extract_batch, batches(articles)))

        return run

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is not None and self._abort is not None:
            self._abort()  # interrupted: a worker busy (or stuck) in its work is not waited for
        else:
            self._close()


def _abort(pool) -> None:
    """Stop a process pool at once: queued work cancelled, workers terminated, nothing joined."""
    processes = list(getattr(pool, "_processes", {}).values())  # the executor offers no public handle
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


def _flat(articles: list[Article], results: Iterable[list[Outcome]]) -> Iterator[tuple[Article, Outcome]]:
    return zip(articles, (outcome for batch in results for outcome in batch))


def _start_worker(parent: int) -> None:
    """A pool worker's start: end with the main process (scale/lifetime.py), then warm up."""
    from . import lifetime

    lifetime.die_with(parent)
    warm()


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
