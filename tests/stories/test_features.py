"""Features: lemmas, names and places, figures, read from cleaned text without a parser."""

from __future__ import annotations

from newsclaims.model import Article
from newsclaims.stories.features import features, stop_words


def article(text: str, title: str | None = None) -> Article:
    return Article(id="x", uri="x", text=text, title=title, outlet=None, published=None,
                   published_basis=None, published_confidence=0.0)


def test_stop_words_come_from_spacy_without_importing_it() -> None:

    words = stop_words()
    assert {"the", "and", "would"} <= words and len(words) > 300


def test_names_places_years_and_figures() -> None:
    text = ("A strong earthquake struck the Jajarkot district of western Nepal on Friday, the Home Ministry said.\n\n"
            "Rescuers reached Jajarkot by helicopter. It was the deadliest since 2015, killing 153 people.")
    found = features(article(text, title="Quake in Nepal")).vectors
    entities = found["entities"]
    assert {"jajarkot", "nepal", "home ministry", "year:2015"} <= set(entities)
    assert set(found["places"]) == {"nepal"}
    assert "a" not in entities and "rescuers" not in entities  # sentence openers are no names
    assert "friday" not in entities
    assert set(found["figures"]) == {"#153"}
    assert "earthquake" in found["tokens"] and "quake" in found["tokens"] and "the" not in found["tokens"]


def test_title_words_weigh_more_and_title_case_headlines_give_no_names() -> None:
    text = "Floods Hit Northern Town Overnight\n\nWater rose in the town overnight, officials in Ruvona said."
    found = features(article(text, title="Floods Hit Northern Town Overnight")).vectors
    assert found["tokens"]["flood"] > found["tokens"]["official"]
    assert "floods hit northern town overnight" not in found["entities"]
    assert "ruvona" in found["entities"]
