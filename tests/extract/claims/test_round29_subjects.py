"""Issue 14, round 29 (subjects): in a fight between two states, a side's own body counts its own dead; the other
side of the fight ("fighting with X") is no place of them, and the speaker's own name or the counted people's "its
armed forces" is no strike of its side (subjects rule 15). Sentences written for these tests, worded differently
from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

BORDER = ("Armenia and Azerbaijan traded fire for a third day. Azerbaijan accused Armenia of shelling its villages, "
          "and Armenia blamed Azerbaijan. Talks between Armenia and Azerbaijan stalled. ")

CASES = [
    # rule 15: a side's own military or ministry counts its own people, the other side named as the foe
    (BORDER + "Armenia's defence ministry said on Monday that 23 civilians had been killed in three days of "
     "fighting with Azerbaijan.", "23", "Armenia"),
    (BORDER + "Azerbaijan's military said 14 members of its armed forces had died in clashes with Armenia.",
     "14", "Azerbaijan"),
    (BORDER + "Azerbaijan's military said 31 residents had been wounded in the war with Armenia.", "31",
     "Azerbaijan"),
    (BORDER + "Azerbaijan said 17 civilians had been killed in the fighting with Armenia.", "17", "Azerbaijan"),
    # must not fire: people of the other side by name, another place where the people were struck
    (BORDER + "Armenia's defence ministry said 40 Azerbaijani soldiers had been killed in fighting with Azerbaijan.",
     "40", "Azerbaijan"),
    (BORDER + "Armenia's defence ministry said 12 people had been killed in Ganja in Azerbaijan.", "12",
     "Azerbaijan"),
]


@pytest.mark.parametrize("text, figure, subject", CASES)
def test_round29_subjects(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject


CASES_16_18 = [
    # rule 16: targets struck are not the striker's
    (BORDER + "Azerbaijan bombed 14 depots in Armenia overnight, officials said.", "14", "Armenia"),
    (BORDER + "Armenia shelled 6 positions in Azerbaijan on Sunday.", "6", "Azerbaijan"),
    # must not fire: what a side sends is its own
    (BORDER + "Armenia sent 300 soldiers to the border on Sunday.", "300", "Armenia"),
    # rule 17: a "be" complement of people from a country
    ("LIMA - A bus fell into a gorge in the Andes. Police said 18 of the dead were Peruvian workers and one was a "
     "student from Chile.", "one", "Chile"),
    ("LIMA - A bus fell into a gorge in the Andes. Police said three of the victims were climbers from Spain.",
     "three", "Spain"),
    # must not fire: a complement with no origin of its own
    ("LIMA - A bus fell into a gorge in the Andes. Police said 18 of the dead were Peruvian workers and one was a "
     "student.", "one", "Peru"),
    # rule 18: "N of them" with a noun takes the whole's owner
    (BORDER + "Armenia's army said it had killed 30 Azerbaijani soldiers, 12 of them officers.", "12",
     "Azerbaijan"),
    (BORDER + "Azerbaijan's military said it had destroyed nine Armenian tanks, five of them older models.", "five",
     "Armenia"),
]


@pytest.mark.parametrize("text, figure, subject", CASES_16_18)
def test_round29_targets_parts(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject


CASES_19 = [
    # rule 19: a side's own strikes killed the other side's people
    (BORDER + "Armenia's defence ministry said its drone strikes had killed 11 soldiers near the border.", "11",
     "Azerbaijan"),
    (BORDER + "Azerbaijan's defence ministry said its shelling had killed 20 soldiers overnight.", "20", "Armenia"),
    # must not fire: no strike of the speaker's own side; a story of one country
    (BORDER + "Armenia says 14 engineers were killed overnight.", "14", "Armenia"),
    ("BOGOTA - Colombia's army said its raids had killed 9 guerrillas of the ELN in Colombia.", "9", "guerrillas"),
]


@pytest.mark.parametrize("text, figure, subject", CASES_19)
def test_round29_struck_by_speaker(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject
