"""RawDocument -> Article: the text to analyse, its headline, outlet and publication date.

* Text: HTML through :mod:`.html`, plain text through :mod:`.furniture`. The headline comes
  first, then the paragraphs, separated by blank lines. Fewer than :data:`MIN_WORDS` words
  left -> InputError.
* Title: the container's (JSONL, feed) or the page's ``<title>`` for HTML; for plain text the
  first paragraph when it reads as a headline (at most :data:`HEADLINE_WORDS` words), else None.
  A title the text does not start with is put in front of it.
* Outlet: :mod:`.outlet` (container, site name, a major outlet's domain, a copyright line or
  byline, the URL's host, the user's ``--outlet``); never a file name.
* Language: English only (:mod:`.language`).
* Publication date: :mod:`.dating` (page metadata, URL, dateline, container, the user's
  ``--published``, the text's other cues, an archive's capture date); else None with the reason
  (the article's story may date it later: :func:`newsclaims.clean.published.settle`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from ..errors import InputError
from ..model import Article, RawDocument
from . import furniture, html
from .dating import publication
from .ids import document_id, normalise
from .language import require_english
from .outlet import outlet_of

HEADLINE_WORDS = 30
BYLINE_PARAGRAPHS = 2  # a byline dropped as furniture counts when it comes before this many article paragraphs
MIN_WORDS = 5  # words of two letters or more; fewer is not an article


def clean(raw: RawDocument, *, published: dt.date | None = None, repeated: Collection[str] = (),
          outlet: str | None = None) -> Article:
    """Clean one document; InputError (one-line reason) when it is not a usable article.

    ``repeated``: lines seen on other pages of the same outlet, dropped as furniture
    (see :class:`newsclaims.clean.repeated.Boilerplate`). ``published`` and ``outlet``: the
    user's, for a document that carries none of its own.
    """
    body = html.extract(raw.content, raw.url) if raw.media_type == "text/html" else _plain(raw.content, repeated)
    title = _title(raw.title or body.title, body.paragraphs)
    paragraphs = body.paragraphs if _starts_with(body.paragraphs, title) else [title, *body.paragraphs]
    text = "\n\n".join(p for p in paragraphs if p)
    _require_words(text)
    require_english(text)
    dated = publication(raw, body.published, body.top_furniture, text, title, published)
    return Article(
        id=document_id(text), uri=raw.uri, text=text, title=title, outlet=_outlet(raw, body, outlet),
        published=dated.date, published_basis=dated.basis, published_confidence=dated.confidence,
        url=raw.url, published_reason=dated.reason,
    )


def _require_words(text: str) -> None:
    words = sum(1 for word in text.split() if sum(ch.isalpha() for ch in word) >= 2)
    if words < MIN_WORDS:
        raise InputError(f"too little article text ({words} words; at least {MIN_WORDS} needed)")


def _plain(content: str, repeated: Collection[str]) -> html.Extracted:
    judged = furniture.judge(content, repeated)
    paragraphs = furniture.kept(judged)
    if not paragraphs:
        raise InputError("no article text left after removing page furniture")
    return html.Extracted(paragraphs, None, furniture.outlet_hint(judged), None, _top_furniture(judged))


def _top_furniture(judged: list[furniture.Paragraph]) -> tuple[str, ...]:
    """Furniture before the third article paragraph: where a byline sits ("Coastal Times |
    October 4, 2026 | 4 min read"), dropped from the text yet still the page's date."""
    kept = [i for i, p in enumerate(judged) if p.reason is None]
    end = kept[BYLINE_PARAGRAPHS] if len(kept) > BYLINE_PARAGRAPHS else len(judged)
    return tuple(p.text for p in judged[:end] if p.reason is not None)


def _title(given: str | None, paragraphs: list[str]) -> str | None:
    if given and given.strip():
        return " ".join(given.split())
    first = paragraphs[0] if paragraphs else ""
    return first if 0 < len(first.split()) <= HEADLINE_WORDS else None


def _starts_with(paragraphs: list[str], title: str | None) -> bool:
    return title is None or bool(paragraphs) and normalise(paragraphs[0]).startswith(normalise(title))


def _outlet(raw: RawDocument, body: html.Extracted, given: str | None) -> str | None:
    is_html = raw.media_type == "text/html"
    return outlet_of(container=raw.outlet, site_name=body.outlet if is_html else None, url=raw.url or raw.uri,
                     lines=() if is_html else raw.content.splitlines(), markup=raw.content if is_html else None,
                     given=given, hint=None if is_html else body.outlet)
