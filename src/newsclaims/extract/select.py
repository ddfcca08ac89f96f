"""Selective parsing: tag, parse and find entities only in paragraphs that can hold a claim or a date.

Parsing is the costly part of extraction (NOTES.md: the tokenizer runs ~50x faster than the full
pipeline), and many paragraphs of a page hold nothing newsclaims extracts. :func:`parse`
tokenises the whole text, splits it into paragraphs at blank lines, and runs the rest of the
pipeline (tagger, parser, lemmatizer, NER, newsclaims' components) on each selected paragraph
as a doc of its own, all of them in one ``nlp.pipe`` call (which also lets the parser step
through the paragraphs together: ~1.3x faster than one long doc).

The returned ``Doc`` covers the whole text (``doc.text == text``, every character offset
exact). A paragraph that is not parsed keeps its tokens and every lexical attribute
(``like_num``, ``is_title`` ...) but has no tags, lemmas or entities, and is one flat sentence
(its first token the root, the others attached to it as ``dep``).

Why paragraphs: a blank line always ends a sentence (:mod:`newsclaims.extract.nlp`), and every
rule that reads beyond a figure's own sentence stays inside its paragraph (a later "..., the
agency said." sentence; :mod:`newsclaims.extract.claims`), so a selected paragraph is parsed
exactly as in a paragraph-by-paragraph parse of the whole text, with its attribution and
neighbouring sentences included.

Which paragraphs are parsed (:func:`selected`): those with a token that

1. holds a digit, or is a number, scale, vague or fraction word: every word
   :mod:`~newsclaims.extract.quantities` starts a figure on ("6,000", "twenty", "thousands",
   "half");
2. is a time word that can make a date or duration without a digit (:data:`TIME_WORDS`: units,
   seasons, parts of the day, "today", "now", "recently", set and holiday words), or a
   capitalised month or weekday name ("May", not "may");
3. is an all-capitals word in parentheses, an acronym definition ("... Service (NIS)") that
   :func:`~newsclaims.extract.entities.aliases` turns into a source's name.

What is lost: entities named only in unparsed paragraphs (a person or organisation named in a
paragraph with no figure, date or acronym is not seen when sources and event participants are
resolved to their full names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from . import limits
from .claims import numbers
from .time import calendar as cal, relative as rel
from .time.normalise import HOLIDAYS

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_OUTSIDE = 2  # ENT_IOB of a token outside every entity
BATCH = 128  # paragraphs per nlp.pipe batch

#: Words that start or make a figure (rule 1); digits are checked separately.
NUMBER_WORDS: frozenset[str] = frozenset(
    (numbers.NUMBER_WORDS - {"and"}) | set(numbers.SCALES) | set(numbers.VAGUE) | {"scores", "tens", "half"}
    | {word for phrase in numbers.FRACTIONS for word in phrase.split()} - {"a", "one", "two", "three"}
)
#: Words that make a time expression without a digit (rule 2); names must be capitalised.
TIME_WORDS: frozenset[str] = frozenset(
    {unit for unit in cal.UNITS if unit != "second"} | {unit + "s" for unit in cal.UNITS} | {"centuries"}
    | set(cal.SEASONS) | set(cal.PARTS_OF_DAY) | set(rel.SET_WORDS)
    | {word for phrase in (*rel.DAY_WORDS, *HOLIDAYS) for word in phrase.split()}
    - {"the", "day", "before", "after", "new"}
    | {"now", "currently", "nowadays", "presently", "recently", "lately", "previously", "formerly", "earlier",
       "soon", "shortly", "someday", "ago", "past", "future", "annual", "overnight", "weekend", "fortnight"}
)
NAMES: frozenset[str] = frozenset(word for word in (*cal.MONTHS, *cal.WEEKDAYS) if len(word) > 2)
_ACRONYM = re.compile(r"\(\s*[A-Z][A-Z0-9&]{1,9}\s*\)")


def parse(nlp: Language, text: str) -> Doc:
    """The whole ``text`` tokenised; the pipeline after the tokenizer run on selected paragraphs."""
    return parse_all(nlp, [text])[0]


def parse_all(nlp: Language, texts: Sequence[str], batch_size: int = BATCH) -> list[Doc]:
    """:func:`parse` for many texts, their paragraphs parsed together in batches of ``batch_size``.

    A doc's annotations do not depend on which docs share its batch (``nlp.pipe`` is
    deterministic that way), so results equal one-by-one parsing.
    """
    docs = [_TextDoc.of(nlp.make_doc(text), text) for text in texts]
    spans = [limits.split_long(doc, paragraphs(doc)) for doc in docs]  # no paragraph parsed whole over 10,000 chars
    chosen = [[span for span, keep in zip(found, selected(doc, found)) if keep] for doc, found in zip(docs, spans)]
    parts = limits.pipe(nlp, (_part(doc, *span) for doc, found in zip(docs, chosen) for span in found),
                        batch_size=batch_size)
    return [_merged(doc, found, zip(picked, parts)) for doc, found, picked in zip(docs, spans, chosen)]


class _TextDoc(Doc):
    """A Doc that knows its text. spaCy's ``Doc.text`` joins every token's text on each call,
    and rules that slice the text around each figure call it hundreds of times per article
    (measured: half of extraction's time on the throughput corpus). The text of a Doc never
    changes (retokenizing splits and merges tokens, not characters), so it is kept."""

    @classmethod
    def of(cls, doc: Doc, text: str) -> Doc:
        made = cls(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        made._text = text
        return made

    @property
    def text(self) -> str:
        return self._text

    @property
    def text_with_ws(self) -> str:
        return self._text


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the paragraphs of ``doc``: each ends after a blank line ("\\n\\n")."""
    ends = [token.i + 1 for token in doc[:-1] if _blank_line(token)]
    starts = [0, *ends]
    return [(start, end) for start, end in zip(starts, [*ends, len(doc)]) if start < end]


def _blank_line(token: Token) -> bool:
    return token.is_space and token.text.count("\n") >= 2


def selected(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Which paragraphs to parse (module docstring, rules 1-3)."""
    return [_holds_figure_or_date(doc[start:end]) or bool(_ACRONYM.search(doc[start:end].text))
            for start, end in spans]


def _holds_figure_or_date(tokens: Iterable[Token]) -> bool:
    for token in tokens:
        word = token.lower_
        if word in NUMBER_WORDS or word in TIME_WORDS or any(c.isdigit() for c in word):
            return True
        if token.is_title and word.rstrip(".") in NAMES:
            return True
    return False


def _part(doc: Doc, start: int, end: int) -> Doc:
    tokens = doc[start:end]
    return Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def _merged(doc: Doc, spans: Sequence[tuple[int, int]], parsed: Iterable[tuple[tuple[int, int], Doc]]) -> Doc:
    """``doc`` with the annotations of the parsed paragraphs; the others flat (module docstring)."""
    values = numpy.zeros((len(doc), len(ATTRS)), dtype="uint64")
    values[:, ATTRS.index(ENT_IOB)] = _OUTSIDE
    for start, end in spans:
        values[start:end, ATTRS.index(HEAD)] = (start - numpy.arange(start, end)).astype("uint64")
        values[start:end, ATTRS.index(DEP)] = doc.vocab.strings.add("dep")
        values[start, ATTRS.index(DEP)] = doc.vocab.strings.add("ROOT")
    for (start, end), part in parsed:
        values[start:end] = part.to_array(ATTRS)
    doc.from_array(ATTRS, values)
    return doc
