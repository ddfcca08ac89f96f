"""Credentials never stored or printed: ``http://user:secret@host/x`` becomes ``http://host/x``.

A URL may carry a user name and password (pasted from a browser, a feed, a JSONL record). The
fetch may use them, but the document's ``uri`` and ``url``, and every Skipped line, are kept
without them.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import RawDocument, Skipped

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]*@")


def without_credentials(text: str | None) -> str | None:
    """``text`` with the user-info part of every URL in it removed."""
    return _USERINFO.sub(r"\1", text) if text else text


def document(raw: RawDocument) -> RawDocument:
    uri, url = without_credentials(raw.uri), without_credentials(raw.url)
    return raw if (uri, url) == (raw.uri, raw.url) else dataclasses.replace(raw, uri=uri, url=url)


def skipped(item: Skipped) -> Skipped:
    return Skipped(without_credentials(item.uri) or "", without_credentials(item.reason) or "")
