"""Issue 14, round 14 (rules written after round 13's blind stories): people taken captive in a
kidnapping and those who got away, victims of kidnappings, the missing and the treated of a
kidnapping, "put the number seized at N", losses that are no lives, smoke inhalation, stranded
vehicles, homes left, resettlement, identified dead, a clause of its own. Sentences written for
these tests, in our own words."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

KIDNAP = "Bandits kidnapped dozens of villagers in Zamfara on Monday, police said. "


@pytest.mark.parametrize("text, figure, measure", [
    # taken, seized, held, led away, left with the captors
    (KIDNAP + "Officials said 64 women were taken from the market.", "64", "captured"),
    (KIDNAP + "The gang also seized 23 farmers near the river.", "23", "captured"),
    (KIDNAP + "A local chief said 51 villagers were still being held.", "51", "captured"),
    (KIDNAP + "Witnesses saw the attackers lead away about 40 travellers.", "about 40", "captured"),
    (KIDNAP + "That left 33 people with the abductors, the chief said.", "33", "captured"),
    # got away
    (KIDNAP + "Nine of the captives escaped on Wednesday.", "Nine", "captured"),
    (KIDNAP + "Relatives said 12 of them had slipped away from the gang.", "12", "captured"),
    (KIDNAP + "Eight of them later found their way home.", "Eight", "captured"),
    # the number seized, put at N; victims of kidnappings
    (KIDNAP + "An aid group put the number seized at more than 90 villagers.", "more than 90", "captured"),
    (KIDNAP + "A monitoring group counted 1,204 victims in 310 kidnapping incidents last year.", "1,204",
     "captured"),
    # the missing of a kidnapping; freed captives in care
    (KIDNAP + "\"I pray every day,\" said a father whose three daughters are among the missing.", "three",
     "captured"),
    (KIDNAP + "Troops freed 30 villagers on Friday. Four of them were being treated at a hospital in Gusau.",
     "Four", "affected"),
])
def test_kidnapping(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    # must not fire: outside a kidnapping, or people held by the police, fled their homes, taken to hospital
    ("Floods hit the valley. The army said 64 women were taken from the flooded market to a school.", "64",
     "affected"),
    (KIDNAP + "Police said 14 men were being held for questioning.", "14", "arrested"),
    (KIDNAP + "The relief agency said 2,300 people had fled their homes since January.", "2,300", "displaced"),
    (KIDNAP + "Seven people who were shot during the raid were being treated in hospital.", "Seven", "wounded"),
    (KIDNAP + "Separately, a landslide buried a hamlet, and 17 people are among the missing.", "17", "missing"),
])
def test_kidnapping_must_not_fire(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    # losses that are no lives
    ("The operator said the network lost 9 gigawatts within seconds.", "9", "other"),
    ("The operator said the network lost 9 gigawatts within seconds, about 45% of demand.", "about 45%", "other"),
    # smoke inhalation is a fire's injury
    ("A fire broke out in a tower block. Twenty people were treated for smoke inhalation.", "Twenty", "wounded"),
    # stranded vehicles
    ("The rail operator said four trains were still stranded in the tunnels.", "four", "other"),
    # homes left; resettlement
    ("More than 5,000 people had left their homes by Sunday, the agency said.", "More than 5,000", "displaced"),
    ("The province plans to resettle about 800 families from the slopes.", "about 800", "displaced"),
    # identified dead
    ("Most of the dead were badly burned, and only nine had been identified, the police said.", "nine", "killed"),
    # a clause of its own: the ccomp's state is not the next figure's
    ("Six people were still missing, 14 had fractures and 20 had burns, the council said.", "14", "wounded"),
])
def test_round14_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    # must not fire: lives and people lost, identified with no dead before, stranded people
    ("The regiment lost 300 soldiers in the assault.", "300", "killed"),
    ("Police said 40 suspects had been identified from the footage.", "40", "other"),
    ("Some 2,000 passengers were stranded at the airport.", "Some 2,000", "affected"),
    ("Six people were missing, the council said.", "Six", "missing"),
])
def test_round14_measures_must_not_fire(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
