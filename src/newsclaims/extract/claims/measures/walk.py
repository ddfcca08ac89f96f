"""The walk up the predicates from a figure (rules 3-5 and the rules that refine them): the first trigger
verb, adjective complement or context noun above the figure, and the clause of the figure's own noun.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

3. The noun's own participle or adjective ("soldiers killed in ...", "people believed trapped",
   "dozens missing"), also a state word written after the noun or the bare number ("leaves 16
   civilians dead", "11 dead and 110 missing", "63 still unaccounted for"), and the clause of a
   restatement ("1,415 families, or about 5,800 people, who had lost their homes").
4. Walking up from the figure to the root: the first trigger verb (:data:`VERBS`), adjective
   complement ("went missing", "remain displaced", "listed as missing") or context noun under the
   verb (:data:`CONTEXT`: "treated for injuries", "in hospital", "treated for heat stress" or
   "dehydration" (conditions that are no injuries: ``affected``), "spent the night in tents",
   "among the dead were ...", "driven from their homes", "there" standing for the place of the
   clause it hangs on ("have left hospital, while 37 remain there": ``wounded``), "in need" and living "in areas hit" by
   a disaster (:data:`STRICKEN`: ``affected``), "sought shelter", "took refuge"; "on
   strike" is ``other``; people treated "for" a condition that names no injury ("treated for
   breathing difficulties", "for shock", round 8) are ``affected``, like those "in food insecurity",
   facing "hunger" or "famine" (round 8: people of a food crisis are ``affected``); a condition (:data:`CONDITIONS`) had, suffered or sustained (:data:`HAVING`: "four had
   moderate injuries", "seven suffered minor cuts"); symptoms reported or described
   (:data:`SYMPTOMS`: "describing nausea or headaches") are ``affected``; people "at the bottom of
   the sea" or "on the seabed" (:data:`SEABED`) ``missing``; "hundreds among the dead" takes the group's state). The walk passes light verbs (:data:`LIGHT`: be, become, include,
   reach ...) and stops at any other verb, and at a preposition other than "of"/"with"/
   "including"... ("killed 18 civilians in three villages": the villages are a circumstance).
   A transitive trigger reached from its active subject does not apply ("22 countries have sent
   aid" counts senders). Conjoined verbs sharing subject and object add their harms: two or more
   of killed/wounded/missing/captured make ``casualties`` ("killed, wounded, or went missing");
   "killing 120 people and injuring more than 900" keeps each figure's own. A wound dealt
   "fatally" or "mortally" kills ("one, who was fatally hurt": ``killed``). Harm verbs count
   people: things they govern (:data:`THINGS`: "burying houses and two buses") are ``other``. A clause conjoined
   with its own subject ends the walk ("60 patients were being treated ..., and nearly a third of
   them were children": the treating does not govern the third), and so does a participle's
   adverbial clause ("administered 318,000 doses, reaching nearly 80% of the people targeted").
   Containers of a state count people in it (:data:`CONTAINERS`: "the number of dead", "the tally
   of the missing stood at 63", "the list of the missing was down to 51 names"; "a toll of 37" is
   deaths); "down/up to N" is a level, not a circumstance. Homes lost or left are ``displaced``
   ("lost their homes", "moved out of their homes", "had to move out of their houses"), and so are
   people moved, relocated or resettled out of or away from any place people live (:data:`MOVING`,
   :data:`PLACES`: "moved out of coastal areas", "relocated from low-lying districts"); power or
   water lost is ``affected`` ("600,000 households lost power"); people
   "under the rubble" ``missing``, and so are people searched "for" (:data:`SEARCHING`: "still
   searching for about 65 villagers", "divers hunted for 12 fishermen"; not things, nor the wanted, :data:`WANTED`: "suspects"); personnel "taking part" are ``deployed``; what "was needed" or "required" is a resource, not
   people in need: ``deployed`` for personnel and machines of a response (:data:`RESPONSE_MACHINES`:
   "15 fire engines were needed"), else ``supplied``; "X said 22
   civilians, ..., were killed", parsed with the figure as the object of "said", takes the
   content clause's verb.
5. Sending and delivering verbs (send, deploy, deliver, supply, transfer, hand out ...) give
   ``deployed`` for personnel (:data:`PERSONNEL`) and ``supplied`` for anything else ("administered
   318,000 doses" too), and so do receiving verbs (what one side receives, the other sent; but
   messages received, :data:`MESSAGES`: "the line received 3,100 calls", are ``other``); arriving and joining give ``deployed``
   for personnel and ``other`` for anything else, going "to" a place ``deployed`` for personnel;
   people sent "to hospital" (or any place of :data:`CONTEXT`) take that place's measure ("fumes sent
   64 people to hospital": ``wounded``, not a delivery);
   people who are no personnel (:data:`CIVILIANS`, round 9) sent, moved or transferred are no
   supplies: ``other`` ("2,500 people were transferred to Sicily"), unless the place tells
   ("moved to camps", "moved out of their homes": ``displaced``); what is sold (:data:`SELLING`)
   is ``supplied`` only when it is materiel or sold "to" a buyer ("45,000 tickets had been
   sold" is ``other``); weapons sent "at", "toward" or "against" a target (:data:`AIMING`) are
   fired, ``other`` ("sent 75 drones toward Kyiv");
   but a sending verb in a participle clause of a happening ("a bridge collapsed, sending 10 cars
   into the river": a thing or a hazard as the clause's subject, or a verb of collapse) is ``other``; so do aid nouns on the
   path ("support ..., including 10 million shells"). Size verbs ("boasting 1.2 million
   personnel") give ``other``: an army's size is not a deployment.

Round 8 (issue 14):

- *Misread verbs*: a word the tagger reads as a noun or a conjunction that takes the figure as its
  direct object and is a trigger verb is read as that verb ("police arrest three", "kill 37, strand
  nearly 2 million": ``arrested``, ``affected``).
- *A figure's own noun is no context*: the subject of the verb is a context noun only when it is
  not the counted noun itself ("35,000 cuts mean ...": job cuts, not wounds; "evacuation orders
  cover 31,000" stays).
- *Strikes joined*: joining or taking part in a work stoppage (:data:`STOPPAGES` in the object or
  its "in" phrase) is ``other`` for anyone, as "on strike" is ("workers joined the warning strikes").
- *Services cut off*: a figure "to" or "for" which a verb of cutting (:data:`CUTTING`) cut a service
  people lose (power, electricity) is ``affected`` ("power was cut to 5,000 homes").
- *Times are no context*: a prepositional object inside a date or time ("In the 2023-24 school
  year") is neither a place nor a cause.

Round 9 (issue 14):

- *A "when" clause is its own*: the walk does not leave an adverbial clause with a subject of its
  own ("..., when its rate stood at 5.25%": the main clause's "cut" is no wound).
- *The noun's own state beats a default*: where the walk ends on ``other``, a state adjective on
  the noun decides ("home to some 652,000 displaced people").
- *On the move*: people "on the move" are ``displaced``.
- *Under warnings* (round 11): people "under" evacuation warnings, alerts or orders
  (:data:`NOTICES`, with "evacuat..." in the sentence) are ``displaced``.
- *Treated with wounds*: "treated hundreds of people with gunshot wounds" reads the "with" as the
  cause, as "for" is (``wounded``); "were among those in a serious condition" reads the "in"
  phrase under "among" (``wounded``).

Round 13 (issue 14):

2. *Belief-raised harm*: a figure that is the subject of a verb of belief or knowledge
   (:data:`BELIEVING`) takes the measure of its infinitive clause ("hundreds were believed to have
   been executed", "are known to have died").
4. *No people*: what a clause "needs" is no people in need ("needs 316 of the 630 members"); "lose"
   counts no deaths for votes, points or seats (:data:`LOST_THINGS`; a bare number is left to its
   elided noun); things "gone missing" (ballots, :data:`MISSING_THINGS`) are ``other``.
9. *Trapped in a town*: people trapped "in" a city, town or area (:data:`PLACES`) are ``affected``
   (in need, whereabouts known); under rubble or in a house they stay ``missing``.
13. *Partitive of a state*: "1.3 million of those affected were linked to ..." takes the participle's or
   adjective's measure where the part's own verb is light or passive ("18 of those arrested would face
   charges" says what befalls the part).
14. *Looked for*: people "looked for" are ``missing`` as people searched for are (not personnel sought);
   people "left without" work or a service are ``affected`` (without homes, ``displaced``).

Round 14 also (lexicon, words news of any kind uses; the words themselves are in :mod:`.measure_words`):

1. *Phrasal verbs* (:data:`PHRASAL`): "rounded up 300 suspects", "locked up" (``arrested``), "gunned
   down" (``killed``), personnel "drafted in" or "brought in" (``deployed``; anything else brought in
   is left to the other rules).
2. *Homes left* (:data:`LEAVING_HOME`): people who left, abandoned or fled their homes are
   ``displaced``, as those who lost them.
4. *A harm beside an unknown verb*: "were shot and wounded" takes the conjunct's harm where the first
   verb names none.
5. *Left in a state*: "left 300 people injured", the state read as the clause of "leave".

Round 15 (issue 14; the wording between a figure and its count in other places, :mod:`.assembly` for the
figures that lean on others):

20. *A split subject after "said"*: "said more than 450 patients and wounded people had been executed",
   parsed with the figure as the object of "said" and the rest of the subject as that of a clause
   conjoined to "said", takes that clause's verb (as rule 4 does for a content clause).

Round 23 (issue 14; protest crackdowns, a war's air strikes, floods):

90. *A gapped conjunct counts its own figure* (:func:`_gapped_figure`): in "45 people were killed and more than 200 hurt"
   the second verb's subject is elided and its figure hangs on it as a number; that conjunct counts its own figure, so
   its harm is not added to the first verb's (``killed``, not ``casualties``).
99. *Misparsed approximations and bare harms* (:func:`_bare_harm`): a word of approximation read as a preposition over a
   figure ("killing at least seven people and wounding about 1,900", :data:`_APPROXIMATING`) lets the walk pass and
   makes the figure its conjunct's own (rule 90); a bare past form of a harm (:data:`_BARE_HARMS`) with no auxiliary and
   no object whose subject is a figure ("the toll at 31, six of them killed when a rocket struck a bus") is a
   participle: the figure was harmed, it did not harm.

Round 27: 115. *Falls in value* (:func:`_at_verb`): a percentage that an index or a share "lost", with no noun counted
("the Nifty 50 lost 5.93%"), is ``other``: no lives.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..verbs import SAY_VERBS
from ..counted import LINKING, predicate_chain
from ..measure_words import (
    ADJECTIVES, AID_NOUNS, AIMING, ANIMALS, ARRIVING, CAPTIVE_PEOPLE, CIVILIANS, CONDITIONS, CONTAINERS, CONTEXT,
    CUTTING, GOING, HARM, HAVING, HOMES, INTRANSITIVE, LEAVING_HOME, LIGHT, MATERIEL, MESSAGES, MOVING, NOUNS,
    PASSING_PREPS, PERSONNEL, PHRASAL, PHRASAL_SENDING, PLACES, POSTING, RECEIVING, REFUGE, RESPONSE_MACHINES,
    RUBBLE, SCENE_SENDING, SEABED, SEARCHING, SELLING, SENDING, SIZE_VERBS, STOPPAGES, STRICKEN, TAKING, THINGS,
    VERBS, WANTED, WORKFORCE,
)
from .common import BELIEVING, _listed_state
from .economy import LOST_THINGS
from .health import _symptoms
from .captivity import _taken_captive
from .movement import _stationed


#: Nouns of asking for help (round 13): personnel or materiel asked "for" are to be sent.
REQUESTS = frozenset({"request", "call", "appeal", "plea", "demand"})

#: What people may be "under" that moves them out: evacuation warnings, alerts, orders.
NOTICES = frozenset({"warning", "alert", "order", "notice"})

#: Nouns of harm that stay themselves when their people are cared for ("treated 40 injured").
HARM_NOUNS = frozenset(n for n, m in NOUNS.items() if m in HARM)

_GO_ON = "go on"  # a step of the walk that decides nothing


def _from_predicates(token: Token, head: str | None, anchor: Token | None = None) -> str | None:
    """Rules 3-4: the noun's own clause (or the number's, where the parser hangs it there: "dozens
    of people believed trapped"), then the walk up from the figure."""
    found = _own_clause(token, head) or (_own_clause(anchor, head) if anchor is not None and anchor != token else None)
    if found:
        return found
    previous = token
    for node in predicate_chain(token)[1:]:
        if previous.dep_ == "conj" and previous.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in previous.children):
            break  # a conjoined clause with its own subject is not governed by the first one
        if previous.dep_ == "advcl" and previous.tag_ == "VBG" and previous.i != token.i:
            break  # "administered 318,000 doses, reaching nearly 80% of the people": its own clause
        if previous.dep_ == "advcl" and previous.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in previous.children):
            break  # "The cut is the fifth ..., when its rate stood at 5.25%": the "when" clause is its own
        step = _step(node, previous, token, head)
        if step != _GO_ON:
            return step or _modifier(token, head)
        previous = node
    return _modifier(token, head)


def _own_clause(token: Token, head: str | None) -> str | None:
    """"soldiers killed in Kursk", "people believed trapped", "people in shelters"."""
    for child in token.children:
        if child.dep_ == "amod" and child.i > token.i and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]  # "leaves 16 civilians dead": a state after the noun
        restated = child.dep_ == "appos" or child.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "or" for c in token.children)  # "1,415 families, or about 5,800 people, who ..."
        if restated and child.pos_ == "NOUN" and child.i > token.i and _own_clause(child, head):
            return _own_clause(child, head)  # "1,415 families, or about 5,800 people, who had lost their homes"
        if child.dep_ == "prep" and _on_strike(child):
            return "other"  # "staff on strike"
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NUM" and \
                (token.dep_ == "nsubjpass" or token.head.lemma_.lower() in LIGHT):  # not "18 of those arrested would face charges"
            found = [VERBS.get(c.lemma_.lower()) or ADJECTIVES.get(c.lower_) for o in child.children
                     if o.dep_ == "pobj" and o.lower_ in ("those", "them") for c in o.children
                     if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ")]
            if any(found):
                return next(f for f in found if f)  # round 13: "About 1.3 million of those affected"
        if child.dep_ == "prep" and child.lower_ == "among":
            found = [ADJECTIVES.get(o.lower_) or NOUNS.get(o.lemma_.lower()) for o in child.children if o.dep_ == "pobj"]
            if any(found):
                return next(f for f in found if f)  # "fears hundreds of its citizens among the dead"
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            found = [_context_noun(c) for c in child.children if c.dep_ == "pobj" and _context_noun(c)]
            if found:
                return found[0]
        if child.dep_ == "prep" and _from_home(child):
            return "displaced"  # "force tens of thousands from their homes"
        if child.dep_ in ("acl", "relcl"):
            if _trigger(child, head, "dobj"):
                return _combine(child, head, "dobj")
            found = _complement(child) or _context(child)
            if found:
                return found
    return None


def _step(node: Token, previous: Token, token: Token, head: str | None) -> str | None:
    """One step of the walk: a measure, None (stop, undecided) or :data:`_GO_ON`."""
    lemma = node.lemma_.lower()
    if node.dep_ == "prep" and node.lower_ in ("including", "among") and previous.i == token.i:
        if node.lower_ == "including" and _listed_aid(node):
            return "deployed" if head in PERSONNEL else "supplied"
        return None  # "68, including 23 children": a part of a figure takes its measure
    if node.dep_ == "prep" and node.lower_ == "for" and (node.head.lemma_.lower() in SEARCHING or node.head.lemma_.lower()
                                                         == "look" and head not in PERSONNEL - WORKFORCE) and \
            previous.dep_ == "pobj" and head not in THINGS and head not in WANTED:
        return "missing"  # "were still searching for about 65 villagers"
    if node.dep_ == "prep" and node.lower_ in ("to", "for") and previous.dep_ == "pobj" and _supply_cut(node.head):
        return "affected"  # "power was cut to 5,000 homes": those left without it
    if node.dep_ == "prep" and node.lower_ == "for" and previous.dep_ == "pobj" and \
            node.head.lemma_.lower() in REQUESTS and (head in PERSONNEL or head in MATERIEL):
        return "deployed" if head in PERSONNEL else "supplied"  # round 13: "a request for 5,000 more soldiers"
    if node.dep_ in ("prep", "agent") and node.pos_ == "ADP":
        # "in three villages", "to 12 districts": a circumstance; "down to 51 names": a level
        if node.lower_ in _APPROXIMATING and previous.dep_ == "pobj" and previous.like_num:
            return _GO_ON  # round 23, rule 99: "wounding about 1,900": "about" read as a preposition qualifies the figure
        return _GO_ON if node.lower_ in PASSING_PREPS or _level_to(node) else "other"
    if node.pos_ == "NOUN" and lemma in AID_NOUNS and previous.dep_ == "prep":
        return "deployed" if head in PERSONNEL else "supplied"  # "support ..., including 9 million shells"
    if node.pos_ == "NOUN" and lemma in NOUNS and previous.dep_ == "prep" and previous.lower_ == "of":
        return NOUNS[lemma]  # "raising the toll of 37"
    if node.pos_ == "NOUN" and lemma in CONTAINERS:
        listed = _listed_state(node)
        if listed:
            return listed  # "the number of missing", "the list of the dead"
        for child in node.children:  # "the number of people unaccounted for"
            if child.dep_ in ("acl", "relcl", "amod") and (_trigger(child, head, "dobj") or _complement(child)):
                return _trigger(child, head, "dobj") or _complement(child)
        return _GO_ON
    if node.pos_ not in ("VERB", "AUX", "ADJ"):
        if previous.dep_ == "dobj" and lemma in VERBS and node.pos_ in ("NOUN", "CCONJ", "PROPN"):
            return _at_verb(node, previous, head)  # "police arrest three", "kill 37, strand 2 million": a misread verb
        return _GO_ON
    return _at_verb(node, previous, head)


def _supply_cut(verb: Token) -> bool:
    """"Power was cut to 5,000 homes", "the utility shut off electricity for 12,000 customers": a
    verb of cutting (:data:`CUTTING`) whose subject or object is a service people lose (a context
    noun of ``affected``: power, electricity)."""
    return verb.lemma_.lower() in CUTTING and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _context_noun(c) == "affected" for c in verb.children)


def _level_to(prep: Token) -> bool:
    """"was down to 51 names", "missing down to 51": "to" after "down"/"up" gives a level."""
    head = prep.head
    return prep.lower_ == "to" and (head.lower_ in ("down", "up") or
                                    any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "up") for c in head.children))


def _listed_aid(including: Token) -> bool:
    """"support from North Korea, including 10 million shells": the list elaborates an aid noun
    right before it, even when the parser hangs "including" on the verb."""
    i = including.i - 1
    while i >= 0 and including.doc[i].is_punct:
        i -= 1
    node = including.doc[i] if i >= 0 else None
    while node is not None and node.pos_ in ("NOUN", "PROPN", "ADP"):
        if node.pos_ == "NOUN" and node.lemma_.lower() in AID_NOUNS:
            return True
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _at_verb(verb: Token, previous: Token, head: str | None) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in ("need", "require") and previous.dep_ == "nsubjpass":  # what was needed: a resource
        return "deployed" if head in PERSONNEL | RESPONSE_MACHINES else "supplied"
    if lemma == "need" and _needs(verb):
        return _needs(verb)  # "20,000 people will need temporary housing"
    if lemma in ("need", "require") and previous.dep_ == "dobj":
        return "other"  # round 13: "the bill needs 316 of the 630 members": what is needed, no people in need
    if lemma == "lose" and previous.dep_ == "dobj" and (head is None or head in LOST_THINGS):
        return None
    if lemma == "lose" and previous.dep_ == "npadvmod" and head is None and previous.lower_ in ("%", "percent", "pct"):
        return "other"  # round 27, rule 115: "the Nifty 50 lost 5.93%": a fall in value, no lives
    if lemma == "lose" and previous.dep_ in ("dobj", "npadvmod") and head is not None and \
            head not in CIVILIANS | PERSONNEL | CAPTIVE_PEOPLE | HARM_NOUNS | {"life"} and \
            not any(c.dep_ == "dobj" and c.lemma_.lower() in HOMES | {"life"} for c in verb.children):
        return "other"  # round 14: "the grid lost 15 gigawatts", "60% of national demand": no lives  # round 13: "the party lost 121", "lost 9.3 points": no deaths (an elided noun may tell)
    if any(c.dep_ == "prep" and _from_home(c) for c in verb.children):
        return "displaced"  # "moved out of their homes": where from tells, not the verb of moving
    if lemma in MOVING and head not in PERSONNEL and head not in THINGS and \
            any(c.dep_ in ("prep", "advmod") and _from_home(c, PLACES) for c in verb.children):
        return "displaced"  # "50,000 people were moved out of coastal areas", "relocated from the valley"
    if lemma in SAY_VERBS and previous.dep_ == "dobj":  # "X said 22 civilians, ..., were killed"
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > previous.i and
                        not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        if content is not None:
            return _trigger(content, head, "nsubjpass") or _complement(content)
        doc = verb.doc
        if previous.i + 2 < len(doc) and doc[previous.i + 1].lower_ in ("and", "or"):
            for clause in (c for c in verb.children if c.dep_ == "conj" and c.i > previous.i and c.pos_ in ("VERB", "AUX")):
                subject = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.left_edge.i == previous.i + 2 and subject.pos_ == "NOUN":
                    # round 15, rule 20: "said more than 450 patients and wounded people had been executed",
                    # the second half of the subject read as the subject of a clause conjoined to "said"
                    found = _trigger(clause, head, subject.dep_) or _complement(clause)
                    if found:
                        return found
    if _trigger(verb, head, previous.dep_) or any(
            _trigger(c, head, previous.dep_) in HARM for c in verb.conjuncts if c.tag_ == verb.tag_ == "VBN"
            and not any(d.dep_ in ("nsubj", "nsubjpass", "dobj") for d in c.children)):
        return _combine(verb, head, previous.dep_)  # round 14: "were shot and wounded" (a conjunct's harm)
    if lemma in BELIEVING and previous.dep_ in ("nsubj", "nsubjpass"):
        for clause in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
            found = _trigger(clause, head, "nsubjpass") or _complement(clause)
            if found:
                return found  # round 13: "hundreds were believed to have been executed", "are known to have died"
    found = _context(verb, previous) or _symptoms(verb)
    if found:
        return found
    if lemma in SIZE_VERBS and head in PERSONNEL and head not in WORKFORCE and previous.dep_ == "dobj" and \
            _stationed(verb, previous):
        return "deployed"  # round 13: "had more than 1,000 troops in the area": personnel where they were sent
    if lemma in SIZE_VERBS:
        return "other"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma in LIGHT and subject is not None and subject.i != previous.i and subject.lemma_.lower() in CONTAINERS \
            and _listed_state(subject):
        return _listed_state(subject)  # "the list of the missing was down to 51 names"
    if lemma in SAY_VERBS:
        return None  # what governs the saying does not tell what the figure counts
    if lemma not in LIGHT and verb.pos_ != "ADJ":
        return "other"  # "200 soldiers had deserted": the clause says what happened
    return _side_clause(verb, head) or _GO_ON


def _needs(verb: Token) -> str | None:
    """What is needed tells the measure: shelter or housing -> displaced."""
    for child in verb.children:  # "need shelter, food or water": several needs are no displacement
        if child.dep_ == "dobj" and _context_noun(child) and not child.conjuncts:
            return _context_noun(child)
    return None


def _side_clause(verb: Token, head: str | None) -> str | None:
    """"families remain in the open, sleeping under trees": an intransitive trigger beside a light verb."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj") and child.lemma_.lower() in INTRANSITIVE & set(VERBS):
            return VERBS[child.lemma_.lower()]
    return None


def _modifier(token: Token, head: str | None) -> str | None:
    """Last resort, the noun's own adjective: "displaced children", "injured people"."""
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]
    return None


def _trigger(verb: Token, head: str | None, entry: str) -> str | None:
    """The measure ``verb`` gives a figure reaching it through dependency ``entry``."""
    lemma = verb.lemma_.lower()
    # "22 countries have sent aid" counts senders; "with 1,830 people injured" (a participle) does not
    participle = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) or \
        _bare_harm(verb, entry)
    agent = entry == "nsubj" and lemma not in INTRANSITIVE and not participle
    if lemma in ("leave", "abandon", "flee", "quit") and entry == "nsubj" and head not in PERSONNEL and any(
            c.dep_ == "dobj" and c.lemma_.lower() in HOMES for c in verb.children):
        return "displaced"  # round 14: "Nearly 4,000 people had left their homes"
    if _taken_captive(verb, head, entry, agent):
        return "captured"  # round 14: "187 were taken from the school", "25 of whom escaped", "left 287 with the kidnappers"
    if lemma in ARRIVING and _joins_a_stoppage(verb):
        return "other"  # "100,000 workers joined the warning strikes": taking part, as "on strike"
    if lemma in ARRIVING and head is not None and head not in PERSONNEL:
        return "other"
    if lemma in GOING and head in PERSONNEL and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return "deployed"  # "15,000 troops have gone to Russia" (but "went missing" is no deployment)
    if lemma in RECEIVING and not agent:
        if head in MESSAGES:
            return "other"  # "the line received 3,100 calls"
        return "deployed" if head in PERSONNEL else "supplied"  # "Russia will receive 1,000 specialists"
    if lemma in SENDING or any((lemma, c.lower_) in PHRASAL_SENDING for c in verb.children if c.dep_ == "prt"):
        care = [_context_noun(o) for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" and _context_noun(o)]
        if care and not agent and head not in PERSONNEL:
            return care[0]  # "fumes sent 64 people to hospital": where they were sent tells
        if agent or head is None:  # what is sent is unknown: leave it to the figure before
            return None
        if head in PERSONNEL or head in RESPONSE_MACHINES and lemma in SCENE_SENDING:
            return "deployed"  # "sent 200 fire engines and 100 ambulances": with their crews
        if head in CIVILIANS:
            return "other"  # "2,500 people were transferred to Sicily": people moved are no supplies
        if head in MATERIEL and any(c.dep_ == "prep" and c.lower_ in AIMING for c in verb.children):
            return "other"  # "sent 75 drones toward Kyiv": weapons fired at a target, no delivery
        if lemma in SELLING and head not in MATERIEL and not any(
                c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
            return "other"  # "45,000 tickets had been sold": a sale, no delivery
        return "other" if lemma in POSTING else "supplied"  # "deployed 40 boats" is no delivery
    if lemma in LEAVING_HOME and any(c.dep_ == "dobj" and c.lemma_.lower() in HOMES for c in verb.children):
        return "displaced"  # "people who lost their homes" (not their lives); round 14: "left their homes"
    phrasal = next((PHRASAL[(lemma, c.lower_)] for c in verb.children
                    if c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL), None)
    if phrasal is not None and not agent and (phrasal != "deployed" or head in PERSONNEL) and \
            head not in THINGS | ANIMALS:
        return phrasal  # round 14: "rounded up 300 suspects", "were gunned down", "drafted in 1,000 troops"
    if lemma == "lose" and any(c.dep_ == "dobj" and CONTEXT.get(c.lemma_.lower()) == "affected" for c in verb.children):
        return "affected"  # "600,000 households lost power"
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return "deployed" if head in PERSONNEL and not _joins_a_stoppage(verb) else "other"  # "300 rescuers were taking part"
    if lemma in VERBS:
        return None if agent else VERBS[lemma]
    if verb.lower_ in ADJECTIVES:
        return ADJECTIVES[verb.lower_]
    return _complement(verb)


def _joins_a_stoppage(verb: Token) -> bool:
    """"joined two rounds of warning strikes", "took part in the walkout": the object (or the
    object's "of" phrase) is a work stoppage (:data:`STOPPAGES`)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in STOPPAGES and t.pos_ == "NOUN" for o in objects for t in o.subtree)


def _complement(verb: Token) -> str | None:
    """"went missing", "remain displaced", "fell ill", "listed as missing", "believed trapped", "taken prisoner"."""
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "xcomp", "dobj") and child.pos_ == "NOUN" and \
                child.lemma_.lower() in ("prisoner", "captive", "hostage") and verb.lemma_.lower() in TAKING:
            return "captured"  # "taken prisoner", "held hostage" (but "freed 9 hostages" is no capture)
        if child.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and child.lower_ == "trapped" and _in_a_place(child, verb):
            return "affected"  # round 13: "remain trapped in the besieged city": whereabouts known, in need
        if child.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue  # round 14: "Nine people were still missing, 18 had serious injuries": a clause of its own
        if child.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]
        if child.dep_ == "advcl" and child.lower_ in ADJECTIVES and verb.lemma_.lower() == "leave":
            return ADJECTIVES[child.lower_]  # round 14: "left 300 people injured"
        if child.dep_ == "advmod" and child.lower_ in ADJECTIVES and verb.lemma_.lower() in LINKING:
            return ADJECTIVES[child.lower_]  # "fell ill", the adjective tagged as an adverb
        if child.dep_ == "xcomp" and (child.lemma_.lower() in ("leave", "flee", "evacuate") or
                                      any(c.dep_ == "prep" and _from_home(c) for c in child.children)):
            return "displaced"  # "ordered to leave their homes", "forced to flee", "had to move out of their houses"
        if child.dep_ == "prep" and child.lower_ == "as":
            found = [ADJECTIVES[c.lower_] for c in child.children if c.lower_ in ADJECTIVES]
            if found:
                return found[0]
    return None


def _in_a_place(*words_: Token) -> bool:
    """"trapped in the city", "inside the town": people shut in a place people live (:data:`PLACES`,
    not a home or house, which may have fallen on them), not under rubble."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "inside", "within") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in PLACES - {"home", "house"} or o.ent_type_ == "GPE") for o in p.children)
        for w in words_ for p in w.children)


def _on_strike(prep: Token) -> bool:
    """"on strike", "on a walkout": taking part in a stoppage (:data:`STOPPAGES`)."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lemma_.lower() in STOPPAGES for c in prep.children)


def _there(verb: Token) -> str | None:
    """"Forty-two have left hospital, while 37 remain there": "there" is the place the clause it
    hangs on names, whose context noun (:data:`CONTEXT`) tells the measure."""
    if verb.lemma_.lower() not in ("remain", "stay", "be") or not any(c.lower_ == "there" and c.dep_ == "advmod"
                                                                      for c in verb.children):
        return None
    other = verb.head if verb.dep_ in ("advcl", "conj") else None
    places = [c for c in other.children if c.dep_ == "dobj"] if other is not None else []
    places += [o for p in (other.children if other is not None else []) if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"]
    return next((_context_noun(p) for p in places if _context_noun(p)), None)


def _context(verb: Token, previous: Token | None = None) -> str | None:
    """The context noun under ``verb`` (rule 4); ``previous``, the step the walk came from, is
    the figure's own noun, never its context ("35,000 cuts mean ...": job cuts, not wounds)."""
    there = _there(verb)
    if there:
        return there
    # "treated 2,000 pilgrims for heat stress": the parser may hang the "for" on the object
    # and "treated hundreds of people with gunshot wounds" the "with" (round 9)
    cause = [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"
             and (p.lower_ == "for" or p.lower_ == "with" and verb.lemma_.lower() == "treat")]
    for child in [*verb.children, *cause]:
        if child.dep_ == "prep" and _on_strike(child):
            return "other"
        if child.dep_ == "attr" and child.lemma_.lower() in NOUNS:  # "became casualties"
            return NOUNS[child.lemma_.lower()]
        if child.dep_ == "dobj" and child.lemma_.lower() in REFUGE and verb.lemma_.lower() in ("seek", "take", "find"):
            return "displaced"  # "More than 300 people have sought shelter"
        if child.dep_ == "dobj" and verb.lemma_.lower() in HAVING and child.lemma_.lower() in CONDITIONS:
            return _context_noun(child)  # "four had moderate injuries", "seven suffered minor cuts"
        if child.dep_ == "nsubj" and _context_noun(child) and (previous is None or child.i != previous.i):
            return _context_noun(child)  # "evacuation orders cover 31,000"
        if child.dep_ != "prep":
            continue
        if child.lower_ == "without" and verb.lemma_.lower() == "leave":  # round 13: "left thousands without work"
            return "displaced" if any(o.lemma_.lower() in HOMES for o in child.children) else "affected"
        objects = [c for c in child.children if c.dep_ == "pobj"]
        objects += [o for p in child.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        if child.lower_ == "among":  # "were among those in a serious condition" (round 9)
            objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                        for g in p.children if g.dep_ == "pobj"]
        for obj in objects:  # "in shelters", "out of school", "for diarrhoea and other diseases"
            lemma = obj.lemma_.lower()
            if obj.ent_type_ in ("DATE", "TIME"):
                continue  # "in the 2023-24 school year": a time, not a place or a cause
            if child.lower_ == "under" and lemma in NOTICES and any(w.lower_.startswith("evacuat") for w in verb.sent):
                return "displaced"  # "another 22,000 are under warnings" (round 11)
            if child.lower_ == "under" and lemma in RUBBLE:
                return "missing"  # "may still lie under the debris"
            if child.lower_ in ("at", "on") and _seabed(obj):
                return "missing"  # "still at the bottom of the sea", "lying on the seabed"
            if _from_home(child):
                return "displaced"  # "driven tens of thousands from their homes"
            if child.lower_ == "among" and lemma in NOUNS:  # "among the dead were 19 children"
                return NOUNS[lemma]
            if child.lower_ in ("in", "within") and verb.lemma_.lower() in ("live", "reside") and \
                    any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in STRICKEN for c in obj.children):
                return "affected"  # "884,000 people live in areas hit by the floods"
            if _context_noun(obj):
                return _context_noun(obj)
        if child.lower_ == "for" and verb.lemma_.lower() == "treat" and \
                any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return "affected"  # "treated 40 people for breathing problems": no injury named
    return None


#: Bodies of water whose bottom holds the missing.
_WATERS = frozenset({"sea", "ocean", "lake", "river", "gulf", "bay", "channel", "strait"})


def _seabed(noun: Token) -> bool:
    """"the seabed", "the bottom of the sea" (not "the bottom of the list")."""
    lemma = noun.lemma_.lower()
    if lemma in SEABED and lemma != "bottom":
        return True
    return lemma == "bottom" and any(o.lemma_.lower() in _WATERS for p in noun.children if p.lower_ == "of"
                                     for o in p.children)


def _from_home(prep: Token, places: frozenset[str] = frozenset({"home", "house", "village"})) -> bool:
    """"from their homes", "out of their villages": people driven from where they live (with a
    verb of moving people, :data:`MOVING`, any place they live in: "out of coastal areas")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    objects += [o for p in prep.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return prep.lower_ in ("from", "out", "away") and any(o.lemma_.lower() in places for o in objects)


def _context_noun(noun: Token) -> str | None:
    """A context noun itself or as its compound ("evacuation alert"); "on the move" (people
    forced onto the roads, round 9) is ``displaced``."""
    if noun.lemma_.lower() == "move" and noun.head.lower_ == "on" and any(c.lower_ == "the" for c in noun.lefts):
        return "displaced"
    for word in (noun, *(c for c in noun.lefts if c.dep_ == "compound")):
        if word.lemma_.lower() in CONTEXT:
            return CONTEXT[word.lemma_.lower()]
    for modifier in (c for c in noun.lefts if c.dep_ == "amod"):  # "in intensive care"
        if f"{modifier.lower_} {noun.lemma_.lower()}" in CONTEXT:
            return CONTEXT[f"{modifier.lower_} {noun.lemma_.lower()}"]
    return None


#: Words of approximation the parser reads as prepositions over a figure (rule 99): "wounding about 1,900".
_APPROXIMATING = frozenset({"about", "around", "over", "nearly", "almost", "roughly", "approximately", "some", "under"})

#: Harms whose bare past form, with a figure for subject and no object, is a participle (rule 99).
_BARE_HARMS = frozenset({"kill", "wound", "injure", "hurt"})


def _bare_harm(verb: Token, entry: str) -> bool:
    """Round 23, rule 99: "six of them killed when a rocket struck a bus": a harm verb with no auxiliary and no object
    whose subject is a figure is a participle (the six were killed), not the figure's own act."""
    if entry != "nsubj" or verb.lemma_.lower() not in _BARE_HARMS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "xcomp", "attr", "dative") or c.dep_ == "ccomp" and c.i > verb.i
           for c in verb.children):  # a clause before it is the parser's misplaced main clause
        return False
    return any(c.dep_ == "nsubj" and (c.like_num or c.pos_ == "NUM") for c in verb.children)


def _gapped_figure(conj: Token) -> bool:
    """Round 23, rule 90: a conjunct verb whose own figure stands in for its elided subject ("45 people were killed
    and more than 200 hurt": the tagger hangs "200" on "hurt" as a number) counts that figure, not the first one."""
    return any(c.dep_ == "nummod" and c.pos_ == "NUM" and c.i < conj.i for c in conj.children) or any(
        c.dep_ == "prep" and c.lower_ in _APPROXIMATING and any(o.dep_ == "pobj" and o.like_num for o in c.children)
        for c in conj.children)  # rule 99: "killing at least seven people and wounding about 1,900"


def _combine(verb: Token, head: str | None, entry: str) -> str:
    """The trigger's measure, or ``casualties`` when conjuncts sharing its subject and object add
    other harms ("killed or injured"); a conjunct with its own object counts its own figure."""
    own = _trigger(verb, head, entry)
    found = {own}
    for conj in verb.conjuncts:
        if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children) and not _gapped_figure(conj):
            found.add(_trigger(conj, head, entry))
    if len(found & set(HARM)) >= 2:
        return "casualties"
    if own is None:  # round 14: "were shot and wounded": the conjunct names the harm
        return next((f for f in found if f in HARM), None) or "other"
    return own
