"""Issue 14, round 22 (quantities rule 10): an ISO 4217 code written beside the amount names its currency, before
or after it; codes that are English words, headlines in capitals and codes of flights or routes do not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, unit", [
    ("Each displaced family will receive UAH 6,500 a month, the ministry said.", "6,500", "UAH"),
    ("The bank approved a loan of USD 250 million for the port.", "250 million", "USD"),
    ("Repairs to the dam will cost about EUR 40 million, engineers estimate.", "40 million", "EUR"),
    ("The ministry set aside 1.2 billion KES for the relief effort.", "1.2 billion", "KES"),
    ("Farmers were offered PHP 5,000 each in compensation.", "5,000", "PHP"),
])
def test_iso_code_names_the_currency(nlp, text, figure, unit):
    assert claim_of(nlp, text, figure).quantity.unit == unit


@pytest.mark.parametrize("text, figure", [
    ("ALL 300 PASSENGERS WERE RESCUED, THE COAST GUARD SAID.", "300"),
    ("Rescuers reached the TOP 40 villages on the list first.", "40"),
])
def test_word_codes_and_capitals_name_no_currency(nlp, text, figure):
    units = {c.quantity.text: c.quantity.unit for c in claims_of(nlp, text)}
    assert all(u is None for t, u in units.items() if figure in t), units
