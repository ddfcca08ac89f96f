"""What the web app's pages and JSON API read: one cached snapshot of the report data, plus
paged search over claim sentences straight from the store.

The snapshot (:func:`newsclaims.report.collect`) is rebuilt when the store's counts change
(an article was added, here or by another process) and after every upload through the app;
what pages derive from it (charts, rendered pages) is kept with it (:meth:`Views.memo`), so
a page costs its drawing once per change of the data, not once per request.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

from ..errors import NewsclaimsError
from ..model import Fact, StoredClaim
from ..overview import StoryFacts
from ..report.data import ArticleView, ReportData, collect, fact_key


T = TypeVar("T")
log = logging.getLogger(__name__)


class NotFound(NewsclaimsError):
    """A fact, article or page that does not exist."""


@dataclass(frozen=True)
class SearchFilters:
    """Filters of a claim search; None means "any". Names and measures match case-insensitively,
    ``text`` is a substring of the sentence, ``since``/``until`` bound the as-of date."""

    text: str | None = None
    measure: str | None = None
    subject: str | None = None
    source: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def store_filters(self) -> dict:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass(frozen=True)
class ClaimPage:
    """One page of search results."""

    total: int
    limit: int | None
    offset: int
    items: tuple[StoredClaim, ...]


class Views:
    """Read access for the app over one store."""

    def __init__(self, store, *, window_days: int = 14, warm: Callable[[Views], None] | None = None) -> None:
        self.store = store
        self.window_days = window_days
        self.warm = warm  # draws the main pages in the background after each rebuild of the data
        self._lock = threading.Lock()
        self.adding = threading.Lock()  # one upload analysed at a time: the spaCy pipeline is shared
        self._snapshot: tuple[tuple, ReportData, dict] | None = None  # (version, data, memo)

    def data(self) -> ReportData:
        """The report data, rebuilt only when the store changed."""
        return self._current()[1]

    def memo(self, key: Hashable, build: Callable[[ReportData], T]) -> T:
        """``build(data)``, computed once per snapshot of the data (charts, rendered pages):
        a page is drawn again only after the store changed."""
        _, data, memo = self._current()
        if key not in memo:
            with self._building_lock(memo, key):  # requests for a page being drawn wait for it, not draw it again
                if key not in memo:
                    memo[key] = build(data)
        return memo[key]

    def _building_lock(self, memo: dict, key: Hashable) -> threading.Lock:
        with self._lock:
            return memo.setdefault(("lock", key), threading.Lock())

    def _current(self) -> tuple[tuple, ReportData, dict]:
        version = tuple(sorted((k, str(v)) for k, v in self.store.stats().items()))
        with self._lock:
            if self._snapshot is None or self._snapshot[0] != version:
                self._snapshot = (version, collect(self.store, window_days=self.window_days), {})
                if self.warm is not None:
                    threading.Thread(target=self._warm, daemon=True, name="newsclaims-warm").start()
            return self._snapshot

    def _warm(self) -> None:
        try:
            self.warm(self)
        except Exception:  # noqa: BLE001 - a page that fails here fails again, visibly, on request
            log.exception("warming the pages failed")

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None

    def fact(self, key: str) -> Fact:
        for fact in self.data().facts:
            if fact_key(fact) == key:
                return fact
        raise NotFound(f"no fact with key {key!r}")

    def story(self, story_id: str) -> StoryFacts:
        for found in self.data().stories:
            if found.story.id == story_id:
                return found
        raise NotFound(f"no story with id {story_id!r}")

    def article(self, article_id: str) -> ArticleView:
        for view in self.data().articles:
            if view.article.id == article_id:
                return view
        raise NotFound(f"no article with id {article_id!r}")

    def claim(self, claim_id: int) -> StoredClaim:
        for view in self.data().articles:
            for claim in view.claims:
                if claim.id == claim_id:
                    return claim
        raise NotFound(f"no claim with id {claim_id}")

    def search(self, filters: SearchFilters, *, limit: int | None, offset: int) -> ClaimPage:
        given = filters.store_filters()
        items = self.store.claims(**given, limit=limit, offset=offset)
        return ClaimPage(self.store.count_claims(**given), limit, offset, tuple(items))
