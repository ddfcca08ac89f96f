"""Issue 14, round 10: general classes the round-9 blind stories showed (people returned or deported,
aid money from a donor, people left without a service or cut off, people of a data breach, ranges
with a currency sign on each bound, "one in every three"). Sentences written for these tests, in our
own words."""

from __future__ import annotations

import pytest

from newsclaims.extract.claims.numbers import read

from sentence_claims import claim_of


# --- without the model -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("one in every three", 1 / 3), ("two in every five", 0.4),
                                         ("one in four", 0.25), ("nine out of every ten", 0.9)])
def test_proportions_with_every_are_fractions(text, value):
    reading = read(text)
    assert (reading.value, reading.unit) == (pytest.approx(value), "fraction")


# --- with the model ----------------------------------------------------------------------------

DEPORTING = "Officials said the deportation campaign would go on. "


@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    (DEPORTING + "Border police deported 1,240 Syrians through the northern crossing on Tuesday.", "1,240", "Syria"),
    (DEPORTING + "Some 3,800 Afghans came back from Iran over the weekend.", "Some 3,800", "Afghanistan"),
    (DEPORTING + "More than 600 Haitians were sent back on two flights.", "More than 600", "Haiti"),
    ("Returnees described long queues. About 9,500 Burundians crossed home from Tanzania last month, and the "
     "expulsion drive was widening.", "About 9,500", "Burundi"),
    (DEPORTING + "Thousands of Guatemalans have been expelled, and 14,000 Guatemalans arrived in May alone.",
     "14,000", "Guatemala"),
])
def test_people_returned_or_deported_are_displaced_and_their_own(nlp, text, figure, subject):
    claim = claim_of(nlp, text, figure)
    assert (claim.measure, claim.subject) == ("displaced", subject)


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    (DEPORTING + "Aid workers said 40% of the people coming back were children.", "40%"),
    (DEPORTING + "A charity counted 2,100 returnees at the camp on Monday.", "2,100"),
    (DEPORTING + "Arrivals averaged 7,000 a day in June.", "7,000"),
])
def test_shares_and_nouns_of_returns_are_displaced(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "displaced"


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    ("About 2,000 tourists returned from the coast after the holiday weekend.", "About 2,000", "other"),
    ("The deportation flights resumed. Some 800 tourists returned from the resort on Sunday.", "Some 800", "other"),
    ("Some 390 soldiers came home from captivity in the latest prisoner swap.", "Some 390", "captured"),
    ("Around 1,500 villagers returned to their fields after the harvest festival.", "Around 1,500", "other"),
])
def test_returning_outside_a_story_of_deportations_is_no_displacement(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("The agency handed out hot meals to 12,000 returnees at the border.", "12,000"),
    ("Medical teams gave care to 640 people at the reception centre.", "640"),
])
def test_people_given_food_or_care_are_affected(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "affected"


@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Canada announced $5 million for Mozambique after the cyclone.", "5 million", "Canada"),
    ("Tokyo pledged $3 million to Nepal on Friday.", "3 million", "Japan"),
    ("Germany gave a further €2 million for Libya, bringing its aid to €9 million.", "9 million", "Germany"),
])
def test_aid_money_a_donor_gives_is_supplied_by_the_donor(nlp, text, figure, subject):
    claim = claim_of(nlp, text, figure)
    assert (claim.measure, claim.subject) == ("supplied", subject)


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("The UN appealed for $40 million for Malawi.", "40 million"),
    ("Damage across the island was put at $2 billion.", "2 billion"),
    ("The government set up a $10 million fund for victims' families.", "10 million"),
])
def test_appeals_estimates_and_funds_for_victims_stay_other(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "other"


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    ("The utility said 64% of the province had no power on Monday.", "64%", "affected"),
    ("Some 9,000 households did not have running water.", "Some 9,000", "affected"),
    ("Rescuers were trying to reach 85 communities cut off by the floods.", "85", "affected"),
    ("The grid operator put the number of customers cut off at 210,000.", "210,000", "affected"),
    ("About 4,000 homes had no roof left.", "About 4,000", "other"),
    ("The 300 villagers have electricity again.", "300", "other"),
])
def test_people_and_places_without_a_service_or_cut_off_are_affected(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


BREACH = "The hackers stole files in a ransomware attack on the insurer. "


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    (BREACH + "The insurer said 41 million people had their data exposed.", "41 million", "affected"),
    (BREACH + "Nearly 12 million records were exposed online.", "Nearly 12 million", "affected"),
    (BREACH + "The company paid 80 bitcoins to the gang.", "80", "other"),
    ("The shop sold 41,000 records in its first year.", "41,000", "other"),
])
def test_people_and_records_of_a_data_breach_are_affected(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.model
@pytest.mark.parametrize("text, figure, low, high", [
    ("Costs could reach between $1.2 billion and $1.5 billion this year, the firm said.",
     "between $1.2 billion and $1.5 billion", 1.2e9, 1.5e9),
    ("The bill was first put at €300 million to €450 million.", "300 million to €450 million", 3e8, 4.5e8),
])
def test_ranges_with_a_sign_on_each_bound_are_one(nlp, text, figure, low, high):
    claim = claim_of(nlp, text, figure)
    assert (claim.quantity.qualifier, claim.quantity.low, claim.quantity.high) == ("range", low, high)


@pytest.mark.model
def test_one_in_every_three_is_a_third(nlp):
    claim = claim_of(nlp, "The firm processes one in every three invoices in the country.", "one in every three")
    assert (claim.quantity.value, claim.quantity.unit) == (pytest.approx(1 / 3), "fraction")
