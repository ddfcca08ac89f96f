"""Issue 14, round 15 (sources b): saying verbs the lexicon or the parser missed ("argued that",
"repeated that", "measured", "forecast" read as a noun, a name read as an adverb), given names the
parser dropped ("Made Artana", "Ma. Subramanian"), actor sentences ("X did A, and Y said B") and "the
office" after an officer (sources.py rules
30-31). Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # "argued" / "repeated" with a clause or a noun of saying
    ("The union argued that 4,000 jobs would go by 2027.", "4,000", ("union", None)),
    ("The mayor repeated that 300 homes had been lost.", "300", ("mayor", None)),
    ("A spokesman, Omar Haddad, repeated his claim that the militia had killed more than 900 villagers.",
     "more than 900", ("Omar Haddad", None)),
    # must not fire: "argued for" going to a figure is asked for (as before), and a conjunct is no clause
    ("In the first vote, four of the board's nine members backed a cut, and one, Ruth Keller, argued for "
     "going straight to 3.75%.", "four", (None, None)),
    ("In the first vote, four of the board's nine members backed a cut, and one, Ruth Keller, argued for "
     "going straight to 3.75%.", "3.75%", ("Ruth Keller", None)),
    # "measured": an agent that measures
    ("Forecasters measured waves of up to 6 metres along the northern shore.", "up to 6", ("Forecasters", None)),
    ("Near the dam, the agency measured 210 millimetres of rain in one hour.", "210", ("agency", None)),
    ("The weather service said it measured 120 millimetres of rain at the airport.", "120",
     ("weather service", None)),
    # must not fire: the thing whose size "measured" gives
    ("The crater measured 30 metres across.", "30", (None, None)),
    ("The main hall measured 40 square metres.", "40", (None, None)),
    # "forecast" read as a compound noun in a sentence with no verb
    ("For the second quarter, Meta forecast revenue of $44 billion to $47 billion.", "44 billion to $47 billion",
     ("Meta", None)),
    # must not fire: a noun phrase with a determiner
    ("The Meta forecast revenue of $40 billion.", "40 billion", (None, None)),
    # a name the parser read as an adverb before a saying verb
    ("ALPHV claimed on its blog that it had taken more than four terabytes of records.", "more than four",
     ("ALPHV", None)),
    # given names: an abbreviated one split from its stop, a sentence-initial one read as a verb
    ("Health Minister Ma. Subramanian, who arrived on Friday, said 40 people were in hospital.", "40",
     ("Ma. Subramanian", None)),
    ("Health Minister Ma. Subramanian toured the ward on Monday. Subramanian said dozens were still in "
     "hospital.", "dozens", ("Ma. Subramanian", None)),
    ("Rescuers searched all night. Made Artana, who heads the rescue office in Malang, told reporters that 16 "
     "people were missing.", "16", ("Made Artana", None)),
    # must not fire: an adverb or a title before the surname
    ("Later Artana said 12 people had died.", "12", ("Artana", None)),
    ("Dr. Patel said 30 patients were admitted.", "30", ("Patel", None)),
    # rule 30: "the office" after an officer, not the spokesman quoted in between
    ("The regional returning officer said the Greens took 11.6% of the vote. Anna Weber, a Green "
     "spokeswoman, said the party was pleased.\n\nTurnout was 71.2%, the office said.", "71.2%",
     ("regional returning officer", None)),
    # actor sentences: "X did A, and Y said B" gives Y only B's figures
    ("The Red Cross has flown 18 tonnes of tents into the valley, and Japan said it had sent 40 medics.", "18",
     (None, None)),
    ("The Red Cross has flown 18 tonnes of tents into the valley, and Japan said it had sent 40 medics.", "40",
     ("Japan", None)),
    ("The navy had more than 600 sailors on the coast by Friday and the interior ministry said 300 more would "
     "follow.", "more than 600", (None, None)),
    # must not fire: a closing saying clause covers both clauses
    ("Nine people died and 25 were hurt, police said.", "Nine", ("police", None)),
    # must not fire: no officer before
    ("The party said 40 seats were won. The office said 12 staff had quit.", "12", ("office", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
