"""Which reader handles which file: a small registry keyed by file-name suffix.

Readers for more formats (WARC, feeds) live in their own modules and call :func:`register`
when imported; ``ingest/__init__.py`` imports them. The longest matching suffix wins, so
``.warc.gz`` can be told apart from ``.gz``. Matching ignores case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import RawDocument, Skipped


@dataclass(frozen=True)
class ReadOptions:
    """What every reader is told: the size cap, whether private addresses may be fetched,
    and the network timeout (seconds) for readers that fetch (URLs, feed items)."""

    max_bytes: int = 5_000_000
    allow_private: bool = False
    timeout: float = 20.0


# A reader takes a file and yields one item per document in it; it never raises for bad
# data: a file it cannot use at all is one Skipped, a bad record inside it is one Skipped.
Reader = Callable[[Path, ReadOptions], Iterator[RawDocument | Skipped]]

_READERS: dict[str, Reader] = {}


def register(suffixes: Iterable[str], reader: Reader) -> None:
    """Make ``reader`` handle files whose names end with any of ``suffixes`` (".warc.gz")."""
    for suffix in suffixes:
        if not suffix.startswith("."):
            raise ValueError(f"suffix must start with a dot: {suffix!r}")
        _READERS[suffix.lower()] = reader


def reader_for(path: Path) -> Reader | None:
    """The reader registered for the longest suffix ``path``'s name ends with, if any."""
    name = path.name.lower()
    matches = [suffix for suffix in _READERS if name.endswith(suffix)]
    return _READERS[max(matches, key=len)] if matches else None


def suffixes() -> tuple[str, ...]:
    """Every registered suffix, sorted (for messages and ``--help``)."""
    return tuple(sorted(_READERS))
