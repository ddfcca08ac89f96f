"""Qualifiers make intervals; tolerances as documented in reconcile.intervals."""

from __future__ import annotations

import math

import pytest

from newsclaims.reconcile.intervals import Interval, interval, rounding

INF = math.inf


@pytest.mark.parametrize(
    ("qualifier", "value", "low", "high", "expected"),
    [
        ("more_than", 6000, 6000, None, (6000, INF)),
        ("at_least", 10, 10, None, (10, INF)),
        ("up_to", 500, None, 500, (0, 500)),
        ("less_than", 50, None, 50, (0, 50)),
        ("approx", 4700, None, None, (4230, 5170)),
        ("approx", 9_000_000, None, None, (8_100_000, 9_900_000)),
        ("exact", 12_000, None, None, (11_500, 12_500)),
        ("exact", 600, None, None, (570, 630)),  # half the rounding unit (50) capped at 5 %
        ("exact", 37, None, None, (37, 37)),
        ("exact", 10_000_000, None, None, (9_500_000, 10_500_000)),
        ("range", None, 25_000, 30_000, (25_000, 30_000)),
        ("vague", None, 2000, 9999, (2000, 19998)),
        ("vague", None, 24, 99, (24, 198)),
        ("vague", None, None, None, (0, INF)),
    ],
)
def test_interval_per_qualifier(qualifier, value, low, high, expected) -> None:
    got = interval(qualifier, value, low, high)
    assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ((6000, INF), (4230, 5170), False),
        ((4230, 5170), (3600, 4400), True),
        ((10e6, INF), (8.1e6, 9.9e6), False),
        ((0, 500), (500, 500), True),
    ],
)
def test_overlap(a, b, overlap: bool) -> None:
    assert Interval(*a).overlaps(Interval(*b)) is overlap


@pytest.mark.parametrize(("value", "spread"), [(4700, 50), (12_000, 500), (1300, 50), (37, 0), (2.5, 0), (0, 0)])
def test_rounding_tolerance(value: float, spread: float) -> None:
    assert rounding(value) == spread
