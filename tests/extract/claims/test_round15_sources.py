"""Issue 14, round 15: source rules that generalise (sources.py rule 28: a one-word mixed-case name
that "the bank" refers back to, also as a possessive owner; rule 29: "it said" with no named subject
before it is the body that spoke last in its paragraph). Sentences written for these tests, worded
differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # rule 28: "the bank" after a one-word name ending in "Bank"
    ("The gloomiest view comes from SoftBank. The bank put the loss at 2 billion yen.", "2 billion",
     ("SoftBank", None)),
    ("Analysts at CityBank were the most cautious. Card payments fell 21% in May, the bank said.", "21%",
     ("CityBank", None)),
    # rule 28: the owner of a possessive description
    ("The gloomiest view comes from SoftBank. Exports fell 12% in June, the bank's economists wrote.", "12%",
     ("SoftBank's economists", None)),
    # must not fire: a name that does not end in the word, or a two-word name (rule 2 as before)
    ("The gloomiest view comes from Bankside. The bank put the loss at 2 billion pounds.", "2 billion",
     ("bank", None)),
    ("The gloomiest view comes from Deutsche Bank. The bank put the loss at 2 billion euros.", "2 billion",
     ("Deutsche Bank", None)),
    # rule 29: "it said" after a paragraph whose body spoke without a figure
    ("Regulators fined Siemens 20 million euros on Monday.\n\nSiemens said it would appeal. The ruling, it "
     "said in a statement, ignored the evidence. It said its rivals held 61% of the market.", "61%",
     ("Siemens", None)),
    ("Farmers said prices had fallen 20%.\n\nNestle said it would sue. The law, it argued, was unfair. It "
     "said it had lost 12 million pesos.", "12 million", ("Nestle", None)),
    # must not fire: the body spoke in another paragraph; the latest source stands
    ("Nestle said it would sue.\n\nFarmers said prices had fallen 20%. The law, they argued, was unfair. "
     "They said they had lost 12 million pesos.", "12 million", ("Farmers", None)),
    # must not fire: a figure after the body's words has its own source
    ("Siemens said it would appeal. The agency said 5 million euros was the cap. It said its rivals "
     "held 61% of the market.", "61%", ("Siemens", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
