"""Reading claims with their corrections applied and name filters that know aliases.

Claims of documents without corrections are filtered, ordered and paged in SQL. Claims of
documents with corrections (hand-made, so few) are read whole, corrected
(:mod:`.corrections`), filtered in Python by the same rules and merged in the same order,
so a filter sees the corrected values: a claim whose source was corrected to "NIS" is found
by ``source="NIS"``, and a claim marked "not a claim" is found by nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..model import StoredClaim
from . import corrections, queries, rows
from .names import NameMatcher
from .schema import claims, documents

NAME_COLUMNS = {"subject": claims.c.subject, "source": claims.c.source, "outlet": documents.c.outlet}


class ClaimQuery:
    """One set of claim filters, as SQL conditions and as a check on a corrected claim."""

    def __init__(self, conn: Connection, filters: Mapping[str, Any], aliases: Callable[[], Mapping[str, str]]) -> None:
        self.filters = {k: v for k, v in filters.items() if v is not None}
        known = {name: _known(conn, name) for name in self.filters if name in NAME_COLUMNS}
        self.matchers = {name: _matchers(name, self.filters[name], known[name], aliases) for name in known}
        names = {name: {n for m in ms for n in m.among(known[name])} for name, ms in self.matchers.items()}
        self.conditions = queries.claim_conditions(**{**self.filters, **names})

    def check(self, stored: StoredClaim) -> bool:
        """Whether a (corrected) claim passes every filter (the rules of :mod:`.queries`)."""
        return all(_passes(stored, name, value, self.matchers.get(name)) for name, value in self.filters.items())


def read(conn: Connection, query: ClaimQuery, limit: int | None, offset: int) -> list[StoredClaim]:
    """The claims the query finds, corrected, in the store's order, one page."""
    found = corrections.active(conn)
    fixed = _corrected(conn, query, found)
    plain = queries.claims_select([*query.conditions, *_uncorrected(found)])
    if not fixed:
        return [stored_claim(row) for row in conn.execute(plain.limit(limit).offset(offset or None)).mappings()]
    head = None if limit is None else offset + limit
    merged = [stored_claim(row) for row in conn.execute(plain.limit(head)).mappings()] + fixed
    merged.sort(key=order)
    return merged[offset:head]


def count(conn: Connection, query: ClaimQuery) -> int:
    found = corrections.active(conn)
    plain = queries.claims_count([*query.conditions, *_uncorrected(found)])
    return conn.execute(plain).scalar_one() + len(_corrected(conn, query, found))


def order(stored: StoredClaim) -> tuple:
    """The store's claim order (:func:`queries.claims_select`) in Python."""
    as_of = stored.claim.as_of
    return (as_of is None, as_of or dt.date.min, stored.document, stored.document_id, stored.claim.start, stored.id)


def stored_claim(row: Mapping) -> StoredClaim:
    return StoredClaim(
        id=row["id"], document_id=row["document_id"], document=row["uri"], outlet=row["outlet"],
        published=row["published"], claim=rows.claim(row), story=row["story"],
    )


def _uncorrected(found: corrections.Active) -> list:
    return [claims.c.document_id.not_in(sorted(found.documents))] if found.documents else []


def _corrected(conn: Connection, query: ClaimQuery, found: corrections.Active) -> list[StoredClaim]:
    if not found.documents:
        return []
    select = queries.claims_select([claims.c.document_id.in_(sorted(found.documents))])
    fixed = (corrections.apply_claim(stored_claim(row), found) for row in conn.execute(select).mappings())
    return [c for c in fixed if c is not None and query.check(c)]


def _matchers(name: str, values: str | Collection[str], known: list[str],
              aliases: Callable[[], Mapping[str, str]]) -> list[NameMatcher]:
    wanted = [values] if isinstance(values, str) else list(values)
    given = aliases() if name != "outlet" else {}
    return [NameMatcher(value, known, given, countries=name == "subject") for value in wanted]


def _known(conn: Connection, name: str) -> list[str]:
    column = NAME_COLUMNS[name]
    return [v for v in conn.execute(sa.select(column).distinct()).scalars() if v]


def _passes(stored: StoredClaim, name: str, value: Any, matchers: list[NameMatcher] | None) -> bool:
    c = stored.claim
    if matchers is not None:
        actual = stored.outlet if name == "outlet" else getattr(c, name)
        return any(m(actual) for m in matchers)
    if name == "measure":
        wanted = [value] if isinstance(value, str) else value
        return c.measure in {v.lower() for v in wanted}
    if name == "document":
        return value in (stored.document_id, stored.document)
    if name == "story":
        return stored.story == value
    if name in ("since", "until"):
        return c.as_of is not None and (c.as_of >= value if name == "since" else c.as_of <= value)
    return value.lower() in c.sentence.lower()  # text
