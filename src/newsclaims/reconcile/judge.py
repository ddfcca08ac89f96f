"""How two assertions of one fact relate, and the fact's status.

Every pair of assertions (A dated no later than B) is judged by the kind of count:

- **missing** people (:data:`STOCKS`), a count that falls as people are found and rises as more
  are reported: a change between two dates is evolution, either way; figures apart on the same
  date (or undated) conflict.
- **cumulative** measures (:data:`model.CUMULATIVE_MEASURES`): B later and higher (its low above
  A's figure) is evolution at any distance ("later and higher is not a contradiction": tolls rise
  day by day); B wholly below A is a *revision* when the same body gave both (a toll lowered after
  identification, an agency correcting its report) and a conflict when another body gave it; on
  the same date (or undated) intervals apart conflict.
- **other** measures, which may go up and down: intervals apart within ``window_days`` conflict,
  unless the same body gave both on different dates (it replaced its own figure: a revision);
  further apart they evolved.

A body is a named primary source (:mod:`.sources`); an outlet's own unattributed figures are
never a revision of each other (outlets relay many bodies without naming them).

Status: any conflict makes the fact *conflicting*, else any revision *revised*, else any
evolution *evolving*, else *consistent*; one assertion is *single*. The reason cites the pairs
(the first :data:`MAX_REASONS` of each kind), the main kind first, then the others ("Besides,
it rose: ...").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Assertion
from .intervals import Interval
from .sources import OUTLET

MAX_REASONS = 5  # pairs cited in a fact's reason; Fact.conflicts lists every conflicting pair
STOCKS = frozenset({"missing"})
_BESIDES = {"revision": "Besides, a body revised its figure", "evolving": "Besides, it rose"}


@dataclass(frozen=True)
class Figure:
    """An assertion with what judging it needs: primary source, interval, figure, date."""

    assertion: Assertion
    primary: str
    span: Interval
    point: float | None
    cited: str  # "more than 6,000 (UK defence intelligence, 2025-07-01)", for reasons

    @property
    def date(self) -> dt.date | None:
        return self.assertion.as_of

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.assertion.claims)

    @property
    def body(self) -> str | None:
        """The named body behind the figure; None for an outlet's own."""
        return None if self.primary.startswith(OUTLET) else self.primary


class Verdict(NamedTuple):
    kind: str  # "conflict" | "revision" | "evolving"
    reason: str


Judged = tuple[Figure, Figure, Verdict]


def compare(a: Figure, b: Figure, measure: str, cumulative: bool, window_days: int) -> Verdict | None:
    """How two assertions relate (module doc); ``a`` is dated no later than ``b``."""
    days = (b.date - a.date).days if a.date and b.date else None
    same_body = a.body is not None and a.body == b.body
    if measure in STOCKS:
        judged = _stock(a, b, days)
    elif cumulative:
        judged = _cumulative(a, b, days, same_body)
    else:
        judged = _fluctuating(a, b, days, window_days, same_body)
    if judged is None:
        return None
    kind, why = judged
    return Verdict(kind, f"{a.cited} vs {b.cited}: {why}")


def _stock(a: Figure, b: Figure, days: int | None) -> tuple[str, str] | None:
    if a.span.overlaps(b.span):
        return None
    if not days:
        return "conflict", "intervals do not overlap " + ("on the same date" if days == 0 else "and a date is unknown")
    direction = "fell" if b.span.below(a.span) else "rose"
    return "evolving", f"the count {direction} over {days} days as people were found or reported"


def _cumulative(a: Figure, b: Figure, days: int | None, same_body: bool) -> tuple[str, str] | None:
    """Counts that only grow: higher later evolved; lower later a revision or a conflict."""
    if not days:  # the same date, or a date unknown
        if a.span.overlaps(b.span):
            return None
        return "conflict", "intervals do not overlap " + ("on the same date" if days == 0 else "and a date is unknown")
    if b.span.below(a.span):
        if same_body:
            return "revision", f"the same body lowered its own figure {days} days later"
        return "conflict", "a later figure is lower than an earlier one for a cumulative count"
    if a.point is not None and b.span.low > a.point:
        return "evolving", f"a cumulative count rose over {days} days"
    return None


def _fluctuating(a: Figure, b: Figure, days: int | None, window_days: int, same_body: bool) -> tuple[str, str] | None:
    """Counts that may go up and down: apart within the window conflict, later they changed."""
    if a.span.overlaps(b.span):
        return None
    if same_body and days:
        return "revision", f"the same body replaced its own figure {days} days later"
    if days is None or days <= window_days:
        return "conflict", f"intervals do not overlap within {window_days} days"
    return "evolving", f"the figure changed over {days} days"


def verdicts(figures: list[Figure], measure: str, cumulative: bool, window_days: int) -> Iterator[Judged]:
    """Every related pair (earlier, later, verdict), in date order."""
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            verdict = compare(a, b, measure, cumulative, window_days)
            if verdict:
                yield a, b, verdict


def status(figures: list[Figure], judged: list[Judged]) -> tuple[str, str]:
    """The fact's status and its reason (module doc)."""
    if len(figures) == 1:
        outlets = len(figures[0].assertion.outlets)
        return "single", f"one assertion: {figures[0].cited}, carried by {outlets} outlet(s)"
    found = {kind: reasons(judged, kind) for kind in ("conflict", "revision", "evolving")}
    for kind, name in (("conflict", "conflicting"), ("revision", "revised"), ("evolving", "evolving")):
        if found[kind]:
            besides = [f"{_BESIDES[k]}: {found[k]}" for k in ("revision", "evolving") if k != kind and found[k]]
            return name, ". ".join([found[kind], *besides])
    cited = ", ".join(f.cited for f in figures)
    return "consistent", f"all {len(figures)} figures overlap: {cited}"


def reasons(judged: list[Judged], kind: str) -> str:
    """The first :data:`MAX_REASONS` reasons of one kind, and how many more there are."""
    found = [v.reason for _a, _b, v in judged if v.kind == kind]
    more = f"; and {len(found) - MAX_REASONS} more" if len(found) > MAX_REASONS else ""
    return "; ".join(found[:MAX_REASONS]) + more
