"""Tolls, containers and levels: death phrases and tolls, containers of a state ("the number of dead"),
levels a count noun reaches, restated and elided counts, fronted groups and wholes, breakdowns and lists.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

0. A figure said to have been counted wrongly ("three bodies were found to have been counted
   twice", "12 names had been wrongly listed") is a correction: ``other``.
8. Deaths in words the walk misses (:func:`_death_phrase`, only where rules 1-5 found nothing but
   ``other``): "crushed to death", "lost their lives", and a toll with its level however the
   parser hangs them ("the toll reported so far stands at 577", "Toll in ... blast climbs to 34",
   "put the toll as high as 900").
8d. Parts of a fronted group (:func:`_fronted_group`): "Among those killed, 181 were passengers, 52
   were British and one Canadian", "Of the dead, 241 were passengers and 19 were on the ground":
   the group's state or harm for figures after the comma whose first verb is a light one, or one
   of identifying (:data:`IDENTIFYING`: "Of the dead, 140 have been identified: 49 men and 91 women").
2b. The whole a part is taken from (:func:`_whole_of_a_part`: "killing 241 of the 242 people on
   board") keeps only its own clause's measure (else ``other``): what befalls the part does not
   befall the whole.
8b. A bare level whose verb has no subject of its own ("has fallen to nine") after a container of
   a state that the parser hung elsewhere ("the number of workers still unaccounted for has fallen
   to nine"): the state word after the container, in the same stretch of the sentence.
8c. A figure reached "to" by a verb whose object, put after it, is a container ("That brought to
   17 the number of people killed"): the container's measure.

Round 13 (issue 14):

3. *Put at*: "put the number of civilians who died ... at 14,000", "put the toll at 36, then at
   44": rule 8c for "at" (:data:`_PUTTING`), the container before the figure, the "at" hung anywhere below the verb.
8. *Toll raised to N* (:func:`_toll_raised_to`): "toll" up to ten words before "to"/"at N", whatever
   the parse, with no punctuation, other figure, container or state word between.

Round 14 also (lexicon, words news of any kind uses; the words themselves are in :mod:`.measure_words`):

6. *Lives claimed*: "claimed 17 lives", "claimed the lives of 23", "cost 2,000 lives" count deaths, as
   "lost their lives".

Round 15 (issue 14; the wording between a figure and its count in other places, :mod:`.assembly` for the
figures that lean on others):

18. *A count noun's level* (:func:`_noun_level`): a figure right after a verb of level (rise, climb, top,
   pass, exceed ...: :data:`_LEVEL_REACHED`, with "to"/"at"/"past" before the figure) or after "near",
   whose subject at most eight words before is a plural noun of a measure with no punctuation, figure or
   container between, takes that noun's measure, however the parser hangs a headline ("Deaths linked to
   the blackout rise to five": ``killed``; "evacuees near 10,000": ``displaced``; "Arrests top 1,000").
19. *A container's level in apposition* (:func:`_container_apposition`): "gave a higher count of the
   injured, 98," "the number of the missing, 31,": the state word before the comma, with a container at
   most three words before it (or "the toll, 44,").
21. *Places a measure noun names* (:data:`SITES`): "115 evacuation posts", "12 refugee camps" count places,
   not the displaced their compound names: ``other``.

Round 16 (issue 14; a refugee flight, a building collapse and a court case):

31. *A level after a comparative* (rule 19 widened): "the real military toll is higher, more than 200",
   "the number of evacuees is larger, about 12,000": the measure of the comparative's subject.

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

39. *A list by place after a partitive* (:func:`_partitive_list`): "Mombasa accounted for 12 of the deaths, followed
   by Kilifi with five", "Kwale and Lamu with three each": a bare figure that is the object of "with" takes the
   measure of the partitive's noun.

Round 19 (issue 14; an earthquake, a software outage and a missile strike):

45. *Put the dead at N* (rule 8c widened, :func:`_put_state_at`): a verb of putting (:data:`_PUTTING`) whose object is a
   state or a noun of a measure itself, not a container ("the ministry put the dead at 296", "officials put deaths at
   40", "put the injured at more than 400"): that state.
46. *A breakdown after a colon* (:func:`_colon_breakdown`): bare figures after a colon whose stretch before it ends on a
   noun of a measure ("accounts for most of the deaths: 1,351, ..., followed by Taroudant with 452", "had broken the
   deaths down by province: 1,452 in A, 764 in B") take that noun's measure, not a neighbour's.
53. *A fronted whole* (:func:`_fronted_whole`): "of the 40 members, 23 had lost their homes": the whole before the part's
   subject keeps only its own phrase's measure ("Of the 64 people killed"), else ``other`` (what befalls the part does
   not befall the whole, rule 2b).

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

59. *An elided harm* (:func:`_elided_harm`): a bare figure, or "N others" / "N more", whose clause states no measure, right
   after a figure of its sentence counting a noun of a harm ("214 deaths confirmed and 687 more under investigation", "53
   deaths had been confirmed ... and it was still examining 281 others") counts that noun: deaths under investigation are
   ``killed``, not an epidemic's cases.
60. *A state that numbers* (:func:`_numbered_state`): "the dead would number in the dozens", "dead will be 'dozens, not
   thousands'": the measure of the state or harm noun that is the subject of "number (in)" or "be".
61. *Said to be harmed* (:func:`_said_harmed`): "the names of 266 people it said had been killed": a relative clause of saying
   whose content is a harm gives that harm.
67. *A predicate hung in a relative clause* (:func:`_misparsed_state`): "11 fishermen who had put to sea before the storm were
   missing", where the parser gave "were missing" to the singular "storm": the plural "were" with a state is the noun's.
69. *An illness noun's level* (rule 18 widened): "as probable cases near 400,000": a plural noun of illness reaching a level is
   ``affected``.
70. *Put it at N* (rule 45 widened): "lists 1,094 dengue deaths ..., while figures ... put it at 1,079": "it" stands for the
   count noun before it in its sentence.
74. *A toll's conjoined level* (:func:`_toll_conjoined`): "the final toll may come close to 1,000 or even run into the
   thousands": a figure reached by a verb conjoined to the toll's verb is deaths too.

Round 23 (issue 14; protest crackdowns, a war's air strikes, floods):

91. *The dead included* (:func:`_group_includes`): a figure whose noun (or the noun it is conjoined to) is the object of
   "include", "comprise" or "be" whose subject is a definite group of a harm ("the dead included at least 14 students and
   two soldiers", "the victims were 9 women and 4 men", "the injured included 30 children") counts that harm, even when
   the noun is personnel; a group with a figure of its own ("the 72 were ...") or no harm ("the delegation included 14
   students") gives none.
97. *Some of them* (:func:`_part_of_them`): a figure "of them" (or "of those") whose own clause is a state or a place
   ("Three of them were in a van that was swept into a stream", "two of them were children") and states no measure is a
   part of the nearest earlier figure with a noun, in its sentence or the one before, and takes its harm (killed,
   wounded, missing, captured); a figure of things before it, or no harm, gives none.
98. *Times the toll* (:func:`_times_what`): a multiple ("almost four times the official toll", "three times the number of
   injured reported by the ministry") takes the measure of the count it multiplies, a noun of a measure or a container
   of a state written right after "times"; a multiple of anything else ("twice the number destroyed last year", "three
   times the size") stays ``other``, free for its neighbour's measure.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..verbs import SAY_VERBS
from ..counted import predicate_chain
from ..measure_words import ADJECTIVES, CONTAINERS, HARM, IDENTIFYING, ILLNESS, LIGHT, NOUNS, VERBS
from .common import _listed_state, _previous_sentence_start, _PUTTING
from .health import _disease_case
from .walk import _own_clause


def _whole_of_a_part(counted: Token, anchor: Token) -> bool:
    """Rule 2b: the whole a part is taken from ("killing 241 of the 242 people on board", "injuring
    30 of the 200 workers"): what befalls the part does not befall the whole, which keeps only its
    own clause's measure ("12 of the 64 people killed": the whole's own participle)."""
    of = counted.head
    return anchor.head.i == counted.i and anchor.dep_ == "nummod" and counted.dep_ == "pobj" and \
        of.lower_ == "of" and (of.head.like_num or of.head.pos_ == "NUM")


#: Prepositions that front the group a sentence's figures are parts of: "Among the dead, ...", "Of those killed, ...".
_GROUP_PREPS = frozenset({"among", "of"})


def _fronted_group(token: Token, anchor: Token) -> str | None:
    """Rule 8d: a sentence that opens on the group its figures are parts of ("Among those killed,
    181 were passengers, 52 were British and one Canadian", "Of the dead, 241 were passengers and
    19 were on the ground"): the group's state (:data:`ADJECTIVES`: "the dead"), harm noun
    (:data:`NOUNS`: "the victims") or participle ("those killed") is the measure of every figure
    after the comma whose first verb up is a light one (be, remain ...), not of a clause that
    says what happened to it ("..., and police arrested five men")."""
    sent = anchor.sent
    opener = sent[0] if sent[0].is_alpha else (sent[1] if len(sent) > 1 else sent[0])
    if opener.lower_ not in _GROUP_PREPS or anchor.i <= opener.i:
        return None
    comma = next((t for t in sent if t.i > opener.i and t.text == ","), None)
    if comma is None or comma.i > anchor.i or comma.i - opener.i > 8:
        return None
    group = next((t for t in opener.children if t.dep_ == "pobj"), None)
    if group is None:
        return None
    state = ADJECTIVES.get(group.lower_) or NOUNS.get(group.lemma_.lower()) or next(
        (VERBS.get(c.lemma_.lower()) or ADJECTIVES.get(c.lower_) for c in group.children
         if c.dep_ in ("acl", "relcl", "amod") and (c.lemma_.lower() in VERBS or c.lower_ in ADJECTIVES)), None)
    if state is None:
        return None
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")]
    return state if verbs and verbs[0].lemma_.lower() in LIGHT | IDENTIFYING else None


#: Words allowed between a toll noun and its figure ("the toll reported so far stands at 577",
#: "Toll ... climbs to 34", "put the toll as high as 900"): verbs, adverbs, particles, "at"/"to"/"as".
_TOLL_PATH = frozenset({"VERB", "AUX", "ADV", "PART", "ADP", "ADJ"})

#: Nouns that make a count of deaths when the figure is their level ("toll" alone; "death toll").
_TOLLS = frozenset({"toll"})

#: Verbs of counting, and the words that say a count was wrong: "counted twice", "wrongly listed".
_COUNTING = frozenset({"count", "include", "list", "record", "register", "tally", "report"})

_MISCOUNT = frozenset({"twice", "double", "wrongly", "mistakenly", "erroneously", "incorrectly"})

#: Verbs of a count's level changing or standing: "has fallen to nine", "stood at 40".
_LEVEL_VERBS = frozenset({"fall", "drop", "decline", "rise", "climb", "increase", "decrease", "stand", "reach",
                          "grow", "jump", "edge", "shrink"})


def _container_before(anchor: Token) -> str | None:
    """Rule 8b: a bare level ("has fallen to nine") whose clause has no subject of its own, after a
    container of a state the parser hung elsewhere ("the number of workers still unaccounted for has
    fallen to nine", "unaccounted" read as a verb): the state word between the container and the
    verb, in the same stretch of the sentence (no comma, semicolon or colon between)."""
    prep = anchor.head
    verb = prep.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("to", "at") or verb.lemma_.lower() not in _LEVEL_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    stretch = []
    for token in reversed(anchor.doc[anchor.sent.start:verb.i]):
        if token.text in (",", ";", ":"):
            break
        stretch.append(token)
    containers = [t for t in stretch if t.pos_ == "NOUN" and t.lemma_.lower() in CONTAINERS]
    if not containers:
        return None
    states = [t for t in stretch if t.i > containers[0].i and t.lower_ in ADJECTIVES]
    return ADJECTIVES[states[-1].lower_] if states else None


def _brought_to(anchor: Token, head: str | None) -> str | None:
    """Rule 8c: "That brought to 17 the number of people killed", "raising to 40 the toll": the
    figure reached "to" by a verb whose object, put after it, is a container (:data:`CONTAINERS`):
    the container's own measure (a toll, a state: "the number of missing") or its object's clause."""
    prep = anchor.head
    if anchor.dep_ == "conj" and anchor.head.dep_ == "pobj":
        prep = anchor.head.head  # "put the toll at 36, then at 44"
    elif anchor.dep_ == "pobj" and prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "at 36 ..., then at 44": the second "at" joined to the first
    verb = prep.head
    if prep.lower_ == "to" and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" and \
            verb.head.head.head.lemma_.lower() in CONTAINERS and verb.head.head.head.head.pos_ == "VERB":
        verb = verb.head.head.head.head  # round 14: "brought the number of people taken from the school to 138", "to" read under "taken"
    at = prep.lower_ == "at"  # round 13: "put the number of civilians who died at more than 14,000"
    if at:  # the parser may hang the "at" inside the container's own phrase ("who died ... at"): the verb above it
        verb = next((v for v in (verb, *verb.ancestors) if v.pos_ == "VERB" and v.lemma_.lower() in _PUTTING), verb)
    if anchor.dep_ not in ("pobj", "conj") or prep.lower_ not in ("to", "at") or verb.pos_ != "VERB":
        return None
    for container in (c for c in verb.children if c.dep_ == "dobj" and (at or c.i > anchor.i)
                      and c.lemma_.lower() in CONTAINERS):
        if container.lemma_.lower() == "toll":
            return "killed"
        state = _listed_state(container)
        objects = [o for p in container.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        found = state or next((f for f in (NOUNS.get(o.lemma_.lower()) or _own_clause(o, head) for o in objects) if f), None)
        found = found or (_own_clause(container, head) if at or any(c.dep_ == "acl" for c in container.children)
                          else None)  # round 14: "put the number seized at 280"; round 16: "the number treated in hospitals"
        if found:
            return found
    return None


def _miscounted(token: Token) -> bool:
    """Rule 0: a figure whose clause says it was counted wrongly ("three bodies were found to have
    been counted twice", "12 names had been wrongly listed") counts a correction, not harm: ``other``."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ in ("xcomp", "ccomp"))]
    return any(v.lemma_.lower() in _COUNTING and any(c.lower_ in _MISCOUNT for c in v.children)
               or v.lemma_.lower() == "double-count" for v in verbs)


def _death_phrase(token: Token, anchor: Token) -> str | None:
    """Rule 8 (where rules 1-5 found nothing but ``other``): deaths said in words the walk misses.

    - "crushed to death", "burned to death": a governing verb with "to death";
    - "the remains of 18": a bare number owning remains;
    - "lost their lives": "lose" with "life" as its object, from the active subject too (rule 4
      keeps transitive triggers from their subject: "lost their homes" stays displaced);
    - a toll and its level, however the parser hangs them: the word "toll" (not a container of
      another count: "the toll of the missing") before the figure in its sentence with only
      verbs, adverbs and particles between ("the toll reported so far stands at 577", a headline
      "Toll in ... blast climbs to 34": the noun's own modifiers skipped, "put the toll as high as 900").
    """
    for node in predicate_chain(token)[1:4]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "to" and \
                    any(o.dep_ == "pobj" and o.lemma_.lower() == "death" for o in child.children):
                return "killed"
            if child.dep_ == "dobj" and child.lemma_.lower() in ("life", "lives") and \
                    node.lemma_.lower() in ("lose", "claim", "cost"):
                return "killed"  # round 14: "claimed 17 lives", "cost 2,000 lives"
        break
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in ("remains", "remain"):
        return "killed"  # "the remains of 18 were handed over"
    sentence = anchor.sent
    if _toll_raised_to(anchor):
        return "killed"
    i = anchor.i - 1
    while i >= sentence.start and anchor.i - i <= 12:
        word = anchor.doc[i]
        if word.lemma_.lower() in _TOLLS and word.pos_ in ("NOUN", "PROPN"):
            return None if any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children) else "killed"
        if word.pos_ not in _TOLL_PATH and not _modifies_toll(word):
            return None
        i -= 1
    return None


def _toll_raised_to(anchor: Token) -> bool:
    """Rule 8 (round 13): "taking the toll in the district's liquor poisoning to 61", "poisoning toll
    climbs to 61", however the parser reads the words between: the figure right after "to" or "at",
    with the word "toll" at most ten words before it and no punctuation, other figure or other
    container between ("the toll hit 40 and the number of injured rose to 300" is no toll)."""
    doc, sentence = anchor.doc, anchor.sent
    i = anchor.i - 1
    while i > sentence.start and doc[i].lower_ in ("more", "than", "about", "some", "nearly", "almost", "over",
                                                   "around", "least", "as", "high", "roughly"):
        i -= 1  # "to more than 61", "at least"
    if i < sentence.start or doc[i].lower_ not in ("to", "at"):
        return False
    for j in range(i - 1, max(sentence.start, i - 11) - 1, -1):
        word = doc[j]
        if word.lemma_.lower() in _TOLLS:
            return not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children) and \
                not (j + 1 < len(doc) and doc[j + 1].lower_ == "of")  # not "the toll of the missing"
        if word.is_punct or word.like_num or word.pos_ == "NUM" or word.lemma_.lower() in CONTAINERS or \
                word.lower_ in ADJECTIVES or word.lemma_.lower() in NOUNS:
            return False
    return False


def _modifies_toll(word: Token) -> bool:
    """A word inside the toll noun's own phrase ("Toll in Telangana pharma plant blast"): a
    modifier or prepositional object hanging under a toll noun."""
    node = word
    for _ in range(10):
        if node.lemma_.lower() in _TOLLS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _state_after(anchor: Token) -> Token | None:
    """The state word right after a bare number, an adverb or a linking verb between allowed ("110
    missing", "63 still unaccounted for", "13 are missing"): the parser often hangs it elsewhere
    (in a headline, or "pulled out alive and 13 are missing" with "missing" read as a verb)."""
    doc, i = anchor.doc, anchor.i + 1
    while i < len(doc) and doc[i].lower_ not in ADJECTIVES and (
            doc[i].pos_ == "ADV" or doc[i].lemma_.lower() in STATE_LINKS and doc[i].pos_ in ("AUX", "VERB")):
        i += 1  # "13 are missing", "nine were still unaccounted for", "20 remain missing"
    return doc[i] if i < len(doc) and i <= anchor.i + 3 and doc[i].lower_ in ADJECTIVES else None


#: Verbs that link a bare number to the state after it ("13 are missing", "20 remain missing").
STATE_LINKS = frozenset({"be", "remain", "stay"})

#: Round 15: verbs a count's level reaches or passes in a headline or a report ("deaths rise to five",
#: "evacuees near 10,000", "arrests top 300"), with the particle or preposition before the figure.
_LEVEL_REACHED = _LEVEL_VERBS | frozenset({"pass", "top", "near", "exceed", "surpass", "hit", "cross", "soar",
                                           "mount", "swell", "approach"})

_LEVEL_PREPS = frozenset({"to", "at", "past", "above", "over", "near", "beyond"})

#: Words of a figure's own qualifier, skipped when looking left of it ("to more than 61", "at least").
_QUALIFYING = frozenset({"more", "than", "about", "some", "nearly", "almost", "over", "around", "least", "as",
                         "high", "roughly", "approximately", "close", "just", "under", "at"})


def _noun_level(anchor: Token) -> str | None:
    """Round 15, rule 18: the level a count noun reaches, however the parser hangs the words: the
    figure right after a verb of level (:data:`_LEVEL_REACHED`: "rise to five", "top 300") or after
    "near" ("evacuees near 10,000", which the tagger reads as a preposition), whose subject, at most
    eight words before the verb with no punctuation, figure, container or other count between, is a
    plural noun of a measure ("Deaths linked to the blackout rise to five": ``killed``; "Injuries climb
    to 120": ``wounded``; "Arrests top 300": ``arrested``; "Evacuees near 10,000": ``displaced``).
    Not a count's own modifier ("the deaths' share"), nor a noun that is the object of "of"."""
    doc, sentence = anchor.doc, anchor.sent
    i = anchor.i - 1
    while i > sentence.start and doc[i].lower_ in _QUALIFYING - {"near", "over", "at"}:
        i -= 1
    if i < sentence.start:
        return None
    if doc[i].lower_ == "near":  # "evacuees near 10,000": the verb read as a preposition
        verb = i
    else:
        if doc[i].lower_ in _LEVEL_PREPS and doc[i].pos_ in ("ADP", "PART"):
            i -= 1
        while i > sentence.start and (doc[i].pos_ == "ADV" or doc[i].lower_ in ("now", "already", "further")):
            i -= 1  # "have now passed", "rose further to"
        if i < sentence.start or doc[i].pos_ not in ("VERB", "AUX", "NOUN") and doc[i].lower_ != "top" or \
                doc[i].lemma_.lower() not in _LEVEL_REACHED:
            return None
        verb = i
    j = verb - 1
    while j > sentence.start and doc[j].pos_ in ("AUX", "ADV", "PART"):
        j -= 1  # "have risen", "has already passed"
    for k in range(j, max(sentence.start, j - 8) - 1, -1):
        word = doc[k]
        if word.is_punct or word.like_num or word.pos_ == "NUM" or word.lemma_.lower() in CONTAINERS:
            return None
        lemma = word.lemma_.lower()
        if word.pos_ == "NOUN" and word.tag_ == "NNS" and lemma in NOUNS and lemma not in ("supply", "loss") and \
                not (word.dep_ == "pobj" and word.head.lower_ == "of"):
            return NOUNS[lemma]
        if word.pos_ == "NOUN" and word.tag_ == "NNS" and lemma in ILLNESS and not (word.dep_ == "pobj" and word.head.lower_ == "of") \
                and (lemma != "case" or _disease_case(word, anchor)):
            return "affected"  # round 20, rule 69: "Brazil starts dengue vaccinations as probable cases near 400,000"
    return None


#: Comparatives of a count (rule 31): "the real toll is higher, more than 200".
_COMPARED = frozenset({"higher", "lower", "greater", "larger", "bigger", "smaller"})


def _container_apposition(anchor: Token) -> str | None:
    """Round 15, rule 19: a figure set off by a comma right after a container of a state or a
    count noun, its level in apposition ("gave a higher count of the injured, 98, among them ...":
    ``wounded``; "raised the number of the missing, 31, on Monday": ``missing``; "the toll, 44,"
    ``killed``): the state word or count noun right before the comma, with a container
    (:data:`CONTAINERS`) at most three words before it. "Among the dead, 44 were children" (no
    container) is left to the fronted group (rule 8d)."""
    doc, sentence = anchor.doc, anchor.sent
    i = anchor.i - 1
    while i > sentence.start and doc[i].lower_ in _QUALIFYING - {"at"}:
        i -= 1
    if i - 1 < sentence.start or doc[i].text != ",":
        return None
    word = doc[i - 1]
    if word.lower_ in _COMPARED and word.dep_ in ("acomp", "attr"):  # round 16, rule 31: "the real toll is higher, more than 200"
        word = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), word)
        if word.lemma_.lower() == "toll":
            return "killed"
        if word.lemma_.lower() in CONTAINERS:  # "the number of evacuees is larger, about 12,000"
            objects = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]
            word = objects[0] if objects else word
            if word.lower_ in ADJECTIVES:
                return ADJECTIVES[word.lower_]
        return NOUNS.get(word.lemma_.lower()) if NOUNS.get(word.lemma_.lower()) != "supplied" else None
    state = ADJECTIVES.get(word.lower_) or (NOUNS.get(word.lemma_.lower()) if word.pos_ == "NOUN" else None)
    if state is None or state == "supplied":
        return None
    if word.lemma_.lower() == "toll":
        return state
    return state if any(doc[k].lemma_.lower() in CONTAINERS and doc[k].pos_ == "NOUN"
                        for k in range(max(sentence.start, i - 5), i - 1)) else None


#: Round 15, rule 21: places a measure noun names in compound ("115 evacuation posts", "12 refugee camps",
#: "40 relief centres"): the figure counts places, not the people the compound's noun names.
SITES = frozenset({"post", "centre", "center", "site", "camp", "shelter", "point", "facility", "hall", "building",
                   "zone", "station", "route", "hospital", "clinic", "ward"})


def _partitive_list(anchor: Token) -> str | None:
    """Rule 39: a list by place that drops the noun after a first part "of the" deaths ("Mombasa accounted for 12 of
    the deaths, followed by Kilifi with five, Kwale and Lamu with two each"): a figure that is the object of "with"
    takes the measure of the noun (:data:`NOUNS`) of the partitive earlier in its sentence."""
    if anchor.dep_ == "nummod" and anchor.head.lower_ == "each":
        anchor = anchor.head  # "Kwale and Lamu with three each", parsed with "each" as the object
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with":
        return None
    for t in anchor.sent:
        if t.i >= anchor.i:
            break
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM" and t.lemma_.lower() in NOUNS:
            return NOUNS[t.lemma_.lower()]
    return None


def _put_state_at(anchor: Token) -> str | None:
    """Round 19, rule 45: a bare figure "at" under a verb of putting whose object is a state or a measure noun, not a
    container ("the ministry put the dead at 296", "put deaths at 40"): that state."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return None
    verb = next((v for v in (anchor.head.head, *anchor.head.head.ancestors)
                 if v.pos_ == "VERB" and v.lemma_.lower() in _PUTTING), None)
    if verb is None:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < anchor.i):
        if obj.lower_ in ADJECTIVES and any(d.lower_ == "the" for d in obj.lefts):
            return ADJECTIVES[obj.lower_]  # "the dead", "the injured"
        if obj.lemma_.lower() in NOUNS and obj.lemma_.lower() not in CONTAINERS:
            return NOUNS[obj.lemma_.lower()]  # "put deaths at 40"
        if obj.lower_ == "it":  # round 20, rule 70: "lists 1,094 dengue deaths ..., while figures ... put it at 1,079"
            counts = [t.head for t in anchor.sent if t.i < obj.i and t.dep_ == "nummod" and t.head.i < obj.i]
            if counts and counts[-1].lemma_.lower() in NOUNS and counts[-1].lemma_.lower() not in CONTAINERS:
                return NOUNS[counts[-1].lemma_.lower()]
    return None


def _colon_breakdown(anchor: Token) -> str | None:
    """Round 19, rule 46: a bare figure after a colon in its sentence, whose stretch before the colon (back to a comma,
    a semicolon or the sentence's start) ends on a plural noun of a measure (:data:`NOUNS`) with no figure after it:
    "accounts for most of the deaths: 1,351", "broken the deaths down by province: 1,452 in A, 764 in B"."""
    sent = anchor.sent
    colon = next((t for t in reversed(anchor.doc[sent.start:anchor.i]) if t.text == ":"), None)
    if colon is None:
        return None
    stretch = []
    for t in reversed(anchor.doc[sent.start:colon.i]):
        if t.text in (",", ";", ":"):
            break
        stretch.append(t)
    if len(stretch) > 14:
        return None
    for t in stretch:  # nearest the colon first
        if t.like_num or t.pos_ == "NUM":
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in NOUNS and t.tag_ == "NNS" and t.lemma_.lower() not in CONTAINERS:
            return NOUNS[t.lemma_.lower()]
    return None


def _fronted_whole(noun: Token) -> bool:
    """Round 19, rule 53: "(that) of the 40 members, 23 had lost their homes": the noun is the object of an "of" hung on a
    verb, put before the verb's subject, which is a bare figure or has one: the whole a part is taken from."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and prep.i < subject.i and (
        subject.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subject.children))


#: Round 20, rule 59: the harms an elided count can take from the figure before it.
_ELIDED_HARMS = frozenset({"killed", "wounded", "missing", "captured", "arrested"})


def _elided_harm(anchor: Token, counted: Token | None) -> str | None:
    """Round 20, rule 59: a bare figure, or one counting "others" or "more", whose own clause states no measure, after a
    figure in its sentence that counts a noun of a harm ("53 deaths had been confirmed ... and it was still examining
    281 others", "214 deaths confirmed and 687 more under investigation"): the same noun left out, that harm. The
    nearest figure before decides, and no other plural noun may stand between ("300 cases and 40 deaths, 12 of
    them ..." is left to the other rules)."""
    if counted is not None and counted.lower_ not in ("others", "more"):
        return None
    doc, sent = anchor.doc, anchor.sent
    start = anchor.i
    while start > sent.start and doc[start - 1].dep_ in ("quantmod", "advmod", "compound") and doc[start - 1].head.i == anchor.i:
        start -= 1
    for t in reversed(doc[sent.start:start]):
        if t.pos_ == "NUM" or t.like_num:
            if t.dep_ != "nummod" or t.head.i >= start:
                return None
            noun = t.head
            if any(n.tag_ == "NNS" and n.i != noun.i for n in doc[noun.i + 1:start]):
                return None
            state = NOUNS.get(noun.lower_) or NOUNS.get(noun.lemma_.lower())
            return state if state in _ELIDED_HARMS else None
    return None


def _numbered_state(anchor: Token) -> str | None:
    """Round 20, rule 60: a vague or bare figure that a state or a noun of a harm "numbers" or "is" ("the dead would
    number in the dozens", "Bayrou says dead will be 'dozens, not thousands'", "deaths could number in the hundreds"):
    the subject's measure; a figure in apposition or conjoined ("not thousands") goes by the first."""
    node = anchor
    while node.dep_ in ("appos", "conj") and node.head.pos_ in ("NUM", "NOUN") and node.head.i < node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.lemma_.lower() == "number":
        verb = node.head.head
    elif node.dep_ == "attr" and node.head.lemma_.lower() == "be":
        verb = node.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ADJECTIVES:
        return ADJECTIVES[subject.lower_]
    return NOUNS.get(subject.lemma_.lower()) if subject.tag_ == "NNS" else None


def _said_harmed(counted: Token) -> str | None:
    """Round 20, rule 61: people in a relative clause of saying whose content is a harm ("the names of 266 people it
    said had been killed", "40 civilians the army says were wounded"): that harm, as if said of them directly."""
    for clause in counted.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in SAY_VERBS | {"believe", "fear", "report"}:
            for content in clause.children:
                if content.dep_ == "ccomp" and content.lemma_.lower() in VERBS and VERBS[content.lemma_.lower()] in HARM:
                    return VERBS[content.lemma_.lower()]
                if content.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lower_ in ADJECTIVES for c in content.children):
                    return next(ADJECTIVES[c.lower_] for c in content.children if c.dep_ == "acomp" and c.lower_ in ADJECTIVES)
    return None


def _misparsed_state(counted: Token) -> str | None:
    """Round 20, rule 67: a plural noun with a relative clause into which the parser hung the main predicate ("11
    fishermen who had put to sea before the storm were missing": "the storm were missing"): a plural "were"/"are"
    with a state adjective whose own subject is a singular noun does not agree with it, so the state is the counted
    noun's."""
    for clause in counted.children:
        if clause.dep_ != "relcl":
            continue
        for verb in clause.subtree:
            if verb.lower_ not in ("were", "are") or verb.i <= clause.i:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            state = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in ADJECTIVES), None)
            if subject is not None and state is not None and subject.tag_ == "NN":
                return ADJECTIVES[state.lower_]
    return None


def _toll_conjoined(anchor: Token) -> bool:
    """Round 20, rule 74: a bare or vague figure reached "into", "to", "past" or "above" by a verb conjoined to one
    whose subject is a toll ("the final toll may come close to 1,000 or even run into the thousands", "the toll
    could pass 200 and climb to 300"): the toll's level too, deaths."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("into", "to", "past", "above", "beyond"):
        return False
    verb = anchor.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # a conjoined clause with its own subject
    node, chain = verb, [verb]
    while node.dep_ == "conj" and node.head is not node and len(chain) < 4:
        node = node.head
        if node.pos_ == "NUM" and node.dep_ == "dobj":  # "pass 300 or even climb into": "climb" hung on the figure
            node = node.head
        chain.append(node)
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "toll" for v in chain for c in v.children)


# --- round 21 (issue 14; a gang war and its jailbreaks, a general election, a developer's liquidation) --------------

#: Nouns of a harm done that count people only as the counted noun itself ("438 kidnappings"), never as the compound
#: of another ("582 kidnapping incidents" are incidents, round 21).
_EVENTS = frozenset({"kidnapping", "abduction"})


# --- round 23 (issue 14; protest crackdowns, a war's air strikes, floods) ----------------------------------------

#: Verbs by which a group lists its members (rule 91).
_LISTING = frozenset({"include", "comprise", "be"})


def _group_includes(token: Token) -> str | None:
    """Round 23, rule 91: "the dead included at least 21 students and two soldiers": the harm of the group of a harm
    (a definite "the dead", "the victims", "the injured") that includes or is the figure's noun."""
    noun = token
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ not in ("dobj", "attr") or noun.head.lemma_.lower() not in _LISTING:
        return None
    for subject in (c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        word = subject.lower_ if subject.lower_ in NOUNS else subject.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "those") for c in subject.children)
        counted = any(c.dep_ == "nummod" or c.like_num for c in subject.children)
        if definite and not counted and NOUNS.get(word) in HARM:
            return NOUNS[word]
    return None


#: Counts of no people, which no part "of them" can take a harm from (rule 97).
_PART_OF = frozenset({"them", "those"})


def _part_of_them(anchor: Token, measure) -> str | None:
    """Round 23, rule 97: "five people were missing. Three of them were in a van": the part takes the whole's harm."""
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in _PART_OF for o in p.children)
               for p in anchor.children):
        return None
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.head.lemma_.lower() not in ("be", "remain"):
        return None
    doc = anchor.doc
    start = _previous_sentence_start(anchor)
    for earlier in reversed(doc[start:anchor.i]):
        if not (earlier.pos_ == "NUM" or earlier.like_num) or earlier.ent_type_ in ("DATE", "TIME", "MONEY", "ORDINAL"):
            continue
        if earlier.dep_ == "nummod" and earlier.head.pos_ in ("NOUN", "PROPN") and earlier.head.i > earlier.i:
            noun = earlier.head
        else:
            continue
        state, stated = measure(noun, earlier, noun.lemma_.lower())
        return state if stated and state in HARM else None
    return None


def _times_what(anchor: Token) -> str | None:
    """Round 23, rule 98: "almost four times the official toll": the measure of the count a multiple multiplies."""
    doc = anchor.doc
    start = next((t.i for t in doc[anchor.i:min(anchor.i + 4, anchor.sent.end)] if t.lower_ in ("times", "twice")), None)
    if start is None:
        return None
    for token in doc[start + 1:min(start + 6, anchor.sent.end)]:
        if token.pos_ in ("DET", "ADJ", "ADV") or token.dep_ in ("amod", "compound", "poss", "case"):
            continue
        if token.pos_ != "NOUN":
            return None
        lemma = token.lemma_.lower()
        if lemma in NOUNS and NOUNS[lemma] in (*HARM, "casualties"):
            return NOUNS[lemma]
        return _listed_state(token) if lemma in CONTAINERS else None
    return None
