"""Health: outbreaks and poisonings, illness and symptoms, people hospitalised, admitted or discharged,
medical help sought, vaccination campaigns, and a hospital's presence or yearly work.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

8e. Outbreaks (:func:`_outbreak_count`, round 7): in an article about an outbreak of a disease,
   people hospitalised, or who "tested positive", are ``affected``, and a count with no noun of
   its own beside "cases" ("39 more than on Tuesday", "Oklahoma reported 20") counts the ill.

Round 9 (issue 14):

- *Harm beats illness*: a patient noun whose own phrase or walk finds a killing ("460 patients and
  companions killed", "patients ... had been executed") is ``killed``, not ``affected``.

Round 13 (issue 14):

1. *Mass poisoning*: in an article about a poisoning (:data:`POISONING_CUES`) the hospitalised,
   critical and discharged are ill, ``affected``, as an outbreak's are (rule 8e; its elided "cases"
   stay an outbreak's only).

Round 15 (issue 14; the wording between a figure and its count in other places, :mod:`.assembly` for the
figures that lean on others):

25. *Admitted ill* (:func:`_admitted_ill`): people admitted or hospitalised "with" or "for" a condition
   that names no injury ("admitted 2,300 children with breathing difficulties", "hospitalised with
   dehydration") are ``affected``; with burns, wounds, smoke inhalation or injuries, or "for observation",
   they stay ``wounded``.

Round 16 (issue 14; a refugee flight, a building collapse and a court case):

29. *In hospital*: people "discharged" or who "remain at/in" a hospital (:func:`_hospital_stay`) are
   ``wounded``, and patients where the paragraph before spoke of burns or injuries (:func:`_injured`: "the
   condition of dozens of the patients was critical") are the injured, outside an outbreak or a poisoning.
   "bringing to 168 the number treated in hospitals" reads the container's participle (rule 8c).

Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season):

40. *Casualties admitted* (:func:`_hospitalised`): "casualties" admitted, treated, or taken or rushed to hospital
   are the living hurt, ``wounded`` (the dead are not admitted); "casualties" counted alone stay ``casualties``.
43. *Ill in hospital* (rule 25 widened; :func:`_sent_by_illness`): people who went to, visited or were taken into
   hospital "with" or "for" a condition of no injury ("went to hospitals with breathing problems", "took in 4,000
   asthma patients") are ``affected``, the "with" object never a person ("with their children"); people smog,
   pollution or heat "sent" to hospital are ``affected`` (fumes of a fire stay wounds).

Round 19 (issue 14; an earthquake, a software outage and a missile strike):

48. *Medical help sought*: people who "sought medical help" (treatment, care, attention) are ``wounded``.
50. *There when it struck* (:func:`_present_when`): people who "were in the hospital when the missile landed" are
   counted as present, ``other``, not as patients hurt.
51. *A hospital's yearly work* (:func:`_yearly`): "the hospital treats more than 20,000 children a year" is a capacity,
   ``other``, not people hurt.

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

72. *Reached by a campaign* (:func:`_reached_by_campaign`): people a campaign vaccinates or, in a sentence of doses or vaccines,
   hopes to "reach" are ``affected`` (people a policy reaches).
73. *Admitted in an epidemic* (:func:`_admitted_in_illness`): people "admitted" in an article about an outbreak are patients,
   ``affected``.

Round 22 (issue 14; an epidemic's doses, a smog season, returns, a tanker blast and a concert-hall attack):

88. *Breathing bad air* (:func:`_breathing_bad_air`): people (no noun, or people's nouns) who breathe or inhale air, smoke,
   fumes or smog (:data:`_BAD_AIR`: "more than 4 million children were breathing polluted air") or who are "exposed to"
   them are ``affected`` (people a hazard reaches, as people without power are); not people who breathe "fresh" or
   "clean" air.

Round 23 (issue 14; protest crackdowns, a war's air strikes, floods):

92. *Treated in a story of injuries* (:func:`_treated_hurt`): people (no noun, or people's nouns) treated, admitted,
   hospitalised or "taken in", or taken, rushed or brought to a hospital, clinic or trauma centre, in an article that
   speaks of the wounded or injuries (:data:`INJURY_WORDS`, "wounded", "injured") and of no outbreak or poisoning, are
   ``wounded`` (the guide: people treated for injuries), unless the verb names a condition of no injury ("treated for
   shock", "admitted with breathing problems" stay ``affected``); "treated 400 patients a year" stays a capacity, and
   patients "being treated" there "at the time of" the strike or "when" it struck are present, ``other`` (rule 50).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...spans import words
from ..counted import predicate_chain
from ..measure_words import (
    CIVILIANS, CONTAINERS, DISEASE_HEADS, ILLNESS_CUES, INJURY_WORDS, OUTBREAK_CUES, POISONING_CUES, SYMPTOM_VERBS,
    SYMPTOMS, THINGS,
)
from .common import _first_verb
from .economy import _court_case


#: Verbs of taking in drink or food: in a poisoning, those who did are ``affected`` (round 13).
_CONSUMING = frozenset({"drink", "consume", "eat", "ingest", "swallow"})


def _drank(token: Token) -> bool:
    """In an article about a poisoning (:data:`POISONING_CUES`), people who drank or ate are ``affected``."""
    if token.dep_ != "nsubj" or not words(token.doc) & POISONING_CUES:
        return False
    verbs = [token.head, *token.doc[token.i + 1:min(token.i + 4, token.sent.end)]]  # "had drunk", misread
    return any(v.lemma_.lower() in _CONSUMING or v.lower_ in ("drunk", "drank", "eaten") for v in verbs)


def _disease_case(case: Token | None, anchor: Token) -> bool:
    """Is "case" a case of illness? Only in an article about illness (one of :data:`ILLNESS_CUES`
    anywhere: "court cases" elsewhere are not); and "cases of X" only where X is a disease the
    article names as such ("a cholera outbreak": :data:`DISEASE_HEADS`) or the sentence itself
    speaks of illness ("500 cases of ammunition" stays to the walk)."""
    doc = anchor.doc
    if not words(doc) & ILLNESS_CUES:
        return False
    of = [c for c in case.rights if c.dep_ == "prep" and c.lower_ == "of"] if case is not None else []
    objects = [o for prep in of for o in prep.children if o.dep_ == "pobj"]
    if case is not None and _court_case(case):
        return False  # round 20, rule 65: "arrested 11,112 people in 721 cases": cases of a court
    if not objects:
        return True
    diseases = {t.lemma_.lower() for t in doc if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in DISEASE_HEADS}
    return any(o.lemma_.lower() in diseases for o in objects) or any(t.lemma_.lower() in ILLNESS_CUES for t in anchor.sent)


def _injured(anchor: Token) -> bool:
    """Does the figure's sentence speak of injuries (:data:`INJURY_WORDS`)? Round 16 (rule 29): or, outside an
    article about an outbreak or a poisoning, an earlier sentence of its paragraph ("290 people with burns
    were taken to hospitals. ... the condition of dozens of the patients was critical": the burned)."""
    if any(t.lemma_.lower() in INJURY_WORDS for t in anchor.sent):
        return True
    if words(anchor.doc) & (OUTBREAK_CUES | POISONING_CUES):
        return False
    start = anchor.sent.start
    while start > 0 and "\n" not in anchor.doc[start - 1].text_with_ws and not anchor.doc[start - 1].is_space:
        start -= 1  # the paragraph's first token
    return any(t.lemma_.lower() in INJURY_WORDS for t in anchor.doc[start:anchor.sent.start])


def _hospital_stay(anchor: Token) -> bool:
    """Rule 29 (round 16): people "discharged" or who "remain at" or "in" a hospital ("three have been treated
    and discharged and six remain at Lagos Island General Hospital") are ``wounded``, in the figure's own
    stretch of the sentence (up to the next figure or punctuation); in an outbreak or a poisoning the rules of
    illness decide (``affected``)."""
    if words(anchor.doc) & (OUTBREAK_CUES | POISONING_CUES):
        return False
    stretch = []
    for token in anchor.doc[anchor.i + 1:anchor.sent.end]:
        if token.is_punct or token.like_num:
            break
        stretch.append(token)
    lemmas = [t.lemma_.lower() for t in stretch]
    if "discharge" in lemmas[:6]:
        return True
    staying = next((k for k, lemma in enumerate(lemmas[:3]) if lemma in ("remain", "stay", "be")), None)
    return staying is not None and any(lemma in ("hospital", "hospitals") for lemma in lemmas[staying + 1:staying + 8]) \
        and any(t.lower_ in ("in", "at") for t in stretch[staying + 1:staying + 3])


def _symptoms(verb: Token) -> str | None:
    """People telling of symptoms (:data:`SYMPTOMS`, :data:`SYMPTOM_VERBS`) are ``affected``: "300
    residents reported headaches", "4,000 people have called since, describing nausea or dizziness"
    (the verb itself or a participle clause of it)."""
    tellers = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB")]
    for teller in tellers:
        if teller.lemma_.lower() in SYMPTOM_VERBS and any(
                t.lemma_.lower() in SYMPTOMS or t.lower_ in SYMPTOMS for t in teller.subtree if t.i > teller.i):
            return "affected"
    return None


def _outbreak_count(token: Token, anchor: Token, head: str | None, found: str | None) -> bool:
    """Rule 9, in an article about an outbreak (:data:`OUTBREAK_CUES`) and a sentence that speaks
    of no injury: people hospitalised are ``affected`` (ill, not wounded); so are people who
    "tested positive"; and a count with no noun of its own ("has grown to 198 cases, 39 more than
    on Tuesday", "Oklahoma reported 20", "499 of them in Texas") beside "cases" in its sentence or
    the one before counts cases."""
    doc = anchor.doc
    if _injured(anchor) or not words(doc) & (OUTBREAK_CUES | POISONING_CUES):
        return False  # a mass poisoning's patients are ill too (round 13)
    if found == "wounded":
        return True
    if not words(doc) & OUTBREAK_CUES:
        return False  # a poisoning has patients, not cases ("70 earlier cases of illicit arrack")
    if any(t.lower_ == "positive" and t.head.lemma_.lower() == "test" for t in anchor.sent):
        return head not in THINGS
    if head not in (None, "person", "case", "they"):
        return False
    sent = anchor.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    if any(t.lemma_.lower() in ("dose", "vaccinate", "vaccination", "administer") for t in sent):
        return False  # "administered 318,000 doses, reaching nearly 80% of the people targeted": coverage
    return any(t.lemma_.lower() in ("case", "infection") and t.pos_ == "NOUN" and doc[t.i - 1].text != "-"
               for t in (*before, *sent))  # not "a worst-case scenario"


#: Round 15, rule 25: verbs of taking people into hospital (not "treat", which rule 4 reads); "with" or "for" a condition that names no injury
#: ("admitted 2,300 children with breathing difficulties", "hospitalised for dehydration") they are ``affected``.
_ADMITTING = frozenset({"admit", "hospitalise", "hospitalize",
                        "go", "visit", "take", "see", "come", "bring", "rush", "attend"})  # round 18, rule 43

#: Words of an injury, which keep people taken into hospital ``wounded`` (rule 25).
_WOUNDS = INJURY_WORDS | frozenset({"cut", "bruise", "laceration", "inhalation", "gunshot", "bullet", "shrapnel",
                                    "stab", "bleeding", "concussion", "wounds", "injuries", "burns"})


def _admitted_ill(token: Token) -> bool:
    """Round 15, rule 25: people admitted or hospitalised "with" or "for" a condition that names
    no injury ("admitted 2,300 children with breathing difficulties", "were hospitalised with
    dehydration") are ``affected``, as people "treated for heat stress" are; with burns, wounds, smoke
    inhalation or injuries they stay ``wounded``. The first verb over the figure, its "for"/"with" phrase
    hung on the verb or on the figure's noun."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _ADMITTING:
        return False
    preps = [c for n in (verb, token) for c in n.children if c.dep_ == "prep" and c.lower_ in ("for", "with")]
    objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")
               and o.lemma_.lower() not in _NO_CONDITION and o.pos_ != "PRON" and o.lemma_.lower() not in CIVILIANS]  # "for observation" names no condition
    return bool(objects) and not any(t.lemma_.lower() in _WOUNDS or t.lower_ in _WOUNDS
                                     for o in objects for t in o.subtree)


#: What people are taken into hospital "for" that names no condition (rule 25): "for observation", "for checks".
_NO_CONDITION = frozenset({"observation", "check", "checkup", "test", "precaution", "assessment", "examination",
                           "evaluation", "treatment", "care", "surgery"})

# Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season).

#: Verbs by which the hurt reach a hospital (rule 40): "casualties" admitted or taken there are the living hurt.
_HOSPITALISING = frozenset({"admit", "hospitalise", "hospitalize", "take", "rush", "bring", "fly", "airlift", "treat",
                            "transfer", "evacuate"})

#: Causes of illness, not injury (rule 43): "smog sent ... to hospital" (fumes, a fire's smoke, stay wounds).
_ILLNESS_CAUSES = frozenset({"smog", "pollution", "haze", "heat", "heatwave", "air", "dust"})


def _hospitalised(token: Token) -> bool:
    """Round 18, rule 40: a figure of "casualties" the first verb over it admits to, takes to or treats
    in hospital ("after at least 55 casualties were admitted", "casualties were rushed to hospital"):
    the dead are not admitted, so they are the ``wounded``."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _HOSPITALISING:
        return False
    if verb.lemma_.lower() in ("admit", "hospitalise", "hospitalize", "treat"):
        return True
    return any(t.lemma_.lower() in ("hospital", "clinic", "ward") for t in verb.subtree)


def _sent_by_illness(token: Token) -> bool:
    """Round 18, rule 43: people a cause of illness (smog, pollution, heat) "sent" to hospital are ill,
    ``affected``: "Smog sent 1.93 million to Punjab hospitals"; fumes or smoke from a fire stay wounds."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in ("send", "drive", "put"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.lemma_.lower() in _ILLNESS_CAUSES for t in subject.subtree) and any(
        t.lemma_.lower() in ("hospital", "clinic", "ward", "emergency") for t in verb.subtree)


#: What people who are hurt seek (rule 48): "sought medical help".
_MEDICAL_HELP = frozenset({"help", "treatment", "care", "attention", "assistance", "aid"})


def _sought_help(token: Token) -> bool:
    """Round 19, rule 48: a figure whose verb is "seek" with an object of medical help ("32 had sought medical help",
    "sought treatment"): the hurt, ``wounded``; not "sought shelter" or "asylum"."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() == "seek" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEDICAL_HELP and (
            c.lemma_.lower() != "aid" or any(a.lower_ == "medical" for a in c.lefts)) for c in verb.children)


#: Words of a place where people are when a blow falls (rule 50).
_PRESENT_PLACES = frozenset({"hospital", "building", "school", "clinic", "ward", "theatre", "hall", "shelter"})


def _present_when(token: Token) -> bool:
    """Round 19, rule 50: "were in the hospital when the missile landed": "be" in a place, with a clause of "when" or
    "as" on it: people present at the blow, not hurt by it."""
    verb = _first_verb(token)
    if verb is None or verb.lemma_.lower() != "be":
        return False
    place = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") and any(
        o.lemma_.lower() in _PRESENT_PLACES for o in c.children if o.dep_ == "pobj") for c in verb.children)
    when = any(c.dep_ == "advcl" and any(w.lower_ in ("when", "as", "while") and w.dep_ in ("advmod", "mark")
                                         for w in c.children) for c in verb.children)
    return place and when


def _yearly(token: Token) -> bool:
    """Round 19, rule 51: a present-tense verb of treating or admitting with "a year", "every year" or "annually" ("the
    hospital treats more than 20,000 children a year"): a capacity, not a count of people hurt."""
    verb = _first_verb(token)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in ("treat", "admit", "see", "care"):
        return False
    near = [*token.subtree, *verb.children]
    return any(t.lemma_.lower() == "year" and t.dep_ == "npadvmod" for t in near) or any(
        t.lower_ in ("annually", "yearly") for t in near)


#: Round 20, rule 62: pupils and students, whose classes or schooling a disaster disrupts.
_LEARNERS = frozenset({"pupil", "student", "child", "schoolchild", "learner", "teenager"})

#: Round 20, rule 72: what a vaccination campaign does to people, and the words that make "reach" one.
_VACCINATING = frozenset({"vaccinate", "immunise", "immunize", "inoculate", "jab"})

_CAMPAIGN_CUES = frozenset({"dose", "vaccine", "vaccination", "campaign", "immunisation", "immunization", "jab",
                            "programme", "program"})


def _reached_by_campaign(token: Token) -> bool:
    """Round 20, rule 72: people a campaign vaccinates or hopes to reach ("it hopes to reach about 3.2 million people",
    "plans to vaccinate 2 million children") are people a policy reaches, ``affected``; "reach" only in a sentence of
    doses, vaccines or a campaign (not "the crowd reached 50,000 people")."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma in _VACCINATING:
        return True
    return lemma == "reach" and any(t.lemma_.lower() in _CAMPAIGN_CUES or t.lower_.rstrip("s") in _CAMPAIGN_CUES
                                    for t in token.sent) and \
        not any(c.dep_ == "nsubj" and c.lemma_.lower() in CONTAINERS for c in verb.children)


def _admitted_in_illness(token: Token) -> bool:
    """Round 20, rule 73: people "admitted" (passive, to no named place: "16,400 children and teenagers were admitted
    between 2019 and 2023") in an article about an outbreak of illness (:data:`OUTBREAK_CUES`) are patients, ill:
    ``affected``, as the hospitalised of an outbreak are (rule 8e); not in a sentence of injuries."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() != "admit":
        return False
    return bool(words(token.doc) & OUTBREAK_CUES) and not _injured(token)


#: Round 22, rule 88: what people breathe that harms them.
_BAD_AIR = frozenset({"air", "smoke", "fume", "smog", "gas", "haze", "dust", "pollution", "pollutant"})

#: Round 22, rule 88: verbs of taking air in, and the participle of exposure.
_BREATHING = frozenset({"breathe", "inhale", "expose"})


def _breathing_bad_air(token: Token) -> bool:
    """Round 22, rule 88: people who "breathe" or "inhale" air, smoke or fumes, or who are "exposed to" them
    (:data:`_BAD_AIR`), other than "fresh" or "clean" air: ``affected``."""
    verb = _first_verb(token)
    if verb is None or verb.lemma_.lower() not in _BREATHING:
        return False
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != verb.i:
        node = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None  # "millions of children"
        if node is None or node.head.i != verb.i or node.head.dep_ not in ("nsubj", "nsubjpass"):
            if not (token.dep_ == "pobj" and token.head.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.head.i == verb.i):
                return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _BAD_AIR and not any(a.lower_ in ("fresh", "clean", "clear") for a in o.children)
               for o in objects)


# --- round 23 (issue 14; protest crackdowns, a war's air strikes, floods) ----------------------------------------

#: Verbs of care that take people in without naming a place (rule 92).
_CARING = frozenset({"treat", "admit", "hospitalise", "hospitalize"})

#: Verbs of carrying people that need a place of care (rule 92): "taken to the trauma centre".
_CARRIED_TO = frozenset({"take", "rush", "bring", "carry", "transfer", "evacuate", "airlift", "fly", "send"})

#: Places of care (rule 92).
_CARE_PLACES = frozenset({"hospital", "clinic", "ward", "trauma", "emergency", "infirmary"})

#: Words of harm done to the body that make an article one of injuries (rule 92).
_HURT_WORDS = INJURY_WORDS | frozenset({"wounded", "injured", "injuries", "wounds"})


def _treated_hurt(token: Token) -> bool:
    """Round 23, rule 92: "more than 300 people had been treated across the province", "City Hospital had taken in about 80
    of them", "three colleagues were taken to the Trauma Centre": people cared for in an article of injuries are the
    ``wounded``; not with a condition of no injury, not a yearly capacity, not in an outbreak or a poisoning."""
    doc = token.doc
    vocabulary = words(doc)
    if not vocabulary & _HURT_WORDS or vocabulary & (OUTBREAK_CUES | POISONING_CUES):
        return False
    verb = _first_verb(token)
    if verb is None or _yearly(token):
        return False
    if any(c.lower_ == "being" for c in verb.children) or any(
            c.dep_ == "advmod" and c.lower_ == "when" for a in verb.children if a.dep_ == "advcl" for c in a.children) or \
            any(t.lower_ == "time" and t.head.lower_ == "at" for t in verb.subtree):
        return False  # "627 children were being treated there at the time of the strike": patients present (rule 50)
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma in _CARRIED_TO and "in" not in particles:
        places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
                  for o in p.subtree if o.lemma_.lower() in _CARE_PLACES]
        if not places:
            return False
    elif lemma not in _CARING and not (lemma == "take" and "in" in particles):
        return False
    conditions = [o for n in (verb, token) for p in n.children if p.dep_ == "prep" and p.lower_ in ("for", "with")
                  for o in p.children if o.dep_ in ("pobj", "pcomp") and o.pos_ != "PRON"]
    return not any(o.lemma_.lower() not in _WOUNDS and o.lower_ not in _WOUNDS and
                   not any(t.lemma_.lower() in _WOUNDS for t in o.subtree) and o.lemma_.lower() not in CIVILIANS
                   for o in conditions)
