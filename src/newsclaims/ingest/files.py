"""Readers for single-document files: plain text (.txt) and HTML (.html, .htm)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument, Skipped
from .registry import ReadOptions
from .text import decode, read_capped


def read_text(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """One plain-text document: the file's UTF-8 text."""
    yield _read_one(path, options, media_type="text/plain")


def read_html(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """One HTML document, kept as markup (cleaning extracts the text)."""
    yield _read_one(path, options, media_type="text/html")


def _read_one(path: Path, options: ReadOptions, *, media_type: str) -> RawDocument | Skipped:
    try:
        data = read_capped(path, options.max_bytes)
        content = decode(data, html=media_type == "text/html")
    except InputError as exc:
        return Skipped(str(path), str(exc))
    return RawDocument(uri=str(path), content=content, media_type=media_type)
