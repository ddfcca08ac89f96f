"""Selective parsing: which paragraphs are parsed, and that the parse of those equals a full one."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy

from newsclaims import clean
from newsclaims.extract import extract, extract_all, select
from newsclaims.ingest import read

TOKENIZER = spacy.blank("en")


@pytest.mark.parametrize(
    ("paragraph", "parsed"),
    [
        ("More than 6,000 soldiers have been killed.", True),
        ("Dozens of homes were destroyed.", True),
        ("Twenty people were hurt.", True),
        ("Over half the villages were cut off.", True),
        ("The talks resumed on Monday.", True),
        ("Officials met in May.", True),
        ("Officials said they may meet again.", False),
        ("The storm hit the coast last week.", True),
        ("Aid is arriving now, officials said.", True),
        ("The agency (UNHCR) sent a team.", True),
        ("The agency sent a team, officials said.", False),
        ("Photo: Reuters", False),
        ("Subscribe to our newsletter", False),
    ],
)
def test_paragraphs_that_can_hold_a_claim_or_a_date_are_selected(paragraph: str, parsed: bool) -> None:
    doc = TOKENIZER(paragraph)
    assert select.selected(doc, [(0, len(doc))]) == [parsed]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One.\n\nTwo.", ["One.\n\n", "Two."]),
        ("Headline\n\nFirst line.\nSecond line.\n\n\nLast.", ["Headline\n\n", "First line.\nSecond line.\n\n\n", "Last."]),
        ("Only one paragraph.", ["Only one paragraph."]),
    ],
)
def test_paragraphs_end_at_blank_lines(text: str, paragraphs: list[str]) -> None:
    doc = TOKENIZER(text)
    assert [doc[start:end].text_with_ws for start, end in select.paragraphs(doc)] == paragraphs


def _articles(seed_dir: Path) -> list:
    return [clean.clean(raw) for path in sorted(seed_dir.glob("*.txt")) for raw in read(str(path))]


@pytest.mark.model
def test_selected_paragraphs_are_parsed_as_on_their_own(nlp, seed_dir: Path) -> None:
    for article in _articles(seed_dir):
        doc = select.parse(nlp, article.text)
        assert doc.text == article.text
        spans = select.paragraphs(doc)
        for (start, end), keep in zip(spans, select.selected(doc, spans)):
            alone = next(nlp.pipe([doc[start:end].text]))
            if keep:
                assert numpy.array_equal(doc[start:end].as_doc().to_array(select.ATTRS), alone.to_array(select.ATTRS))
            else:
                assert not any(token.tag_ or token.ent_type_ for token in doc[start:end])


@pytest.mark.model
def test_extract_all_equals_extract_one_by_one(nlp, seed_dir: Path) -> None:
    articles = _articles(seed_dir)
    assert extract_all(articles, nlp) == [extract(article, nlp) for article in articles]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Troops Pour Into Kursk\n\nMore than 6,000 soldiers have been killed.",
        "Photo: Reuters\n\nThe ministry said on Monday that 300 more arrived.",
        "Read more\n\n\nthe ministry said on Monday that 300 more arrived.",
    ],
)
def test_a_blank_line_always_ends_a_sentence(nlp, text: str) -> None:
    last = text.rsplit("\n", 1)[1]
    assert list(nlp(text).sents)[-1].text == last
