"""Issue 14, round 11: source and via rules that generalise ("the company" / "the airline" for the
organisation named most often before, a role noun named later, people polled by a provider,
forecasters with "according to" data, "X's figure ... it had announced", a headline's object-less
"put at"). Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # sources.py rule 14: "the company" / a trade noun refers back to the organisation named most often
    ("Orbis said on Monday it would open two stores. Orbis shares rose. Sales rose 8% in the year, "
     "the company said.", "8%", ("Orbis", None)),
    ("Kestrel Air flew more passengers than ever. Kestrel Air added routes. The carrier said 412 flights "
     "were delayed.", "412", ("Kestrel Air", None)),
    ("Mirela Motors added shifts. Mirela Motors hired staff. About 2,300 jobs will go, according to the "
     "carmaker's own plan.", "About 2,300", ("Mirela Motors's own plan", None)),
    # must not fire: no organisation named before, the word stays as written
    ("Sales rose 8% in the year, the company said.", "8%", ("company", None)),
    # coref.py rule 3: a role noun introduced with "a" is the person later named as "the <role>, Name,"
    ("Some 140 homes were flooded, a harbour spokeswoman said.\n\nThe spokeswoman, Lena Ortiz, said "
     "pumps were running.", "Some 140", ("Lena Ortiz", None)),
    # must not fire: nobody named later by that role
    ("Some 140 homes were flooded, a harbour spokeswoman said.\n\nPumps were running.", "Some 140",
     ("harbour spokeswoman", None)),
    # attribution.py: people polled by a provider are the source, the provider the via
    ("Economists surveyed by Norwin had forecast growth of 2.4%.", "2.4%", ("Economists", "Norwin")),
    ("Traders polled by Castell expect prices to rise 6%.", "6%", ("Traders", "Castell")),
    # must not fire: "polled" with no "by" names no via
    ("Economists polled before the vote had forecast growth of 2.4%.", "2.4%", ("Economists", None)),
    # forecasters with "according to" data: the forecasters, via the data
    ("Analysts had expected revenue of $3.3 billion, according to Castell data.", "3.3 billion",
     ("Analysts", "Castell data")),
    # must not fire: a passive forecast keeps "according to" as the source
    ("Revenue is expected to reach $3.3 billion, according to Castell data.", "3.3 billion",
     ("Castell data", None)),
    # names.py: "it" in a clause under "X's figure" is X
    ("The ministry's count climbed from the 310 deaths it had confirmed on Friday.", "310",
     ("ministry", None)),
    # attribution.py: an object-less "put at" in a headline is a passive, no speaker
    ("Harbour repair bill now put at $900 million", "900 million", (None, None)),
    # must not fire: "put" with an object keeps its subject
    ("The council put the repair bill at $900 million.", "900 million", ("council", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
