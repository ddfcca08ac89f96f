"""The date a figure holds for: stated in its sentence, else the article's publication date.

A time expression (from :mod:`newsclaims.extract.time`) dates a figure when it resolves to a day
(a DATE, or a TIME of a known day: "Monday evening"), lies in the figure's sentence, and either

- follows an as-of cue ("as of Sunday", "by Thursday evening", "as at 1 May", "through June"),
- follows the figure in its own phrase ("up from 12,500 on Monday", "11 reported on Saturday"),
- attaches to the same verb that governs the figure ("... killed 40 people on Sunday"), to a
  clause of the counted noun ("18,000 people spent Sunday night in tents") or to a later conjoined
  verb ("captured 12 and freed 9 in an operation on Tuesday"), or
- is the head of a "when" clause that holds the figure ("since 21 June 2008, when more than 800
  people died"): the figure is that day's, whatever preposition leads the date.

A figure "a week earlier" ("up from 61,000 a week earlier") holds that long before the date of
the figure it is compared with (:func:`earlier_by`; months count 30 days).

Otherwise a date after "since", "from", "after", "before" or "until" bounds a period rather than
dating the figure, and a possessive date dates an event ("Saturday's sinking"), not the figure. A date attached to another clause ("visited on June 17 and announced a deal to
send ...") does not date the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ...model import TimeExpression
from .counted import predicate_chain

NOT_AS_OF = frozenset({"since", "from", "after", "before", "until", "till", "published", "updated"})
CUES = ("as of", "as at", "by", "through", "until", "up to", "so far as of")
_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def stated_date(sentence: Span, anchor: Token, times: Sequence[TimeExpression]) -> dt.date | None:
    """The date stated for the figure at ``anchor``, or None: a date of the figure's own (module
    docstring) before an as-of cue anywhere in the sentence ("rose to 245 by Tuesday, up from 120
    on Monday": 120 is Monday's)."""
    days = [(date, span) for date, span in _days(sentence, times)]
    governing = _first_verb(anchor)
    for date, span in days:
        if _when_clause(span, governing):
            return date
    days = [(date, span) for date, span in days if _lead(span) not in NOT_AS_OF and span.root.dep_ != "poss"]
    for rule in (_right_after, lambda a, s: _same_clause(a, governing, s)):
        found = [date for date, span in days if rule(anchor, span)]
        if found:
            return found[0]
    for date, span in days:
        before = sentence.doc.text[max(sentence.start_char, span.start_char - 12):span.start_char].lower().split()
        if any(" ".join(before[-len(cue.split()):]) == cue for cue in CUES):
            return date
    return None


_PERIOD = re.compile(r"^P(\d+)([DWMY])$")


def earlier_by(sentence: Span, anchor: Token, times: Sequence[TimeExpression]) -> dt.timedelta | None:
    """"up from 61,000 a week earlier": how long before the sentence's date the figure held (a
    duration right after the figure, followed by "earlier", "before" or "ago"); None if not said."""
    doc = sentence.doc
    for time in times:
        match = _PERIOD.match(time.value or "")
        if time.type != "DURATION" or not match or not (anchor.idx < time.start <= anchor.idx + len(anchor.text) + 3):
            continue
        after = doc.text[time.end:time.end + 8].split()
        if after and after[0].strip(",.") in ("earlier", "before", "ago"):
            days = {"D": 1, "W": 7, "M": 30, "Y": 365}[match[2]]
            return dt.timedelta(days=int(match[1]) * days)
    return None


def sentence_day(sentence: Span, times: Sequence[TimeExpression]) -> dt.date | None:
    """The first day the sentence names that starts no period ("said on Thursday"), or None."""
    found = [date for date, span in _days(sentence, times) if _lead(span) not in NOT_AS_OF]
    return found[0] if found else None


def _days(sentence: Span, times: Sequence[TimeExpression]) -> list[tuple[dt.date, Span]]:
    found = []
    for time in times:
        if sentence.start_char <= time.start < sentence.end_char:
            date = _day(time)
            span = sentence.doc.char_span(time.start, time.end, alignment_mode="expand")
            if date is not None and span is not None:
                found.append((date, span))
    return found


def _lead(span: Span) -> str:
    return span.doc[span.start - 1].lower_ if span.start else ""


#: Words that may stand between a figure and its date: "12,500 on Monday", "11 reported on Saturday".
_BETWEEN = frozenset({"on", "at", "reported", "recorded", "registered", "confirmed", "counted", "as", "of"})


def _right_after(anchor: Token, span: Span) -> bool:
    """The date follows the figure within its own phrase, with at most its counted noun and a
    reporting participle between."""
    between = anchor.doc[anchor.i + 1:span.start]
    return span.start > anchor.i and len(between) <= 3 and all(t.lower_ in _BETWEEN or t.pos_ == "NOUN" and t.i == anchor.i + 1
                                     for t in between)


def _same_clause(anchor: Token, governing: Token | None, span: Span) -> bool:
    """The date attaches to the verb governing the figure, to a clause of the counted noun
    ("18,000 people spent Sunday night in tents"), or to a later conjoined verb after the figure
    ("captured 12 insurgents and freed 9 hostages in an operation on Tuesday")."""
    verb = _first_verb(span.root)
    if verb is None or governing is None:
        return False
    if span.start > anchor.i and any(t.like_num for t in anchor.doc[anchor.i + 1:span.start]):
        return False  # "31,000, up from 12,500 on Monday": the date is the nearer figure's
    if verb.i == governing.i:
        return True
    if verb.dep_ in ("acl", "relcl") and verb.head.i in {t.i for t in predicate_chain(anchor)[:3]}:
        return True
    return verb in governing.conjuncts and verb.i > governing.i and span.start > anchor.i


def _day(time: TimeExpression) -> dt.date | None:
    """The day a DATE of day granularity, or a TIME on a known day ("2026-10-05TEV"), stands for."""
    if time.type == "DATE" and time.granularity == "day":
        return _date(time.value)
    if time.type == "TIME" and re.match(r"^\d{4}-\d{2}-\d{2}T", time.value or ""):
        return _date(time.value[:10])
    return None


def _when_clause(span: Span, governing: Token | None) -> bool:
    """Is the figure's verb a "when" relative clause of the date ("2008, when 800 died")?"""
    return governing is not None and governing.dep_ == "relcl" and span.start <= governing.head.i < span.end \
        and any(c.lower_ == "when" for c in governing.children)


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
