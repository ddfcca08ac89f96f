"""Which figures are numbers at all: finite and within any plausible count.

"1" followed by 400 zeros reads as infinity; a figure over :data:`MAX_FIGURE` (a thousand
trillion: more than any count, sum of money or distance news reports) is not a claim. The
extractor drops such readings, the store neither writes nor returns them, and migration 0004
deletes those stored before.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

MAX_FIGURE = 1e15


def plausible(value: float | None) -> bool:
    """True for None (no figure) and for a finite number no larger than MAX_FIGURE either way."""
    if value is None:
        return True
    try:
        return math.isfinite(value) and abs(value) <= MAX_FIGURE
    except (TypeError, OverflowError):  # an int too large for a float
        return False


def all_plausible(values: Iterable[float | None]) -> bool:
    return all(plausible(value) for value in values)
