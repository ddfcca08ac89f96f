"""Issue 14, round 27 (measures and detection): journeys made by migrants (rule 114), percentages an index lost (115),
a death toll brought to a level (116), money one country pays another (117); statutory maxima a charge carries,
penalties a law caps, what any party needs, ages after a name the tagger misread, saying verbs with nothing said,
"any of the N", an index's name, runs of periods "in a row". Sentences written for these tests, in our own words,
about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model

MIGRANTS = "Migrants keep coming across the sea from Libya. "


@pytest.mark.parametrize("text, figure, measure", [
    # rule 114: migrants who reach a country or make the journey
    (MIGRANTS + "Coastguard data show that 4,210 people reached Italy by boat in May.", "4,210", "displaced"),
    (MIGRANTS + "About 900 people have made the crossing since the storm passed.", "About 900", "displaced"),
    (MIGRANTS + "More than 60,000 people have now made the journey this year.", "More than 60,000", "displaced"),
    # must not fire: no migrants in the article, or a level reached
    ("Organisers said 4,210 runners reached the finish line by noon.", "4,210", "other"),
    ("About 900 people have made the trip to the festival since Friday.", "About 900", "other"),
    # rule 115: a percentage an index lost
    ("The Hang Seng lost 3.1% on Friday, its worst day since March.", "3.1%", "other"),
    ("Shares of the airline lost 12% in early trade.", "12%", "other"),
    # rule 116: a toll brought to a level, and its comparison
    ("The storm brings the number of people who have drowned along the coast this season to 31, against 9 in 2022.",
     "31", "killed"),
    ("The storm brings the number of people who have drowned along the coast this season to 31, against 9 in 2022.",
     "9", "killed"),
    ("Friday's crash takes the number of riders who have died on the course since 1990 to 14.", "14", "killed"),
    # must not fire: a count of the living brought to a level
    ("The rescue brings the number of people who have reached safety this week to 31.", "31", "other"),
    # rule 117: money one country pays another
    ("Under the treaty, Germany has paid Poland €80 million for border patrols.", "80 million", "supplied"),
    ("Officials confirmed that Madrid would pay Rabat €30 million a year under the pact.", "30 million", "supplied"),
    ("Australia paid Nauru $350 million last year and is paying $280 million this year.", "280 million", "supplied"),
    # must not fire: money paid to a firm or with no country to receive it
    ("The council paid the contractor $2 million for the repairs.", "2 million", "other"),
])
def test_round27_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, absent, present", [
    # rule 1: the maximum a charge carries
    ("Each charge carries up to ten years in prison.", "up to ten", None),
    ("The offence carried up to seven years in jail at the time.", "up to seven", None),
    # must not fire: a sentence handed down
    ("The judge sentenced him to seven years in prison.", None, "seven"),
    # rule 2: a penalty a law caps
    ("The statute caps the fine at $500 for each offence.", "500", None),
    ("The code limits damages to 20,000 euros per claim.", "20,000", None),
    # must not fire: prices capped, no penalty
    ("The government capped bread prices at $2 last week.", None, "2"),
    # rule 3: what any party needs
    ("A coalition needs 76 seats to form a government.", "76", None),
    # must not fire: what a named party needs, a need of people
    ("The hospital needs 40 nurses to reopen the ward.", None, "40"),
    # rule 4: a saying verb with nothing said
    ("Five witnesses have testified so far.", None, "Five"),
    # must not fire: speakers of a clause
    ("Three officials said the talks had failed.", "Three", None),
    # rule 5: an age after a name the tagger misread
    ("Biden, 81, has said he will run again.", "81", None),
    ("Trump, 78, spoke from his club in Florida.", "78", None),
    # must not fire: a count after a plural noun
    ("Officers arrested 12 people; Protesters, 40, were fined.", None, "12"),
    # rule 7: a run of periods in a row
    ("The index rose for five sessions in a row before falling.", "five", None),
    ("The rupee weakened for four straight days.", "four", None),
    # must not fire: things won in a row, with no "for"
    ("The team won three titles in a row.", None, "three"),
    # any of the N: the whole itself
    ("Prosecutors cited 12 posts. His lawyer denied that any of the 12 posts broke the rules.", None, None),
])
def test_round27_detection(nlp, text, absent, present):
    found = [c.quantity.text for c in claims_of(nlp, text)]
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found


def test_any_of_the_whole_is_kept(nlp):
    text = "Prosecutors cited 12 posts. His lawyer denied that any of the 12 posts broke the rules."
    assert [c.quantity.text for c in claims_of(nlp, text)].count("12") == 2
