"""Issue 14, round 8 (measures): misread verbs, a figure's own noun, strikes joined, changes of a
level, services cut off, time phrases; sentences written for these tests, worded unlike the
annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # a verb the tagger reads as a noun or a conjunction, with the figure as its object
    ("Storm batters coast, kills 12, strands about 40,000", "about 40,000", "affected"),
    ("Quake toll: 80 dead as police arrest four builders over the collapse", "four", "arrested"),
    # the figure's own noun is not the context of its verb: job cuts are no wounds
    ("What 4,000 cuts would mean for the town's economy", "4,000", "other"),
    ("Some 9,000 cuts are planned across the group's factories.", "Some 9,000", "other"),
    # taking part in a strike is no deployment, whoever joins it
    ("About 60,000 employees joined the one-day walkout on Monday.", "About 60,000", "other"),
    ("Around 2,000 nurses took part in the strike, the union said.", "Around 2,000", "other"),
    ("Some 300 extra firefighters have joined the effort.", "Some 300", "deployed"),
    # a change of a level is no delivery
    ("Workers were asked to accept a 6% cut in their wages.", "6%", "other"),
    ("The union will not accept a 3% rise spread over two years.", "3%", "other"),
    # a service cut off: those left without it
    ("The storm cut power to about 80,000 households.", "about 80,000", "affected"),
    ("Electricity was cut to some 2,500 homes in the north of the city.", "some 2,500", "affected"),
    ("The operator shut off electricity for 12,000 customers as a precaution.", "12,000", "affected"),
    # a time phrase is no place nor cause
    ("In the last school year, about 9% of pupils were exempted from the test.", "about 9%", "other"),
])
def test_round8_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


# the article names another country most: the sentence's own words decide
AMERICA = "The United States court heard the case. American prosecutors and US regulators spoke in New York. "
INDIA = "India mourns. Indian officials in Mumbai and India's ministers met the families. "


@pytest.mark.parametrize("text, figure, subject", [
    # a noun in apposition that a demonym modifies: the demonym before the noun, not an origin after it
    (INDIA + "One passenger, a Canadian citizen of Indian descent, survived the crash.", "One", "Canada"),
    (INDIA + "Two guests, both German tourists, were among the dead.", "Two", "Germany"),
    # a person a relative clause describes, placed by their own phrase: their money is their country's
    (AMERICA + "\"It was everything I had,\" said Ana Kowal, a nurse in Krakow who lost nearly $40,000.",
     "nearly $40,000", "Poland"),
    (AMERICA + "Among the letters was one from a retired teacher from Brazil who had put 70,000 dollars into the fund.",
     "70,000", "Brazil"),
])
def test_round8_subjects(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject
