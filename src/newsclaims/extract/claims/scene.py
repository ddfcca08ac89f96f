"""Where the event happened: the country of the scene, which owns the counts of its people.

An outlet close to the victims names their country most ("Pakistan mourns its citizens lost in
the sinking"), yet the counts of the event itself — bodies recovered, survivors, people aboard, a
vessel's capacity — are the country where it happened, unless the sentence says its people are of
another country ("12 of them Pakistani", rule 1 of :mod:`.subjects`). The scene is read from
locative phrases attached to the event:

1. **An event word** — a verb of accident or disaster (:data:`EVENT_VERBS`: "sank", "capsized",
   "crashed", "collapsed", "derailed") or its noun (:data:`EVENT_NOUNS`: "the shipwreck",
   "the sinking", "the crash", "the blast") — with an "off", "in", "near" or "at" phrase;
2. **a place in that phrase**: a country or a name the gazetteer places in one ("off Greece",
   "in Ahmedabad"), also behind "the coast of" ("off the coast of Libya", "near the shores of
   Crete", "off the Libyan coast") or inside a common noun's own locative ("at a depot in
   Beirut") — a sea with no country ("in the Mediterranean") names none;
3. **the country named most often so**, when several phrases name one; none when no event word
   is placed (a text about a war, a strike, an election keeps its main actor).

The scene owns only the event's own counts (:func:`covers`): not money (prices and payments are
counted where they were paid), not arrests (made by a country's police wherever the event was),
and not a figure whose sentence is set elsewhere — it names a country other than the scene and
not the scene itself ("Pakistani police have arrested 10 people"), or opens on a place the
gazetteer cannot put in the scene's country ("In Bandli, a village of the hills of Kashmir, 24
young men are feared dead").

The datelines ("ISLAMABAD -") say where the outlet wrote from, not where the event was, and are
not read. :func:`country` is the fallback subject before the main actor
(:mod:`.assembly`, "Main actor").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ... import gazetteer

#: Verbs of an accident or disaster that happens somewhere (lemmas).
EVENT_VERBS = frozenset({"sink", "capsize", "crash", "founder", "overturn", "collapse", "derail", "explode",
                         "erupt", "drown", "wreck", "ground"})
#: Nouns of such an event.
EVENT_NOUNS = frozenset({"shipwreck", "sinking", "crash", "wreck", "capsizing", "collapse", "derailment",
                         "explosion", "blast", "stampede", "disaster", "tragedy", "accident"})
LOCATIVES = frozenset({"off", "in", "near", "at"})
#: Nouns of a shore or area whose "of" phrase names the place ("off the coast of Libya").
SHORES = frozenset({"coast", "shore", "shores", "coastline", "waters", "island", "port", "outskirts"})


def country(doc: Doc) -> str | None:
    """The country where the article's event happened (module doc), or None."""
    found = Counter(place for token in doc if _event_word(token)
                    for place in _places(token) if place)
    return found.most_common(1)[0][0] if found else None


#: Measures the scene never owns (module doc).
NOT_THE_SCENES = frozenset({"arrested"})


def covers(claim, sentence: Span, where: str) -> bool:
    """Does the scene ``where`` own this claim, read in ``sentence``, that names no subject?"""
    if claim.measure in NOT_THE_SCENES or claim.quantity.unit and len(claim.quantity.unit) == 3 \
            and claim.quantity.unit.isupper():  # an ISO 4217 currency code
        return False
    named = {gazetteer.country(e.text) for e in sentence.ents if e.label_ in ("GPE", "NORP", "LOC")} - {None}
    if named:
        return where in named
    first = sentence[0]
    return not (first.lower_ in LOCATIVES and any(
        c.dep_ == "pobj" and c.pos_ == "PROPN" for c in first.children))


def _event_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and lemma in EVENT_VERBS or token.pos_ == "NOUN" and lemma in EVENT_NOUNS


def _places(event: Token):
    for prep in event.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVES:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield _place(obj)


def _place(obj: Token) -> str | None:
    """The country a locative's object names: itself, or behind "the coast of"."""
    if obj.lemma_.lower() in SHORES:  # "off the coast of Libya", "off the Libyan coast"
        return next((_place(o) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None) or \
            next((gazetteer.country(c.text) for c in obj.children if c.dep_ in ("amod", "compound")
                  and (c.is_title or c.is_upper)), None)
    if not (obj.is_title or obj.is_upper):  # "at a depot in Beirut": the place the noun is in
        return next((_place(o) for p in obj.children if p.dep_ == "prep" and p.lower_ in LOCATIVES
                     for o in p.children if o.dep_ == "pobj"), None)
    start = obj.i
    while start > obj.left_edge.i and obj.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return gazetteer.country(obj.doc[start:obj.i + 1].text) or gazetteer.country(obj.text)
