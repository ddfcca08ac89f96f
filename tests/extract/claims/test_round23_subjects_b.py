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
    # scene.py round 23: a figure's own region phrase, or a colon's breakdown by country, is a total
    ("Heavy snow has killed 14 people across Central Europe, with two missing in Slovakia.", "14", None),
    ("Avalanches kill nine across Central and Eastern Europe", "nine", None),
    ("The heatwave had killed 30 people: 12 in Italy, 10 in Slovenia and eight in Croatia.", "30", None),
    ("The heatwave had killed 30 people: 12 in Italy, 10 in Slovenia and eight in Croatia.", "12", "Italy"),
    # must not fire: a region of one country, a colon listing places of one country
    ("Heavy snow has killed 14 people across Bavaria, officials in Germany said.", "14", "Germany"),
    ("Police in Italy said the heatwave had killed 30 people: 12 in Rome and 18 in Naples.", "30", "Italy"),
    # scene.py round 23: an opening "In <town>," places the sentence and the paragraph
    ("SZEGED, Hungary - Rivers rose overnight in Hungary and Poland. In Opava, rescuers took 140 people from flooded homes. "
     "Volunteers filled 9,000 sandbags.", "140", "Czech Republic"),
    ("SZEGED, Hungary - Rivers rose overnight in Hungary and Poland.\n\nIn Opava, the river burst through a dyke "
     "near the station, local radio reported. Some 140 people were taken out by boat.", "Some 140", "Czech Republic"),
    # must not fire: a person's name after "In" is no place; a sentence that does not open on "In"
    ("SZEGED, Hungary - Rivers rose overnight in Hungary and Poland.\n\nRescuers in Opava said the river burst "
     "through a dyke. Some 140 people were taken out by boat in Szeged.", "Some 140", "Hungary"),
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
