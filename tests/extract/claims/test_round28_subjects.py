"""Issue 14, round 28 (subjects): money a government with no country of its own spends, pays or owes is the
state's whose one-country currency the money is in (subjects rule 13). Sentences written for these tests, worded
differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

KIGALI = ("KIGALI, Rwanda - Rwanda's president opened a new school in Kigali. Rwandan officials said the deal with "
          "Rwanda had been cancelled. ")
MANILA = ("MANILA - Philippine officials met Japanese envoys in Manila. The Philippines hosted the talks. ")

CASES = [
    # rule 13: a bare government's spending in a currency of one country
    (KIGALI + "The minister said the last government had spent £450 million on the programme.", "450 million",
     "United Kingdom"),
    (KIGALI + "Critics said the government had wasted £80 million on the flights.", "80 million",
     "United Kingdom"),
    (MANILA + "The treasury had paid 12 billion yen for the bridge, an official said.", "12 billion", "Japan"),
    # must not fire: dollars and euros are many states', the spender's country is written, no government spends
    (KIGALI + "The minister said the last government had spent 300 million euros on the programme.",
     "300 million", "Rwanda"),
    (KIGALI + "The minister said Rwanda's government had spent £20 million on the programme.", "20 million",
     "Rwanda"),
    (KIGALI + "A charity said it had spent £3 million on new classrooms.", "3 million", "Rwanda"),
]


@pytest.mark.parametrize("text, figure, subject", CASES)
def test_round28_subjects(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject
