"""The whole job: sources -> read -> clean -> stories -> extract -> store, one way through.

:func:`analyze` streams documents in chunks so memory does not grow with the corpus; each
chunk is cleaned in this process (cheap), each article is assigned to a story (online, in this
process: :mod:`newsclaims.stories`), undated articles get a date from their own story's
articles, and extraction (the costly part) runs in this process, in a pool of worker
processes, or on a Dask cluster. Findings are written from this process, one transaction
per document, so a crash loses no finished document and re-running changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from . import clean as clean_stage
from . import ingest, stories
from .clean import published as published_dates
from .errors import InputError
from .ingest import redact
from .model import Article, Findings, RawDocument, Skipped
from .scale.runners import extractor
from .scale.work import Outcome
from .store import Store

DEFAULT_MAX_BYTES = 5_000_000
CHUNK = 64  # documents cleaned and extracted together; bounds memory on long runs

T = TypeVar("T")
Progress = Callable[[int], None]  # called with the number of documents just finished (stored, unchanged or skipped)


@dataclass
class AnalyzeResult:
    """What one run did: counts, and every skipped source with its reason."""

    added: list[str] = field(default_factory=list)  # ids of newly stored articles
    unchanged: list[str] = field(default_factory=list)  # ids already stored before this run
    skipped: list[Skipped] = field(default_factory=list)
    reanalyzed: list[str] = field(default_factory=list)  # ids of stored articles extracted again
    unmet_corrections: int = 0  # after re-extraction: claim corrections no stored claim meets now

    @property
    def ok(self) -> bool:
        return not self.skipped

    @property
    def done(self) -> int:
        """Documents finished so far, whatever became of them."""
        return len(self.added) + len(self.unchanged) + len(self.skipped)


class _Ticker:
    """Tells ``on_progress`` how many more documents are finished since it last told."""

    def __init__(self, result: AnalyzeResult, on_progress: Progress | None) -> None:
        self.result, self.on_progress, self.told = result, on_progress, 0

    def __call__(self) -> None:
        if self.on_progress and self.result.done > self.told:
            self.on_progress(self.result.done - self.told)
            self.told = self.result.done


@dataclass(frozen=True)
class Options:
    """How to read sources and where extraction runs."""

    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False
    published: dt.date | None = None  # the user's --published, for sources that carry no date of their own
    outlet: str | None = None  # the user's --outlet, for sources that name none
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler address, tcp://host:port


def analyze(
    sources: Sequence[str | RawDocument],
    store: Store,
    options: Options = Options(),
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Progress | None = None,
) -> AnalyzeResult:
    """Analyse every document of ``sources`` into ``store``; bad documents are skipped.

    A source is a path, a directory, a URL, or a :class:`RawDocument` already read (say, an
    upload through the web app).
    """
    result = AnalyzeResult()
    tick = _Ticker(result, on_progress)

    def skip(item: Skipped) -> None:
        result.skipped.append(item)
        if on_skip:
            on_skip(item)

    def store_all(extracted: Iterable[tuple[Article, Outcome]]) -> None:
        for article, outcome in extracted:
            if isinstance(outcome, Findings):
                _store(store, article, outcome, result, skip)
            else:
                skip(Skipped(article.uri, outcome))
            tick()

    _assign_stored(store)
    known = _Known()  # story -> trusted publication dates seen so far
    with extractor(options.workers, options.scheduler) as run:
        pending: Iterable[tuple[Article, Outcome]] = ()
        for chunk in _chunks(_read_all(sources, options, skip), CHUNK):
            articles = _clean_chunk(chunk, store, options, result, skip)
            tick()  # the skipped and the unchanged
            articles = stories.assign(store, articles)
            articles = _settle_by_story(articles, store, known)
            running = run(articles)  # a pool or cluster starts on it now, while the last chunk is stored
            store_all(pending)
            pending = running
        store_all(pending)
    stories.adopt(store)
    _redate_late(store, [a for a in result.added if a in known.undated])
    if result.added:
        refresh_facts(store)
    return result


def reanalyze(
    store: Store,
    options: Options = Options(),
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Progress | None = None,
) -> AnalyzeResult:
    """Extract every stored document again with the current rules (after an upgrade).

    Each document's row stays as it is (text, title, dates, story), so do the corrections:
    they name claims by document and number span, which the same text keeps. A document whose
    extraction fails keeps its old findings and is reported as skipped.
    """
    result = AnalyzeResult()
    with extractor(options.workers, options.scheduler) as run:
        for ids in _chunks(store.article_ids(), CHUNK):
            articles = [a for a in (store.article(i, corrected=False) for i in ids) if a is not None]
            for article, outcome in run(articles):
                _replace(store, article, outcome, result, on_skip)
                if on_progress:
                    on_progress(1)
    refresh_facts(store)
    result.unmet_corrections = len(store.unmet_corrections())
    return result


def _replace(store: Store, article: Article, outcome: Outcome, result: AnalyzeResult,
             on_skip: Callable[[Skipped], None] | None) -> None:
    if isinstance(outcome, Findings):
        store.replace_findings(article.id, outcome)
        result.reanalyzed.append(article.id)
        return
    result.skipped.append(Skipped(article.uri, outcome))
    if on_skip:
        on_skip(result.skipped[-1])


def refresh_facts(store: Store, window_days: int = 14) -> int:
    """Reconcile the stored claims (corrections applied) and rewrite the ``facts`` table that
    SQLite tools read; how many facts."""
    from .reconcile import facts

    return store.save_facts(facts(store.claims(), window_days=window_days, aliases=store.aliases()))


def _assign_stored(store: Store) -> None:
    """Give a story to the articles stored before stories existed (once; a chunk at a time)."""
    while articles := store.without_story(CHUNK):
        store.set_stories({a.id: a.story for a in stories.assign(store, articles) if a.story})


class _Known(dict):
    """story -> trusted publication dates seen so far in a run; ``undated``: the ids of the
    articles the run left undated (their story may gain a date in a later chunk)."""

    def __init__(self) -> None:
        super().__init__()
        self.undated: set[str] = set()


def _redate_late(store: Store, ids: list[str]) -> None:
    """Date the articles stored undated because their story's first trusted date came in a
    later chunk (or with a story merged into theirs): ``settle`` once more per story, with the
    trusted dates its stored articles now have."""
    articles = [a for a in (store.article(i, corrected=False) for i in ids) if a is not None and a.published is None]
    groups = _by_story(a for a in articles if a.story)
    known = store.story_published_dates(list(groups), min_confidence=published_dates.TRUST)
    for story, group in groups.items():
        if not known.get(story):
            continue
        for article in published_dates.settle(group, known=known[story]):
            if article.published is not None:
                store.set_published(article.id, article.published, article.published_basis,
                                    article.published_confidence, article.published_reason)


def _settle_by_story(articles: list[Article], store: Store, known: _Known) -> list[Article]:
    """Date undated articles from their own story only: ``settle`` once per story, with the
    trusted dates of that story's stored articles and of its articles met earlier in this run."""
    groups = _by_story(articles)
    unseen = [story for story in groups if story not in known]
    known.update(store.story_published_dates(unseen, min_confidence=published_dates.TRUST))
    dated: dict[str, Article] = {}
    for story, group in groups.items():
        settled = published_dates.settle(group, known=known.setdefault(story, []))
        known[story].extend(published_dates.sure_dates(settled))
        dated.update((article.id, article) for article in settled)
        known.undated.update(article.id for article in settled if article.published is None)
    return [dated[article.id] for article in articles]


def _by_story(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """Articles grouped by story id ("" for none), in their order."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.story or "", []).append(article)
    return groups


def _store(store: Store, article: Article, findings: Findings, result: AnalyzeResult,
           skip: Callable[[Skipped], None]) -> None:
    try:
        stored = store.add(article, findings)
    except InputError as exc:  # the database refused this one document; the batch goes on
        skip(Skipped(article.uri, str(exc)))
        return
    (result.added if stored else result.unchanged).append(article.id)


def _read_all(
    sources: Sequence[str | RawDocument], options: Options, skip: Callable[[Skipped], None]
) -> Iterator[RawDocument]:
    for source in sources:  # credentials in URLs are neither stored nor printed (ingest.redact)
        if isinstance(source, RawDocument):
            yield redact.document(source)
            continue
        for item in ingest.read(source, max_bytes=options.max_bytes, allow_private=options.allow_private):
            if isinstance(item, Skipped):
                skip(redact.skipped(item))
            else:
                yield redact.document(item)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _clean_chunk(
    raws: list[RawDocument], store: Store, options: Options, result: AnalyzeResult, skip: Callable[[Skipped], None]
) -> list[Article]:
    """Clean a chunk; already-stored and repeated articles are counted as unchanged, not re-extracted.

    Lines repeated across one outlet's pages in the chunk are dropped as furniture
    (:class:`~newsclaims.clean.Boilerplate`).
    """
    articles: list[Article] = []
    seen: set[str] = set()
    boilerplate = clean_stage.Boilerplate()
    for raw in raws:
        boilerplate.learn(raw)
    for raw in raws:
        try:
            article = _clean_one(raw, options, boilerplate.lines(raw))
        except InputError as exc:
            skip(Skipped(raw.uri, str(exc)))
            continue
        if article.id in seen or store.contains(article.id):
            result.unchanged.append(article.id)
            continue
        seen.add(article.id)
        articles.append(article)
    return articles


def _clean_one(raw: RawDocument, options: Options, repeated: frozenset[str]) -> Article:
    """Clean one document, its id from its own content alone.

    Which lines count as repeated depends on the other pages read with it, so the id is taken
    from the text cleaned without them: the same document gets the same id in any batch, and
    re-running never stores it twice.
    """
    article = clean_stage.clean(raw, published=options.published, outlet=options.outlet)
    if not repeated:
        return article
    try:
        trimmed = clean_stage.clean(raw, published=options.published, outlet=options.outlet, repeated=repeated)
    except InputError:  # nothing but repeated lines left: keep the page as it came
        return article
    return dataclasses.replace(trimmed, id=article.id)
