"""Distributed runs: the per-document extraction on an existing Dask cluster.

The client reads, cleans and stores; workers only run :func:`newsclaims.pipeline.extract_one`,
a pure function of one Article, so results equal a single-process run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..errors import MissingExtraError, UsageError
from ..model import Article


def dask_runner(address: str) -> tuple[Callable[[list[Article]], Iterator[tuple[Article, object]]], Callable[[], None]]:
    """Connect to the scheduler at ``address``; return (runner, close)."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise MissingExtraError("--scheduler (Dask)", "dask") from exc
    from ..pipeline import extract_one

    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise UsageError(f"cannot reach Dask scheduler {address}: {exc}") from exc

    def run(articles: list[Article]) -> Iterator[tuple[Article, object]]:
        futures = {client.submit(extract_one, a, pure=False): a for a in articles}
        for future in as_completed(futures):
            yield futures[future], future.result()

    return run, client.close
