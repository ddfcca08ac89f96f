"""What the report and the web app show, gathered from a store as plain data.

:func:`collect` reads everything once (articles, claims, events, aliases), reconciles the
claims into facts and the events into a timeline, and returns a :class:`ReportData`. Every
view (the HTML report, the web pages, the JSON API) is a pure function of these values.

Identities used in links:

* a fact's key is a short hash of (subject, measure, counted, modality): stable across runs
  as long as the fact exists (:func:`fact_key`);
* a claim is anchored in its article's text by ``claim-<id>`` and an event by ``event-<id>``
  (see :mod:`newsclaims.report.highlight`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .. import reconcile
from ..reconcile import timeline
from ..reconcile.sources import Names, story_aliases
from ..model import UNKNOWN_OUTLET, Article, Fact, StoredArticle, StoredClaim, StoredEvent, TimelineEntry
from ..overview import StoryFacts, index as story_index

OWN_REPORTING = "(the outlet itself)"  # label for claims that name no source


@dataclass(frozen=True)
class Overview:
    """The story at a glance."""

    articles: int
    outlets: tuple[str, ...]
    first: dt.date | None  # earliest publication date
    last: dt.date | None  # latest publication date
    claims: int
    facts: int
    conflicting: int  # facts whose status is "conflicting"
    events: int
    sources: int  # distinct primary sources named
    outlet_articles: tuple[tuple[str, int], ...] = ()  # (outlet, articles), UNKNOWN_OUTLET for those without

    @property
    def by(self) -> str:
        """Who published the articles: the outlets' names when every article has one, else each
        with its number of articles ("Harbour Courier (1), unknown outlet (4)")."""
        if all(name != UNKNOWN_OUTLET for name, _ in self.outlet_articles):
            return ", ".join(self.outlets)
        return ", ".join(f"{name} ({n})" for name, n in self.outlet_articles)


@dataclass(frozen=True)
class SourceRow:
    """One primary source and the outlets that relay it."""

    source: str
    claims: int
    outlets: tuple[tuple[str, int], ...]  # (outlet, claims relayed), most first
    via: tuple[str, ...]  # intermediaries named ("via")
    measures: tuple[str, ...]


@dataclass(frozen=True)
class ArticleView:
    """An article with the claims and events found in it."""

    article: Article
    claims: tuple[StoredClaim, ...]
    events: tuple[StoredEvent, ...]


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows."""

    overview: Overview
    facts: tuple[Fact, ...]
    timeline: tuple[TimelineEntry, ...]
    sources: tuple[SourceRow, ...]
    articles: tuple[ArticleView, ...]
    window_days: int
    stories: tuple[StoryFacts, ...] = ()  # the story index: largest and most contested first

    @property
    def conflicts(self) -> tuple[Fact, ...]:
        return conflicts(self.facts)


def collect(store, window_days: int = 14, story: str | None = None) -> ReportData:
    """Read the whole store (or one story of it) and reconcile it into report data."""
    stored = list(store.articles(story=story))
    claims = list(store.claims(story=story))
    events = list(store.events(story=story))
    facts = reconcile_facts(claims, window_days=window_days, aliases=store.aliases())
    timeline = build_timeline(events)
    sources = source_rows(claims, story_aliases(claims, store.aliases()))
    overview = make_overview(stored, claims, facts, events, sources)
    return ReportData(
        overview=overview,
        facts=tuple(facts),
        timeline=tuple(timeline),
        sources=tuple(sources),
        articles=article_views(stored, claims, events),
        window_days=window_days,
        stories=tuple(story_index(store, window_days=window_days, story=story)),
    )


def reconcile_facts(
    claims: Sequence[StoredClaim], *, window_days: int, aliases: Mapping[str, str] | None
) -> list[Fact]:
    """Facts, most claims first (the reconcile stage decides grouping and status)."""
    facts = reconcile.facts(claims, window_days=window_days, aliases=dict(aliases or {}))
    return with_breakdowns(sorted(facts, key=lambda f: (-len(fact_claims(f)), f.measure, f.subject or "")))


def with_breakdowns(facts: Sequence[Fact]) -> list[Fact]:
    """The facts in order, each place's fact moved to just after the fact of its whole."""
    def whole(fact: Fact) -> tuple:
        return (fact.story, fact.subject, fact.measure, fact.counted, fact.modality, fact.unit)

    wholes = {whole(f) for f in facts if not f.place}
    ordered = []
    for fact in facts:
        if fact.place and whole(fact) in wholes:
            continue
        ordered.append(fact)
        if not fact.place:
            ordered += [p for p in facts if p.place and whole(p) == whole(fact)]
    return ordered


def build_timeline(events: Sequence[StoredEvent]) -> list[TimelineEntry]:
    return list(timeline.build(events))


def fact_key(fact: Fact) -> str:
    """A short stable id for a fact, usable in URLs and HTML ids: a hash of what identifies
    it (subject, measure, counted, modality, the unit of its figures, and its story and place when set)."""
    claims = fact_claims(fact)
    unit = claims[0].claim.quantity.unit if claims else None
    parts = (fact.subject, fact.measure, fact.counted, fact.modality, unit)
    parts += tuple(f"{name}={value}" for name, value in (("story", fact.story), ("place", fact.place)) if value)
    identity = "\x1f".join(str(part) for part in parts)
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]


def fact_claims(fact: Fact) -> tuple[StoredClaim, ...]:
    """Every claim a fact rests on, by as-of date then id, each once."""
    seen: dict[int, StoredClaim] = {}
    for assertion in fact.assertions:
        for claim in assertion.claims:
            seen.setdefault(claim.id, claim)
    return tuple(sorted(seen.values(), key=lambda c: (c.claim.as_of or dt.date.min, c.id)))


def conflicts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """The conflicting facts (the reconcile stage's rule)."""
    return tuple(reconcile.conflicts(facts))


def outlet_of(stored: StoredClaim | StoredEvent) -> str:
    """Who printed a claim or event: its outlet, else :data:`~newsclaims.model.UNKNOWN_OUTLET`."""
    return stored.outlet or UNKNOWN_OUTLET


def document_name(uri: str) -> str:
    """The last part of a path or URL ("corpus/a.txt" -> "a.txt"), for labels."""
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return name or uri


def source_rows(claims: Iterable[StoredClaim], aliases: Mapping[str, str] | None = None) -> list[SourceRow]:
    """Which outlets relay which primary sources, most-cited source first: one row per source
    whatever it is called ("NIS", "National Intelligence Service"; "Intelligence reports",
    "intelligence reports"), by the resolution facts use (:class:`~newsclaims.reconcile.sources.Names`),
    named as the articles write it most often."""
    names = Names(aliases)
    grouped: dict[str, list[StoredClaim]] = defaultdict(list)
    for claim in claims:
        source = claim.claim.source
        grouped[names.canonical(source) if source else OWN_REPORTING].append(claim)
    rows = [_source_row(_shown(names, key), items) for key, items in grouped.items()]
    return sorted(rows, key=lambda r: (r.source == OWN_REPORTING, -r.claims, r.source))


def _shown(names: Names, key: str) -> str:
    return key if key == OWN_REPORTING else names.display(key)


def _source_row(source: str, claims: list[StoredClaim]) -> SourceRow:
    outlets = Counter(outlet_of(c) for c in claims)
    return SourceRow(
        source=source,
        claims=len(claims),
        outlets=tuple(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))),
        via=tuple(sorted({c.claim.via for c in claims if c.claim.via})),
        measures=tuple(sorted({c.claim.measure for c in claims})),
    )


def make_overview(
    stored: Sequence[StoredArticle],
    claims: Sequence[StoredClaim],
    facts: Sequence[Fact],
    events: Sequence[StoredEvent],
    sources: Sequence[SourceRow],
) -> Overview:
    dates = [s.article.published for s in stored if s.article.published]
    outlets = sorted({s.article.outlet for s in stored if s.article.outlet})
    return Overview(
        articles=len(stored),
        outlets=tuple(outlets),
        first=min(dates, default=None),
        last=max(dates, default=None),
        claims=len(claims),
        facts=len(facts),
        conflicting=len(conflicts(facts)),
        events=len(events),
        sources=sum(1 for s in sources if s.source != OWN_REPORTING),
        outlet_articles=tuple(sorted(Counter(s.article.outlet or UNKNOWN_OUTLET for s in stored).items(),
                                     key=lambda item: (item[0] == UNKNOWN_OUTLET, -item[1], item[0]))),
    )


def article_views(
    stored: Sequence[StoredArticle], claims: Iterable[StoredClaim], events: Iterable[StoredEvent]
) -> tuple[ArticleView, ...]:
    """Articles by publication date (undated last), each with its claims and events."""
    by_doc_claims: dict[str, list[StoredClaim]] = defaultdict(list)
    by_doc_events: dict[str, list[StoredEvent]] = defaultdict(list)
    for claim in claims:
        by_doc_claims[claim.document_id].append(claim)
    for event in events:
        by_doc_events[event.document_id].append(event)
    ordered = sorted(stored, key=lambda s: (s.article.published or dt.date.max, s.article.id))
    return tuple(
        ArticleView(s.article, tuple(by_doc_claims[s.article.id]), tuple(by_doc_events[s.article.id])) for s in ordered
    )
