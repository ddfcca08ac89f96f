"""Issue 14, round 28: a person the recogniser missed but the text names with an honorific (sources rule 56), a
bare office title for the untitled person who acted before it (rule 57), "according to the <title>, Name,"
(rule 58), a polling firm that "gave" a party seats (attribution round 28) and a headline's title read with
its verb (attribution round 28). Sentences written for these tests, worded differently from the annotated
stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

HONOURED = [
    # rule 56: the surname after an honorific makes the earlier two-word run a person
    ("HARARE - Tendai Moyo presented the spending plan on Thursday.\n\nMs Moyo said 640 clinics would be "
     "rebuilt.", "640", ("Tendai Moyo", None)),
    ("WELLINGTON - Aroha Whitfield opened the harbour works on Monday.\n\nShe said 85 berths would be ready "
     "by spring. Mrs Whitfield thanked the crews.", "85", ("Aroha Whitfield", None)),
    # rule 55 fixed: the honorific form itself is not the full name
    ("Laura Brennan announced a plan to build 300 schools on Monday. Ms Brennan said 12 would be in the "
     "north.", "12", ("Laura Brennan", None)),
    # must not fire: no honorific for that surname, nobody named
    ("Officials met in Leeds on Monday. Dr Patel said 45 patients were treated.", "45", ("Dr Patel", None)),
]

UNTITLED = [
    # rule 57: the bare office title is the untitled person who acted right before it
    ("Laura Brennan announced a plan to build 300 schools on Monday.\n\nThe governor told reporters that 45 "
     "of them would open next year.", "45", ("Laura Brennan", None)),
    ("Pieter de Wit unveiled the city's new housing scheme on Friday. The mayor said 1,400 flats would be "
     "finished by 2028.", "1,400", ("Pieter de Wit", None)),
    # must not fire: the person named before was only named in passing
    ("The plan was welcomed by Marco Diaz. The governor said 45 schools would open.", "45", ("governor", None)),
    # must not fire: the person named before has another title
    ("Laura Brennan, a teacher, spoke first. The governor said 45 schools would open.", "45",
     ("governor", None)),
    # must not fire: a witness with her age
    ("Sofia Marin, 41, said she lost her shop. The minister said 900 shops had been hit.", "900",
     ("minister", None)),
    # must not fire: two people named before
    ("Laura Brennan met Omar Haddad on Monday. The governor said 45 schools would open.", "45",
     ("governor", None)),
    # must not fire: a role noun several people may hold
    ("Laura Brennan opened the depot on Monday. The spokesman said 60 buses were ready.", "60",
     ("spokesman", None)),
]

ACCORDING = [
    # rule 58: the name between commas after an "according to" title is the source
    ("According to the regional fire chief, Marta Olsen Berg, 14 engines were sent to the blaze.", "14",
     ("Marta Olsen Berg", None)),
    ("According to the provincial health director, Rafael Quispe Mamani, 230 patients had been treated.",
     "230", ("Rafael Quispe Mamani", None)),
    # and a later pronoun points back to that person
    ("According to the regional fire chief, Marta Olsen Berg, the blaze began at noon. She said 30 homes "
     "burned.", "30", ("Marta Olsen Berg", None)),
    # must not fire: no name after the title
    ("According to the regional fire chief, 14 engines were sent to the blaze.", "14",
     ("regional fire chief", None)),
]

POLLSTERS = [
    # attribution round 28: a polling firm that "gave" a party a figure says it
    ("Harbour Research, surveying for the Daily Post, gave the Greens 14% of the vote.", "14%",
     ("Harbour Research", None)),
    ("Axis Data, polling for a TV channel, gave the coalition between 210 and 240 of the 400 seats.",
     "between 210 and 240", ("Axis Data", None)),
    # must not fire: a gift is nobody's claim
    ("Northfield Capital, a fund manager, gave the charity $2 million.", "2 million", (None, None)),
]

HEADLINES = [
    # attribution round 28: a headline opening on a bare title and a verb read as a plural noun
    ("Judge fines builder $40,000 for unsafe scaffolding and warns of prison\n\nThe ruling came on Monday.",
     "40,000", (None, None)),
    # must not fire: a plural subject that does speak
    ("Judges warn 300 cases are delayed, the union said.", "300", ("Judges", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), HONOURED + UNTITLED + ACCORDING + POLLSTERS + HEADLINES)
def test_round28_sources(nlp, text, figure, expected):
    claim = claim_of(nlp, text, figure)
    assert (claim.source, claim.via) == expected
