"""Issue 14, round 6 (measures and detection): general rules for figures the round-5 blind stories
showed wrong, tested with sentences written for these tests, worded differently from the annotated
stories and taken from other kinds of news (hostage deals, courts, health, relief, prices)."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # people held captive, then freed, exchanged, brought or come home: a count of captives
    ("The militia freed 14 hostages on Tuesday under a deal brokered by Qatar.", "14", "captured"),
    ("Under the truce, 40 detainees were released and 12 aid workers came home from captivity.", "40", "captured"),
    ("Under the truce, 40 detainees were released and 12 aid workers came home from captivity.", "12", "captured"),
    ("In the prisoner deal, the government swapped 60 fighters for six journalists.", "60", "captured"),
    ("After the prisoner talks, 85 sailors and 20 fishermen were returned to their families.", "20", "captured"),
    ("The prisoner exchange is over: another 75 of our citizens are back home, the minister wrote.", "75", "captured"),
    ("Both sides have now freed 500 prisoners: 200 on Monday and 300 on Tuesday.", "200", "captured"),
    ("Two nurses and 41 soldiers were among those released from captivity on Sunday.", "41", "captured"),
    # ... but with no captives in the article, people returning are no captives
    ("After the floods receded, 3,000 residents returned to their villages.", "3,000", "other"),
    # bodies handed back are deaths; bags for bodies are goods
    ("Under the deal, each side will hand back 900 bodies of fallen soldiers.", "900", "killed"),
    ("The aid agency delivered 2,500 body bags to the coroner's office.", "2,500", "supplied"),
    ("Relief groups handed 300 hygiene kits to the families.", "300", "supplied"),
    # a response's machines sent to a scene; doctors sent; goods flown in
    ("The county dispatched 35 ambulances and 12 fire engines to the stadium.", "35", "deployed"),
    ("The county dispatched 35 ambulances and 12 fire engines to the stadium.", "12", "deployed"),
    ("The ministry sent 80 doctors and 150 nurses to the quake zone.", "80", "deployed"),
    ("A cargo plane flew 14 tonnes of vaccines into the capital overnight.", "14", "supplied"),
    ("The jet was carrying 90,000 litres of fuel when it crashed.", "90,000", "other"),
    # captives' conjuncts; people in need or living where a disaster struck
    ("In the prisoner deal, 50 soldiers were handed over in exchange for 45 prisoners of war and 12 civilians.",
     "12", "captured"),
    ("The charity wants to reach the 90,000 children it judges most in need.", "90,000", "affected"),
    ("Around 1.2 million people live in districts affected by the drought, the agency estimates.",
     "Around 1.2 million", "affected"),
    ("About 300 people live in the village, the mayor said.", "About 300", "other"),
    # "there" standing for the place of the clause it hangs on
    ("Of the burn victims, 25 were discharged from hospital on Friday while 35 stay there.", "35", "wounded"),
    # parts of a fronted group of the dead, identified
    ("Of the dead, 60 have been identified so far, the coroner said.", "60", "killed"),
    ("Of the victims, 31 have now been named by police.", "31", "killed"),
])
def test_round6_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    ("One of the injured was a bus driver, the hospital said.", "One", "wounded"),
    ("One of the missing was a retired judge.", "One", "missing"),
])
def test_round6_one_of_a_harmed_group(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure", [
    ("One of the judges left the court early.", "One"),
    ("Relatives seeking news can use the hotline: 2577 1234", "1234"),
    ("The storm was upgraded to a No. 8 signal on Friday.", "8"),
    ("The victims were aged from two to 88.", "88"),
    ("Only patients younger than 18 or older than 70 qualify for the trial.", "18"),
    ("Only patients younger than 18 or older than 70 qualify for the trial.", "70"),
    ("The two armies agreed a 500-for-500 exchange of prisoners.", "500"),
    ("Investigators said the first 120 cars had been recalled in March.", "120"),
])
def test_round6_nonclaims(nlp, text, figure):
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text, figure, unit", [
    ("Flats in the estate now sell for HK$8 million on average.", "HK$8 million", "HKD"),
    ("The council pays NZ$45 a tonne for recycled glass.", "NZ$45", "NZD"),
    ("The fine was A$1.5 million, the court said.", "1.5 million", "AUD"),
])
def test_round6_prefixed_dollars(nlp, text, figure, unit):
    assert claim_of(nlp, text, figure).quantity.unit == unit
