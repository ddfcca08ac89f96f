"""The publication date of one document, from the strongest evidence it carries.

The first that applies wins:

1. the page's own metadata (htmldate over the HTML: ``article:published_time``, JSON-LD,
   ``<time>``), also inside a WARC record -> basis "metadata", confidence 1.0;
2. a full date in the URL's path (``/2023/09/12/``, ``/20230912/``) -> "url", 0.9;
3. a dateline or byline in the text ("SEOUL, June 2, 2025 -", "Published 14 March 2024", a
   byline dropped as furniture) -> "text", 0.95;
4. the container's date, where the page carries none of its own (a JSONL ``published``, a feed
   item's date) -> "metadata", 1.0; then the user's ``--published`` -> "user", 1.0;
5. the text's other cues (:func:`newsclaims.clean.published.infer`) at least
   :data:`~newsclaims.clean.published.TRUST` sure -> "text";
6. an archive's capture date (``WARC-Date``: the page is no later) -> "metadata", 0.6;
7. a URL that names only a month (``/2018/07/``): the text's reading inside that month, else
   the month's middle -> "url", 0.4;
8. else undated, and the reason says so, also when the text has only weak cues (a year-less
   "March 23", "on Sunday", "since 2016": they fix no date without other evidence, and today is
   no evidence of an article's date): its story may date it (``published.settle`` reads the
   text again with the story's date).

A capture date or a URL month also bounds the text's reading: nothing after the capture date,
and a year-less "March 23" in the year they make plausible.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..model import PublishedBasis, RawDocument
from .published import TRUST, UNDATED, from_byline, infer
from .urls import UrlDate, date_in_url

OWN = 0.9  # a text guess this sure is a dateline: the page's own date


class Dated(NamedTuple):
    date: dt.date | None
    basis: PublishedBasis | None
    confidence: float
    reason: str | None


def publication(raw: RawDocument, page_date: dt.date | None, top_furniture: tuple[str, ...], text: str,
                title: str | None, given: dt.date | None = None) -> Dated:
    """The date of one cleaned document (module docstring); ``page_date`` is the HTML's metadata,
    ``given`` the user's ``--published``."""
    if page_date is not None:
        return Dated(page_date, "metadata", 1.0, "the page's metadata (htmldate)")
    url = date_in_url(raw.url or (raw.uri if raw.uri.startswith(("http://", "https://")) else None))
    if url is not None and url.is_day:
        return Dated(url.first, "url", 0.9, f"the date in its URL: {url.text!r}")
    captured = _day(raw.captured)
    ceiling = min(filter(None, (captured, url.last if url else None, dt.date.today())))
    near = url.first + (url.last - url.first) / 2 if url else captured
    own = from_byline(top_furniture)
    guess = own or infer(text, title, near=near, ceiling=ceiling)
    if guess is not None and guess.confidence >= OWN:
        return Dated(guess.date, "text", guess.confidence, guess.reason)
    if raw.published is not None:
        return Dated(_day(raw.published), "metadata", 1.0, "the source's metadata (feed or JSONL field)")
    if given is not None:
        return Dated(given, "user", 1.0, "given by the user (--published)")
    return _weaker(guess, captured, url)


def _weaker(guess, captured: dt.date | None, url: UrlDate | None) -> Dated:
    if guess is not None and guess.confidence >= TRUST and (url is None or url.first <= guess.date <= url.last):
        return Dated(guess.date, "text", guess.confidence, guess.reason)
    if captured is not None:
        return Dated(captured, "metadata", 0.6, "the archive's capture date (WARC-Date): published then or before")
    if url is not None:
        if guess is not None and url.first <= guess.date <= url.last:
            return Dated(guess.date, "text", guess.confidence, f"{guess.reason}, in the month its URL names")
        middle = url.first + (url.last - url.first) / 2
        return Dated(middle, "url", 0.4, f"the month in its URL: {url.text!r}")
    if guess is not None:
        return Dated(None, None, 0.0, f"{UNDATED}: only weak cues in its text ({guess.reason}), left to its story")
    return Dated(None, None, 0.0, UNDATED)


def _day(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value
