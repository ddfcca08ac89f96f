"""Readers: turn what the user names (files, directories, URLs, JSONL, WARC, feeds) into RawDocuments.

    >>> for item in ingest.read("examples/"): ...

Each item is a :class:`RawDocument` or a :class:`Skipped` with a one-line reason; a bad source
never stops the stream. Readers are chosen by file-name suffix from a registry
(:func:`register`); readers kept in their own modules of this package (``warc``, ``feeds``)
register themselves when imported below.
"""

from __future__ import annotations

import importlib
import importlib.util

from .files import read_gzipped_html, read_gzipped_text, read_html, read_text
from .jsonl import read_gzipped_jsonl, read_jsonl
from .registry import Reader, ReadOptions, register, suffixes
from .sources import read
from .url import fetch

__all__ = ["read", "fetch", "register", "suffixes", "Reader", "ReadOptions"]

register([".txt"], read_text)
register([".html", ".htm", ".xhtml"], read_html)
register([".jsonl"], read_jsonl)
register([".txt.gz"], read_gzipped_text)
register([".html.gz", ".htm.gz", ".xhtml.gz"], read_gzipped_html)
register([".jsonl.gz"], read_gzipped_jsonl)

for _module in ("warc", "feeds"):  # optional reader modules: present once their issue lands
    if importlib.util.find_spec(f"{__name__}.{_module}") is not None:
        importlib.import_module(f"{__name__}.{_module}")
