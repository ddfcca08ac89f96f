"""Normalisation rules for vague, relative and repeating expressions (see :mod:`timex_normalise`).

"now" / "the past" / "months ago" (PRESENT_REF, PAST_REF, FUTURE_REF), today/yesterday,
weekdays, "this/last/next" + unit, "N units ago" / "in N units" / "N units from now",
durations ("three months" -> P3M, "recent weeks" -> PXW) and sets ("every morning",
"annually"). Each rule takes (clean lower-case text, reference date or None, tense) and returns
a :class:`Normal` or None.
"""

from __future__ import annotations

import datetime as dt
import re

from . import timex_calendar as cal
from .timex_calendar import DIRECTION, PART, WEEKDAY, Normal, resolve


REFS = {
    "PRESENT_REF": {"now", "right now", "currently", "at present", "presently", "nowadays", "the present",
                    "these days", "at the moment", "at this time", "present day", "the present day"},
    "PAST_REF": {"the past", "in the past", "recently", "lately", "previously", "formerly", "at the time",
                 "at that time", "back then", "once upon a time", "the old days", "earlier"},
    "FUTURE_REF": {"the future", "in the future", "soon", "shortly", "someday", "one day", "the near future",
                   "in the near future", "in the coming years"},
}


def refs(text, reference, tense):
    for value, words in REFS.items():
        if text in words:
            return Normal("DATE", value, "none")
    if re.fullmatch(r"(some time|(a few|several|many|some|a couple of)? ?" + cal.UNIT_RE + r") ago", text) \
            and not re.match(r"(a|an|one) " + cal.UNIT_RE + " ago", text):
        return Normal("DATE", "PAST_REF", "none")
    return None


SET_WORDS = {
    "annually": "XXXX", "yearly": "XXXX", "annual": "XXXX", "monthly": "XXXX-XX", "weekly": "XXXX-WXX",
    "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "hourly": "XXXX-XX-XXTXX", "quarterly": "XXXX-QX",
}
SET_UNITS = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX", "quarter": "XXXX-QX",
             "hour": "XXXX-XX-XXTXX", "night": "XXXX-XX-XXTNI", "weekend": "XXXX-WXX-WE"}


def sets(text, reference, tense):
    if text in SET_WORDS:
        return Normal("SET", SET_WORDS[text], "none")
    match = re.fullmatch(r"(?:every|each) (\w+(?:-\w+)?) " + cal.UNIT_RE, text)
    if match and cal.count(match.group(1)):
        return Normal("SET", cal.duration(cal.count(match.group(1)), cal.unit_of(match.group(2))), "none")
    match = re.fullmatch(r"(?:once|twice|\w+ times) (?:a|an|per|every|each) (\w+)", text) or \
        re.fullmatch(r"(?:every|each|per) (?:other |single )?(\w+)", text)
    if not match:
        return _weekday_set(text)
    word = match.group(1)
    if cal.unit_of(word) in SET_UNITS:
        return Normal("SET", SET_UNITS[cal.unit_of(word)], "none")
    if word in cal.WEEKDAYS:
        return Normal("SET", f"XXXX-WXX-{cal.WEEKDAYS[word] + 1}", "none")
    if word in cal.PARTS_OF_DAY and len(cal.PARTS_OF_DAY[word]) == 2:
        return Normal("SET", f"XXXX-XX-XXT{cal.PARTS_OF_DAY[word]}", "none")
    if word in cal.SEASONS:
        return Normal("SET", f"XXXX-{cal.SEASONS[word]}", "none")
    return None


def _weekday_set(text):
    match = re.fullmatch(r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s", text)
    return Normal("SET", f"XXXX-WXX-{cal.WEEKDAYS[match.group(1)] + 1}", "none") if match else None


DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}


def day_word(text, reference, tense):
    match = re.fullmatch(r"(today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)"
                         r"(?:'s)?(?: " + PART + r")?", text)
    part = None
    if match:
        offset, part = DAY_WORDS[match.group(1)], match.group(2) or ("night" if match.group(1) == "tonight" else None)
    else:
        match = re.fullmatch(r"(this|last) " + PART, text)
        if not match:
            return None
        offset, part = (-1 if match.group(1) == "last" and match.group(2) == "night" else 0), match.group(2)
    return with_part(resolve(reference, lambda ref: ((ref + dt.timedelta(days=offset)).isoformat(), "day")), part)


def with_part(found: Normal, part: str | None) -> Normal:
    if part is None:
        return found
    code = cal.PARTS_OF_DAY[part]
    return Normal("TIME", f"{found.value}T{code}", "time", anchored=found.anchored)


def weekday(text, reference, tense):
    match = re.fullmatch(r"(?:(last|next|this|on|coming|past|on last|on this|on next) )?" + WEEKDAY
                         + r"(?:'s)?(?: " + PART + r")?", text)
    if not match:
        return None
    direction = DIRECTION.get((match.group(1) or "on").replace("on ", ""))
    weekday, part = cal.WEEKDAYS[match.group(2)], match.group(3)
    if reference is None:
        return with_part(Normal("DATE", f"XXXX-WXX-{weekday + 1}", "day", anchored=False), part)
    found = Normal("DATE", cal.weekday_date(weekday, reference, direction, tense).isoformat(), "day")
    return with_part(found, part)


RELATIVE_UNITS = r"(day|week|weekend|fortnight|month|quarter|year|decade|century)"


def relative_unit(text, reference, tense):
    """this/last/next + unit from the reference; "the following day", "the previous year" count
    from a happening the sentence tells, not from the reference: left unanchored."""
    match = re.fullmatch(r"(the )?(this|last|next|past|previous|preceding|coming|current|following|latest)"
                         r"(?: fiscal| calendar| financial)? " + RELATIVE_UNITS, text)
    if not match:
        return None
    the, word, unit = match.groups()
    direction = DIRECTION.get(word, "this")
    granularity = cal.UNITS[unit][2]
    if (the and direction == "next" and unit in ("decade", "century")) or (the and word == "past"):
        return Normal("DURATION", cal.duration(1, unit), granularity)
    if word in ("following", "previous", "preceding"):
        return Normal("DATE", cal.unanchored(granularity), granularity, anchored=False)
    step = {"last": -1, "next": 1}.get(direction, 0)
    if unit == "day" and step == 0:
        return None
    return resolve(reference, lambda ref: cal.shifted(ref, unit, step), granularity=granularity)


def bare_period(text, reference, tense, mod=None):
    """"the year"/"year" after a part ("the end of year", "mid-year"): the current one.

    The end of the year told in the past tense in the first half of a year is the last one.
    """
    match = re.fullmatch(r"(?:the )?(year|month|week|decade|century)", text)
    if not match:
        return None
    unit = match.group(1)
    back = tense == "past" and mod == "END" and unit == "year"
    return resolve(reference, lambda ref: cal.shifted(ref, unit, -1 if back and ref.month <= 6 else 0),
                  granularity=cal.UNITS[unit][2])


COUNT = r"(a|an|one|a single|a couple of|a few|few|several|many|some|numerous|recent|\d[\d,]*(?:\.\d+)?|" \
        r"[a-z]+(?:[- ][a-z]+)?)"


def ago(text, reference, tense):
    """"four years ago", "two weeks from now", "in three days" (said of the future): a date at the
    unit's granularity. "N units earlier/later" count from a told happening: not resolved here."""
    match = re.fullmatch(r"(in )?" + COUNT + r" " + cal.UNIT_RE + r"( ago| from now| hence)?", text)
    if not match or bool(match.group(1)) == bool(match.group(4)):
        return None
    n = cal.count(match.group(2))
    unit = cal.unit_of(match.group(3))
    if n is None or not float(n).is_integer() or unit not in ("day", "week", "month", "year", "decade", "century"):
        return None
    step = -int(n) if match.group(4) == " ago" else int(n)
    return resolve(reference, lambda ref: cal.shifted(ref, unit, step), granularity=cal.UNITS[unit][2])


def durations(text, reference, tense):
    match = re.fullmatch(r"(?:(?:a mere|only|just|a full|an entire|the entire|the whole|the full|all|another|"
                         r"(?:the )?(?:first|final|last|past|next|coming|following|previous)|the) )?(?:" + COUNT + r"[ -])?" + cal.UNIT_RE
                         + r"(?: and a half)?(?:[ -]long| old)?", text)
    if not match or text.endswith(" old"):
        return None
    raw = match.group(1)
    n = cal.count(raw) if raw else None
    if raw and n is None and raw not in cal.VAGUE_COUNTS and raw.split()[-1] not in cal.VAGUE_COUNTS:
        return None
    unit = cal.unit_of(match.group(2))
    plural = match.group(2) == "centuries" or text[match.end(2):match.end(2) + 1] == "s"
    if n is None and not raw and not plural:
        return None
    if n is not None and text.endswith(" and a half"):
        n += 0.5
    return Normal("DURATION", cal.duration(n, unit), cal.UNITS[unit][2])
