"""Issue 14, round 21: source rules that generalise. A person named by "according to" spoke, so a
later "he"/"she" in a quote is that person (coref.py); "pointed out that ..." says like "argued that
..." (attribution.py); a noun with "any" before a subjectless saying verb is no speaker the parser
dropped; "its lawyers told the court" closing a clause is owned by that clause's named subject
(sources.py rule 45). Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # coref: a person introduced by "according to" is who "he"/"she" in the next quote is
    ("The mayor, Tom Reed, spoke first. Turnout fell to 52%, according to Professor Helen Marsh, a sociologist "
     "at the University of Leeds. \"Eight points is a collapse,\" she said.", "Eight", ("Helen Marsh", None)),
    ("Ferry operator Paul Dunne opened the session. Fares rose by a fifth, according to Professor Ines Vidal, an "
     "economist at Porto University. \"Nine routes have closed,\" she said.", "Nine", ("Ines Vidal", None)),
    # must not fire: a quote with its speaker the subject of the sentence before
    ("In Leeds, Peter Grant, 54, a bus driver, said he had never voted before. \"Three of my friends did the "
     "same,\" he said.", "Three", ("Peter Grant", None)),
    ("Turnout fell to 52%, according to Professor Helen Marsh.", "52%", ("Helen Marsh", None)),
    # attribution: "pointed out that" says
    ("Critics of the reform have pointed out that its 2.1 million new voters were never registered.",
     "2.1 million", ("Critics", None)),
    ("Opponents of the merger have pointed out that 1,200 jobs would be lost.", "1,200", ("Opponents", None)),
    # a noun with "any" before a subjectless saying verb is no speaker
    ("The Greens, whose 12 seats and 6.4% of the vote were the best result of any party, said they would "
     "push on.", "12", (None, None)),
    # must not fire: an ordinary closing speaker
    ("Prices rose 4%, the highest of any month, officials said.", "4%", ("officials", None)),
    # rule 45: "its lawyers" closing a clause is owned by the clause's named subject
    ("Judge Mary Holt said the bank had failed to act. Coral Finance is owed $45 million, its lawyers told "
     "the court.", "45 million", ("Coral Finance's lawyers", None)),
    ("Judge Ravi Menon adjourned the case. Bluewater Holdings is owed $12 million, its attorneys said.",
     "12 million", ("Bluewater Holdings's attorneys", None)),
    # must not fire: no named subject in the clause, or "its" as the opening subject
    ("Judge Mary Holt said the bank had failed to act. The investor is owed $45 million, its lawyers told "
     "the court.", "45 million", ("Mary Holt's lawyers", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
