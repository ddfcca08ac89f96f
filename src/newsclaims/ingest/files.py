"""Readers for single-document files: plain text (.txt) and HTML (.html, .htm), plain or gzipped.

Scrapers and archivers often store pages gzipped (``page.html.gz``): such a file is inflated as
a stream with the same size cap as a plain file, applied to the inflated size (so a
decompression bomb stops at the cap, :mod:`.inflate`); a file that is not valid gzip is one
Skipped naming why.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument, Skipped
from .inflate import PIECE, read_decoded
from .registry import ReadOptions
from .text import decode, read_capped

_GZIP_DEADLINE = 60.0  # seconds one file may take to inflate


def read_text(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """One plain-text document: the file's UTF-8 text."""
    yield _read_one(path, options, media_type="text/plain")


def read_html(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """One HTML document, kept as markup (cleaning extracts the text)."""
    yield _read_one(path, options, media_type="text/html")


def read_gzipped_text(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """One plain-text document stored gzipped (``.txt.gz``)."""
    yield _read_one(path, options, media_type="text/plain", gzipped=True)


def read_gzipped_html(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """One HTML document stored gzipped (``.html.gz``)."""
    yield _read_one(path, options, media_type="text/html", gzipped=True)


def read_gunzipped(path: Path, max_bytes: int) -> bytes:
    """The inflated bytes of the gzip file ``path``; InputError past ``max_bytes`` inflated, or when
    it is not gzip."""
    try:
        with path.open("rb") as handle:
            if handle.read(2) != b"\x1f\x8b":
                raise InputError("not gzip data (the name ends in .gz)")
            handle.seek(0)
            chunks = iter(lambda: handle.read(PIECE), b"")
            return read_decoded(chunks, ["gzip"], max_bytes, time.monotonic() + _GZIP_DEADLINE)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc


def _read_one(path: Path, options: ReadOptions, *, media_type: str, gzipped: bool = False) -> RawDocument | Skipped:
    try:
        data = read_gunzipped(path, options.max_bytes) if gzipped else read_capped(path, options.max_bytes)
        content = decode(data, html=media_type == "text/html")
    except InputError as exc:
        return Skipped(str(path), str(exc))
    return RawDocument(uri=str(path), content=content, media_type=media_type)
