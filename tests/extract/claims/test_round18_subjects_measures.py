"""Issue 14, round 18 (subjects and measures): admin areas named like a country (subjects rule 1n), a news agency's
owner country (scene), a surname alone (subjects rule 4d), casualties admitted (measures rule 40), relatives lost
(41), people led out (42), the ill in hospital (43) and index readings (44). Sentences written for these tests, in
our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer
from sentence_claims import claim_of


# rule 1n: "<Name> state/province" is an admin area of the country that has one
def test_admin_area_gazetteer():
    assert gazetteer.admin_area("Niger") == "Nigeria"
    assert gazetteer.admin_area("Punjab", near={"Pakistan"}) == "Pakistan"
    assert gazetteer.admin_area("Punjab", near={"India"}) == "India"
    assert gazetteer.admin_area("Atlantis") is None


@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("At least 12 people drowned in Niger State on Sunday, emergency officials said.", "At least 12", "Nigeria"),
    ("In March, at least 30 people died in Niger state when a bus crashed, police said.", "at least 30", "Nigeria"),
    ("Floods killed 40 people in Punjab province, Pakistani officials said.", "40", "Pakistan"),
    # must not fire: the country itself
    ("At least 12 people drowned in Niger on Sunday, emergency officials said.", "At least 12", "Niger"),
])
def test_admin_area_subject(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# scene: a news agency's owner relays, never places
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Floods hit Kenya on Monday. France's AFP news agency reported that at least 40 people had died.",
     "at least 40", "Kenya"),
    ("Floods hit Kenya on Monday. Qatar's Al Jazeera television, citing hospital staff, said at least 40 people "
     "had died.", "at least 40", "Kenya"),
    # must not fire: a place written as the figure's own place
    ("Floods hit Kenya on Monday. In France, at least 40 people had died, the agency reported.", "at least 40",
     "France"),
])
def test_agency_owner_no_subject(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 4d: a surname alone is a person, never a supplier
@pytest.mark.model
def test_surname_not_subject(nlp):
    text = ("The governor received his Kano counterpart, Aminu Bello, on Friday. Bello pledged 50 million naira "
            "from the Kano state government for the victims.")
    assert claim_of(nlp, text, "50 million").subject != "Bello"


@pytest.mark.model
def test_organisation_still_supplier(nlp):  # must not fire
    assert claim_of(nlp, "Oxfam pledged 2 million dollars for the victims in Kenya.", "2 million").subject == "Oxfam"


# measures rules 40-44
@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    # 40: casualties admitted are the living hurt
    ("Wards filled up at the district hospital after at least 40 casualties were admitted.", "at least 40", "wounded"),
    ("At least 30 people with severe burns were taken to hospitals in the city, officials said.", "At least 30",
     "wounded"),
    ("Casualties from the blast were counted at 60, officials said.", "60", "casualties"),  # must not fire
    # 41: relatives lost
    ("A fisherman said he had lost close to 20 members of his extended family.", "close to 20", "killed"),
    ("She said she had lost three nephews in the fire.", "three", "killed"),
    # 42: led out of a building
    ("More than 3,000 people were led out of the stadium, the police said.", "More than 3,000", "displaced"),
    ("Hundreds of guests were escorted out of the hotel, staff said.", "Hundreds", "displaced"),
    ("Ten miners were brought out alive, the company said.", "Ten", "other"),  # must not fire
    # 43: the ill in hospital
    ("More than 5,000 people went to hospitals with breathing problems caused by the pollution, the health "
     "department said.", "More than 5,000", "affected"),
    ("Hospitals took in 4,000 asthma patients, the department said.", "4,000", "affected"),
    ("Smog sent 2.1 million people to hospitals in Sindh in a month.", "2.1 million", "affected"),
    ("Fumes from the fire sent 64 people to hospital.", "64", "wounded"),  # must not fire
    # 44: readings
    ("Delhi air index passes 900 as schools close", "900", "other"),
    ("The air quality index in Delhi reached 480 on Sunday.", "480", "other"),
])
def test_round18_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
