"""Issue 14, round 29 (measures): gifts listed under a lead-in of giving (measures rule 124), shaking felt (125),
people left with no home (126), the injured and dead counted together (127), lives a disaster touches (128).
Sentences written for these tests, in our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

GIFTS = ("Aid for the flooded delta has been slow to arrive.\n\n"
         "What other governments have given or pledged so far:\n\n"
         "- Norway: 12 tonnes of water purification tablets;\n\n"
         "- Canada: $3 million, through the Red Cross;\n\n"
         "- Turkey: 40 tonnes of flour;\n\n"
         "- Qatar: two planes carrying 30 tonnes of tents.\n")
AID_SO_FAR = ("Relief for the island, so far:\n"
              "- Japan has flown in 60 tonnes of rice.\n\n"
              "- The World Bank has released $8 million.\n")
DAMAGE = ("The storm left a trail of damage.\n\n"
          "What the survey teams found:\n"
          "- Coastal villages: 340 houses flattened;\n\n"
          "- The port: 25 cranes out of action.\n")


@pytest.mark.parametrize("text, figure, expected", [
    # rule 124: the items of a list whose lead-in names a verb of giving
    (GIFTS, "12", "supplied"),
    (GIFTS, "3 million", "supplied"),
    (GIFTS, "40", "supplied"),
    (GIFTS, "30", "supplied"),
    (AID_SO_FAR, "8 million", "supplied"),
    # must not fire: the vehicles that carry the gift
    (GIFTS, "two", "other"),
    # must not fire: a list whose lead-in gives nothing
    (DAMAGE, "25", "other"),
])
def test_round29_listed_gifts(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).measure == expected


@pytest.mark.parametrize("text, figure, expected", [
    # rule 125: people who felt the shaking
    ("Around 800,000 people felt moderate shaking, the survey estimated.", "Around 800,000", "affected"),
    ("The agency said some 40,000 residents had felt the tremor.", "some 40,000", "affected"),
    # must not fire: people who felt something else
    ("About 300 people felt the need to leave early, the organisers said.", "About 300", "other"),
    # rule 126: people left with no home
    ("Thousands of families now have no home to go back to, the mayor said.", "Thousands", "displaced"),
    ("The district took in 50,000 returnees last year, many of whom have no home of their own.", "50,000",
     "displaced"),
    # must not fire: no home insurance is no lost home
    ("About 2,000 residents live in the valley, the council said.", "About 2,000", "other"),
    # rule 127: the injured and the dead together
    ("Ambulances carried 85 injured and dead passengers to the city's hospitals.", "85", "casualties"),
    ("Boats brought 60 dead and injured fishermen ashore.", "60", "casualties"),
    # must not fire: the injured alone
    ("Ambulances carried 85 injured passengers to the city's hospitals.", "85", "wounded"),
    # rule 128: lives a disaster touches
    ("The drought could touch millions of lives across the region, the agency warned.", "millions", "affected"),
    ("The floods have upended tens of thousands of lives.", "tens of thousands", "affected"),
])
def test_round29_people_measures(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).measure == expected


@pytest.mark.parametrize("text, figure, expected", [
    # counted, round 29: a listed company's or fund's move counts its shares
    ("Northwind Airlines fell 8% on Tuesday and Harbor Bancorp 5%.", "8%", "share"),
    ("Northwind Airlines fell 8% on Tuesday and Harbor Bancorp 5%.", "5%", "share"),
    ("Coastal Savings Bank closed 31% lower on Friday.", "31%", "share"),
    ("The Global Clean Energy ETF slumped about 6% in early trading.", "about 6%", "etf"),
    ("Lagos's NGX All-Share index rose 2% on Monday.", "2%", "index"),
    # must not fire: a market index named alone, a common noun's own move
    ("The Nasdaq fell 3% on Friday.", "3%", None),
    ("Egg prices rose 13% in a month.", "13%", "price"),
    # counted, round 29: "puts <kind> dead at N" counts the kind of people
    ("The army puts rebel dead at more than 200.", "more than 200", "rebel"),
    ("Kyiv puts civilian dead at 14 after the overnight strikes.", "14", "civilian"),
    # must not fire: the dead alone
    ("The ministry put the dead at 296.", "296", "person"),
])
def test_round29_counted(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).counted == expected
