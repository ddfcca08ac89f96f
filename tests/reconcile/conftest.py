"""Builders for reconcile tests: StoredClaim records made directly, no model needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsclaims.model import Claim, Quantity, StoredClaim

# bounds a text states for each qualifier, as the extractor records them
_STATED = {
    "more_than": lambda v: (v, None),
    "at_least": lambda v: (v, None),
    "less_than": lambda v: (None, v),
    "up_to": lambda v: (None, v),
}


def stored_claim(
    id: int,
    value: float | None,
    qualifier: str = "exact",
    *,
    low: float | None = None,
    high: float | None = None,
    counted: str | None = "soldiers",
    measure: str = "casualties",
    subject: str | None = "Northland",
    source: str | None = None,
    via: str | None = None,
    modality: str = "reported",
    as_of: str | None = "2025-07-01",
    outlet: str | None = "Daily A",
    unit: str | None = None,
    text: str | None = None,
    story: str | None = None,
    place: str | None = None,
    other_event: str | None = None,
    as_of_basis: str = "published",
    published: str | None = None,
) -> StoredClaim:
    """One stored claim; ``low``/``high`` default to the bounds the qualifier states."""
    if low is None and high is None and value is not None:
        low, high = _STATED.get(qualifier, lambda v: (None, None))(value)
    date = dt.date.fromisoformat(as_of) if as_of else None
    text = text or f"{qualifier} {value}"
    quantity = Quantity(value, low, high, qualifier, unit, text, 0, len(text))
    sentence = f"{text} {counted or ''} ({source or outlet})."
    claim = Claim(
        quantity, counted, measure, subject, source, via, "said" if source else None, modality,
        date, as_of_basis, sentence, 0, len(sentence), place=place, other_event=other_event,
    )
    day = dt.date.fromisoformat(published) if published else date
    return StoredClaim(id, f"doc{id}", f"doc{id}.txt", outlet, day, claim, story=story)


@pytest.fixture
def build() -> Callable[..., StoredClaim]:
    return stored_claim
