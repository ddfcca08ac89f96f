"""Issue 14, round 20 (subjects): territories with their own ISO 3166 entry and the state they belong to
(gazetteer ``sovereign``; the main actor, a clause's place and what the state sends in), a paragraph that
opens on a third country in a story of two sides, the lead's place running on over paragraphs that name
none, and a supplier's name the tagger left untagged. Sentences written for these tests, in our own words,
about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer
from sentence_claims import claim_of


# gazetteer: the state a territory with its own ISO entry belongs to, from ISO 3166-2
@pytest.mark.parametrize("name, state", [
    ("Guadeloupe", "France"), ("Reunion", "France"), ("New Caledonia", "France"),
    ("Puerto Rico", "United States"), ("Guam", "United States"), ("Aruba", "Netherlands"),
    ("Hong Kong", "China"),
])
def test_sovereign(name, state):
    assert gazetteer.sovereign(name) == state


@pytest.mark.parametrize("name", ["France", "Bavaria", "Taiwan", "Scotland", "Kenya", None])
def test_no_sovereign(name):  # must not fire: states, provinces, a disputed island
    assert gazetteer.sovereign(name) is None


# main actor: a territory named about as often as its state is the story's place
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Storm Irma's remnants flooded Guadeloupe on Friday. The French overseas minister flew in from Paris, "
     "and French officials said 12 people had died. Guadeloupe's schools will stay shut.", "12", "Guadeloupe"),
    ("A heatwave hit Puerto Rico this week. The US health secretary said American doctors were worried, "
     "and officials said 230 people had been treated. Puerto Rico's power grid held.", "230", "Puerto Rico"),
])
def test_territory_before_its_state(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_state_story_naming_territory_once(nlp):  # must not fire: the territory is named in passing
    text = ("France's jobless rate fell in the spring. French officials in Paris said 41,000 jobs were added "
            "across France, including some in Guadeloupe.")
    assert claim_of(nlp, text, "41,000").subject == "France"


# what the state sends into its territory is the state's
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Cyclone Belal battered Reunion. French ministers said the toll in Reunion stood at four. Reunion's "
     "airport reopened, and some 600 soldiers have been flown in from mainland France.", "some 600", "France"),
    ("A hurricane struck Guam on Monday. The US Navy said the island's port was shut. Guam's governor asked "
     "for help, and about 300 relief workers have been airlifted in, officials in Guam said.",
     "about 300", "United States"),
])
def test_sent_into_territory(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_territory_without_its_state_keeps_own_crews(nlp):  # must not fire: the state is never named
    text = ("A fire swept through a market in Hong Kong. Hong Kong's fire services said 180 firefighters "
            "had been sent to the scene in Kowloon.")
    assert claim_of(nlp, text, "180").subject == "Hong Kong"


# a clause's place: a territory and its state named together place the figure in the territory
@pytest.mark.model
def test_clause_with_territory_and_state(nlp):
    text = ("Mozambique and Madagascar counted their dead. Mozambique's agency gave 40 dead. "
            "The French authorities in Martinique said nine people had died.")
    assert claim_of(nlp, text, "nine").subject == "Martinique"


@pytest.mark.model
def test_clause_state_alone_in_territory_story(nlp):  # the state's officials tell of its territory
    text = ("Floods hit Reunion on Sunday. Reunion's roads were cut, and the French interior minister flew to "
            "Reunion from Paris. French officials said 17 people had died.")
    assert claim_of(nlp, text, "17").subject == "Reunion" or claim_of(nlp, text, "17").subject == "Réunion"


# two sides: a paragraph that opens on a third country is that country's
TWO_SIDES = ("BEIRA - Cyclone Idai hit Mozambique and Zimbabwe. Mozambique counted 600 dead, and Zimbabwe's "
             "government said 300 people had died. Mozambique's ports were shut.\n\n")


@pytest.mark.model
@pytest.mark.parametrize("tail, figure, subject", [
    ("In Malawi, where rains followed the storm, the disaster agency said 56 people had died. "
     "Its director said 577 had been hurt.", "56", "Malawi"),
    ("In Malawi, where rains followed the storm, the disaster agency said 56 people had died. "
     "Its director said 577 had been hurt.", "577", "Malawi"),
])
def test_paragraph_opening_on_third_country(nlp, tail, figure, subject):
    assert claim_of(nlp, TWO_SIDES + tail, figure).subject == subject


@pytest.mark.model
def test_third_country_named_in_passing(nlp):  # must not fire: the paragraph opens on no place
    text = TWO_SIDES + "The agency said 90 more people had died, a spokesman told reporters visiting from Malawi."
    assert claim_of(nlp, text, "90").subject != "Malawi"


# the lead's place runs on over paragraphs that name none
SECTIONS = ("PARIS - A week after the storm, the official toll in Martinique stands at 14, the government said.\n\n"
            "The ministry's latest count lists 14 dead and about 900 injured.\n\n"
            "In Haiti, the civil protection agency said 60 people had died in Jeremie. Haiti's government asked "
            "for help, and Haitian rescuers searched Les Cayes. Haiti declared three days of mourning.\n\n")


@pytest.mark.model
def test_lead_place_runs_on(nlp):
    assert claim_of(nlp, SECTIONS, "about 900").subject == "Martinique"


@pytest.mark.model
def test_lead_place_stops_at_other_place(nlp):  # must not fire: a paragraph after "In Haiti" is Haiti's
    text = SECTIONS + "The agency said 1,200 homes had been destroyed."
    assert claim_of(nlp, text, "1,200").subject == "Haiti"


@pytest.mark.model
def test_lead_of_two_places_runs_nowhere(nlp):  # must not fire: the lead names two countries
    text = ("LIMA - Floods hit Peru and Bolivia this week, officials in both countries said.\n\n"
            "The latest count lists 31 dead.\n\n"
            "In Bolivia, rescuers reached La Paz. Bolivia's army and Bolivian police helped, and Bolivia's "
            "president flew in.\n\n")
    assert claim_of(nlp, text, "31").subject in ("Bolivia", None)


# rule 4e: a supplier's untagged proper name keeps its name
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Sanofi is supplying 2 million doses to Kenya, the health ministry said.", "2 million", "Sanofi"),
    ("Sanofi is shipping 650,000 vials of the drug to Peru, officials said.", "650,000", "Sanofi"),
])
def test_untagged_supplier(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_country_supplier_stays_country(nlp):  # must not fire: the supplier is a country
    text = "Officials said Japan is providing 400,000 doses of the vaccine to Congo."
    assert claim_of(nlp, text, "400,000").subject == "Japan"


# totals across the world: the world a place is cut off from or opened to is no total
@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("Nepal's government shut the internet on Friday, leaving a country of 30 million people almost cut off "
     "from the world.", "30 million"),
    ("Peru's new airport opened on Monday, and its 12 gates link the country to the world, Peruvian officials "
     "said.", "12"),
])
def test_world_apart_is_no_total(nlp, text, figure):
    assert claim_of(nlp, text, figure).subject in ("Nepal", "Peru")


@pytest.mark.model
def test_world_total_still_none(nlp):  # must not fire: a total across the world keeps no subject
    text = "Kenya reported new cases. Across the world, 90,000 cases were recorded last year, the WHO said."
    assert claim_of(nlp, text, "90,000").subject is None


# a clause's place: the figure's own placing phrase first
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("The agency put the number of people displaced at 52,000 in Kenya and about 9,000 in Somalia.",
     "about 9,000", "Somalia"),
    ("The agency put the number of people displaced at 52,000 in Kenya and about 9,000 in Somalia.",
     "52,000", "Kenya"),
    ("The storm left 3,000 homes without power in Cuba and 800 in the Bahamas, officials said.", "800",
     "The Bahamas"),
])
def test_own_placing_phrase(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_own_placing_phrase_in_two_sides_story(nlp):  # a third country in the figure's own phrase, named once
    text = TWO_SIDES + ("The UN agency put the number of people affected at 400,000 in Mozambique and about 30,000 "
                        "in Malawi.")
    assert claim_of(nlp, text, "about 30,000").subject == "Malawi"
