"""Issue 14, round 14: detection rules (which number phrases are claims) and spread ranges. Sentences
written for these tests, in our own words, with other names, places and numbers than the annotated
stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


def _texts(nlp, text: str) -> list[str]:
    return [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text, figures", [
    # rule 1: levels and formations
    ("Flood plans were moved up to stage 2, officials in six districts said.", ["six"]),
    ("The alert was raised to level 4 across 11 provinces.", ["11"]),
    ("A spokesman for the navy's 3 Fleet said 40 sailors were hurt.", ["40"]),
    ("The army sent 3 brigades and 900 engineers to the valley.", ["3", "900"]),  # must not fire
    # rule 2: an age after "a girl of"
    ("A girl of about 9 was among the 17 injured, doctors said.", ["17"]),
    ("A crew of 20 was flown to the rig.", ["20"]),  # must not fire: a collective counts people
    # rule 3: a rank among a few
    ("The warning stays at the third of five, and 2,300 people remain in camps.", ["2,300"]),
    ("The first of 12 convoys reached the town.", ["12"]),  # must not fire: counts convoys
    # rule 4: keep-away distances
    ("Villagers were told to keep at least 7 km from the summit.", []),
    ("Nobody may enter a zone of 9 km around the reactor, where 4,100 people lived.", ["4,100"]),
    ("Lava flowed as far as 900 metres down the slope.", ["900"]),  # must not fire
    # rule 5: one shot dead
    ("Raiders stormed the market and one guard was shot dead, police said.", ["one"]),
    ("One of the guards said the gate was open.", []),  # must not fire: a pronoun
    ("Crews will level 4 damaged blocks next week.", ["4"]),  # must not fire: the verb "level"
])
def test_detection(nlp, text, figures):
    assert _texts(nlp, text) == figures


def test_restated_whole_opening_a_sentence(nlp):
    text = ("Rescuers brought 42 miners to the surface on Monday. The 42 miners were taken to hospital in Tarkwa.")
    assert _texts(nlp, text) == ["42"]


def test_whole_opening_a_sentence_told_first_stays(nlp):
    assert _texts(nlp, "The 58 miners were taken to hospital in Tarkwa.") == ["58"]


@pytest.mark.parametrize("text, figure, low, high", [
    ("Forecasts run from 300 million to 2.1 billion dollars in damage.", "300 million to 2.1 billion", 3e8, 2.1e9),
    ("The bill could be anywhere from 2 billion to 6 billion pesos.", "2 billion to 6 billion", 2e9, 6e9),
])
def test_spread_from_is_one_range(nlp, text, figure, low, high):
    claim = claim_of(nlp, text, figure)
    assert (claim.quantity.qualifier, claim.quantity.low, claim.quantity.high) == ("range", low, high)


def test_change_from_to_stays_two_figures(nlp):  # must not fire
    assert _texts(nlp, "The toll rose from 30 to 52 overnight.") == ["30", "52"]
