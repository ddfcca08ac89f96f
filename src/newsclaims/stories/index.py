"""The persisted state of story assignment, read and written inside one locked transaction.

Tables (``store/schema.py``): ``stories`` (label, article count, span of trusted dates),
``story_terms`` (each story's centroid: summed term weights per space; through its index on
(space, term) it is also the inverted index that finds candidate stories), ``story_vocabulary``
(document frequencies per space; the row with empty space and term counts the documents) and
``story_members`` (document id -> story, so a document is counted once whichever run brings it).

Every method works on the caller's connection, inside the caller's transaction (see
:func:`newsclaims.stories.assign`), so a chunk's assignment commits or rolls back as a whole.
Document frequencies read in a transaction are cached for it: the lock keeps others out.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..store.schema import documents, stories, story_members, story_terms, story_vocabulary
from .features import SPACES

KEEP = {"tokens": 100, "entities": 60, "places": 20, "figures": 30}  # centroid terms kept per space (by tf-idf)
_TOTAL = ("", "")  # the story_vocabulary key whose df counts the documents

Vectors = dict[str, dict[str, float]]


@dataclass
class Centroid:
    """A story as assignment sees it: summed member vectors, size, date span, label."""

    id: str
    label: str
    articles: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    label_score: float = 0.0
    vectors: Vectors = field(default_factory=lambda: {space: {} for space in SPACES})
    new: bool = False  # not yet written
    weighted: Vectors = field(default_factory=dict)  # tf-idf vectors, cached by assign
    norms: dict[str, float] = field(default_factory=dict)
    cache_key: tuple = ()


class Index:
    """Story state over one connection in an open write transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._df: dict[tuple[str, str], int] = {}
        self._centroids: dict[str, Centroid] = {}  # read or written in this transaction

    # --- document frequencies --------------------------------------------------------------

    def documents(self) -> int:
        return self.df("", [""])[""]

    def df(self, space: str, terms: Iterable[str]) -> dict[str, int]:
        """Document frequency of each term in ``space`` (0 when never seen)."""
        terms = list(terms)
        missing = [t for t in terms if (space, t) not in self._df]
        for batch in _batches(missing, 500):
            found = dict(self.conn.execute(
                sa.select(story_vocabulary.c.term, story_vocabulary.c.df)
                .where(story_vocabulary.c.space == space, story_vocabulary.c.term.in_(batch))
            ).all())
            self._df.update({(space, t): found.get(t, 0) for t in batch})
        return {t: self._df[(space, t)] for t in terms}

    def idf(self, space: str, terms: Iterable[str]) -> dict[str, float]:
        """Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1 (as scikit-learn's)."""
        n = self.documents()
        return {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in self.df(space, terms).items()}

    def count(self, documents: list[Vectors]) -> None:
        """Add documents to the frequencies (one upsert per term)."""
        counts: dict[tuple[str, str], int] = {_TOTAL: len(documents)}
        for vectors in documents:
            for space, vector in vectors.items():
                for term in vector:
                    counts[(space, term)] = counts.get((space, term), 0) + 1
        self.df("", [""])
        for space in SPACES:
            self.df(space, [t for s, t in counts if s == space])
        rows = [{"space": s, "term": t, "df": d} for (s, t), d in counts.items()]
        _upsert_add(self.conn, rows)
        for key, d in counts.items():
            self._df[key] = self._df.get(key, 0) + d

    # --- members and candidates --------------------------------------------------------------

    def members(self, document_ids: list[str]) -> dict[str, str]:
        """document id -> story, for those already assigned."""
        found: dict[str, str] = {}
        for batch in _batches(document_ids, 500):
            found.update(self.conn.execute(
                sa.select(story_members.c.document_id, story_members.c.story)
                .where(story_members.c.document_id.in_(batch))
            ).all())
        return found

    def candidates(self, query: Mapping[str, list[str]], date: dt.date | None, window: int, limit: int) -> list[str]:
        """Stories sharing the most query terms, among those active within ``window`` days of
        ``date`` (all stories when the date is unknown), at most ``limit``."""
        wanted = [sa.and_(story_terms.c.space == space, story_terms.c.term.in_(terms))
                  for space, terms in query.items() if terms]
        if not wanted:
            return []
        shared = sa.func.count().label("shared")
        select = (sa.select(story_terms.c.story, shared).where(sa.or_(*wanted))
                  .group_by(story_terms.c.story).order_by(shared.desc(), story_terms.c.story).limit(limit))
        if date is not None:
            since, until = date - dt.timedelta(days=window), date + dt.timedelta(days=window)
            select = select.join(stories, stories.c.id == story_terms.c.story).where(
                sa.or_(stories.c.last_published.is_(None), stories.c.last_published >= since),
                sa.or_(stories.c.first_published.is_(None), stories.c.first_published <= until),
            )
        return [row.story for row in self.conn.execute(select)]

    def centroids(self, ids: list[str]) -> dict[str, Centroid]:
        """The stories with these ids, read once per transaction."""
        missing = [i for i in ids if i not in self._centroids]
        if missing:
            found = {row.id: Centroid(id=row.id, label=row.label, articles=row.articles, first=row.first_published,
                                      last=row.last_published, label_score=row.label_score)
                     for row in self.conn.execute(sa.select(stories).where(stories.c.id.in_(missing)))}
            query = sa.select(story_terms.c.story, story_terms.c.space, story_terms.c.term, story_terms.c.weight)
            for story, space, term, weight in self.conn.execute(query.where(story_terms.c.story.in_(missing))):
                found[story].vectors.setdefault(space, {})[term] = weight
            self._centroids.update(found)
        return {i: self._centroids[i] for i in ids if i in self._centroids}

    # --- writing -----------------------------------------------------------------------------

    def save(self, centroid: Centroid, document_id: str | None) -> None:
        """Write the story (created or grown by one document) and record the member (if given)."""
        now = dt.datetime.now(dt.UTC)
        values = {"label": centroid.label, "articles": centroid.articles, "first_published": centroid.first,
                  "last_published": centroid.last, "label_score": centroid.label_score, "updated_at": now}
        if centroid.new:
            self.conn.execute(stories.insert().values(id=centroid.id, created_at=now, **values))
            centroid.new = False
        else:
            self.conn.execute(stories.update().where(stories.c.id == centroid.id).values(**values))
            self.conn.execute(story_terms.delete().where(story_terms.c.story == centroid.id))
        self._truncate(centroid)
        self._centroids[centroid.id] = centroid
        rows = [{"story": centroid.id, "space": space, "term": term, "weight": weight}
                for space, vector in centroid.vectors.items() for term, weight in vector.items()]
        if rows:
            self.conn.execute(story_terms.insert(), rows)
        if document_id is not None:
            self.conn.execute(story_members.insert().values(document_id=document_id, story=centroid.id))

    def move(self, story: str, into: Centroid) -> None:
        """Merge story ``story`` into ``into`` (whose vectors already hold it): its members and
        stored documents take ``into``'s id, and it is removed."""
        self.conn.execute(story_members.update().where(story_members.c.story == story).values(story=into.id))
        self.conn.execute(documents.update().where(documents.c.story == story).values(story=into.id))
        self.conn.execute(story_terms.delete().where(story_terms.c.story == story))
        self.conn.execute(stories.delete().where(stories.c.id == story))
        self._centroids.pop(story, None)
        self.save(into, None)

    def _truncate(self, centroid: Centroid) -> None:
        """Keep each space's most telling terms (weight x idf), so a story's row count is bounded."""
        for space, vector in centroid.vectors.items():
            if len(vector) > KEEP[space]:
                idf = self.idf(space, vector)
                kept = sorted(vector, key=lambda t: (-vector[t] * idf[t], t))[:KEEP[space]]
                centroid.vectors[space] = {t: vector[t] for t in kept}


def _upsert_add(conn: Connection, rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT DO UPDATE SET df = df + excluded.df (SQLite and PostgreSQL)."""
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
    if dialect is None:
        raise NotImplementedError(f"story assignment supports SQLite and PostgreSQL, not {conn.dialect.name}")
    statement = dialect.insert(story_vocabulary)
    statement = statement.on_conflict_do_update(
        index_elements=["space", "term"], set_={"df": story_vocabulary.c.df + statement.excluded.df}
    )
    for batch in _batches(rows, 2000):
        conn.execute(statement, batch)


def _batches(items: list, size: int) -> Iterable[list]:
    return (items[i:i + size] for i in range(0, len(items), size))
