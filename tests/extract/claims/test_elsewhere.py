"""Figures about another event (extract/claims/elsewhere.py), on texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sentence_claims import claims_of, claim_of

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2026, 3, 10)


def _claims(nlp, text: str):
    return claims_of(nlp, text, published=PUBLISHED, with_times=True)


def marker(nlp, text: str, figure: str) -> str | None:
    return claim_of(nlp, text, figure, published=PUBLISHED, with_times=True).other_event


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # comparisons with another event
    ("The quake is the deadliest since 2011, when a tsunami killed 15,000 people.", "15,000", "comparison"),
    ("It was the region's worst flood since a 1998 deluge that drowned 4,000 people.", "4,000", "comparison"),
    ("Officials said 80 died on Monday, compared with 230 in the storm of 2019.", "230", "comparison"),
    # an earlier event, dated in its own clause
    ("The 1976 floods killed at least 9,000 people in the same valley.", "at least 9,000", "earlier:1976-12-31"),
    ("In 2008, a cyclone killed 1,400 people along this coast.", "1,400", "earlier:2008-12-31"),
    ("Older residents remember a 1999 quake that left 2,300 people dead.", "2,300", "earlier:1999-12-31"),
])
def test_other_event(nlp, text: str, figure: str, expected: str) -> None:
    assert marker(nlp, text, figure) == expected


@pytest.mark.parametrize(("text", "figure"), [
    ("The quake killed 300 people on Monday, the deadliest since 2011.", "300"),
    ("Since 2022, 6,000 soldiers have died, the ministry said.", "6,000"),
    ("A storm in June 2025 killed 60 people, officials said.", "60"),
    ("In January, floods killed 40 people.", "40"),
    ("Rescuers pulled 14 survivors from the rubble on Tuesday.", "14"),
])
def test_the_story_own_figure(nlp, text: str, figure: str) -> None:
    assert marker(nlp, text, figure) is None


def test_teasers_at_the_foot_of_a_page(nlp) -> None:
    text = ("Ferry sinks off the coast\n\n"
            "Coast guards said 31 passengers were rescued on Sunday.\n\n"
            "Gas blast kills 14 at a market in a northern city\n\n"
            "Bus crash leaves 9 dead on mountain road")
    found = {c.quantity.text: c.other_event for c in _claims(nlp, text)}
    assert found == {"31": None, "14": "teaser", "9": "teaser"}


def test_a_related_link_line_is_a_teaser(nlp) -> None:
    text = ("Wildfire spreads\n\nFirefighters said 2,000 homes were evacuated.\n\n"
            "Also read: Drought leaves 3 million short of water.\n\nThe fire is still burning, they said.")
    found = {c.quantity.text: c.other_event for c in _claims(nlp, text)}
    assert found["2,000"] is None and found["3 million"] == "teaser"


def test_a_date_in_a_clause_of_its_own_dates_that_clause(nlp) -> None:
    text = "Under a defence treaty signed in 2019, the country sent 9,000 troops abroad."
    assert marker(nlp, text, "9,000") is None
