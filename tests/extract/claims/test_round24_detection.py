"""Issue 14, round 24: detection rules (which number phrases are claims): model designations, statutory
bounds, "one each" and an index name with its own verb. Sentences written for these tests, in our own words,
with other names, places and numbers than the annotated stories; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claims_of

pytestmark = pytest.mark.model


def _texts(nlp, text: str) -> list[str]:
    return [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text, figures", [
    # rule 1: a type and its variant name a model, not a range
    ("A Boeing 777-300 operated by the carrier skidded off the runway, injuring 12 passengers.", ["12"]),
    ("The airline grounded a 767-300 after inspectors found cracks.", []),
    ("An Airbus A330-200 carrying 210 people diverted to Dubai.", ["210"]),
    ("The 787-9 landed safely, the airline said.", []),
    ("Another Delta 737-900 returned to the gate soon after take-off.", []),
    ("Investigators checked every 737-900 in the carrier's fleet.", []),
    # must not fire: real ranges
    ("Officials said 20-30 people were injured.", ["20-30"]),
    ("Between 400-500 protesters marched on Sunday.", ["Between 400-500"]),
    ("Some 150-200 houses were destroyed.", ["Some 150-200"]),
    ("The firm reported losses in 2019-2020.", ["2019-2020"]),
    # rule 2: statutory bounds
    ("Residents can be fined up to 5,000 euros for breaking the curfew.", []),
    ("Shops face fines of up to 2,000 dollars.", []),
    ("Under the new law buildings must be at least 50 metres from the river, and 100 metres is recommended.", []),
    # must not fire: counts with "up to", "must have", fines imposed
    ("At least 40 people died in the floods, and up to 3,000 were displaced.", ["At least 40", "up to 3,000"]),
    ("Rescuers said at least 40 miners must have died.", ["at least 40"]),
    ("The court fined the company 2 million euros.", ["2 million"]),
    ("Flooding forced up to 5,000 people from their homes, and fines were imposed.", ["up to 5,000"]),
    # rule 3: "one each"
    ("Lyon had four cases, Nice and Toulon two each and Metz one each.", ["four", "two", "one"]),
    # must not fire: a pronoun "one"
    ("One of the two ministers resigned.", []),
    # rule 4: an index name with a verb of its own
    ("In Paris the CAC fell 1.1%, and the pan-Asian Stoxx 600 gave up 2.2%.", ["1.1%", "2.2%"]),
    ("In Seoul the Kospi lost 3%, and the broad Topix 500 dropped 1.9%.", ["3%", "1.9%"]),
    # must not fire: a gapped list keeps its items
    ("The CDU won 208 seats, the AfD 152 and the SPD 120.", ["208", "152", "120"]),
    # rule 5: survivors and contacts told for the first time
    ("The three survivors were taken to hospital in Izmir.", ["three"]),
    ("She was stable, and her three close contacts tested negative.", ["three"]),
    # must not fire: a determiner over other nouns, or survivors told before
    ("The two countries signed the deal.", []),
    ("Three survivors were found. The three survivors were taken to hospital.", ["Three"]),
    # rule 6: an object shown is no saying
    ("He was stable, and his two household contacts had shown no symptoms, the agency said.", ["two"]),
    # must not fire: speakers stay speakers
    ("Two officials told reporters that 14 people had died.", ["14"]),
    ("Three diplomats said 30 soldiers had been captured.", ["30"]),
])
def test_detection(nlp, text, figures):
    assert _texts(nlp, text) == figures
