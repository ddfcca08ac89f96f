"""Issue 14, round 11: subjects in stories of several countries -- a clause that names its own place
(:func:`newsclaims.extract.claims.scene.placed`). Sentences written for these tests, in our own words."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

#: An opening naming several countries, so that the story is one of several places.
STORM = ("Cyclone Dara tore across Mozambique on Monday before moving into Malawi and Zimbabwe. "
         "Mozambique bore the brunt of it, officials in Mozambique said. ")


@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    (STORM + "In Malawi, the disaster agency lifted its death toll to 31.", "31", "Malawi"),
    (STORM + "The storm later struck eastern Zimbabwe with gusts of 150 km/h.", "150", "Zimbabwe"),
    (STORM + "Floods left 60% of Malawi without clean water.", "60%", "Malawi"),
    (STORM + "Some 400 villages were cut off by mudslides, the Zimbabwean authorities said.", "Some 400",
     "Zimbabwe"),
    (STORM + "At least 12 people drowned near Blantyre, Malawi's commercial capital.", "At least 12", "Malawi"),
])
def test_a_clause_naming_its_own_place_takes_that_country(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
@pytest.mark.parametrize("text, figure, wrong", [
    # where it was said is not where it happened
    (STORM + "Some 9,000 people had left their homes, a spokesman told journalists in Geneva.", "Some 9,000",
     "Switzerland"),
    # a destination or an origin names no place of the figure
    (STORM + "A freighter bound for Durban, South Africa, had 18 sailors aboard.", "18", "South Africa"),
    # a people living abroad keep their own country, not the host's
    (STORM + "About 2,000 Mozambicans in Zimbabwe asked for help to return.", "About 2,000", "Zimbabwe"),
    # a country that sends troops owns what they suffer
    (STORM + "Officials believe that Tanzania has sent 500 soldiers to help, losing 3 of them in a landslide.",
     "3", "Malawi"),
])
def test_a_place_that_is_not_the_figures_does_not_move_it(nlp, text, figure, wrong):
    assert claim_of(nlp, text, figure).subject != wrong


@pytest.mark.model
def test_a_list_of_countries_gives_no_single_place(nlp):
    claim = claim_of(nlp, STORM + "Aid groups said 2.5 million people in Mozambique, Malawi and Zimbabwe need food.",
                     "2.5 million")
    assert claim.subject not in ("Malawi", "Zimbabwe")
