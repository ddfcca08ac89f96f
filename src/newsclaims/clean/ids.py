"""Document ids from content, so that analysing the same article twice gives the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise(text: str) -> str:
    """The text as compared for identity: Unicode NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def document_id(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of the normalised cleaned text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]
