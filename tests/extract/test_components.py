"""newsclaims' own pipeline components."""

from __future__ import annotations

import pytest
import spacy

from newsclaims.extract import nlp as nlp_module
from newsclaims.extract.components import add_components

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def unglued():
    pipeline = spacy.load(nlp_module.MODEL)
    add_components(pipeline)
    add_components(pipeline)  # idempotent
    return pipeline


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It sent 9 million artillery shellsroughly half the total.", ["shells", "roughly"]),
        ("The troopsaccording to officials left.", ["troops", "according"]),
        ("A turnaround of 40 ships.", ["turnaround"]),
        ("They arrived approximately on time.", ["approximately"]),
    ],
)
def test_glued_words_are_split_and_offsets_kept(unglued, text, words):
    doc = unglued(text)
    assert doc.text == text
    tokens = [t.text for t in doc]
    assert all(word in tokens for word in words)
    assert unglued.pipe_names[0] == "newsclaims_unglue"
