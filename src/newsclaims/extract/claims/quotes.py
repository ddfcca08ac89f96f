"""Who is quoted: the speaker of a direct quote that runs over several sentences.

A figure inside quotation marks whose own sentence names no speaker belongs to whoever the quote
is attributed to (:func:`speaker`), within its paragraph:

1. the speaker after the quote's closing mark, in the sentence where it closes ('"Twenty homes
   burned. Nine more were damaged," the mayor said.');
2. else the speaker before its opening mark, in the sentence where it opens ('The mayor said:
   "Twenty homes burned. Nine more were damaged."');
3. else the speaker of the quote before it in the same paragraph: a quote that follows an
   attributed quote continues it ('"We found 14," Lopez said. "Another six are missing."');
4. else, for a paragraph that opens with a quote, the speaker of the previous paragraph's last
   quote, when that paragraph ends with it (the next sentence told after it breaks the chain).

Round 13: in rules 1 to 3 the speaker may be a "he"/"she" after the mark, resolved to the person
named before ('"They number 97,883," he said. "Seventy percent ..."': :func:`_pronoun_in`).

Quotes are paired in order within a paragraph (straight or curly marks). Nothing here parses
again: the speaker is read from the parse the article already has.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .attribution import Attribution, speaker_of
from .names import name
from .verbs import SAY_VERBS

MARKS = frozenset('"\u201c\u201d')


def speaker(doc: Doc, offset: int) -> Attribution | None:
    """The attribution of the quote holding the character at ``offset`` (module docstring)."""
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    end = len(doc.text) if end < 0 else end
    quotes = _quotes(doc.text, start, end)
    at = next((i for i, (low, high) in enumerate(quotes) if low < offset < high), None)
    if at is None:
        return None
    for low, high in reversed(quotes[:at + 1]):
        said = _after(doc, high, end) or _before(doc, low, start)
        if said is not None:
            return said
    if quotes[0][0] == start and start > 1:  # rule 4: a paragraph that opens with a quote
        return _last_quote(doc, start)
    return None


def _last_quote(doc: Doc, start: int) -> Attribution | None:
    """The speaker of the previous paragraph's last quote, when that paragraph ends with it."""
    text = doc.text
    end = len(text[:start].rstrip())
    begin = text.rfind("\n", 0, end) + 1
    quotes = _quotes(text, begin, end)
    if not quotes or text[quotes[-1][1] + 1:end].count(".") > 1:
        return None
    return speaker(doc, quotes[-1][0] + 1)


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotes of one paragraph, paired in order."""
    marks = [i for i in range(start, end) if text[i] in MARKS]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def _after(doc: Doc, close: int, end: int) -> Attribution | None:
    """'..., " the mayor said.': a saying verb after the closing mark, in its sentence."""
    span = doc.char_span(close, min(close + 1, end), alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    return _said(sentence, [t for t in sentence if t.idx > close])


def _before(doc: Doc, opening: int, start: int) -> Attribution | None:
    """'The mayor said: "...': a saying verb before the opening mark, in its sentence."""
    span = doc.char_span(opening, opening + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    return _said(sentence, [t for t in sentence if start <= t.idx < opening])


def _said(sentence: Span, tokens: list) -> Attribution | None:
    for verb in tokens:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SAY_VERBS:
            who = speaker_of(verb)
            if who is not None and (who.idx >= tokens[0].idx and (who.idx <= tokens[-1].idx) or _pronoun_in(verb, tokens)):
                return Attribution(name(who), None, verb.lower_, verb, verb)
    return None


def _pronoun_in(verb, tokens: list) -> bool:
    """Round 13: '"They number 97,883," he said.': the speaker named before, whom the verb's "he" or
    "she" after the closing mark points back to, is the quote's speaker."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") and tokens[0].idx <= c.idx <= tokens[-1].idx
               for c in verb.children)
