"""Issue 14, round 22 (subjects): a place name that names a disease is no place (rule 1p: "the Marburg
virus", "Lassa fever" are no Slovenia or China), and a supplier named by its kind ("the institute") is the
body the article named before (rule 4f). Sentences written for these tests, in our own words, about other
events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from newsclaims.extract.claims import subjects
from sentence_claims import claim_of


# rule 1p: a disease named after a place gives no country
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("KAMPALA - Uganda's health ministry said on Monday that the Marburg outbreak in the west of the country had "
     "reached 14 cases.", "14", "Uganda"),
    ("Lassa fever has killed 38 people in Nigeria this year, the disease control centre said. The Lassa "
     "toll is the highest since 2020.", "38", "Nigeria"),
    ("Guinea confirms 9 Marburg cases as the virus spreads in the south.", "9", "Guinea"),
    ("Ghana's health service said 12 patients had recovered from the Marburg virus and 3 remained in isolation.",
     "3", "Ghana"),
])
def test_disease_is_no_place(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 1p, must not fire: the town itself, with no illness in the article; a body's name
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Herders in the Rift Valley lost 4,000 cattle to the drought, officials said.", "4,000", "Kenya"),
])
def test_place_is_still_a_place(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.model
def test_town_without_illness(nlp):
    doc = nlp("The university town of Marburg has 77,000 residents, the city council said.")
    assert not subjects.disease_name(next(t for t in doc if t.text == "Marburg"))


@pytest.mark.model
def test_disease_name_reads_the_article(nlp):
    doc = nlp("Doctors at the Uganda Virus Research Institute tested 40 samples for West Nile virus.")
    uganda = next(t for t in doc if t.text == "Uganda")
    nile = next(t for t in doc if t.text == "Nile")
    assert not subjects.disease_name(uganda)  # a body's name, in its place
    assert subjects.disease_name(nile)
    doc = nlp("Ebola is spreading in the east; the fever has killed 20 people in Beni, officials said.")
    assert subjects.disease_name(doc[0])
    assert not subjects.disease_name(next(t for t in doc if t.text == "Beni"))


# rule 4f: a supplier named by its kind is the body named before
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("The Gates Foundation has backed the campaign since March. The foundation said it had donated 30,000 "
     "bed nets to clinics in Malawi.", "30,000", "Gates Foundation"),
    ("The Serum Institute of India signed the order in May. The institute said it shipped about 500,000 doses "
     "to Lagos last week.", "about 500,000", "Serum Institute of India"),
])
def test_body_named_before(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 4f, must not fire: a state body named by its kind stays its country's
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("The Kenya Medical Supplies Authority signed the order in May. The authority said it had delivered 8,000 "
     "test kits to hospitals in Kisumu.", "8,000", "Kenya"),
])
def test_state_body_keeps_its_country(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject
