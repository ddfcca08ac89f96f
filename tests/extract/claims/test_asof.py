"""As-of dates stated in a figure's sentence as a period or through its attribution (issue 11),
in sentences written for these tests, parsed with the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.extract.claims.asof import _period, _period_point
from sentence_claims import claim_of

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2026, 3, 10)  # a Tuesday


def _claim(nlp, text: str, figure: str):
    return claim_of(nlp, text, figure, published=PUBLISHED, with_times=True)


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # the attribution verb carries the date
        ("The spy agency said in June 2025 that about 15,000 soldiers had been sent.", "about 15,000", "2025-06-30"),
        ("The ministry said in its March 2025 report that 3,000 homes were destroyed.", "3,000", "2025-03-31"),
        ("The coastguard said on Sunday that 40 fishermen were missing.", "40", "2026-03-08"),
        # the figure's own clause carries a period: its end (the figure holds by then), its middle for "mid"
        ("About 12,000 troops had been deployed by the end of June 2025, officials said.", "About 12,000",
         "2025-06-30"),
        ("Officials said 4,700 soldiers were killed or wounded through mid-2025.", "4,700", "2025-07-02"),
        ("By late 2024, some 11,000 soldiers had arrived at the front.", "some 11,000", "2024-12-31"),
        ("As of Tuesday, 245 people were confirmed dead.", "245", "2026-03-10"),
        ("Floods displaced 20,000 people in January 2026, the agency said.", "20,000", "2026-01-31"),
        # not as-of dates: a start, a target, a year that dates something else
        ("Since June 2025, more than 300 people have been arrested.", "more than 300", None),
        ("The virus could infect up to 12,000 people before the rains peak in February, the agency warned.",
         "up to 12,000", None),
        ("The city plans to build 8,000 homes by June 2027.", "8,000", None),
        ("The firm, founded in 2019, employs 4,000 people.", "4,000", None),
    ],
)
def test_stated_as_of(nlp, text: str, figure: str, as_of: str | None) -> None:
    claim = _claim(nlp, text, figure)
    expected = dt.date.fromisoformat(as_of) if as_of else PUBLISHED
    assert (claim.as_of, claim.as_of_basis) == (expected, "stated" if as_of else "published")


def test_a_period_never_dates_after_the_article(nlp) -> None:
    claim = _claim(nlp, "Officials said 90 people were rescued by the end of March 2026.", "90")
    assert (claim.as_of, claim.as_of_basis) == (PUBLISHED, "stated")


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2025", "2025-01-01", "2025-12-31"), ("2025-06", "2025-06-01", "2025-06-30"),
    ("2025-Q3", "2025-07-01", "2025-09-30"), ("2025-H1", "2025-01-01", "2025-06-30"),
    ("2025-WI", "2025-12-01", "2026-02-28"), ("2025-06-01", None, None), ("PRESENT_REF", None, None),
])
def test_period(value: str, first: str | None, last: str | None) -> None:
    bounds = _period(value)
    assert bounds == ((dt.date.fromisoformat(first), dt.date.fromisoformat(last)) if first else None)


def test_period_point() -> None:
    june = (dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert _period_point(june, "START") == dt.date(2025, 6, 1)
    assert _period_point(june, "MID") == dt.date(2025, 6, 15)
    assert _period_point(june, "END") == _period_point(june, None) == dt.date(2025, 6, 30)
