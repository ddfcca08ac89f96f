"""Extraction: Article -> Findings, one pure function per document.

:func:`extract` holds no database handle and no global state besides the loaded spaCy
pipeline, so it can run in a worker process or on a Dask worker.
"""

from __future__ import annotations

from spacy.language import Language

from ..model import Article, Findings
from . import claims, entities, events, nlp as nlp_module, timex

__all__ = ["extract"]


def extract(article: Article, nlp: Language | None = None) -> Findings:
    """Parse one cleaned article and return its claims, time expressions, events and aliases."""
    doc = (nlp or nlp_module.load())(article.text)
    times = timex.extract(doc, article.published)
    return Findings(
        claims=tuple(claims.extract(doc, article, times)),
        times=tuple(times),
        events=tuple(events.extract(doc, article, times)),
        aliases=tuple(entities.aliases(doc)),
    )
