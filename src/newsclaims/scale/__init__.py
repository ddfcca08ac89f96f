"""Distributed runs: the per-document extraction on an existing Dask cluster.

The client reads, cleans and stores; workers only run :func:`newsclaims.scale.work.extract_batch`
on groups of articles, a pure function (each article's findings depend on that article alone),
so results equal a single-process run. A chunk's work is submitted when the pipeline hands it
over, and its results come back to the client in input order, written from the client while
the workers go on with the next chunk.

Dask is the optional ``dask`` extra; without it, :func:`dask_runner` raises
:class:`~newsclaims.errors.MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..errors import MissingExtraError, UsageError
from ..model import Article

CONNECT_TIMEOUT = "10s"  # how long to wait for the scheduler before giving up
Runner = Callable[[list[Article]], Iterator[tuple[Article, object]]]


def dask_runner(address: str) -> tuple[Runner, Callable[[], None]]:
    """Connect to the scheduler at ``address`` (``tcp://host:port``); return (runner, close)."""
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise MissingExtraError("--scheduler (Dask)", "dask") from exc
    from .work import batches, extract_batch

    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach Dask scheduler {address}: {exc}".splitlines()[0]) from exc

    def run(articles: list[Article]) -> Iterator[tuple[Article, object]]:
        groups = batches(articles)
        futures = client.map(extract_batch, groups, pure=False)  # submitted now, not when read
        return ((article, outcome) for group, future in zip(groups, futures)
                for article, outcome in zip(group, future.result()))

    return run, client.close
