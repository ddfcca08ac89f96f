"""Issue 14, round 23 (subjects in conflict stories): a group's own men told by the group (rule 3d), a state's
named forces (rule 3e), a country before a noun of the means on "attacks" (rule 5b), a company's place that
counts no victims (rule 5c), a side event that owns only its own sentence (scene), the place of harm and a
body's own people (rules 5d, 5e). Sentences written for these tests, in our own words, about other events;
each group has cases that must not fire."""

from __future__ import annotations

import pytest

from newsclaims.extract.claims import subjects
from sentence_claims import claim_of


# rule 3d: an armed group's own men, told by the group
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Al-Shabaab said in a message that three of its fighters had died in the raid near Kismayo.", "three",
     "Al-Shabaab"),
    ("Hamas says four of its fighters among the dead; Egypt's envoy wounded", "four", "Hamas"),
])
def test_group_speaking(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 3d, must not fire: a country's own soldiers; a ministry
@pytest.mark.model
@pytest.mark.parametrize("text, figure, subject", [
    ("Jordan said two of its soldiers had been wounded at the border post.", "two", "Jordan"),
])
def test_group_speaking_not_country(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


# rule 3e: a state's named force is no group of its own
@pytest.mark.model
def test_state_force(nlp):
    claim = claim_of(nlp, "Tehran confirmed that 9 officers had been killed, among them a commander of the "
                          "Revolutionary Guards.", "9")
    assert claim.subject != "Revolutionary Guards"


def test_state_force_words(nlp):
    doc = nlp("the Revolutionary Guards and the Rapid Support Forces")
    assert subjects.state_force(doc[1:3]) and not subjects.state_force(doc[5:8])


# rule 5b: a country before a noun of the means on "attacks" is the place
@pytest.mark.model
def test_attacks_place(nlp):
    doc = nlp("Kenya mall attacks: toll reaches 40 as police search the building")
    assert not subjects.attacker(doc[0])


# rule 5b, must not fire: a weapon between, or a nationality adjective
@pytest.mark.model
@pytest.mark.parametrize("text", ["US drone strikes hit a village.", "Russian missile attacks hit Odesa."])
def test_attacker_kept(nlp, text):
    doc = nlp(text)
    assert subjects.attacker(doc[0])


# rule 5c: a company's place counts no victims
@pytest.mark.model
@pytest.mark.parametrize("text, index", [
    ("Makers in Finland and Estonia deny building the radios.", 4),
    ("The batteries were sold by a firm in Tallinn.", 8),
    ("The Estonian company said it had made none.", 1),
])
def test_company_place(nlp, text, index):
    assert subjects.company_place(nlp(text)[index])


@pytest.mark.model
@pytest.mark.parametrize("text, index", [
    ("Estonia's government said the radios had never been in the country.", 0),
    ("Nine people died in Estonia.", 4),
])
def test_company_place_not(nlp, text, index):
    assert not subjects.company_place(nlp(text)[index])


# rules 5d, 5e: where people were struck; a body's own people
@pytest.mark.model
def test_harm_place(nlp):
    doc = nlp("Artillery fire killed 11 people in Kharkiv on Sunday.")
    assert subjects.harm_place(doc[3]) == "Ukraine"


@pytest.mark.model
def test_harm_place_not_striker(nlp):
    doc = nlp("Russian shelling killed 11 people overnight.")
    assert subjects.harm_place(doc[3]) is None


@pytest.mark.model
def test_speaker_country(nlp):
    doc = nlp("Ukraine's health ministry said 31 people had been killed by the strikes.")
    assert subjects.speaker_country(doc[5]) == "Ukraine"


@pytest.mark.model
def test_speaker_country_not_its_strikes(nlp):
    doc = nlp("Russia's defence ministry said its strikes had killed 31 people.")
    assert subjects.speaker_country(doc[9]) is None


@pytest.mark.model
def test_speaker_country_not_news_agency(nlp):
    doc = nlp("Germany's DPA news agency said 31 people had been killed.")
    assert subjects.speaker_country(doc[6]) is None


# rule 3d, must not fire: a union's members
@pytest.mark.model
def test_union_members_not_group(nlp):
    doc = nlp("The Dockers Union said 70% of its members had stopped work.")
    noun = next(t for t in doc if t.lower_ == "members")
    assert subjects._group_speaking(noun) is None
