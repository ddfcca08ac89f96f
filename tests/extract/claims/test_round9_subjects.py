"""Issue 14, round 9: war subjects (the side that launches is the attacker; a continued list keeps
its owner), people moved and things sold are no supplies, and a thing's count takes no harm by
ellipsis. Sentences written for these tests, worded unlike the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, subject", [
    # the country that launches or fires is the attacker: the victims are the other country's
    ("Russia launched 63 drones and four missiles overnight. Air defences downed 50 drones. "
     "Two men were killed in Zaporizhzhia.", "Two", "Ukraine"),
    ("Moscow fired 17 cruise missiles at Lviv on Sunday. Five people died in the city, the mayor said.",
     "Five", "Ukraine"),
    ("Israel struck several targets near Tyre overnight. At least nine people were wounded, Lebanese "
     "officials said.", "At least nine", "Lebanon"),
    ("About 30 drones were launched by Russia against Odesa. Seven residents were hurt in Odesa.",
     "Seven", "Ukraine"),
    # weapons shot down by the other side's defences are the launcher's
    ("Russia launched 90 drones at Ukraine overnight. Ukrainian air defences shot down 71 drones.",
     "71", "Russia"),
    ("Iran fired about 200 ballistic missiles at Israel. Israeli interceptors destroyed 180 missiles.",
     "180", "Iran"),
])
def test_the_side_that_launches_is_the_attacker(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


def test_firing_workers_is_no_attack(nlp):
    text = "Mexico fired 300 workers at the state oil firm. Four people were killed in a blast in Mexico."
    assert claim_of(nlp, text, "Four").subject == "Mexico"


@pytest.mark.parametrize("text, figure, counted, subject", [
    # a bare number carrying on the sentence before counts what it counted, for the same owner
    ("The ministry said its air defences intercepted 44 Ukrainian drones. Eighteen were destroyed over "
     "the Belgorod region.", "Eighteen", "drone", "Ukraine"),
    ("Russian forces sent 75 drones toward Kyiv overnight. Sixty were brought down near the capital.",
     "Sixty", "drone", "Russia"),
])
def test_a_continued_list_keeps_its_owner(nlp, text, figure, counted, subject):
    found = claim_of(nlp, text, figure)
    assert (found.counted, found.subject) == (counted, subject)


def test_a_continued_number_with_its_own_harm_counts_people(nlp):
    found = claim_of(nlp, "Russia fired 25 missiles at Dnipro. Three were killed.", "Three")
    assert (found.counted, found.measure) == ("person", "killed")


@pytest.mark.parametrize("text, figure, measure", [
    # people who are no personnel, moved somewhere, are no supplies
    ("Some 1,800 migrants were transferred to the mainland on Monday.", "Some 1,800", "other"),
    ("The coast guard moved 400 passengers to a second ferry.", "400", "other"),
    ("Authorities moved 3,000 residents out of their homes along the river.", "3,000", "displaced"),
    ("Kenya sent 250 police officers to the capital.", "250", "deployed"),
    # things sold are supplies only when they are materiel or go to a buyer
    ("Organisers said 62,000 seats had been sold for the final.", "62,000", "other"),
    ("The carmaker sold 1.2 million cars last year.", "1.2 million", "other"),
    ("Germany sold 30 tanks to Poland.", "30", "supplied"),
    # weapons sent at a target are fired, not delivered; sent to an ally, supplied
    ("Russian forces sent 75 drones toward Kyiv overnight.", "75", "other"),
    ("North Korea sent 120 missiles to Russia last year.", "120", "supplied"),
])
def test_people_moved_and_things_sold(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    # a thing's count, or an action noun's object, takes no harm from a figure beside it
    ("Landslide toll climbs to 41 as crews complete inspection of 30 homes", "30", "other"),
    ("Floods kill 18 as engineers start repair of four dams", "four", "other"),
    # people beside a harm still share it
    ("The explosion killed 11 miners and the bodies of two guards were found.", "two", "killed"),
])
def test_things_take_no_harm(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
