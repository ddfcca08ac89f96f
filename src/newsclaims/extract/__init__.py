"""Extraction: Article -> Findings, one pure function per document.

:func:`extract` holds no database handle and no global state besides the loaded spaCy
pipeline, so it can run in a worker process or on a Dask worker. The article is parsed with
:func:`newsclaims.extract.nlp.parse`: only sentences that can hold a claim, a date or an
attribution are tagged, parsed and given entities (:mod:`newsclaims.extract.select`).
"""

from __future__ import annotations

from spacy.language import Language

from ..model import Article, Findings
from . import claims, entities, events, nlp as nlp_module, timex

__all__ = ["extract"]


def extract(article: Article, nlp: Language | None = None) -> Findings:
    """Parse one cleaned article and return its claims, time expressions, events and aliases."""
    doc = nlp_module.parse(article.text, nlp)
    times = timex.extract(doc, article.published)
    return Findings(
        claims=tuple(claims.extract(doc, article, times)),
        times=tuple(times),
        events=tuple(events.extract(doc, article, times)),
        aliases=tuple(entities.aliases(doc)),
    )
