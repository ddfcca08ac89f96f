"""Cleaning: RawDocument -> Article (main text, title, outlet, publication date).

    >>> article = clean.clean(raw)             # one document
    >>> clean.document_id(article.text)        # its content id (same text, same id)

For a batch, lines repeated across one outlet's pages are learnt first with
:class:`Boilerplate` and passed to :func:`clean` as ``repeated`` (see :mod:`.repeated`).
"""

from __future__ import annotations

from .article import clean
from .ids import document_id
from .repeated import Boilerplate

__all__ = ["clean", "document_id", "Boilerplate"]
