"""Issue 14, round 19 (subjects): a dateline that is its country's only mention is no side (sides rule 2b), a
place name several countries share placed inside a larger place (subjects rule 1o), a part of a worldwide total
picked out by its own country (scene, totals across the world), and the Ukrainian regions Russia claims to have
annexed (gazetteer). Sentences written for these tests, in our own words, about other events; each group has
cases that must not fire."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer
from sentence_claims import claim_of


# sides rule 2b: a dateline the text never names again is where the outlet writes from, not a side
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("PARIS - The largest American banks lost about $2 billion to the glitch, the consultancy said. "
     "Losses at regional lenders came to $300 million.", "300 million", "United States"),
    ("TOKYO - A software fault grounded hundreds of Canadian flights on Monday. "
     "Air carriers cancelled 640 flights, the regulator said.", "640", "Canada"),
    ("BERLIN - Brazilian retailers said the outage cost them 1.2 billion reais. "
     "About 40% of the stores closed early.", "About 40%", "Brazil"),
])
def test_dateline_only_is_no_side(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_dateline_over_lead_without_country_still_a_side(nlp):  # must not fire: the lead names no other country
    text = ("SYDNEY - The retailer's sales rose 6% to 4 billion dollars in the year, the company said. "
            "Delays at a Chinese supplier had slowed its stores in the spring, a spokeswoman added.")
    assert claim_of(nlp, text, "6%").subject == "Australia"


@pytest.mark.model
def test_dateline_named_again_still_a_side(nlp):  # must not fire: the dateline's country is named in the text
    text = ("KYIV - Russia launched a wave of drones at Ukraine overnight. Ukrainian officials said Russia had "
            "also fired missiles. Ukraine's capital was hit again and four people were killed.")
    assert claim_of(nlp, text, "four").subject == "Ukraine"


# rule 1o: a shared place name placed at once inside a larger place takes that place's country
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Russia fired missiles at Ukraine overnight. In Pokrovsk, in the Donetsk region, four miners were hurt.",
     "four", "Ukraine"),
    ("Russia fired missiles at Ukraine overnight. In Pokrovsk, Donetsk region, two pensioners died.",
     "two", "Ukraine"),
    ("Pakistan and India both sent rescue teams. In Hyderabad, in the southern state of Telangana, 14 people "
     "drowned.", "14", "India"),
    ("India and Pakistan both sent rescue teams. In Hyderabad, in the southern province of Sindh, 14 people "
     "drowned.", "14", "Pakistan"),
])
def test_shared_place_within(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_shared_place_alone_keeps_story_reading(nlp):  # must not fire: no larger place follows
    text = "Pakistan and India both sent rescue teams. In Hyderabad, 14 people drowned."
    assert claim_of(nlp, text, "14").subject == "Pakistan"


# scene: a part of a worldwide total picked out by its own country is that country's; the total keeps none
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Nearly 2,000 trains were halted worldwide on Tuesday, about 700 of them in Japan.", "about 700", "Japan"),
    ("Nearly 2,000 trains were halted worldwide on Tuesday, about 700 of them in Japan.", "Nearly 2,000", None),
    ("Some 9,000 parcels were delayed worldwide, the courier said, 3,500 of them to, from or within Germany.",
     "3,500", "Germany"),
])
def test_worldwide_part_placed(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_worldwide_part_unplaced(nlp):  # must not fire: the part names a time, not a country
    text = "Kenya and Uganda reported cases. Worldwide, 9,000 deaths were recorded, 4,100 of them in the past month."
    assert claim_of(nlp, text, "4,100").subject is None


# gazetteer: the Ukrainian regions Russia claims to have annexed are Ukraine's
@pytest.mark.parametrize("name", ["Donbas", "Donbass", "Donetsk People's Republic", "Luhansk People's Republic",
                                  "Donetsk Oblast", "Kherson Oblast", "Zaporizhzhia Oblast"])
def test_annexed_regions_are_ukraine(name):
    assert gazetteer.country(name, near={"Russia", "Ukraine"}) == "Ukraine"


def test_oblast_of_russia_stays_russian():  # must not fire: a Russian oblast
    assert gazetteer.country("Belgorod Oblast") == "Russia"
    assert gazetteer.country("Oblast") is None
