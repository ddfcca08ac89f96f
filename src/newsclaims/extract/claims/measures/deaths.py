"""Deaths and the missing beyond the walk: remains, wounds that kill, relatives lost, the gone; the
buried, the found alive and the rescued; missing-person reports and registers.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

Round 9 (issue 14):

- *Remains handed back* (:func:`_remains_of`): people counted as "the remains of 19 hostages" or "the
  bodies of 30 soldiers", and a part of bodies in apposition ("returned 150 bodies, 15 of them on
  Sunday"), are ``killed``, not the captives or soldiers their noun names.
- *Missing-person reports*: reports whose own modifiers say "missing" ("14 missing-person reports")
  are ``missing``.

Round 14 (issue 14):

17. *Odds and ends*: "lose" counts no lives for what is no people ("lost 15 gigawatts", "60% of demand");
   smoke inhalation is a wound; vehicles stranded are ``other``; people who "left their homes" and
   families to be resettled are ``displaced``; a bare count "identified" after the dead in its sentence is
   ``killed`` (:func:`_identified_dead`); a ccomp with its own subject is no complement of the next
   figure's verb ("Nine were still missing, 18 had serious injuries": ``wounded``).

Round 28 (issue 14):

119. *Bodies handed to kin* (:func:`_handed_to_kin`): a bare count handed over, returned or released "to" relatives or
   families, in a sentence that spoke of bodies or the dead before it, counts the dead (``killed``).

Round 14 also (lexicon, words news of any kind uses; the words themselves are in :mod:`.measure_words`):

3. *Fatal beyond the verb*: a wound dealt "to death" or "dead" ("stabbed to death", "shot dead") kills,
   as one dealt "fatally".

Round 15 (issue 14; the wording between a figure and its count in other places, :mod:`.assembly` for the
figures that lean on others):

22. *Rescued alive* (:func:`_found_alive`): people found, pulled or brought out "alive" are missing no
   more, whatever trapped them ("Ten miners who had been trapped ... were brought out alive": ``other``);
   not "buried alive" or "burned alive".
23. *Buried under rubble* (:func:`_buried_under`): people buried under or in rubble, debris or mud (also
   "are believed to be buried under ...") are ``missing``, as people "under the rubble" are; buried in a
   cemetery, or by relatives, they stay ``killed``.

Round 16 (issue 14; a refugee flight, a building collapse and a court case):

28. *The missing through reports and registers*: people who "report relatives missing" (:func:`_reported_missing`)
   count the missing, and names or entries written into, or by which grows, a register or list of people in a
   state (:func:`_register_state`: "19 names into a register of missing persons", "The register of the missing
   has grown from 19 names") take that state; people "under the concrete" are under rubble (:data:`RUBBLE`).

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

33. *Animals killed*: fish, minnows, hens and other animals (:data:`ANIMALS`) killed are ``killed`` (harm verbs
   count no other things); the species they belong to are things ("3,500 fish of 12 species": ``other``).
37. *Shot dead around the object* (:func:`_shot_dead`): "officers had shot at least two young men dead", "dead" hung
   as a clause of the verb of violence, kills the object.

Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season):

41. *Relatives lost* (:func:`_lost_kin`, :data:`_KIN`): relatives a person "lost" ("had lost close to 20 members of
   his family", "among them three nephews") are ``killed``, even where the parser hangs the figure on "close to".

Round 19 (issue 14; an earthquake, a software outage and a missile strike):

54. *Gone* (:func:`_gone`): people who "are gone" (a state, not "have gone") are dead, ``killed``, outside an article
   about people fleeing or moving.

Round 22 (issue 14; an epidemic's doses, a smog season, returns, a tanker blast and a concert-hall attack):

87. *Cases that were fatal* (:func:`_fatal_cases`): a bare figure or "N of them" followed by "fatal" (with "were" or an
   adverb between allowed) in a sentence that counts cases, patients or infections (:data:`ILLNESS`: "26 cases had been
   confirmed, eight of them fatal") counts deaths, ``killed``, also where the part of the cases read ``affected``; crashes or accidents that were fatal are no people
   (the sentence has no word of illness) and stay ``other``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...spans import words
from ..counted import predicate_chain
from ..measure_words import (
    ABDUCTION_CUES, ADJECTIVES, CAPTIVITY_CUES, CIVILIANS, CONTAINERS, DENIALS, FATAL_WORDS, FLIGHT_CUES, LIGHT,
    ILLNESS, MIGRATION_CUES, RUBBLE,
)
from .common import BELIEVING, _first_verb, _listed_state, _verb_above


#: What is lost that is no life (round 13): "lost 87 votes", "lost 9.3 percentage points", "lost 12 seats".
#: Things that go missing (round 13): "ballots had gone missing" counts no missing people.
MISSING_THINGS = frozenset({"ballot", "document", "file", "item", "parcel", "package", "box", "bag"})

_BODIES = frozenset({"remains", "remain", "body", "bodies", "corpse"})


def _remains_of(token: Token) -> bool:
    """Remains handed back: the figure's noun is the object of "of" under "remains" or "bodies"
    ("the remains of 19 hostages"), or the figure, with "of them", stands in apposition to bodies
    ("returned 150 bodies, 15 of them on Sunday")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _BODIES:
        return True
    if token.dep_ == "nummod" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
        return token.head.head.head.lower_ in _BODIES  # "the remains of 19 hostages" (number on noun)
    return token.dep_ == "appos" and token.head.lemma_.lower() in ("body", "corpse") and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _fatal(token: Token) -> bool:
    """Rule 4's exception: a wound "fatally" or "mortally" dealt kills ("was fatally injured",
    "mortally wounded"): the wounding verb on the figure's path or in its own relative clause;
    unless a denial (:data:`DENIALS`) goes with it ("56 were hurt, none of them fatally", "not fatally")."""
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    verbs += [c for c in token.children if c.dep_ in ("relcl", "acl")]
    if any(c.lower_ in FATAL_WORDS and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp") or
           c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "death" for o in c.children)
           for v in verbs[:1] for c in v.children):
        return True  # round 14: "stabbed to death", "shot dead"
    return any(c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") and
               not any(d.lower_ in DENIALS for d in (*v.children, *c.children))
               for v in verbs for c in v.children)  # "hurt, none of them fatally": no death


#: Verbs by which people are reported missing (rule 28): "49 families report relatives missing".
_REPORTING = frozenset({"report", "declare", "list", "register"})

#: Registers of people (rule 28): "a register of missing persons", "the register of the missing".
_REGISTERS = CONTAINERS | frozenset({"register", "roll", "database", "record", "registry"})

#: What a register counts (rule 28): "19 names", "40 entries".
_NAMES = frozenset({"name", "entry"})

_RESCUING = frozenset({"rescue", "save"})


def _rescued(token: Token) -> bool:
    """Rule 30 (round 16): people rescued or saved (a participle on their noun, "four people rescued", or the
    passive verb of their clause, "12 were rescued") are counted apart from the dead and the missing:
    ``other``, as people brought out alive are (rule 22); in an article about captives, rule 4c reads them
    as freed captives first."""
    if words(token.doc) & (CAPTIVITY_CUES | ABDUCTION_CUES):
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in _RESCUING and c.tag_ == "VBN" for c in token.children):
        return True
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _RESCUING


def _reported_missing(token: Token) -> bool:
    """Rule 28 (round 16): people who report others missing ("49 families report relatives missing", "49
    people had reported relatives missing") count the missing, as reports of missing persons do: the subject
    of a verb of reporting whose object carries "missing"."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _REPORTING:
        return False
    return any(c.dep_ in ("dobj", "oprd", "xcomp", "ccomp") and any(t.lower_ == "missing" for t in c.subtree)
               for c in token.head.children)


def _register_state(token: Token) -> str | None:
    """Rule 28 (round 16): names or entries written into a register of people in a state ("19 names into a
    register of missing persons") or by which that register grows ("The register of the missing has grown
    from 19 names"): the register's state."""
    verb = _verb_above(token)
    if verb is None:
        return None
    candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates += [o for p in (*verb.children, *token.children) if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for register in (c for c in candidates if c.lemma_.lower() in _REGISTERS):
        state = _listed_state(register)
        if state is None:
            state = next((ADJECTIVES[a.lower_] for p in register.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children for a in o.children if a.dep_ in ("amod", "compound")
                          and a.lower_ in ADJECTIVES), None)  # "of missing persons"
        if state is not None:
            return state
    return None


#: Vehicles: stranded or stuck, they are no people in need (round 14).
VEHICLES = frozenset({"train", "bus", "car", "vehicle", "truck", "lorry", "plane", "aircraft", "flight", "ship",
                      "ferry", "boat", "vessel", "coach", "tram"})

#: Words for the dead a bare count identified may be part of.
_THE_DEAD = frozenset({"dead", "bodies", "victims", "remains", "corpses"})


#: Round 28, rule 119: verbs by which bodies go back to their kin ("96 had been handed over to relatives").
_HANDING_BACK = frozenset({"hand", "return", "release", "give", "handover", "deliver"})
#: The kin bodies are handed to.
_KIN_WORDS = frozenset({"relative", "family", "kin", "relation", "next-of-kin", "loved"})


def _handed_to_kin(anchor: Token) -> bool:
    """Round 28, rule 119: a bare count that is the subject of a verb of handing back "to" relatives or families ("and
    that 96 had been returned to their families", "119 had been handed over to relatives") in a sentence that spoke
    of bodies or the dead before it counts dead people; "300 people were returned to their families" (no dead before)
    is left alone."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = anchor.head
    if verb.lemma_.lower() not in _HANDING_BACK:
        return False
    to = next((t for t in verb.subtree if t.dep_ in ("prep", "dative") and t.lower_ == "to" and t.i > verb.i), None)
    if to is None or not any(o.lemma_.lower() in _KIN_WORDS for o in to.children if o.dep_ == "pobj"):
        return False
    return any(t.lower_ in _THE_DEAD for t in anchor.doc[anchor.sent.start:anchor.i])


def _identified_dead(anchor: Token) -> bool:
    """Round 14, rule 17: a bare count that is the subject of a verb of identifying ("only about a
    dozen had been identified") in a sentence that spoke of the dead before it counts dead people."""
    verb = anchor.head
    while verb.dep_ in ("nummod", "quantmod", "advmod") and verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") and verb.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = verb.head if verb.dep_ in ("nsubj", "nsubjpass") else anchor.head
    return verb.lemma_.lower() == "identify" and any(
        t.lower_ in _THE_DEAD for t in anchor.doc[anchor.sent.start:anchor.i])


#: Verbs whose "alive" says no rescue: "buried alive", "burned alive" are deaths.
_ALIVE_DEATHS = frozenset({"bury", "burn", "burnt", "skin", "boil"})


def _found_alive(token: Token) -> bool:
    """Round 15, rule 22: people found, brought out, pulled out or rescued "alive" are missing no more,
    whatever trapped them before ("Ten miners who had been trapped near their pits were brought out
    alive", "Nine hikers reported missing were found alive"): the first verb over the figure has
    "alive" among its words (not "buried alive", "burned alive")."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl"), None)
    if verb is None or verb.lemma_.lower() in _ALIVE_DEATHS:
        return False
    return any(c.lower_ == "alive" for c in verb.children) or \
        any(c.lower_ == "alive" for c in verb.subtree if c.i > verb.i and c.head.i == verb.i)


def _buried_under(token: Token) -> bool:
    """Round 15, rule 23: people "buried under" or "beneath" rubble, debris or mud (:data:`RUBBLE`) are
    still being looked for, ``missing``, as people "under the rubble" are; buried in a grave or a cemetery
    they are dead. The first verb over the figure (through a verb of belief: "are believed to be buried")
    is "bury" with such a phrase."""
    for node in predicate_chain(token)[1:4]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        verbs = [node, *(c for c in node.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))]
        for verb in verbs:
            if verb.lemma_.lower() == "bury" and any(
                    c.dep_ == "prep" and c.lower_ in ("under", "beneath", "underneath", "in") and
                    any(o.lemma_.lower() in RUBBLE for o in c.children) for c in verb.children):
                return True
        if node.lemma_.lower() not in LIGHT | BELIEVING:
            return False
    return False


#: Verbs of violence that kill when "dead" follows their object (rule 37): "shot two men dead".
_DEADLY_VERBS = frozenset({"shoot", "stab", "beat", "hack", "club", "stone", "gun", "burn"})


def _shot_dead(token: Token) -> bool:
    """Rule 37: "officers had shot at least two young men dead overnight": a verb of violence whose "dead" the parser
    hung beside the object (an adverbial clause or a predicate) kills the object."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _DEADLY_VERBS and token.dep_ in ("dobj", "nummod", "appos") and \
        any(c.lower_ == "dead" and c.dep_ in ("advcl", "oprd", "acomp", "xcomp", "advmod", "ccomp", "dobj") for c in verb.children)


#: Relatives (rule 41): "lost ... members of his family", "lost two nephews".
_KIN = frozenset({"member", "relative", "son", "daughter", "child", "nephew", "niece", "cousin", "brother", "sister",
                  "parent", "grandchild", "uncle", "aunt", "wife", "husband", "kin", "kinsman"})


def _lost_kin(token: Token) -> bool:
    """Round 18, rule 41: relatives a person "lost" ("he had lost close to 50 members of his family",
    "lost two nephews"): their dead. The verb "lose" within three steps above the noun, with a person
    or a pronoun as its subject; not "lost contact with", "lost their homes" (no relatives)."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return node.lemma_.lower() == "lose" and subject is not None and (
                subject.pos_ == "PRON" or subject.ent_type_ == "PERSON" or subject.lemma_.lower() in CIVILIANS) \
                and not any(c.lemma_.lower() == "contact" for c in node.children)
    return False


def _gone(token: Token) -> bool:
    """Round 19, rule 54: "Twelve people from our lane are gone": "gone" as the complement of "be" (not "have gone"),
    outside an article about people fleeing, moving or returning."""
    if words(token.doc) & (FLIGHT_CUES | MIGRATION_CUES):
        return False
    verb = _first_verb(token)
    return verb is not None and verb.lemma_.lower() == "be" and any(
        c.lower_ == "gone" and c.dep_ in ("acomp", "attr") for c in verb.children)


def _fatal_cases(anchor: Token) -> bool:
    """Round 22, rule 87: "eight of them fatal", "three were fatal" after cases, patients or infections (:data:`ILLNESS`)
    in the sentence: deaths, ``killed``."""
    doc, i = anchor.doc, anchor.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in ("them", "those", "these", "whom"):
        i += 2
    while i < len(doc) and i <= anchor.i + 5 and (doc[i].pos_ == "ADV" or doc[i].lemma_.lower() in ("be", "prove")):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "fatal":
        return False
    return any(t.lemma_.lower() in ILLNESS and t.pos_ == "NOUN" for t in anchor.sent if t.i < anchor.i)
