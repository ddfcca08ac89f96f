"""What a number counts, and the predicates that govern it (dependency rules over spaCy's parse).

Rules for the counted noun (:func:`counted_token`), first that applies:

1. A measurement or multiplier unit ("50-100 meters", "1,300 square kilometers", "three times")
   counts nothing: the unit is on the quantity; a unit of goods or of area (:data:`OF_UNITS`)
   counts its "of" object ("12 tonnes of medical supplies", "1,300 square kilometres of
   farmland"), a length does not ("dug through 25 metres of rock": a distance). Money counts
   nothing (its currency is the unit).
2. Partitive: the number (or "%") has an "of" phrase -> its object ("more than 6,000 of those
   soldiers", "thousands of troops", "40% of the deployment").
3. Modifier: the number modifies a noun (nummod, quantmod, predet ...) -> that noun ("some 14,000
   troops", "over half the initial deployment", each item of a list "100 missiles, 200+ pieces"),
   also through the numbers it hangs on ("between 4,000 and 5,000 homes", "four CH-47 helicopters").
4. Predicative: the number is the object of "at"/"to" after a verb -> the verb's object or subject
   ("places casualties at more than 6,000", "the death toll rose to 50"), so are both figures of a
   change "from X to Y" ("corrected the number of dead from 71 to 68"); the object of a level
   verb -> its subject ("displacement passed 90,000"); or the complement of "be" -> its subject.
4b. Round 26: a bare figure "at" under a participle of putting set off by a comma after a state word ("Goma's
   dead, put at nearly 3,000 by the UN") counts that word (``person``); a percentage of change ("Egg prices rose
   13.8%", "output had dropped by as much as 20%") counts the change verb's subject when it is a common noun.
4c. Round 29: a percentage a listed company or fund moves by ("Harbor Trust Bancorp lost 31% and Lakeside Bancorp
   21%", "Coastline Bank closed 18% lower", "the ... Banking ETF fell about 12%") counts ``share`` (``etf`` for
   a fund), not a market index named alone ("The Nasdaq fell 3%": nothing); an index's own move counts ``index``
   even after its city ("Karachi's KSE-100 index jumped 9%"); "sink", "slump", "plummet", "rally", "rebound" and
   "sag" are verbs of change too. "Islamabad puts civilian dead at 31", parsed with the kind of people as the object
   and the state word as its complement, counts that kind (``civilian``), and "put the dead at 296" the dead
   (``person``), never the teller.
5. Fronted partitive: a bare number that is the subject of a clause opened by an "of" phrase
   ("Of the suspected cases, 47 have been confirmed") -> that phrase's object; a bare "Of the 66" -> the
   noun the same figure counted in its sentence or the one before (round 26: "confirmed 66 human cases ... Of the
   66, 40 were linked to dairy herds" -> ``case``).

A rate is what a percentage counts when the parser splits its compound from the noun before it
("puts the case fatality rate at 2.9%": "case" read as the object, "fatality rate" beside it): the
rate, whose counted text is the noun before its harm word ("case") or ``person`` ("the mortality
rate"). A linking verb the tagger read as a noun after a number in a headline ("more than 300 fall
ill") counts people (:func:`misread_state`; measures.py reads the adjective).

The counted text is the noun's lemma, with its compound modifiers kept whole ("artillery shell",
"artillery piece", "air-defence system", "air defence system"; a hyphenated describing modifier
such as "school-age" is not one). A word
glued to a following qualifier by scraping ("shellsroughly") is cut at the qualifier. An adjective
standing for people counts ``person`` ("14 dead", "64 of the injured", "the number of displaced"),
so that such counts meet other counts of people; its measure stays (measures.py reads the word).
So does a noun of what happens to people ("displacement passed 90,000"). A toll counts deaths
unless its compound names the harm ("injury toll"); "120 others" counts
nothing of its own (the figure before it tells what). A headline's verb of arrival read as a noun with the people
compounded on it ("Hundreds of Kenyan police land in Haiti") counts those people (round 21). An acronym's plural ("72 MPs", "300 NGOs"), which the
tagger reads as a name, counts the singular acronym (round 21 of issue 14: ``mp``).

6. Round 30: a bare percentage that rules 1-5 leave without a noun counts, first that applies, the noun of
   an earlier percentage's "of" phrase in its sentence ("75% of voters backed the plan and 21% opposed it":
   ``voter``), or the sample a poll or survey of its sentence names ("A poll of 1,200 adults found that 41%
   approved": ``adult``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ... import nouns
from .numbers import GLUED
from .mention import Mention

NOUNISH = frozenset({"NOUN", "PROPN"})
#: Units of goods and of area, whose "of" object is what they count (rule 1).
OF_UNITS = frozenset({"t", "kg", "l", "barrel", "km2", "sq mi", "ha", "acre"})
#: Nouns that hold a count of something else: "the number of people", "its count of 60,000".
CONTAINERS = frozenset({"number", "count", "figure", "total", "tally", "estimate"})
#: Verbs whose object is the new level of their subject: "the number of displaced could reach 150,000".
REACH_VERBS = frozenset({"reach", "pass", "exceed", "top", "hit", "surpass", "near", "approach"})
#: Dependencies by which a number stands for people on its own ("Tens of thousands march").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "ROOT"})
MODIFIER_DEPS = frozenset({"nummod", "quantmod", "predet", "nmod", "det", "amod", "compound", "npadvmod"})
#: Adjectives English uses as nouns for people: "the dead", "14 dead", "64 of the injured".
PEOPLE_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing", "displaced", "homeless", "sick",
                               "hospitalised", "hospitalized", "evacuated", "detained", "trapped", "ill",
                               "infected", "unaccounted"})
#: Linking verbs that a tagger reads as nouns in headlines ("300 fall ill", "20 go missing").
LINKING = frozenset({"fall", "go", "become", "get", "turn", "remain", "stay"})
#: Nouns of a change: with a compound, what changes is counted ("a 9% pay rise" -> pay, "a 5% fare
#: increase" -> fare).
CHANGE_NOUNS = frozenset({"rise", "increase", "raise", "hike", "cut", "fall", "drop", "decrease", "reduction"})
#: Nouns of a rate and the harm words whose rate they give ("case fatality rate", "mortality rate").
RATES = frozenset({"rate", "ratio"})
RATE_HARMS = frozenset({"fatality", "mortality", "death", "infection", "attack"})
#: Nouns of what happens to people, whose level is a count of people ("displacement passed 90,000").
PEOPLE_EVENTS = frozenset({"displacement", "turnout", "attendance"})
#: Compounds of "toll" that name what it counts; any other ("ferry toll", "flood toll") counts deaths.
TOLL_COUNTS = frozenset({"death", "injury", "casualty"})


def counted_token(doc: Doc, mention: Mention) -> Token | None:
    """The noun the number counts, or None (rules 1-4 in the module docstring); a headline verb of arrival read as a
    noun ("Hundreds of Kenyan police land in Haiti") gives way to the people compounded on it (round 21)."""
    token = _counted_token(doc, mention)
    if token is not None and token.lemma_.lower() in MISREAD_ARRIVALS and token.tag_ in ("NN", "NNS") and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "on") for c in token.children):
        people = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if people:
            return people[-1]  # "police land in Haiti": the police, who land
    return token


#: Verbs of arrival a headline's tagger may read as a noun after the people who arrive (round 21).
MISREAD_ARRIVALS = frozenset({"land", "arrive"})


def _counted_token(doc: Doc, mention: Mention) -> Token | None:
    if mention.quantity.unit in OF_UNITS:
        last = mention.unit_end - 1 if mention.unit_end > mention.end else mention.end
        return of_object(doc[last]) if last < len(doc) else None  # "12 tonnes of medical supplies"
    if mention.quantity.unit not in (None, "percent", "fraction"):
        return None
    anchor = doc[mention.anchor]
    if anchor.lower_ == "cent" and anchor.dep_ == "pobj" and anchor.head.lower_ == "per":
        anchor = anchor.head.head  # "79 per cent": the number carries the clause
    partitive = of_object(anchor)
    if partitive is not None:
        return partitive
    anchor = _number_root(anchor)
    head = anchor.head
    if anchor.dep_ in MODIFIER_DEPS and head.pos_ in NOUNISH and head.i >= mention.end:
        return _through_container(of_object(head) if head.lower_ in ("%", "percent") else head)
    if anchor.dep_ == "nummod" and head.lower_ in PEOPLE_ADJECTIVES and head.i >= mention.end:
        return head  # "at least 14 dead"
    state = _state_after(doc, mention)
    if state is not None:
        return state  # "110 missing", "63 still unaccounted for", hung elsewhere in a headline
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "toll":
        return head.head  # "raising the toll of 37"
    put = state_put_at(anchor)
    if put is not None and put.lower_ in PEOPLE_ADJECTIVES:
        return put  # round 26: "Goma's dead, put at nearly 3,000 by the UN"
    if mention.quantity.unit == "percent":
        changed = _changed_by(anchor)
        if changed is not None:
            return changed  # round 26: "Egg prices rose 13.8%", "output had dropped by as much as 20%"
    found = _through_container(_predicative(anchor))
    found = _rate_after(found) if found is not None else _fronted_partitive(anchor)
    if found is None and mention.quantity.unit == "percent":
        return _share_sample(anchor)  # round 30
    return found


#: Round 30: nouns of a poll whose "of" phrase names its sample ("a poll of 1,001 adults").
_POLLS = frozenset({"poll", "survey", "opinion poll", "sample"})


def _share_sample(anchor: Token) -> Token | None:
    """Round 30 (rule 6): what a bare percentage counts by its sentence: an earlier percentage's "of" object
    ("75% of voters backed it and 21% opposed it"), else the sample a poll names ("a poll of 1,001 adults")."""
    sentence = anchor.sent
    for token in reversed(sentence[:anchor.i - sentence.start]):
        if token.lower_ in ("%", "percent") or token.lower_ == "cent" and token.head.lower_ == "per":
            counted = of_object(token) or (of_object(token.head) if token.head.like_num else None)
            if counted is not None and counted.pos_ in NOUNISH and counted.i < anchor.i:
                return counted
    for token in sentence:
        if token.lemma_.lower() in _POLLS and token.pos_ == "NOUN":
            sample = of_object(token)
            if sample is not None and sample.tag_ == "NNS" and any(c.like_num for c in sample.children):
                return sample
    return None


#: Round 26: participles that give a figure to the state word before them ("Goma's dead, put at nearly 3,000").
_PUT_PARTICIPLES = frozenset({"put", "place", "estimate", "number", "count"})
#: Round 26: verbs of change whose subject is what a percentage of change counts.
_CHANGING = frozenset({"rise", "fall", "drop", "climb", "jump", "increase", "decrease", "decline", "grow", "shrink",
                       "soar", "plunge", "slip", "slide", "surge", "tumble", "dip", "gain", "lose",
                       "sink", "slump", "plummet", "rally", "rebound", "sag"})  # round 29: the last six


def state_put_at(anchor: Token) -> Token | None:
    """Round 26: a bare figure "at" under a participle of putting set off by a comma right after a word written as a
    noun after "the" or a possessive ("Goma's dead, put at nearly 3,000 by the UN"; "The injured, estimated at about
    400"): that word. Callers check it is a state of people (here ``PEOPLE_ADJECTIVES``; measures rule 113)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return None
    verb = anchor.head.head
    if verb.lemma_.lower() not in _PUT_PARTICIPLES or verb.tag_ not in ("VBN", "VBD", "VB") or verb.i < 2:
        return None
    doc = anchor.doc
    if doc[verb.i - 1].lower_ != "," or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
        return None
    state = doc[verb.i - 2]
    opened = state.i > 0 and (doc[state.i - 1].lower_ in ("the", "'s", "its", "their") or doc[state.i - 1].tag_ == "POS")
    return state if opened else None


def _changed_by(anchor: Token) -> Token | None:
    """Round 26: a percentage of change, the measure of a verb of change (:data:`_CHANGING`, "rose 13.8%", "dropped
    by as much as 20%"), counts the verb's subject when that is a common noun ("Egg prices", "output"); not a
    pronoun or a name ("The Nasdaq fell 3%")."""
    node = anchor
    if node.lower_ in ("%", "percent") or node.dep_ == "nummod" and node.head.lower_ in ("%", "percent"):
        node = node if node.lower_ in ("%", "percent") else node.head
    verb = node.head
    if node.dep_ == "pobj" and verb.lower_ == "by":
        verb = verb.head
    elif node.dep_ not in ("npadvmod", "dobj"):
        return None
    if verb.lower_ in ("lower", "higher") and verb.dep_ in ("advmod", "acomp", "oprd") and \
            verb.head.lemma_.lower() in _CLOSING:
        verb = verb.head  # round 29: "Coastline Bank closed 18% lower"
    elif verb.lemma_.lower() not in _CHANGING or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _listed_company(subject):
        return subject  # round 29: "Harbor Trust Bancorp lost 31%": its shares (counted_text)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in CONTAINERS:
        return None
    if subject.lemma_.lower() == "index" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return subject  # round 29: "Karachi's KSE-100 index jumped more than 9%": the index, the city's or not
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children):
        return None  # "its shares dropped 14%", "Transits of the Panama Canal dropped by 29%": the owner's figure
    return subject


#: Round 29: verbs of a market's close that take "lower" or "higher" ("closed 62% lower").
_CLOSING = frozenset({"close", "end", "finish", "open", "trade", "settle"})
#: Round 29: words of a company's name (a listed company whose fall or rise is its shares').
_COMPANY_WORDS = frozenset({"bank", "bancorp", "bancshares", "group", "inc", "corp", "corporation", "holdings", "plc",
                            "ltd", "limited", "financial", "airlines", "motors", "company", "co"})
#: Round 29: market indices, whose moves are no company's shares.
_INDEX_NAMES = frozenset({"nasdaq", "dow", "s&p", "ftse", "nikkei", "sensex", "nifty", "dax", "cac", "kospi", "hang",
                          "stoxx", "index", "composite", "average"})


def _listed_company(subject: Token) -> bool:
    """Round 29: a company name (a proper noun the tagger calls an organisation, or whose words name a company: "Western
    Alliance Bancorp", "First Republic Bank") or an exchange-traded fund ("ETF") whose rise or fall is given as a
    percentage; not a market index ("The Nasdaq fell 3%")."""
    if subject.pos_ != "PROPN":
        return False
    if subject.text in ("ETF", "ETFs"):
        return True  # "the SPDR S&P Regional Banking ETF fell about 12%": a fund, whatever index it tracks
    words = {t.lower_ for t in subject.subtree if t.i <= subject.i}
    if words & _INDEX_NAMES:
        return False
    return bool(words & _COMPANY_WORDS) or subject.ent_type_ == "ORG"


def listed_share(token: Token) -> str | None:
    """Round 29: what a company's or fund's percentage move counts (:func:`_listed_company`): ``share``, or ``etf``."""
    if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "conj") or not _listed_company(token):
        return None
    verb = token.head if token.dep_ == "nsubj" else token.head.head
    if not any(c.lower_ in ("%", "percent") or c.lower_ in ("lower", "higher") for c in verb.children):
        return None
    return "etf" if token.text.startswith("ETF") else "share"


def _state_after(doc: Doc, mention: Mention) -> Token | None:
    """A state word right after a bare number, an adverb between allowed ("63 still unaccounted")."""
    i = mention.end
    while i < len(doc) and i <= mention.end + 1 and doc[i].pos_ == "ADV" and doc[i].lower_ not in PEOPLE_ADJECTIVES \
            and doc[i].lower_ not in ("more", "other", "others"):  # "thousands more wounded" leans on the figure before
        i += 1
    word = doc[i] if i < len(doc) and i <= mention.end + 1 else None
    return word if word is not None and word.lower_ in PEOPLE_ADJECTIVES else None


def _rate_after(noun: Token) -> Token:
    """"puts the case fatality rate at 2.9%", parsed with "case" as the object: the rate whose
    compound follows the noun."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.dep_ == "compound" and after.lemma_.lower() in RATE_HARMS \
            and after.head.lemma_.lower() in RATES:
        return after.head
    return noun


def _fronted_partitive(anchor: Token) -> Token | None:
    """Rule 5: "Of the suspected cases, 47 have been confirmed": the clause's "of" phrase before
    its bare-number subject."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for child in anchor.head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < anchor.i:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNISH]
            if objects:
                return objects[0]
            bare = [c for c in child.children if c.dep_ == "pobj" and c.like_num]
            if bare:
                return _told_noun(bare[0])  # round 26: "Of the 66, 40 were linked to ...": the 66 told before
    return None


def _told_noun(number: Token) -> Token | None:
    """Round 26: the noun an earlier figure written the same way counted, in its sentence or the one before ("The
    agency has confirmed 66 human cases ... Of the 66, 40 ..."): that noun, or None."""
    sent = number.sent
    start = sent.start
    if start > 0:
        start = number.doc[start - 1].sent.start
    for token in reversed(number.doc[start:number.i]):
        if token.lower_ == number.lower_ and token.dep_ == "nummod" and token.head.pos_ == "NOUN":
            return token.head
    return None


def misread_state(token: Token) -> Token | None:
    """"more than 300 fall ill": a linking verb (:data:`LINKING`) tagged as a noun, followed by an
    adjective or adverb of state; returns that word."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ == "NOUN" and token.lemma_.lower() in LINKING and after is not None \
            and after.pos_ in ("ADJ", "ADV") and after.is_alpha:
        return after
    return None


def _number_root(token: Token) -> Token:
    """Climb number tokens to the one that attaches to the rest of the sentence: a range's second
    number hangs on its first ("between 4,000 and 5,000 homes", "50-100 hamlets"), a count on a
    model number ("four CH-47 helicopters")."""
    while token.head.i != token.i and token.head.pos_ == "NUM" and token.dep_ in ("conj", "compound", "nummod", "prep"):
        token = token.head
    return token


def _through_container(noun: Token | None) -> Token | None:
    """"the number of people arrested" -> people; "the figure could rise to 6 million" -> nothing of
    its own (the figure meant is the one before); "the death toll" -> toll (its compound tells)."""
    if noun is not None and noun.lemma_.lower() in CONTAINERS:
        return of_object(noun)
    return noun


def of_object(token: Token) -> Token | None:
    """The object of ``token``'s "of" phrase; "of confirmed dead", parsed as a participle with its
    complement, gives the complement."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and (c.pos_ in NOUNISH or c.tag_ in ("JJ", "VBN")
                                                                           or c.lower_ in PEOPLE_ADJECTIVES)]
            objects += [o for c in child.children if c.dep_ == "pcomp" for o in c.children
                        if o.dep_ in ("oprd", "acomp") and o.lower_ in PEOPLE_ADJECTIVES]
            if objects:
                return objects[0]
    return None


def _changed(anchor: Token) -> Token | None:
    """"corrected the number of dead from 71 to 68": the verb of a change "from X to Y", for both
    figures (the parser hangs "to" on "from")."""
    if anchor.dep_ == "quantmod" and anchor.head.pos_ == "NUM":
        anchor = anchor.head  # "from 45 to 44" parsed as a range: "45" hangs on "44"
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("from", "to"):
        return None
    ranged = any(c.dep_ == "quantmod" and c.lower_ == "to" for c in anchor.children)
    if prep.lower_ == "to" and prep.head.lower_ == "from" and prep.head.dep_ == "prep":
        prep = prep.head
    elif not (prep.lower_ == "from" and (ranged or any(c.dep_ == "prep" and c.lower_ == "to" for c in prep.children))):
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def _predicative(anchor: Token) -> Token | None:
    changed = _changed(anchor)
    if changed is not None and anchor.dep_ == "quantmod":
        anchor = anchor.head
    if changed is not None or anchor.dep_ == "pobj" and anchor.head.lower_ in ("at", "to") and \
            anchor.head.head.pos_ in ("VERB", "AUX"):
        verb = changed if changed is not None else anchor.head.head
        if verb.dep_ == "acl" and verb.head.pos_ in NOUNISH:  # "the number of people arrested ... to 31"
            return verb.head
        described = _described_dead(verb)
        if described is not None:
            return described  # round 29: "Islamabad puts civilian dead at 31": civilians, not Islamabad
        for dep in ("dobj", "nsubj", "nsubjpass"):  # an object after the figure is another phrase's
            found = [c for c in verb.children if c.dep_ == dep and c.pos_ in NOUNISH and (dep != "dobj" or c.i < anchor.i)]
            if found:  # the subject nearest the verb: a dateline "ODIONGAN, Philippines - ..." is none
                chosen = found[0] if dep == "dobj" else found[-1]
                return _past_dateline(chosen)
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in REACH_VERBS:  # "the toll passed 90,000"
        verb = anchor.head
        found = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUNISH]
        before = verb.doc[verb.i - 1] if verb.i else None  # a headline the parser misread: "as displacement passes"
        return found[-1] if found else (before if before is not None and before.pos_ == "NOUN" else None)
    if anchor.dep_ in ("attr", "acomp") and anchor.head.lemma_ == "be":
        found = [c for c in anchor.head.children if c.dep_ == "nsubj" and c.pos_ in NOUNISH]
        return found[0] if found else None
    return None


def _described_dead(verb: Token) -> Token | None:
    """Round 29: "puts civilian dead at 31", "put militant dead at over 100", parsed with the describing word as the
    object and the state word as its complement: the describing word (a kind of people) is what the figure counts;
    "put the dead at 296", the state word itself the object (tagged an adjective): the dead (``person``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("ADJ", "NOUN", "PROPN")]
    if objects and objects[0].pos_ == "ADJ" and objects[0].lower_ in PEOPLE_ADJECTIVES and any(
            c.dep_ == "det" for c in objects[0].children):
        return objects[0]  # "The ministry put the dead at 296": the dead, not the ministry
    states = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in PEOPLE_ADJECTIVES]
    if objects and states and objects[0].i + 1 == states[0].i and objects[0].lower_ not in PEOPLE_ADJECTIVES:
        return objects[0]
    return None


def _past_dateline(subject: Token) -> Token:
    """"MACO, Philippines - The death toll ... has risen to 54", parsed with the dateline's place as
    subject and the toll in apposition to it: the toll."""
    if subject.pos_ == "PROPN" and subject.ent_type_ in ("GPE", "LOC", "ORG", ""):
        described = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if described:
            return described[0]
    return subject


def counted_text(token: Token | None) -> str | None:
    """Singular lower-case head noun with a common-noun compound right before it: "troops" ->
    "troop", "people" -> "person" (:func:`newsclaims.nouns.singular`, since spaCy's lemma of
    "people" is "people"), "artillery shells" -> "artillery shell", "death toll" -> "death"."""
    if token is None:
        return None
    if token.lower_ in PEOPLE_ADJECTIVES and token.pos_ in ("ADJ", "VERB", "NOUN"):
        return "person"  # "the dead", "64 of the injured"
    if listed_share(token) is not None:
        return listed_share(token)  # round 29: "Harbor Trust Bancorp lost 31%": its shares
    if misread_state(token) is not None:
        return "person"  # "more than 300 fall ill"
    if token.lemma_.lower() in RATES:
        harm = next((c for c in token.lefts if c.dep_ == "compound" and c.lemma_.lower() in RATE_HARMS), None)
        if harm is not None:  # "the case fatality rate": cases; "the mortality rate": people
            before = token.doc[harm.i - 1] if harm.i else None
            return nouns.singular(before.lower_) if before is not None and before.pos_ == "NOUN" else "person"
    if token.lemma_.lower() in PEOPLE_EVENTS:
        return "person"  # "displacement passes 90,000": a count of the people displaced
    if token.lemma_.lower() in ("other", "more"):
        return None  # "120 others": the noun of the figure before (claims.py, ellipsis)
    if token.lemma_.lower() == "toll":
        compound = [c for c in token.lefts if c.dep_ == "compound" and c.lemma_.lower() in TOLL_COUNTS]
        if not compound:
            return "death"
        token = compound[-1]
    glued = unglue(token.text.lower())
    if glued:
        return glued
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ == "NOUN" and after is not None and after.is_lower and unglue(after.lower_):
        return f"{token.lemma_.lower()} {unglue(after.lower_)}"  # "artillery shellsroughly": the parser's head
    word = token.text.lower()
    if len(token.text) >= 3 and token.text[-1] == "s" and token.text[:-1].isupper() and token.text[:-1].isalpha():
        word = word[:-1]  # round 21: an acronym's plural ("72 MPs", "300 NGOs"), which the tagger reads as a name
    elif token.tag_ in ("NNS", "NNPS"):
        word = nouns.singular(word)
    elif token.pos_ in NOUNISH:
        word = token.lemma_.lower()
    compounds = _compound_words(token)
    if compounds and token.lemma_.lower() in CHANGE_NOUNS:
        return compounds[-1].lemma_.lower()  # "a 9% pay rise": what rises is pay
    return " ".join([*(c.lower_ for c in compounds), word]).replace(" - ", "-")


#: Second halves of hyphenated modifiers that describe rather than name ("school-age children",
#: "two-year contracts", "full-scale attacks"): no part of the counted noun.
ADJECTIVAL_TAILS = frozenset({"age", "year", "month", "week", "day", "hour", "old", "level", "scale", "style",
                              "size", "time", "term", "length", "strong", "long", "range", "type"})


def _compound_words(token: Token) -> list[Token]:
    """The common-noun compound right before the head, kept whole (issue 13): "artillery pieces",
    "air defence systems", "air-defence systems" (hyphen and all), up to three words; a hyphenated
    describing modifier (:data:`ADJECTIVAL_TAILS`: "school-age children") is left out."""
    doc, words, i = token.doc, [], token.i - 1
    while i >= 0 and len(words) < 3:
        word = doc[i]
        if word.dep_ == "compound" and word.pos_ == "NOUN" and word.head.i in {token.i, *(w.i for w in words)} \
                and word.text not in ("%", "percent"):
            if i >= 2 and doc[i - 1].text == "-":
                if word.lower_ in ADJECTIVAL_TAILS or doc[i - 2].pos_ != "NOUN":
                    break
                words[:0] = [doc[i - 2], doc[i - 1], word]
                i -= 3
                continue
            words.insert(0, word)
            i -= 1
            continue
        break
    return words


def of_pronoun(doc: Doc, mention: Mention) -> bool:
    """"Four of them", "most of those": a part of a group named before, by a pronoun. "Nine of
    those detained" is not: a pronoun with its own participle names people (counted ``person``).
    So is the rest of a group: "the remaining 382", "the other 12" (a bare number)."""
    anchor = doc[mention.anchor]
    if any(c.dep_ == "det" and c.lower_ == "the" for c in anchor.children) and \
            any(c.dep_ in ("amod", "nummod") and c.lower_ in REST_WORDS for c in anchor.children):
        return True  # "The remaining 382 were still being treated"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PRON" and not _described(o)
                                                         for o in c.children)
           for c in anchor.children):
        return True
    return among_pronoun(doc, mention)


def among_pronoun(doc: Doc, mention: Mention) -> bool:
    """Round 15: "among them two pregnant women", "98, among them two children": a part of a group named
    before, by "among" and a pronoun right before the figure, however the parser hangs them."""
    i = mention.anchor
    while i > 0 and doc[i - 1].lower_ in ("at", "least", "about", "some", "nearly", "more", "than", "over"):
        i -= 1
    if i >= 2 and doc[i - 2].lower_ == "among" and doc[i - 1].lower_ in ("them", "those", "whom") and \
            doc[mention.anchor].sent.start <= i - 2:
        return True
    return among_list_first(doc[mention.anchor]) is not None  # round 28: "among them 51 women and 17 children"


def among_list_first(number: Token) -> Token | None:
    """Round 28 (measures rule 120): a later item of a list opened by "among them" ("..., among them 51 women and 17
    children"): the list's first noun, whose number follows "among them" / "among whom" / "among those"; else None."""
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None or noun.dep_ != "conj":
        return None
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.i == noun.i or not any(c.dep_ == "nummod" for c in first.children):
        return None
    start = min([first.i] + [t.i for c in first.lefts if c.dep_ in ("nummod", "amod", "compound", "det")
                             for t in c.subtree])
    before = [t.lower_ for t in number.doc[max(number.sent.start, start - 2):start]]
    return first if before in (["among", "them"], ["among", "whom"], ["among", "those"]) else None


#: Words that make a bare number the rest of a group named before: "the remaining 382".
REST_WORDS = frozenset({"remaining", "other", "rest"})


def _described(pronoun: Token) -> bool:
    """"those arrested", "those injured in the clashes": a pronoun with a participle or an adjective
    of people after it stands for people so described, not for a group named before."""
    return any(c.dep_ in ("acl", "amod") and c.i > pronoun.i and (c.tag_ == "VBN" or c.lower_ in PEOPLE_ADJECTIVES)
               for c in pronoun.children)


def refers_back(doc: Doc, mention: Mention) -> bool:
    """"put the number at 52,000", "the figure could rise to 6 million": the number is a container
    (:data:`CONTAINERS`) that names nothing it counts, so it is a count told before."""
    if mention.quantity.unit not in (None, "percent", "fraction"):
        return False
    anchor = _number_root(doc[mention.anchor])
    head = anchor.head
    noun = head if anchor.dep_ in MODIFIER_DEPS and head.pos_ in NOUNISH and head.i >= mention.end \
        else _predicative(anchor)
    return noun is not None and noun.lemma_.lower() in CONTAINERS and of_object(noun) is None


def figure_of(doc: Doc, mention: Mention, noun: Token | None) -> bool:
    """"a middle figure of some 14,000 troops": the number modifies the noun it counts, and that
    noun is the "of" object of a container noun (:data:`CONTAINERS`). ("the number of protesters
    at 30,000" and "its count of 60,000" are other constructions.)"""
    anchor = _number_root(doc[mention.anchor])
    return noun is not None and anchor.head.i == noun.i and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in CONTAINERS


def stands_for_people(doc: Doc, mention: Mention) -> bool:
    """A bare number that is itself an argument of a verb counts people ("kills at least 120",
    "nearly 30,000 remain displaced"), and so does the figure of a count ("its count of 60,000");
    a number only modifying or compared does not."""
    anchor = doc[mention.anchor]
    if mention.quantity.unit is not None:
        return False
    outside = [t for t in doc[mention.start:mention.end] if not mention.start <= t.head.i < mention.end]
    if len(outside) == 1 and outside[0].dep_ in ARGUMENT_DEPS and outside[0].head.pos_ in ("VERB", "AUX"):
        return True  # "force tens of thousands from their homes": the phrase's own head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in CONTAINERS:
        return True  # "its count of 60,000"
    return anchor.dep_ in ARGUMENT_DEPS and anchor.head.pos_ in ("VERB", "AUX")


def unglue(word: str) -> str | None:
    """"shellsroughly" -> "shell": the word before a glued qualifier, singular; else None."""
    match = GLUED.match(word)
    if not match:
        return None
    stem = match.group(1)
    return stem[:-1] if stem.endswith("s") and not stem.endswith("ss") else stem


def predicate_chain(token: Token) -> list[Token]:
    """``token`` and its heads up to the sentence root (the clause path that governs a figure)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def own_subject(verb: Token) -> Token | None:
    """The verb's subject, the nearest when the parser gives two (a dateline "LISBON, 18 May -" is
    no subject); a conjoined verb without one shares its head's ("X visited and announced")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return own_subject(verb.head)  # "X is said to have sent ...", "X plans to send ..."
    return None
