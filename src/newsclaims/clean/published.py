"""Publication dates from an article's text (:func:`infer`), and within its story (:func:`settle`).

The order of evidence for one article (page metadata, URL, text, container, user) is
:mod:`.dating`'s; this module reads the text, and :func:`settle` is the one dating pass over the
articles of one story after cleaning (never across stories).

Runs in the cleaning stage, before parsing, so it uses regular expressions to find date
phrases, :mod:`dateparser` to read full dates, and the rules below to combine them. The
rules, strongest first (the first that applies fixes the anchor, later cues refine it):

1. **Dateline**: a full date on a line of its own, after "Published/Posted/Updated", after an
   upper-case place name ("SEOUL, June 2, 2025 —"), or in a byline after the outlet's name
   ("Europe Today | Friday 22 May 2026", "Northern Ledger - Published July 20, 2026").
   Confidence 0.95. :func:`from_byline` reads the same from lines the cleaner dropped.
2. **Latest full date** mentioned in a past-tense context ("on Jan. 25, 2026"): news
   reports what just happened, so the newest fully dated happening is taken as the day of
   publication (0.8). Dates in a future context ("expected by", "will", "set to") never count.
3. **A weekday that fixes the year** ("Saturday (April 26)"): the first year, from the
   latest dated happening on, in which that day falls on that weekday (0.7).
4. **Anniversaries** ("the first anniversary of a pact signed in June 2024"): the dated
   event shifted by the stated number of years (0.5; 0.4 when the event's date comes in the
   next sentence). The latest of rules 2-4 is the anchor.
5. **Year only**: with year-less days, months, weekdays or seasons ("June 30", "in April",
   "on Sunday", "summer training"), the first year from the latest year named in which those
   cues do not fall before the latest dated happening: "late 2024" with "mid-year drills"
   means mid-2025 (journalists name the year of a happening mostly when it is not the
   current one; a year named after "since" is over). Given other evidence ``near`` (the
   story's date, a URL's month), the year nearest it where the cues fit. In that year: the
   latest year-less day, else the middle of the season words' window, or ``near`` when inside
   it, moved to the lede's weekday (0.25-0.35).
6. **No recent year at all** ("August 21", and "1953" only as history, more than
   :data:`HISTORY_YEARS` before ``near``): the day in the year that puts it nearest ``near``
   (0.3), or else its latest occurrence up to today (0.15). With ``near`` and only a weekday
   ("said on Sunday"): that weekday nearest ``near`` (0.3).

Nothing is ever dated after ``ceiling`` (today, or an archive's capture date): a year after it
is a plan ("by 2060"), not a cue, and a year-less "March 23" never lands in a later year.

Year-less days ("June 30") are then resolved to the occurrence nearest the anchor and can
move it later; the latest dated past happening ("late 2024", "March 2025") is a lower bound
throughout, and the last resort when nothing else applies (0.2).

:func:`settle` then dates each weakly dated or undated article of a story again, with the
story's date (:func:`from_story`, the median of its trusted dates, then of those and the dates so
read) as ``near``, else gives it that date (basis "story"); a story with no trusted date leaves its
undated articles undated.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
import statistics
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import dateparser

from ..model import Article


class PublishedGuess(NamedTuple):
    date: dt.date
    confidence: float  # 0..1
    reason: str  # which cue fixed the date, for `newsclaims articles`
    basis: str = "text"  # Article.published_basis: "text" (infer) or "story" (from_story)
    floor: bool = False  # only a lower bound: the latest dated happening the text mentions


class _Mention(NamedTuple):
    """One date phrase found in the text (internal)."""

    kind: str  # full | weekday_date | month_day | month_year | part_year | year | month | weekday | season
    start: int
    end: int
    text: str
    first: dt.date | None = None  # first day it can mean, when it names a year
    last: dt.date | None = None  # last day it can mean
    month: int = 0
    day: int = 0
    weekday: int = -1
    future: bool = False
    since: bool = False  # after "since": the article is later than the whole period


# --- vocabulary --------------------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# Case-sensitive on purpose: "may" and "march" in lower case are a verb, not a month.
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
       r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_PREFIX = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|Monday|Tuesday|Wednesday|Thursday|Friday" \
             r"|Saturday|Sunday)"  # abbreviations only before a full date: "Sun" alone is a newspaper
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
HISTORY_YEARS = 10  # a year named this long before ``near`` is history, not a cue
LATEST_AHEAD = dt.timedelta(days=366)  # no inferred date later than this after ``near`` (or today)
_ORDINALS = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4,
             "four": 4, "fifth": 5, "five": 5, "tenth": 10, "ten": 10}

# Windows (month, day) .. (month, day) of part-of-year words, northern-hemisphere seasons.
_PARTS = {
    "early": ((1, 1), (4, 30)), "beginning of": ((1, 1), (2, 28)), "start of": ((1, 1), (2, 28)),
    "mid": ((5, 1), (8, 31)), "late": ((9, 1), (12, 31)), "end of": ((11, 1), (12, 31)),
    "first half of": ((1, 1), (6, 30)), "second half of": ((7, 1), (12, 31)),
    "spring": ((3, 1), (5, 31)), "summer": ((6, 1), (8, 31)), "autumn": ((9, 1), (11, 30)),
    "fall": ((9, 1), (11, 30)), "winter": ((1, 1), (2, 28)),
    "mid-year": ((6, 1), (7, 31)), "midyear": ((6, 1), (7, 31)), "year-end": ((12, 1), (12, 31)),
}
_PART = r"(?:early|mid|late|end of|beginning of|start of|first half of|second half of" \
        r"|spring|summer|autumn|fall|winter)"

# Patterns in priority order: a later pattern never claims text an earlier one matched.
#: A numeric date written with dots ("27.02.2025", "1.3.2024"): day first, as everywhere dots are used
#: (slashes are left out: "03/04/2025" is read both ways).
_DOTTED = r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b(?!\.\d)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(rx)) for kind, rx in (
    ("full", rf"(?:{_WD_PREFIX},?\s+)?{_MON}\s+{_DAY},?\s+{_YEAR}\b"),
    ("full", rf"\b(?:{_WD_PREFIX},?\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b"),
    ("full", rf"\b{_YEAR}-[01]\d-[0-3]\d\b"),
    ("full", _DOTTED),
    ("weekday_date", rf"\b{_WD}\s*[,(]?\s*(?:{_MON}\s+{_DAY}|{_DAY}\s+{_MON})\b\)?"),
    ("month_day", rf"\b{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)"),
    ("month_day", rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?!\w)"),
    ("month_year", rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}\b"),
    ("part_year", rf"(?i:\b{_PART})[\s-]+(?:of\s+)?{_YEAR}\b"),
    ("year", rf"(?<![\d,.$£€-]){_YEAR}\b(?![\d,.]\d|\s*(?:%|percent)|\s+[a-z]+s\b)"),
    ("month", rf"(?i:\b(?:in|last|this|since|until|by|early|late|mid-?)\s+){_MON}(?!\w)"),
    ("weekday", rf"\b{_WD}\b"),
    ("season", r"(?i:\b(?:spring|summer|autumn|winter|mid-?year|year-end|this fall)\b)"),
))
_ANNIVERSARY = re.compile(r"(?i)\b(\w+)(?:st|nd|rd|th)?(?:[\s-]year)?\s+anniversary\s+of\b")
_FUTURE_BEFORE = re.compile(r"(?i)\b(?:by|next|until|till|before|ahead of|coming)\s*$")
_FUTURE_CLAUSE = re.compile(r"(?i)\b(?:will|would|expected|set to|scheduled|due to|plans? (?:to|an?|the)|planning"
                            r"|planned|intends?|to be held|upcoming|is to|are to)\b")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s*|\s-\s")
# Before a dateline's date: the line's start, up to three byline segments ("Outlet | ",
# "Outlet | Place | ", "Outlet - ", "Outlet · "), then "Published" or an upper-case place name ("SEOUL, ").
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][^\n|]{0,40}?[ \t][|—–·-][ \t]*){0,3}"
                              r"(?:(?i:published|posted|updated|last updated|date)\b[^\n]{0,12}?"
                              r"|[A-Z][A-Z .'-]{2,40},[ \t]*)?$")
# After it: the line's end, the next byline segment (any separator the segments before may use,
# the middle dot included: "Outlet · Sunday, August 13, 2023 · 4 min read") or a time.
_DATELINE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:at\s+)?(?:$|\n|[—–/|·-]|\(|\d{1,2}[:.]\d\d)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+|\n")


# --- scanning ----------------------------------------------------------------------------

def _scan(text: str) -> list[_Mention]:
    """Every date phrase in ``text``, in text order, longest and most specific first."""
    taken: list[tuple[int, int]] = []
    found: list[_Mention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            mention = _read(kind, match.group(0), match.start(), match.end())
            if mention is not None:
                taken.append((match.start(), match.end()))
                found.append(mention._replace(future=_is_future(text, match.start(), match.end()),
                                              since=_SINCE_BEFORE.search(text, max(0, match.start() - 8),
                                                                         match.start()) is not None))
    return sorted(found, key=lambda m: m.start)


def _read(kind: str, text: str, start: int, end: int) -> _Mention | None:
    """Read the fields of one matched phrase; None when it is not a real date."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS and w[0].isupper()), 0)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), 0)
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), 0)
    weekday = next((_WEEKDAYS[w.lower()] for w in words if w.lower() in _WEEKDAYS), -1)
    base = _Mention(kind, start, end, text, month=month, day=day, weekday=weekday)
    if kind == "full":
        return _read_full(base)
    if kind in {"month_day", "weekday_date"}:
        return base if _valid_day(month, day) else None
    if kind == "month_year":
        return base._replace(first=dt.date(year, month, 1), last=_month_end(year, month))
    if kind == "part_year":
        (m1, d1), (m2, d2) = _PARTS[_part_word(text)]
        return base._replace(first=dt.date(year, m1, d1), last=dt.date(year, m2, d2))
    if kind == "year":
        return base._replace(first=dt.date(year, 1, 1), last=dt.date(year, 12, 31))
    return base


def _read_full(mention: _Mention) -> _Mention | None:
    parsed = _parse_full(mention.text)
    if parsed is None:
        return None
    return mention._replace(first=parsed, last=parsed, month=parsed.month, day=parsed.day)


@lru_cache(maxsize=4096)
def _parse_full(text: str) -> dt.date | None:
    """A full date phrase read by dateparser (it knows every English spelling of a date)."""
    dotted = re.fullmatch(_DOTTED, text)
    if dotted:  # dateparser would read "01.03.2024" month first in English
        try:
            return dt.date(int(dotted["year"]), int(dotted["month"]), int(dotted["day"]))
        except ValueError:
            return None
    parsed = dateparser.parse(text.replace("(", " ").replace(")", " "), languages=["en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _part_word(text: str) -> str:
    lowered = text.lower()
    return max((p for p in _PARTS if lowered.startswith(p)), key=len)


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _is_future(text: str, start: int, end: int) -> bool:
    """A date in a forward-looking clause: "by February", "is expected to open in June"."""
    window = max(0, start - 400)  # a sentence is shorter than that; saves scanning from the top
    sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, window, start)), default=window)
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, start)), default=sentence_start)
    before = text[clause_start:start]
    return bool(_FUTURE_BEFORE.search(before) or _FUTURE_CLAUSE.search(before))


def _sentence_end(text: str, position: int) -> int:
    match = _SENTENCE_BREAK.search(text, position)
    return match.start() if match else len(text)


# --- the rules ---------------------------------------------------------------------------

def infer(text: str, title: str | None = None, *, near: dt.date | None = None,
          ceiling: dt.date | None = None) -> PublishedGuess | None:
    """Infer the publication date from the text alone; None when the text gives no cue.

    ``near`` (default: ``ceiling``) is other evidence of the date, such as the date of the
    article's story (:func:`settle`) or a month in its URL: a year-less day such as "August 21"
    is taken in the year that puts it nearest ``near``, and a lede's "on Sunday" is the Sunday
    nearest it. ``ceiling`` (default: today; an archive's capture date) is the newest date
    possible: a year after it is not a cue (plans "for 2060") and no day is put after it.
    See the module docstring for the rules and their confidences.
    """
    ceiling = ceiling or dt.date.today()
    assumed = near is None
    near = min(near or ceiling, ceiling)
    text = f"{title}\n\n{text}" if title else text
    mentions = [m for m in _scan(text) if not m.future and _recent(m, near) and _possible(m, ceiling)]
    dateline = _dateline(text, mentions)
    if dateline:
        return dateline
    bound = _lower_bound(mentions)
    anchor = max(filter(None, (_latest_full(mentions), _weekday_date(mentions, bound, near),
                               _anniversary(text, mentions))), default=None)
    anchor = anchor or _year_only(mentions, bound, None if assumed else near, ceiling) \
        or _near_day(mentions, near, assumed, ceiling) or (None if assumed else _near_weekday(mentions, near, ceiling))
    if anchor is None:
        return None
    if bound and bound.date > anchor.date:
        anchor = bound
    return _not_after(_later_day(mentions, anchor, ceiling) or anchor, ceiling)


def _possible(mention: _Mention, ceiling: dt.date) -> bool:
    """A date after the newest possible day is a plan or a target ("net zero by 2060"), not a cue."""
    return mention.first is None or mention.first <= ceiling


def _not_after(guess: PublishedGuess, ceiling: dt.date) -> PublishedGuess:
    if guess.date <= ceiling:
        return guess
    return guess._replace(date=ceiling, reason=f"{guess.reason}, no later than {ceiling.isoformat()}")


def _near_weekday(mentions: Sequence[_Mention], near: dt.date, ceiling: dt.date) -> PublishedGuess | None:
    """Only a weekday ("officials said on Sunday"): that weekday nearest the other evidence's date."""
    weekday = next((m for m in mentions if m.kind == "weekday"), None)
    if weekday is None:
        return None
    day = near + dt.timedelta(days=(weekday.weekday - near.weekday() + 3) % 7 - 3)
    day = day if day <= ceiling else day - dt.timedelta(days=7)
    return PublishedGuess(day, 0.3, f"the lede's weekday {weekday.text!r} nearest {near.isoformat()}")


def from_byline(lines: Iterable[str]) -> PublishedGuess | None:
    """A dateline (rule 1) among lines removed as page furniture, such as a byline that also holds
    a reading time ("Coastal Times | October 4, 2026 | 4 min read"); None when they hold none."""
    text = "\n".join(line.strip() for line in lines)
    return _dateline(text, _scan(text))


def _recent(mention: _Mention, near: dt.date) -> bool:
    """Years long before ``near`` ("the war ended in 1953") are history, not a date anchor."""
    return mention.first is None or mention.first.year >= near.year - HISTORY_YEARS


def _dateline(text: str, mentions: Iterable[_Mention]) -> PublishedGuess | None:
    """A full date at the start of a line, alone or after "Published"/a place name."""
    for mention in mentions:
        if mention.kind == "full" and _DATELINE_BEFORE.search(text, 0, mention.start) \
                and _DATELINE_AFTER.match(text, mention.end):
            return PublishedGuess(mention.first, 0.95, f"dateline: {mention.text!r}")
    return None


def _lower_bound(mentions: Iterable[_Mention]) -> PublishedGuess | None:
    """The latest dated past happening: the article cannot be older than its start."""
    dated = [m for m in mentions if m.first is not None]
    if not dated:
        return None
    latest = max(dated, key=lambda m: m.first)
    return PublishedGuess(latest.first, 0.2, f"not before the latest dated event mentioned: {latest.text!r}",
                          floor=True)


def _latest_full(mentions: Iterable[_Mention]) -> PublishedGuess | None:
    full = [m for m in mentions if m.kind == "full"]
    if not full:
        return None
    latest = max(full, key=lambda m: m.first)
    return PublishedGuess(latest.first, 0.8, f"latest full date mentioned: {latest.text!r}")


def _weekday_date(mentions: Iterable[_Mention], bound: PublishedGuess | None,
                  near: dt.date) -> PublishedGuess | None:
    """"Saturday (April 26)": the first year, from the lower bound on, where the two agree.

    Without a lower bound the search starts 11 years before ``near`` (a day-month pair falls
    on the same weekday again after 5, 6 or 11 years, so the latest fit is taken instead).
    """
    for mention in (m for m in mentions if m.kind == "weekday_date"):
        if bound is None:
            return _latest_fit(mention, near)
        earliest = bound.date
        for year in range(earliest.year, earliest.year + 12):
            day = _in(mention, year)
            if day.weekday() == mention.weekday and day >= earliest:
                return PublishedGuess(day, 0.7, f"the weekday fixes the year: {mention.text!r} fell in {year}")
    return None


def _anniversary(text: str, mentions: Sequence[_Mention]) -> PublishedGuess | None:
    """"The first anniversary of a pact signed in June 2024": that date plus the years.

    The event's date is looked for after "anniversary of" in the same sentence (0.5), else in
    the next one, where articles often go on to tell the anniversary's event (0.4).
    """
    for match in _ANNIVERSARY.finditer(text) if "anniversary" in text.lower() else ():
        years = _ORDINALS.get(match.group(1).lower()) or _number(match.group(1))
        end = _sentence_end(text, match.end())
        following = re.compile(r"\S").search(text, end + 1)
        for confidence, stop in ((0.5, end), (0.4, _sentence_end(text, following.start() if following else end))):
            dated = [m for m in mentions if m.first and match.end() <= m.start < stop]
            if years and dated:
                event = dated[0]
                day = event.first if event.kind == "full" else event.first + dt.timedelta(days=14)
                return PublishedGuess(_add_years(day, years), confidence,
                                      f"{years}-year anniversary of an event of {event.text!r}")
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() and int(word) < 200 else 0


def _latest_fit(mention: _Mention, near: dt.date) -> PublishedGuess | None:
    for year in range(near.year, near.year - 12, -1):
        day = _in(mention, year)
        if day.weekday() == mention.weekday and day <= near:
            return PublishedGuess(day, 0.4, f"the weekday fixes the year: {mention.text!r} fell in {year}, "
                                  f"the latest such year up to {near.isoformat()}")
    return None


def _near_day(mentions: Sequence[_Mention], near: dt.date, assumed: bool,
              ceiling: dt.date | None = None) -> PublishedGuess | None:
    """No recent year named: the latest year-less day, in the year that puts it nearest ``near``.

    Confidence 0.3 with a given ``near`` (the corpus's date), 0.15 when it is only today's date
    (then the day's latest occurrence up to today: nothing is published in the future).
    """
    days = [(_latest_until(m, near) if assumed else _nearest(m, near, ceiling), m)
            for m in mentions if m.kind == "month_day"]
    if not days:
        return None
    day, mention = max(days)
    return PublishedGuess(day, 0.15 if assumed else 0.3, f"latest day mentioned: {mention.text!r}, no year "
                          f"named: the year nearest {'today' if assumed else near.isoformat()}")


def _latest_until(mention: _Mention, near: dt.date) -> dt.date:
    day = _in(mention, near.year)
    return day if day <= near else _in(mention, near.year - 1)


def _add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=min(day.day, 28 if day.month == 2 else 31))


def _year_only(mentions: Sequence[_Mention], bound: PublishedGuess | None,
               near: dt.date | None = None, ceiling: dt.date | None = None) -> PublishedGuess | None:
    """No day-precise cue: the first year, from the latest named, where year-less cues fit.

    Year-less days ("June 30") or season words ("summer training") must not fall before the
    lower bound: "late 2024" with "mid-year drills" puts the article in mid-2025; a year named
    only after "since" is over ("the worst flooding since 2022": 2023 at the earliest). Given the
    corpus's date ``near``, the year that puts the cues nearest it wins instead: "the worst
    flooding since 2022" bounds the year, it does not name it.
    """
    if bound is None:
        return None
    yearless = [m for m in mentions if m.first is None and m.kind in {"month_day", "month", "weekday", "season"}]
    if not yearless:
        return bound
    latest = max(m.first.year for m in mentions if m.first)
    if all(m.since for m in mentions if m.first and m.first.year == latest):
        latest += 1  # "the worst flooding since 2022": a later year
    if near is not None and near.year > latest:
        last = near.year + 1 if ceiling is None else min(near.year + 1, ceiling.year)
        fitting = [guess for guess, end in (_in_year(mentions, y, near) for y in range(latest, last + 1))
                   if end >= bound.date]
        if fitting:
            best = min(fitting, key=lambda guess: abs((guess.date - near).days))
            return best._replace(reason=f"{best.reason}, the year nearest the corpus's date {near.isoformat()}")
    years = [year for year in (latest, latest + 1) if ceiling is None or year <= ceiling.year] or [latest]
    guesses = [_in_year(mentions, year) for year in years]
    return next((guess for guess, end in guesses if end >= bound.date), guesses[-1][0])


def _in_year(mentions: Sequence[_Mention], year: int,
             near: dt.date | None = None) -> tuple[PublishedGuess, dt.date]:
    """The guess within ``year`` and the last day the year-less cues allow.

    Without a year-less day the guess is the middle of the days the season words allow, or the
    corpus's date ``near`` when it falls among them; either moves to the lede's weekday.
    """
    days = [_in(m, year) for m in mentions if m.kind == "month_day"]
    if days:
        return PublishedGuess(max(days), 0.3, f"latest year-less day mentioned, taken in {year}"), max(days)
    start, end, why = _window(mentions, year)
    middle = start + (end - start) / 2
    if near is not None and start <= near <= end:
        middle, why = near, f"{why}, at the corpus's date"
    weekday = next((m for m in mentions if m.kind == "weekday"), None)
    if weekday:
        middle += dt.timedelta(days=(weekday.weekday - middle.weekday() + 3) % 7 - 3)
        why += f", the lede's weekday {weekday.text!r}"
    confidence = 0.35 if "season" in why else 0.25
    return PublishedGuess(middle, confidence, f"year-less cues fit {year}{why}"), end


def _in(mention: _Mention, year: int) -> dt.date:
    return dt.date(year, mention.month, min(mention.day, calendar.monthrange(year, mention.month)[1]))


def _window(mentions: Sequence[_Mention], year: int) -> tuple[dt.date, dt.date, str]:
    """The days of ``year`` that the text's season words allow (all of them at once)."""
    seasons = [m for m in mentions if m.kind == "season"]
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for season in seasons:
        (m1, d1), (m2, d2) = _PARTS[season.text.lower().replace("this ", "").replace("mid year", "mid-year")]
        if dt.date(year, m1, d1) <= end and dt.date(year, m2, d2) >= start:
            start, end = max(start, dt.date(year, m1, d1)), min(end, dt.date(year, m2, d2))
    if not seasons:
        return start, end, ""
    return start, end, ", season words " + ", ".join(repr(s.text) for s in seasons)


def _later_day(mentions: Sequence[_Mention], anchor: PublishedGuess, ceiling: dt.date) -> PublishedGuess | None:
    """A year-less day ("June 30"), taken in the year nearest the anchor, later than it (and not
    after ``ceiling``)."""
    days = [(_nearest(m, anchor.date), m) for m in mentions if m.kind == "month_day"]
    later = [(day, m) for day, m in days if anchor.date < day <= ceiling]
    if not later:
        return None
    day, mention = max(later)
    return PublishedGuess(day, round(max(anchor.confidence - 0.1, 0.2), 2),
                          f"latest day mentioned: {mention.text!r}, year from the {anchor.reason}")


def _nearest(mention: _Mention, anchor: dt.date, ceiling: dt.date | None = None) -> dt.date:
    """The day in the year that puts it nearest ``anchor`` (never after ``ceiling``)."""
    candidates = [_in(mention, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    candidates = [day for day in candidates if ceiling is None or day <= ceiling] or candidates[:1]
    return min(candidates, key=lambda day: abs((day - anchor).days))


def from_story(dates: Sequence[dt.date]) -> PublishedGuess | None:
    """A date for an article its own page does not date, from the trusted dates of its story.

    Rule: the (lower) median of the story's dated articles, so one outlier does not drag it.
    Confidence is low, 0.15 at most, and shrinks as the story's span widens (0.05 for a year or
    more), because the article may fall anywhere in that span.
    """
    known = sorted(d for d in dates if d is not None)
    if not known:
        return None
    span = (known[-1] - known[0]).days
    confidence = round(max(0.05, 0.15 * (1 - span / 365)), 2)
    return PublishedGuess(statistics.median_low(known), confidence,
                          f"median date of {len(known)} dated articles of its story "
                          f"({known[0].isoformat()} to {known[-1].isoformat()})", "story")


TRUST = 0.5  # dates at least this sure date a story; weaker ones are redone against it
SURE_BASES = frozenset({"metadata", "url", "user"})
UNDATED = "no date in its page's metadata, URL or text"


def settle(articles: Sequence[Article], *, known: Sequence[dt.date] = (), trust: float = TRUST) -> list[Article]:
    """Date the articles of ONE story together: the one dating pass after cleaning.

    ``known``: the trusted publication dates of the story's articles already stored. Articles
    dated by metadata, URL, the user, or a text cue of at least ``trust`` confidence keep their
    date, and with ``known`` give the story's date (:func:`from_story`). Every other article is
    dated again from its own text with that date as the evidence ``near`` it (a year-less "August
    21" takes the story's year, a lede's "on Sunday" the Sunday nearest it: basis "text"), else
    gets the story's date (basis "story"). The dates so read from the texts then join the trusted
    ones for a second reading (one trusted date alone is a poor centre for a story that runs for
    months). Nothing dated in the story: weak text guesses stay, the undated stay undated and their
    reason says so. Never give this articles of two stories.
    """
    if all(_sure(a, trust) for a in articles):
        return list(articles)
    trusted = [*known, *sure_dates(articles, trust)]
    story = from_story(trusted)
    first = [a if _sure(a, trust) else _in_story(a, story) for a in articles]
    read = [b.published for a, b in zip(articles, first) if not _sure(a, trust) and b.published_basis == "text"]
    if story is None or not read:
        return first
    story = from_story([*trusted, *read])
    return [a if _sure(a, trust) else _in_story(a, story) for a in articles]


def _in_story(article: Article, story: PublishedGuess | None) -> Article:
    if story is None:
        if article.published is not None:
            return article
        return dataclasses.replace(article, published_reason=f"{article.published_reason or UNDATED}; "
                                                             "no other article of its story is dated")
    guess = infer(article.text, near=story.date)
    if guess is None or guess.floor and guess.date <= story.date:
        return _redate(article, story)
    return _redate(article, guess._replace(reason=f"{guess.reason}; the year from its story's date "
                                                  f"{story.date.isoformat()}"))


def sure_dates(articles: Sequence[Article], trust: float = TRUST) -> list[dt.date]:
    """The dates :func:`settle` trusts: from metadata, or inferred with at least ``trust`` confidence."""
    return [a.published for a in articles if a.published and _sure(a, trust)]


def _sure(article: Article, trust: float) -> bool:
    return article.published is not None and (article.published_basis in SURE_BASES
                                              or article.published_confidence >= trust)


def _redate(article: Article, guess: PublishedGuess) -> Article:
    return dataclasses.replace(article, published=guess.date, published_basis=guess.basis,
                               published_confidence=guess.confidence, published_reason=guess.reason)
