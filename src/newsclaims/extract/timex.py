"""Temporal expressions (TIMEX3-style), normalised against the article's date. (stub)"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..model import TimeExpression


def extract(doc: Doc, reference: dt.date | None) -> list[TimeExpression]:
    return []
