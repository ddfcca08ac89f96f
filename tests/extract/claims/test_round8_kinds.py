"""Issue 14, round 8: kinds of news the annotated set does not have yet (a heatwave, a food crisis,
a wildfire's smoke, a road crash, a drug seizure, a crowd crush, migrant arrivals, an air attack);
sentences written for these tests, shaped like real reporting of each kind in our own words."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model

FIRE = "A wildfire fanned by strong winds raced through pine forest north of Athens on Tuesday. "
HUNGER = "Famine has been confirmed in parts of North Darfur, Sudan, by the global hunger monitor. "
HEAT = "A heatwave gripped Spain for a second week. "


@pytest.mark.parametrize("text, figure, value, unit", [
    (HEAT + "Temperatures reached 44C in Seville on Sunday, the weather agency said.", "44C", 44, "celsius"),
    (HEAT + "Highs of 38.5C are forecast for Madrid.", "38.5C", 38.5, "celsius"),
    ("A heat dome settled over Arizona. Phoenix hit 118F on Thursday.", "118F", 118, "fahrenheit"),
    (HEAT + "The mercury hit 46 degrees Celsius in Cordoba.", "46", 46, "celsius"),
    (HEAT + "Forecasters expect 45°C on Monday.", "45", 45, "celsius"),
])
def test_temperatures_are_claims_with_their_scale(nlp, text, figure, value, unit):
    found = claim_of(nlp, text, figure)
    assert (found.quantity.value, found.quantity.unit, found.counted, found.measure) == (value, unit, None, "other")


@pytest.mark.parametrize("text, figure", [
    ("The lone survivor of the crash had been sitting in seat 11A, his brother in seat 12F.", "12F"),
    ("The fire started in Flat 3C on the fourth floor.", "3C"),
])
def test_labels_glued_to_a_letter_are_no_temperatures(nlp, text, figure):
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text, figure", [
    (FIRE + "At least 22 people were treated for breathing problems, the health ministry said.", "At least 22"),
    (FIRE + "Doctors treated 40 residents for shock overnight.", "40"),
    (HEAT + "Medics in Seville treated 130 people for dehydration.", "130"),
    ("A bus overturned near Lyon, France. Nine passengers were treated for shock.", "Nine"),
])
def test_people_treated_for_a_condition_that_is_no_injury_are_affected(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "affected"


def test_people_treated_for_injuries_stay_wounded(nlp):
    text = "A bus overturned near Lyon, France. Nine passengers were treated for minor injuries."
    assert claim_of(nlp, text, "Nine").measure == "wounded"


@pytest.mark.parametrize("text, figure, source", [
    (HUNGER + "Some 638,000 people face catastrophic hunger (IPC Phase 5), the monitor said.", "Some 638,000",
     "monitor"),
    (HUNGER + "Across the country, 24.6 million people are in acute food insecurity, the IPC said.",
     "24.6 million", "IPC"),
    (HUNGER + "About 3.2 million children under five are acutely malnourished, UNICEF said.",
     "About 3.2 million", "UNICEF"),
    (HUNGER + "Nearly 2 million more could face famine by September, the WFP warned.", "Nearly 2 million", "WFP"),
    ("Drought has hit Somalia for a fifth season. Some 1.5 million children are undernourished, aid groups said.",
     "Some 1.5 million", "aid groups"),
])
def test_people_of_a_food_crisis_are_affected(nlp, text, figure, source):
    found = claim_of(nlp, text, figure)
    assert (found.measure, found.source) == ("affected", source)


def test_deaths_from_hunger_stay_killed(nlp):
    text = HUNGER + "At least 80 people have died of hunger in the camp since May, local medics said."
    assert claim_of(nlp, text, "At least 80").measure == "killed"


def test_food_delivered_stays_supplied(nlp):
    text = HUNGER + "The World Food Programme said it had delivered 12,000 tonnes of food to the region."
    assert claim_of(nlp, text, "12,000").measure == "supplied"


def test_charges_faced_are_no_condition(nlp):
    text = "Spanish police seized 13 tonnes of cocaine at the port of Algeciras. Three men face charges in Madrid."
    assert claim_of(nlp, text, "Three").measure == "other"


# Shapes of these kinds the rules already read right: kept so that they stay so.
@pytest.mark.parametrize("text, figure, measure, subject, source", [
    (FIRE + "The blaze has scorched more than 10,000 hectares, the fire service said.", "more than 10,000",
     "other", "Greece", "fire service"),
    (FIRE + "Some 460 firefighters were battling the flames, fire brigade spokesman Yiannis Kostas said.",
     "Some 460", "deployed", "Greece", "Yiannis Kostas"),
    ("A state-run bus carrying pilgrims plunged into a gorge in Uttarakhand on Monday night. At least 36 "
     "passengers were killed and 19 injured, district magistrate Anita Rawat said.", "19", "wounded", "India",
     "Anita Rawat"),
    ("Spanish police made one of the country's largest cocaine seizures at Algeciras. Twenty people were "
     "arrested in raids in Madrid and Malaga, police said.", "Twenty", "arrested", "Spain", "police"),
    ("A crush outside a football stadium in Nairobi, Kenya, left fans trampled. About 600 police officers had "
     "been deployed around the ground, the interior ministry said.", "About 600", "deployed", "Kenya",
     "interior ministry"),
    ("The Russian defence ministry said its air defences destroyed 116 Ukrainian drones over seven regions.",
     "116", "other", "Ukraine", "Russian defence ministry"),
])
def test_shapes_already_read_right(nlp, text, figure, measure, subject, source):
    found = claim_of(nlp, text, figure)
    assert (found.measure, found.subject, found.source) == (measure, subject, source)
