"""The pipeline's one loader (`extract.nlp.load`) corrects lemmas the model gets wrong."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_doses_lemma_is_dose(nlp):
    # the model's lemmatizer gives "dos"; rules that read lemmas (doses given, campaigns) need "dose"
    doc = nlp("The clinic gave 400 doses on Monday and the Dos Santos family helped.")
    assert [t.lemma_ for t in doc if t.lower_ == "doses"] == ["dose"]
    assert [t.text for t in doc if t.lemma_ == "dose"] == ["doses"]
