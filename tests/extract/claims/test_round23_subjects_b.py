"""Issue 14, round 23 (subjects in multi-country and federal stories): a country's name that is also
another country's state names the state among that country's other states (subjects.py rule 1s); a bloc
written by its initials is spelled out (rule 1t); a legislature asked for money is its state's, not a giver
by its name (rule 4g); a continent's parts are regions (gazetteer). Sentences written for these tests,
worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer
from sentence_claims import claim_of

pytestmark = pytest.mark.model

SUBJECTS = [
    # rule 1s: "Georgia" among other US states is the United States
    ("Floods swept Alabama and Mississippi on Monday. In Georgia, state officials said 12 people had "
     "drowned.", "12", "United States"),
    ("Tornadoes tore through Kentucky, Ohio and Georgia, where emergency managers counted 31 homes "
     "destroyed.", "31", "United States"),
    # must not fire: Georgia the country, named with its capital or among no US states
    ("Mudslides hit Tbilisi overnight. In Georgia, the emergency service said 12 people had drowned.",
     "12", "Georgia"),
    ("In Georgia, the interior ministry said 12 people had drowned near the Armenian border.", "12", "Georgia"),
    # must not fire: one US state only is no evidence
    ("Storms hit Texas. In Georgia, officials said 12 people had drowned.", "12", "Georgia"),
    # rule 1t: a bloc's initials
    ("The EU pledged 40 million euros for the reconstruction.", "40 million", "European Union"),
    ("Brussels said the AU would send 300 observers; the EU had promised 12 million euros.", "12 million",
     "European Union"),
    # rule 4g: a legislature asked for money is the state's
    ("Floods hit Vermont and New Hampshire. The governor of Vermont asked the General Assembly for $80 million "
     "in relief.", "80 million", "United States"),
    ("Drought hit Kenya. The president appealed to parliament for 5 billion shillings in emergency food aid.",
     "5 billion", "Kenya"),
    # must not fire: an organisation asked stays the giver by its name (rule 2f)
    ("Floods hit Vermont and New Hampshire. The governor asked the World Bank for $80 million in relief.",
     "80 million", "World Bank"),
]


@pytest.mark.parametrize("text, figure, subject", SUBJECTS)
def test_subject(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


def test_gazetteer_helpers():
    assert gazetteer.subdivision_of("Georgia") == ("United States",)
    assert gazetteer.subdivision_of("France") == ()
    assert "United States" in gazetteer.province_countries("Tennessee")
    assert gazetteer.province_countries("Georgia") == ()
    assert gazetteer.bloc_name("EU") == "European Union"
    assert gazetteer.bloc_name("UN") is None and gazetteer.bloc_name("eu") is None
    assert gazetteer.region("Central Europe") and gazetteer.region("Central and Eastern Europe")
    assert not gazetteer.region("South Africa") and not gazetteer.region("Central African Republic")
