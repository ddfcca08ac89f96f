"""RSS and Atom feeds: each item's link is fetched; the item's title and date are kept.

Rules:

* the feed is parsed with feedparser (RSS 0.9x/1.0/2.0 and Atom); a file feedparser cannot
  read as a feed at all is one Skipped;
* each item becomes one document: its ``link`` is fetched with the same checks as any URL
  (schemes, private addresses, size cap, timeouts); the item's title and its published (or
  updated) date are the document's metadata;
* when the link cannot be fetched, an item that carries its full text in the feed
  (``content:encoded`` or Atom ``content`` of at least ``MIN_INLINE_WORDS`` words) is used as it
  is; otherwise the item is one Skipped with the fetch's reason;
* items with neither link nor content are Skipped;
* a ``.xml`` file, or a URL whose body is served as XML, is read as a feed when its root
  element is ``rss``, ``feed`` (Atom) or ``rdf:RDF`` (RSS 1.0) (:func:`is_feed`), and is one
  Skipped otherwise.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser

from ..errors import InputError
from ..model import RawDocument, Skipped
from .registry import ReadOptions, register
from .text import decode, read_capped
from .url import fetch

MIN_INLINE_WORDS = 150  # below this an item's inline content is a teaser, not the article
MEDIA_TYPES: frozenset[str] = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
})  # what feeds are served as; the content decides (is_feed)
_ROOT = re.compile(
    r"\A\ufeff?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]",
    re.S | re.I,
)


def is_feed(text: str) -> bool:
    """Whether ``text`` is an RSS or Atom document (by its root element, not its name or type)."""
    return _ROOT.match(text[:16384]) is not None


def read_feed(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """Every item of the feed file at ``path``."""
    yield from _read(path, options, check=False)


def read_xml(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """A ``.xml`` file: every item when it is an RSS/Atom feed, else one Skipped."""
    yield from _read(path, options, check=True)


def _read(path: Path, options: ReadOptions, *, check: bool) -> Iterator[RawDocument | Skipped]:
    try:
        text = decode(read_capped(path, options.max_bytes))
    except InputError as exc:
        yield Skipped(str(path), str(exc))
        return
    if check and not is_feed(text):
        yield Skipped(str(path), "XML that is not an RSS/Atom feed")
        return
    yield from read_feed_text(text, str(path), options)


def read_feed_text(text: str, where: str, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """Every item of a feed given as text (``where`` names it in messages)."""
    feed = feedparser.parse(text)
    if not feed.entries and (feed.bozo or not feed.version):
        reason = getattr(feed, "bozo_exception", None) or "no items"
        yield Skipped(where, f"not a readable RSS/Atom feed: {str(reason).splitlines()[0]}")
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield _item(entry, f"{where}#item{number}", options)


def _item(entry, where: str, options: ReadOptions) -> RawDocument | Skipped:
    title = entry.get("title")
    published = _entry_date(entry)
    link = entry.get("link")
    inline = _inline_content(entry)
    if not link and inline is None:
        return Skipped(where, "feed item has neither a link nor its text")
    try:
        if not link:
            raise InputError("feed item has no link")
        page = fetch(link, max_bytes=options.max_bytes, allow_private=options.allow_private, timeout=options.timeout)
        return RawDocument(uri=link, content=page.content, media_type=page.media_type,
                           title=title or page.title, published=published, url=page.url or link)
    except InputError as exc:
        if inline is None:
            return Skipped(link or where, str(exc))
        return RawDocument(uri=link or where, content=inline, media_type="text/html",
                           title=title, published=published, url=link)


def _inline_content(entry) -> str | None:
    for content in entry.get("content", []):
        value = content.get("value") or ""
        if len(value.split()) >= MIN_INLINE_WORDS:
            return value
    return None


def _entry_date(entry) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.timezone.utc)


register([".rss", ".atom", ".rdf"], read_feed)
register([".xml"], read_xml)
