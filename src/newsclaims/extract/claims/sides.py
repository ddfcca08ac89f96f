"""Two sides: whose count a figure is in a story of two countries facing each other.

A story of an exchange of prisoners or bodies, a war, or talks names two countries about equally
often ("Russia and Ukraine completed the exchange", "Kyiv and Moscow trade blame"); the country
named most is then a coin toss, and often the side that attacks or holds captive ("Russian
captivity", "a Russian air attack"), which is never the subject of its victims or captives.
Counts whose sentence names no owner are read the way the outlet reports them: from the side it
reports from, the country of its dateline ("KYIV - ...": freed prisoners "back home", people
killed "in the capital", "1,000 prisoners each", "dozens of smaller exchanges").

Rules (:func:`country`):

1. **Two sides**: the two countries the article names most (:func:`~.assembly.main_actor`'s
   count, capitals and demonyms included) are named within a factor :data:`BALANCE` of each other,
   and (round 15) no third country is named within that factor of the second: a storm that hit
   Jamaica, Haiti and Cuba (named 6, 6 and 4 times) is a story of several countries, where each
   figure's own place counts (:func:`~.scene.placed`), not a story of two sides;
2. **the dateline** — a paragraph opening on a place written in capitals and a dash ("KYIV -",
   "GAZA CITY, 3 May -") — names one of the two;
2b. round 19: a dateline that is its country's only mention, over a lead (the dateline's own sentence)
   that names the other country ("LONDON - ... will cost the largest American companies ..." in a story
   that names Britain nowhere else), says where the outlet writes from, not a side: the main actor keeps
   the figures (a tie in the count goes to the text's own names, counted before the dateline). A dateline
   whose lead names no other country stays the side ("MENLO PARK, California -" over a company story that
   names a Chinese rival once, later);
3. a figure the sentence gives no owner belongs to the one side its sentence names, when it names
   one alone (:func:`named`: "Moscow's mayor said flights were halted at four airports", "In Kyiv,
   four people died") — a side named as the one that strikes ("a Russian air attack") or that
   hands people over ("Russia would hand over 6,000 in all") is not counted, nor (round 15) one
   inside a phrase of cause (:func:`~.subjects.in_cause`: "a loss of $1.2 billion, partly because of
   the sale of its operations in Brazil") or after "from" or "for" (:func:`_origin`: "bound for
   Colombo, Sri Lanka", "one from Sri Lanka": an origin or destination); else to the dateline's side. A figure whose noun names its own people ("270 Russian servicemen", rule 1 of
   :mod:`.subjects`) keeps them.

4. **Weapons** fired (:data:`WEAPONS`: "266 drones and 45 missiles had been shot down") whose
   sentence names no owner are the attacker's: the country the article names as the side that
   strikes ("a record Russian air attack", "Israeli strikes", round 9: "Russia launched 48 drones
   overnight"; :func:`~.subjects.attacker`), in any story — whoever shot them down reports them
   ("air defences shot down 41 drones" are the launcher's).
5. Round 26: the nationality of a news organisation (:func:`_outlet`: "A Rwandan news site later put the
   number of escapees at 4,400", "Iranian state television said") names no side for rule 3: an outlet
   reports others' counts.

A story of one country (a fire, a flood), or whose dateline is a third country ("GENEVA -"),
keeps the main actor; the scene of an accident (:mod:`.scene`) comes first.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from . import layout, subjects

#: Nouns of weapons fired at the other side (the last word of a counted noun).
WEAPONS = subjects.WEAPONS

#: The second country must be named at least this share as often as the first.
BALANCE = 0.5


def country(doc: Doc, counts: Counter[str]) -> str | None:
    """The side the outlet reports from, in a story of two sides (module doc); else None."""
    pair = two(counts)
    line = layout.dateline(doc)
    home = line[2] if line else None
    if not (pair and home in pair):
        return None
    if counts[home] <= 1.0 and _lead_names(doc, line, set(pair) - {home}):
        return None  # round 19 (rule 2b): the lead names the other country, the dateline alone its own
    return home


def _lead_names(doc: Doc, line: tuple[int, int, str | None], countries: set[str]) -> bool:
    """Rule 2b: does the dateline's own sentence, the lead, name one of ``countries``?"""
    if line[1] >= len(doc):
        return False
    return any(subjects.resolve(t) in countries for t in doc[line[1]].sent
               if t.i >= line[1] and (t.is_title or t.is_upper))


def two(counts: Counter[str]) -> tuple[str, str] | None:
    """The two sides, when the two countries named most are named about equally (rule 1)."""
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < BALANCE * top[0][1]:
        return None
    if len(top) == 3 and top[2][1] >= BALANCE * top[1][1]:
        return None  # round 15: a third country named about as often: a story of several, no two sides
    return top[0][0], top[1][0]


def named(sentence: Span, pair: tuple[str, str]) -> str | None:
    """The one side of ``pair`` the sentence names, not as attacker nor as the side handing
    people over (rule 3); None when it names both or neither."""
    found = {subjects.resolve(t) for t in sentence if t.ent_type_ in ("GPE", "NORP", "LOC", "ORG")
             and not subjects.attacker(t) and not _hands_over(t) and not subjects.in_facility_name(t)
             and not subjects.in_cause(t) and not _origin(t) and not _outlet(t)} & set(pair)
    return found.pop() if len(found) == 1 else None


#: Words of a news organisation (rule 5, round 26): "a Rwandan news site", "the Chinese state broadcaster".
OUTLETS = frozenset({"news", "media", "press", "wire", "broadcaster", "newspaper", "television", "radio",
                     "channel", "outlet", "website", "tabloid", "daily"})


def _outlet(token: Token) -> bool:
    """Rule 5 (round 26): is ``token`` the nationality of a news organisation ("A Rwandan news site later put the
    number of escapees at 4,400", "Iranian state television said")? A body that reports names no side: the
    figure is whoever's it counts, not the outlet's country."""
    if token.dep_ not in ("amod", "compound", "poss", "nmod") or token.head.i == token.i:
        return False
    head = token.head
    return head.lemma_.lower() in OUTLETS or any(c.dep_ == "compound" and c.lemma_.lower() in OUTLETS
                                                 for c in head.children)


#: Prepositions of an origin or a destination: a side named after one is where people came from or
#: a ship was bound for, not whose the sentence's figures are (round 15).
ORIGINS = frozenset({"from", "for"})


def _origin(token: Token) -> bool:
    """Round 15: is ``token`` (through its list, apposition or modifier) the object of "from" or
    "for" ("bound for Colombo, Sri Lanka", "one from Sri Lanka", "prisoners back from Russia")?"""
    while token.dep_ in ("conj", "appos", "compound", "amod", "nmod", "poss") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ORIGINS


def _hands_over(token: Token) -> bool:
    """Is ``token`` the subject of a verb of handing people back ("Russia would hand over")?"""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in subjects.HANDING


def armed(claim) -> bool:
    """Does the claim count weapons fired (rule 4)?"""
    return bool(claim.counted) and claim.counted.split()[-1] in WEAPONS


def attacker(doc: Doc) -> str | None:
    """The country the article names most as the side that strikes (rule 4), or None."""
    found = Counter(subjects.resolve(t) for t in doc if t.ent_type_ in ("GPE", "NORP") and subjects.attacker(t))
    found.pop(None, None)
    return found.most_common(1)[0][0] if found else None
