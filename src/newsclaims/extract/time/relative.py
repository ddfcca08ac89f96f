"""Normalisation rules for vague, relative and repeating expressions (see :mod:`.normalise`).

"now" / "the past" / "months ago" (PRESENT_REF, PAST_REF, FUTURE_REF), today/yesterday,
weekdays, "this/last/next" + unit, "N units ago" / "in N units" / "N units from now",
durations ("three months" -> P3M, "recent weeks" -> PXW) and sets ("every morning",
"annually"). Each rule takes (clean lower-case text, reference date or None, tense) and returns
a :class:`Normal` or None.
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .calendar import DIRECTION, PART, WEEKDAY, Normal, resolve


REFS = {
    "PRESENT_REF": {"now", "right now", "currently", "at present", "presently", "nowadays", "the present",
                    "these days", "at the moment", "at this time", "present day", "the present day"},
    "PAST_REF": {"the past", "in the past", "recently", "lately", "previously", "formerly", "at the time",
                 "at that time", "back then", "once upon a time", "the old days", "earlier"},
    "FUTURE_REF": {"the future", "in the future", "soon", "shortly", "someday", "one day", "the near future",
                   "in the near future", "in the coming years"},
}


def refs(text, reference, tense):
    """"now" -> PRESENT_REF, "the past" / "months ago" -> PAST_REF, "the future" -> FUTURE_REF."""
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
    """Repeating times: "annually", "every week", "twice a year", "every two weeks", "every Friday"."""
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
    """today / tonight / yesterday / tomorrow, "this morning", "last night"."""
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
    """Add a part of the day ("morning" -> TMO) to a day, making it a TIME."""
    if part is None:
        return found
    code = cal.PARTS_OF_DAY[part]
    return Normal("TIME", f"{found.value}T{code}", "time", anchored=found.anchored)


def weekday(text, reference, tense):
    """A weekday, by direction ("last Friday") or tense (:func:`.calendar.weekday_date`)."""
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


def weekend(text, reference, tense):
    """"the weekend": the one just past, or the coming one when told in the future tense."""
    if not re.fullmatch(r"(?:over )?the weekend", text):
        return None
    if reference is None:
        return Normal("DATE", "XXXX-WXX-WE", "week", anchored=False)
    saturday = cal.weekday_date(5, reference, None, "future" if tense == "future" else "past")
    return Normal("DATE", cal.iso_week(saturday) + "-WE", "week")


RELATIVE_UNITS = r"(day|week|weekend|fortnight|month|quarter|year|decade|century)"


def relative_unit(text, reference, tense):
    """this/last/next + unit from the reference. "The following day", "the previous year" count
    from the date told before them, not from the reference: unanchored here, dated by
    ``timex.extract`` from the text (:func:`anaphoric_step`)."""
    match = re.fullmatch(r"(the )?(this|last|next|past|previous|preceding|coming|current|following|latest)"
                         r"(?: fiscal| calendar| financial)? " + RELATIVE_UNITS, text)
    if not match:
        return None
    the, word, unit = match.groups()
    direction = DIRECTION.get(word, "this")
    granularity = cal.UNITS[unit][2]
    if (the and direction == "next" and unit in ("decade", "century")) or (the and word == "past"):
        return Normal("DURATION", cal.duration(1, unit), granularity)
    if anaphoric_step(text):
        return Normal("DATE", cal.unanchored(granularity), granularity, anchored=False)
    step = {"last": -1, "next": 1}.get(direction, 0)
    if unit == "day" and step == 0:
        return None
    return resolve(reference, lambda ref: cal.shifted(ref, unit, step), granularity=granularity)


ANAPHORIC = re.compile(r"(?:the (following|next|previous|preceding|same)|that) (day|week|month|year)")
ANAPHORIC_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0, None: 0}


def anaphoric_step(text: str) -> tuple[str, int] | None:
    """(unit, step) of an expression counted from the date told before it, not from the article's:
    "the following day" -> ("day", 1), "the previous year" -> ("year", -1), "that day" -> ("day", 0).
    "next week" (no article) counts from the reference and is not anaphoric; nor is "the next week"
    or longer ("the next month"): only "the next day" is."""
    match = ANAPHORIC.fullmatch(text.lower().strip())
    if not match or (match.group(1) == "next" and match.group(2) != "day"):
        return None
    return match.group(2), ANAPHORIC_STEPS[match.group(1)]


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


DURATION_LEAD = (r"(?:(?:a mere|only|just|a full|an entire|the entire|the whole|the full|all|another|"
                 r"(?:the )?(?:first|final|last|past|next|coming|following|previous)|the) )?")


def durations(text, reference, tense):
    """Durations: "three months" -> P3M, "the past two years" -> P2Y, "recent weeks" -> PXW."""
    tail = r"(?: and a half)?(?:[ -]long| old)?"
    match = re.fullmatch(DURATION_LEAD + r"(?:" + COUNT + r"[ -])?" + cal.UNIT_RE + tail, text)
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
