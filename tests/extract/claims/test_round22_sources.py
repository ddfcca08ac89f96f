"""Issue 14, round 22: source rules that generalise. A breakdown of the group the sentence before counted
keeps that sentence's source (assembly.py, "Breakdown"); a stance noun the recogniser took into a name
("Critics of X") is a group named by its head noun (names.py); a title agrees with the words that say which
office it is (coref.py rule 4); a body's accounts give the figures they show, named with their owner
(attribution.py, sources.py rule 46); a headline's "as" clause after its saying verb is the writer's; a rate
a body gives is its figure; a closing "the report said" brackets its paragraph like "it said". A closing "the consultancy said" is the body that owns its clause's subject (rule 47). Sentences written for these tests, worded differently from the annotated
stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # assembly "Breakdown": "Of the dead, ..." and "N% of them" after a sourced count
    ("The health agency said 2,400 people died in the floods between May and July. Of the dead, 1,500 were "
     "men, 600 women and 300 children.", "600", ("health agency", None)),
    ("The health agency said 2,400 people died in the floods between May and July. Of the dead, 1,500 were "
     "men, 600 women and 300 children.", "1,500", ("health agency", None)),
    ("Across the province 51,200 people have fled their homes, the refugee council said on Monday. Around "
     "60% of them are children.", "Around 60%", ("refugee council", None)),
    ("Over the winter 410 fishermen drowned, according to the coastguard. Of those, 380 were men.", "380",
     ("coastguard", None)),
    # must not fire: a part that did something is the writer's account (the guide's round 9)
    ("Across the province 51,200 people have fled their homes, the refugee council said on Monday. Around "
     "60% of them are staying with relatives, 25% in camps.", "25%", (None, None)),
    ("Over the winter 8,300 farms lost livestock, according to the agriculture board. Of those, 2,100 lost "
     "their whole herd.", "2,100", (None, None)),
    # must not fire: the sentence before has no speaker, or denies; a new paragraph; a whole given anew
    ("About 2,400 people died in the floods. Of the dead, 1,500 were men.", "1,500", (None, None)),
    ("A spokesman denied that 400 people had died. Of the dead, 300 were men.", "300", (None, None)),
    ("The health agency said 2,400 people died.\n\nOf the dead, 1,500 were men.", "1,500", (None, None)),
    ("The river burst its banks in 2019. Of the 90 villages nearby, 12 were flooded.", "12", (None, None)),
    # names.py: a stance noun taken into an organisation's name is the group
    ("Critics of Labour have pointed out that its 9.1 million votes came from a small register.",
     "9.1 million", ("Critics", None)),
    ("Opponents of Acme Holdings said 400 jobs would go.", "400", ("Opponents", None)),
    ("Supporters of Reform UK said 12 seats had been won.", "12", ("Supporters", None)),
    # must not fire: a body named with "of"
    ("The Bank of England said inflation was 3%.", "3%", ("Bank of England", None)),
    # coref rule 4: a title must agree with the words that say which office
    ("Finance Minister Ana Lopes said the budget would rise by 4%. The health minister said 300 clinics had "
     "closed.", "300", ("health minister", None)),
    ("Prime Minister Omar Haddad visited the camp. The home minister said 90 people had been killed.", "90",
     ("home minister", None)),
    # must not fire: the same office, or a bare title
    ("Health Minister Ana Lopes visited the camp. The health minister said 300 clinics had closed.", "300",
     ("Ana Lopes", None)),
    ("Health Minister Ana Lopes visited the camp. The minister said 300 clinics had closed.", "300",
     ("Ana Lopes", None)),
    # attribution/sources rule 46: a body's accounts
    ("Northwind Holdings missed a bond payment in May. Its interim accounts show debts of 41 billion yuan.",
     "41 billion", ("Northwind Holdings's interim accounts", None)),
    # must not fire: the word in the singular, a witness's story
    ("The accounts were frozen in 2021 with 300 million yuan in them.", "300 million", (None, None)),
    # attribution: a headline's "as" clause
    ("Peru confirms 300 measles cases as infections near 2,000\n\nLIMA - The outbreak went on.", "near 2,000",
     (None, None)),
    ("Chile says copper exports down 12% as strike enters 20th day of 40\n\nSANTIAGO - Talks went on.", "12%",
     ("Chile", None)),
    # must not fire: "as many as", a body sentence
    ("Peru says as many as 300 died in floods\n\nLIMA - The floods went on.", "as many as 300", ("Peru", None)),
    ("The ministry said 40 had died as the town mourned 12 others.", "12", ("ministry", None)),
    # attribution: a rate a body gives
    ("The Brightwater Institute, whose vaccine was tested, gave a slightly lower rate of 22.7%.", "22.7%",
     ("Brightwater Institute", None)),
    ("The Corvo Trust gave a share of 31% for the north.", "31%", ("Corvo Trust", None)),
    # assembly "Bracketed paragraph": a closing "the report said" points back to the opening speaker
    ("Corvex found that 125 of the 500 largest firms were hit. Retail took the largest loss, about $2.1 "
     "billion, followed by transport with $1.2 billion. The average loss was $40 million, the report said.",
     "1.2 billion", ("Corvex", None)),
    # must not fire: a report by someone else
    ("Corvex found that 125 of the 500 largest firms were hit. Retail took the largest loss, about $2.1 "
     "billion. The average loss was $40 million, a separate report by Dunmore said.", "about $2.1 billion",
     (None, None)),
    # assembly "Continued list": "That puts ..." works a figure out of the sourced sentence before
    ("Insurance will cover between 10% and 20% of the damage, the broker Halden said. That puts insured losses "
     "at between $50 million and $100 million.", "between $50 million and $100 million", ("Halden", None)),
    # must not fire: no speaker before, or a verb that works nothing out
    ("Insurance will cover between 10% and 20% of the damage. That puts insured losses at $50 million.",
     "50 million", (None, None)),
    ("Insurance will cover 20% of the damage, the broker Halden said. That was 12 more than in 2020.", "12",
     (None, None)),
    # sources rule 47: "the consultancy said" closing a clause whose subject a named body owns
    ("Freight rates eased. Halloran's Container Index fell 1% to $3,733 last week, the consultancy said.", "1%",
     ("Halloran", None)),
    # must not fire: a place or a person owns the subject
    ("Freight rates eased. Mombasa's exports fell 1% last week, the ministry said.", "1%", ("ministry", None)),
    ("Prices eased. Maria Lopez's shop sold 40 bikes, the owner said.", "40", ("owner", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
