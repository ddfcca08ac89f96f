"""Assembles Claims from quantities, measures, subjects, attribution and modality. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Article, Claim, TimeExpression


def extract(doc: Doc, article: Article, times: Sequence[TimeExpression]) -> list[Claim]:
    return []
