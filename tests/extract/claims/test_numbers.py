"""Reading number phrases (pure rules, no model)."""

from __future__ import annotations

import pytest

from newsclaims.extract.claims.numbers import Reading, number, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14,000", 14_000), ("1.2 million", 1_200_000), ("9 million", 9_000_000),
        ("twenty-five thousand", 25_000), ("six", 6), ("a dozen", 12), ("one hundred and twenty", 120),
        ("a thousand", 1_000), ("AK", None), ("", None), ("twelve apples", None),
        ("2.5 lakh", 250_000), ("3 crore", 30_000_000),  # South Asian scales
    ],
)
def test_number(text, expected):
    assert number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 6,000", Reading(6000, 6000, None, "more_than")),
        ("over 100", Reading(100, 100, None, "more_than")),
        ("200+", Reading(200, 200, None, "more_than")),
        ("at least six", Reading(6, 6, None, "at_least")),
        ("1,000 or more", Reading(1000, 1000, None, "at_least")),
        ("up to 25,000", Reading(25_000, None, 25_000, "up_to")),
        ("as many as 200", Reading(200, None, 200, "up_to")),
        ("fewer than 300", Reading(300, None, 300, "less_than")),
        ("some 14,000", Reading(14_000, None, None, "approx")),
        ("an estimated 75,000", Reading(75_000, None, None, "approx")),
        ("nearly 40%", Reading(40, None, None, "approx", "percent")),
        ("40 per cent", Reading(40, 40, 40, "exact", "percent")),
        ("over half", Reading(0.5, 0.5, None, "more_than", "fraction")),
        ("two-thirds", Reading(2 / 3, 2 / 3, 2 / 3, "exact", "fraction")),
        ("25,000 to 30,000", Reading(None, 25_000, 30_000, "range")),
        ("50-100", Reading(None, 50, 100, "range")),
        ("between 50 and 100", Reading(None, 50, 100, "range")),
        ("25 to 30 million", Reading(None, 25e6, 30e6, "range")),
        ("dozens", Reading(None, 24, 99, "vague")),
        ("hundreds of", Reading(None, 200, 999, "vague")),
        ("thousands", Reading(None, 2_000, 9_999, "vague")),
        ("tens of thousands", Reading(None, 20_000, 99_999, "vague")),
        ("up to three times", Reading(3, None, 3, "up_to", "times")),
        ("twenty-five thousand", Reading(25_000, 25_000, 25_000, "exact")),
        ("Kursk", None),
    ],
)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "1" + "0" * 400,  # read as infinity
    "1" + "0" * 20, "2,000,000,000,000,000", "5 million billion", "more than 9" + "9" * 30,
    "between 1 and " + "9" * 40, "nan", "inf",
])
def test_a_figure_beyond_any_count_is_not_a_number_phrase(text):
    assert read(text) is None


def test_the_largest_plausible_figure_is_read():
    assert read("1,000,000,000,000,000") == Reading(1e15, 1e15, 1e15, "exact")
