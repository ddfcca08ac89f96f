"""Issue 14, round 16 (measures): arrivals in a refugee flight (rule 26), aid money pledged, promised or
sent with its verb left out (rule 27), the missing counted through registers and reports (rule 28),
survivors and patients in hospital (rule 29), people and things that are no harm and no delivery
(rule 30), and a level after a comparative (rule 31). Sentences written for these tests, in our own
words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

FLIGHT = " Aid workers said the refugees were exhausted."


# rule 26: arrivals in an article about a refugee flight
@pytest.mark.parametrize("text, figure", [
    ("Officials said 8,200 people had crossed into Chad from Darfur by Friday." + FLIGHT, "8,200"),
    ("The border agency said 41,500 people had arrived from the war zone since Monday." + FLIGHT, "41,500"),
    ("By noon the total had reached 19,000, of whom 12,400 had been registered." + FLIGHT, "12,400"),
    ("The ministry said it had placed 3,150 people with host families." + FLIGHT, "3,150"),
    ("Almost 60% of the valley's people have gone in ten days." + FLIGHT, "Almost 60%"),
])
def test_arrivals_in_a_flight(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "displaced"


def test_a_list_of_arrivals_by_day(nlp):
    text = "About 4,000 had crossed on Monday, 7,300 on Tuesday and 9,100 on Wednesday." + FLIGHT
    assert [claim_of(nlp, text, f).measure for f in ("About 4,000", "7,300", "9,100")] == ["displaced"] * 3


@pytest.mark.parametrize("text, figure", [
    # a pace of work is the office's throughput, not the people taken in
    ("Clerks at the centre were registering about 600 people an hour." + FLIGHT, "about 600"),
    # outside an article about a flight, crossing and housing tell nothing of displacement
    ("About 4,000 fans had crossed into Austria for the final.", "About 4,000"),
    ("About 300 delegates had registered for the summit.", "About 300"),
])
def test_arrivals_outside_a_flight(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


# rule 27: aid money pledged, promised or sent by a donor, also with the verb left out
@pytest.mark.parametrize("text, figure", [
    ("DHAKA - The head of the World Food Programme pledged $6 million in emergency aid.", "6 million"),
    ("DHAKA - The European Union has promised 3 million euros.", "3 million"),
    ("DHAKA - Japan has pledged $4 million, and the European Union 2 million euros.", "2 million"),
    ("DHAKA - Norway has sent 9 million crowns, Denmark 5 million crowns and Ireland 2 million euros.",
     "2 million"),
])
def test_gifts_of_money(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "supplied"


@pytest.mark.parametrize("text, figure", [
    # the article's own government's money to victims is relief, not a donor's gift
    ("DHAKA - The ministry said it had handed out 2 million taka in cash assistance to the families.", "2 million"),
    # a price paid is no gift
    ("DHAKA - The company paid $40 million for the plant, and its rival $35 million for the port.", "35 million"),
])
def test_money_that_is_no_gift(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


# rule 28: the missing counted through reports and registers
@pytest.mark.parametrize("text, figure", [
    ("Flood town: 37 families report relatives missing", "37"),
    ("The mayor said 22 people had reported relatives missing since the river rose.", "22"),
    ("Relatives had written 31 names into a register of missing persons at the town hall.", "31"),
    ("The list of the missing has grown quickly, from 14 names on Monday.", "14"),
    ("Rescuers said about 20 people were still under the concrete.", "about 20"),
])
def test_missing_through_registers(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "missing"


@pytest.mark.parametrize("text, figure", [
    ("The mayor said 22 people had reported damage to their homes.", "22"),
    ("Volunteers had written 31 names into the guest book.", "31"),
])
def test_reports_and_names_that_are_no_missing(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


# rule 29: survivors and patients in hospital
@pytest.mark.parametrize("text, figure", [
    ("Of the 11 survivors, four have been treated and discharged and seven remain at St Mary's Hospital.", "four"),
    ("Of the 11 survivors, four have been treated and discharged and seven remain at St Mary's Hospital.", "seven"),
    ("Firefighters carried 140 people with burns out of the plant. Doctors said the condition of dozens of the "
     "patients was serious.", "dozens"),
    ("Boats took 40 of the injured to the mainland and trucks carried 25 more, bringing to 65 the number treated "
     "in hospitals on the coast.", "25"),
    ("Boats took 40 of the injured to the mainland and trucks carried 25 more, bringing to 65 the number treated "
     "in hospitals on the coast.", "65"),
])
def test_survivors_and_patients_in_hospital(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "wounded"


def test_patients_of_an_outbreak_stay_ill(nlp):
    text = "The cholera outbreak has spread. Doctors said the condition of dozens of the patients was serious."
    assert claim_of(nlp, text, "dozens").measure == "affected"


def test_survivors_with_no_word_of_hospital(nlp):
    assert claim_of(nlp, "Of the 11 survivors, four have gone home to their villages.", "four").measure == "other"


# rule 30: the rescued, a site's workforce, things sold, people who give, people of a court
@pytest.mark.parametrize("text, figure", [
    ("Firefighters had counted six bodies and three people rescued by Tuesday.", "three"),
    ('"There were about 40 of us carpenters and five engineers on the site," he said.', "five"),
    ("The developer said 70% of the units had been sold.", "70%"),
    ("Of the 60 people questioned, 31 had given answers that needed no follow-up.", "31"),
    ("The 12 jurors and four alternates were sent home on Friday.", "four"),
])
def test_no_harm_and_no_delivery(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


@pytest.mark.parametrize("text, figure, measure", [
    ("The army sent 300 soldiers and 40 engineers to the bridge.", "40", "deployed"),
    ("Gunmen kidnapped 30 pupils on Friday. The army said it had rescued 12 of them.", "12", "captured"),
    ("The country has sold 200 tanks to its neighbour.", "200", "supplied"),
])
def test_deliveries_and_captives_stay(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


# rule 31: a level set off after a comparative
@pytest.mark.parametrize("text, figure, measure", [
    ("Local reporters say the true toll is higher, more than 90.", "more than 90", "killed"),
    ("Aid groups believe the number of evacuees is larger, about 12,000.", "about 12,000", "displaced"),
])
def test_level_after_a_comparative(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


def test_comparative_of_no_measure(nlp):
    assert claim_of(nlp, "The town's population is larger, 40,000.", "40,000").measure == "other"


# another figure for a count told before: "a higher count of N"
def test_a_higher_count_of(nlp):
    text = ("Officials said 8,200 people had crossed into Chad by Friday. A minister later gave a higher count "
            "of 9,100." + FLIGHT)
    assert claim_of(nlp, text, "9,100").measure == "displaced"


def test_a_count_of_with_nothing_before(nlp):
    assert claim_of(nlp, "The organisers gave a higher count of 9,100 marchers.", "9,100").measure == "other"


def test_a_count_put_at_keeps_its_participle(nlp):
    # "put the number of X sent to Y at N": the count's own participle tells the measure; only a count *given*
    # ("gave a count of N marchers") is no delivery
    text = "Diplomats put the number of engineers sent to the front at roughly 3,000."
    assert claim_of(nlp, text, "roughly 3,000").measure == "deployed"
