"""What an article is about, as sparse term vectors read from its cleaned text (no parser).

Story assignment runs in the main process before extraction, so it cannot use spaCy (loaded
only in the workers). Following Miranda et al. (EMNLP 2018), an article is described in several
*spaces*, each a bag of terms with sublinear term frequencies (1 + log tf):

- ``tokens``: lemmas (``simplemma``) of the lower-case words, stop words and numbers left out;
  the title's words count twice (a headline says what the story is);
- ``entities``: capitalised phrases ("Ayacucho", "National Seismology Institute") and the years
  written (``year:2023``): names and years are what tell two earthquakes, or two sinkings, apart;
  the title's names count too ("Lake Victoria ferry toll passes 200 as Magufuli orders arrests"
  may be the only line of a short report to name the lake), unless it is written in title case;
- ``places``: the countries those names stand for, through the gazetteer (:mod:`newsclaims.gazetteer`:
  a country, its demonym or capital, one of its provinces, or a city of GeoNames: "Koblenz" ->
  ``germany``);
- ``figures``: numbers of two or more significant digits ("7.1", "3,200"), which the outlets of
  one story repeat.

Stop words are spaCy's English list, read from its data file without importing spaCy (the main
process never loads it). Capitalised stop words and calendar words ("The", "Monday", "March")
open sentences and datelines and name nothing, so they are no entities.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from .. import gazetteer
from ..model import Article

SPACES = ("tokens", "entities", "places", "figures")
TITLE_WEIGHT = 2  # a title word counts as this many occurrences

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_NAME = r"[A-Z][A-Za-z'’.-]*[A-Za-z]"
_ENTITY = re.compile(rf"\b{_NAME}(?:[ \t]+(?:of|de|del|la|al|el|the)[ \t]+{_NAME}|[ \t]+{_NAME})*")
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mr mrs ms dr".split()
)


@dataclass(frozen=True)
class Features:
    """One article's term vectors per space, and its date when known."""

    vectors: dict[str, dict[str, float]]  # space -> term -> weight (1 + log tf)
    published: dt.date | None
    title: str | None


def features(article: Article, sure_date: bool = True) -> Features:
    """The article's vectors; ``published`` is kept only when ``sure_date`` (a trusted date)."""
    body = article.text
    title = article.title or body.split("\n", 1)[0]
    tokens = Counter(_lemmas(body))
    for lemma in _lemmas(title):
        tokens[lemma] += TITLE_WEIGHT - 1
    entities, places = _entities(_with_title(article.title, body))
    return Features(
        vectors={"tokens": _sublinear(tokens), "entities": _sublinear(entities), "places": _sublinear(places),
                 "figures": _sublinear(_figures(body))},
        published=article.published if sure_date else None,
        title=article.title,
    )


def _with_title(title: str | None, body: str) -> str:
    """The body with the title as its first line (a line of its own, read as a sentence opener),
    unless the body already opens with it."""
    if not title or body.lstrip().startswith(title.strip()):
        return body
    return f"{title.strip()}\n{body}"


def _sublinear(counts: Counter) -> dict[str, float]:
    return {term: 1.0 + math.log(count) for term, count in counts.items() if count > 0}


def _lemmas(text: str) -> list[str]:
    stop = stop_words()
    words = (w.lower().replace("’", "'") for w in _WORD.findall(text))
    return [_lemma(w) for w in words if len(w) > 2 and w not in stop and w not in _CALENDAR]


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    return simplemma.lemmatize(word, lang="en").lower()


def _entities(text: str) -> tuple[Counter, Counter]:
    """Capitalised phrases and the years the text writes; and the countries the phrases name.

    A phrase loses its leading stop and calendar words ("The Red Cross", "On Monday"). A single
    word opening a sentence ("Armed groups ...") counts only when the text also capitalises it
    mid-sentence or it names a country. A title-case headline line gives no names.
    """
    found: Counter = Counter()
    places: Counter = Counter()
    openers: list[str] = []
    inside: set[str] = set()
    headlines = _headlines(text)
    for match in _ENTITY.finditer(text):
        if any(start <= match.start() < end for start, end in headlines):
            continue
        phrase = _phrase(match.group())
        if not phrase:
            continue
        if " " not in phrase and _opens_sentence(text, match.start()):
            openers.append(phrase)
            continue
        inside.add(phrase.lower())
        found[phrase.lower()] += 1
        _place(places, gazetteer.country(phrase))  # countries, capitals, provinces and cities
    for phrase in openers:
        place = gazetteer.country(phrase, provinces=False)  # an opener may be a plain word: no provinces
        if phrase.lower() in inside or place:
            found[phrase.lower()] += 1
            _place(places, place)
    for number in _FIGURE.findall(text):
        if _YEAR.match(number):
            found[f"year:{number}"] += 1
    return found, places


def _phrase(text: str) -> str:
    stop = stop_words()
    words = text.replace("’", "'").split()
    while words and (words[0].lower() in stop or words[0].lower().rstrip(".") in _CALENDAR):
        words = words[1:]
    if words:
        words[-1] = re.sub(r"'s?$", "", words[-1])
    phrase = " ".join(words)  # case kept: the gazetteer reads "UK" but not "uk"
    return phrase if len(phrase) >= 3 else ""


def _place(places: Counter, country: str | None) -> None:
    if country:
        places[country.lower()] += 1


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n—–-|"


def _headlines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines written in title case (most words capitalised, no closing full stop)."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        words = [w for w in line.split() if w[0].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words) and not line.rstrip().endswith("."):
            spans.append(match.span())
    return spans


def _figures(text: str) -> Counter:
    """Numbers with two or more significant digits ("7.1", "120", "3,200"); years are entities."""
    found: Counter = Counter()
    for number in _FIGURE.findall(text):
        plain = number.replace(",", "")
        if _YEAR.match(plain) or len(plain.replace(".", "").strip("0")) < 2:
            continue
        found[f"#{plain}"] += 1
    return found


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its source file (importing spaCy takes seconds)."""
    import ast
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():
        return frozenset()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    words = set(max(texts, key=len, default="").split())  # the one long string literal is the list
    return frozenset(words | {w.replace("'", "’") for w in words})
