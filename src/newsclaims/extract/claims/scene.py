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

**A clause's own place** (round 11, :func:`placed`): in an article that names several countries, a
figure no rule gave an owner takes the one country its own clause names as a place, before the
scene and the main actor: "In Haiti, the civil protection agency raised its toll to 43", "Melissa hit
eastern Cuba ...", "Haiti town counts 25 dead", "Jamaica confirms 19 dead". The clause is the
figure's nearest verb's, then each governing clause up to the sentence's root (its clauses below
it left out). A country counts as the clause's place when it is the object of a locative ("in",
"at", "near", "across", "throughout"; round 19: "within", also conjoined, "to, from or within"), the object of a verb, a modifier of a noun ("Bangkok's
governor", "the Cuban authorities") or the subject of a verb that gives or sends nothing; never
after "from", "for" or "to" (origin, destination, donor's gift: "bound for Colombo", "20 of them
from India"), nor as the side that strikes or gives (:data:`~.measure_words.GRANTING`: "Britain
pledged ..."; such a subject ends the search: "X has sent troops, suffering 4,700 casualties" is
X's), nor inside a facility's name. A country's own name counts whatever entity the tagger gave it
("Malawi" read as a person's name; round 20: "Martinique" read as a nationality). Round 18: a country that owns or modifies a news organisation
("China's Xinhua news agency, citing local media, reported ...") relays the figure and places nothing.
Round 15: a country inside a phrase of cause (:func:`~.subjects.in_cause`:
"a loss of $1.2 billion, partly because of the sale of its operations in Brazil", "due to strikes in
France") places nothing: it tells where the cause was. A country in an "of" phrase of the figure itself is its whole
("77% of Jamaica"); round 20: a country in the figure's own placing phrase is its place, before its clause's
others ("more than 174,000 in Mozambique and about 64,000 in the Comoros"). A clause naming two or more countries gives none
("in Jamaica, Haiti and Cuba"): round 13, unless the list is itself a verb's subject or object it returns
:data:`SEVERAL`, and the figure, a total across those countries, keeps no subject (round 9's
guideline); a list that is a verb's subject or object ("Russia and Ukraine swapped 303 soldiers
each") places nothing. Round 15: a clause whose only place is a region of several countries, the
object of a placing preposition (``gazetteer.region``: "died in the Caribbean", "power lines in the
European Union", "a subscription in Europe"; not "from Europe", "Europe's market"), is a total
across them too (:data:`SEVERAL`); a country of the same clause wins over the region ("in Haiti,
the poorest country in the Caribbean"). Of a verb of speaking's clause only its subject counts, and (round 14)
a locative before the verb ("In Portugal, the grid operator said ..."), not one after it ("a spokesman
told reporters in Geneva": where it was said); a nationality of a news organisation ("the Chinese news
agency Xinhua reported", :data:`MEDIA`) places nothing (round 14), figures sent or supplied (``deployed``, ``supplied``) are the sender's wherever
they go, and weapons fired the attacker's (:mod:`.sides` rule 4). In a story of two sides (:mod:`.sides`) only a country the article names twice or more
counts (a venue named once, "talks in Istanbul", is neither side's place).

Round 22: a name the article writes before a word of disease ("the Marburg virus": :func:`~.subjects.disease_name`,
rule 1p of :mod:`.subjects`) names the disease, no clause's place and no place of a sentence the scene covers.

Round 23: a figure whose own placing phrase, on the number, its noun or the verb it is the object or subject of,
names a region of several countries ("had killed eight people across Central and Eastern Europe", "kills eight
across Central Europe") is a total across countries (:func:`total_across`, :func:`_own_region`), whatever another
figure of its sentence places in one country ("with four missing in the Czech Republic"); so is a figure that a
colon after it breaks down by country, items of two countries or more ("had killed 30 people: 12 in Italy, 10 in
Slovenia and eight in Croatia": :func:`_itemised`).

Round 23: a one-word proper name after a sentence's opening "In" and before a comma that the gazetteer knows as
a city or province of one country ("In Opava, the mayor asked ..."; a name several countries share is left to
the other rules) is a place, whatever entity the tagger gave it
(:func:`_opening_place`: a person's name is never written so). Such an opening "In" phrase places the
sentence also when it hangs on a clause below the main verb ("In Ostrava, water poured ..., Czech
Television reported"): the paragraph's later sentences take its place.

Round 20: a clause that names a territory with its own ISO 3166 entry and the state it belongs to
("France's official toll in Mayotte": ``gazetteer.sovereign``) names the territory alone.

**A paragraph's place** (round 13, :func:`paragraph_place`): a figure whose own clauses name no
place takes the one country the opening sentence of its paragraph names as a place, read as for a
clause (the opening sentence's main clause, its locatives included; of a verb of speaking, its subject and
the phrases before it: "In Jamaica, the minister said ..." but not "told reporters in Geneva"; "Cuba has reported no deaths.", "Melissa hit eastern Cuba ..."), when that sentence names one
alone, and the figure's own sentence names no country: the later sentences of the paragraph ("About 13,000 people remained in shelters, she said",
"Authorities there said ...") tell of the same place. A figure of the opening sentence itself is
:func:`placed`'s. Round 15: when the opening sentence names no place at all ("Across the border, the
toll is far higher."), the nearest earlier sentence of the paragraph that names one is read instead, the
same way ("Myanmar's military government put the toll at ... It said 653 people had been rescued"),
except the subject of a verb of speaking, a speaker among others in the paragraph, not its place ("The
United States said it would give $2 million").

**The lead's place runs on** (round 20, :func:`running_place`, in a story of several countries and not of
two sides): a figure whose whole paragraph names no place takes the one country the article's lead (the
dateline's paragraph, else the first paragraph of body text, its dateline left out; what a verb of speaking
reports read too) names as a place, when every paragraph between names that country or none ("France's
official toll in Mayotte stands at 35 ... The interior ministry's count lists 35 dead and 2,500 injured",
before "In Mozambique, ..."). **A paragraph that opens on a place** ("In Malawi, ...": :func:`opens_on`) is
set there also in a story of two sides that names that country once; so is a figure whose own placing
phrase names a country (:func:`own_place`: "about 64,000 in the Comoros").

**Totals across a continent or the world** (round 17, :func:`total_across`, in every article): a figure
whose first clause that names a place names no country, but a continent or the world ("on the
continent", "the continent has counted", "the world", "worldwide", "globally"; round 20: not "cut off from the world", "open to the world", what a place is set
apart from or joined to) or countries counted
where they are the place or a region's ("in 116 countries", "12 African countries had reported", "31
countries of the Americas"; :func:`across`), or whose counted noun is described by such a participle
("Of the 17,000 cases recorded on the continent, 2,863 ..."), is a total across them and keeps no
subject (:data:`SEVERAL`). Round 19: not a part of such a total picked out by its own
partitive phrase's country ("More than 5,000 flights were cancelled worldwide, over 3,000 of them to, from or
within the United States", "1,200 cases across Africa, 800 of them in Nigeria": :func:`_part_placed`); the
part is that country's. Not countries that only report ("about ten countries have reported 1,081
deaths" of pilgrims who died in one place), nor a figure a holder has ("the firm, which has 80 million
users worldwide"; "it has been damaged in more than 50 countries": :func:`_holder`).

Round 23: a country named only as a company's place or nationality (:func:`~.subjects.company_place`: "firms
in Taiwan and Hungary deny making the pagers") places nothing.

**The lead's event** (round 25, :func:`country`): an event word of the headline or the first body
paragraph counts twice, and an event spread "across" or "throughout" a place ("pager blasts across
Lebanon", "devices exploded across Lebanon") is placed there: an event told in passing later ("14 were
hurt when pagers exploded in Damascus") does not outweigh the story's own. **A side event's sentence**
(round 25, :func:`event_in`, :mod:`.assembly`): people harmed in a sentence whose one event word is
placed in a country other than the scene, and that the scene does not cover, are that country's.

**A place whatever its tag** (round 25, :func:`gazetteer_place`): a proper name after "in", "across",
"throughout", "inside" or "within" (not "at", "near": "fired missiles at Isfahan" names a target) that the
gazetteer puts in one country only, which the article names elsewhere, is a place of that country, also
where the tagger read it as a person ("six in Bat Yam"), an organisation or a people, or did not tag it;
not a possessor ("in Foshan's hospitals"), nor a country's, capital's or people's own name (read as
before). **Inner place** (round 25, :func:`inner_place`): such a city or province placing the figure's
own clause keeps its state's name where the article's main actor is the state's territory
(:mod:`.assembly`, "Inner place").

**A sentence that opens on a place** (round 25, :func:`sentence_opens_on`): a figure no clause rule,
scene or side gave an owner, in a sentence that opens on "In <place>," ("In Israel, the prime minister's
office put the toll at 28, four of them killed when ..."), is that place's before the paragraph's place,
the victims' country and the main actor: the opening phrase sets the whole sentence, also the clauses
the parser hung below the figure's. Not "In March, ..." (no place).

The datelines ("ISLAMABAD -") say where the outlet wrote from, not where the event was, and are
not read. :func:`country` is the fallback subject before the main actor
(:mod:`.assembly`, "Main actor").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ... import gazetteer
from . import layout, subjects
from .measure_words import GRANTING
from ..spans import entity_at

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
    """The country where the article's event happened (module doc), or None. Round 25 ("The lead's
    event"): an event word of the headline or the lead paragraph counts twice (:func:`_lead_end`), and
    one spread "across" or "throughout" a place is placed there too."""
    lead = _lead_end(doc)
    found: Counter[str] = Counter()
    for token in doc:
        if _event_word(token):
            for place in _places(token, spread=True):
                if place:
                    found[place] += 2 if token.i < lead else 1
    return found.most_common(1)[0][0] if found else None


def event_in(sentence: Span) -> str | None:
    """Round 25 ("A side event's sentence"): the one country an event word of ``sentence`` is placed in
    ("14 were wounded when pagers exploded in Damascus"), or None."""
    found = {place for token in sentence if _event_word(token) for place in _places(token, spread=True) if place}
    return found.pop() if len(found) == 1 else None


#: Prepositions that spread an event over a place ("blasts across Lebanon"; round 25, for :func:`country`).
SPREAD = frozenset({"across", "throughout"})


def _lead_end(doc: Doc) -> int:
    """Round 25: the token after the article's first body paragraph (:func:`_is_lead`), the headline and
    any lines above it included; 0 for a text with no such paragraph."""
    for sentence in doc.sents:
        if opening(sentence).start == sentence.start and _is_lead(sentence):
            return _paragraph(sentence)[-1].end
    return 0


#: Measures the scene never owns (module doc).
NOT_THE_SCENES = frozenset({"arrested"})


def covers(claim, sentence: Span, where: str) -> bool:
    """Does the scene ``where`` own this claim, read in ``sentence``, that names no subject?"""
    if claim.measure in NOT_THE_SCENES or claim.quantity.unit and len(claim.quantity.unit) == 3 \
            and claim.quantity.unit.isupper():  # an ISO 4217 currency code
        return False
    named = {subjects.admin_of(e[-1]) or gazetteer.country(e.text, near=layout.certain(sentence.doc)) for e in sentence.ents
             if e.label_ in ("GPE", "NORP", "LOC") and not subjects.embedded(e[0])
             and not subjects.disease_name(e[0])} - {None}
    if named:
        return where in named
    first = sentence[0]
    return not (first.lower_ in LOCATIVES and any(
        c.dep_ == "pobj" and c.pos_ == "PROPN" for c in first.children))


def _event_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and lemma in EVENT_VERBS or token.pos_ == "NOUN" and lemma in EVENT_NOUNS


def _places(event: Token, spread: bool = False):
    for prep in event.children:
        if prep.dep_ == "prep" and (prep.lower_ in LOCATIVES or spread and prep.lower_ in SPREAD):
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
    if obj.lower_ in gazetteer.ADMIN_WORDS and obj.i and subjects.admin_of(obj.doc[obj.i - 1]):
        return subjects.admin_of(obj.doc[obj.i - 1])  # round 18: "in Niger state" is in Nigeria
    if not (obj.is_title or obj.is_upper):  # "at a depot in Beirut": the place the noun is in
        return next((_place(o) for p in obj.children if p.dep_ == "prep" and p.lower_ in LOCATIVES
                     for o in p.children if o.dep_ == "pobj"), None)
    start = obj.i
    while start > obj.left_edge.i and obj.doc[start - 1].pos_ == "PROPN":
        start -= 1
    near = layout.certain(obj.doc)  # "in Gaza": the territory the story names elsewhere
    whole = gazetteer.country(obj.doc[start:obj.i + 1].text, near=near)
    return whole if whole or subjects.embedded(obj) else gazetteer.country(obj.text, near=near)  # "East Palestine"


#: Prepositions that place what their clause tells (for :func:`placed`).
PLACING = frozenset({"in", "at", "near", "across", "throughout", "inside", "within"})  # round 19: "within"
#: Nouns of a country's officials: a demonym modifying one names the clause's place ("the Cuban authorities").
OFFICIALS = subjects.STATE_BODIES | frozenset({"authority", "official", "minister"})
#: Measures owned by who sends or gives, wherever it goes (for :func:`placed`).
SENT = frozenset({"deployed", "supplied"})
#: Verbs whose subject gives, sends or strikes: it names the donor or attacker, not the place.
DONATING = GRANTING | subjects.HANDING | subjects.FIRING | subjects.STRIKING | frozenset(
    {"deliver", "fly", "dispatch", "deploy", "supply", "offer", "airlift", "ship"})
#: Verbs of speaking, whose own phrases place the speaking, not the figure.
SPEAKING = frozenset({"say", "tell", "speak", "add", "write", "state", "brief"})
#: Dependency labels of clauses (for :func:`placed`).
CLAUSES = frozenset({"advcl", "ccomp", "relcl", "xcomp", "acl", "conj", "csubj", "parataxis"})


def placed(anchor: Token, measure: str) -> str | None:
    """Module doc, "A clause's own place": the one country the figure's clause (else a governing
    clause) names as a place, or None."""
    if measure in SENT:
        return None
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    whole = next((_country(o) for t in (anchor, noun) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    if whole:
        return whole  # "77% of Jamaica": the figure's own whole
    own = own_place(anchor)
    if own:
        return own  # round 20: "more than 174,000 in Mozambique and about 64,000 in the Comoros"
    heads = [t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"]
    for head in heads:
        words = _clause(head, head.lemma_.lower() in SPEAKING)
        found = _territories_first({_placed_country(t) for t in words} - {None})
        if not found and not _holder(head) and any(across(t) for w in [noun, *words] for t in [w, *_participles(w)]):
            found = {REGION}  # round 17: "in 116 countries", "the continent has counted", "worldwide"
        if found == {REGION}:
            return SEVERAL  # round 15: "in the Caribbean", "in the European Union": a total across countries
        found.discard(REGION)
        if SEVERAL in found and not found & {GIVER, LISTED}:
            return SEVERAL  # "in Jamaica, Haiti and Cuba": a total across them, no one country's (round 13)
        if found & {SEVERAL, GIVER, LISTED}:
            return None
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def own_place(anchor: Token) -> str | None:
    """Round 20: the one country the figure's own placing phrase names, on the number or its noun ("about
    64,000 in the Comoros", "9,000 people in Somalia"), or None."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    objects = [o for t in {anchor, noun} for p in t.children if p.dep_ == "prep" and p.lower_ in PLACING
               for o in p.children if o.dep_ == "pobj"]
    if any(_listed_on(o) for o in objects):
        return None  # "90,000 people in Fiji, Tonga and Samoa", the list misparsed: a total across them
    own = {_placed_country(o) for o in objects} - {None, REGION, SEVERAL, GIVER, LISTED}
    return own.pop() if len(own) == 1 else None


def _listed_on(place: Token) -> bool:
    """Is ``place`` followed by a comma, "and" or "or" and another country ("Fiji, Tonga and Samoa")?"""
    doc = place.doc
    return place.i + 2 < len(doc) and doc[place.i + 1].lower_ in (",", "and", "or") \
        and _country(doc[place.i + 2]) is not None


#: Nouns of the whole of a continent or the world, written with "the" ("on the continent", "the world's").
WHOLES = frozenset({"continent", "world", "globe"})
#: Adverbs of a total across the world.
WORLDWIDE = frozenset({"worldwide", "globally", "internationally"})
#: Prepositions after which the world is what a place is set apart from or joined to, no total across it
#: ("cut off from the world", "opened to the world"; round 20).
APART = frozenset({"from", "to", "with"})
#: Nouns of countries, counted ("12 African countries", "in 116 countries", "several nations").
COUNTRIES = frozenset({"country", "nation"})  # not "state": "all 50 states" are one country's
#: Quantifiers of several countries ("several countries", "dozens of nations").
SOME = frozenset({"several", "many", "multiple", "numerous", "dozens", "various"})


def across(token: Token) -> bool:
    """Round 17: does ``token`` tell a total across a continent or the world, with no one country
    (module doc, round 15's regions): "on the continent", "the continent has counted", "the world",
    "worldwide", "globally", or countries counted by a number or "several" where they are the place
    ("in 116 countries", "across several nations") or a region's ("12 African countries had
    reported", a people's adjective that names no one country)? Not "the country" (one country), nor
    "other countries" nor "both countries"; nor countries that only report ("about ten countries have
    reported 1,081 deaths" of pilgrims who died in one place: the place's). Round 22: "the region" of an
    article that names a region of several countries and none inside a country (:func:`_several_region`)."""
    lemma = token.lemma_.lower()
    if token.lower_ in WORLDWIDE:
        return True
    if lemma in WHOLES and token.pos_ == "NOUN":
        if token.dep_ == "pobj" and token.head.lower_ in APART:
            return False  # round 20: "leaving a country of 170 million cut off from the world"
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if lemma == "region" and token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return _several_region(token.doc)  # round 22: "the region" of an article about the Americas
    if lemma in COUNTRIES and token.pos_ == "NOUN" and token.tag_ == "NNS":
        counted = any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "two", "1", "2")
                      or c.lower_ in SOME for c in token.children) or \
            token.head.dep_ == "pobj" and token.dep_ == "pobj" and token.head.lower_ in SOME
        placing = token.dep_ == "pobj" and token.head.lower_ in PLACING
        regional = any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"  # the whole "Latin American"
                       and not gazetteer.country((entity_at(c) or c).text, provinces=False) for c in token.children) or any(
            p.dep_ == "prep" and p.lower_ in ("of", "in", "across") and gazetteer.region(subjects.proper_name(o).text)
            for p in token.children for o in p.children if o.dep_ == "pobj" and o.is_title)  # "countries of the Americas"
        return counted and (placing or regional)
    return False


def _several_region(doc) -> bool:
    """Round 22 ("Regions"): does "the region" stand for a region of several countries: the article places
    something in or across one ("across the Americas", "in Latin America", "across Africa": a place entity
    that ``gazetteer.region`` knows, not a name such as "European Union") and names no region inside a
    country ("the Donetsk region", "the region of Murcia", "Mandalay Region")?"""
    named = False
    for token in doc:
        if token.lemma_.lower() == "region" and (any(c.dep_ in ("compound", "amod", "poss") and c.is_title
                                                     for c in token.children) or token.is_title
                                                 or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
            return False
        if token.is_title and token.pos_ == "PROPN" and token.ent_type_ in ("LOC", "GPE") and not named \
                and token.dep_ == "pobj" and token.head.lower_ in ("across", "throughout", "through", "in"):
            named = gazetteer.region(subjects.proper_name(token).text)  # a place: "across the Americas"
    return bool(named)


def _holder(verb: Token) -> bool:
    """Does ``verb`` give its figure a holder (for :func:`total_across`): "have" as a main verb ("the
    firm, which has 80 million users worldwide"), or a verb other than of saying whose subject is
    "it"/"we" or an organisation ("it has been damaged in more than 50 countries")? A counter ("the
    WHO has counted ... in 116 countries") holds nothing."""
    lemma = verb.lemma_.lower()
    if lemma == "have" and verb.dep_ not in ("aux", "auxpass"):
        return True
    if lemma in subjects.SAY_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("it", "we") or c.ent_type_ == "ORG")
               for c in verb.children)


def _participles(noun: Token) -> list[Token]:
    """The words of a participle that describes ``noun`` ("cases recorded on the continent"), a
    clause with no subject of its own (for :func:`across`), and of the noun it governs through
    "of" ("Of the 17,000 cases recorded on the continent, 2,863 ...")."""
    nouns_ = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj")]
    return [t for n in nouns_ for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for t in c.subtree]


def total_across(anchor: Token, measure: str) -> bool:
    """Round 17: is the figure a total across a continent or the world (:func:`across`) in the first
    of its clauses, walking up from its own, that names any place at all, no country among them?
    Read in every article, of one country or several ("Peru ... The continent has logged 7,800
    deaths")."""
    if measure in SENT:
        return False
    if _own_region(anchor) or _itemised(anchor):
        return True  # round 23: "kills eight across Central Europe; four missing in ..."
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    if noun.pos_ not in ("VERB", "AUX") and _part_placed(noun):
        return False  # round 19: "5,000 flights cancelled worldwide, over 3,000 of them within the United States"
    heads = [t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"]
    for head in heads:
        if _holder(head):
            return False  # "the company has 600 million users worldwide": the holder's
        words = _clause(head, head.lemma_.lower() in SPEAKING)
        parts = {w.i for t in words if t.i not in (noun.i, anchor.i) and t.pos_ == "NUM" and t.dep_ != "nummod"
                 and _part_placed(t) for w in t.subtree}  # round 19: the whole's clause without its placed part
        words = [t for t in words if t.i not in parts]
        if {_placed_country(t) for t in words} - {None, REGION}:
            return False  # a country of the clause ("Brazil, one of 30 countries hit, has recorded")
        if any(across(t) for w in [noun, *words] for t in [w, *_participles(w)]):
            return True
    return False


def _own_region(anchor: Token) -> bool:
    """Round 23: does the figure's own placing phrase name a region of several countries, on the number,
    its noun, or the verb it is the object or subject of ("had killed eight people across Central and
    Eastern Europe", "kills eight across Central Europe", "20 died across the Balkans")? A total across
    countries, whatever another figure of the sentence places elsewhere ("with four missing in the Czech
    Republic": that figure's own part); a place's name is never a region ("across Bavaria")."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    holders = {anchor, noun}
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        holders.add(noun.head)
    return any(o.dep_ == "pobj" and _region(o) for t in holders for p in t.children
               if p.dep_ == "prep" and p.lower_ in PLACING for o in p.children)


def _itemised(anchor: Token) -> bool:
    """Round 23: is the figure a total that a colon after it breaks down by country ("had killed 30 people:
    12 in Italy, 10 in Slovenia and eight in Croatia"), items of two countries or more, each a number placed
    "in" its country? No other number stands between the figure and the colon."""
    sent = anchor.sent
    colon = next((t for t in sent if t.i > anchor.i and t.text == ":"), None)
    if colon is None or any(t.like_num for t in sent.doc[anchor.i + 1:colon.i]):
        return False
    places = {_country(o) for t in sent.doc[colon.i + 1:sent.end] if t.like_num
              for p in [*t.children, *t.head.children] if p.dep_ == "prep" and p.lower_ == "in" and p.i > t.i
              for o in p.children if o.dep_ == "pobj"} - {None}
    return len(places) >= 2


def _part_placed(noun: Token) -> bool:
    """Round 19: is the figure a part of a total picked out by its own place: a partitive ("over
    3,000 of them", "800 of the cases") whose own phrase names a country ("within the United States",
    "in Nigeria")? No clause below it is read."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    stack, words = [c for c in noun.children if c.dep_ in ("prep", "conj", "cc")], []
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if _own(c))
    return bool({_placed_country(t) for t in words} - {None, REGION, SEVERAL, GIVER, LISTED})


def _clause(head: Token, speaking: bool = False) -> list[Token]:
    """``head``'s own words, without the clauses below it (for a verb of speaking, its subject
    alone: "told reporters in Geneva" is where it was said)."""
    words, stack = [], [c for c in head.children if not speaking or c.dep_ == "nsubj"
                        or c.dep_ == "prep" and c.i < head.i]  # round 14: "In Portugal, X said ..."
    words.append(head)
    stack = [c for c in stack if _own(c)]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if _own(c))
    return words


def _own(child: Token) -> bool:
    """Is ``child`` part of its head's own clause: no clause below it, except (round 15) a verb
    complement with no subject of its own ("are known to have died in the Caribbean", "were feared
    to have drowned off Libya": what befalls the head's subject)?"""
    if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    return child.dep_ not in CLAUSES or child.pos_ not in ("VERB", "AUX")


SEVERAL = "*"  # a clause naming a list of countries
GIVER = "+"  # a clause whose subject is a country that sends or gives
REGION = "~"  # a region of several countries as the clause's place ("in the Caribbean"; round 15)
LISTED = "&"  # a list of countries that is no locative ("Russia and Ukraine completed ..."): no place, no total


def _placed_country(token: Token) -> str | None:
    if _region(token):
        return REGION
    if subjects.in_cause(token) or subjects.disease_name(token):  # round 22: "the Marburg outbreak"
        return None
    if token.ent_type_ not in ("GPE", "LOC", "NORP") and not _country_name(token) and not _opening_place(token) \
            and not gazetteer_place(token) or subjects.attacker(token) \
            or subjects.in_facility_name(token) or subjects.company_place(token):  # round 23: "firms in Taiwan"
        return None
    if token.ent_type_ == "NORP" and not _country_name(token) and not gazetteer_place(token) \
            and not (token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in OFFICIALS
                                          and not _media(token.head)):
        return None  # a people ("Guatemalan workers") is their own rule's; "the Cuban authorities" a place
    if token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN" and _media(token.doc[token.i - 1]):
        return None  # round 14: "the news agency Xinhua": an outlet's name, no place
    several = _several(token)  # "in Jamaica, Haiti and Cuba": several places, a total across them
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # the list is placed by its first item's phrase ("from Chile and Peru": none)
    phrase = token
    while phrase.dep_ in ("compound", "amod", "poss", "nmod", "appos") and phrase.head.i != phrase.i \
            and phrase.head.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.head  # "UK defence intelligence", "Colombo, Sri Lanka": the phrase's own place
        if _media(phrase):
            return None  # round 18: "China's Xinhua news agency" relays from abroad, places nothing
    head = phrase.head
    if phrase.dep_ == "pobj" and not ((head.dep_ == "prep" or head.dep_ == "conj" and head.pos_ == "ADP")
                                      and head.lower_ in PLACING  # round 19: "to, from or within the US"
                                      and head.head.ent_type_ != "NORP"):  # "Afghans in Iran": a people's home
        return None
    if phrase.dep_ == "nsubj" and head.lemma_.lower() in DONATING:
        return GIVER  # "North Korea has sent troops, suffering 4,700 casualties": the sender's, not placed
    if phrase.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "ROOT"):
        return None
    if several:  # placed in several countries: a total across them; else ("Russia and Ukraine swapped") none
        return LISTED if phrase.i == token.i and phrase.dep_ in ("nsubj", "nsubjpass", "dobj") else SEVERAL
    return _country(token)


#: Placing prepositions that put a figure inside a place (not "at" or "near": "fired missiles at Isfahan").
WITHIN = frozenset({"in", "across", "throughout", "inside", "within"})


def gazetteer_place(token: Token) -> str | None:
    """Round 25 ("A place whatever its tag"): the country of a proper name written as a place, the object
    of a preposition that puts it inside (:data:`WITHIN`: "in Bat Yam", "5,972 of them in Shunde"), that the tagger read as a person,
    an organisation or a people, or did not tag, when the gazetteer puts the whole name in one country
    only, which the article names elsewhere (a town's name that is also an armed group's, "in Hamas", is
    no German town), and the name is no country's, capital's or people's own; not a possessor ("in
    Foshan's hospitals" is read by the other rules). Else None."""
    if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in WITHIN or not token.is_title:
        return None
    name = subjects.proper_name(token)
    if name.end < len(token.doc) and token.doc[name.end].lower_ in ("'s", "\u2019s", "'"):
        return None
    found = gazetteer.places(name.text)
    if len(found) != 1 or gazetteer.country(name.text, provinces=False) \
            or found[0] not in layout.certain(token.doc):
        return None
    return found[0]


def inner_place(anchor: Token, state: str) -> bool:
    """Round 25 ("Inner place", :mod:`.assembly`): is the figure placed by a placing phrase ("in", "across",
    ...) on the figure, its noun or a verb that governs it (not a verb of speaking: "In Paris, officials
    said") whose object is a city or province the gazetteer puts in ``state`` alone, not the state's
    own name, capital or nationality ("In Shunde, cases fell to 192": China, not Hong Kong)?"""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    holders = [anchor, noun]
    for head in anchor.ancestors:
        if head.lemma_.lower() in SPEAKING:
            break
        holders.append(head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACING:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ == "PERSON" and not (_opening_place(obj) or gazetteer_place(obj)):
                    continue
                name = subjects.proper_name(obj).text
                if gazetteer.places(name) == [state] and not gazetteer.country(name, provinces=False):
                    return True
    return False


def _opening_place(token: Token) -> bool:
    """Round 23: a one-word proper name that opens its sentence after "In" and before a comma ("In Opava, the
    mayor asked ...", "In Ostrava, water poured ...") and that the gazetteer knows as a city or province of one country (a name several countries
    share, "Hyderabad", is left to the other rules), is that place whatever entity the tagger gave it (a person's name, an organisation's): a person is never written so."""
    if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ != "in" or token.i + 1 >= len(token.doc):
        return False
    first = token.head.i == token.sent.start or token.doc[token.head.i - 1].is_sent_start and \
        token.doc[token.head.i - 1].is_punct  # after an opening quote or dash
    return first and token.doc[token.i + 1].text == "," and len(gazetteer.places(token.text)) == 1  # one country's


def _territories_first(found: set[str]) -> set[str]:
    """Round 20: a clause that names a territory with its own ISO 3166 entry and its state ("France's
    official toll in Mayotte", "the French authorities in Guadeloupe") is placed in the territory: the
    state is named as the one that governs it."""
    return {c for c in found if c not in {gazetteer.sovereign(t) for t in found}}


def _region(token: Token) -> bool:
    """Round 15: is ``token`` the last word of a region of several countries (``gazetteer.region``:
    "the Caribbean", "Europe", "the European Union", "EU") that is the object of a placing
    preposition ("in", "across", "throughout": not "from Europe", "to Asia", "Europe's market")?"""
    if token.dep_ != "pobj" or token.head.lower_ not in PLACING or not (token.is_title or token.is_upper):
        return False
    span = entity_at(token)
    name = span.text if span is not None and span.root.i == token.i else subjects.proper_name(token).text
    return gazetteer.region(name)


#: Words of a news organisation: "the Chinese news agency" reports from abroad and places nothing (round 14).
MEDIA = frozenset({"news", "media", "press", "wire", "broadcaster", "newspaper", "television", "radio", "channel"})


def _media(noun: Token) -> bool:
    """Is ``noun`` a news organisation ("the Chinese news agency", "the state news agency")?"""
    return noun.lemma_.lower() in MEDIA or any(c.dep_ == "compound" and c.lemma_.lower() in MEDIA for c in noun.children)


def _several(token: Token) -> bool:
    """Is ``token`` in a list of places of two or more countries ("Jamaica, Haiti and Cuba"; not
    "Wolfsburg, Lower Saxony and the balance sheet", one country's)?"""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first, *first.conjuncts]
    return len({_country(t) for t in items} - {None}) >= 2


def _country_name(token: Token) -> bool:
    """A proper noun that is a country's own name, whatever entity the tagger gave it ("Malawi" read
    as a person's name)."""
    found = token.pos_ == "PROPN" and not subjects.embedded(token) and gazetteer.country(token.text, provinces=False)
    return bool(found) and gazetteer.normalise(found) == gazetteer.normalise(token.text)


def _country(token: Token) -> str | None:
    """The country of the whole name ``token`` is in ("the Shire Valley" is no "Valley", Anguilla's capital)."""
    span = entity_at(token)
    if span is not None and subjects.admin_of(span[-1]):  # round 18: "Niger state"
        return subjects.admin_of(span[-1])
    if (span is None or span.label_ not in ("GPE", "LOC")) and gazetteer_place(token):
        return gazetteer_place(token)  # round 25: "six in Bat Yam" read as a person's name
    if (span is None or span.label_ not in ("GPE", "LOC", "NORP")) and _opening_place(token):
        return subjects.within(token.doc[token.i:token.i + 1]) or gazetteer.country(  # round 23: "In Opava, ..."
            token.text, near=layout.certain(token.doc))
    if span is None or span.label_ not in ("GPE", "LOC", "NORP"):
        return gazetteer.country(token.text, provinces=False) if _country_name(token) else None
    return span.label_ != "NORP" and subjects.within(span) or gazetteer.country(  # round 19: "Pokrovsk, in the Donetsk region"
        span.text.removeprefix("the "), provinces=span.label_ != "NORP", near=layout.certain(token.doc))


def paragraph_place(sentence: Span, measure: str) -> str | None:
    """Module doc, "A paragraph's place": the one country the opening sentence of ``sentence``'s
    paragraph names as a place, when ``sentence`` is not that opening sentence; else None."""
    if measure in SENT or any(e.label_ in ("GPE", "NORP", "LOC") and gazetteer.country(e.text, provinces=False)
                              for e in sentence.ents):
        return None  # a sentence that names a country itself is read by the other rules
    doc, first = sentence.doc, opening(sentence)
    if first.start == sentence.start:
        return None
    found = _sentence_places(first)
    if found:
        return found.pop() if len(found) == 1 and not found & {SEVERAL, GIVER, LISTED} else None
    before = doc[sentence.start - 1].sent  # round 15: the opening names no place, the nearest sentence that does
    while before.start > first.start:
        found = _sentence_places(before, speaker=False)
        if found:
            return found.pop() if len(found) == 1 and not found & {SEVERAL, GIVER, LISTED} else None
        before = doc[before.start - 1].sent
    return None


def running_place(sentence: Span, measure: str) -> str | None:
    """Round 20 ("The lead's place runs on"): a figure whose whole paragraph names no place takes the
    place of the article's lead (the first paragraph whose sentences name a place) when no paragraph
    between them names a place either, or the nearest one that does names the same country: the
    lead's place governs the opening section until another place is named ("France's official toll
    in Mayotte stands at 35 ... The interior ministry's count lists 35 dead and 2,500 injured"; later
    "In Mozambique, ..."), not the country the whole article names most. The lead's place is read from
    its last sentence that names any place, as :func:`paragraph_place` reads an opening sentence, and
    only when that sentence names one country alone."""
    if measure in SENT or any(e.label_ in ("GPE", "NORP", "LOC") and gazetteer.country(e.text, provinces=False)
                              for e in sentence.ents):
        return None
    doc, first = sentence.doc, opening(sentence)
    if any(_sentence_places(s) for s in _paragraph(first)):
        return None  # the paragraph names a place: its own rules read it
    line = layout.dateline(doc)
    found: set[str] = set()
    while first.start > 0:
        first = opening(doc[first.start - 1].sent)
        sentences = _paragraph(first)
        lead = first.start <= line[0] < sentences[-1].end if line else \
            _is_lead(first) and not any(_is_lead(opening(s)) for s in doc.sents if s.end <= first.start)
        for sentence in sentences:
            words = _sentence_places(sentence, skip=range(_dateline_end(first) if lead else 0), said=True)
            if len(words) > 1 or words & {SEVERAL, GIVER, LISTED}:
                return None
            found |= words
        if len(found) > 1:
            return None
        if lead:
            return next(iter(found)) if found and _sentence_places_of(sentences, first) == found else None
    return None


def _is_lead(first: Span) -> bool:
    """Is the paragraph ``first`` opens body text (its last sentence ends on a full stop), not a headline?"""
    last = _paragraph(first)[-1]
    return last.text.rstrip().endswith((".", '"', "\u201d"))


def _dateline_end(first: Span) -> int:
    """The token after a lead's opening place in capitals and its dash ("NEW YORK / PORT SUDAN -"), else
    the paragraph's start: the dateline is where the outlet writes from, no place of the story."""
    for token in first:
        if token.text in ("-", "\u2013", "\u2014"):
            return token.i + 1
        if not (token.is_upper or token.is_punct or token.is_digit or token.is_space):
            break
    return first.start


def _sentence_places_of(sentences: list[Span], first: Span) -> set[str]:
    """The places the lead's sentences name, its dateline left out."""
    return {p for s in sentences for p in _sentence_places(s, skip=range(_dateline_end(first)), said=True)}


def _paragraph(first: Span) -> list[Span]:
    """The sentences of the paragraph ``first`` opens."""
    return [s for s in first.doc.sents if s.start >= first.start and opening(s).start == first.start]


def opening(sentence: Span) -> Span:
    """The opening sentence of ``sentence``'s paragraph (itself when it opens one)."""
    doc, first = sentence.doc, sentence
    while first.start > 0:
        before = doc[first.start - 1].sent
        gap = doc.text[before.start_char + len(before.text.rstrip()):first.start_char + 1]
        if "\n" in gap or "\n" in before.text.strip():
            break
        first = before
    return first


def sentence_opens_on(sentence: Span) -> str | None:
    """Round 25 ("A sentence that opens on a place"): the country of the placing phrase ``sentence``
    itself opens on, set off by a comma ("In Israel, the prime minister's office put the toll at 28, four
    of them killed when ..."; "In Washington, the general said ..."), or None: the whole sentence is set
    there, its clauses the parser hung below the figure's included."""
    word = sentence[0]
    if word.lower_ not in ("in", "inside", "across", "throughout"):
        return None
    places = {_country(c) for c in word.children if c.dep_ == "pobj" and c.i + 1 < sentence.end
              and sentence.doc[subjects.proper_name(c).end].text == ","} - {None}
    return places.pop() if len(places) == 1 else None


def opens_on(sentence: Span, where: str | None) -> bool:
    """Round 20: does ``sentence``'s paragraph open on a placing phrase that names ``where``, before
    anything else ("In Malawi, where the storm's remnants brought rain, ...")? Such a paragraph is set
    there, also in a story of two sides that names that country once (unlike a venue named in passing,
    "talks in Istanbul")."""
    first = opening(sentence)
    word = first[0]
    return bool(where) and word.lower_ in PLACING and any(
        c.dep_ == "pobj" and _country(c) == where for c in word.children)


def _sentence_places(sentence: Span, speaker: bool = True, skip: range = range(0), said: bool = False) -> set[str]:
    """The places a sentence's main clause names, read as for a paragraph's opening sentence (a
    verb of speaking: its subject, when ``speaker``, and the phrases before it), cached on the doc;
    the tokens in ``skip`` (a dateline, round 20) are left out, and with ``said`` (round 20, the running
    place) what a verb of speaking reports is read too ("the toll in Martinique stands at 14, the
    government said"), not the phrases after it ("told reporters in Geneva")."""
    cache = sentence.doc.user_data.setdefault("newsclaims.paragraph_place", {})
    if (sentence.start, speaker, skip, said) not in cache:
        root = sentence.root
        words = _clause(root) if root.lemma_.lower() not in SPEAKING else [  # "In Jamaica, X said": not "told reporters in Geneva"
            t for c in root.children if speaker and c.dep_ == "nsubj" or c.dep_ == "prep" and c.i < root.i
            for t in c.subtree]
        if said and root.lemma_.lower() in SPEAKING:
            words += [t for c in root.children if c.dep_ in ("ccomp", "parataxis") for t in _clause(c)]
        if sentence[0].lower_ == "in":  # round 23: "In Ostrava, ..., X reported": the opening phrase places it
            words += [t for t in sentence[0].children if t.dep_ == "pobj" and t not in words]
        cache[sentence.start, speaker, skip, said] = frozenset(_territories_first(
            {_placed_country(t) for t in words if t.i not in skip} - {None, REGION}))
    return set(cache[sentence.start, speaker, skip, said])
