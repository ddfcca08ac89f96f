"""Extraction: Article -> Findings, one pure function per document.

:func:`extract` holds no database handle and no global state besides the loaded spaCy
pipeline, so it can run in a worker process or on a Dask worker. Articles are parsed with
:mod:`newsclaims.extract.select`: only paragraphs that can hold a claim or a date go through
the tagger, parser and NER. :func:`extract_all` parses several articles' paragraphs in shared
batches (faster); its results equal :func:`extract` one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Findings
from . import claims, entities, events, nlp as nlp_module, select, time as timex

__all__ = ["extract", "extract_all"]


def extract(article: Article, nlp: Language | None = None) -> Findings:
    """Parse one cleaned article and return its claims, time expressions, events and aliases."""
    return findings(article, nlp_module.parse(article.text, nlp))


def extract_all(articles: Sequence[Article], nlp: Language | None = None) -> list[Findings]:
    """:func:`extract` for each article, parsed together."""
    docs = select.parse_all(nlp or nlp_module.load(), [article.text for article in articles])
    return [findings(article, doc) for article, doc in zip(articles, docs)]


def findings(article: Article, doc: Doc) -> Findings:
    """What the rules find in ``doc``, the parsed ``article.text``."""
    times = timex.extract(doc, article.published)
    return Findings(
        claims=tuple(claims.extract(doc, article, times)),
        times=tuple(times),
        events=tuple(events.extract(doc, article, times)),
        aliases=tuple(entities.aliases(doc)),
    )
