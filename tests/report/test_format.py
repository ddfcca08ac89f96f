"""How figures are written in tables (newsclaims.report.page.format_bounds / format_number)."""

from __future__ import annotations

import pytest

from newsclaims.model import Quantity
from newsclaims.report.page import format_bounds, format_number


@pytest.mark.parametrize(
    ("value", "text"),
    [(6000.0, "6,000"), (1.25, "1.25"), (0.5, "0.5"), (9_000_000, "9,000,000"), (None, "?"), (2.0, "2")],
)
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("value", "low", "high", "qualifier", "unit", "text"),
    [
        (6000, 6000, None, "more_than", None, "> 6,000"),
        (40, 40, None, "at_least", None, "≥ 40"),
        (50, None, 50, "up_to", None, "≤ 50"),
        (10, None, 10, "less_than", None, "< 10"),
        (4700, 4700, 4700, "approx", None, "≈ 4,700"),
        (None, 25000, 30000, "range", None, "25,000–30,000"),
        (None, 2000, 9999, "vague", None, "2,000–9,999"),
        (12, 12, 12, "exact", None, "12"),
        (50, 50, None, "more_than", "percent", "> 50%"),
        (0.5, 0.5, None, "more_than", "fraction", "> 0.5 fraction"),
    ],
)
def test_format_bounds(value, low, high, qualifier, unit, text):
    assert format_bounds(Quantity(value, low, high, qualifier, unit, "n", 0, 1)) == text


def test_overview_names_who_published_what_share() -> None:
    """"Published ... by X" only when X published every article; else each outlet with its count."""
    from newsclaims.model import UNKNOWN_OUTLET
    from newsclaims.report.data import Overview

    common = dict(articles=5, first=None, last=None, claims=0, facts=0, conflicting=0, events=0, sources=0)
    alone = Overview(outlets=("The Moscow Times",), outlet_articles=(("The Moscow Times", 1), (UNKNOWN_OUTLET, 4)), **common)
    assert alone.by == "The Moscow Times (1), unknown outlet (4)"
    every = Overview(outlets=("A", "B"), outlet_articles=(("A", 3), ("B", 2)), **common)
    assert every.by == "A, B"
