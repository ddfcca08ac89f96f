"""Captivity: captives freed or exchanged, people taken into a place, held, kidnapped or seized, cases of
abduction, and jail inmates.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

4c. Captives freed (:func:`_freed_captive`, round 6): in an article about people held captive
   (:data:`CAPTIVITY_CUES`: prisoner, captivity, hostage, swap ...), people freed, released,
   exchanged, swapped or returned, brought or come home or back, or "among those freed" are
   ``captured`` (the measure of people held captive, freed or exchanged as prisoners: "swapping
   303 soldiers", "390 came home from captivity", "each side released 1,000 prisoners: 390 ...");
   conjuncts and appositions go by the first; "from captivity" is a context noun.

Round 13 (issue 14):

5. *Freed by participle*: "dozens of the freed men", "the released detainees" are ``captured`` (rule 4c).
7. *Held* (:func:`_held`, rule 8i): people held are ``arrested`` ("20 held over the supply").

Round 14 (issue 14):

15. *Kidnapped* (:func:`_taken_captive`): in an article about a kidnapping (:data:`ABDUCTION_CUES`), people
   taken, seized or held, led or marched away, left "with" their captors, and those who escaped, slipped
   away or found their way home are ``captured``; freed ones go by rule 4c; people held by the police or
   for questioning stay ``arrested``; "put the number seized at N pupils" reads the container's own clause
   (rule 8c for a figure with a noun), and "brought the number of people taken ... to N" the container
   above the "to" that the parser hung on the participle. Victims of kidnapping incidents are ``captured``.
16. *The missing and the treated of a kidnapping* (:func:`_kidnap_state`): "among the missing" are the
   taken (``captured``) unless the sentence speaks of a disaster; freed captives treated or in hospital
   with no word of injury or gunfire are ``affected``.

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

36. *Cases of a harm* (:func:`_cases_of`): "14 cases of enforced disappearances", "cases of abduction" are ``captured``.
38. *Seized by men* (:func:`_seized_by_men`): people seized, taken or abducted "by" men, gunmen or men believed to be
   plain-clothes police are ``captured`` in any article (abductions, not only in one about a kidnapping).

Round 21 (issue 14; a gang war and its jailbreaks, a general election, a developer's liquidation):

76. *Jail inmates* (:func:`_jail_inmates`, checked in :func:`~newsclaims.extract.claims.measures.measure`): prisoners or
   inmates held, freed or escaped (an answer ``captured``) in an article about a jail (:data:`_JAILS`: prison, jail,
   jailbreak) that speaks of no swap, hostage, captivity or war (:data:`_HELD_BY_A_SIDE`) are held under the law, not by a
   side: ``other`` ("the prison held about 3,800 inmates", "some 4,000 escaped").

Round 23 (issue 14; protest crackdowns, a war's air strikes, floods):

93. *Jails and their escapees* (rule 76 widened, :func:`_jail_flight`): in an article about a jail (no swap, hostage or war),
   a figure of jails themselves ("inmates fled from more than a dozen prisons"), of inmates or escapees that fled, were
   left behind or were caught again ("detained at least 30 escapees"), or a bare figure in a sentence of inmates or an
   escape ("80 of the 120 inmates escaped, leaving 40 behind") is held under the law, ``other``, not ``displaced`` (people
   who fled) nor ``arrested``; people arrested outside a jail ("police arrested 30 protesters") stay ``arrested``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...spans import words
from ..counted import predicate_chain
from ..measure_words import (
    ABDUCTION_CUES, CAPTIVE_PEOPLE, CAPTIVITY_CUES, CAPTORS, CAPTURING, CAPTURING_WITH, CIVILIANS, ESCAPING,
    HOMECOMING, LIGHT, NOUNS, RELEASE, RUBBLE, SEABED, THINGS, WANTED,
)
from .common import _people_counted
from .health import _injured


def _taken_into(token: Token) -> bool:
    """In an article about captives (:data:`CAPTIVITY_CUES`), people "taken into" a place were
    taken captive ("251 were taken into Gaza"); not "taken into custody" (an arrest)."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() != "take" or not words(token.doc) & CAPTIVITY_CUES:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "into" and not any(o.lemma_.lower() == "custody" for o in c.children)
               for c in verb.children)


def _freed_captive(token: Token) -> bool:
    """Rule 4c: in an article about captives (:data:`CAPTIVITY_CUES`), people freed, released,
    exchanged or returned (:data:`RELEASE`: "swapping 303 soldiers", "had been returned"), brought
    or come home or back ("697 people had been brought home", "another 303 are back home"), or
    "among those freed" are a count of people held captive: ``captured``. A conjunct or an
    apposition ("270 servicemen and 120 civilians had been returned", "released 1,000 prisoners:
    390 on Friday ...") goes by the first; a participle read as the counted noun ("303 more
    freed") by itself."""
    if not words(token.doc) & (CAPTIVITY_CUES | ABDUCTION_CUES):  # round 14: kidnapped pupils freed
        return False
    if any(token.lower_ in (w + "d", w + "ed") for w in RELEASE):
        return True  # "303 more freed" (not "dozens of exchanges")
    if any(c.dep_ == "amod" and c.i < token.i and _releasing(c) for c in token.children):
        return True  # round 13: "dozens of the freed men", "the released detainees"
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
        if NOUNS.get(token.lemma_.lower()) == "captured":
            return True  # "in exchange for 270 prisoners of war and 120 civilians"
    head = token.head
    lemma = "free" if _releasing(head) else head.lemma_.lower()
    if token.dep_ in ("dobj", "nsubjpass") and lemma in RELEASE | {"bring"}:
        return lemma != "bring" or any(c.lower_ in HOMECOMING for c in head.children)
    if token.dep_ == "nsubj" and any(c.lower_ in HOMECOMING and c.dep_ in ("advmod", "prt", "npadvmod")
                                     for c in head.children):
        return True  # "390 came home", "303 of our defenders are back home"
    among = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "among"), None) \
        if token.dep_ == "nsubj" else None
    group = next((c for c in among.children if c.dep_ == "pobj"), None) if among is not None else None
    return group is not None and any(_releasing(c) for c in group.children)  # "among those freed"


def _held(token: Token, anchor: Token, head: str | None) -> bool:
    """Rule 8i (round 13): people "held" are detained (``arrested``): a count of people (or a bare
    number) that is the passive subject of "hold" or carries "held" as its participle ("20 held over
    the liquor", "three men were held for questioning"); not where the verb says as what they are held
    ("held hostage": rule 4) nor things held ("12 rallies were held"), nor in an article about
    captives, where those held are captives (rule 4c)."""
    if not (head is None or head in CIVILIANS or head in WANTED or _people_counted(token, head)) or head in THINGS:
        return False
    if words(token.doc) & CAPTIVITY_CUES:
        return False  # (in a kidnapping, people held are captives by rule 15 first; held for questioning stay arrested)
    verbs = [c for n in (token, anchor) for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if token.dep_ == "nsubjpass" or token.dep_ == "nsubj" and token.head.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "dobj") for c in token.head.children):
        verbs.append(token.head)  # "9 held over supply": a headline's passive without its auxiliary
    return any(v.lemma_.lower() == "hold" and not any(c.dep_ in ("oprd", "xcomp", "attr", "dobj") for c in v.children)
               for v in verbs)


def _releasing(word: Token) -> bool:
    """A verb of setting free (:data:`RELEASE`), also where the tagger left "freed" unlemmatised."""
    return word.lemma_.lower() in RELEASE or any(word.lower_ in (w + "d", w + "ed") for w in RELEASE)


#: Words of a disaster that buries or drowns: the missing there are no captives.
_LOST_WORDS = RUBBLE | SEABED | frozenset({"flood", "landslide", "collapse", "fire", "sea", "river", "water"})

#: Words of gunfire: people treated after it are wounded.
_GUNFIRE = frozenset({"shoot", "shot", "gunshot", "bullet", "stab", "beat", "beaten"})


def _kidnap_state(anchor: Token, found: str) -> str:
    """Round 14, rule 16: in an article about a kidnapping, people "among the missing" are the ones
    taken (``captured``) unless their sentence speaks of a disaster that buries or drowns; freed
    captives "being treated" or in hospital with no word of injury or gunfire in the sentence are
    cared for (``affected``, as patients are), not wounded."""
    sentence = {t.lemma_.lower() for t in anchor.sent} | {t.lower_ for t in anchor.sent}
    if found == "missing":
        return found if sentence & _LOST_WORDS else "captured"
    return found if _injured(anchor) or sentence & _GUNFIRE else "affected"


def _abduction(doc) -> bool:
    """Is the article about a kidnapping (:data:`ABDUCTION_CUES`)?"""
    return bool(words(doc) & ABDUCTION_CUES)


#: What people "held" by the police are held for or over: they are arrested, not captives.
_CUSTODY = frozenset({"police", "custody", "questioning", "question", "suspicion", "charge", "cell", "station", "court"})


def _taken_captive(verb: Token, head: str | None, entry: str, agent: bool) -> bool:
    """Round 14, rule 15: in an article about a kidnapping (:data:`ABDUCTION_CUES`), people (not things)
    taken, seized or held (:data:`CAPTURING`: "187 were taken from the school", "seized 15 pupils", "were
    still being held", "the number seized"), led, marched or carried away, off or into a place
    (:data:`CAPTURING_WITH`), left or still "with" their captors (:data:`CAPTORS`), and those who got away
    (:data:`ESCAPING`: "25 escaped", "slipped away from the gang", "found their way home") are captives:
    ``captured``. Not people taken "to" a place (hospital, a shelter), taken part, nor held by the police,
    in custody or for questioning (``arrested``, rule 8i)."""
    if not _abduction(verb.doc) or not (head is None or head in CIVILIANS or head in CAPTIVE_PEOPLE):
        return False
    lemma = verb.lemma_.lower()
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")}
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in CAPTORS
                                                          for o in c.children) for c in verb.children):
        return not agent or lemma in LIGHT | {"leave", "stay"}  # "left 287 children with the kidnappers"
    if entry in ("nsubj", "nsubjpass") and not agent or entry == "nsubj" and lemma in ESCAPING:
        from_captors = any(c.dep_ == "prep" and c.lower_ == "from" and any(
            o.lemma_.lower() in CAPTORS for o in c.children) for c in verb.children)
        if lemma in ESCAPING and (lemma == "escape" or particles & {"away", "free"} or from_captors):
            return entry == "nsubj"  # "25 of whom escaped", "had slipped away from the gang"
        if lemma == "find" and any(c.dep_ == "dobj" and c.lower_ == "way" and any(
                d.lower_ in HOMECOMING for d in c.subtree) for c in verb.children):
            return entry == "nsubj"  # "25 of them had since found their way home"
    if agent:
        return False
    if lemma in CAPTURING:
        if lemma == "take" and (any(c.dep_ == "prep" and c.lower_ in ("to", "into") and not any(
                o.like_num or o.pos_ == "NUM" for o in c.children) for c in verb.children) or any(c.dep_ == "dobj" and c.lower_ == "part"
                                                            for c in verb.children)):
            return False  # "taken to hospital", "taken into custody"
        if lemma == "hold" and (any(t.lemma_.lower() in _CUSTODY for c in verb.children if c.dep_ in ("prep", "agent")
                                    for t in c.subtree) or any(c.dep_ in ("oprd", "xcomp", "attr") for c in verb.children)):
            return False  # "held by police", "held for questioning"; "held hostage" is rule 4's
        return True
    return lemma in CAPTURING_WITH and bool(particles & {"away", "off"} or "into" in preps)


#: "cases of" a harm (rule 36): "14 cases of enforced disappearances" count the abducted.
_CASES_OF = {"disappearance": "captured", "abduction": "captured", "kidnapping": "captured"}


def _cases_of(counted: Token | None) -> str | None:
    """Rule 36: "14 cases of enforced disappearances", "cases of abduction": the harm the "of" object names."""
    if counted is None or counted.lemma_.lower() != "case":
        return None
    for p in counted.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    return _CASES_OF.get(o.lemma_.lower())
    return None


#: Agents of an abduction (rule 38): people seized "by men in plain clothes", "by gunmen", "by masked men".
_ABDUCTORS = frozenset({"man", "gunman", "assailant", "attacker", "kidnapper", "abductor"})

_ABDUCTOR_WORDS = frozenset({"plain", "plainclothes", "unidentified", "unknown", "masked", "hooded", "armed"})


def _seized_by_men(token: Token) -> bool:
    """Rule 38: people seized, taken, grabbed or abducted (:data:`CAPTURING`) "by" men, gunmen or people believed to be
    plain-clothes police (:data:`_ABDUCTORS`, :data:`_ABDUCTOR_WORDS`) are abducted, whatever the article is about."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in CAPTURING - {"hold"}:
        return False
    for agent in verb.children:
        if agent.dep_ == "agent":
            words_ = {t.lemma_.lower() for t in agent.subtree} | {t.lower_ for t in agent.subtree}
            if words_ & _ABDUCTORS and (words_ & _ABDUCTOR_WORDS or words_ & {"police", "security", "soldier", "gunman"}):
                return True
    return False


#: People held in a jail (rule 76).
_INMATES = frozenset({"inmate", "prisoner", "convict"})

#: Words of a jail (rule 76).
_JAILS = frozenset({"prison", "jail", "gaol", "penitentiary", "jailbreak", "prisons", "jails"})

#: Words of people held by a side, whose prisoners stay ``captured`` (rule 4c): a swap, hostages, a war's prisoners
#: (not kidnappings: a gang war's jailbreak story speaks of them, and its inmates stay ``other``).
_HELD_BY_A_SIDE = frozenset({"swap", "exchange", "hostage", "captivity", "captive", "pow", "war"})


def _jail_inmates(anchor: Token) -> bool:
    """Round 21, rule 76: prisoners or inmates held, freed or escaped in an article about a jail (:data:`_JAILS`) that
    speaks of no swap, hostage or war (:data:`_HELD_BY_A_SIDE`): held under the law, not by a side, ``other``."""
    found = words(anchor.doc)
    return bool(found & _JAILS) and not found & _HELD_BY_A_SIDE


# --- round 23 (issue 14; protest crackdowns, a war's air strikes, floods) ----------------------------------------

#: People held under the law who broke out (rule 93).
_ESCAPEES = _INMATES | frozenset({"escapee", "fugitive", "detainee"})

#: Jails counted as places (rule 93).
_JAIL_PLACES = frozenset({"prison", "jail", "gaol", "penitentiary"})

#: Words of a breakout in the figure's sentence (rule 93).
_BREAKOUT = _ESCAPEES | frozenset({"escape", "jailbreak", "breakout"})


def _jail_flight(anchor: Token, head: str | None, found: str) -> bool:
    """Round 23, rule 93: jails counted, inmates or escapees who fled, were left behind or caught again, in an article
    about a jail: ``other``."""
    if not _jail_inmates(anchor):
        return False
    if head in _JAIL_PLACES:
        return True
    if head in _ESCAPEES:
        return found in ("displaced", "arrested")
    return head is None and found == "displaced" and any(t.lemma_.lower() in _BREAKOUT for t in anchor.sent)
