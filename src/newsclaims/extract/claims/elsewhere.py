"""Figures about another event than the article's own (``Claim.other_event``).

They stay claims; the reconcile stage keeps them out of the story's facts
(:mod:`newsclaims.reconcile.elsewhere`). A figure is marked

- ``"comparison"`` when it sits inside a comparison with another event: under a "since" phrase
  in a sentence holding a superlative ("the deadliest since 1999, when a quake killed 17,000";
  "its worst disaster since a 1962 earthquake that killed 12,000"), or under "compared with" /
  "compared to" ("compared with 9,000 in the last floods");
- ``"earlier:<ISO date>"`` when its event is dated more than :data:`EARLIER_DAYS` before the
  article: a date that modifies the noun of the event whose clause holds the figure ("the 1976
  floods killed at least 9,000"; "a 1962 earthquake that killed 12,000"), that heads the "when"
  clause holding it ("in 1999, when ... killed 17,000"), or that its verb is dated by ("In 2010, a
  quake killed 3,000"), but not a date after "since", "after", "from", "until" or "before",
  which bounds a period rather than naming an event, nor one inside a clause of its own ("under a
  pact signed in 2024, it sent 14,000 troops": 2024 dates the signing). The date recorded is the last day of the
  period named; the reconcile stage compares it with its story's dates;
- ``"teaser"`` when its sentence is in the trailing block of a page: a one-line paragraph
  without closing punctuation of at most :data:`HEADLINE_WORDS` words (a headline) after the body, followed by nothing but such lines,
  or a line opening "Also read", "Read more", "Related", "More on" ... (a link to another story).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...model import Article, Claim, TimeExpression
from ..events import date_range

EARLIER_DAYS = 365
HEADLINE_WORDS = 16  # a longer line without closing punctuation is prose that lost its full stop
PERIOD_BOUNDS = frozenset({"since", "after", "from", "until", "till", "before", "by"})
SUPERLATIVES = frozenset({"worst", "deadliest", "largest", "biggest", "highest", "most", "strongest", "heaviest"})
_LINK = re.compile(r"^\s*(?:also read|read more|read also|related|more on|see also|watch|recommended)\b", re.I)
_PROSE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")


def mark(doc: Doc, article: Article, claims: Sequence[Claim], times: Sequence[TimeExpression]) -> list[Claim]:
    """The claims, each marked when it is about another event (module doc)."""
    teasers = _teaser_spans(doc.text)
    return [claim if claim.other_event else replace(claim, other_event=_marker(doc, article, claim, times, teasers))
            for claim in claims]


def _marker(doc: Doc, article: Article, claim: Claim, times: Sequence[TimeExpression],
            teasers: list[tuple[int, int]]) -> str | None:
    if any(start <= claim.sentence_start < end for start, end in teasers):
        return "teaser"
    span = doc.char_span(claim.quantity.start, claim.quantity.end, alignment_mode="expand")
    if span is None:
        return None
    if _compared(span.root):
        return "comparison"
    own_year = dt.date(int(span.root.text), 12, 31) if _year(span.root) and span.root.dep_ != "pobj" else None
    earlier = own_year or _event_date(span.root, times)  # "the 1976 floods": a year read as a figure
    if earlier and article.published and earlier < article.published - dt.timedelta(days=EARLIER_DAYS):
        return f"earlier:{earlier.isoformat()}"
    return None


# --- comparisons -----------------------------------------------------------------------------------

def _compared(number: Token) -> bool:
    """Is the figure under a "since" phrase of a superlative sentence, or under "compared with"?"""
    superlative = any(t.tag_ in ("JJS", "RBS") or t.lower_ in SUPERLATIVES for t in number.sent)
    for ancestor in number.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "since" and superlative:
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in ("with", "to") and ancestor.head.lemma_ == "compare":
            return True
    return False


# --- earlier events --------------------------------------------------------------------------------

def _event_date(number: Token, times: Sequence[TimeExpression]) -> dt.date | None:
    """The last day of the date naming the figure's event (module doc), or None."""
    verb = next((t for t in [number, *number.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    candidates = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "prep", "npadvmod"))]
    if verb.dep_ in ("relcl", "acl"):
        candidates.append(verb.head)
    ends = [day for token in candidates for day in _dates_at(token, times, verb)]
    return min(ends) if ends else None


def _dates_at(token: Token, times: Sequence[TimeExpression], verb: Token) -> list[dt.date]:
    """Last days of the dates in ``token``'s own words (not in the verb's clause below it)."""
    if token.dep_ == "prep" and token.lower_ in PERIOD_BOUNDS:
        return []
    clause = set(verb.subtree)
    if token == verb:
        words = [token]
    elif token in clause:  # a subject or phrase of the figure's verb, but not a clause inside it
        words = [t for t in token.subtree if not _in_clause(t, token)]
    else:  # the noun the clause modifies ("the 1976 floods", "a 1962 quake that ..."): its own words
        words = [t for t in token.subtree if t not in clause]
    if any(t.dep_ == "prep" and t.lower_ in PERIOD_BOUNDS for t in words):
        return []  # "the toll since 2019": a period, not an event
    chars = [(t.idx, t.idx + len(t)) for t in words]
    found = [r[1] for time in times if time.type == "DATE" and any(s <= time.start < e for s, e in chars)
             and (r := date_range(time)) is not None]
    return found or [dt.date(int(t.text), 12, 31) for t in words if _year(t)]


def _in_clause(word: Token, top: Token) -> bool:
    """Is ``word`` inside a clause of its own below ``top`` ("a pact signed in 2024": 2024 dates
    the signing, not the figure's event)?"""
    for ancestor in word.ancestors:
        if ancestor == top:
            return False
        if ancestor.pos_ in ("VERB", "AUX"):
            return True
    return False


def _year(token: Token) -> bool:
    """A year the time tagger may miss as a modifier ("the 1976 floods")."""
    return token.dep_ in ("nummod", "compound", "amod", "pobj") and bool(_YEAR.match(token.text))


# --- teasers ---------------------------------------------------------------------------------------

def _teaser_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of teaser paragraphs: link lines anywhere, headline lines at the foot."""
    paragraphs = [(m.start(), m.end(), m.group()) for m in _PARAGRAPH.finditer(text)]
    spans = [(s, e) for s, e, p in paragraphs[1:] if _LINK.match(p)]
    foot = []
    for start, end, paragraph in reversed(paragraphs[1:]):
        if "\n" in paragraph.strip() or _PROSE_END.search(paragraph) or len(paragraph.split()) > HEADLINE_WORDS:
            break
        foot.append((start, end))
    body_before = len(foot) < len(paragraphs) - 1
    return spans + (foot if body_before else [])
