"""HTML pages: main text, title and site name via trafilatura; publication date via htmldate.

trafilatura drops navigation, ads, footers and comments; its text keeps one paragraph per
line, and those paragraphs then go through the same furniture rules as plain text (inline
"Also Read" links and share bars survive some pages' markup). The date comes from htmldate
reading the page's markup only (``extensive_search=False``: meta tags, JSON-LD, ``<time>``),
preferring the original publication date over the last-modified one, never the URL's.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import htmldate
import trafilatura

from ..errors import InputError
from . import furniture


class Extracted(NamedTuple):
    paragraphs: list[str]
    title: str | None
    outlet: str | None
    published: dt.date | None
    top_furniture: tuple[str, ...] = ()  # furniture dropped near the top (a byline may date the page)


def extract(markup: str, url: str | None = None) -> Extracted:
    """The article in an HTML page; InputError when no article text can be found."""
    document = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    text = getattr(document, "text", None) or ""
    paragraphs = furniture.strip(text)
    if not paragraphs:
        raise InputError("no article text found in the HTML")
    return Extracted(paragraphs, _clean(document.title), _clean(document.sitename), _date(markup))


def _date(markup: str) -> dt.date | None:
    """The page's own date. ``url=""``: htmldate would otherwise take a date in the URL (or the
    canonical link's) before the markup's; the cleaner reads the URL itself, as basis "url"."""
    found = htmldate.find_date(markup, extensive_search=False, original_date=True, url="",
                               deferred_url_extractor=True)
    return dt.date.fromisoformat(found) if found else None


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None
