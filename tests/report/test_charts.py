"""Chart rules (newsclaims.report.charts): how each kind of figure is drawn."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.model import Assertion, Claim, Fact, Quantity, StoredClaim, TimelineEntry
from newsclaims.report import charts

DAY = dt.date(2025, 3, 1)


def stored(id: int, quantity: Quantity, *, as_of: dt.date | None = DAY, published: dt.date | None = DAY, source="agency"):
    claim = Claim(quantity, "person", "killed", "Valley", source, None, "said", "reported", as_of,
                  "stated" if as_of else None, "A sentence.", 0, 11)
    return StoredClaim(id, "doc", "doc.txt", "Outlet", published, claim)


def fact_of(*claims: StoredClaim) -> Fact:
    assertions = tuple(
        Assertion(c.claim.source, c.claim.quantity.low, c.claim.quantity.high, c.claim.quantity.value,
                  c.claim.quantity.qualifier, c.claim.as_of, ("Outlet",), (c,))
        for c in claims
    )
    return Fact("Valley", "killed", "person", "reported", "single", "one figure", None, None, None, (), (), (), 1, 1,
                assertions, "summary")


def q(value, low, high, qualifier) -> Quantity:
    return Quantity(value, low, high, qualifier, None, "n", 0, 1)


def href(claim: StoredClaim) -> str:
    return f"#claim-{claim.id}"


# quantity -> (lo, hi, open_above, open_below, value); the axis top is 1.2 x the largest figure (120 here)
DRAWN = [
    pytest.param(q(100, 100, 100, "exact"), (100, 100, False, False, 100), id="exact-point"),
    pytest.param(q(100, 100, None, "more_than"), (100, 120, True, False, 100), id="more-than-to-top"),
    pytest.param(q(100, 100, None, "at_least"), (100, 120, True, False, 100), id="at-least-to-top"),
    pytest.param(q(100, None, 100, "up_to"), (0, 100, False, True, 100), id="up-to-from-zero"),
    pytest.param(q(100, None, 100, "less_than"), (0, 100, False, True, 100), id="less-than-from-zero"),
    pytest.param(q(None, 80, 100, "range"), (80, 100, False, False, None), id="range-low-to-high"),
    pytest.param(q(None, 20, 100, "vague"), (20, 100, False, False, None), id="vague-bounds"),
    pytest.param(q(100, None, None, "approx"), (100, 100, False, False, 100), id="approx-point"),
]


@pytest.mark.parametrize(("quantity", "expected"), DRAWN)
def test_how_a_figure_is_drawn(quantity, expected):
    spec = charts.fact_chart(fact_of(stored(1, quantity)), href)
    (row,) = spec["data"]["values"]
    assert (row["lo"], row["hi"], row["open_above"], row["open_below"], row["value"]) == expected
    assert row["href"] == "#claim-1"


def test_marks_are_rules_and_points_by_source():
    spec = charts.fact_chart(fact_of(stored(1, q(5, 5, 5, "exact"))), href)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rule", "point"]
    assert spec["layer"][0]["encoding"]["color"]["field"] == "series"
    assert spec["layer"][0]["encoding"]["y2"]["field"] == "hi"


@pytest.mark.parametrize(
    ("as_of", "published", "expected"),
    [(DAY, None, DAY.isoformat()), (None, dt.date(2025, 4, 2), "2025-04-02"), (None, None, None)],
    ids=["stated", "published-date", "undated-left-out"],
)
def test_as_of_falls_back_to_the_article_date(as_of, published, expected):
    rows = charts.fact_rows(fact_of(stored(1, q(5, 5, 5, "exact"), as_of=as_of, published=published)), href)
    assert [r["as_of"] for r in rows] == ([expected] if expected else [])


def test_a_fact_with_no_dated_claim_has_no_chart():
    assert charts.fact_chart(fact_of(stored(1, q(5, 5, 5, "exact"), as_of=None, published=None)), href) is None


def test_unattributed_claims_are_drawn_under_their_outlet():
    rows = charts.fact_rows(fact_of(stored(1, q(5, 5, 5, "exact"), source=None)), href)
    assert rows[0]["series"] == "Outlet"


def entry(day: dt.date, entity: str) -> TimelineEntry:
    return TimelineEntry(day.isoformat(), "day", day, day, "sign", "signed", (entity,), ())


def test_timeline_lanes_keep_the_most_frequent_entities():
    entries = [entry(DAY, f"E{i % 15}") for i in range(40)]
    spec = charts.timeline_chart(entries, lambda i: f"#tl-{i}")
    lanes = {row["lane"] for row in spec["data"]["values"]}
    assert len(lanes) == charts.MAX_LANES + 1 and "other" in lanes
    assert spec["data"]["values"][3]["href"] == "#tl-3"


def test_timeline_bars_cover_the_whole_last_day():
    (row,) = charts.timeline_chart([entry(DAY, "E")], str)["data"]["values"]
    assert (row["start"], row["end"]) == ("2025-03-01", "2025-03-02")


def test_no_timeline_chart_without_entries():
    assert charts.timeline_chart([], str) is None
