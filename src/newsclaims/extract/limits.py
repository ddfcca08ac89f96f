"""Bounds on what one parse call sees: a paragraph longer than :data:`MAX_CHARS` is parsed in pieces.

The parser's time and memory grow faster than linearly with the length of one doc: a single
950 KB paragraph (a scraped page with no blank lines) took minutes and gigabytes. Such a
paragraph is cut into pieces of at most MAX_CHARS characters, each ending after a
sentence-ish boundary (a token ending in ".", "!" or "?", or a line break) when there is one,
else after the last token that fits. Pieces are token ranges of the same doc, so every
character offset into the stored text stays exact; a piece is parsed like a paragraph of its own.
Batches of pieces are bounded in characters too (:func:`pipe`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

MAX_CHARS = 10_000
_ENDS = (".", "!", "?", '."', '?"', '!"', ".\u201d")


def split_long(doc: Doc, spans: Sequence[tuple[int, int]], max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """``spans`` (token ranges) with every one longer than ``max_chars`` characters cut in pieces."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        result.extend(_pieces(doc, start, end, max_chars) if _chars(doc, start, end) > max_chars else [(start, end)])
    return result


def _chars(doc: Doc, start: int, end: int) -> int:
    last = doc[end - 1]
    return last.idx + len(last) - doc[start].idx


def _pieces(doc: Doc, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    pieces = []
    while start < end:
        cut = _cut(doc, start, end, max_chars)
        pieces.append((start, cut))
        start = cut
    return pieces


def _cut(doc: Doc, start: int, end: int, max_chars: int) -> int:
    """Where the piece starting at token ``start`` ends: after the last boundary that fits, else
    after the last token that fits (at least one token)."""
    limit = doc[start].idx + max_chars
    fits, boundary = start + 1, None
    for i in range(start, end):
        token = doc[i]
        if token.idx + len(token) > limit:
            break
        fits = i + 1
        if _boundary(token):
            boundary = i + 1
    return boundary if boundary is not None and boundary > start else max(fits, start + 1)


def _boundary(token: Token) -> bool:
    return token.text.endswith(_ENDS) or "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


MAX_BATCH_CHARS = 100_000  # characters parsed in one batch: bounds the parser's memory


def pipe(nlp: Language, docs: Iterable[Doc], batch_size: int, max_chars: int = MAX_BATCH_CHARS) -> Iterator[Doc]:
    """``nlp.pipe(docs)`` in batches of at most ``batch_size`` docs and ``max_chars`` characters
    (a batch of 128 ten-thousand-character pieces would hold a whole 1 MB page at once)."""
    for group in _groups(docs, batch_size, max_chars):
        yield from nlp.pipe(group, batch_size=len(group))


def _groups(docs: Iterable[Doc], size: int, max_chars: int) -> Iterator[list[Doc]]:
    group: list[Doc] = []
    chars = 0
    for doc in docs:
        if group and (len(group) == size or chars + len(doc.text) > max_chars):
            yield group
            group, chars = [], 0
        group.append(doc)
        chars += len(doc.text)
    if group:
        yield group
