"""Issue 14, round 17 (measures): doses given (rule 32), animals killed (rule 33), people eligible for a payout
(rule 34), people out of their homes or not (rule 35) and cases of disappearances (rule 36). Sentences written for
these tests, in our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


# rule 32: doses pledged, promised, bought, asked for or due
@pytest.mark.parametrize("text, figure", [
    ("The Netherlands has promised 20,000 doses to Haiti.", "20,000"),
    ("Another 40,000 doses are due next week, officials said.", "40,000"),
    ("Donors have pledged about 120,000 vaccine doses.", "about 120,000"),
    ("Chad has asked France for at least 1 million doses.", "at least 1 million"),
    ("Officials said 60,000 doses had been bought by the bank for Malawi.", "60,000"),
])
def test_doses_given(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "supplied"


@pytest.mark.parametrize("text, figure", [
    # doses given to people count the vaccination, not a delivery; a count of doses stored is no gift
    ("The clinic said 2,000 doses were sitting in its freezers.", "2,000"),
    ("Nurses have thrown away 3,000 doses that had expired.", "3,000"),
])
def test_doses_not_given(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


# rule 33: animals killed by a spill; the species they belong to are no dead
@pytest.mark.parametrize("text, figure", [
    ("The toxic runoff killed an estimated 12,400 fish along the river, officials said.", "an estimated 12,400"),
    ("The leak killed about 800 hens on two farms, the ministry said.", "about 800"),
])
def test_animals_killed(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "killed"


@pytest.mark.parametrize("text, figure", [
    ("The spill killed 2,000 fish of 9 species, officials said.", "9"),
    ("The flood destroyed 40 houses, officials said.", "40"),
])
def test_no_animals_killed(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


# rule 34: eligible for a payout
@pytest.mark.parametrize("text, figure", [
    ("Officials said 3,000 people might be eligible for compensation.", "3,000"),
    ("Under the settlement, some 8,500 residents are eligible, the lawyers said.", "some 8,500"),
])
def test_eligible_for_a_payout(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "affected"


def test_eligible_to_vote_is_no_payout(nlp):
    text = "About 4,000 residents are eligible to vote in the settlement referendum."
    assert claim_of(nlp, text, "About 4,000").measure == "other"


# rule 35: living out of their homes, or refusing to leave
@pytest.mark.parametrize("text, figure", [
    ("About 40 families were still living in hotels after the fire, the council said.", "About 40"),
    ("Some 65 households are living on the mine's relocation payments.", "Some 65"),
])
def test_temporary_homes(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "displaced"


@pytest.mark.parametrize("text, figure", [
    ("He said more than 300 residents had refused to leave.", "more than 300"),
    ("About 120 villagers declined to leave despite the order, police said.", "About 120"),
    ("About 40 families were still living in the village, the council said.", "About 40"),
])
def test_no_displacement(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


# rule 36: cases of disappearances
@pytest.mark.parametrize("text, figure", [
    ("The group also documented 14 cases of enforced disappearances.", "14"),
    ("Lawyers listed 27 cases of abduction since March.", "27"),
])
def test_cases_of_disappearances(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "captured"


def test_court_cases_are_no_captives(nlp):
    assert claim_of(nlp, "The court heard 40 cases of fraud last year.", "40").measure == "other"


# rule 37: shot dead with the object between
@pytest.mark.parametrize("text, figure", [
    ("In Kibera, residents said officers had shot at least two young men dead overnight.", "at least two"),
    ("Witnesses said soldiers beat three protesters dead in the square.", "three"),
])
def test_shot_dead(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "killed"


def test_shot_without_death(nlp):
    assert claim_of(nlp, "Police said officers had shot at two young men overnight.", "two").measure != "killed"


# rule 38: seized by men in plain clothes
@pytest.mark.parametrize("text, figure", [
    ("Activists said about 30 people, many of them students, had been seized by men believed to be plain-clothes "
     "police.", "about 30"),
    ("Relatives said 12 villagers were taken by masked men from the market.", "12"),
])
def test_seized_by_men(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "captured"


def test_goods_seized_by_police(nlp):
    assert claim_of(nlp, "Customs said 400 phones were seized by officers at the port.", "400").measure == "other"


# rule 39: a list by place that drops the noun of its first part
def test_a_list_by_place(nlp):
    text = "Mombasa accounted for 12 of the deaths, followed by Kilifi with five, Kwale and Lamu with two each."
    assert [claim_of(nlp, text, f).measure for f in ("five", "two")] == ["killed", "killed"]


def test_with_is_no_list_without_a_partitive(nlp):
    text = "The team finished the season with five wins."
    assert claim_of(nlp, text, "five").measure == "other"


def test_a_list_by_place_with_each(nlp):
    text = ("Gulu accounted for 9 of the arrests, followed by Lira with four, Kitgum, Pader and Arua with three each, "
            "and Adjumani with two, the police said.")
    assert [claim_of(nlp, text, f).measure for f in ("four", "three", "two")] == ["arrested"] * 3
