"""A figure's place (extract/claims/places.py), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sentence_claims import claims_of, claim_of

pytestmark = pytest.mark.model


def _claims(nlp, text: str):
    return claims_of(nlp, text, published=dt.date(2026, 3, 10), with_times=True)


def place_of(nlp, text: str, figure: str) -> str | None:
    return claim_of(nlp, text, figure, published=dt.date(2026, 3, 10), with_times=True).place


@pytest.mark.parametrize(("text", "figure", "place"), [
    # a part named by a noun
    ("Organisers in Spain said 250,000 marched nationwide, 90,000 of them in the capital.", "90,000", "the capital"),
    ("Chile's toll reached 700, with 212 in the southern region.", "212", "the southern region"),
    ("Eleven people drowned in the coastal town after Portugal's dam burst.", "Eleven", "the coastal town"),
    ("The governor of a Mexican state said at least 38 people had died in his district alone.", "at least 38",
     "his district"),
    # a part named by a name the gazetteer places in the subject's country
    ("France saw 300,000 strikers on Thursday, police said, including 61,000 in Paris.", "61,000", "Paris"),
    ("Pakistan's flood toll is 1,100, of which 420 in the province of Sindh.", "420", "Sindh"),
    ("Across Turkey, officials said, 3,100 people had died in Hatay.", "3,100", "Hatay"),
])
def test_a_part_of_the_subject(nlp, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(("text", "figure"), [
    # the whole: the country itself, nationwide, across the country
    ("Floods killed 1,300 people in Pakistan this month.", "1,300"),
    ("About 40,000 people marched across the country on Saturday in Spain.", "About 40,000"),
    # elsewhere: where the subject went, not a part of it
    ("North Korea sent 12,000 troops to Russia's Kursk region.", "12,000"),
    ("North Korea lost 4,000 soldiers in Kursk, officials in Seoul said.", "4,000"),
    ("North Korean officers said 300 soldiers were stationed in the Russian capital.", "300"),
    # not a place at all
    ("The ministry said 95 people were killed in the attack.", "95"),
    ("At least 12 people died in the morning, Chile's civil defence said.", "At least 12"),
])
def test_the_whole_or_no_place(nlp, text: str, figure: str) -> None:
    assert place_of(nlp, text, figure) is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Washington will cut tariffs on $156 billion in Chinese goods, officials said.", "156 billion"),
    ("At least 106 protesters in 21 cities have been killed, according to the rights group.", "At least 106"),
    ("Police said 300 people were arrested in the provinces of Spain on Friday.", "300"),
])
def test_adjectives_and_plurals_name_no_part(nlp, text: str, figure: str) -> None:
    assert place_of(nlp, text, figure) is None


def test_a_long_line_without_a_full_stop_is_prose_not_a_teaser(nlp) -> None:
    from newsclaims.extract.claims.elsewhere import _teaser_spans

    text = ("Title\n\nBody sentence one.\n\n"
            "On Friday more than 300 travellers were sent home by the border authorities of the country for "
            "lacking papers and visas")
    assert _teaser_spans(text) == []
