"""Issue 14, round 27 (subjects): people who crossed into or arrived in a country, of no nationality their sentence
names, are the destination's (subjects rule 11), and so are the boats and people per boat of those arrivals; a
share "at N%" beside people named by nationality is that nationality's (rule 12). Sentences written for these
tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

TUNIS = ("TUNIS - Tunisia's coastguard stepped up patrols off Sfax. Tunisian officials said the smugglers had moved "
         "south of Tunisia's second city. ")

CASES = [
    # rule 11: arrivals, their averages and comparisons are the destination's, not the coast they left
    (TUNIS + "Interior ministry figures show 4,210 people had reached Italy by sea in March. Some 1,900 people have "
     "made the journey since 1 April, an average of 63 a day.", "Some 1,900", "Italy"),
    (TUNIS + "Interior ministry figures show 4,210 people had reached Italy by sea in March. Some 1,900 people have "
     "made the journey since 1 April, an average of 63 a day.", "63", "Italy"),
    (TUNIS + "Migrants keep trying to reach Italy. That is 20% fewer than the 5,300 who came in the same month "
     "last year.", "20%", "Italy"),
    (TUNIS + "Migrants keep trying to reach Italy. The count showed 140 boats in May, carrying an average of 30 "
     "people each.", "30", "Italy"),
    # rule 11: a home-affairs body whose name says no country counts for its country
    ("CALAIS, France - French police patrolled the beaches near Calais again. France said it had stepped up "
     "patrols, and French officers stopped several launches. The Home Office said 512 people crossed on Tuesday.",
     "512", "United Kingdom"),
    # must not fire: a rescue, people named by nationality, a "from" origin
    (TUNIS + "Migrants keep trying to reach Italy. Rescuers pulled 40 people from the water on Sunday.", "40",
     "Tunisia"),
    (TUNIS + "Migrants keep trying to reach Italy. Guineans made up 2,400 of those who arrived in April.", "2,400",
     "Guinea"),
    ("ATHENS - Greek patrols rose in the Aegean. About 2,000 people crossed into Greece from Turkey in May, "
     "officials said. Turkey denied it.", "About 2,000", "Turkey"),
    # rule 12: "followed by X at N%"
    ("ROME - Italy's interior ministry published its monthly figures. Migrants keep trying to reach Italy. Syrians "
     "were the largest group of those who arrived, at 24%, followed by Eritrean nationals at 11%.", "11%", "Eritrea"),
]


@pytest.mark.parametrize("text, figure, subject", CASES)
def test_round27_subjects(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject
