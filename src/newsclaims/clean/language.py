"""Language check: newsclaims reads English; other languages are refused with their name.

lingua's detector is built once, lazily, restricted to the languages news most often comes in
(English and 19 others), in low-accuracy mode (trigram models only: loads in well under a
second instead of several, and is reliable on article-length text). Only the first
:data:`SAMPLE` characters are looked at. Text with fewer than :data:`MIN_LETTERS` letters is
too short to judge and passes. A text is refused when its most likely language is not English
with a confidence of at least :data:`MIN_CONFIDENCE`.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from ..errors import InputError

SAMPLE = 3000
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.5
LANGUAGES = (
    Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
    Language.ITALIAN, Language.DUTCH, Language.SWEDISH, Language.POLISH, Language.RUSSIAN,
    Language.UKRAINIAN, Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HINDI,
    Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.INDONESIAN, Language.VIETNAMESE,
)


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()


def detect(text: str) -> tuple[str, float] | None:
    """The most likely language of ``text`` ("English") and its confidence, or None when
    the text is too short to judge."""
    sample = text[:SAMPLE]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    best = _detector().compute_language_confidence_values(sample)[0]
    return best.language.name.title(), best.value


def require_english(text: str) -> None:
    """InputError when ``text`` is confidently in a language other than English."""
    found = detect(text)
    if found and found[0] != "English" and found[1] >= MIN_CONFIDENCE:
        raise InputError(f"not English (looks like {found[0]})")
