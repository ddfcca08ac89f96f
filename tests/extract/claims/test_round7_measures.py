"""Issue 14, round 7 (detection, measures, subjects): terms of imprisonment, counts in an outbreak,
the country of a quoted person, years in a span, regimens; sentences written for these tests,
worded unlike the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model

COURT = "The former mayor was convicted of bribery by a jury in Lyon last spring. "


@pytest.mark.parametrize("text, figure, unit, modality", [
    ("A judge in Lyon jailed the former mayor to 12 years in prison on Monday.", "12", "year", "reported"),
    (COURT + "The court sentenced him to nine years.", "nine", "year", "reported"),
    (COURT + "Prosecutors requested 15 to 18 years.", "15 to 18", "year", "projected"),
    (COURT + "His lawyers pleaded for 30 months.", "30", "month", "reported"),
    (COURT + "The prosecution had asked for a term of six to eight years.", "six to eight", "year", "projected"),
    (COURT + "His co-defendant received 7 years.", "7", "year", "reported"),
    (COURT + "The 14-year sentence was upheld on appeal.", "14", "year", "reported"),
    (COURT + "He could be freed after about 8 years.", "about 8", "year", "projected"),
    (COURT + "It was more than the 5 years handed to his deputy.", "5", "year", "reported"),
])
def test_prison_terms_are_claims(nlp, text, figure, unit, modality):
    found = claim_of(nlp, text, figure)
    assert (found.quantity.unit, found.counted, found.measure, found.modality) == (unit, None, "other", modality)


@pytest.mark.parametrize("text, figure", [
    ("The bakery has stood on the square for 40 years.", "40"),
    (COURT + "He had run the town hall for 11 years.", "11"),
    ("The club celebrated its 120-year history with a parade.", "120"),
    ("The ferry will resume service in three weeks.", "three"),
    (COURT + "The law allows a maximum of 20 years for the offence.", "20"),
])
def test_ordinary_durations_stay_non_claims(nlp, text, figure):
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


OUTBREAK = "A cholera outbreak in the northern province has spread to three districts, health officials said. "


@pytest.mark.parametrize("text, figure", [
    (OUTBREAK + "Forty-one people have been hospitalised since the first week of May.", "Forty-one"),
    (OUTBREAK + "Eighteen were hospitalized on Sunday alone.", "Eighteen"),
    (OUTBREAK + "Nine pupils at a boarding school tested positive last week.", "Nine"),
    (OUTBREAK + "The province now has 312 cases, 54 more than a week ago.", "54"),
    (OUTBREAK + "The province now has 312 cases. The coastal district has confirmed 70.", "70"),
])
def test_outbreak_counts_are_affected(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure == "affected"


def test_hospitalised_after_a_crash_stay_wounded(nlp):
    text = "A bus overturned on the highway on Sunday. Fourteen passengers were hospitalised with injuries."
    assert claim_of(nlp, text, "Fourteen").measure == "wounded"


def test_a_quoted_persons_home_does_not_make_the_story_theirs(nlp):
    text = ("A U.S. judge in Chicago ordered the trader to repay investors. \"I lost everything,\" said Ana "
            "Kowal, a nurse in Krakow. The court found that investors had lost $40 million.")
    assert claim_of(nlp, text, "40 million").subject == "United States"


@pytest.mark.parametrize("text, figure", [
    ("Enrolment fell in the 2021-22 academic year, the ministry of education of Peru said.", "22"),
    ("Members will forgo a bonus over 2027 and 2028, the union in Spain said.", "over 2027"),
    ("Three doses of the polio vaccine protect nearly all children, Kenya's health ministry says.", "Three"),
    ("Pupils in Chile lacking at least one compulsory vaccine were sent home.", "at least one"),
    ("Okafor-Bello, 58, was charged in Lagos with fraud.", "58"),
])
def test_spans_regimens_and_ages_are_no_claims(nlp, text, figure):
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


def test_doses_delivered_stay_claims(nlp):
    text = "Nigeria received 500,000 doses of the vaccine on Friday, the health ministry said."
    assert "500,000" in [c.quantity.text for c in claims_of(nlp, text)]


def test_vaccine_coverage_is_not_a_count_of_cases(nlp):
    text = (OUTBREAK + "In a worst-case scenario, the disease could spread to the capital. Nurses gave "
            "40,000 doses this week, reaching about 60% of the children targeted.")
    assert claim_of(nlp, text, "about 60%").measure != "affected"


@pytest.mark.parametrize("text, figure, qualifier, unit", [
    ("The charity raised roughly $4 million for the flood victims in Peru.", "roughly $4 million", "approx", "USD"),
    ("The club in Spain paid nearly €30 million for the striker.", "nearly €30 million", "approx", "EUR"),
])
def test_a_qualifier_before_a_currency_sign(nlp, text, figure, qualifier, unit):
    found = claim_of(nlp, text, figure)
    assert (found.quantity.qualifier, found.quantity.unit) == (qualifier, unit)
