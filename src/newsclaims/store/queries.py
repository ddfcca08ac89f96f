"""The SELECT statements behind the Store's read methods, and the claim filters.

Filter rules (all AND-ed; None means "no filter"):

- ``measure``, ``subject``, ``source``, ``outlet``: equal, ignoring case; a list (or any
  non-string collection) matches any of its values. (Measures are stored lower-case, so that
  filter uses its index; names are compared through ``lower()``, a scan, fine at the sizes
  one story reaches.) The Store first widens a name filter to every stored name it means,
  aliases and parts of names included (:mod:`.names`).
- ``document``: the document's id or its uri as given.
- ``since``/``until``: ``as_of`` on or after / on or before the date (inclusive); claims
  without an as-of date are left out when either is given.
- ``text``: the sentence contains the text, ignoring case (``%`` and ``_`` are literal).
- ``story``: the claim's document belongs to this story (its id).

Orderings put unknown dates last on every backend (SQLite sorts NULL first by default,
PostgreSQL last) and end on the row id, so pagination with limit/offset is stable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TypedDict

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, Select

from ..figures import MAX_FIGURE
from .schema import aliases, claims, corrections, documents, events, stories, time_expressions

Values = str | Collection[str] | None


class ClaimFilters(TypedDict, total=False):
    """The claim filters, as keyword arguments of ``Store.claims`` and ``Store.count_claims``."""

    measure: Values
    subject: Values
    source: Values
    outlet: Values
    document: str | None
    since: dt.date | None
    until: dt.date | None
    text: str | None
    story: str | None


def claim_conditions(
    *,
    measure: Values = None,
    subject: Values = None,
    source: Values = None,
    outlet: Values = None,
    document: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str | None = None,
    story: str | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE conditions for the claim filters (see the module rules)."""
    conditions = [_measure_matches(measure)] if measure is not None else []
    conditions += [
        _matches(column, values)
        for column, values in (
            (claims.c.subject, subject),
            (claims.c.source, source),
            (documents.c.outlet, outlet),
        )
        if values is not None
    ]
    if document is not None:
        conditions.append(sa.or_(documents.c.id == document, documents.c.uri == document))
    if since is not None:
        conditions.append(claims.c.as_of >= since)
    if until is not None:
        conditions.append(claims.c.as_of <= until)
    if text is not None:
        conditions.append(claims.c.sentence.icontains(text, autoescape=True))
    if story is not None:
        conditions.append(documents.c.story == story)
    return conditions


def _measure_matches(values: str | Collection[str]) -> ColumnElement[bool]:
    """Measures are stored lower-case (model.MEASURES), so the index on measure serves."""
    if isinstance(values, str):
        return claims.c.measure == values.lower()
    return claims.c.measure.in_([value.lower() for value in values])


def _matches(column: sa.Column, values: str | Collection[str]) -> ColumnElement[bool]:
    if isinstance(values, str):
        return sa.func.lower(column) == values.lower()
    return sa.func.lower(column).in_([value.lower() for value in values])


def plausible_figures() -> ColumnElement[bool]:
    """Rows whose figures are numbers at all (:mod:`newsclaims.figures`): a row written before
    migration 0004, or by hand, with an infinite or absurd figure is never read back."""
    return sa.and_(*(sa.or_(column.is_(None), sa.func.abs(column) <= MAX_FIGURE)
                     for column in (claims.c.value, claims.c.low, claims.c.high)))


def claims_select(conditions: list[ColumnElement[bool]]) -> Select:
    """Claims with their document's uri, outlet and date, ordered by as_of, document, start."""
    return (
        sa.select(claims, documents.c.uri, documents.c.outlet, documents.c.published, documents.c.story)
        .join(documents, claims.c.document_id == documents.c.id)
        .where(plausible_figures(), *conditions)
        .order_by(
            sa.nulls_last(claims.c.as_of.asc()),
            documents.c.uri,
            claims.c.document_id,
            claims.c.number_start,
            claims.c.id,
        )
    )


def claims_count(conditions: list[ColumnElement[bool]]) -> Select:
    return (
        sa.select(sa.func.count())
        .select_from(claims.join(documents, claims.c.document_id == documents.c.id))
        .where(plausible_figures(), *conditions)
    )


def articles_select(story: str | None = None) -> Select:
    """Documents (of one story, if given) with their number of claims, ordered by published date then uri."""
    count = (
        sa.select(sa.func.count())
        .where(claims.c.document_id == documents.c.id)
        .scalar_subquery()
        .label("claim_count")
    )
    query = sa.select(documents, count).order_by(
        sa.nulls_last(documents.c.published.asc()), documents.c.uri, documents.c.id
    )
    return query if story is None else query.where(documents.c.story == story)


def stories_select() -> Select:
    """Stories with their stored articles' count, outlets and date span, largest first."""
    articles = sa.func.count(documents.c.id)
    return (
        sa.select(
            stories.c.id, stories.c.label, articles.label("articles"),
            sa.func.count(sa.distinct(documents.c.outlet)).label("outlets"),
            sa.func.min(documents.c.published).label("first"), sa.func.max(documents.c.published).label("last"),
        )
        .join(documents, documents.c.story == stories.c.id)
        .group_by(stories.c.id, stories.c.label)
        .order_by(articles.desc(), stories.c.id)
    )


def times_select(document_id: str | None) -> Select:
    query = sa.select(time_expressions).order_by(
        time_expressions.c.document_id, time_expressions.c.time_start, time_expressions.c.seq
    )
    if document_id is not None:
        query = query.where(time_expressions.c.document_id == document_id)
    return query


def events_select(story: str | None = None) -> Select:
    """Events (of one story's documents, if given) with their document's uri, outlet and date, in date order."""
    query = (
        sa.select(events, documents.c.uri, documents.c.outlet, documents.c.published, documents.c.story)
        .join(documents, events.c.document_id == documents.c.id)
        .order_by(
            events.c.date_start,
            events.c.date_end,
            documents.c.uri,
            events.c.sentence_start,
            events.c.id,
        )
    )
    return query if story is None else query.where(documents.c.story == story)


def aliases_select() -> Select:
    """(alias, canonical, documents) with the most widely used canonical first per alias."""
    documents_count = sa.func.count(sa.distinct(aliases.c.document_id))
    return (
        sa.select(aliases.c.alias, aliases.c.canonical, documents_count)
        .group_by(aliases.c.alias, aliases.c.canonical)
        .order_by(aliases.c.alias, documents_count.desc(), aliases.c.canonical)
    )


def stats_select() -> Select:
    """One row: counts of everything and the span of publication dates."""

    def count(table: sa.Table) -> ColumnElement[int]:
        return sa.select(sa.func.count()).select_from(table).scalar_subquery()

    return sa.select(
        count(documents).label("articles"),
        sa.select(sa.func.count(sa.distinct(documents.c.outlet))).scalar_subquery().label("outlets"),
        count(claims).label("claims"),
        count(events).label("events"),
        count(time_expressions).label("time_expressions"),
        count(aliases).label("aliases"),
        sa.select(sa.func.count()).where(corrections.c.undone_at.is_(None)).scalar_subquery().label("corrections"),
        sa.select(sa.func.count(corrections.c.undone_at)).scalar_subquery().label("corrections_undone"),
        sa.select(sa.func.min(documents.c.published)).scalar_subquery().label("first_published"),
        sa.select(sa.func.max(documents.c.published)).scalar_subquery().label("last_published"),
    )
