"""Reading a number phrase as written: value, bounds, qualifier and unit (pure, no model).

:func:`read` interprets the text of one number phrase ("more than 6,000", "25,000 to 30,000",
"200+", "thousands", "nearly 40%", "over half") and returns a :class:`Reading`. Finding those
phrases in a parsed document is :mod:`newsclaims.extract.quantities`' job.

Rules
-----
- **Qualifiers** come from the words before the number (:data:`QUALIFIERS`) or after it
  ("200+", "200 or more"). A range ("25,000 to 30,000", "50-100", "between 50 and 100",
  "two or three") is qualifier ``range`` with both bounds and no point value.
- **Bounds**: ``exact`` -> low = high = value; ``more_than``/``at_least`` -> low = value;
  ``less_than``/``up_to`` -> high = value; ``approx`` states no bound.
- **Vague amounts** ("dozens", "hundreds of", "thousands", "tens of thousands", "several
  hundred") have no value and the bounds in :data:`VAGUE` — the smallest plural that reads
  naturally (two of the unit) up to just below the next order of magnitude, following
  ACLED's practice of coding "dozens" as a bounded range rather than a guessed figure.
- Number words are read with ``number-parser`` (a maintained library); digits with separators,
  decimals and scale words ("1.2 million") are read here because number-parser does not mix
  digits and words.
- "a dozen" is ``approx`` 12: a round figure, not a count.
- **A fraction of a scale word** is a count, not a fraction (round 9): "half a million" is
  500,000, "a quarter of a million" 250,000, "one and a half million" 1,500,000, "half a dozen" 6
  (:func:`_fraction_of_scale`).
- **Percentages** ("40%", "40 percent", "40 per cent") have unit ``percent``; **fractions**
  ("half", "a third", "two-thirds", "one in four", "nine out of ten", "one in every three") unit ``fraction`` with value in 0..1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from number_parser import parse_number

from ...figures import all_plausible

#: Words (and phrases) before a number, longest first when matching, and the qualifier each gives.
QUALIFIERS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "well over": "more_than", "just over": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "above": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "a maximum of": "up_to", "as high as": "up_to",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "just under": "less_than", "below": "less_than",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "nearly": "approx",
    "almost": "approx", "close to": "approx", "circa": "approx", "approx.": "approx",
    "an approximate": "approx", "more or less": "approx", "near": "approx",
}
#: Words scraping glues to the end of the word before them ("shellsroughly half"): qualifiers and
#: attribution words that start a new phrase. :data:`GLUED` splits such a word into (stem, word).
GLUE_WORDS = ("roughly", "approximately", "nearly", "around", "almost", "according", "including")
GLUED = re.compile(rf"^([a-z]{{5,}}?)({'|'.join(GLUE_WORDS)})$")
#: Scale words and their multipliers.
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "bn": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # South Asian scales ("2.5 lakh", "3 crore")
}
#: Vague amounts: (low, high) bounds. "tens of thousands" etc. are composed in :func:`_vague`.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2e6, 9.99e6), "billions": (2e9, 9.99e9),
}
#: "several hundred", "a few thousand": bounds as a multiple of the scale word.
FEW: dict[str, tuple[float, float]] = {
    "several": (3, 9), "a few": (2, 9), "a couple of": (2, 3), "a couple": (2, 3), "many": (2, 9),
}
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "third": 1 / 3, "a third": 1 / 3,
    "one third": 1 / 3, "two thirds": 2 / 3, "quarter": 1 / 4, "a quarter": 1 / 4,
    "one quarter": 1 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
    "two fifths": 2 / 5, "a tenth": 1 / 10, "one tenth": 1 / 10, "a majority": None,
}
UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
         "eighty ninety").split()
#: Words a spelled-out number is made of.
NUMBER_WORDS: frozenset[str] = frozenset([*UNITS, *SCALES, "and", "dozen"])
_PERCENT = re.compile(r"\s*(%|percent|per cent|pct)$")
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_RANGE = re.compile(r"^(?:between\s+)?(?P<a>.+?)\s*(?:\bto\b|\band\b|\bor\b|-|–|—)\s*(?P<b>.+)$")


@dataclass(frozen=True)
class Reading:
    """What a number phrase says, before it is placed in a document."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None


def number(text: str) -> float | None:
    """The value of a bare number: "14,000", "1.2 million", "twenty-five thousand", "a dozen"."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if _DIGITS.match(words[0]):
        scale = 1.0
        for word in words[1:]:
            if word not in SCALES:
                return None
            scale *= SCALES[word]
        return float(words[0].replace(",", "")) * scale
    scaled = _fraction_of_scale(words)
    if scaled is not None:
        return scaled
    if words[0] in ("a", "an", "one") and len(words) > 1:
        words = ["one", *words[1:]]
    if words[-1] in ("dozen", "dozens") and len(words) <= 2:
        head = number(" ".join(words[:-1])) if len(words) == 2 else 1.0
        return None if head is None else head * 12
    if not all(word in NUMBER_WORDS for word in words):
        return None
    value = parse_number(" ".join(words), language="en")
    return float(value) if value is not None else None


#: Scale words a fraction may be taken of ("half a million", "half a dozen").
_FRACTION_SCALES: dict[str, float] = {**SCALES, "dozen": 12}


def _fraction_of_scale(words: list[str]) -> float | None:
    """A fraction of a scale word, or a number and a half of one: "half a million" (500,000),
    "a quarter of a million", "three quarters of a billion", "one and a half million",
    "two and a half thousand"; None for anything else."""
    if len(words) < 3 or words[-1] not in _FRACTION_SCALES:
        return None
    scale, head = _FRACTION_SCALES[words[-1]], words[:-1]
    if head[-3:] == ["and", "a", "half"] and len(head) > 3:
        whole = number(" ".join(head[:-3]))
        return None if whole is None else (whole + 0.5) * scale
    if head[-1] not in ("a", "an"):
        return None
    key = " ".join(head[:-1]).removesuffix(" of")
    share = FRACTIONS.get(key) or FRACTIONS.get(key.removesuffix("s")) or FRACTIONS.get(key + "s")
    return share * scale if share else None


def read(text: str) -> Reading | None:
    """Interpret one number phrase; None when it is not a number phrase at all."""
    body = " ".join(text.lower().replace("\u2013", "-").split())
    qualifier, body = _qualifier(body)
    unit = None
    if _PERCENT.search(body):
        unit, body = "percent", _PERCENT.sub("", body)
    if body.endswith(" times"):
        unit, body = "times", body.removesuffix(" times")
    body, suffix = _suffix(body)
    qualifier = suffix or qualifier
    if body in ("a dozen", "dozen") and qualifier == "exact":
        qualifier = "approx"  # "a dozen" is a round figure, not a count
    reading = _vague(body) or _fraction(body, qualifier) or _point(body, qualifier) or _range(body)
    if reading is None or not all_plausible((reading.value, reading.low, reading.high)):
        return None  # not a number phrase, or a figure beyond any count (newsclaims.figures)
    return reading if unit is None or reading.unit else Reading(**{**reading.__dict__, "unit": unit})


def _qualifier(body: str) -> tuple[str, str]:
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        if body.startswith(phrase + " "):
            return QUALIFIERS[phrase], body[len(phrase) + 1:]
    return "exact", body


def _suffix(body: str) -> tuple[str, str | None]:
    if body.endswith("+"):
        return body[:-1].strip(), "more_than"
    for tail, qualifier in ((" or more", "at_least"), (" plus", "more_than"), (" or fewer", "up_to"),
                            (" or less", "up_to"), (" more", None)):
        if body.endswith(tail):
            return body[: -len(tail)].strip(), qualifier
    return body, None


def _point(body: str, qualifier: str) -> Reading | None:
    value = number(body)
    if value is None:
        return None
    low = value if qualifier in ("exact", "more_than", "at_least") else None
    high = value if qualifier in ("exact", "less_than", "up_to") else None
    return Reading(value, low, high, qualifier)


def _range(body: str) -> Reading | None:
    match = _RANGE.match(body)
    if not match or (" and " in body and not body.startswith("between ")):
        return None
    low, high = number(match["a"]), number(match["b"])
    if low is None or high is None:
        return None
    scales = [SCALES[w] for w in match["b"].split()[1:] if w in SCALES]
    if scales and len(match["a"].split()) == 1 and low * scales[-1] < high:
        low *= scales[-1]  # "25 to 30 million" -> 25 million to 30 million
    return Reading(None, low, high, "range") if low < high else None


def _vague(body: str) -> Reading | None:
    words = body.removesuffix(" of").split()
    if not words:
        return None
    if words[0] in ("tens", "hundreds") and len(words) == 3 and words[1] == "of" and words[2] in VAGUE:
        base = VAGUE[words[2]][0] / 2
        factor = 10 if words[0] == "tens" else 100
        return Reading(None, base * factor * 2, base * factor * 10 - 1, "vague")
    if len(words) == 1 and words[0] in VAGUE:
        return Reading(None, *VAGUE[words[0]], "vague")
    for few, (lo, hi) in FEW.items():
        rest = body.removeprefix(few + " ")
        if rest != body and rest in SCALES:
            return Reading(None, lo * SCALES[rest], (hi + 1) * SCALES[rest] - 1, "vague")
    return None


_PROPORTION = re.compile(r"^(?P<a>\S+) (?:in|out of)(?: every)? (?P<b>\S+)$")


def _fraction(body: str, qualifier: str) -> Reading | None:
    proportion = _PROPORTION.match(body)
    if proportion:  # "one in four", "nine out of ten"
        a, b = number(proportion["a"]), number(proportion["b"])
        if a is not None and b and a < b:
            point = _point(str(a / b), qualifier)
            return Reading(point.value, point.low, point.high, point.qualifier, "fraction")
    key = body.replace("-", " ").removesuffix(" of").removesuffix("s") if body else body
    for name in (key, key + "s"):
        if name in FRACTIONS and FRACTIONS[name] is not None:
            point = _point(str(FRACTIONS[name]), qualifier)
            return Reading(point.value, point.low, point.high, point.qualifier, "fraction")
    return None
