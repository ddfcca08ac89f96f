"""Issue 14, round 12: measures the round-11 blind stories showed (remains handed back, supplies that
enter a place, missing-person reports, people under evacuation warnings). Sentences written for these
tests, in our own words."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    ("Under the ceasefire, the group will return the remains of 19 hostages who died in captivity.", "19", "killed"),
    ("The army handed back the bodies of 30 fighters on Tuesday.", "30", "killed"),
    ("Under the accord, roughly 400 aid lorries a day are supposed to enter the territory.", "roughly 400", "supplied"),
    ("Since the pause, some 300 tonnes of flour have entered the enclave every day, the agency said.",
     "some 300", "supplied"),
    ("Police have received 14 missing-person reports since the storm.", "14", "missing"),
    ("Some 40,000 residents are under evacuation orders and another 22,000 are under warnings, officials said.",
     "22,000", "displaced"),
    # must not fire
    ("The captors said the exchange would go ahead. Militants freed 11 hostages at dawn.", "11", "captured"),
    ("Reporters filed 14 reports from the front line.", "14", "other"),
    ("About 50 trucks were parked outside the depot.", "About 50", "other"),
    ("Some 3 million people are under heat warnings this week.", "Some 3 million", "other"),
])
def test_round12_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
