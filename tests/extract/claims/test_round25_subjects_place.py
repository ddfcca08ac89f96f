"""Issue 14, round 25 (place subjects): a place name the gazetteer puts in one country is a place whatever
the tagger read it as (scene.py "A place whatever its tag"); a clause placed in a state's city or province
is the state's, not its territory's (assembly.py "Inner place"); the lead's event decides the scene, a side
event keeps only its own sentence (scene.py "The lead's event", "A side event's sentence"); a sentence
that opens on "In <place>," is set there (scene.py "A sentence that opens on a place"). Sentences written
for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SUBJECTS = [
    # a gazetteer place in one country, read as a person's name or untagged, after "in"
    ("Israel and Iran traded fire again. Rockets killed three people in Bat Yam, Iranian media said. "
     "Iran said it had lost 40 people.", "three", "Israel"),
    ("Lebanon and Israel exchanged strikes overnight. Israel said 11 were hurt. A drone wounded four "
     "people in Nabatieh, Lebanese officials said.", "four", "Lebanon"),
    # must not fire: a town the article's countries do not hold; "at" a place a missile is fired at
    # a clause placed in a state's city is the state's, not its territory's
    ("HONG KONG - Hong Kong reported one new case on Monday. Hong Kong officials urged calm. In Foshan, "
     "the number of new infections fell to 310, China said.", "310", "China"),
    ("HONG KONG - Hong Kong reported one new case on Monday. Hong Kong officials urged calm. China said "
     "that 2,100 people had been infected in Guangdong.", "2,100", "China"),
    # must not fire: placed by the state's own name ("Chinese officials"): the territory keeps it
    ("HONG KONG - Hong Kong reported one new case on Monday. Hong Kong officials urged calm. Hong Kong "
     "health workers said. Chinese officials said 14 more patients had been admitted.", "14", "Hong Kong"),
    # a sentence that opens on a place is set there, its clauses below the figure included
    ("Iran and Israel agreed a truce. Iran said 600 people had died. In Israel, the government gave a toll "
     "of 30, five of them killed when a missile struck a school.", "five", "Israel"),
    ("Russia and Ukraine each counted their dead. Russia said 14 people died. In Ukraine, officials put the "
     "toll at 20, six of them children killed when a drone hit a shelter.", "six", "Ukraine"),
    # must not fire: "In" a year or a month; a sentence that does not open on the place
    ("Russia and Ukraine each counted their dead. Russia said 14 people died in Kursk. In March, officials "
     "in Ukraine put the toll at 20, six of them killed when a drone hit a shelter in Kharkiv.", "six",
     "Ukraine"),
]

SCENES = [
    # the lead's event "across" a country outweighs a later event in passing
    ("Blasts across Chile kill 12\n\nGas cylinders exploded across Chile on Monday, killing 12 people, the "
     "health minister said. Peru has sent 30 doctors.\n\nThe blasts were not confined to Chile. A monitor "
     "said nine people were hurt when a tank exploded in Lima. Around 200 of the wounded were in critical "
     "condition.", "Around 200", "Chile"),
    # the side event keeps the figures of its own sentence
    ("Blasts across Chile kill 12\n\nGas cylinders exploded across Chile on Monday, killing 12 people, the "
     "health minister said. Peru has sent 30 doctors.\n\nThe blasts were not confined to Chile. A monitor "
     "said nine people were hurt when a tank exploded in Lima. Around 200 of the wounded were in critical "
     "condition.", "nine", "Peru"),
    # the lead's event counts twice: three later events in passing elsewhere do not outweigh it
    ("Ferry sinks off Greece\n\nA ferry sank off Greece on Wednesday, the coast guard said.\n\nIn May a boat "
     "sank off Libya, in June a dinghy capsized off Libya and in July a trawler sank off Libya. Survivors of "
     "the ferry said 104 people were pulled from the water.", "104", "Greece"),
    # must not fire: four events elsewhere still outweigh the lead's
    ("Ferry sinks off Greece\n\nA ferry sank off Greece on Wednesday, the coast guard said.\n\nIn May a boat "
     "sank off Libya, in June a dinghy capsized off Libya, in July a trawler sank off Libya and in August a "
     "yacht sank off Libya. Survivors said 104 people were pulled from the water.", "104", "Libya"),
]


@pytest.mark.parametrize("text, figure, subject", SUBJECTS + SCENES)
def test_subject(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


def test_town_of_a_country_the_article_never_names(nlp):
    """Must not fire: "Hamas" is also a German town, but the article names no Germany."""
    text = "Israel and Lebanon traded fire. Lebanon said 40 people were hurt. Officials said 12 fighters were hurt in Hamas."
    assert claim_of(nlp, text, "12").subject != "Germany"
