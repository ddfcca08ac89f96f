"""Normalise one temporal phrase to a TIMEX3 type, value and granularity.

Pure functions, testable without the spaCy model. The rules follow the TimeML/TIMEX3
annotation guidelines as applied in the TempEval-3 corpora and HeidelTime's news mode:

- absolute dates keep what they state: "25 January 2026" -> 2026-01-25, "May 2010" -> 2010-05;
- partial dates take the year from the reference date and the tense ("June 30", "in April",
  "last August", "Tuesday", "last summer"; see :mod:`.calendar`), and a weekday beside the
  day checks it ("Saturday (June 28)": :func:`.calendar.year_for_weekday_date`);
- relative dates move from the reference in calendar units: "last week" -> the ISO week before,
  "four years ago" -> that year, "this month" -> the reference's month;
- fuzzy parts of a period keep the period's value with a ``mod`` (TempEval convention):
  "late 2024" -> 2024 (END), "early December" -> 2012-12 (START), "mid-year" -> the year (MID);
  quarters and halves are values of their own ("Q4 2024" -> 2024-Q4, "first half of 2025" -> 2025-H1);
- vague references are PRESENT_REF ("now", "currently"), PAST_REF ("the past", "months ago",
  "recently"), FUTURE_REF ("the future", "soon");
- durations (DURATION: "three months" -> P3M, "recent weeks" -> PXW) and sets (SET: "every
  morning", "annually") are kept apart from dates;
- numbers are never dates: a phrase is only read as a year when it is a four-digit number from
  1000 to 2199 standing alone or after a date word ("6005", "100M", "2,000" are not dates).

Hand-written because no maintained Python library normalises TIMEX3 values with tense and
modifiers (dateparser returns a single datetime: no granularity, no durations, sets or fuzzy
parts, and "late 2024" / "months ago" give None); dateparser is still used as the last resort
for explicit dates in forms these rules do not know.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

import dateparser

from . import calendar as cal
from . import relative as rel
from .calendar import DAY, DIRECTION, MONTH, WEEKDAY, YEAR, Normal, resolve

Rule = Callable[[str, "dt.date | None", "str | None"], "Normal | None"]

# Leading qualifiers -> TIMEX3 mod (stripped before the rules run).
QUALIFIERS = [
    (r"(about|around|approximately|roughly|some|an estimated|circa|ca\.?)", "APPROX"),
    (r"(almost|nearly|close to|just under|less than|under|fewer than)", "LESS_THAN"),
    (r"(up to|no more than|at most)", "EQUAL_OR_LESS"),
    (r"(more than|over|upwards of|just over)", "MORE_THAN"),
    (r"(at least|no less than)", "EQUAL_OR_MORE"),
]
# Parts of a period -> mod; the period is normalised on its own.
PARTS = [
    (r"(early|the early part of|the beginning of|the start of|beginning of|start of)[ -]", "START"),
    (r"(mid|middle|the middle of|middle of|mid-to-late)[ -]", "MID"),
    (r"(late|the end of|end of|the late part of|the close of)[ -]", "END"),
]


def normalise(text: str, reference: dt.date | None, *, tense: str | None = None
              ) -> tuple[str, str, str] | None:
    """(type, value, granularity) of a temporal phrase against ``reference``, or None.

    ``tense`` ("past", "present", "future") of the governing verb chooses the year of partial
    dates ("in April" in a past-tense sentence of a January article is last April).
    """
    found = normalise_full(text, reference, tense=tense)
    return None if found is None else (found.type, found.value, found.granularity)


def normalise_full(text: str, reference: dt.date | None, *, tense: str | None = None) -> Normal | None:
    """Like :func:`normalise`, with the TIMEX3 ``mod`` and whether the reference was needed."""
    clean = _clean(text)
    if not clean:
        return None
    mod, clean = _qualifier(clean)
    for rule in RULES:
        found = rule(clean, reference, tense)
        if found is not None:
            return found._replace(mod=found.mod or mod)
    return None


def _clean(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,;:!?\"()[]")
    text = re.sub(r"('s|s'|')$", lambda m: "s" if m.group(0) == "s'" else "", text)
    return text.rstrip(".") if not re.search(r"[ap]\.m\.$", text) else text


def _qualifier(text: str) -> tuple[str | None, str]:
    for pattern, mod in QUALIFIERS:
        match = re.match(pattern + r" (.+)", text)
        if match:
            return mod, match.group(match.lastindex)
    return None, text


def _iso(text, reference, tense):
    """ISO dates and weeks ("2026-01-25", "2025-W26"), day.month.year and US month/day/year."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    year_range = match and not match.group(3) and int(match.group(2)) == (int(match.group(1)) + 1) % 100
    if match and 1 <= int(match.group(2)) <= 12 and not year_range:  # "2011-12" is a season, not December
        return _date_value(int(match.group(1)), int(match.group(2)), match.group(3) and int(match.group(3)))
    match = re.fullmatch(r"(\d{4})-w(\d{2})", text)
    if match and 1 <= int(match.group(2)) <= 53:
        return Normal("DATE", f"{match.group(1)}-W{match.group(2)}", "week")
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)  # day.month.year
    if match:
        return _date_value(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        month, day = (second, first) if first > 12 else (first, second)
        return _date_value(year + 2000 if year < 100 else year, month, day)
    return None


def _date_value(year: int, month: int, day: int | None) -> Normal | None:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    if day is None:
        return Normal("DATE", f"{year:04d}-{month:02d}", "month")
    return Normal("DATE", f"{year:04d}-{month:02d}-{day:02d}", "day")


# "Sunday, 25 January", "Saturday (April 26)": the weekday before a date (group 1 when present).
WEEKDAY_PREFIX = r"(?:(?:on )?" + WEEKDAY + r"(?:,? \(?|\())?"


def _full_date(text, reference, tense):
    """A full date in words: "Jan. 25, 2026", "Sunday, 25 January 2026", "the 3rd of March 2024"."""
    patterns = [
        (WEEKDAY_PREFIX + MONTH + r" " + DAY + r",? " + YEAR, (2, 3, 4)),
        (WEEKDAY_PREFIX + r"(?:the )?" + DAY + r"(?: of)? " + MONTH + r",? " + YEAR, (3, 2, 4)),
    ]
    for pattern, (m, d, y) in patterns:
        match = re.fullmatch(pattern, text)
        if match:
            return _date_value(int(match.group(y)), cal.MONTHS[match.group(m)], int(match.group(d)))
    return None


def _month_year(text, reference, tense):
    """"May 2010", "October of 2025"."""
    match = re.fullmatch(r"(?:in )?" + MONTH + r",? (?:of )?" + YEAR, text)
    if match and 1000 <= int(match.group(2)) <= 2199:
        return _date_value(int(match.group(2)), cal.MONTHS[match.group(1)], None)
    return None


# Holidays on a fixed day of the year (movable feasts are left out).
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
            "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26)}


def _month_day(text, reference, tense):
    """A day of a month without a year ("June 30", "the 3rd of March", "Christmas"): by tense."""
    match = re.fullmatch(WEEKDAY_PREFIX + MONTH + r" " + DAY, text)
    groups = (2, 3)
    if not match:
        match = re.fullmatch(WEEKDAY_PREFIX + r"(?:the )?" + DAY + r"(?: of)? " + MONTH, text)
        groups = (3, 2)
    holiday = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?: (\d{4}))?", text)
    if holiday and holiday.group(2) in HOLIDAYS:
        return _holiday(HOLIDAYS[holiday.group(2)], holiday.group(1), holiday.group(3), reference, tense)
    if not match:
        return None
    month, day = cal.MONTHS[match.group(groups[0])], int(match.group(groups[1]))
    if not 1 <= day <= 31:
        return None
    if match.group(1) and reference is not None:  # "Saturday (June 28)": the weekday checks the year
        year = cal.year_for_weekday_date(month, day, cal.WEEKDAYS[match.group(1)], reference, tense)
        return _date_value(year, month, day)
    return _day_of_year(month, day, reference, tense)


def _holiday(day: tuple[int, int], direction: str | None, year: str | None, reference, tense) -> Normal | None:
    if year:
        return _date_value(int(year), *day)
    if direction and reference is not None:
        tense = "past" if direction == "last" else "future" if direction == "next" else None
    return _day_of_year(*day, reference, tense)


def _day_of_year(month: int, day: int, reference: dt.date | None, tense: str | None) -> Normal | None:
    if reference is None:
        return Normal("DATE", f"XXXX-{month:02d}-{day:02d}", "day", anchored=False)
    return _date_value(cal.year_for_month(month, reference, tense, day), month, day)


def _month(text, reference, tense):
    """A month named alone ("in April", "last August"): year by direction, else by tense."""
    match = re.fullmatch(r"(?:(last|next|this|past|coming|in|on) )?" + MONTH, text)
    if not match:
        return None
    month = cal.MONTHS[match.group(2)]
    if reference is None:
        return Normal("DATE", f"XXXX-{month:02d}", "month", anchored=False)
    direction = DIRECTION.get(match.group(1) or "in")
    if direction in ("last", "next"):
        year = cal.month_relative(month, reference, direction)
    else:
        year = reference.year if direction == "this" else cal.year_for_month(month, reference, tense)
    return Normal("DATE", f"{year}-{month:02d}", "month")


def _season(text, reference, tense):
    """Seasons with a year ("summer 2024") or without ("last summer": by direction or tense)."""
    seasons = "|".join(cal.SEASONS)
    match = re.fullmatch(r"(?:the )?(?:(" + seasons + r")(?:,| of)? " + YEAR + r"|" + YEAR + r" (" + seasons + r"))",
                         text)
    if match:
        season, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        return Normal("DATE", f"{year}-{cal.SEASONS[season]}", "season")
    match = re.fullmatch(r"(?:(last|next|this|past|coming|the|in|in the) )?(" + seasons + r")", text)
    if not match:
        return None
    season = cal.SEASONS[match.group(2)]
    direction = DIRECTION.get(match.group(1) or "in")
    return resolve(reference, lambda ref: (f"{cal.season_year(season, ref, direction, tense)}-{season}", "season"),
                  granularity="season")


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(text, reference, tense):
    """Quarters and halves: "Q4 2024", "the fourth quarter", "the first half of 2025"."""
    match = re.fullmatch(r"(?:the )?(first|second|third|fourth|final|1st|2nd|3rd|4th) (quarter|half)(?:,? (?:of )?"
                         + YEAR + r")?", text) or re.fullmatch(r"(q|h)([1-4]),? " + YEAR, text)
    if not match:
        return None
    if match.group(1) in ("q", "h"):
        letter, number, year = match.group(1).upper(), int(match.group(2)), match.group(3)
    else:
        letter = "Q" if match.group(2) == "quarter" else "H"
        number = ORDINALS.get(match.group(1), 4 if letter == "Q" else 2)
        year = match.group(3)
    if letter == "H" and number > 2:
        return None
    gran = "quarter" if letter == "Q" else "half"
    if year:
        return Normal("DATE", f"{year}-{letter}{number}", gran)
    if reference is None:
        return Normal("DATE", f"XXXX-{letter}{number}", gran, anchored=False)
    return Normal("DATE", f"{_period_year(reference, letter, number, tense)}-{letter}{number}", gran)


def _period_year(ref: dt.date, letter: str, number: int, tense: str | None) -> int:
    current = cal.quarter_of(ref) if letter == "Q" else (1 if ref.month <= 6 else 2)
    if tense == "past" and number > current:
        return ref.year - 1
    return ref.year


def _year(text, reference, tense):
    """Years ("2024", "fiscal 2024"; 1000-2199 only), decades ("the 1990s", "the '90s"), centuries."""
    match = re.fullmatch(r"(?:the year |(?:fiscal|calendar|fy|the fiscal year|the calendar year|in) ?)?" + YEAR, text)
    if match and 1000 <= int(match.group(1)) <= 2199:
        return Normal("DATE", match.group(1), "year")
    match = re.fullmatch(r"(?:the )?(?:(\d{3})0|'(\d)0)s", text)
    if match:
        if match.group(1):
            return Normal("DATE", match.group(1), "decade")
        digit = match.group(2)
        return resolve(reference, lambda ref: (_decade_of(ref, digit), "decade"), granularity="decade")
    return _century(text)


def _decade_of(ref: dt.date, digit: str) -> str:
    century = ref.year // 100 if int(digit) * 10 <= ref.year % 100 else ref.year // 100 - 1
    return f"{century}{digit}"


CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18, "seventeenth": 17}


def _century(text):
    """"the 20th century" -> 19 (TIMEX3 writes a century by its first two digits)."""
    match = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)[ -]century", text)
    number = int(match.group(1)) if match else None
    if number is None:
        match = re.fullmatch(r"(?:the )?([a-z-]+)[ -]century", text)
        number = CENTURY_WORDS.get(match.group(1)) if match else None
    return Normal("DATE", f"{number - 1:02d}", "century") if number else None


def _clock(text, reference, tense):
    """Clock times, on the day the rest of the phrase names, else on the reference day
    ("15:00 GMT Saturday", "8 p.m.", "midnight on Monday")."""
    named = re.fullmatch(r"(midnight|noon|midday)(?: (?:on|of))? (.+)", text)
    if named:
        day = normalise_full(named.group(2), reference, tense=tense)
        if day is None or day.type != "DATE" or day.granularity != "day":
            return None
        clock = "T24:00" if named.group(1) == "midnight" else "T12:00"
        return Normal("TIME", day.value + clock, "time", anchored=day.anchored)
    match = re.search(r"(\d{1,2})(?:[:.](\d\d))?(?::(\d\d))?(?: ?(a\.?m\.?|p\.?m\.?|o'clock|h))?"
                      r"(?: (?:gmt|utc|bst|est|edt|pst|pdt|cet|local time|\w{2,4} time))?", text)
    if not match or not (match.group(2) or match.group(4)) or match.start() > 0 and text[match.start() - 1] != " ":
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(4) or "").replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    rest = (text[:match.start()] + " " + text[match.end():]).strip(" ,")
    rest = re.sub(r"^(on|at)\s+|\s+(on|at)$", "", rest).strip()
    clock = f"T{hour:02d}:{minute:02d}" if match.group(2) else f"T{hour:02d}"
    day = normalise_full(rest, reference, tense=tense) if rest else None
    if rest and (day is None or day.type != "DATE" or day.granularity != "day"):
        return None
    base = day or resolve(reference, lambda ref: (ref.isoformat(), "day"))
    return Normal("TIME", base.value + clock, "time", anchored=base.anchored)


def _dateparser(text, reference, tense):
    """Last resort for explicit dates in other forms ("25th of January, 2026", "Jan 25 2026")."""
    year = re.search(r"\b(\d{4})\b", text)
    if not year or not re.search(MONTH, text) or len(text) > 40:
        return None  # dateparser reads a lone day number as a year ("the night of June 12" -> 2012)
    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["month", "year"]}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None or parsed.year != int(year.group(1)):
        return None
    days = {int(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)}
    if days and parsed.day not in days:
        return None  # dateparser read the day number as a year: "Saturday (June 28" -> 2028-06-03
    return _date_value(parsed.year, parsed.month, parsed.day if days else None)


def _part_of_period(text, reference, tense):
    """early/mid/late X, the beginning/end of X, the first/second half of X."""
    match = re.fullmatch(r"(?:the )?(first|second|latter) half of (.+)", text)
    if match:
        inner = normalise_full(match.group(2), reference, tense=tense)
        if inner and inner.type == "DATE" and inner.granularity == "year":
            half = 1 if match.group(1) == "first" else 2
            return Normal("DATE", f"{inner.value}-H{half}", "half", anchored=inner.anchored)
        return None
    if text in ("mid-year", "midyear", "year-end", "year end", "the year-end"):
        mod = "MID" if text.startswith("mid") else "END"
        inner = rel.bare_period("year", reference, tense, mod)
        return inner._replace(mod=mod)
    for pattern, mod in PARTS:
        match = re.fullmatch(pattern + r"(.+)", text)
        if match:
            rest = match.group(match.lastindex)
            inner = rel.bare_period(rest, reference, tense, mod) or normalise_full(rest, reference, tense=tense)
            if inner and inner.type in ("DATE", "TIME") and inner.value not in rel.REFS:
                return inner._replace(mod=mod)
    return None


def _anaphoric(text, reference, tense):
    """"that day", "the same week": dated by the date told before them (see timex.extract)."""
    found = rel.anaphoric_step(text)
    if found is None:
        return None
    granularity = cal.UNITS[found[0]][2]
    return Normal("DATE", cal.unanchored(granularity), granularity, anchored=False)


RULES: list[Rule] = [
    rel.refs, rel.sets, _iso, _full_date, _month_year, _month_day, _month, _season, _quarter, _year,
    rel.day_word, rel.weekday, rel.weekend, rel.relative_unit, rel.ago, rel.durations, _part_of_period, _clock,
    _dateparser, _anaphoric,
]
