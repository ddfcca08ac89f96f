"""The Store: write one document's findings, read articles, claims, times, events back.

Write rules:

- Each document is written in ONE transaction: its row, then its claims, time expressions,
  events and aliases. A failure anywhere rolls the whole document back and keeps every
  document written before it.
- A document whose id is already stored is not written again (``add`` returns False and
  changes nothing). The check is the insert itself (``INSERT ... ON CONFLICT DO NOTHING``),
  so concurrent writers to one database neither duplicate nor lose a document: the second
  writer of an id waits for the first to commit and then inserts nothing.
- Re-extraction (:meth:`Store.replace_findings`) replaces a document's findings in one
  transaction and keeps its row (story, dates) and its corrections.
- Corrections (:mod:`.corrections`) are kept in their own table and applied by every read
  method except :meth:`Store.findings`, which returns what extraction found.
- A document the database rejects (a NULL where a value is required, a span that ends
  before it starts) raises :class:`~newsclaims.errors.InputError` naming it, so a batch can
  skip it and go on. So does text with NUL characters, on every backend: PostgreSQL cannot
  store them, and SQLite is made to refuse them too so that both behave alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Unpack

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, SQLAlchemyError, StatementError

from ..errors import InputError, UsageError
from ..model import Article, Correction, Fact, Findings, StoredArticle, StoredClaim, StoredEvent, Story, TimeExpression
from . import corrections, migrate, queries, reads, rows, stored_facts
from . import engine as engines
from .queries import ClaimFilters
from .schema import aliases, claims, documents, events, time_expressions


class Store:
    """The database of articles and their findings; SQLite by default, any SQLAlchemy URL.

    ``Store("newsclaims.db")`` opens (creating if needed) a SQLite file;
    ``Store("postgresql://user@host/db")`` a PostgreSQL database. Opening migrates the schema
    to the newest revision. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, url: str = "newsclaims.db") -> None:
        parsed = engines.parse_url(url)
        self._engine = engines.create(parsed)
        try:
            engines.check_connection(self._engine)
            migrate.ensure(self._engine)
        except SQLAlchemyError as exc:
            self._engine.dispose()
            raise UsageError(f"cannot prepare database {engines.shown(parsed)}: {engines.one_line(exc)}") from None
        except BaseException:
            self._engine.dispose()
            raise
        self.url: str = parsed.render_as_string(hide_password=False)

    def __repr__(self) -> str:
        return f"Store({engines.shown(self._engine.url)!r})"

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def add(self, article: Article, findings: Findings) -> bool:
        """Store one article with its findings in one transaction; False if already stored."""
        with self._writer() as conn:
            return self._add(conn, article, findings)

    def add_many(self, items: Iterable[tuple[Article, Findings]]) -> list[bool]:
        """:meth:`add` for each item over one connection, still one transaction per document.

        Raises on the first document the database rejects; the documents before it stay stored.
        """
        results = []
        with self._writer() as conn:
            for article, findings in items:
                results.append(self._add(conn, article, findings))
        return results

    def set_published(
        self, article_id: str, published: dt.date, basis: str, confidence: float, reason: str | None
    ) -> None:
        """Set an article's publication date and how it was found, and re-date its claims.

        Claims dated by the article's date (``as_of_basis == "published"``) that had no date,
        or had the article's previous date, take the new one; dates stated in the text stay.
        """
        with self._writer() as conn, conn.begin():
            previous = conn.execute(
                sa.select(documents.c.published).where(documents.c.id == article_id)
            ).first()
            if previous is None:
                raise UsageError(f"no stored article with id {article_id}")
            conn.execute(
                documents.update()
                .where(documents.c.id == article_id)
                .values(
                    published=published,
                    published_basis=basis,
                    published_confidence=confidence,
                    published_reason=reason,
                )
            )
            conn.execute(_redate_claims(article_id, previous.published, published))

    def set_stories(self, stories: dict[str, str]) -> None:
        """Set the story of stored documents (document id -> story id), in one transaction."""
        if not stories:
            return
        with self._writer() as conn, conn.begin():
            conn.execute(
                documents.update().where(documents.c.id == sa.bindparam("document")).values(story=sa.bindparam("story")),
                [{"document": document, "story": story} for document, story in stories.items()],
            )

    @contextmanager
    def locked(self, name: str) -> Iterator[Connection]:
        """A connection in one write transaction that holds the lock ``name`` until it commits:
        on SQLite the database's write lock (``BEGIN IMMEDIATE``), on PostgreSQL a transaction
        advisory lock, so that concurrent runs take turns (used by story assignment)."""
        with self._writer() as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_lock_key(name))))
            yield conn

    # --- reading ---------------------------------------------------------------------------

    def contains(self, article_id: str) -> bool:
        query = sa.select(documents.c.id).where(documents.c.id == article_id)
        return self._first(query) is not None

    def articles(self, story: str | None = None) -> list[StoredArticle]:
        """Every article (of one story, if given) with its number of claims (corrections applied), ordered by published
        date, then uri."""
        with self._engine.connect() as conn:
            found = corrections.active(conn)
            result = conn.execute(queries.articles_select(story)).mappings()
            return [_stored_article(row, found) for row in result]

    def stories(self) -> list[Story]:
        """Every story holding a stored article, largest first (ties: by id)."""
        return [Story(**row) for row in self._rows(queries.stories_select())]

    def without_story(self, limit: int) -> list[Article]:
        """Up to ``limit`` stored articles that have no story yet (stored before stories existed),
        oldest added first."""
        query = sa.select(documents).where(documents.c.story.is_(None)).order_by(documents.c.added_at, documents.c.id)
        return [rows.article(row) for row in self._rows(query.limit(limit))]

    def published_dates(self, min_confidence: float = 0.0) -> list[dt.date]:
        """The publication dates of every dated article, oldest first, without reading texts
        (for dating undated articles from the story's span): dates from metadata, and inferred
        ones of at least ``min_confidence``."""
        sure = sa.or_(documents.c.published_basis == "metadata", documents.c.published_confidence >= min_confidence)
        query = (
            sa.select(documents.c.published)
            .where(documents.c.published.is_not(None), sure)
            .order_by(documents.c.published)
        )
        with self._engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def story_published_dates(self, stories: Iterable[str], min_confidence: float = 0.0) -> dict[str, list[dt.date]]:
        """story -> the trusted publication dates of its stored articles, oldest first (as
        :meth:`published_dates`, per story): what dates an undated article of that story."""
        found: dict[str, list[dt.date]] = {story: [] for story in stories}
        if not found:
            return found
        sure = sa.or_(documents.c.published_basis == "metadata", documents.c.published_confidence >= min_confidence)
        query = (
            sa.select(documents.c.story, documents.c.published)
            .where(documents.c.story.in_(list(found)), documents.c.published.is_not(None), sure)
            .order_by(documents.c.published)
        )
        with self._engine.connect() as conn:
            for story, published in conn.execute(query):
                found[story].append(published)
        return found

    def article(self, key: str, *, corrected: bool = True) -> Article | None:
        """The article with this id, else the latest one added under this uri, else None;
        with its corrections applied unless ``corrected`` is False."""
        row = self._first(sa.select(documents).where(documents.c.id == key))
        if row is None:
            row = self._first(
                sa.select(documents).where(documents.c.uri == key).order_by(documents.c.added_at.desc()).limit(1)
            )
        if row is None or not corrected:
            return None if row is None else rows.article(row)
        with self._engine.connect() as conn:
            overrides = corrections.active(conn).articles.get(row["id"], {})
        return corrections.apply_article(rows.article(row), overrides)[0]

    def findings(self, article_id: str) -> Findings | None:
        """A document's findings exactly as they were added, in their order; None if unknown."""
        if not self.contains(article_id):
            return None
        with self._engine.connect() as conn:
            return Findings(
                claims=tuple(c for c in _in_order(conn, claims, article_id, rows.claim) if rows.plausible_claim(c)),
                times=_in_order(conn, time_expressions, article_id, rows.time_expression),
                events=_in_order(conn, events, article_id, rows.event),
                aliases=_in_order(conn, aliases, article_id, rows.alias),
            )

    def claims(self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[ClaimFilters]) -> list[StoredClaim]:
        """Claims matching every given filter, ordered by as_of, document, start;
        ``limit``/``offset`` page through them. The filters and their rules are in
        :mod:`newsclaims.store.queries` (case-insensitive names, lists match any value,
        ``document`` is an id or uri, ``since``/``until`` bound as_of, ``text`` searches the
        sentence)."""
        with self._engine.connect() as conn:
            return reads.read(conn, reads.ClaimQuery(conn, filters, self.aliases), limit, offset)

    def count_claims(self, **filters: Unpack[ClaimFilters]) -> int:
        """How many claims :meth:`claims` returns for the same filters, without a limit."""
        with self._engine.connect() as conn:
            return reads.count(conn, reads.ClaimQuery(conn, filters, self.aliases))

    def times(self, document_id: str | None = None) -> list[tuple[str, TimeExpression]]:
        """(document id, time expression) pairs, for one document or all, in text order."""
        query = queries.times_select(document_id)
        return [(row["document_id"], rows.time_expression(row)) for row in self._rows(query)]

    def events(self, story: str | None = None) -> list[StoredEvent]:
        """Every event (of one story's documents, if given) with its document (its article's corrections applied), in date order."""
        with self._engine.connect() as conn:
            found = corrections.active(conn)
            return [corrections.apply_event(_stored_event(row), found) for row in conn.execute(queries.events_select(story)).mappings()]

    def aliases(self) -> dict[str, str]:
        """alias -> canonical across all documents; where documents disagree, the canonical
        named by the most documents wins (ties: alphabetical)."""
        result: dict[str, str] = {}
        for row in self._rows(queries.aliases_select()):
            result.setdefault(row["alias"], row["canonical"])
        return result

    def stats(self) -> dict[str, Any]:
        """Counts of articles, outlets, claims, events, time expressions and aliases, and
        the first and last publication dates (None when no article is dated)."""
        return dict(self._rows(queries.stats_select())[0])

    def article_ids(self) -> list[str]:
        """Every stored document's id, in the order they were added."""
        with self._engine.connect() as conn:
            return list(conn.execute(sa.select(documents.c.id).order_by(documents.c.added_at, documents.c.id)).scalars())

    # --- corrections and stored facts ------------------------------------------------------

    def correct_article(self, key: str, changes: dict[str, str | None], *, by: str, why: str | None = None) -> list[Correction]:
        """Correct fields of the article with this id (or uri): one correction per field."""
        parsed = corrections.parse_all("article", changes)
        with self._writer() as conn, conn.begin():
            ids = corrections.add(conn, "article", _article_id(conn, key), parsed, by=by, why=why)
            return corrections.listing(conn, ids=ids)

    def correct_claim(self, claim_id: int, changes: dict[str, str | None], *, by: str, why: str | None = None) -> list[Correction]:
        """Correct fields of a claim (by its current id); the correction is kept by the claim's
        document and number span, so it outlives re-extraction."""
        parsed = corrections.parse_all("claim", changes)
        with self._writer() as conn, conn.begin():
            row = conn.execute(sa.select(claims).where(claims.c.id == claim_id)).mappings().first()
            if row is None:
                raise corrections.CorrectionError(f"no claim with id {claim_id}")
            span = (row["number_start"], row["number_end"], row["number_text"])
            ids = corrections.add(conn, "claim", row["document_id"], parsed, by=by, why=why, span=span)
            return corrections.listing(conn, ids=ids)

    def corrections(self, *, undone: bool = False) -> list[Correction]:
        """The corrections in force, oldest first; with ``undone``, the withdrawn ones too."""
        with self._engine.connect() as conn:
            return corrections.listing(conn, undone=undone)

    def unmet_corrections(self) -> list[Correction]:
        """Claim corrections in force that no stored claim meets any more (after re-extraction)."""
        with self._engine.connect() as conn:
            return corrections.unmet(conn)

    def undo_correction(self, correction_id: int) -> None:
        """Withdraw a correction (its row stays, marked undone)."""
        with self._writer() as conn, conn.begin():
            corrections.undo(conn, correction_id)

    def replace_findings(self, article_id: str, findings: Findings) -> None:
        """Replace a document's findings (re-extraction) in one transaction; the document row
        and the corrections stay."""
        with self._writer() as conn, conn.begin():
            if conn.execute(sa.select(documents.c.id).where(documents.c.id == article_id)).first() is None:
                raise UsageError(f"no stored article with id {article_id}")
            for table, child_rows in _child_rows(article_id, findings):
                conn.execute(table.delete().where(table.c.document_id == article_id))
                if child_rows:
                    conn.execute(table.insert(), child_rows)

    def save_facts(self, found: Iterable[Fact]) -> int:
        """Rewrite the ``facts`` table (for SQLite tools) with these facts; how many."""
        with self._writer() as conn, conn.begin():
            return stored_facts.replace(conn, found)

    # --- internals -------------------------------------------------------------------------

    @contextmanager
    def _writer(self) -> Iterator[Connection]:
        with self._engine.connect().execution_options(**engines.WRITE) as conn:
            yield conn

    def _add(self, conn: Connection, article: Article, findings: Findings) -> bool:
        _check_storable(article)
        try:
            with conn.begin():
                if not _insert_document(conn, article):
                    return False
                for table, child_rows in _child_rows(article.id, findings):
                    if child_rows:
                        conn.execute(table.insert(), child_rows)
                return True
        except StatementError as exc:
            if isinstance(exc, DBAPIError) and not isinstance(exc, (IntegrityError, DataError)):
                raise  # the database failed (connection lost, disk full), not this document
            raise InputError(f"{article.uri}: cannot store its findings: {engines.one_line(exc)}") from None

    def _rows(self, query: sa.Executable) -> list[sa.RowMapping]:
        with self._engine.connect() as conn:
            return list(conn.execute(query).mappings())

    def _first(self, query: sa.Executable) -> sa.RowMapping | None:
        with self._engine.connect() as conn:
            return conn.execute(query).mappings().first()


def _article_id(conn: Connection, key: str) -> str:
    """The id of the article a user names: its id or uri, else the one article whose id starts
    with ``key`` or whose uri ends with it (a file name, as tables show it)."""
    exact = conn.execute(sa.select(documents.c.id).where(sa.or_(documents.c.id == key, documents.c.uri == key))).first()
    if exact is not None:
        return exact.id
    near = sa.or_(documents.c.id.startswith(key, autoescape=True), documents.c.uri.endswith("/" + key, autoescape=True))
    found = list(conn.execute(sa.select(documents.c.id).where(near).limit(2)).scalars())
    if len(found) != 1:
        raise corrections.CorrectionError(
            f"no stored article with id or uri {key!r}" if not found else f"{key!r} names more than one article; give its id")
    return found[0]


def _lock_key(name: str) -> int:
    """A stable signed 64-bit key for a lock name (PostgreSQL advisory locks take a bigint)."""
    import hashlib

    return int.from_bytes(hashlib.sha256(f"newsclaims:{name}".encode()).digest()[:8], "big", signed=True)


def _check_storable(article: Article) -> None:
    """Refuse NUL characters on every backend alike (PostgreSQL text cannot hold them; the
    findings' sentences are slices of the text, so checking the article covers them)."""
    fields = (article.id, article.uri, article.text, article.title, article.outlet, article.url)
    if any("\x00" in field for field in fields if field):
        raise InputError(f"{article.uri}: cannot store it: its text contains NUL characters")


def _insert_document(conn: Connection, article: Article) -> bool:
    """Insert the document row unless its id is stored; True when it was inserted."""
    row = rows.document_row(article, dt.datetime.now(dt.UTC))
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
    if dialect is not None:
        statement = (
            dialect.insert(documents)
            .values(row)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(documents.c.id)  # rowcount is not reliable across drivers; RETURNING is
        )
        return conn.execute(statement).first() is not None
    # Other backends: let the primary key refuse the duplicate, inside a savepoint.
    try:
        with conn.begin_nested():
            conn.execute(documents.insert().values(row))
        return True
    except IntegrityError:
        if conn.execute(sa.select(documents.c.id).where(documents.c.id == article.id)).first():
            return False
        raise


def _child_rows(document_id: str, findings: Findings) -> list[tuple[sa.Table, list[dict]]]:
    def numbered(records, to_row):
        return [to_row(document_id, seq, record) for seq, record in enumerate(records)]

    return [
        (claims, numbered([c for c in findings.claims if rows.plausible_claim(c)], rows.claim_row)),
        (time_expressions, numbered(findings.times, rows.time_row)),
        (events, numbered(findings.events, rows.event_row)),
        (aliases, numbered(findings.aliases, rows.alias_row)),
    ]


def _redate_claims(article_id: str, previous: dt.date | None, published: dt.date) -> sa.Update:
    undated = claims.c.as_of.is_(None)
    dated_by_article = undated if previous is None else sa.or_(undated, claims.c.as_of == previous)
    return (
        claims.update()
        .where(claims.c.document_id == article_id, claims.c.as_of_basis == "published", dated_by_article)
        .values(as_of=published)
    )


def _in_order(conn: Connection, table: sa.Table, article_id: str, to_record: Callable) -> tuple:
    """One document's records of one kind, in the order they were found."""
    query = sa.select(table).where(table.c.document_id == article_id).order_by(table.c.seq)
    return tuple(to_record(row) for row in conn.execute(query).mappings())


def _stored_article(row: sa.RowMapping, found: corrections.Active) -> StoredArticle:
    article, corrected = corrections.apply_article(rows.article(row), found.articles.get(row["id"], {}))
    return StoredArticle(article=article, claims=row["claim_count"] - found.hidden(row["id"]), corrected=corrected)


def _stored_event(row: sa.RowMapping) -> StoredEvent:
    return StoredEvent(
        id=row["id"],
        document_id=row["document_id"],
        document=row["uri"],
        outlet=row["outlet"],
        published=row["published"],
        event=rows.event(row),
        story=row.get("story"),
    )
