"""Vega-Lite chart specifications (built with Altair) for facts and the timeline.

Charts are plain dicts (Vega-Lite JSON); pages embed them and ``vega-embed`` draws them
in the browser, from JavaScript inlined into the page (:mod:`newsclaims.report.assets`).

A fact's chart has one row per claim: x is the as-of date (the article's date when the
sentence states none; claims with neither are left out of the chart but stay in the table),
y the figure, colour the source (the outlet when the claim names none). How a figure is drawn:

* a point at the stated value (none for a range without one: Vega-Lite leaves null
  values out), shaped by qualifier (triangle up for "more than"/"at least",
  down for "less than"/"up to", diamond for ranges and vague amounts, circle otherwise);
* a vertical rule from the low to the high bound when they differ (a range), closed by a
  short tick at each end;
* an open-ended bound is drawn to the edge of the axis (top for "more than", zero for
  "up to") as a dashed rule, so "6,000+" never looks like exactly 6,000.

Each row carries ``href``: the page script makes a click on a mark jump to the claim's sentence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence

import altair as alt

from .. import nouns
from ..model import Fact, StoredClaim, TimelineEntry
from .data import fact_claims, outlet_of

Href = Callable[[StoredClaim], str]

WIDTH = 560
OPEN_ABOVE = frozenset({"more_than", "at_least"})
OPEN_BELOW = frozenset({"less_than", "up_to"})
SHAPES = {
    "exact": "circle",
    "approx": "circle",
    "more_than": "triangle-up",
    "at_least": "triangle-up",
    "less_than": "triangle-down",
    "up_to": "triangle-down",
    "range": "diamond",
    "vague": "diamond",
}
MAX_LANES = 12  # timeline rows by entity; the rest share one "other" lane
SENTENCE_CHARS = 160  # sentence excerpt in tooltips


def fact_chart(fact: Fact, href: Href) -> dict | None:
    """The Vega-Lite spec of a fact's figures over time, or None when no claim is dated."""
    rows = fact_rows(fact, href)
    if not rows:
        return None
    top = axis_top(rows)
    for row in rows:
        row["lo"] = 0 if row["open_below"] else row["low"] if row["low"] is not None else row["value"]
        row["hi"] = top if row["open_above"] else row["high"] if row["high"] is not None else row["value"]
    scale = alt.Scale(domain=[0, top], nice=False)
    layers = [_rule(alt.Y("lo:Q", title=_axis_title(fact), scale=scale))]
    if any(row["value"] is not None for row in rows):  # an empty layer warns about infinite extents
        layers.append(_points(alt.Y("value:Q", scale=scale)))
    ranges = [row for row in rows if not (row["open_above"] or row["open_below"]) and row["lo"] != row["hi"]]
    if ranges:
        layers += [_cap(alt.Y(f"{side}:Q", scale=scale), ranges) for side in ("lo", "hi")]
    return alt.layer(*layers, data=alt.Data(values=rows)).properties(width=WIDTH, height=220).to_dict()


# Time axes always show the year: "Jun 2025" for months, "12 Jun 2025" for days, never bare "June".
TIME_FORMAT = {
    "year": "%Y", "quarter": "%b %Y", "month": "%b %Y", "week": "%-d %b %Y", "date": "%-d %b %Y",
    "day": "%-d %b %Y", "hours": "%-d %b %Y %H:%M", "minutes": "%H:%M", "seconds": "%H:%M:%S", "milliseconds": "%H:%M:%S",
}
TIME_AXIS = alt.Axis(format=TIME_FORMAT, formatType="time", labelOverlap=True)
X = alt.X("as_of:T", title="as of", scale=alt.Scale(padding=24), axis=TIME_AXIS)
COLOR = alt.Color("series:N", title="source")
TOOLTIP = [
    alt.Tooltip("series:N", title="source"),
    alt.Tooltip("outlet:N"),
    alt.Tooltip("figure:N"),
    alt.Tooltip("as_of:T", title="as of", format="%-d %b %Y"),
    alt.Tooltip("sentence:N"),
]


def _rule(y: alt.Y) -> alt.Chart:
    """low to high; dashed when one side is open (drawn to the axis edge)."""
    return alt.Chart().mark_rule(strokeWidth=3, opacity=0.7, cursor="pointer").encode(
        x=X, y=y, y2="hi:Q", color=COLOR, tooltip=TOOLTIP,
        strokeDash=alt.condition("datum.open_above || datum.open_below", alt.value([5, 4]), alt.value([1, 0])),
    )


def _points(y: alt.Y) -> alt.Chart:
    shape = alt.Shape("qualifier:N", scale=alt.Scale(domain=list(SHAPES), range=list(SHAPES.values())), legend=None)
    return alt.Chart().mark_point(filled=True, size=90, cursor="pointer").encode(
        x=X, y=y, color=COLOR, shape=shape, tooltip=TOOLTIP
    )


def _cap(y: alt.Y, rows: list[dict]) -> alt.Chart:
    """A short horizontal tick closing a range at one bound."""
    return alt.Chart(alt.Data(values=rows)).mark_tick(orient="horizontal", thickness=2, size=12).encode(
        x=X, y=y, color=COLOR, tooltip=TOOLTIP
    )


def _axis_title(fact: Fact) -> str:
    """"killed (soldiers)", "supplied (shells)", "casualties": what the y axis counts."""
    if fact.unit == "percent":
        return f"{fact.measure}, %"
    return f"{fact.measure} ({nouns.plural(fact.counted)})" if fact.counted else fact.measure


def fact_rows(fact: Fact, href: Href) -> list[dict]:
    """One chart row per dated claim of the fact."""
    rows = []
    speakers = {c.id: a.source for a in fact.assertions for c in a.claims if a.source}  # after aliases and relays
    for stored in fact_claims(fact):
        claim, quantity = stored.claim, stored.claim.quantity
        as_of = claim.as_of or stored.published
        if as_of is None or (quantity.value is None and quantity.low is None and quantity.high is None):
            continue
        rows.append(
            {
                "id": stored.id,
                "as_of": as_of.isoformat(),
                "value": quantity.value,
                "low": quantity.low,
                "high": quantity.high,
                "qualifier": quantity.qualifier,
                "open_above": quantity.high is None and quantity.qualifier in OPEN_ABOVE,
                "open_below": quantity.low is None and quantity.qualifier in OPEN_BELOW,
                "series": speakers.get(stored.id) or claim.source or outlet_of(stored),
                "outlet": outlet_of(stored),
                "figure": quantity.text,
                "sentence": _excerpt(claim.sentence),
                "href": href(stored),
            }
        )
    return rows


def axis_top(rows: Sequence[dict]) -> float:
    """A y-axis maximum a little above every stated figure, so open-ended bounds have room."""
    figures = [row[k] for row in rows for k in ("value", "low", "high") if row[k] is not None]
    return max(figures, default=1) * 1.2 or 1


def timeline_chart(entries: Sequence[TimelineEntry], href: Callable[[int], str]) -> dict | None:
    """The timeline as a lane chart: one lane per leading entity, a bar over each date's span."""
    if not entries:
        return None
    lanes = _lanes(entries)
    rows = [
        {
            "start": entry.date_start.isoformat(),
            "end": (entry.date_end + dt.timedelta(days=1)).isoformat(),
            "lane": lanes(entry),
            "date": entry.date,
            "summary": _excerpt(entry.summary),
            "sources": ", ".join(sorted({outlet_of(e) for e in entry.events})),
            "href": href(index),
        }
        for index, entry in enumerate(entries)
    ]
    data = alt.Data(values=rows)
    y = alt.Y("lane:N", title=None)
    tooltip = [alt.Tooltip("date:N"), alt.Tooltip("summary:N"), alt.Tooltip("sources:N")]
    bars = alt.Chart(data).mark_bar(opacity=0.35, height=10, cursor="pointer").encode(
        x=alt.X("start:T", title="date", scale=alt.Scale(padding=24), axis=TIME_AXIS), x2="end:T", y=y, tooltip=tooltip
    )
    points = alt.Chart(data).mark_point(filled=True, size=60, cursor="pointer").encode(
        x="start:T", y=y, tooltip=tooltip
    )
    height = 28 * len({row["lane"] for row in rows}) + 20
    return (bars + points).properties(width=WIDTH, height=height).to_dict()


def _lanes(entries: Sequence[TimelineEntry]) -> Callable[[TimelineEntry], str]:
    """Lane of an entry: its first entity if that is among the most frequent, else "other"."""
    counts = Counter(e.entities[0] for e in entries if e.entities)
    kept = {name for name, _ in counts.most_common(MAX_LANES)}
    return lambda e: e.entities[0] if e.entities and e.entities[0] in kept else "other"


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SENTENCE_CHARS else text[: SENTENCE_CHARS - 1] + "…"
