"""Issue 14, round 13: detection rules (which number phrases are claims). Sentences written for these
tests, in our own words, with other names, places and numbers than the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claims_of

pytestmark = pytest.mark.model


def _texts(nlp, text: str) -> list[str]:
    return [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text, figures", [
    # rule 1: a list that leaves its noun out
    ("Of the 150 seats, the Social Democrats took 61, the Moderates 44, the Centre 23 and the Greens 12.",
     ["150", "61", "44", "23", "12"]),
    ("The Liberals gained 2,310 votes, the NDP 1,905 and the PQ 466, while the Bloc lost 87.",
     ["2,310", "1,905", "466", "87"]),
    ("The alliance holds 71, the Labour group 38 and the Independents one.", ["71", "38", "one"]),
    ("A pact between the Moderates and the KD 62 seats would still fall short.", ["62"]),
    ("The bloc won 90 (70 for the CSP and 20 for the PCS), officials said.", ["90", "70", "20"]),
    # rule 2: the whole of a part
    ("Fire gutted five of the nine warehouses at the port.", ["five", "nine"]),
    ("Three of the board's seven members voted against the plan.", ["Three", "seven"]),
    ("Police said one of the four gunmen had been shot dead.", ["one", "four"]),
    # rule 3: "one" that counts
    ("Analysts expect one more rise at most this year.", ["one"]),
    ("The coalition could rule with just one ally.", ["one"]),
    ("One death was recorded in the north of the island.", ["One"]),
    ("One hiker had serious injuries, rescuers said.", ["One"]),
    ("Police said one of the robbers had been shot dead.", ["one"]),
    ("The toll rose to 9, including one of the three attackers, the minister said.", ["9", "one", "three"]),
    ("Twelve people were still in hospital, one of them in a critical condition.", ["Twelve", "one"]),
    ("He faces 31 charges, among them 12 counts of fraud and one of obstructing justice.", ["31", "12", "one"]),
    ("The Frisian party keeps its one seat.", ["one"]),
    # rule 5: no age bound over 100, no duration before "second <noun>"
    ("Mine toll climbs to 21; over 100 still in hospital", ["21", "over 100"]),
    ("The recount added 1,388 second votes to the party's total.", ["1,388"]),
    # round 13 in quantities: glued scales, "twice the"
    ("Analysts see $15bn-$18bn in claims", ["15bn-$18bn"]),
    ("The fine is more than twice the 40 million euros paid last year.", ["more than twice", "40 million"]),
])
def test_round13_detected(nlp, text, figures):
    assert _texts(nlp, text) == figures


@pytest.mark.parametrize("text, figures", [
    # must not fire: rule 1 (a code before a number with no list; a short name)
    ("Flights BA 2490 and BA 2491 were cancelled on Monday.", []),
    # rule 2: a plain definite determiner stays one
    ("The two countries signed 14 agreements.", ["14"]),
    ("One of the three firms filed 12 complaints.", ["12"]),
    # rule 3: "one" as a pronoun
    ("One of the victims was a nurse, and at least one of the firm's stores closed.", []),
    # rule 4: levels and rates
    ("The chamber has 349 seats; a majority requires 175.", ["349"]),
    ("The party fell below the 4% needed to win seats, at 3.1%.", ["3.1%"]),
    ("The militia releases 10 prisoners for each soldier it gets back.", []),
    ("The state pays 20,000 rupees for each of the injured.", ["20,000"]),
    # rule 5: ages and periods
    ("Lindqvist, who is 58, said he would stay on.", []),
    ("Each orphan gets a monthly allowance until they turn 21, the ministry said.", []),
    ("Arrivals peaked in the first half of the week.", []),
    # rule 6: a line's number, "the top two"
    ("Of the 2,400 calls to the 911 emergency line, most were hoaxes.", ["2,400"]),
    ("Germany holds the top two places in the ranking.", []),
    # quantities: frequencies and ordinals stay out
    ("The jury was polled twice, and a third vote was held.", []),
])
def test_round13_not_claims(nlp, text, figures):
    assert _texts(nlp, text) == figures


def test_round13_glued_metres_are_no_millions(nlp):
    # must not fire: "m" glued to a number without a currency sign stays metres
    [claim] = claims_of(nlp, "They built a 100m wall along the river.")
    assert claim.quantity.value == 100


def test_round13_list_items_take_the_lists_noun(nlp):
    # the items found by rule 1 count what the list's first figure counts (assembly's ellipsis rule)
    found = claims_of(nlp, "The fighting killed 40 soldiers of the Rapid Force, the Northern Brigade 22 "
                           "and the Coastal Guard 9, the army said.")
    assert [(c.quantity.text, c.counted, c.measure) for c in found] == \
        [("40", "soldier", "killed"), ("22", "soldier", "killed"), ("9", "soldier", "killed")]
