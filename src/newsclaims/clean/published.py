"""Publication-date inference from an article's text and from the rest of the corpus. (stub)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple


class PublishedGuess(NamedTuple):
    date: dt.date
    confidence: float  # 0..1
    reason: str  # which cue fixed the date, for `newsclaims articles`


def infer(text: str, title: str | None = None) -> PublishedGuess | None:
    """Infer the publication date from the text alone; None when the text gives no cue."""
    return None


def from_corpus(dates: Sequence[dt.date]) -> PublishedGuess | None:
    """A date for an undated article from the dates of the rest of the corpus (the story's span)."""
    return None
