"""Issue 14, round 27: a body introduced as a description with its name in apposition speaks under the
name (entities.py round 27, sources.py rule 54). Sentences written for these tests, worded differently
from the annotated stories."""

from __future__ import annotations

import pytest

from newsclaims.extract import entities
from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # the name in apposition wins over the description
    ("The UN food agency, WFP, said 4,000 families had received rations.", "4,000", ("WFP", None)),
    ("About 8,500 people crossed the border, according to the UN migration agency, IOM.", "About 8,500",
     ("IOM", None)),
    # "the agency" pointing back to the description is the name too
    ("The UN refugee agency, UNHCR, opened two camps on Monday.\n\nThe agency said 12,000 people had "
     "registered.", "12,000", ("UNHCR", None)),
    # one of its people
    ("A spokesman for the region, Ali Musa, spoke first. A senior official of the UN health agency, WHO, told "
     "reporters that 310 cholera cases had been confirmed.", "310", ("WHO", None)),
    # must not fire: a parenthesised long name elsewhere keeps that long name
    ("The Office for National Statistics (ONS) met on Monday. The statistics office, ONS, said 41,000 jobs "
     "were lost.", "41,000", ("Office for National Statistics", None)),
    # a title with a place before it, the name in apposition tagged as a place by the recogniser
    ("The Central Sulawesi deputy governor, Ferdi Lamadu, said 140 people were still in hospital.", "140",
     ("Ferdi Lamadu", None)),
    # must not fire: no apposition, the description stays
    ("The UN refugee agency said 900 people had fled.", "900", ("UN refugee agency", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_round27_sources(nlp, text, figure, expected):
    claim = claim_of(nlp, text, figure)
    assert (claim.source, claim.via) == expected


def test_round27_alias_direction(nlp):
    found = dict(entities.aliases(nlp("The UN children's agency, UNICEF, said so.")))
    assert found.get("UN children's agency") == "UNICEF"
    assert "UNICEF" not in found


HONORIFICS = [
    # rule 55: an honorific and a surname is the person named in full before
    ("The finance minister, Grace Okafor, visited Lagos.\n\nMs Okafor said 1,200 traders had been paid.", "1,200",
     ("Grace Okafor", None)),
    ("Daniel Weber, who leads the union, spoke on Friday. Mr. Weber said 300 drivers would strike.", "300",
     ("Daniel Weber", None)),
    # must not fire: nobody of that surname named before
    ("Officials met in Leeds on Monday. Dr Patel said 45 patients were treated.", "45", ("Dr Patel", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), HONORIFICS)
def test_round27_honorifics(nlp, text, figure, expected):
    claim = claim_of(nlp, text, figure)
    assert (claim.source, claim.via) == expected
