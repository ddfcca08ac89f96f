"""Movement of people: returns and arrivals, the fled, people led out or housed elsewhere, and forces and
personnel sent, carried, stationed, at work or turned up.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

7. Personnel at the work of a response (:data:`WORK_VERBS`: "100 personnel were still clearing
   debris", "200 firefighters battled the blaze") are ``deployed`` where the walk found nothing else.

Round 13 (issue 14):

6. *Returns* (rule 8f): people who come or pass "through" or "across" a crossing; whose noun carries
   "home" or "back" ("brought half a million people home"); sent "over" or "across" the border; the
   level of a movement noun ("Returns ... slow to 9,000", "arrivals averaged 19,000 and peaked at
   25,900": a conjoined verb shares the subject) or of a container of people arriving ("The number
   of Afghans arriving ... has fallen to 9,000"); a demonym is a count of people ("sends 2,655 more Afghans").
10. *Personnel*: flown (:data:`CARRYING`) personnel are ``deployed``; so are personnel a side "has"
   in a place (:func:`_stationed`: "had 1,000 troops in the area"; not an army's size) and personnel
   asked "for" (:data:`REQUESTS`: "the request for 5,000 more soldiers"; materiel asked for ``supplied``);
   divers and searchers are personnel, pilots a workforce.

Round 16 (issue 14; a refugee flight, a building collapse and a court case):

26. *Arrivals in a refugee flight* (:data:`FLIGHT_CUES`, rule 8f widened): in an article about people fleeing
   (refugee, exodus, asylum, "fled"), people who cross, arrive, leave, are driven out, and the movement's nouns
   ("exodus passes 100,000") are ``displaced``, as in an article about returns; so are people who have "gone"
   (:data:`FLIGHT_VERBS`) and people registered, placed, housed or sheltered on arrival
   (:data:`RECEIVING_ARRIVALS`: "of whom 50,866 had been registered", "it had placed 4,002 people"), but not a
   pace of work ("registering about 1,000 people an hour", :func:`_per_hour`). Lists by day or by province
   then take the group's measure (assembly's "List").

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

35. *Out of their homes, or not* (:func:`_temporary_home`, :func:`_refused_to_leave`): people living "on relocation
   payments" or "in hotels" are ``displaced``; people who "refused to leave" stayed: ``other``.

Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season):

42. *Led out* (:func:`_led_out`): people led, ushered or escorted "out" of a building are ``displaced``, as people
   evacuated from one are; people "brought out alive" stay rescued (rule 22).

Round 19 (issue 14; an earthquake, a software outage and a missile strike):

49. *Carried to a disaster* (:func:`_carried_out`): personnel a plane or a ship "carrying" them left, landed or
   arrived with are ``deployed``; dogs counted with personnel ("56 rescuers and four search dogs", "60 specialists
   with four dogs") take the personnel's measure.
52. *Turned up* (:func:`_turned_up`): personnel who "turned up" or "showed up" (volunteers to clear debris) are
   ``deployed``, as personnel who arrive are.

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

68. *Carried on planes* (:func:`_carried_on`): planes, ships or flights "on" or "aboard" which personnel were flown or carried
   ("flown in on 13 planes") are ``deployed``. Gendarmes, paratroopers and troopers are personnel (:data:`PERSONNEL`).

Round 21 (issue 14; a gang war and its jailbreaks, a general election, a developer's liquidation):

78. *Forces sent* (:func:`_force_sent`, :func:`_force_level`, checked in
   :func:`~newsclaims.extract.claims.measures.measure`): personnel (not a workforce) who "left", "departed", "landed",
   "flew" or "set off" (:data:`_FORCE_SETTING_OUT`) a place named, or "for", "in", "at" or "from" one or a mission ("about
   400 officers had left Nairobi", "300 soldiers landed in Port Moresby"); personnel pledged, promised, offered or
   committed (:data:`_OFFERING`: "Kenya has pledged 1,000 officers"); personnel that are the level a force, contingent or
   mission reaches (:data:`_FORCES`, :data:`_FORCE_LEVELS`: "a force that is meant to reach 2,500 personnel") and a bare
   level "to" or "at" which one is cut or raised ("the first contingent had been cut to 200") are ``deployed``; so are
   personnel of a headline whose verb of arrival the tagger read as a noun ("Hundreds of Kenyan police land in Haiti",
   :data:`.counted.MISREAD_ARRIVALS`).
79. *The fled* (:func:`_fled`): people with a relative clause of flight ("counted 6,270 people ... who fled the area"),
   and the people of "N people, from M households, who fled" (the parser hangs the clause on the households), are
   ``displaced``; the households themselves are not.

Round 23 (issue 14; protest crackdowns, a war's air strikes, floods):

94. *Water in their homes* (:func:`_flooded_in`): people or households (no noun, or people's nouns) who "had" or "found"
   water, floodwater or mud "in" their homes, houses or cellars ("more than 2,000 households had water in their homes")
   are ``affected`` (people a flood reached); not water "for" them or bought ("had water for three days").
96. *Asked to leave* (:func:`_asked_to_leave`): people (no noun, or people's nouns) a mayor or an authority asked, told,
   ordered, urged or advised (:data:`_BIDDING`) to leave, move, evacuate or flee (:data:`_GOING_AWAY`: "the mayor asked
   about 8,000 of the town's residents to move to higher ground") are ``displaced``, not a request for supplies; people
   asked to stay, to vote or to give are not.

Round 24 (issue 14; an uprising, vaccine requests, trade measures):

103. *Leaving to work* (rule 8f narrowed, :func:`_leaving_to_work`): in an article about a flight or returns, people who
   leave or go with a purpose clause of work or study (:data:`_CHOSEN_PURPOSES`: "Hundreds of thousands of young
   people leave each year to work in the Gulf") or at a yearly rate ("every year") are labour migrants, not
   ``displaced``: the walk's answer stands (``other``).

Round 27 (issue 14; a Channel crossing, a trial verdict, an election count):

114. *Journeys made* (rule 26 widened, :func:`_journey_made`): in an article about a flight or migrants (:data:`FLIGHT_CUES`
   now holds "migrant"), people who "reach" a country or a shore ("21,063 people had reached the UK in small boats") or
   "make" the journey, crossing or passage are ``displaced``, as people who cross are; not things, travellers or
   personnel, and not a level reached ("the toll reached 30": no person counted).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...spans import words
from ..counted import predicate_chain
from ..measure_words import (
    ARRIVING, BACKWARDS, CARRYING, CONTAINERS, FLIGHT_CUES, FLIGHT_VERBS, MIGRATION_CUES, NOUNS, PERSONNEL, PLACES,
    RECEIVING_ARRIVALS, RETURN_NOUNS, RETURNING, RETURNING_WITH, THINGS, TRAVELLERS, WORK_VERBS, WORKFORCE,
)
from .common import _first_verb, _people_counted, _verbs_above


def _among_workforce(token: Token) -> bool:
    """Rule 30 (round 16): personnel counted together with people who are no personnel of a response ("about 30
    of us bricklayers, from Togo and from Nigeria, and four engineers": a site's workforce) are counted where they
    work, as a workforce is (:data:`WORKFORCE`), not deployed: the figure conjoined with a count of such people."""
    def people(node: Token) -> Token | None:
        if node.pos_ == "NUM":  # "30 of us bricklayers": the "of" object
            node = next((o for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), node)
        return node if node.pos_ == "NOUN" else None
    others = [token.head] if token.dep_ == "conj" else []
    others += [c for c in token.children if c.dep_ == "conj"]
    for other in others:
        noun = people(other)
        if noun is not None and (noun.lemma_.lower() in WORKFORCE or noun.lemma_.lower() not in PERSONNEL
                                 and noun.lemma_.lower().endswith(("er", "or", "ist"))):
            return True
    return False


def _at_work(token: Token) -> bool:
    """Rule 7: personnel who do the work of a response (:data:`WORK_VERBS`: "firefighters battled
    the blaze", "100 personnel were clearing debris"), as the verb's subject (or misparsed as its
    adverbial noun) are ``deployed``."""
    verb = token.head
    return token.dep_ in ("nsubj", "npadvmod") and verb.pos_ == "VERB" and verb.lemma_.lower() in WORK_VERBS


def _returned(token: Token, anchor: Token, head: str | None) -> bool:
    """Rule 8f (round 10): in an article about people returned, deported or expelled to their own
    country (:data:`MIGRATION_CUES`), people who return, are deported or expelled, cross, arrive
    or leave (:data:`RETURNING`), come, go, are sent, forced or pushed back, home or out
    (:data:`RETURNING_WITH`, :data:`BACKWARDS`), and the movement's own nouns (:data:`RETURN_NOUNS`:
    "arrivals averaged 19,000") are ``displaced``: through the first verb up from the figure or a
    clause on its noun ("25 percent of the people coming back"). Not travellers, personnel or things
    (:data:`TRAVELLERS`: "tourists returning"), and not outside such an article: "390 came home from
    captivity" stays ``captured`` (rule 4c), soldiers home from a tour stay what they were. People
    "sent back" are no supplies: the rule also overrides a sending verb's ``supplied`` for a count of
    people (:func:`_people_counted`: "Pakistan sends 2,655 more Afghans over the border")."""
    if not words(token.doc) & (MIGRATION_CUES | FLIGHT_CUES) or head in TRAVELLERS or head in PERSONNEL or head in THINGS:
        return False  # round 16, rule 26: a refugee flight too ("13,350 people had crossed into Armenia")
    if head in RETURN_NOUNS or token.lemma_.lower() in RETURNING:
        return True  # "arrivals averaged 19,000"; "More than 43,000 cross" (the verb read as the noun)
    nouns = [token] + ([anchor.head] if anchor.head.pos_ == "NOUN" and anchor.head.i != token.i else [])
    if any(c.dep_ in ("acl", "relcl") and _returning(c) for n in nouns for c in n.children):
        return True  # "the people coming back", "households arriving at the border"
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "ADJ")), None)
    if verb is None:
        return False
    if _leaving_to_work(verb):
        return False  # round 24, rule 103: "Hundreds of thousands leave each year to work in the Gulf"
    if verb.lemma_.lower() in RETURNING_WITH and any(
            c.dep_ in ("advmod", "npadvmod") and c.lower_ in BACKWARDS for c in token.children):
        return True  # round 13: "brought half a million people home" (the adverb hung on the people)
    if verb.lemma_.lower() in _PASSING_THROUGH and any(c.dep_ == "prep" and c.lower_ in ("through", "across")
                                                      for c in verb.children):
        return True  # round 13: "43,000 people came through the crossing"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "arrivals averaged 19,000 and peaked at 25,900"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() in _RESETTLING or verb.lemma_.lower() == "move" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children):
        return True  # round 13: "14,316 families have been resettled", "30 percent have moved on"
    if words(token.doc) & FLIGHT_CUES and verb.lemma_.lower() in FLIGHT_VERBS and _people_counted(token, head) \
            and token.dep_ in ("nsubj", "pobj") and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # round 16, rule 26: "some 84% of its people have gone"
    if words(token.doc) & FLIGHT_CUES and verb.lemma_.lower() in RECEIVING_ARRIVALS and _people_counted(token, head) \
            and not _per_hour(token, anchor):
        return True  # round 16, rule 26: "of whom 50,866 had been registered", "it had placed 4,002 people"
    if _journey_made(verb) and _people_counted(token, head):
        return True  # round 27, rule 114: "21,063 people had reached the UK", "7,477 people have made the journey"
    return _returning(verb) or any(_movement(s) for s in subjects)  # "arrivals averaged 7,000"


#: Nouns of a journey made (rule 114): "made the journey", "make the crossing".
_JOURNEYS = frozenset({"journey", "crossing", "passage", "trip", "voyage"})
#: Places people reach (rule 114) beyond a named country: "reached the shore".
_SHORES = frozenset({"shore", "coast", "beach", "border", "island", "mainland", "country"})


def _journey_made(verb: Token) -> bool:
    """Round 27, rule 114: "reached the UK", "reached the shore", "have made the journey"."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "reach":
        return any(o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in _SHORES for o in objects)
    return lemma == "make" and any(o.lemma_.lower() in _JOURNEYS for o in objects)


_PACE = frozenset({"hour", "minute"})


def _per_hour(token: Token, anchor: Token) -> bool:
    """Rule 26: a pace of work ("registering about 1,000 people an hour") counts an office's throughput,
    not the people taken in."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _PACE for n in (token, anchor) for c in n.children)


#: Verbs of settling people who came back somewhere new (rule 8f, round 13).
_RESETTLING = frozenset({"resettle", "relocate", "rehouse"})

#: Verbs of coming or passing through a crossing: people who come "through" or "across" it return (rule 8f).
_PASSING_THROUGH = frozenset({"come", "pass", "go", "stream", "flow", "file"})


def _movement(subject: Token) -> bool:
    """Rule 8f (round 13): a subject that names the movement ("arrivals averaged 19,000", "Returns
    from Iran slow to 9,000") or a container of the people moving ("The number of Afghans arriving
    from Iran has fallen to 9,000", "the number of returnees rose to ...")."""
    if subject.lemma_.lower() in RETURN_NOUNS or subject.lower_ in ("returns", "arrivals", "crossings"):
        return True
    if subject.lemma_.lower() not in CONTAINERS:
        return False
    objects = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(NOUNS.get(o.lemma_.lower()) == "displaced" or o.lemma_.lower() in RETURN_NOUNS or any(
        c.dep_ in ("acl", "relcl") and _returning(c) for c in (*o.children, *subject.children)) for o in objects)


def _returning(verb: Token) -> bool:
    """A verb of coming or being sent back (rule 8f)."""
    lemma = verb.lemma_.lower()
    return lemma in RETURNING or lemma in RETURNING_WITH and any(
        c.dep_ in ("prt", "advmod", "npadvmod", "advcl") and c.lower_ in BACKWARDS
        or c.dep_ == "prep" and c.lower_ in ("over", "across") for c in verb.children)  # "sent over the border"


def _stationed(verb: Token, obj: Token) -> bool:
    """Personnel a side "has" in a place ("in the area", "in Syria", "on the ground") are stationed
    there; an army's size ("has 1.2 million personnel") names no place."""
    preps = [c for n in (verb, obj) for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "inside")]
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in PLACES | {"ground", "scene", "region", "country"} or
                                     o.ent_type_ in ("GPE", "LOC")) for p in preps for o in p.children)


#: Where people live while they are out of their homes (rule 35).
_TEMPORARY_HOMES = frozenset({"relocation", "hotel", "motel"})

#: Refusal (rule 35): people who "refused to leave" did not leave.
_REFUSING = frozenset({"refuse", "decline", "resist"})


def _temporary_home(token: Token) -> bool:
    """Rule 35: people "still living on the company's relocation payments" or "in hotels" are out of their homes."""
    for verb in _verbs_above(token, 3)[:1]:
        if verb.lemma_.lower() in ("live", "stay"):
            return any(t.lemma_.lower() in _TEMPORARY_HOMES for p in verb.children if p.dep_ == "prep" for t in p.subtree)
    return False


def _refused_to_leave(token: Token) -> bool:
    """Rule 35: people who "refused to leave" or "declined to evacuate" stayed: no displacement."""
    return any(v.lemma_.lower() in _REFUSING for v in _verbs_above(token, 4))


#: Verbs of leading people out of a building (rule 42).
_LEADING_OUT = frozenset({"lead", "usher", "escort", "guide", "shepherd"})


def _led_out(token: Token) -> bool:
    """Round 18, rule 42: people "led out of", "ushered out of" or "escorted out of" a building are moved
    out of it, ``displaced`` as people evacuated from one are; not "brought out alive" (rescued, rule 22)."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in _LEADING_OUT and any(
        c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


#: Verbs of a plane or a ship setting out or arriving (rule 49), with "carrying" personnel.
_CARRIER_SETTING_OUT = frozenset({"leave", "land", "arrive", "depart", "take", "set", "fly", "touch", "reach", "head"})

#: Animals that work beside personnel (rule 49): search dogs.
_WORKING_ANIMALS = frozenset({"dog"})


def _carried_out(token: Token) -> bool:
    """Round 19, rule 49: personnel that a verb "carry" governs where that verb hangs on a verb of setting out or arriving
    ("a plane left Zaragoza carrying 56 rescuers", "a ship docked ... carrying 40 doctors"): sent, ``deployed``."""
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    if not verbs or verbs[0].lemma_.lower() != "carry":
        return False
    carry = verbs[0]
    return carry.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp") and carry.head.lemma_.lower() in _CARRIER_SETTING_OUT | {"send", "dispatch"}


def _turned_up(token: Token) -> bool:
    """Round 19, rule 52: "Hundreds of volunteers had turned up", "200 firefighters showed up": arrived, ``deployed``."""
    node = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM"):
        node = token.head.head  # "Hundreds of volunteers"
    verb = _first_verb(node)
    return verb is not None and verb.lemma_.lower() in ("turn", "show") and any(
        c.lower_ == "up" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children)


def _carried_on(token: Token) -> bool:
    """Round 20, rule 68: aircraft, ships or flights "on" or "aboard" which personnel were flown, carried or brought
    ("1,500 personnel have been flown in on 13 planes", "troops arrived aboard four ships") carry a deployment:
    ``deployed``, as the personnel they carry."""
    if not (token.dep_ == "pobj" and token.head.lower_ in ("on", "aboard", "in", "by")):
        return False
    verb = token.head.head
    if verb.lemma_.lower() not in CARRYING | ARRIVING | {"carry"}:  # not "sent ... on two planes" (myanmar gold: other)
        return False
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    return any(p.lemma_.lower() in PERSONNEL or p.lower_ in PERSONNEL for p in people)


#: Bodies of personnel sent together (rule 78).
_FORCES = frozenset({"force", "contingent", "mission", "deployment", "battalion", "detachment", "vanguard"})

#: Verbs by which personnel set out for a mission (rule 78).
_FORCE_SETTING_OUT = frozenset({"leave", "depart", "land", "fly", "set"})

#: Verbs of a level (rule 78): a force "meant to reach 2,500 personnel", "cut to 200".
_FORCE_LEVELS = frozenset({"reach", "number", "total", "cut", "reduce", "grow", "rise", "increase", "swell", "be",
                           "stand", "comprise", "include", "have"})

#: Verbs of promising personnel (rule 78).
_OFFERING = frozenset({"pledge", "promise", "offer", "commit"})


def _force_sent(token: Token) -> bool:
    """Round 21, rule 78: personnel (not a workforce) who "left", "departed" or "landed" a place named or "for" / "in"
    one, or "for" a mission ("about 400 officers had left Nairobi", "300 soldiers landed in Port Moresby"), who are pledged, promised or
    offered ("Kenya has pledged 1,000 officers"), or who are the level a force or contingent reaches (:data:`_FORCES`:
    "a force that is meant to reach 2,500 personnel") are ``deployed``; so are personnel of a headline whose verb of
    arrival the tagger read as a noun ("Hundreds of Kenyan police land in Haiti", :data:`.counted.MISREAD_ARRIVALS`)."""
    verb = _first_verb(token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubj" and lemma in _FORCE_SETTING_OUT and (lemma != "set" or any(
            c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children)):
        return any(c.dep_ == "dobj" and _named_place(c) or
                   c.dep_ == "prep" and c.lower_ in ("for", "in", "at", "from") and any(
                       o.dep_ == "pobj" and (_named_place(o) or o.lemma_.lower() in _FORCES | {"operation", "front"})
                       for o in c.children) for c in verb.children)
    if token.dep_ == "dobj" and lemma in _OFFERING:
        return True
    if token.dep_ in ("dobj", "attr", "pobj") and lemma in _FORCE_LEVELS:
        holder = verb
        while holder.dep_ in ("xcomp", "ccomp") and holder.head.i != holder.i:
            holder = holder.head  # "is meant to reach"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("that", "which") and holder.dep_ == "relcl":
            subject = holder.head  # "a force that is meant to reach"
        return subject is not None and subject.lemma_.lower() in _FORCES
    return False


def _named_place(token: Token) -> bool:
    """A place by name (rule 78): a proper noun or a place entity ("Nairobi", "Port Moresby"), which the tagger may
    take for a person."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC")


def _force_level(anchor: Token) -> bool:
    """Round 21, rule 78: a bare level "to" or "at" which a force or contingent (:data:`_FORCES`) is cut, raised or put
    ("the first contingent had been cut to 200", "the mission will grow to 2,500"): ``deployed`` personnel."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _FORCES and verb.lemma_.lower() in _FORCE_LEVELS


#: Verbs of flight (rule 79).
_FLEEING = frozenset({"flee", "fled"})


def _fled(token: Token) -> bool:
    """Round 21, rule 79: people with a relative clause of flight ("counted 6,270 people ... who fled the area") and
    households or families "from" which they came ("6,270 people, from 1,281 households, who fled") are ``displaced``."""
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _FLEEING for c in token.children):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        return False  # the households of "from 1,281 households, who fled": the parser's relative clause is theirs
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.text != "," or after.i + 1 >= len(token.doc) or token.doc[after.i + 1].lower_ != "from":
        return False
    group = next((t for t in token.doc[after.i + 2:token.sent.end] if t.dep_ == "pobj" and t.head.i == after.i + 1), None)
    return group is not None and any(c.dep_ == "relcl" and c.lemma_.lower() in _FLEEING for c in group.children)


# --- round 23 (issue 14; protest crackdowns, a war's air strikes, floods) ----------------------------------------

#: What a flood leaves in a home (rule 94).
_FLOODWATER = frozenset({"water", "floodwater", "floodwaters", "mud", "sludge", "sewage"})

#: Where it stands (rule 94).
_ROOMS = frozenset({"home", "house", "cellar", "basement", "flat", "apartment", "property", "room", "kitchen"})


def _flooded_in(token: Token) -> bool:
    """Round 23, rule 94: "more than 2,000 households had water in their homes": people a flood reached, ``affected``."""
    if token.dep_ == "nummod":
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ("have", "get", "find", "see"):
        return False
    water = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _FLOODWATER]
    return any(p.lower_ in ("in", "inside") and any(o.lemma_.lower() in _ROOMS for o in p.children if o.dep_ == "pobj")
               for w in water for p in (*w.children, *verb.children) if p.dep_ == "prep")


#: Verbs of bidding people to do something (rule 96).
_BIDDING = frozenset({"ask", "tell", "order", "urge", "advise", "instruct", "call", "force", "request"})

#: What they are bidden to do that moves them out (rule 96).
_GOING_AWAY = frozenset({"leave", "move", "evacuate", "flee", "relocate", "go", "abandon", "vacate", "seek"})


def _asked_to_leave(token: Token, anchor: Token) -> bool:
    """Round 23, rule 96: "the mayor asked about 8,000 of the town's residents to move to higher ground": ``displaced``;
    not the whole the part is taken from ("the town's 40,000 residents")."""
    if anchor.dep_ == "nummod" and anchor.head.dep_ == "pobj" and anchor.head.head.lower_ == "of":
        return False
    if token.dep_ == "nummod":
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num:
        token = token.head.head  # the partitive's figure: "about 8,000 of the town's residents"
    verb = token.head
    if token.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _BIDDING:
        return False
    goals = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _GOING_AWAY]
    return any(g.lemma_.lower() != "seek" or any(o.lemma_.lower() in ("shelter", "refuge", "safety")
                                                 for o in g.children if o.dep_ == "dobj") for g in goals)


# --- round 24 ----------------------------------------------------------------------------------------------------

#: Round 24, rule 103: what people go abroad to do of their own accord ("leave each year to work in the Gulf").
_CHOSEN_PURPOSES = frozenset({"work", "study", "earn", "seek", "find", "look"})


def _leaving_to_work(verb: Token) -> bool:
    """Round 24, rule 103: a going verb with a purpose clause of work or study ("leave each year to work in the Gulf",
    "go abroad to study") or a yearly rate ("leave every year") counts labour migrants, a flow of people who choose to
    go, not people forced from home."""
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _CHOSEN_PURPOSES and
           any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() == "year" and
               any(d.lower_ in ("each", "every") for d in c.children) for c in verb.children)
