"""How many documents the sources hold, counted before reading them where that is cheap.

Used for a progress bar with a total. Rules:

* a plain-text or HTML file, a URL, a missing path or a file of unknown type is one item
  (a document, or one Skipped naming it);
* a JSON Lines file holds one item per non-blank line (the lines are counted, not parsed),
  or one when it has none;
* a directory holds what its readable files hold;
* archives and feeds (WARC, RSS/Atom) cannot be counted without reading them: the total is
  then unknown (None). A URL that turns out to be a feed holds more than the one counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .files import read_html, read_text
from .jsonl import read_jsonl
from .registry import reader_for
from .sources import is_url, walk


def documents(sources: Iterable[str]) -> int | None:
    """The number of items reading ``sources`` yields, or None when it cannot be told cheaply."""
    total = 0
    for source in sources:
        found = 1 if is_url(source) else _in_path(Path(source))
        if found is None:
            return None
        total += found
    return total


def _in_path(path: Path) -> int | None:
    if path.is_dir():
        counts = [_in_file(p) for p in walk(path)[0] if reader_for(p) is not None]
        return None if None in counts else sum(c for c in counts if c is not None)
    return _in_file(path)


def _in_file(path: Path) -> int | None:
    reader = reader_for(path)
    if reader is None or reader in (read_text, read_html) or not path.is_file():
        return 1
    if reader is read_jsonl:
        return _lines(path)
    return None


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1
