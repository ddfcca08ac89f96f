"""The interval of values a figure allows, from its qualifier.

=========================  ======================================================
qualifier                  interval
=========================  ======================================================
``more_than`` "over 6,000" [6000, inf)  (bound kept closed: "over 6,000" is not refuted by 6,000)
``at_least``               [x, inf)
``less_than``, ``up_to``   [0, x]
``approx`` "about 4,700"   x +/- :data:`APPROX_TOLERANCE` (10 %): [4230, 5170]
``exact`` "12,000"         x +/- half its rounding unit, at most :data:`ROUNDING_CAP` (5 %):
                           "12,000" is [11500, 12500], "600" [570, 630], "37" [37, 37]
``range`` "25,000 to 30,000"  [low, high]
``vague`` "thousands"      [low, high * 2] from the extractor's bounds: [2000, 19998]
=========================  ======================================================

A figure with no value and no bounds allows anything: [0, inf).

Why these tolerances: news figures are rounded. "About", "around" and "some" hedge a figure
by roughly a tenth either way; a bare round figure ("12,000 troops") claims only its
rounding ("between 11,500 and 12,500"), capped at 5 % so that "10 million" does not stretch
to 5-15 million. Vague amounts are used loosely into the next order of magnitude ("thousands
of troops" of a 15,000-strong force), so their upper bound is stretched by
:data:`VAGUE_STRETCH` (2): "dozens" still disagrees with 500, "thousands" no longer with 15,000.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from ..model import Quantity

APPROX_TOLERANCE = 0.10
ROUNDING_CAP = 0.05
VAGUE_STRETCH = 2.0
INF = math.inf


class Interval(NamedTuple):
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def below(self, other: Interval) -> bool:
        """Whether every value of this interval is lower than every value of ``other``."""
        return self.high < other.low


def interval(qualifier: str, value: float | None, low: float | None, high: float | None) -> Interval:
    """The interval a figure allows (see the module table)."""
    if value is None or qualifier == "vague":
        stretch = VAGUE_STRETCH if qualifier == "vague" else 1.0
        return Interval(low if low is not None else 0.0, high * stretch if high is not None else INF)
    if qualifier in ("more_than", "at_least"):
        return Interval(value, INF)
    if qualifier in ("less_than", "up_to"):
        return Interval(0.0, value)
    if qualifier == "approx":
        spread = abs(value) * APPROX_TOLERANCE
        return Interval(value - spread, value + spread)
    if qualifier == "range":
        return Interval(low if low is not None else value, high if high is not None else value)
    spread = rounding(value)
    return Interval(value - spread, value + spread)


def of_quantity(quantity: Quantity) -> Interval:
    return interval(quantity.qualifier, quantity.value, quantity.low, quantity.high)


def rounding(value: float) -> float:
    """Half the rounding unit of a whole figure (12,000 -> 500), capped at 5 % of it."""
    if value != int(value) or value == 0:
        return 0.0
    number, unit = int(abs(value)), 1
    while number % 10 == 0:
        number //= 10
        unit *= 10
    return min(unit / 2, abs(value) * ROUNDING_CAP) if unit > 1 else 0.0


def point(value: float | None, low: float | None, high: float | None) -> float | None:
    """The single figure a claim states: its value, else its stated lower bound, else its upper."""
    if value is not None:
        return value
    return low if low is not None else high
