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


TUNIS = ("TUNIS - Tunisia's coastguard stepped up patrols off Sfax. Tunisian officials said the smugglers had "
         "moved south of Tunisia's second city. Migrants keep trying to reach Italy. ")

CASES_11B = [
    # rule 11b: a "from" of comparison does not stop rule 11 (arrivals are the destination's)
    (TUNIS + "The count showed 140 boats in May, carrying an average of 30 people each, up from 22 in 2021.",
     "30", "Italy"),
    (TUNIS + "Officials counted 140 boats in May, carrying an average of 30 people each, up from 22 in 2021 and "
     "from 9 in 2017.", "9", "Italy"),
    (TUNIS + "The count showed 140 boats in May, carrying an average of 30 people each, up from 22 in 2021.",
     "140", "Italy"),
    # must not fire: a "from" that names a place keeps the origin out of rule 11; no arrival word at all
    (TUNIS + "The ministry counted 900 boats last year, up from 610 in 2022.", "900", "Tunisia"),
    ("ATHENS - Greek patrols rose in the Aegean. About 2,000 people crossed into Greece from Turkey in May, up from "
     "1,500 in April, officials said. Turkey denied it.", "About 2,000", "Turkey"),
]


@pytest.mark.parametrize("text, figure, subject", CASES_11B)
def test_round28_comparing_from(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject


SINGAPORE = "SINGAPORE - Singapore's port was busy. Singaporean officials said traffic held up. "

CASES_14 = [
    # rule 14: a world index or a route's rate is no one country's
    (SINGAPORE + "The consultancy said its World Container Index rose 12% in the week, to $2,950 for a 40-foot box, "
     "and was 80% above a year earlier.", "12%", None),
    (SINGAPORE + "The consultancy said its World Container Index rose 12% in the week, to $2,950 for a 40-foot box, "
     "and was 80% above a year earlier.", "80%", None),
    (SINGAPORE + "The freight rate from Busan to Hamburg slipped 2% to $3,900.", "2%", None),
    (SINGAPORE + "The Global Freight Index fell 4% on Friday.", "4%", None),
    # must not fire: a country's own index, a rate with one place
    (SINGAPORE + "Singapore's price index rose 3% in May.", "3%", "Singapore"),
    (SINGAPORE + "Rents in Singapore rose 5% last year.", "5%", "Singapore"),
    (SINGAPORE + "The fare from Singapore rose 6% to $400.", "6%", "Singapore"),
]


@pytest.mark.parametrize("text, figure, subject", CASES_14)
def test_round28_world_rate(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject
