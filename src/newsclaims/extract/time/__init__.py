"""Time expressions (TIMEX3): recognise them in a parsed doc, normalise them against the
article's date, resolve relative and anaphoric ones, and tell their tense.

- :mod:`.recognise`: spans of a doc that are time expressions, with their normal form;
- :mod:`.normalise`: one phrase -> TIMEX3 value, granularity and mod;
- :mod:`.calendar` and :mod:`.relative`: calendar arithmetic and relative expressions;
- :mod:`.tense`: whether a sentence speaks of the past, present or future.
"""

from __future__ import annotations

from .normalise import normalise, normalise_full
from .recognise import extract

__all__ = ["extract", "normalise", "normalise_full"]
