"""Dated happenings (events) for the timeline. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Article, Event, TimeExpression


def extract(doc: Doc, article: Article, times: Sequence[TimeExpression]) -> list[Event]:
    return []
