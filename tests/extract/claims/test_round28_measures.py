"""Issue 14, round 28 (measures and detection): money bounds a rule sets are references (nonclaims round 28, rule 1),
where a class begins (rule 2), rain in millimetres (quantities rule 11), camps, shelters and hospitals are no people
(measures rule 118), bodies handed to kin (119), the later items of an "among them" list (120), personnel under
investigation (121), the dead in morgues (122), members sent to a house (123), and a group of "N of
them" that is never the places it is kept in. Sentences written for these tests, in our own words, about other
events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, absent, present", [
    # rule 1: the amounts a threshold, level or tax allowance moves between
    ("The earnings level at which workers begin paying the levy will fall from $12,000 to $8,000 a year.", "12,000", None),
    ("The earnings level at which workers begin paying the levy will fall from $12,000 to $8,000 a year.", "8,000", None),
    ("The tax-free allowance that savers can claim will go up from €2,000 to €3,500.", "3,500", None),
    ("The government raised the threshold from £50,000 to £60,000.", "60,000", None),
    # rule 1: the first amount a rule reaches, and a bound that sorts a group
    ("Pension pots will be exempt from the charge only on the first £500,000.", "500,000", None),
    ("Officials said 60% of households held savings worth less than £20,000 and would be spared.",
     "less than £20,000", "60%"),
    ("Some 34% of estates are worth more than $1 million, the agency said.", "more than $1 million", "Some 34%"),
    # must not fire: a wage, a price, an allowance paid to people, one thing's worth, a sum that arrived
    ("The minimum wage will rise from £9.50 to £10.40 an hour.", None, "10.40"),
    ("Fuel prices rose from $3 to $4 a gallon.", None, "4"),
    ("The daily allowance paid to refugees rose from $2 to $3.", None, "3"),
    ("The painting is worth more than £2 million, the auction house said.", None, "more than £2 million"),
    ("The company's assets are worth more than $5 billion.", None, "more than $5 billion"),
    ("The insurer has paid out in 12 claims worth more than $400 million in total.", None, "more than $400 million"),
    ("The first $2 million of the pledge arrived last week.", None, "2 million"),
    # rule 2: where a class begins
    ("The agency treats anything above 115.6 mm in a day as very heavy rain.", "above 115.6", None),
    ("Sailors call everything over 34 knots a gale.", "over 34", None),
    # must not fire: an amount that fell
    ("Forecasters expect more than 150 millimetres of rain on the coast.", None, "more than 150"),
])
def test_round28_detection(nlp, text, absent, present):
    found = [c.quantity.text for c in claims_of(nlp, text)]
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found


RAIN = "The town had 310 mm of rain in two days, the weather office said: 120 mm on Monday and 190 mm on Tuesday."


@pytest.mark.parametrize("text, figure", [
    (RAIN, "310"), (RAIN, "190"),
    ("Forecasters expect more than 150 millimetres of rain on the coast.", "more than 150"),
    ("The hills had received 640 mm of rain by Friday.", "640"),
])
def test_round28_rain_in_millimetres(nlp, text, figure):
    claim = claim_of(nlp, text, figure)
    assert (claim.quantity.unit, claim.counted, claim.measure) == ("mm", None, "other")


BODIES = ("The police chief said on Tuesday that 140 bodies had been pulled from the mud, among them 51 women and 17 "
          "children, and that 96 had been returned to their families.")


@pytest.mark.parametrize("text, figure, measure", [
    # rule 118: camps, shelters and hospitals are no displaced or wounded people; the people in them are
    ("Officials said 30 relief camps in the province were sheltering more than 4,000 people.", "30", "other"),
    ("Nearly 60 shelters across the city were sheltering 9,000 residents.", "Nearly 60", "other"),
    ("Nearly 60 shelters across the city were sheltering 9,000 residents.", "9,000", "displaced"),
    ("About 2,000 people were staying in 12 relief camps.", "About 2,000", "displaced"),
    ("The health chief said about 90 were still being treated on Monday evening in six hospitals, 8 of them in a "
     "serious condition.", "six", "other"),
    # a group of "N of them" is the people, not the hospitals they are in
    ("The health chief said about 90 were still being treated on Monday evening in six hospitals, 8 of them in a "
     "serious condition.", "8", "wounded"),
    # rule 119: bodies handed to kin
    (BODIES, "96", "killed"),
    ("The coroner said 58 bodies had been examined and 41 had been released to relatives.", "41", "killed"),
    # must not fire: people returned to their families with no dead before
    ("Officials said 300 people were returned to their families after the storm.", "300", "other"),
    # rule 120: the later items of an "among them" list
    (BODIES, "51", "killed"),
    (BODIES, "17", "killed"),
    ("Some 90 people were hurt in the blast, among them 12 police officers and 30 students.", "30", "wounded"),
    # must not fire: a list of things, with no group state
    ("The company builds 500 cars a week, including 120 trucks and 60 vans.", "60", "other"),
    # rule 121: personnel under investigation
    ("The navy chief said four sailors seen beating a prisoner are under investigation.", "four", "other"),
    ("The army chief, Juan Ortiz, has said three soldiers seen punching protesters are under investigation.", "three",
     "other"),
    # must not fire: personnel sent or on duty
    ("The government sent 400 soldiers to the town and 200 police officers remain on duty there.", "200", "deployed"),
    ("About 500 officers are on the streets tonight.", "About 500", "deployed"),
    # rule 122: the dead in morgues
    ("The mayor said 400 bodies had been recovered from the rubble and another 120 were in hospital morgues.", "120",
     "killed"),
    ("About 60 bodies remain at the city mortuary, officials said.", "About 60", "killed"),
    # must not fire: patients in hospital
    ("Officials said 35 people were in hospital with burns.", "35", "wounded"),
    # rule 123: members a region sends to a house
    ("The northern region, which sends 42 members to parliament, swung to the opposition.", "42", "other"),
    # must not fire: members sent elsewhere
    ("The union sent 80 members to the picket line.", "80", "deployed"),
])
def test_round28_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


def test_group_of_them_counts_people(nlp):
    text = ("The health chief said about 90 were still being treated on Monday evening in six hospitals, 8 of them in a "
            "serious condition.")
    assert claim_of(nlp, text, "8").counted == "person"
