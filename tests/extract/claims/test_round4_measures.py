"""Issue 14, round 4 (measures, subjects, detection): general rules for figures new stories showed
wrong, tested with sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    ("Doctors said 640 injured people reached clinics, and that 410 of them had been discharged.", "410", "wounded"),
    ("Some 90 people were hurt. The remaining 35 were still being treated on Friday.", "35", "wounded"),
    ("The toll climbed to 140 overnight. Of the 140 dead, only 61 had been identified by Monday.", "61", "killed"),
    ("Police arrested 52 protesters, and 30 of them would be charged with rioting.", "30", "other"),
])
def test_what_befalls_a_group_keeps_its_measure(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
