"""The place a figure is for: the part of its subject it counts, or None for the whole.

"Police counted 200,000 marchers nationwide, 80,000 of them in the capital": the second figure
is the capital's. A figure has a place when an "in" phrase names one and

1. **attaches to the figure**: to the number itself ("80,000 of them in the capital", "including
   310 in the northern province"), to its counted noun, or to the verb whose subject or object
   the figure is ("9 people died in the port city", "counted 119,000 marchers in Paris");
   not to a participle modifying the noun ("troops stationed in ..." says where, not whose);
2. **names a part of a country**: a name the gazetteer places in a country ("Paris", "Sindh")
   but that is not the country itself, or a noun of :data:`PARTS` ("the capital", "his
   district", "the northern province of ...", "the port city"); "the country", "the region's
   areas" and "nationwide" name the whole or nothing;
3. **is the subject's**: a name placed in another country than the subject's is elsewhere, not
   a part ("12,000 troops in Russia's Kursk region" for North Korea's troops), as is a part word
   qualified by another country ("the Russian capital"). A name the gazetteer cannot place
   ("Kursk") is never taken for a part: it may as well be where the subject went. A country's
   adjective names no place ("in Chinese goods"), and a plural or counted noun ("in 21 cities",
   "in the provinces") names many places, not one part.

The place is written as the text names it: a placed name when the phrase holds one ("the
northern province of Sindh" -> "Sindh"), else the phrase without its trailing words ("the
capital", "his district").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...model import Claim
from ... import gazetteer
from ..spans import entity_at

#: Nouns naming a part of a country.
PARTS = frozenset({
    "capital", "city", "town", "village", "province", "region", "district", "state", "county",
    "prefecture", "municipality", "island", "port", "suburb", "neighbourhood", "neighborhood",
    "borough", "governorate", "department", "canton", "commune", "township", "valley",
})
PREPOSITIONS = frozenset({"in", "inside", "within"})
_NOT_PARTS_VERBS = frozenset({"acl", "relcl", "advcl"})


def assign(doc: Doc, claims: Sequence[Claim]) -> list[Claim]:
    """The claims with their place set (module doc); claims that have one keep it."""
    return [claim if claim.place else replace(claim, place=place(doc, claim)) for claim in claims]


def place(doc: Doc, claim: Claim) -> str | None:
    """The part of the subject ``claim``'s figure is for, or None (module doc)."""
    span = doc.char_span(claim.quantity.start, claim.quantity.end, alignment_mode="expand")
    if span is None:
        return None
    for phrase in _in_phrases(span.root):
        found = _part(phrase, claim.subject)
        if found is not None:
            return found or None
    return None


def _in_phrases(number: Token) -> list[Token]:
    """Objects of the "in" phrases attached to the number, its noun or its verb (rule 1)."""
    holders = [number]
    noun = number.head if number.dep_ in ("nummod", "quantmod") else None
    if noun is not None:
        holders.append(noun)
    argument = noun if noun is not None else number
    verb = argument.head
    if argument.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and verb.pos_ in ("VERB", "AUX") \
            and verb.dep_ not in _NOT_PARTS_VERBS and verb != argument:
        holders.append(verb)
    return [obj for holder in holders for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in PREPOSITIONS
            for obj in prep.children if obj.dep_ == "pobj"]


def _part(obj: Token, subject: str | None) -> str | None:
    """The place ``obj`` names ("" when it names the whole or elsewhere; None when no place)."""
    home = gazetteer.country(subject) if subject else None
    own = _own_words(obj)
    qualifiers = [t for t in own if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP")]
    if any(home and (country := gazetteer.country(t.text)) and country != home for t in qualifiers):
        return ""  # another country's place, or a part qualified by another country (rule 3)
    if any(c.dep_ == "nummod" for c in obj.children) or obj.tag_ in ("NNS", "NNPS"):
        return None  # "in 21 cities", "in the provinces": many places, not one part
    named = [t for t in qualifiers if t.dep_ not in ("amod", "poss") and t.ent_type_ != "NORP"]
    for token in named:
        name = _name(token)
        country = gazetteer.country(name) or gazetteer.country(token.text)
        if country and gazetteer.normalise(name) != gazetteer.normalise(country):
            return name  # a placed name, not the country itself
        if country:
            return ""  # the country itself: the whole
    if obj.lemma_.lower() in PARTS:
        return _phrase(obj)
    return None


def _own_words(obj: Token) -> list[Token]:
    """The words naming the place itself: the noun, its modifiers and an "of" name ("the province
    of Sindh"), not a phrase hanging off it ("the fire near Lisbon" names a fire, not Lisbon)."""
    words = [obj, *(c for c in obj.children if c.dep_ in _OWN)]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            names = [c for c in prep.children if c.dep_ == "pobj"]
            words += [t for c in names for t in (c, *c.children) if t.dep_ in _OWN | {"pobj"}]
    return words


_OWN = frozenset({"compound", "poss", "amod", "appos", "nmod"})


def _name(token: Token) -> str:
    """The whole name a token is part of ("Buenos Aires")."""
    entity = entity_at(token)
    return entity.text.removeprefix("the ").strip() if entity is not None else token.text


def _phrase(obj: Token) -> str:
    """The part's words as written, up to the noun ("the northern province"; "his district")."""
    first = min(t.i for t in obj.subtree if t.i <= obj.i)
    return obj.doc[first:obj.i + 1].text
