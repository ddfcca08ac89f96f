"""Measures, counted nouns and whose count (measures.py, counted.py, subjects.py, assembly.py):
sentences written for these tests, worded differently from the annotated stories (issue 14)."""

from __future__ import annotations

import pytest

from sentence_claims import claims_of, claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # toll changes: both figures of a correction are deaths
        ("Officials corrected the number of dead from 45 to 44 on Tuesday.", "45", "killed"),
        ("Officials corrected the number of dead from 45 to 44 on Tuesday.", "44", "killed"),
        ("The agency revised the number of dead from 60 to 52 after identification.", "52", "killed"),
        ("The region's toll of 37 was raised again on Sunday.", "37", "killed"),
        # still unaccounted for, the list of the missing
        ("Floods sweep valley; 63 still unaccounted for", "63", "missing"),
        ("Police said the list of the missing was down to 20 names.", "20", "missing"),
        ("The town said the number of missing had climbed to 75.", "75", "missing"),
        ("Between 40 and 90 people may still lie under the rubble.", "Between 40 and 90", "missing"),
        # displaced, never killed
        ("The mayor counted 900 people who lost their homes in the fire.", "900", "displaced"),
        ("More than 300 families had to move out of their houses.", "More than 300", "displaced"),
        ("About 1,200 residents were in shelters on Monday.", "About 1,200", "displaced"),
        # wounded, killed, people and things
        ("The blast killed nine people, with 150 others hurt.", "150", "wounded"),
        ("Between 40 and 90 people were killed in the attack.", "Between 40 and 90", "killed"),
        ("Shelling leaves 12 villagers dead", "12", "killed"),
        ("Mudslide: 8 dead and 30 missing", "30", "missing"),
        ("The slide buried several houses and three cars.", "three", "other"),
        # personnel taking part
        ("More than 400 rescuers were taking part in the search.", "More than 400", "deployed"),
        ("Around 2,000 observers had been deployed.", "Around 2,000", "deployed"),
    ],
)
def test_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The storms caused 600 deaths: 410 in the north, 150 in the east and 40 in the south.", ["410", "150", "40"]),
        ("Twelve miners were killed in two collapses, seven in one and five in the other.", ["seven", "five"]),
    ],
)
def test_list_that_leaves_its_noun_out(nlp, text, figures):
    for figure in figures:
        assert claim_of(nlp, text, figure).measure == "killed", figure


def test_share_in_parentheses_is_a_claim(nlp):
    text = "The challenger polled 4,120,334 votes (44.2%) in the run-off."
    assert [c.quantity.text for c in claims_of(nlp, text)] == ["4,120,334", "44.2%"]


def test_range_in_parentheses(nlp):
    text = "Thousands marched through the capital (14,000 to 30,000 marchers, by different counts)."
    found = claim_of(nlp, text, "14,000 to 30,000")
    assert (found.quantity.low, found.quantity.high) == (14000, 30000)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # civilians struck belong where they were struck, not to the striker's country
        ("Residents of Kandahar said 20 civilians were killed in US strikes on Friday. American forces "
         "have carried out several strikes, a US-led mission said.", "20", "Afghanistan"),
        ("Villagers near Homs said French jets killed 11 civilians; French aircraft flew 40 sorties over Syria.",
         "11", "Syria"),
        # a named armed group owns its fighters' count
        ("The army said it had killed about 40 Taliban fighters.", "about 40", "Taliban"),
        ("Nearly 60 militants, among them eight Houthi commanders, were killed.", "eight", "Houthi"),
    ],
)
def test_whose_count(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [  # issue 13: a counted noun keeps its compound
        ("The shipment held 170 artillery pieces.", "170", "artillery piece"),
        ("Moscow received 20 air-defence systems.", "20", "air-defence system"),
        ("Kyiv asked for 7 air defense systems.", "7", "air defense system"),
        ("About 41,000 school-age children were out of school.", "About 41,000", "child"),
    ],
)
def test_counted_keeps_its_compound(nlp, text, figure, counted):
    assert claim_of(nlp, text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted", "measure"),
    [
        ("The rebels said 25 civilians died and six were wounded in the raid.", "six", "civilian", "wounded"),
        ("The UN counted 3,804 civilian deaths, with 7,189 others hurt.", "7,189", "person", "wounded"),
        ("Flash floods: 63 still unaccounted for", "63", "person", "missing"),
        ("Turnout was 61 per cent, the commission said.", "61 per cent", "person", "other"),
    ],
)
def test_who_a_leaning_figure_counts(nlp, text, figure, counted, measure):
    found = claim_of(nlp, text, figure)
    assert (found.counted, found.measure) == (counted, measure)
