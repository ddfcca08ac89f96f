"""Issue 14, round 30 (counted): a bare percentage counts an earlier percentage's "of" noun in its sentence,
or the sample its sentence's poll names (counted rule 6). Sentences written for these tests, in our own words,
about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

POLL = "A Eurobarometer survey of 2,050 farmers, published on Tuesday, showed that 38% backed the subsidy reform."
POLL_LIST = "A phone poll of 900 voters found that 44% trusted the mayor and 51% did not."
EARLIER = "In the referendum, 62% of voters in the canton backed the new tunnel and 38% rejected it."
OWN = "A poll of 1,500 residents found that 30% of households had no heating."
NO_POLL = "The ruling party won 41% in the first round, the commission said."
CHANGE = "A survey of 400 shops showed that sales fell 6% in March."


@pytest.mark.parametrize("text, figure, expected", [
    (POLL, "38%", "farmer"),
    (POLL_LIST, "44%", "voter"),
    (POLL_LIST, "51%", "voter"),
    (EARLIER, "38%", "voter"),
    # must not fire: a share with its own noun, no poll and no earlier share, a share of change
    (OWN, "30%", "household"),
    (NO_POLL, "41%", None),
    (CHANGE, "6%", "sales"),
])
def test_round30_share_sample(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).counted == expected
