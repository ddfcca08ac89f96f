"""English noun number: the singular of a plural noun and the plural of a singular one.

Used by extraction (what a number counts, as a singular lemma) and by reconciling (class
labels printed in the plural). Singulars come from ``simplemma``, a maintained, dependency-free
lemma dictionary that loads in milliseconds; ``inflect``, the usual choice, takes seconds to
import (its run-time type checks), a cost every worker process would pay. Plurals are a short
rule with the irregular nouns news counts use, since simplemma only goes from forms to lemmas.
"""

from __future__ import annotations

import functools

import simplemma

# lemma dictionaries keep these as they are, or get them wrong for counts of people
_SINGULAR_EXCEPTIONS = {"people": "person", "lives": "life", "police": "police", "data": "data"}
_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women",
                      "life": "lives", "foot": "feet", "tooth": "teeth", "mouse": "mice", "police": "police"}
#: Words ending in "man" that are no compound of "man": their plural takes "s".
_NOT_MAN_COMPOUNDS = frozenset({"human", "german", "roman", "shaman", "talisman", "caiman", "ottoman", "norman",
                                "walkman", "dolman", "ataman"})
_INVARIANT_ENDINGS = ("ed", "personnel", "ammunition", "staff", "series", "sheep", "people")


@functools.lru_cache(maxsize=8192)
def singular(noun: str) -> str:
    """"troops" -> "troop", "casualties" -> "casualty", "people" -> "person", "crises" -> "crisis";
    the last word of a compound ("artillery shells" -> "artillery shell"). Lower-cased."""
    head, _, last = noun.lower().rpartition(" ")
    word = _SINGULAR_EXCEPTIONS.get(last) or simplemma.lemmatize(last, lang="en").lower()
    if word == last and last.endswith("ans"):
        word = last[:-1]  # peoples the lemmatiser does not know: "jordanians" -> "jordanian"
    return f"{head} {word}" if head else word


def plural(noun: str) -> str:
    """"soldier" -> "soldiers", "person" -> "people", "casualty" -> "casualties", "gunman" ->
    "gunmen"; participles used as nouns ("the displaced"), invariant nouns ("personnel") and nouns
    already plural ("gunmen") stay as they are."""
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    if singular(last) != last.lower():
        return noun  # already plural ("gunmen", "insurgents"): never pluralised twice
    if last.endswith("man") and len(last) > 4 and last.lower() not in _NOT_MAN_COMPOUNDS:
        return prefix + last[:-3] + "men"  # "gunman", "fisherman", "spokeswoman"
    if last in _IRREGULAR_PLURALS:
        return prefix + _IRREGULAR_PLURALS[last]
    if last.endswith(_INVARIANT_ENDINGS):
        return noun
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return prefix + last[:-1] + "ies"
    return prefix + last + ("es" if last.endswith(("s", "x", "ch", "sh")) else "s")
