"""Selective parsing: tag, parse and tag entities only where a claim, a date or an attribution can be.

Parsing is the costly part of extraction (NOTES.md: the tokenizer runs ~50x faster than the full
pipeline), and most sentences of an article hold nothing newsclaims extracts. :func:`parse`
tokenises the whole text, splits it into sentences cheaply (spaCy's statistical ``senter``, plus a
break at every blank line) and runs the rest of the pipeline (tagger, parser, lemmatizer, NER and
newsclaims' own components) only on the selected sentences. The returned ``Doc`` covers the whole
text, so ``doc.text == text`` and every character offset stays exact; unselected sentences keep
their tokens (with every lexical attribute: ``like_num``, ``is_title`` ...) but have no tags,
lemmas or entities, and each is one flat sentence (first token the root, dependency ``dep``).

Which sentences are parsed (:func:`selected`)
---------------------------------------------
1. **Figures and dates**: a sentence with a token that holds a digit, a number, scale, vague or
   fraction word (the words :mod:`~newsclaims.extract.quantities` starts a figure on), a time
   word (units, seasons, parts of the day, "today", "now", "recently", set and holiday words:
   every word :mod:`~newsclaims.extract.timex` can resolve without a digit), or a capitalised
   month or weekday name.
2. **Acronym definitions**: a sentence with an all-capitals word in parentheses ("... Service
   (NIS)"): :func:`~newsclaims.extract.entities.aliases` reads source names from them.
3. **Attribution**: a sentence with an attribution cue (any form of
   :data:`~newsclaims.extract.attribution.SAY_VERBS`, "according") in a paragraph that has a
   sentence of rule 1: a figure's source is often told by a later sentence of its paragraph
   ("Some 3,200 homes were destroyed. [...], the agency said.").
4. **Neighbours**: the sentence before and after a sentence of rule 1 within its paragraph, so
   that a wrong cheap sentence split never cuts a figure's sentence short.

Runs of selected sentences are parsed as separate small docs (split at blank lines) in one
``nlp.pipe`` call, which also lets the parser step through them together. What is lost: named
entities in unselected sentences (an organisation or a person named only in a sentence with no
figure, date or attribution is not seen by source or event-name resolution).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from . import attribution, numbers, timex_calendar as cal, timex_normalise, timex_relative as rel

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3  # ENT_IOB values
#: Tokens of context parsed either side of a region: the model's token encoders (tok2vec, and
#: the NER's own) see 4 tokens either way (depth 4, window 1), so a region's tokens get the
#: vectors they get in a parse of the whole text.
MARGIN = 4

#: Words that can start or make a figure (rule 1); digits are checked separately.
NUMBER_WORDS: frozenset[str] = frozenset(
    (numbers.NUMBER_WORDS - {"and"}) | set(numbers.SCALES) | set(numbers.VAGUE) | {"scores", "tens", "half"}
    | {word for phrase in numbers.FRACTIONS for word in phrase.split()} - {"a", "one", "two", "three"}
)
#: Words a time expression can be made of without a digit (rule 1); names must be capitalised.
TIME_WORDS: frozenset[str] = frozenset(
    set(cal.UNITS) | {unit + "s" for unit in cal.UNITS} | {"centuries"} | set(cal.SEASONS)
    | set(cal.PARTS_OF_DAY) | set(rel.DAY_WORDS) | set(rel.SET_WORDS)
    | {word for phrase in timex_normalise.HOLIDAYS for word in phrase.split() if word not in ("day", "new")}
    | {word for phrases in rel.REFS.values() for phrase in phrases for word in phrase.split()
       if word not in ("the", "in", "at", "this", "that", "a", "one", "once", "upon", "old", "near", "coming", "back")}
    | {"ago", "nowadays", "daily", "weekly", "monthly", "annual", "overnight", "fortnight", "weekend"}
)
NAMES: frozenset[str] = frozenset(word for word in (*cal.MONTHS, *cal.WEEKDAYS) if len(word) > 2)
_ACRONYM = re.compile(r"\(\s*[A-Z][A-Z0-9&]{1,9}\s*\)")


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, with the pipeline after the tokenizer run only on selected sentences."""
    doc = nlp.make_doc(text)
    spans = sentences(nlp, doc)
    regions = _regions(doc, spans, selected(doc, spans, cues(nlp)))
    windows = [_window(doc, start, end) for start, end in regions]
    parts = nlp.pipe((_part(doc, *window) for window in windows), batch_size=max(len(windows), 1))
    return _merged(doc, spans, zip(windows, parts))


def sentences(nlp: Language, doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences of the (tokenised only) ``doc``: the model's statistical
    ``senter`` (else spaCy's punctuation ``sentencizer``), and a break after every blank line."""
    marked = _senter(nlp)(doc.copy())
    starts = [0] + [t.i for t in marked[1:] if t.is_sent_start or _after_blank_line(t)]
    starts = [i for i in starts if i == 0 or not marked[i - 1].is_space or _after_blank_line(marked[i])]
    return list(zip(starts, [*starts[1:], len(doc)]))


def _after_blank_line(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).is_space and token.nbor(-1).text.count("\n") >= 2


@lru_cache(maxsize=None)
def _senter(nlp: Language):
    if "senter" in nlp.component_names:
        return nlp.get_pipe("senter")
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def selected(doc: Doc, spans: Sequence[tuple[int, int]], say: frozenset[str]) -> list[bool]:
    """Which sentences to parse (module docstring, rules 1-4)."""
    core = [_holds_figure_or_date(doc[start:end]) for start, end in spans]
    chosen = [c or bool(_ACRONYM.search(doc[start:end].text)) for c, (start, end) in zip(core, spans)]
    paragraph = _paragraphs(doc, spans)
    for i, (start, end) in enumerate(spans):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(spans) and paragraph[j] == paragraph[i]]
        if any(core[j] for j in near):
            chosen[i] = True
        elif not chosen[i] and any(t.lower_ in say for t in doc[start:end]):
            chosen[i] = any(c and p == paragraph[i] for c, p in zip(core, paragraph))
    return chosen


def _holds_figure_or_date(tokens: Iterable[Token]) -> bool:
    for token in tokens:
        word = token.lower_
        if word in NUMBER_WORDS or word in TIME_WORDS or any(c.isdigit() for c in word):
            return True
        if token.is_title and word.rstrip(".") in NAMES:
            return True
    return False


def _paragraphs(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The paragraph number of each sentence: a new paragraph starts after a blank line."""
    numbers_, current = [], 0
    for start, _ in spans:
        if start and _after_blank_line(doc[start]):
            current += 1
        numbers_.append(current)
    return numbers_


@lru_cache(maxsize=None)
def cues(nlp: Language) -> frozenset[str]:
    """Every form of an attribution verb, from the model's own lemmatizer rules and exceptions
    (the inverse of lemmatising: "say" -> "says", "said", "saying" ...), and "according"."""
    verbs = attribution.SAY_VERBS
    forms = set(verbs) | {"according"}
    if "lemmatizer" in nlp.component_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        for form, lemmas in lookups.get_table("lemma_exc", {}).get("verb", {}).items():
            if verbs.intersection(lemmas):
                forms.add(form)
        for suffix, replacement in lookups.get_table("lemma_rules", {}).get("verb", []):
            forms |= {verb[:len(verb) - len(replacement)] + suffix for verb in verbs if verb.endswith(replacement)}
    return frozenset(forms)


def _regions(doc: Doc, spans: Sequence[tuple[int, int]], chosen: Sequence[bool]) -> list[tuple[int, int]]:
    """Token ranges to parse: runs of selected sentences, split at blank lines."""
    regions: list[tuple[int, int]] = []
    for (start, end), keep in zip(spans, chosen):
        if not keep:
            continue
        if regions and regions[-1][1] == start and not _after_blank_line(doc[start]):
            start = regions.pop()[0]
        regions.append((start, end))
    return regions


def _window(doc: Doc, start: int, end: int) -> tuple[int, int, int, int]:
    """(low, start, end, high): a region with :data:`MARGIN` tokens of context either side."""
    return max(0, start - MARGIN), start, end, min(len(doc), end + MARGIN)


def _part(doc: Doc, low: int, start: int, end: int, high: int) -> Doc:
    """The tokens of a window as a new doc; the region's edges are preset sentence starts, so
    that the margins are parsed as sentences of their own."""
    tokens = doc[low:high]
    starts = [True if i in (start, end) else None for i in range(low, high)]
    return Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
               sent_starts=starts)


def _merged(doc: Doc, spans: Sequence[tuple[int, int]], parsed: Iterable[tuple[tuple[int, int, int, int], Doc]]) -> Doc:
    """``doc`` with the annotations of the parsed parts; everything else flat, one tree per sentence."""
    values = numpy.zeros((len(doc), len(ATTRS)), dtype="uint64")
    values[:, ATTRS.index(ENT_IOB)] = _OUTSIDE
    for start, end in spans:  # unparsed sentences: each token hangs from the sentence's first
        values[start:end, ATTRS.index(HEAD)] = (start - numpy.arange(start, end)).astype("uint64")
        values[start:end, ATTRS.index(DEP)] = doc.vocab.strings.add("dep")
        values[start, ATTRS.index(DEP)] = doc.vocab.strings.add("ROOT")
    for (low, start, end, _), part in parsed:
        values[start:end] = part.to_array(ATTRS)[start - low:end - low]
        if values[start, ATTRS.index(ENT_IOB)] == _INSIDE:  # an entity begun in the margin
            values[start, ATTRS.index(ENT_IOB)] = _BEGIN
    doc.from_array(ATTRS, values)
    return doc


def parse_all(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """:func:`parse` each text in turn."""
    for text in texts:
        yield parse(nlp, text)
