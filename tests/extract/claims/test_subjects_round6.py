"""Issue 14, round 6 (subjects): stories of two sides (exchanges of prisoners and bodies, wars):
the side the outlet reports from, the side that hands captives back, weapons fired, conjoined
counts; sentences written for these tests, worded unlike the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

# Two countries named about equally; the outlet writes from one of them (its dateline).
HANDOVER = ("YEREVAN - Azerbaijan freed men it had held since the fighting, and Armenia released two "
            "Azerbaijani soldiers in return. Azerbaijani officials said the handover at the border went smoothly. ")
BORDER = ("ADDIS ABABA - Ethiopia and Eritrea traded captives at a crossing on Monday, Eritrea's "
          "information minister said. ")


@pytest.mark.parametrize("text, figure, subject", [
    (HANDOVER + "In all, 32 men were brought home by bus on Tuesday.", "32", "Armenia"),
    (HANDOVER + "Each side let go of 40 detainees.", "40", "Armenia"),
    # rule 2b: the side that hands people back held them; they are not its own
    (BORDER + "Eritrea returned 55 prisoners of war.", "55", "Ethiopia"),
    (BORDER + "Eritrea also handed over the remains of 18 soldiers.", "18", "Ethiopia"),
    # rule 3: the one side the sentence names (not as attacker, not as the side handing people over)
    (HANDOVER + "Baku's mayor said traffic was stopped on 14 roads.", "14", "Azerbaijan"),
    (HANDOVER + "Hours after an Azerbaijani drone assault, 9 people were hurt in Yerevan.", "9", "Armenia"),
    (HANDOVER + "Azerbaijan would give back 70 more in all, Baku said.", "70", "Armenia"),
    # a count that names its own people keeps them
    (HANDOVER + "Baku said 11 Azerbaijani conscripts were among them.", "11", "Azerbaijan"),
])
def test_two_sides_reported_from_the_dateline(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


def test_a_third_country_dateline_keeps_the_main_actor(nlp):
    text = ("GENEVA - Sudan and South Sudan agreed on a truce. Sudanese officials and Sudan's army said "
            "Sudan would open the road, and Sudan's envoy thanked South Sudan. In all, 300 families crossed.")
    assert claim_of(nlp, text, "300").subject == "Sudan"


@pytest.mark.parametrize("text, figure, subject", [
    ("Iranian missile strikes hit Haifa overnight. Israel's army said Israel's defences had intercepted "
     "120 rockets and 30 drones, Israeli officials said.", "120", "Iran"),
    ("Iranian missile strikes hit Haifa overnight. Israel's army said Israel's defences had intercepted "
     "120 rockets and 30 drones, Israeli officials said.", "30", "Iran"),
])
def test_weapons_fired_are_the_attackers(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    ("Officials said 12 Nepalese workers and three drivers were pulled from the rubble.", "three", "Nepal"),
    ("The ministry said 40 Syrian soldiers and six officers had been freed.", "six", "Syria"),
])
def test_conjoined_counts_share_the_lists_people(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.parametrize("text, country", [
    ("KYIV - The exchange went ahead.", "Ukraine"),
    ("GAZA CITY, 3 May - Crowds gathered.", "Palestine"),
    ("Published 3 May 2025\n\nThe exchange went ahead.", None),
])
def test_dateline(nlp, text, country):
    from newsclaims.extract.claims import layout
    line = layout.dateline(nlp(text))
    assert (line[2] if line else None) == country
