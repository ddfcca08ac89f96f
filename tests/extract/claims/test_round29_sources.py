"""Issue 14, round 29: "the watchdog" as a word for a body (sources rule 59), a title of a place
with its holder's name between commas in the figure's own sentence (rule 60), a closing "the charity said" after
a team "from" a named body (rule 61) and a word of time before a body's name (rule 62). Sentences written for
these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

WATCHDOG = [
    # rule 59: "the watchdog" is the body named before, as "the agency" is
    ("The Fiscal Council, the country's budget watchdog, published its forecast on Monday. The watchdog said "
     "debt would rise by 3 billion euros.", "3 billion", ("Fiscal Council", None)),
    ("The Fiscal Council (FC), which published its forecast on Monday, expects growth of 1.2% this year. It cut "
     "its outlook for 2027. The watchdog said debt would rise by 3 billion euros.", "3 billion",
     ("Fiscal Council", None)),
    ("The Energy Standards Agency published new rules on Monday. The watchdog said 14 suppliers had breached "
     "them.", "14", ("Energy Standards Agency", None)),
    # must not fire: no body named before
    ("Ministers met on Monday. The watchdog said 14 suppliers had breached the rules.", "14", ("watchdog", None)),
]

MAYOR_OF = [
    # rule 60: "The <title> of <place>, Name Name, said" is the name, even where the parser hung it on the place
    ("Anna Kowalska, Poland's interior minister, gave the toll on Monday: 9 dead. She said divers had found 31 "
     "people. The mayor of Saint-Jean-de-Luz, Piotr Nowak, said there had been about 40 people aboard.",
     "about 40", ("Piotr Nowak", None)),
    ("The governor of Rio Grande do Sul, Marta Lins Prado, said 48 towns were flooded.", "48",
     ("Marta Lins Prado", None)),
    ("The police chief of Villeneuve-sur-Lot, Hugo Marchal, said 17 arrests had been made.", "17",
     ("Hugo Marchal", None)),
    # must not fire: a place, a body, or a name after the figure
    ("The mayor of Saint-Jean-de-Luz, Pyrenees-Atlantiques, said 40 people were aboard.", "40", ("mayor", None)),
    ("The mayor of Lyon, New Caledonia Port Authority, said 40 people were aboard.", "40", ("mayor", None)),
    ("The mayor said 40 people were aboard, Piotr Nowak, a fisherman, told reporters.", "40", ("mayor", None)),
]

TEAM_FROM = [
    # rule 61: "A team from <body> ..., the charity said" is that body
    ("The Red Cross asked for $2 million. A team from Save the Children walked 15 kilometres to reach the camps, "
     "the charity said.", "15", ("Save the Children", None)),
    ("A convoy from Doctors Without Borders drove 300 kilometres to reach the camps, the charity said.", "300",
     ("Doctors Without Borders", None)),
    ("A team from Oxfam delivered 40 tonnes of flour, the charity said.", "40", ("Oxfam", None)),
    # must not fire: a country or people of a place, not a body
    ("A team from Kenya delivered 40 tonnes of flour, the charity said.", "40", ("charity", None)),
]

TIME_WORD = [
    # rule 62: a word of time before a body's name says which count, not whose
    ("A total of 4,210 lorries crossed the border in March, according to provisional Transport Ministry "
     "figures.", "4,210", ("Transport Ministry", None)),
    ("About 3,900 lorries crossed in April, according to preliminary Transport Ministry figures.", "About 3,900",
     ("Transport Ministry", None)),
    # must not fire: the body's own name, nothing before it
    ("A total of 4,210 lorries crossed the border in March, according to the latest Border Agency figures.",
     "4,210", ("Border Agency", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), WATCHDOG + MAYOR_OF + TEAM_FROM + TIME_WORD)
def test_round29_sources(nlp, text, figure, expected):
    claim = claim_of(nlp, text, figure)
    assert (claim.source, claim.via) == expected
