"""What the user names -> RawDocuments: files, directories (recursive) and http(s) URLs.

Rules:

* a URL (``scheme://...``) is fetched with :func:`~newsclaims.ingest.url.fetch`; a scheme other
  than http(s) is one Skipped; a body served as XML (``text/xml``, ``application/rss+xml``...)
  is read as a feed when its content is RSS/Atom, else it is one Skipped;
* a directory is walked recursively in sorted order; files whose suffix has no registered
  reader, and hidden files and directories (names starting with "."), are passed over
  silently;
* a file named explicitly is read by the reader registered for its suffix; an unknown
  suffix is a Skipped (the user asked for it, so they hear why nothing came of it);
* a path that does not exist is a Skipped;
* a special file (FIFO, device, socket) is a Skipped, never opened (a FIFO would block the read);
* a folder that cannot be listed (no permission) is a Skipped naming it; the walk goes on.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument, Skipped
from . import feeds
from .registry import ReadOptions, reader_for, suffixes
from .url import TEXT_TYPES, fetch

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read(source: str, *, max_bytes: int = 5_000_000, allow_private: bool = False, timeout: float = 20.0) -> Iterator[RawDocument | Skipped]:
    """Every document ``source`` names, each as a RawDocument or a Skipped with its reason.

    >>> for item in read("examples/"): ...
    """
    options = ReadOptions(max_bytes=max_bytes, allow_private=allow_private, timeout=timeout)
    if is_url(source):
        yield from _read_url(source, options)
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_directory(path, options)
    else:
        yield from _read_file(path, options)


def is_url(source: str) -> bool:
    """Whether ``source`` is written as a URL (``scheme://...``), whatever its scheme."""
    return bool(_URL.match(source))


def _read_url(url: str, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """A page, or every item of a feed when the body is RSS/Atom (by content, whatever XML type it is served as)."""
    try:
        page = fetch(url, max_bytes=options.max_bytes, allow_private=options.allow_private,
                     timeout=options.timeout, accept=TEXT_TYPES | feeds.MEDIA_TYPES)
    except InputError as exc:
        yield Skipped(url, str(exc))
        return
    if page.media_type in TEXT_TYPES:
        yield page
    elif feeds.is_feed(page.content):
        yield from feeds.read_feed_text(page.content, url, options)
    else:
        yield Skipped(url, f"{page.media_type} that is not an RSS/Atom feed")


def _read_file(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    if not path.exists() and not path.is_symlink():
        yield Skipped(str(path), "no such file or directory")
        return
    reader = reader_for(path)
    if reader is None:
        known = ", ".join(suffixes())
        yield Skipped(str(path), f"unsupported file type {path.suffix or '(no suffix)'!r} (known: {known})")
        return
    yield from _read_regular(path, reader, options)


def _read_regular(path: Path, reader, options: ReadOptions) -> Iterator[RawDocument | Skipped]:  # type: ignore[no-untyped-def]
    """The reader's documents, or one Skipped for a special file (never opened)."""
    kind = special_kind(path)
    if kind:
        yield Skipped(str(path), f"not a regular file ({kind}): skipped unread")
        return
    yield from reader(path, options)


def special_kind(path: Path) -> str | None:
    """"a FIFO", "a device" or "a socket" for such a file (links followed), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # the reader names the problem
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def _read_directory(root: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    files, unreadable = walk(root)
    for folder, reason in unreadable:
        yield Skipped(folder, f"cannot read folder: {reason}")
    for path in files:
        reader = reader_for(path)
        if reader is not None:
            yield from _read_regular(path, reader, options)


def walk(root: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files under ``root``, recursively, sorted by their path below it, hidden ones left out;
    and (folder, reason) for each folder that could not be listed."""
    found: list[Path] = []
    unreadable: list[tuple[str, str]] = []

    def failed(exc: OSError) -> None:
        unreadable.append((str(exc.filename or root), exc.strerror or type(exc).__name__))

    for folder, dirs, files in os.walk(root, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / name for name in files if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(root).parts), sorted(unreadable)
