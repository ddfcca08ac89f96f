"""Bounds on one parse: a long paragraph is parsed in pieces, offsets exact; entity lookup is local."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import spacy

from newsclaims.extract.limits import split_long
from newsclaims.extract.spans import entity_at
from newsclaims.model import Article

SENTENCE = "Officials said 12 people were hurt in the blast on Monday near the old harbour. "


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(("text", "max_chars"), [
    (SENTENCE * 400, 1000),
    ("word " * 5000, 700),  # no sentence boundary at all: cut at the last token that fits
    ("x" * 3000 + " tail.", 1000),  # one token longer than the cap stays whole
    (SENTENCE * 3, 10_000),  # short: untouched
])
def test_long_spans_are_cut_into_contiguous_pieces(blank, text, max_chars):
    doc = blank(text)
    pieces = split_long(doc, [(0, len(doc))], max_chars)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    for start, end in pieces:
        chars = doc[end - 1].idx + len(doc[end - 1]) - doc[start].idx
        assert chars <= max_chars or end - start == 1
    if text.startswith("Officials") and len(pieces) > 1:
        assert all(doc[end - 1].text.endswith(".") for _, end in pieces[:-1])


@pytest.mark.model
def test_a_long_paragraph_is_extracted_in_pieces_with_exact_offsets(nlp):
    from newsclaims.extract import extract

    text = "Blast in Eastvale\n\n" + SENTENCE * 400 + "Later the agency said 7 people died."  # 32 KB, one paragraph
    article = Article(id="long", uri="long.txt", text=text, title=None, outlet=None, published=dt.date(2025, 3, 3),
                      published_basis=None, published_confidence=0.0)
    started = time.monotonic()
    findings = extract(article, nlp)
    assert time.monotonic() - started < 120
    assert len(findings.claims) >= 400
    for claim in findings.claims:
        assert text[claim.quantity.start:claim.quantity.end] == claim.quantity.text
        assert text[claim.sentence_start:claim.sentence_end] == claim.sentence
    assert findings.claims[-1].quantity.text == "7" and findings.claims[-1].sentence.startswith("Later")


@pytest.mark.model
def test_entity_at_matches_the_documents_entities(nlp):
    doc = nlp("The World Health Organization (WHO) and Helena Mussa of Homes for All said 30 people "
              "died in North Korea and South Sudan on Monday, according to Reuters.")
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        found = entity_at(token)
        assert (found.start, found.end, found.label_) == (expected.start, expected.end, expected.label_) if expected \
            else found is None
