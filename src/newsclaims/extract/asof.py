"""The date a figure holds for: stated in its sentence, else the article's publication date.

A time expression (from :mod:`newsclaims.extract.timex`) dates a figure when it is a DATE resolved
to a day or a month, lies in the figure's sentence, and either

- follows an as-of cue ("as of Sunday", "by Thursday evening", "as at 1 May", "through June"), or
- attaches to the same verb that governs the figure ("... killed 40 people on Sunday").

Only dates resolved to a day count; a date after "since", "from", "after", "before" or "until"
bounds a period rather than dating the figure. A date attached to another clause ("visited on June 17 and announced a deal to send ...") does
not date the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..model import TimeExpression
from .counted import predicate_chain

NOT_AS_OF = frozenset({"since", "from", "after", "before", "until", "till", "published", "updated"})
CUES = ("as of", "as at", "by", "through", "until", "up to", "so far as of")
_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def stated_date(sentence: Span, anchor: Token, times: Sequence[TimeExpression]) -> dt.date | None:
    """The date stated for the figure at ``anchor``, or None."""
    governing = _first_verb(anchor)
    for time in times:
        if time.type != "DATE" or not (sentence.start_char <= time.start < sentence.end_char):
            continue
        date = _date(time.value)
        if date is None or time.granularity != "day":
            continue
        before = sentence.doc.text[max(sentence.start_char, time.start - 12):time.start].lower().split()
        if before and before[-1] in NOT_AS_OF:
            continue
        if any(" ".join(before[-len(cue.split()):]) == cue for cue in CUES):
            return date
        span = sentence.doc.char_span(time.start, time.end, alignment_mode="expand")
        verb = _first_verb(span.root) if span is not None else None
        if verb is not None and governing is not None and verb.i == governing.i:
            return date
    return None


def _date(value: str | None) -> dt.date | None:
    match = _DAY.match(value or "")
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _first_verb(token: Token) -> Token | None:
    return next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
