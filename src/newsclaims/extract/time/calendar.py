"""Calendar arithmetic for temporal normalisation: the normalised record, words, units, patterns
and the news-mode year rules.

Pure helpers used by :mod:`newsclaims.extract.time.normalise`. The choice of year for a
partial date ("June 30", "in April", "Tuesday", "last summer") follows HeidelTime's *news*
mode: the article's date is the anchor and the tense of the governing verb picks the side
(past tense: the latest occurrence not after the reference; future or present tense: the
earliest not before it; no tense: the reference's own year, or the past for weekdays). Python's
:mod:`datetime` does the arithmetic; only the rules are ours.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple

from number_parser import parse_number

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # WI runs into next year
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "12:00",
                "midnight": "24:00", "midday": "12:00"}

# Duration units -> (TIMEX3 letter, is a time-of-day unit, granularity, multiplier).
UNITS = {
    "second": ("S", True, "time", 1), "minute": ("M", True, "time", 1), "hour": ("H", True, "time", 1),
    "day": ("D", False, "day", 1), "night": ("D", False, "day", 1), "week": ("W", False, "week", 1),
    "weekend": ("WE", False, "week", 1), "fortnight": ("W", False, "week", 2),
    "month": ("M", False, "month", 1), "quarter": ("Q", False, "quarter", 1),
    "year": ("Y", False, "year", 1), "decade": ("Y", False, "decade", 10),
    "century": ("Y", False, "century", 100),
}
UNIT_RE = r"(second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|century|centuries)s?"

VAGUE_COUNTS = {"several", "few", "a few", "many", "some", "numerous", "recent", "a number of",
                "the past few", "the last few", "the next few", "the coming", "the past several",
                "the last several", "the next several", "a couple of", "couple of", "the past", "the last"}


def unit_of(word: str) -> str:
    """Singular unit name for a (possibly plural) unit word: "centuries" -> "century"."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def count(text: str) -> float | None:
    """The number a count phrase states: "three" -> 3, "a" -> 1, "24" -> 24; None if vague.

    number-parser reads number words ("twenty-five"); digits and articles are read here.
    """
    text = text.strip().lower()
    if text in ("a", "an", "one", "a single", "a full", "an entire"):
        return 1
    if text in ("a couple of", "couple of", "a couple"):
        return 2
    if re.fullmatch(r"\d+(\.\d+)?", text.replace(",", "")):
        return float(text.replace(",", ""))
    if text in ("half a", "half an"):
        return 0.5
    value = parse_number(text)
    return float(value) if isinstance(value, (int, float)) else None


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: (3, "month") -> "P3M", (None, "week") -> "PXW", (2, "hour") -> "PT2H"."""
    letter, timeish, _, mult = UNITS[unit]
    if n is None:
        amount = "X"
        if unit in ("decade", "century"):
            letter = "DE" if unit == "decade" else "CE"
    else:
        n = n * mult
        key = ("T" if timeish else "") + letter
        if not float(n).is_integer() and key in SMALLER:
            return _smaller(n, key)
        amount = number_text(n)
    return f"PT{amount}{letter}" if timeish else f"P{amount}{letter}"


# Fractions of a unit are written in the next smaller one: "a year and a half" -> P18M.
SMALLER = {"Y": (12, "M", False), "W": (7, "D", False), "D": (24, "H", True), "TH": (60, "M", True),
           "M": (30, "D", False)}


def _smaller(n: float, key: str) -> str:
    factor, smaller, timeish = SMALLER[key]
    amount = number_text(round(n * factor, 3))
    return f"PT{amount}{smaller}" if timeish else f"P{amount}{smaller}"


# --- year choice (news mode) ------------------------------------------------------------------

def year_for_month(month: int, ref: dt.date, tense: str | None, day: int | None = None) -> int:
    """Year of a month (and day) named without one, by tense: past looks back, future ahead."""
    here, there = (ref.month, ref.day), (month, day or (ref.day if month == ref.month else 1))
    if tense == "past" and there > here:
        return ref.year - 1
    if tense in ("future", "present") and there < here:
        return ref.year + 1
    return ref.year


WEEKDAY_SLIP_DAYS = 14  # a weekday this close to the article is a writer's slip, not another year


def year_for_weekday_date(month: int, day: int, weekday: int, ref: dt.date, tense: str | None) -> int:
    """Year of a day named with its weekday but no year ("Saturday (June 28)").

    The tense picks the year as for any partial date (:func:`year_for_month`). When the weekday
    does not fall on that day there, the nearest neighbouring year where it does, on the side
    the tense allows, is taken instead ("Saturday (June 28)" told in March 2026 is 2025, when
    June 28 was a Saturday). A date within :data:`WEEKDAY_SLIP_DAYS` of the article keeps its
    year: a wrong weekday there is a slip ("Sunday, June 30" in a July 1 report).
    """
    year = year_for_month(month, ref, tense, day)
    chosen = _day(year, month, day)
    if chosen is None or chosen.weekday() == weekday or abs((chosen - ref).days) <= WEEKDAY_SLIP_DAYS:
        return year
    fits = [d for d in (_day(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1))
            if d is not None and d.weekday() == weekday and _on_side(d, ref, tense)]
    return min(fits, key=lambda d: abs((d - ref).days)).year if fits else year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _on_side(day: dt.date, ref: dt.date, tense: str | None) -> bool:
    """Past tense looks back and future ahead (a day's slack); other tenses allow both sides."""
    if tense == "past":
        return day <= ref + dt.timedelta(days=1)
    if tense == "future":
        return day >= ref - dt.timedelta(days=1)
    return True


def shift_month(ref: dt.date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def month_relative(month: int, ref: dt.date, direction: str) -> int:
    """Year of "last August" (latest strictly before the reference month) or "next August"."""
    if direction == "last":
        return ref.year if month < ref.month else ref.year - 1
    if direction == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year


def season_year(season: str, ref: dt.date, direction: str | None, tense: str | None) -> int:
    """Year of a season: "last summer" is the latest summer already over at the reference."""
    first, last = SEASON_MONTHS[season]
    if direction == "last" or (direction is None and tense == "past"):
        return ref.year if last < ref.month else ref.year - 1
    if direction == "next" or (direction is None and tense == "future"):
        return ref.year if first > ref.month else ref.year + 1
    return ref.year


def weekday_date(weekday: int, ref: dt.date, direction: str | None, tense: str | None) -> dt.date:
    """Date of a weekday: the reference's own weekday is the reference unless "last"/"next".

    With no direction the tense decides; without tense news reports look back.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if direction == "last":
        return ref - dt.timedelta(days=back or 7)
    if direction == "next":
        return ref + dt.timedelta(days=ahead or 7)
    if direction == "this" or tense in ("future", "present"):
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shifted(ref: dt.date, unit: str, n: int) -> tuple[str, str]:
    """The calendar unit ``n`` steps from the reference's own: ("month", -1) -> ("2013-02", "month")."""
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat(), "day"
    if unit in ("week", "weekend"):
        value = iso_week(ref + dt.timedelta(weeks=n))
        return (value + "-WE", "week") if unit == "weekend" else (value, "week")
    if unit == "fortnight":
        return iso_week(ref + dt.timedelta(weeks=2 * n)), "week"
    if unit == "month":
        year, month = shift_month(ref, n)
        return f"{year}-{month:02d}", "month"
    if unit == "quarter":
        year, month = shift_month(ref, 3 * n)
        return f"{year}-Q{(month - 1) // 3 + 1}", "quarter"
    if unit == "year":
        return str(ref.year + n), "year"
    if unit == "decade":
        return str(ref.year // 10 + n)[:3], "decade"
    if unit == "century":
        return str(ref.year // 100 + n), "century"
    raise ValueError(unit)


def unanchored(granularity: str) -> str:
    """The X-pattern TIMEX3 value of an unresolvable date at a granularity."""
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX"}.get(granularity, "XXXX-XX-XX")


# --- the normalised record -------------------------------------------------------------------

class Normal(NamedTuple):
    """A normalised temporal phrase (TIMEX3 type, value, granularity, mod; anchored or not)."""

    type: str
    value: str
    granularity: str
    mod: str | None = None
    anchored: bool = True


def resolve(reference: dt.date | None, compute: Callable[[dt.date], tuple[str, str]], type_: str = "DATE",
            granularity: str = "day") -> Normal:
    """Resolve against the reference, or an unanchored X-value when there is none."""
    if reference is None:
        return Normal(type_, unanchored(granularity), granularity, anchored=False)
    value, gran = compute(reference)
    return Normal(type_, value, gran)


# --- patterns shared by the rules -----------------------------------------------------------

MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
        r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(\d{4})"
PART = r"(morning|afternoon|evening|night|noon|midnight|midday)"
DIRECTION = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
             "following": "next", "this": "this", "current": "this", "on": None, "in": None}
