"""Split an article's text into plain runs, sentences and marks, for highlighting.

Rules:

* every claim's number (``Claim.quantity`` span) and every event's time expression
  (``Event.time_start``/``time_end``) becomes a :class:`Mark` whose ids are ``claim-<id>``
  and ``event-<id>``; the page shows it as ``<mark id=...>``, so a link ``#claim-<id>`` lands on it;
* marks that overlap (one number behind two claims) are merged into one mark carrying all
  their ids; the first id is the element's id, the others become empty anchors just before it;
* the sentence around each mark becomes a :class:`Sentence`; overlapping sentences are merged,
  and a sentence always covers its marks, so marks never straddle a sentence boundary;
* spans outside the text (a stale offset) are clipped, empty ones dropped.

The result is plain strings and records: the templates escape every string, so hostile
article text stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import StoredClaim, StoredEvent


@dataclass(frozen=True)
class Mark:
    """A highlighted run of text (a figure or a time expression)."""

    text: str
    ids: tuple[str, ...]  # element ids: claim-<id> / event-<id>
    kinds: tuple[str, ...]  # "claim", "event"

    @property
    def id(self) -> str:
        return self.ids[0]


@dataclass(frozen=True)
class Sentence:
    """A sentence holding at least one mark."""

    parts: tuple[str | Mark, ...]
    ids: tuple[str, ...]  # the ids of every mark inside


Block = str | Sentence


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


def claim_anchor(claim_id: int) -> str:
    return f"claim-{claim_id}"


def event_anchor(event_id: int) -> str:
    return f"event-{event_id}"


def highlight(text: str, claims: Iterable[StoredClaim] = (), events: Iterable[StoredEvent] = ()) -> tuple[Block, ...]:
    """The article text as blocks: plain strings and sentences with their marks."""
    claims, events = list(claims), list(events)
    marks = _merge(_mark_spans(claims, events), len(text))
    sentences = _merge(_sentence_spans(claims, events) + marks, len(text))
    blocks: list[Block] = []
    pos = 0
    for sentence in sentences:
        if sentence.start > pos:
            blocks.append(text[pos : sentence.start])
        inner = [m for m in marks if sentence.start <= m.start and m.end <= sentence.end]
        blocks.append(_sentence(text, sentence, inner))
        pos = sentence.end
    if pos < len(text):
        blocks.append(text[pos:])
    return tuple(blocks)


def _mark_spans(claims: list[StoredClaim], events: list[StoredEvent]) -> list[_Span]:
    spans = [_Span(c.claim.start, c.claim.end, (claim_anchor(c.id),), ("claim",)) for c in claims]
    spans += [_Span(e.event.time_start, e.event.time_end, (event_anchor(e.id),), ("event",)) for e in events]
    return spans


def _sentence_spans(claims: list[StoredClaim], events: list[StoredEvent]) -> list[_Span]:
    spans = [_Span(c.claim.sentence_start, c.claim.sentence_end) for c in claims]
    spans += [_Span(e.event.sentence_start, e.event.sentence_end) for e in events]
    return spans


def _merge(spans: list[_Span], length: int) -> list[_Span]:
    """Clip spans to the text, drop empty ones, and merge overlapping ones (ids kept in order)."""
    clipped = [_Span(max(0, s.start), min(length, s.end), s.ids, s.kinds) for s in spans]
    merged: list[_Span] = []
    for span in sorted((s for s in clipped if s.start < s.end), key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = _Span(
                last.start,
                max(last.end, span.end),
                last.ids + tuple(i for i in span.ids if i not in last.ids),
                last.kinds + tuple(k for k in span.kinds if k not in last.kinds),
            )
        else:
            merged.append(span)
    return merged


def _sentence(text: str, sentence: _Span, marks: list[_Span]) -> Sentence:
    parts: list[str | Mark] = []
    pos = sentence.start
    for mark in marks:
        if mark.start > pos:
            parts.append(text[pos : mark.start])
        parts.append(Mark(text[mark.start : mark.end], mark.ids, mark.kinds))
        pos = mark.end
    if pos < sentence.end:
        parts.append(text[pos : sentence.end])
    return Sentence(tuple(parts), tuple(i for m in marks for i in m.ids))
