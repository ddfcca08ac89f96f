"""Issue 14, round 8: source rules that generalise (a figure asked for, ordered or given as a
reason is the asker's; a change verb on the subject's own figure noun; an apposition set after the
verb; a judging verb in a relative clause on the figure's noun; a body named before its kind noun).
Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # verbs of asking with the figure in their object or "for" phrase (attribution.py, round 8)
    ("The state attorney sought a sentence of 12 years for the former mayor.", "12", ("state attorney", None)),
    ("The defence lawyers argued for 30 months in prison.", "30", ("defence lawyers", None)),
    ("The parole board had recommended a term of 8 years in prison.", "8", ("parole board", None)),
    ("The pilots' union wanted a 9% raise, while the airline offered 3%.", "9%", ("pilots' union", None)),
    # a noun of asking as object: an appeal or request for a sum
    ("The Red Cross has issued an appeal for 20 million francs to house the families.", "20 million",
     ("Red Cross", None)),
    # asking for shelter in a place is no figure asked for
    ("About 600 villagers sought shelter in 14 schools overnight.", "14", (None, None)),
    # a verb of ordering whose to-infinitive holds the figure as object
    ("The court ordered the insurer to pay 2.5 million dollars to the families.", "2.5 million",
     ("court", None)),
    ("Judge Amal Haddad directed the company to refund 800,000 euros.", "800,000", ("Amal Haddad", None)),
    # the people ordered are acted on; an order with nobody ordering is the outlet's
    ("Police ordered 3,000 residents to leave the valley.", "3,000", (None, None)),
    # "citing" a figure gives a reason: the citer's own figure, no source relayed
    ("Regulators fined the bank, citing 45 million dollars of hidden losses.", "45 million",
     ("Regulators", None)),
    # a change verb on the subject's own figure noun names its new value
    ("The health agency lowered its estimate of the dead to 212, citing hospital records.", "212",
     ("hospital records", "health agency")),
    ("The ministry has revised its count to 1,410.", "1,410", ("ministry", None)),
    # an apposition set after the verb describes what is said, not the subject
    ("The board had warned of losses of 90 million euros, the cost of roughly three new ships.", "roughly three",
     ("board", None)),
    # a judging verb in a relative clause on the figure's noun: who counts it
    ("The agency has opened a fund to rebuild the 340 homes it considers beyond repair.", "340",
     ("agency", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected


def test_kind_noun_names_the_body(nlp):
    """sources.py rule 12: "the Unite union" names a later "the union"."""
    text = ("Talks with the Unite union broke down on Friday. The union had wanted a raise of 6% "
            "over two years.")
    assert claim_of(nlp, text, "6%").source == "Unite union"
