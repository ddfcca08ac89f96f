"""Round 12: places the article does not name as its own (issue 14) — the dateline, mastheads,
territories, places several countries share, and nationalities of people living elsewhere."""

import pytest

from newsclaims import gazetteer
from newsclaims.extract.claims import assembly, layout


@pytest.mark.parametrize("line, expected", [
    ("Gulf Coast Herald - Tuesday, March 4, 2025", True),
    ("Munich Evening Post · Updated 03.11.2024, 18:40", True),
    ("Harbour Times | Published 2 May 2024 | 6 min read", True),
    ("By our staff reporter in Lagos", True),
    # must not fire: headlines, datelines and sentences
    ("Storm kills 12 in Coast province - officials", False),
    ("Floods in Kenya leave 40 dead on Monday, March 3", False),
    ("NAIROBI - Police said on Tuesday, March 4, that 12 people had died.", False),
    ("By Friday the river had fallen by two metres and shops had reopened in the town.", False),
])
def test_furniture_lines(line, expected):
    assert layout.is_furniture(line) is expected


@pytest.mark.parametrize("name, near, expected", [
    ("Gaza Strip", set(), "Palestine"),
    ("the West Bank", set(), "Palestine"),
    ("Gaza", {"Israel", "Palestine"}, "Palestine"),
    ("Gaza", {"Mozambique"}, "Mozambique"),  # the province, in a story about Mozambique
    ("Santa Ana", {"United States"}, "United States"),
])
def test_territories_and_shared_places(name, near, expected):
    assert gazetteer.country(name, near=near) == expected


def test_a_masthead_names_no_place_and_the_dateline_counts(nlp):
    text = ("Brush fire forces 900 from homes\n\nGulf Coast Herald - Tuesday, March 4, 2025\n\n"
            "SACRAMENTO - Crews were battling a brush fire near the Santa Ana river on Monday, and "
            "900 residents were told to leave, officials said.")
    doc = nlp(text)
    assert assembly.main_actor(doc) == "United States"
    assert not layout.certain(doc) & {"Kenya"}


def test_a_minority_outweighed_by_the_dateline(nlp):
    text = ("VIENNA - The party of the Slovene minority kept its two seats on Sunday, and turnout "
            "reached 71% in the vote, the electoral office said.")
    assert assembly.main_actor(nlp(text)) == "Austria"


@pytest.mark.parametrize("text, actor", [
    ("The party of the Danish minority kept its one seat, and turnout reached 80%.", None),
    ("Danish tourists and Spanish officials said 40 houses burned in Spain.", "Spain"),
    # must not fire: a nationality that qualifies no people living elsewhere
    ("Danish officials said 40 houses burned near the coast.", "Denmark"),
])
def test_people_living_elsewhere_count_little(nlp, text, actor):
    assert assembly.main_actor(nlp(text)) == actor


def test_ambiguous_place_resolves_by_sure_countries(nlp):
    doc = nlp("Israeli strikes killed 12 people in Gaza on Sunday, health officials in the Gaza Strip said.")
    assert "Palestine" in layout.certain(doc)
    assert assembly.main_actor(doc) in ("Palestine", "Israel")
    assert "Mozambique" not in assembly._named_counts(doc, False)
