"""What a number counts, normalised so that restatements of one count meet.

Rules, in order (:func:`normalise`):

1. Lower-case the noun phrase and keep the part that names the counted thing: in
   "X of Y" the head is X ("soldiers of the brigade"), unless X is a partitive or
   collective word ("number of", "contingent of", "shipment of"), where it is Y.
2. Look the last two words up in :data:`CLASSES` ("service member", "artillery shell"),
   then the head noun (the last word: English noun compounds are head-final, so
   "artillery shells" and "shells" share the head *shell*, "ballistic missiles" has *missile*).
3. Otherwise take the head noun's singular (:func:`newsclaims.nouns.singular`; spaCy's
   lemmatiser would need the model loaded here) and look it up again.
   The extractor already gives lemmas; this makes hand-made and older records meet too.
4. Nouns that name the measure itself rather than who or what is counted ("deaths",
   "casualties", "fatalities", "victims", "injuries") normalise to ``None``: they say *how*
   people were counted, not *which* people. So do partitive and collective heads standing
   alone ("4,000 of the first contingent", "the total"): they count members of a group
   named elsewhere. :mod:`newsclaims.reconcile.facts` lets such claims join the one specific
   group of the same subject and measure, when there is one.
5. Anything else stays its own head lemma, so "laborers" (class *worker*) and "engineers"
   (*engineer*) stay apart, as do "shells" and "missiles" — except a head too vague to name a
   thing alone (:data:`VAGUE_HEADS`: "piece", "system", "vehicle"), which keeps the word before it
   ("artillery piece", "air-defence system"), so a fact never reads "supplied (pieces)".

:data:`CLASSES` is a table of *general* classes (armed personnel, people, workers,
munitions, dwellings ...), not of one story's words; extend it with care, and only with
words that a reader would accept as the same count in any story.
"""

from __future__ import annotations

import functools
import re

from .. import nouns

# class label (singular) -> words that count the same kind of thing (singular or invariant plural)
_CLASS_WORDS: dict[str, tuple[str, ...]] = {
    # armed personnel, state or not: "troops", "soldiers" and "forces" are one count
    "soldier": (
        "soldier", "troop", "troops", "force", "forces", "serviceman", "servicemen", "servicewoman",
        "service member", "servicemember", "personnel", "military personnel", "trooper",
        "infantryman", "infantrymen", "marine", "paratrooper", "conscript", "recruit", "reservist",
        "fighter", "combatant", "militant", "mercenary", "guardsman",
    ),
    # people in general: who is counted is a person, not a role
    "person": (
        "person", "people", "persons", "civilian", "resident", "inhabitant", "individual", "citizen",
        "villager", "local", "protester", "protestor", "demonstrator", "marcher", "participant",
        "attendee", "rallygoer", "evacuee", "refugee", "migrant", "passenger",
    ),
    "child": ("child", "children", "kid", "minor"),
    "worker": ("worker", "laborer", "labourer", "workman", "workmen", "labor", "labour"),
    "police officer": ("police officer", "policeman", "policemen", "police", "cop"),
    # artillery ammunition: "artillery shells", "shells", "rounds", "munitions" are one count
    "shell": (
        "shell", "artillery shell", "round", "artillery round", "munition", "munitions",
        "ammunition", "projectile",
    ),
    "missile": ("missile",),
    "rocket": ("rocket",),
    "drone": ("drone", "uav", "aerial vehicle"),
    "weapon": ("weapon", "arms", "firearm", "gun"),
    "home": ("home", "house", "dwelling", "residence", "household"),
}

# nouns that name the measure itself; claims counting them say nothing about who was counted
GENERIC: frozenset[str] = frozenset({
    "casualty", "casualties", "death", "fatality", "dead", "loss", "injury", "injured", "wounded",
    "victim", "toll", "death toll", "life", "lives", "body", "bodies", "arrest", "case",
})

# partitive and collective heads: in "a contingent of troops" the count is of the troops
PARTITIVES: frozenset[str] = frozenset({
    "number", "total", "group", "batch", "wave", "contingent", "unit", "shipment", "consignment",
    "delivery", "tally", "count", "toll", "estimate", "figure", "some", "many", "more", "most",
})

# heads that name no thing without their modifier: "200 artillery pieces", "one air-defence system"
VAGUE_HEADS: frozenset[str] = frozenset({
    "piece", "system", "vehicle", "item", "set", "kit", "device", "launcher", "platform", "type",
})

CLASSES: dict[str, str] = {word: label for label, words in _CLASS_WORDS.items() for word in words}

_WORD = re.compile(r"[a-z][a-z'\-]*")


def normalise(counted: str | None) -> str | None:
    """The class label of what ``counted`` counts; ``None`` when it names no one (see module doc)."""
    words = _head_phrase(counted)
    if not words:
        return None
    head = lemma(words[-1])
    for candidate in (" ".join(words[-2:]), " ".join([*words[-2:-1], head]), words[-1], head):
        if candidate in GENERIC:
            return None
        if candidate in CLASSES:
            return CLASSES[candidate]
    if head in VAGUE_HEADS and len(words) > 1:
        return f"{words[-2]} {head}"
    return None if head in PARTITIVES else head


def plural(label: str) -> str:
    """The plural of a class label, for display ("soldier" -> "soldiers", "person" -> "people")."""
    return nouns.plural(label)


@functools.lru_cache(maxsize=4096)
def lemma(noun: str) -> str:
    """The singular of an English noun ("troops" -> "troop", "casualties" -> "casualty").

    Participles used as nouns ("displaced", "wounded") stay as they are.
    """
    if noun in CLASSES or noun in GENERIC or noun.endswith(("ed", "ing")):
        return noun
    return nouns.singular(noun)


def _head_phrase(counted: str | None) -> list[str]:
    """The words of the phrase naming the counted thing (rule 1 of the module doc)."""
    if not counted:
        return []
    text = counted.lower().replace("’", "'")
    before, sep, after = text.partition(" of ")
    words = _WORD.findall(before)
    if sep and (not words or words[-1] in PARTITIVES or lemma(words[-1]) in PARTITIVES):
        words = _WORD.findall(after)
    return [w.removesuffix("'s").removesuffix("'") for w in words]
