"""Issue 14, round 30 (measures and modality): people a vaccination campaign reaches (measures rule 129), forces that
went in (130), forces faced in a standoff (131), a list's earlier level (132), names on a list of victims (133); a
continued count keeps a stated ``other`` (assembly); modality's "urge", the month "May", relative clauses, the planners'
places and auction bids.
Sentences written for these tests, in our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, expected", [
    # rule 129: people a vaccination campaign reaches
    ("Nearly 400,000 children in the province have been vaccinated against measles since March.", "Nearly 400,000",
     "affected"),
    ("The agency counted 212,480 residents aged five and over immunised in the first week.", "212,480", "affected"),
    ("The health office said the drive aims to protect about 1.1 million people.", "about 1.1 million", "affected"),
    ("The polio campaign began on Monday. Teams hope to reach every household, among them some 90,000 children.",
     "some 90,000", "affected"),
    # must not fire: a crowd reached with no campaign near
    ("The march reached 50,000 people by noon, the organisers said.", "50,000", "other"),
    # rule 130: forces that went in
    ("The interior ministry said about 150 police officers had entered the parliament building.", "about 150",
     "deployed"),
    ("A spokesman insisted that only 60 soldiers had gone inside the station.", "60", "deployed"),
    ("Some 400 marines stormed the port at dawn.", "Some 400", "deployed"),
    # must not fire: workers who enter their workplace
    ("About 900 workers entered the factory for the morning shift.", "About 900", "other"),
    # rule 131: forces faced in a standoff
    ("The raid was called off after a standoff of three hours with some 120 guards.", "some 120", "deployed"),
    ("Protesters fought running clashes with 300 riot police.", "300", "deployed"),
    # must not fire: people met without a confrontation
    ("The minister held talks with 40 farmers in the square.", "40", "other"),
])
def test_round30_people_and_forces(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).measure == expected


@pytest.mark.parametrize("text, figure, expected", [
    # rule 132: a list's earlier level
    ("Officials said the list of the missing had shrunk from 88 after several hikers called home.", "88", "missing"),
    ("The tally of the dead climbed to 74 overnight.", "74", "killed"),
    # must not fire: a list of no state
    ("The list of applicants had shrunk from 500 by Friday.", "500", "other"),
    # rule 133: names on a list kept of victims
    ("The toll rose again on Monday. Families keep their own list, which by then had 97 names.", "97", "killed"),
    ("Survivors say many more died. Their register now holds 52 names.", "52", "killed"),
    # must not fire: a list with nothing of a toll near it
    ("The choir keeps a list of singers, which had 45 names last year.", "45", "other"),
    # assembly: a continued count keeps ``other`` where a rule stated it
    ("The collapse killed 31 workers and injured 70. Four people have been named as suspects.", "Four", "other"),
])
def test_round30_lists_and_suspects(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).measure == expected


@pytest.mark.parametrize("text, figure, expected", [
    # "urge" asks as "ask" does
    ("In closing, the prosecutor urged the jurors to award at least $20 million.", "at least $20 million", "projected"),
    # "May" after a number is the month
    ("A missile on 9 May hit four fuel depots near the port.", "four", "reported"),
    ("Officials said 300 more troops may arrive in May.", "300", "projected"),
    # a relative clause is its own
    ("The lenders, who hold about $900 million in bonds, agreed to wait so that suppliers would be paid.",
     "about $900 million", "reported"),
    # where the planners work is no plan, the plan's own figure is
    ("Nurses at 42 clinics aim to reach 10,000 mothers this month.", "42", "reported"),
    ("Nurses at 42 clinics aim to reach 10,000 mothers this month.", "10,000", "projected"),
    # in an article about an auction a bid is placed
    ("The auction closed on Friday. A local brewer's winning bid offered $2.4 million in cash.", "2.4 million",
     "reported"),
    ("The auction ended in a dispute. The auctioneer rejected the $2.4 million bid.", "2.4 million", "reported"),
    # must not fire: a bargaining offer outside an auction
    ("The government offered nurses a 3% rise.", "3%", "projected"),
])
def test_round30_modality(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).modality == expected


def test_round30_vaccinators_are_not_reached(nlp):
    # rule 129 must not fire: the people who vaccinate are no people reached
    assert claim_of(nlp, "About 300 nurses vaccinated children in the district.", "About 300").measure != "affected"


@pytest.mark.parametrize("text, figure", [
    # detection, round 30, rule 1: a fraction of a period
    ("The hostages were freed after a siege of three and a half hours with 80 police.", "three"),
    ("Talks ran for two and a half days before collapsing.", "two"),
    # rule 2: a person's age at an event
    ("Maria Lopez, whose son Daniel was 9 when he drowned, spoke to the court.", "9"),
    # rule 3: what a motion needs to pass, and the fraction beside it
    ("The opposition tabled a censure motion. It needs 151 votes, three-fifths of the chamber, to pass.", "151"),
])
def test_round30_not_claims(nlp, text, figure):
    from sentence_claims import claims_of
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text, figure", [
    # must not fire: a count told when, a level reached
    ("The toll was 6 when the rescuers arrived.", "6"),
    ("The motion won 180 votes, two-thirds of the house.", "180"),
    ("The siege ended after three hours with 80 police at the scene.", "80"),
])
def test_round30_still_claims(nlp, text, figure):
    from sentence_claims import claims_of
    assert figure in [c.quantity.text for c in claims_of(nlp, text)]
