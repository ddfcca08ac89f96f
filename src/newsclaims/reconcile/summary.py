"""Plain words for facts: figures as a reader writes them, and a casualty-box sentence per fact.

The sentence follows the infobox style of a reference work::

    North Korea — casualties (soldiers): more than 6,000 (UK defence intelligence, July 2025;
    2 outlets); about 4,700 (NIS, July 2025); about 4,000 (Western officials, August 2025)
    — conflicting; the latest is about 4,000 (Western officials, August 2025).

A place follows what is counted ("Northland — killed (people) in the capital"). A fact of
several assertions ends with the latest figure and who gives it: the assertion first stated
last (a figure restated later is not newer).

Subjects are written as the extractor canonicalised them ("North Korea"), not turned into
adjectives: a general rule that needs no gazetteer of demonyms. At most
:data:`MAX_LISTED` assertions are listed, newest kept, the rest counted ("and 3 more").
"""

from __future__ import annotations

import math

import datetime as dt

from ..model import UNKNOWN_OUTLET, Assertion, Fact
from .counted import plural

MAX_LISTED = 6
_SCALES = ((1e9, "billion"), (1e6, "million"))
_PHRASES = {
    "approx": "about {}",
    "more_than": "more than {}",
    "at_least": "at least {}",
    "less_than": "fewer than {}",
    "up_to": "up to {}",
}
_ENDINGS = {
    "conflicting": "conflicting",
    "evolving": "evolving",
    "consistent": "consistent",
    "revised": "revised",
    "single": "one assertion",
}


_FRACTIONS = {0.5: "half", 0.25: "a quarter", 0.75: "three quarters", 0.33: "a third", 0.67: "two thirds"}
_UNIT_WORDS = {"percent": "as a percentage", "fraction": "as a share"}


def number(value: float, unit: str | None = None) -> str:
    """A figure as a news writer prints it: 6,000; 9 million; 1.2 million; 40%; half."""
    if not math.isfinite(value):
        return f"{value:g}"  # never stored (newsclaims.figures); printed, not fatal, if met
    if unit == "percent":
        return f"{value:g}%"
    if unit == "fraction":
        return _FRACTIONS.get(round(value, 2), f"{value * 100:g}%")
    for size, word in _SCALES:
        if abs(value) >= size and (value / size) * 10 == int((value / size) * 10):
            return f"{value / size:g} {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def figure(assertion: Assertion, unit: str | None = None) -> str:
    """An assertion's figure in words: "more than 6,000", "25,000 to 30,000", "thousands"."""
    if assertion.qualifier == "vague" or assertion.value is None:
        if assertion.low is not None and assertion.high is not None and assertion.qualifier == "range":
            return f"{number(assertion.low, unit)} to {number(assertion.high, unit)}"
        return assertion.claims[0].claim.quantity.text.strip()
    if assertion.qualifier == "range" and assertion.low is not None and assertion.high is not None:
        return f"{number(assertion.low, unit)} to {number(assertion.high, unit)}"
    return _PHRASES.get(assertion.qualifier, "{}").format(number(assertion.value, unit))


def source_label(assertion: Assertion) -> str:
    """Who stands behind an assertion: its primary source, else the outlet that printed it."""
    return assertion.source or (assertion.outlets[0] if assertion.outlets else UNKNOWN_OUTLET)


def month(date: dt.date | None) -> str:
    return date.strftime("%B %Y") if date else "undated"


def cite(assertion: Assertion, unit: str | None = None) -> str:
    """"more than 6,000 (UK defence intelligence, 2025-07-01)" — a figure for a reason string."""
    when = assertion.as_of.isoformat() if assertion.as_of else "undated"
    return f"{figure(assertion, unit)} ({source_label(assertion)}, {when})"


def headline(fact: Fact) -> str:
    """What the fact is about: "North Korea — casualties (soldiers)"; modality when not reported."""
    what = fact.measure if not fact.counted else f"{fact.measure} ({plural(fact.counted)})"
    if fact.unit:
        what += " " + _UNIT_WORDS.get(fact.unit, f"in {fact.unit}")
    if fact.place:
        what += f" in {fact.place}"
    if fact.modality not in ("reported", "estimated"):
        what += f", {fact.modality}"
    return f"{fact.subject} — {what}" if fact.subject else what[:1].upper() + what[1:]


def item(assertion: Assertion, unit: str | None = None) -> str:
    outlets = len(assertion.outlets)
    more = f"; {outlets} outlets" if outlets > 1 else ""
    return f"{figure(assertion, unit)} ({source_label(assertion)}, {month(assertion.as_of)}{more})"


def summarise(fact: Fact) -> str:
    """The fact in one casualty-box sentence (module doc)."""
    listed = fact.assertions[-MAX_LISTED:]
    items = [item(a, fact.unit) for a in listed]
    if len(fact.assertions) > len(listed):
        items.append(f"and {len(fact.assertions) - len(listed)} more")
    return f"{headline(fact)}: {'; '.join(items)} — {_ENDINGS.get(fact.status, fact.status)}{_latest(fact)}."


def latest(fact: Fact) -> Assertion | None:
    """The assertion first stated last (the latest figure), None for an undated or single fact.

    Of figures of one date, one a body gives is later news than an outlet's own (a headline
    rounding it), and a precise one than a vague or open one.
    """
    dated = [a for a in fact.assertions if a.as_of]
    if len(fact.assertions) < 2 or not dated:
        return None
    return max(dated, key=lambda a: (a.as_of, a.source is not None,
                                     a.qualifier in ("exact", "approx", "range"), len(a.claims)))


def _latest(fact: Fact) -> str:
    newest = latest(fact)
    if newest is None:
        return ""
    return f"; the latest is {figure(newest, fact.unit)} ({source_label(newest)}, {month(newest.as_of)})"
