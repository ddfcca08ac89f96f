"""The date a figure holds for: stated in its sentence, else the article's publication date.

A time expression (from :mod:`newsclaims.extract.time`) dates a figure when it resolves to a day
(a DATE, or a TIME of a known day: "Monday evening") or to a period (:func:`_period_point`: "June
2025", "the end of June 2025", "mid-2025"), lies in the figure's sentence, and either

- follows an as-of cue ("as of Sunday", "by Thursday evening", "as at 1 May", "through June"),
- follows the figure in its own phrase ("up from 12,500 on Monday", "11 reported on Saturday"),
- attaches to the same verb that governs the figure ("... killed 40 people on Sunday"), to a
  clause of the counted noun ("18,000 people spent Sunday night in tents") or to a later conjoined
  verb ("captured 12 and freed 9 in an operation on Tuesday"), or
- is the head of a "when" clause that holds the figure ("since 21 June 2008, when more than 800
  people died"): the figure is that day's, whatever preposition leads the date, or
- attaches to the attribution verb whose reported clause holds the figure ("the agency said in June
  2025 that about 15,000 troops had been sent").

A period stands for one day: its first with a START mod ("early 2025"), its middle with MID
("mid-2025"), else its last ("the end of June 2025", "through June 2025", "in January alone, 46,000
fled": the figure holds by then); never after the article's date (``published``).
A period wholly after the article's date, or in a projection ("could infect up to 12,000 ... in
February"), is a target ("8,000 homes by June"), not an as-of date;
a year alone dates a figure only with a mod or a cue ("by 2024", "late 2024"), not "in 2019".

A figure "a week earlier" ("up from 61,000 a week earlier") holds that long before the date of
the figure it is compared with (:func:`earlier_by`; months count 30 days).

Otherwise a date after "since", "from", "after", "before" or "until" bounds a period rather than
dating the figure, and a possessive date dates an event ("Saturday's sinking"), not the figure. A date attached to another clause ("visited on June 17 and announced a deal to
send ...") does not date the figure.

Round 30: a sentence that dates itself by "at the time" or "at that time" ("At the time, officials
had counted 900 cases"), naming no day of its own, holds for the day the sentence before it names
(:func:`_at_the_time`); "at the time of the vote" names its own event and does not reach back.
A day on a participle of release that describes the subject of the reporting verb dates the report's
figures as the reporting verb's own date would ("A survey of 900 adults, released on Friday, found that
13% ...", "The winning bid, announced on 14 May, offered $2 million"), not a day in a clause the figure is not
in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ...model import TimeExpression
from .counted import predicate_chain
from .verbs import RELEASE_VERBS

NOT_AS_OF = frozenset({"since", "from", "after", "before", "until", "till", "published", "updated"})
CUES = ("as of", "as at", "by", "through", "until", "up to", "so far as of")
_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def stated_date(sentence: Span, anchor: Token, times: Sequence[TimeExpression],
                published: dt.date | None = None) -> dt.date | None:
    """The date stated for the figure at ``anchor``, or None: a date of the figure's own (module
    docstring) before an as-of cue anywhere in the sentence ("rose to 245 by Tuesday, up from 120
    on Monday": 120 is Monday's). ``published``: the article's date (periods after it are targets)."""
    governing = _first_verb(anchor)
    days = [*_days(sentence, times), *([] if _projected(governing) else _periods(sentence, times, published))]
    for date, span in days:
        if _when_clause(span, governing):
            return date
    days = [(date, span) for date, span in days if _lead(span) not in NOT_AS_OF and span.root.dep_ != "poss"]
    for rule in (_right_after, lambda a, s: _same_clause(a, governing, s), lambda a, s: _said_when(governing, s)):
        found = [date for date, span in days if rule(anchor, span)]
        if found:
            return found[0]
    for date, span in days:
        before = sentence.doc.text[max(sentence.start_char, span.start_char - 12):span.start_char].lower().split()
        if any(" ".join(before[-len(cue.split()):]) == cue for cue in CUES):
            return date
    return _at_the_time(sentence, times) if not days else None


_AT_THE_TIME = re.compile(r"\bat (?:the|that) time\b(?! of\b| when\b)", re.IGNORECASE)


def _at_the_time(sentence: Span, times: Sequence[TimeExpression]) -> dt.date | None:
    """Round 30: "At the time, the authorities had reported 84,000 cases" after a sentence that
    names a day ("On 11 July the UN released ..."): that day; None without the phrase or the day."""
    if not _AT_THE_TIME.search(sentence.text) or sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    return sentence_day(before, times)


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


def _periods(sentence: Span, times: Sequence[TimeExpression], published: dt.date | None) -> list[tuple[dt.date, Span]]:
    """The periods of the sentence ("June 2025", "mid-2025"), each as the day it stands for."""
    found = []
    for time in times:
        if not sentence.start_char <= time.start < sentence.end_char or time.type != "DATE" or not time.anchored:
            continue
        span = sentence.doc.char_span(time.start, time.end, alignment_mode="expand")
        bounds = _period(time.value)
        if span is None or bounds is None or bounds[0] == bounds[1]:
            continue
        cue = _cue_before(sentence, span)
        if time.granularity in ("year", "decade", "century") and not (time.mod or cue):
            continue  # "founded in 2019": a year alone is history, not an as-of date
        if published is not None and bounds[0] > published:
            continue  # "8,000 homes by June": a target
        day = _period_point(bounds, time.mod)
        found.append((min(day, published) if published else day, span))
    return found


def _cue_before(sentence: Span, span: Span) -> str | None:
    before = sentence.doc.text[max(sentence.start_char, span.start_char - 12):span.start_char].lower().split()
    return next((cue for cue in CUES if " ".join(before[-len(cue.split()):]) == cue), None)


def _period_point(bounds: tuple[dt.date, dt.date], mod: str | None) -> dt.date:
    first, last = bounds
    if mod == "START":
        return first
    if mod == "MID":
        return first + (last - first) / 2
    return last


_PERIOD_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|AU|WI))?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a TIMEX3 period value: "2025", "2025-06", "2025-Q2", "2025-H1", "2025-SU"."""
    match = _PERIOD_VALUE.match(value or "")
    if not match:
        return None
    year = int(match[1])
    if match[2]:
        months = (int(match[2]), int(match[2]))
    elif match[3]:
        months = (3 * int(match[3]) - 2, 3 * int(match[3]))
    elif match[4]:
        months = (1, 6) if match[4] == "1" else (7, 12)
    elif match[5]:
        months = _SEASON_MONTHS[match[5]]
    else:
        months = (1, 12)
    if not 1 <= months[0] <= 12:
        return None
    end_year, end_month = year + (months[1] - 1) // 12, (months[1] - 1) % 12 + 1
    last = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return dt.date(year, months[0], 1), last


_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can"})


def _projected(verb: Token | None) -> bool:
    """A figure in a projection ("could infect up to 12,000 ... in February"): its period is a target."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _said_when(governing: Token | None, span: Span) -> bool:
    """The date attaches to the verb that reports the figure's clause ("said in June 2025 that ..."),
    or dates the report whose clause holds it ("said in its March 2025 report that ...")."""
    if governing is not None and governing.dep_ == "acl" and span.root.head.i == governing.head.i:
        return True
    verb = _first_verb(span.root)
    if governing is None or verb is None:
        return False
    if verb.dep_ == "acl" and verb.lemma_.lower() in _RELEASED and verb.head.dep_ == "nsubj":
        verb = verb.head.head  # round 30: "A poll of 900 adults, released on Friday, found that 13% ..."
        if governing.i == verb.i:
            return True  # round 30: "The winning bid, announced on 14 May, offered $2 million"
    head = governing
    for _ in range(2):  # the reported clause, or a clause within it ("said that X had been sent")
        if head.dep_ != "ccomp" and not (head.dep_ == "conj" and head.head.dep_ == "ccomp"):
            return False
        head = head.head if head.dep_ == "ccomp" else head.head.head
        if head.i == verb.i:
            return True
    return False


#: Round 30: participles that date the report they describe ("a survey released on Friday found that ...").
_RELEASED = RELEASE_VERBS | {"announce", "unveil"}


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
