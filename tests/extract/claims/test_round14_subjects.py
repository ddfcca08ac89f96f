"""Issue 14, round 14: subject rules. Sentences written for these tests, in our own words, with other
names, places and numbers than the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

TWO = ("Storm hits Chile and Peru\n\nSANTIAGO - A storm swept across Chile and Peru on Monday, "
       "and Chile counted 40 homes destroyed in Chile.\n\n")


def test_locative_before_speaking_places(nlp):
    text = TWO + "In Peru, the grid company said 57 of its towers had fallen."
    assert claim_of(nlp, text, "57").subject == "Peru"


def test_from_demonym_noun_is_origin(nlp):
    text = TWO + "Officials counted 30 in Chile and 22 from Peruvian ports."
    assert claim_of(nlp, text, "22").subject == "Peru"


def test_news_agency_places_nothing(nlp):
    text = ("Quake kills 19 in Peru\n\nLIMA - A quake struck southern Peru on Monday.\n\n"
            "The Spanish news agency EFE reported that the toll stood at 23.")
    assert claim_of(nlp, text, "23").subject == "Peru"


def test_demonym_officials_still_place(nlp):  # must not fire: officials, no news organisation
    text = TWO + "The Peruvian authorities said 64 people were in shelters."
    assert claim_of(nlp, text, "64").subject == "Peru"
