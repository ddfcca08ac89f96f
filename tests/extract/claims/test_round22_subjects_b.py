"""Issue 14, round 22 (subjects, b): a canal's or port's traffic is its owner's (rule 1q: "transits of the
Panama Canal" are Panama's, "the canal" the one named before), and a nationality the parser hung on the
word after the counted noun is the counted noun's own (rule 1r). Sentences written for these tests, in our
own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from newsclaims.extract.claims import subjects
from sentence_claims import claim_of


# rule 1q: traffic through a named canal or port is its owner's
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("WASHINGTON - Transits of the Panama Canal dropped by 29% in the dry season, US shipping analysts said.",
     "29%", "Panama"),
    ("The Kiel Canal reopened on Monday. About 80 vessels used the canal in its first day, a German "
     "official in Hamburg said, and Danish pilots guided 12 of them.", "About 80", "Germany"),
    ("Suez traffic falls 25% as Houthi attacks go on, a Yemen expert in London says. The Suez Canal is "
     "quieter than in any year since 2016.", "25%", "Egypt"),
])
def test_canal_traffic_is_its_owner(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 1q, must not fire: seas, gulfs and straits are no one's; a canal never named; harm measures
@pytest.mark.model
@pytest.mark.parametrize("text, noun", [
    ("Shipping through the Gulf of Aden fell 60% in February.", "Shipping"),
    ("Ships through the Strait of Hormuz fell to 90 a day.", "Ships"),
    ("Ships in the Red Sea fell to 40 a day.", "Ships"),
    ("About 50 ships used the canal on Monday.", "ships"),
])
def test_shared_water_gives_no_owner(nlp, text, noun):
    doc = nlp(text)
    assert subjects.waterway(next(t for t in doc if t.text == noun), "other") is None


@pytest.mark.model
def test_canal_owner_only_for_other_measures(nlp):
    doc = nlp("Ships through the Suez Canal were hit.")
    ships = doc[0]
    assert subjects.waterway(ships, "other") == "Egypt"
    assert subjects.waterway(ships, "killed") is None


# rule 1r: a nationality between the figure and its noun, hung on the next word
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Dozens of Rwandan troops land in Mozambique to fight insurgents", "Dozens", "Rwanda"),
    ("Hundreds of Turkish medics land in Syria after the quake", "Hundreds", "Turkey"),
])
def test_nationality_hung_on_the_verb(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 1r, must not fire: the nationality is the noun's own or the noun has none
@pytest.mark.model
def test_people_without_nationality_keep_the_place(nlp):
    assert claim_of(nlp, "Hundreds of police land in Haiti to take on the gangs", "Hundreds").subject == "Haiti"


# rule 3c: fighters a group owns without naming it are the one armed group the article names
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Air raids hit positions of Somalia's Shabaab militia overnight. The militia said 14 of its fighters had "
     "been killed.", "14", "Shabaab"),
    ("Drones struck the Houthi movement's bases near the coast on Sunday, and the Houthis later admitted that "
     "seven of the group's fighters had died.", "seven", "Houthis"),
])
def test_group_owns_its_fighters(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 3c, must not fire: two groups named; no group named; a country's army
@pytest.mark.model
def test_group_fighters_left_alone(nlp):
    doc = nlp("Fighting between the Wagner group and Shabaab militants went on. The group said 9 of its "
              "fighters were dead.")
    assert subjects._group_named(next(t for t in doc if t.text == "fighters")) is None
    doc = nlp("The army said 30 of its fighters had deserted near the border.")
    assert subjects._group_named(next(t for t in doc if t.text == "fighters")) is None


# "Regions" (scene.across, round 22): "the region" of an article about a region of several countries
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Malaria cases are rising across Africa, the WHO said on Monday. Its regional director warned that the "
     "region could see more than 2 million cases by June. Nigeria counted 12,000 last week.",
     "more than 2 million", None),
    ("Chikungunya is spreading through Latin America. Regional health officials said the region had logged "
     "about 400,000 infections this year.", "about 400,000", None),
])
def test_region_of_several_has_no_subject(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# must not fire: a region inside one country; a country's share of the region's count
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Storms battered the Kherson region of Ukraine. Officials said the region had 25,000 homes without "
     "power.", "25,000", "Ukraine"),
    ("Dengue is surging across the Americas. Peru alone accounts for about 12% of the region's cases, "
     "officials in Lima said.", "about 12%", "Peru"),
])
def test_region_inside_a_country_keeps_it(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject
