"""Lines repeated across one outlet's pages: page furniture that no rule names.

:class:`Boilerplate` learns from a batch in a first pass; the second pass cleans each document
with the lines learnt for its outlet::

    boilerplate = Boilerplate()
    for raw in raws:
        boilerplate.learn(raw)
    articles = [clean(raw, repeated=boilerplate.lines(raw)) for raw in raws]

Rules: pages are grouped by outlet - ``RawDocument.outlet``, else the URL's host, else an
outlet named by an appeal heading ("Support The Daily Bugle!"). Pages with no known outlet
are never compared: across outlets a shared line is more likely a quote both printed than
furniture. Only plain-text pages are learnt (HTML is cleaned by trafilatura). A paragraph is
boilerplate when it occurs on at least ``min_pages`` pages of one outlet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from urllib.parse import urlsplit

from ..model import RawDocument
from . import furniture
from .ids import normalise


def outlet_key(raw: RawDocument) -> str | None:
    """The name pages are grouped by (see the module rules), case-folded; None if unknown."""
    if raw.outlet:
        return normalise(raw.outlet)
    if raw.url and (host := urlsplit(raw.url).hostname):
        return host.removeprefix("www.")
    if raw.media_type == "text/plain" and (hint := furniture.outlet_hint(furniture.judge(raw.content))):
        return normalise(hint)
    return None


class Boilerplate:
    """Counts, per outlet, on how many pages each paragraph occurs."""

    def __init__(self, min_pages: int = 2) -> None:
        self.min_pages = min_pages
        self._counts: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def learn(self, raw: RawDocument) -> None:
        """Count the paragraphs of one plain-text page (each once per page)."""
        key = outlet_key(raw)
        if key is None or raw.media_type != "text/plain":
            return
        self._counts[key].update({normalise(p.text) for p in furniture.judge(raw.content)})

    def lines(self, raw: RawDocument) -> frozenset[str]:
        """The paragraphs (normalised) seen on at least ``min_pages`` pages of ``raw``'s outlet."""
        key = outlet_key(raw)
        if key is None:
            return frozenset()
        return frozenset(line for line, pages in self._counts[key].items() if pages >= self.min_pages)
