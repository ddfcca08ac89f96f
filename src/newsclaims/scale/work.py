"""What a worker runs: extraction of a group of articles, as a pure function.

Each article's findings depend on that article alone, so a pool of processes or a Dask cluster
running :func:`extract_batch` gives the same results as this process would. A failure is the
article's one-line reason, never an exception that stops the batch.

Time is bounded too: an article whose extraction runs past :data:`DOCUMENT_SECONDS` is stopped
and skipped with that reason (:func:`deadline`; a wall-clock alarm, so only where this runs in a
process's main thread: the local run and the pool's workers, not a Dask worker's threads).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator, Sequence

from ..model import Article, Findings

Outcome = Findings | str  # findings, or the one-line reason extraction failed
TASK = 8  # articles per extraction task (per worker call): enough paragraphs to batch the parser
DOCUMENT_SECONDS = 300.0  # one article's extraction may take this long (a 1 MB page takes ~1/2 of it)


class ExtractionTimeout(Exception):
    """Extraction ran past its deadline."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in this block after ``seconds`` of wall time (main
    thread only; elsewhere, or with ``seconds`` <= 0, no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise ExtractionTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_one(article: Article) -> Outcome:
    """Extract one article, turning a failure into its one-line reason (never raises)."""
    from ..extract import extract

    try:
        with deadline(DOCUMENT_SECONDS):
            return extract(article)
    except ExtractionTimeout as exc:
        return f"extraction stopped: it {exc}"
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return _reason(exc)


def extract_batch(articles: Sequence[Article]) -> list[Outcome]:
    """Extract several articles, their paragraphs parsed together (faster than one by one, same
    results); if that fails, each article alone, so one bad document fails only itself."""
    from ..extract import extract_all

    try:
        with deadline(DOCUMENT_SECONDS * len(articles)):
            return list(extract_all(articles))
    except Exception:  # noqa: BLE001 - find the one that fails (or runs too long), each with its own deadline
        return [extract_one(article) for article in articles]


def _reason(exc: Exception) -> str:
    return f"extraction failed: {type(exc).__name__}: {exc}".splitlines()[0]


def batches(articles: Sequence[Article], size: int = TASK) -> list[list[Article]]:
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def warm() -> None:
    """Load the model (and the rules' own lazily loaded parts) once per worker process, before
    the first document arrives."""
    extract_one(Article(id="warm", uri="warm", text="Some 12 people were hurt on Monday, officials said.",
                        title=None, outlet=None, published=None, published_basis=None, published_confidence=0.0))
