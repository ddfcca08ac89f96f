"""Things, money and services: services lost and outages, data breaches, devices down, disruption,
values and rates, seats and tallies, payouts, court cases, posts and readings.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

Round 9 (issue 14):

- *Votes and messages are never delivered*: "a majority of five votes to four" is ``other``.

Round 15 (issue 14; the wording between a figure and its count in other places, :mod:`.assembly` for the
figures that lean on others):

24. *Tallies are never delivered* (:data:`TALLIED`, :func:`_score_after`): seats, votes, points, shares
   and customers "given" or "supplied" are ``other`` ("That gives the coalition 328 seats", "enough to
   supply about one million customers"), and so is the second figure of a score ("five votes to four").

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

34. *Eligible for a payout* (:func:`_eligible`): people said to be "eligible" in an article about compensation or a
   settlement are ``affected`` (not "eligible to vote").

Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season):

44. *Readings* (:func:`_index_reading`, :data:`_READINGS`): a figure an index or reading passes, reaches or hits
   ("the air index passes 900", "the AQI reached 480") is a reading, ``other``, never people affected.

Round 19 (issue 14; an earthquake, a software outage and a missile strike):

47. *Machines crashed* (:func:`_devices_down`, :data:`_DEVICES`): computers, machines and devices in a sentence of a
   crash or an outage (crashed, froze, hit, knocked offline) are ``affected``, as people without power are; so is the
   level a container of machines is put at (:func:`_device_container`: "puts the number of machines that crashed at
   8.5 million").
55. *Disruption suffered* (:func:`_disrupted`): figures that "suffered" or "saw" disruption or an outage ("125 of the
   Fortune 500 companies suffered disruption") are ``affected``.
56. *Shares lost* (:func:`_lost_value`): a percentage that a thing (shares, stock, a currency) "lost" is a fall in value,
   ``other``, never deaths.
57. *Money per head* (:func:`_per_head`): a sum "per" person, family or household, or "each" / "apiece" ("would receive
   UAH 10,800 per family member from UNICEF") is a rate, ``other``, not a gift's total (rules 1b, 1c).

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

62. *Classes disrupted* (:func:`_classes_disrupted`): pupils or people "of" whom classes, lessons or schooling are disrupted
   or suspended are ``affected``.
64. *Homes without a service* (rule 8g widened, :data:`_DWELLINGS`): "more than 15,000 homes had no electricity" is
   ``affected``, though harm verbs count no homes.
65. *Court cases* (:func:`_court_case`): "cases" that are the "in" object of a verb of arrest or charging ("arrested 11,112
   people in 721 cases") are no cases of illness, even in an article that speaks of one.
66. *Posts are no people* (:data:`_POSTS`): shares of posts, jobs or positions ("leaving 93% of posts to be filled on merit")
   are never harmed, displaced or returned.

Round 21 (issue 14; a gang war and its jailbreaks, a general election, a developer's liquidation):

77. *Value lost* (:func:`_value_lost`, rule 56 widened, checked in :func:`~newsclaims.extract.claims.measures.measure`):
   a bare percentage "lost" (no "of" phrase after it) whose verb's subject is no people, no harm noun and no place ("The
   carmaker had lost 18%", "... and the property manager 2.5%") is a fall in value, ``other``, not deaths.
81. *Losses in a tally* (:func:`_tallied_sentence`): a "loss" in a sentence that counts seats, MPs, votes or points
   (:data:`TALLIED`) is one of those, ``other``, not casualties ("measured against the 365 MPs it elected, the loss was 244").
   MPs, lawmakers, deputies and councillors are tallied (:data:`TALLIED`: "gave the party 72 MPs" is seats).
82. *Rates per thing* (:func:`_rate_per`): a figure followed, right after it or after its noun, by "for each", "for every"
   or "per" and a noun ("fewer than 24,000 votes for each of its 411 seats", "about 56,000 for each of theirs", "49,000 per
   MP") is a rate, ``other``: no people in need, no delivery, no deployment.

Round 22 (issue 14; an epidemic's doses, a smog season, returns, a tanker blast and a concert-hall attack):

85. *Police cases* (:func:`_cases_booked`, rule 65 widened): "cases" registered, filed, booked or lodged (:data:`_BOOKING`:
   "officers registered 43 cases", "2,248 cases registered") in a sentence that also arrests, fines or charges people
   (:data:`_ENFORCING`) are police cases, ``other``, even in an article about illness; cases of a disease registered with
   no enforcement beside them stay ``affected``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...spans import words
from ..counted import predicate_chain
from ..measure_words import (
    BREACH_CUES, BREACHED, CIVILIANS, CONTAINERS, CUTTING_OFF, MESSAGES, NOUNS, PERSONNEL, SERVICES,
)
from .common import _first_verb, _PUTTING, _verbs_above


LOST_THINGS = MESSAGES | {"point", "seat", "share", "percent", "ground", "job", "customer", "subscriber", "game",
                          "match", "race", "election", "contract", "order",
                          "mp", "lawmaker", "deputy", "councillor", "councilor"}  # round 21: "gave the party 72 MPs": seats


def _left_without(token: Token) -> bool:
    """Rule 8g (round 10): people or places left without a service or cut off are ``affected``:
    the subject of "have" whose object is a service (:data:`SERVICES`) with "no" or a negation
    ("77% of the island had no electricity", "did not have water"), and a figure whose first verb
    up, or its noun's own clause, is "cut" or "sealed" "off" (:data:`CUTTING_OFF`: "240
    communities had been cut off", "the number of customers cut off at 530,000")."""
    chain = predicate_chain(token)
    verb = next((t for t in chain[1:] if t.pos_ in ("VERB", "AUX")), None)
    clauses = [c for n in chain[:3] if n.pos_ != "VERB" for c in n.children if c.dep_ in ("acl", "relcl")] + \
        ([verb] if verb is not None else [])
    if any(v.lemma_.lower() in CUTTING_OFF and any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
           for v in clauses):
        return True
    if verb is None or verb.lemma_.lower() != "have" or not any(
            n.dep_ == "nsubj" and n.head.i == verb.i for n in chain[:chain.index(verb)]):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SERVICES and
               (negated or any(d.lower_ == "no" for d in c.children)) for c in verb.children)


def _breached(token: Token, anchor: Token, head: str | None) -> bool:
    """Rule 8h (round 10): in an article about a data breach (:data:`BREACH_CUES`), a count of
    people, records or notices (:data:`BREACHED`: "192.7 million people", "nearly 79 million
    records", "a third of Americans"), or a bare figure that is the level of a container ("a count
    of 100 million"), is of those whose data was taken: ``affected``. Money, data volumes, devices
    and other nouns keep their reading."""
    if not words(token.doc) & BREACH_CUES:
        return False
    if head is None:
        return anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and \
            anchor.head.head.lemma_.lower() in CONTAINERS | {"placeholder", "estimate"}
    return head in BREACHED


#: Round 15, rule 24: what a vote, a market or a grid tallies, never delivered or deployed however it is
#: "given" or "supplied" ("That gives the coalition 328 seats", "enough to supply about one million
#: customers"): the things lost that are no lives (:data:`LOST_THINGS`), less orders and contracts, which
#: are delivered.
TALLIED = LOST_THINGS - {"order", "contract"}


def _score_after(anchor: Token) -> bool:
    """Round 15, rule 24: the second figure of a score, "five votes to four", "by 52 seats to 48": right
    after "to" that follows a tallied noun (:data:`TALLIED`)."""
    doc, i = anchor.doc, anchor.i
    return i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lemma_.lower() in TALLIED


#: Words of a payout (rule 34): people "eligible" in an article about one are those it reaches.
_PAYOUT_CUES = frozenset({"compensation", "settlement", "payout", "payment", "reimbursement", "relief", "claim"})


def _eligible(token: Token) -> bool:
    """Rule 34: people said to be eligible ("3,000 people might be eligible", "eligible for compensation") in an
    article about a payout (:data:`_PAYOUT_CUES`) are the people it reaches; not "eligible to vote"."""
    doc = token.doc
    if not any(t.lemma_.lower() in _PAYOUT_CUES for t in doc):
        return False
    for verb in _verbs_above(token, 3)[:1]:
        for c in verb.children:
            if c.lower_ == "eligible" and not any(x.dep_ == "xcomp" or x.lower_ == "to" for x in c.children):
                return True
    return False


#: Readings of an instrument (rule 44): "the air quality index", "an AQI of 480".
_READINGS = frozenset({"index", "aqi", "reading"})


def _index_reading(token: Token) -> bool:
    """Round 18, rule 44: a figure that an index or reading "passes", "reaches", "hits" or "stands at"
    ("Lahore air index passes 1,000", "the AQI reached 480") is a reading, ``other``, never people."""
    verb = token.head if token.dep_ in ("dobj", "attr", "npadvmod") else (
        token.head.head if token.dep_ == "pobj" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _READINGS


# Round 19 (issue 14; an earthquake, a software outage and a missile strike).

#: Machines a crash or an outage knocks out (rule 47).
_DEVICES = frozenset({"machine", "computer", "device", "pc", "laptop", "server", "terminal", "workstation"})

#: Words of a crash or an outage (rule 47): "crashed", "froze", "knocked offline", "the crash".
_CRASHING = frozenset({"crash", "freeze", "hit", "knock", "brick", "disable", "outage", "offline", "reboot"})


def _devices_down(anchor: Token) -> bool:
    """Round 19, rule 47: machines counted in a sentence that speaks of a crash or an outage (a verb or a noun of
    :data:`_CRASHING`) are knocked out by it: ``affected``."""
    return any(t.lemma_.lower() in _CRASHING and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV") for t in anchor.sent)


def _device_container(anchor: Token) -> bool:
    """Round 19, rule 47: a bare figure "at" under a verb of putting whose object is a container of machines ("puts the
    number of machines that crashed at 8.5 million", the "at" hung anywhere below the verb)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return False
    verb = next((v for v in (anchor.head.head, *anchor.head.head.ancestors)
                 if v.pos_ == "VERB" and v.lemma_.lower() in _PUTTING), None)
    return verb is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONTAINERS and any(
            o.lemma_.lower() in _DEVICES for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj") for c in verb.children)


#: Nouns of disruption (rule 55).
_DISRUPTIONS = frozenset({"disruption", "outage", "blackout", "downtime", "interruption"})

#: Things whose value falls (rule 56): "shares have lost 20%".
_VALUED = frozenset({"share", "stock", "price", "value", "currency", "index", "bond", "market", "company", "firm",
                     "group", "dollar", "euro", "pound", "rouble", "yen", "bitcoin", "revenue", "sale", "profit"})


def _disrupted(token: Token) -> bool:
    """Round 19, rule 55: a figure whose verb is "suffer", "see", "experience" or "report" with an object of disruption
    ("125 of the Fortune 500 companies suffered disruption"): ``affected``."""
    verb = _first_verb(token)
    return verb is not None and verb.lemma_.lower() in ("suffer", "see", "experience", "face", "report") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DISRUPTIONS for c in verb.children)


def _lost_value(token: Token) -> bool:
    """Round 19, rule 56: a percentage "lost" by shares, stock, a currency or a company ("shares ... have lost more than
    20%"): a fall in value."""
    verb = _first_verb(token)
    if verb is None or verb.lemma_.lower() != "lose":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "shares fell ... and have lost"
    return subject is not None and (subject.lemma_.lower() in _VALUED or subject.pos_ == "PROPN")


def _per_head(anchor: Token) -> bool:
    """Round 19, rule 57: money followed by "per" + a person, family or household, or by "each" / "apiece" ("UAH 10,800
    per family member", "$500 per household", "200 euros each"): a rate per head."""
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if after is not None and after.lower_ in ("each", "apiece"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "per" and any(
        o.lemma_.lower() in CIVILIANS | {"person", "family", "household", "member", "head", "child", "pupil", "victim",
                                         "resident", "worker", "recipient", "applicant"}
        for o in c.children if o.dep_ == "pobj") for c in anchor.children) or (
        after is not None and after.lower_ == "per" and anchor.i + 2 < len(anchor.doc) and
        anchor.doc[anchor.i + 2].lemma_.lower() in ("person", "family", "household", "head", "member", "child"))


_SCHOOLING = frozenset({"class", "classes", "schooling", "lesson", "education", "study", "studies", "learning"})

_DISRUPTING = frozenset({"disrupt", "interrupt", "suspend", "halt", "affect", "cancel"})


def _classes_disrupted(token: Token) -> bool:
    """Round 20, rule 62: people "of" whom classes, lessons or schooling are disrupted, interrupted or suspended
    ("disrupting the classes of 109,793 pupils", "the schooling of 2 million children was interrupted") are
    ``affected``, as children whose schooling smog disrupts are."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "of"):
        return False
    noun = token.head.head
    if noun.lemma_.lower() not in _SCHOOLING and noun.lower_ not in _SCHOOLING:
        return False
    return noun.head.lemma_.lower() in _DISRUPTING and noun.dep_ in ("dobj", "nsubjpass", "nsubj")


#: Round 20, rule 64: homes, which are left without a service as people are ("more than 15,000 homes had no
#: electricity": ``affected``), though harm verbs count no homes.
_DWELLINGS = frozenset({"home", "house", "household", "dwelling"})

#: Round 20, rule 65: verbs of a court or the police whose "in" phrase holds court cases ("arrested 300 people in 72
#: cases").
_CASE_VERBS = frozenset({"arrest", "detain", "charge", "accuse", "indict", "name", "file", "sue", "try", "convict",
                         "prosecute", "hold", "jail", "sentence"})


def _court_case(case: Token) -> bool:
    """Round 20, rule 65: "cases" that are the "in" object of a verb of arrest or charging ("police arrested 11,112
    people in 721 cases", "charged 40 suspects in 12 cases") are court cases, ``other``, even in an article that
    speaks of illness."""
    if case.dep_ == "pobj" and case.head.lower_ == "in" and case.head.head.lemma_.lower() in _CASE_VERBS:
        return True
    return _cases_booked(case)


#: Round 22, rule 85: verbs by which the police or a court open a case ("registered 43 cases").
_BOOKING = frozenset({"register", "file", "book", "lodge", "open", "initiate"})

#: Round 22, rule 85: verbs of enforcement that make a sentence's registered cases police cases.
_ENFORCING = frozenset({"arrest", "detain", "fine", "charge", "penalise", "penalize", "seal", "impound", "prosecute",
                        "book", "jail"})


def _cases_booked(case: Token) -> bool:
    """Round 22, rule 85 (rule 65 widened): "cases" that are registered, filed, booked or lodged (:data:`_BOOKING`, the
    object or the passive subject of the verb, or its participle "2,248 cases registered") in a sentence that also
    arrests, fines or charges people (:data:`_ENFORCING`: "officers registered 43 cases, arrested 11 people and fined
    423 others") are police cases, ``other``, even in an article about illness ("registered 500 cases of dengue" has
    no enforcement beside it and stays ``affected``)."""
    verb = case.head
    if case.dep_ == "nsubjpass" or case.dep_ == "dobj":
        pass
    elif any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _BOOKING for c in case.children):
        verb = next(c for c in case.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _BOOKING)
    else:
        return False
    if verb.lemma_.lower() not in _BOOKING:
        return False
    return any(t.lemma_.lower() in _ENFORCING and t.pos_ == "VERB" and t.i != verb.i for t in case.sent)


#: Round 20, rule 66: what a quota or a labour market counts, which is no people: posts, jobs, positions.
_POSTS = frozenset({"post", "job", "position", "vacancy", "seat", "slot", "quota"})


def _value_lost(anchor: Token) -> bool:
    """Round 21, rule 77 (rule 56 widened): a bare percentage "lost" (no "of" phrase of people after it) whose verb's
    subject is no people ("The carmaker had lost 18%", "... and the property manager 2.5%"): a fall in value."""
    verb = _first_verb(anchor)
    if verb is None or verb.lemma_.lower() != "lose":
        return False
    figure = anchor
    while figure.head.i != figure.i and figure.head.lower_ in ("%", "percent") or figure.dep_ in ("nummod", "compound"):
        figure = figure.head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in (*figure.children, *anchor.children)):
        return False  # "lost 18% of its residents"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in CIVILIANS | PERSONNEL | set(NOUNS) and subject.pos_ in ("NOUN", "PROPN") and \
        subject.ent_type_ not in ("GPE", "NORP", "LOC")


def _tallied_sentence(anchor: Token) -> bool:
    """Round 21, rule 81: a sentence that counts seats, MPs, votes or points (:data:`TALLIED`) besides the figure: a
    "loss" in it is one of those, not of lives ("measured against the 365 MPs ..., the loss was 244")."""
    return any(t.i != anchor.i and (t.lemma_.lower() in TALLIED or t.lower_ in ("mps", "seats", "votes"))
               for t in anchor.sent)


def _rate_per(anchor: Token) -> bool:
    """Round 21, rule 82: a figure followed (right after it or after its noun) by "for each", "for every" or "per"
    ("fewer than 24,000 votes for each of its 411 seats", "about 56,000 for each of theirs", "49,000 per MP") is a rate
    per thing, ``other``: no people in need nor a delivery."""
    doc = anchor.doc
    i = anchor.i + 1
    if i < len(doc) and doc[i].pos_ == "NOUN" and anchor.dep_ == "nummod" and anchor.head.i == i:
        i += 1
    following = [t.lower_ for t in doc[i:i + 2]]
    return following[:1] == ["per"] and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN") or \
        following in (["for", "each"], ["for", "every"])
