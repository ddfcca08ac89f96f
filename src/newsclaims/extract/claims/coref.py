"""Who "she", "he", "the governor" and "the chairperson" are: rule-based coreference over the parse.

Learned coreference is out of reach offline (NOTES.md), so speakers named before are found by rules
over what the parser and the entity recogniser already give. :func:`people` lists, once per doc,
every person named with two or more words (a ``PERSON`` entity) with:

- the **titles** that introduce the person: common nouns written before the name ("Governor Teresa
  Lumbay", "provincial governor Teresa Lumbay", "Gen. Rasoul Zazai"), nouns the name stands in
  apposition to ("the commission's chairperson, Abena Osei-Mensah"; "a senator from Helmand, Haji
  Gul Alokozai", where the parser hangs the name on the title's own prepositional object), and
  nouns in apposition to the name ("Edgar Malinao, a provincial disaster official");
- names the recogniser missed or read as a place, after a title of office ("Mayor Ines
  Caldera": :data:`PERSON_TITLES`), or read as an organisation, in apposition to a role noun
  ("the interior minister, Asad Mahmood, said": :data:`ROLE_NOUNS`; round 5 of issue 14);
- whether the mention is a clause's **subject** (directly or through its title): people who speak
  or act are what later pronouns point back to, not people named in passing ("... against 6.2
  million for John Mahama. She said ..." is the chairperson who spoke before, not Mahama); a
  name followed, past commas, by a saying verb spoke too, however the parser hung it ("...,
  the police chief, Sunita Rawat, told reporters").

Resolution:

1. :func:`antecedent` — "he"/"she" as a speaker: the latest person before it who was a subject,
   among those the pronoun agrees with; with none, :func:`pronoun` weighs an unnamed speaker
   ("the judge", a bare title that spoke later) before a person only named in passing (a byline
   the recogniser read as a person), then takes the latest person named before it (:func:`agrees`:
   "she" is not "Mr Tan" nor "the company's spokesman, Ravi Tan": by a title or a role noun that
   says a man or a woman; first names are not read for gender (the name dictionaries on PyPI are
   GPL-licensed or heavy, and on the annotated set they changed no claim).
2. :func:`titled` — a bare title as a source ("the governor also specified", "the chairperson
   said", "the provincial governor"): the latest person introduced before with that title (its
   last word, singular: "officials" is a group and names nobody in particular).
3. (round 6 of issue 14; rule 4 in :func:`named_later`) a title that introduces nobody before it
   ("The mayor of Derna said ...") is the person the article names with that title later ("the
   mayor, Salem Bouzaid"): a reporter often gives the office first and the name a paragraph on.
   Only a title of office held by one person (:data:`OFFICES`: one mayor, one governor, one minister of a
   place) is one holder; a role noun ("a railway spokesman", "a Kremlin negotiator", "an
   official") may be any of several and stays as written, unless named later by "the <role>, Name,"
   or (round 14) by an apposition "Name, a <role> ..." ("according to a teacher who escaped", then
   "Yusuf Bello, a teacher who ..."). A headline keeps its title.
4. (round 22 of issue 14) a title must agree with the words that say which office it is
   (:func:`agrees_in_office`): "the home minister" is not "Prime Minister X" and "the health minister"
   not "Finance Minister Y" (rules 2 and 3); a bare "the minister", or a person introduced by a title
   with no such word, agrees with any; places and nationalities ("Bangladesh's", "French") are no
   such words.
5. (round 26 of issue 14) a title after a place's possessive ("the city's manager", "the county's
   clerk": :data:`PLACE_OWNERS`) is the same title with the place word before it ("Kerrville's city
   manager, Dalton Rice,", "the county clerk, Name,") when the article names someone so later, for
   role nouns too; "Austin's police chief, Name," is no city manager, and the title stays as written.

Round 10 of issue 14: a name the recogniser read as a person but that opens with a saint's title
("St Elizabeth", "San Pedro": :data:`SAINTS`) is a place, never a person; a bare title matches a
person introduced with a title of the same rank ("the ODPEM chief" after "the head of the ODPEM,
Neville Ashby": :data:`SAME_TITLES`).

Round 11 of issue 14 (rule 3): a role noun ("a railway spokesman", "a Kremlin negotiator") is also
the person later named by the definite "the <role>, Name," (the same person referred back to);
a plural role or a later "a spokesman, Name" (maybe another) is not.

Round 13 of issue 14: an administrator of a district ("the district collector, A.B. Name", "the
magistrate") is a role noun a name stands beside, also where the recogniser read the name (its
initials) as an organisation.

Round 16 of issue 14: "he"/"she" never points back to a person whom a title or role noun gives the
other sex ("the government's spokeswoman, X" is no "he"): :func:`antecedent` and :func:`pronoun`
with ``acting_only`` leave such a pronoun to the unnamed speaker before it ("the region's
ombudsman said ... he said"); only :func:`pronoun`'s last resort still takes anyone.

Round 21 of issue 14: a person named by "according to" ("..., according to Professor Alan Brodie, a
political scientist. '...,' he said") spoke, as a clause's subject does: a later "he"/"she" points back
to that person, not to someone who acted in an earlier sentence (:func:`_according_to`).

Nothing here parses again; the scan is one pass over the entities, cached on the doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ... import gazetteer
from .verbs import SAY_VERBS

_CACHE = "newsclaims.coref.people"
#: Titles of office written before a name: a name after one is a person's even where the entity
#: recogniser missed it ("Mayor Ines Caldera", tagged as a place).
PERSON_TITLES = frozenset({"mayor", "governor", "minister", "president", "senator", "general", "gen", "col",
                           "colonel", "major", "captain", "capt", "lt", "dr", "prof", "judge", "commissioner",
                           "chairman", "chairwoman", "chairperson", "director", "chief", "spokesman", "spokeswoman",
                           "spokesperson", "sheriff", "inspector", "commander", "admiral", "ambassador", "envoy",
                           "mr", "mrs", "ms", "sen", "rep", "gov", "secretary", "premier", "chancellor"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Round 10: a "person" whose name opens with a saint's title is a place named after the saint
#: ("St Elizabeth has recorded 18 deaths", "San Miguel", "Santa Ana"): nobody "she" points back to.
SAINTS = frozenset({"st", "saint", "san", "santa", "santo", "sao", "sainte", "ste"})
#: Offices one person holds at a time (of a place, a body): "the mayor" said before is the mayor
#: named later; a spokesman, a negotiator or an official may be one of several.
OFFICES = frozenset({"mayor", "governor", "minister", "president", "premier", "chancellor", "sheriff",
                     "chairman", "chairwoman", "chairperson", "ambassador", "commissioner"})
#: Steps from a name hung on a title's prepositional object back up to the title.
_UP = frozenset({"pobj", "prep", "poss", "compound", "case"})


@dataclass(frozen=True)
class Person:
    start: int  # character offset of the name
    end: int
    name: str
    root: Token
    titles: frozenset[str]
    subject: bool
    qualifiers: frozenset[str] = frozenset()  # round 22: "prime" of "Prime Minister X", "health" of "the health minister, Y"


def people(doc: Doc) -> list[Person]:
    """Every person named with two or more words, in text order (module docstring)."""
    cached = doc.user_data.get(_CACHE)
    if cached is None:
        spans = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[0].is_title and
                 e[0].lower_.rstrip(".") not in SAINTS]
        spans += _titled_names(doc, spans)
        spans += _apposed_names(doc, spans)
        honoured = _honoured_names(doc, spans)
        spans += honoured
        doc.user_data[_CACHE + "honoured"] = [(e.start_char, e.text) for e in honoured]
        cached = sorted((_person(e) for e in spans), key=lambda p: p.start)
        doc.user_data[_CACHE] = cached
    return cached


def honoured(doc: Doc) -> list[tuple[int, str]]:
    """Round 28: (offset, name) of the people :func:`people` found by an honorific written elsewhere."""
    people(doc)
    return doc.user_data.get(_CACHE + "honoured", [])


def initials_before(doc: Doc, start: int) -> int:
    """Round 15 (sources b): the start of a name with an abbreviated given name that the tokenizer split
    off ("Ma. Subramanian" read "Ma", ".", "Subramanian"): a capitalised word of at most three letters
    glued to its full stop right before the name, no title of office ("Dr.", "Gen.") and no sentence end."""
    while start >= 2 and doc[start - 1].text == "." and not doc[start - 2].whitespace_ and \
            doc[start - 2].is_alpha and doc[start - 2].is_title and len(doc[start - 2]) <= 3 and \
            doc[start - 2].lower_ not in PERSON_TITLES | SAINTS and doc[start].is_title and \
            doc[start - 1].whitespace_:
        start -= 2
    return start


def _titled_names(doc: Doc, known: list[Span]) -> list[Span]:
    """"Mayor Ines Caldera" when the recogniser missed the person (or read a place): two or three
    capitalised proper nouns right after a title of office (:data:`PERSON_TITLES`)."""
    taken = {t.i for e in known for t in e}
    found = []
    for token in doc:
        if token.lower_.rstrip(".") not in PERSON_TITLES or token.i + 2 >= len(doc) or token.i + 1 in taken:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end - token.i == 2 and end + 1 < len(doc) and initials_before(doc, end + 1) == token.i + 1:
            end += 2  # round 15: "Minister Ma. Subramanian"
        if end - token.i >= 3:
            found.append(doc[token.i + 1:end])
    return found


#: Round 28: honorifics that say a surname is a person's ("Ms Okafor", "Mr. Weber").
HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "dr"})


def _honoured_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Round 28: "Grace Okafor announced ..." where the recogniser missed the person, when the text also
    writes the surname after an honorific ("Ms Okafor said ..."): two capitalised proper nouns ending in
    that surname, no word of them a title, a body word or a place, and not inside another name."""
    taken = {t.i for e in known for t in e}
    surnames = {doc[t.i + 1 + (doc[t.i + 1].text == ".")].text for t in doc[:-2]
                if t.lower_ in HONORIFICS and t.is_title}
    found = []
    for token in doc[1:]:
        given = doc[token.i - 1]
        if token.text not in surnames or token.i in taken or given.i in taken or \
                not (given.is_title and token.is_title and given.pos_ == "PROPN" and token.pos_ == "PROPN"):
            continue
        if given.lower_.rstrip(".") in PERSON_TITLES | HONORIFICS | SAINTS or \
                {given.lower_, token.lower_} & _NOT_PERSON_WORDS or given.ent_type_ in ("GPE", "LOC", "NORP"):
            continue
        if given.i > 0 and doc[given.i - 1].is_title and doc[given.i - 1].pos_ == "PROPN" and \
                not doc[given.i - 1].is_sent_start:
            continue  # a longer run of capitalised words is some other name
        found.append(doc[given.i:token.i + 1])
    return found


#: Role nouns that, like :data:`PERSON_TITLES`, describe a person when a name stands beside them.
ROLE_NOUNS = PERSON_TITLES | frozenset({"superintendent", "official", "officer", "head", "leader", "manager",
                                        "founder", "analyst", "economist", "doctor", "surgeon", "lawyer",
                                        "prosecutor", "attorney", "researcher", "coordinator", "administrator",
                                        "spokesman", "spokeswoman", "adviser", "advisor", "professor", "mp",
                                        "collector", "magistrate", "commissioner", "registrar"})  # round 13
_NOT_PERSON_WORDS = frozenset({"ministry", "agency", "office", "department", "council", "hospital", "party",
                               "bank", "university", "police", "army", "group", "association", "union"})


def _apposed_names(doc: Doc, known: list[Span]) -> list[Span]:
    """"the interior minister, Asad Mahmood, told ...": a name of two or three capitalised proper
    nouns in apposition to a role noun (:data:`ROLE_NOUNS`) is a person's even where the
    recogniser read it as an organisation (no word of it names a body)."""
    taken = {t.i for e in known for t in e}
    found = []
    for entity in doc.ents:
        root = entity.root
        if entity.label_ != "PERSON" and root.i not in taken and 2 <= len(entity) <= 3 and \
                _according_title(entity) is not None and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_ not in _NOT_PERSON_WORDS for t in entity):
            found.append(entity)  # round 28: "According to the police chief, Name, ..."
            continue
        if entity.label_ == "PERSON" or root.i in taken or not 2 <= len(entity) <= 3 or root.dep_ != "appos":
            continue
        if root.head.pos_ == "NOUN" and root.head.lemma_.lower() in ROLE_NOUNS and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_ not in _NOT_PERSON_WORDS for t in entity):
            found.append(entity)
    return found


def _according_title(entity: Span) -> Token | None:
    """Round 28 (sources rule 58): the title an "according to" names, with the person's name after it
    between commas, where the parser hung the name elsewhere ("According to the regional fire chief, Marta
    Olsen Berg, 14 engines were sent"): the title is the name's, and the name spoke."""
    doc = entity.doc
    if entity.start < 3 or entity.end >= len(doc) or doc[entity.start - 1].text != "," or doc[entity.end].text != ",":
        return None
    title = doc[entity.start - 2]
    if title.pos_ != "NOUN" or title.lemma_.lower() not in ROLE_NOUNS or title.dep_ != "pobj" or \
            title.head.lower_ != "to" or title.head.i == 0 or doc[title.head.i - 1].lower_ != "according":
        return None
    return title


def _person(entity: Span) -> Person:
    titles, subject = set(_titles_before(entity)), entity.root.dep_ in SUBJECTS
    root = entity.root
    according = _according_title(entity)
    if according is not None and root.dep_ != "appos":
        titles.add(according.lemma_.lower())
        subject = True
    if root.dep_ == "appos":
        node = root.head
        while True:
            if node.pos_ == "NOUN":
                titles.add(node.lemma_.lower())
            if node.dep_ not in _UP or node.head.i == node.i:
                break
            node = node.head
        subject = subject or node.dep_ in SUBJECTS
    titles.update(c.lemma_.lower() for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    subject = subject or _says_next(entity) or _according_to(root)
    name = entity.text[4:] if entity.text.startswith("the ") else entity.text
    return Person(entity.start_char, entity.end_char, name, root, frozenset(titles), subject, _qualifiers(entity))


def _qualifiers(entity: Span) -> frozenset[str]:
    """Round 22: the words that say which office a person's title is ("Prime Minister X" -> "prime",
    "the health minister, Y" -> "health", "Finance Minister Z" -> "finance"): up to two adjectives or
    nouns right before the title written before the name, or the modifiers of a title the name is in
    apposition to; places and nationalities are left out (they say where, not which office)."""
    doc, found = entity.doc, []
    if _titles_before(entity):
        j = entity.start - 2
        while j >= 0 and len(found) < 2 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and doc[j].tag_ != "POS" and \
                doc[j].ent_type_ != "PERSON":
            found.append(doc[j])
            j -= 1
    elif entity.root.dep_ == "appos" and entity.root.head.pos_ == "NOUN":
        found = [c for c in entity.root.head.children if c.dep_ in ("compound", "amod") and c.i < entity.root.head.i]
    elif _according_title(entity) is not None:  # round 28
        title = _according_title(entity)
        found = [c for c in title.children if c.dep_ in ("compound", "amod") and c.i < title.i]
    return frozenset(t.lower_ for t in found if t.ent_type_ not in ("GPE", "NORP", "LOC") and
                     gazetteer.country(t.text) is None)


def title_qualifiers(title: str) -> frozenset[str]:
    """Round 22: the words of a written title that say which office it is ("Bangladesh's home minister"
    -> "home"): its words before the last, without articles, owners ("Bangladesh's") and places."""
    words = title.split()[:-1]
    return frozenset(w.lower() for w in words if w.lower() not in ("the", "a", "an", "its", "their", "his", "her")
                     and not w.endswith(("'s", "\u2019s", "'")) and gazetteer.country(w) is None
                     and w.isalpha())


def agrees_in_office(person: Person, title: str) -> bool:
    """Round 22: a title agrees with a person introduced by the same title noun unless both say
    which office and the words differ ("the home minister" is not "Prime Minister X", "the health
    minister" not "the finance minister, Y"); a bare title ("the minister") agrees with any."""
    wanted = title_qualifiers(title)
    return not wanted or not person.qualifiers or bool(wanted & person.qualifiers)


def _says_next(entity: Span) -> bool:
    """"..., the police chief, Sunita Rawat, told reporters": a name followed (past commas) by a
    saying verb spoke, however the parser hung the apposition."""
    doc, i = entity.doc, entity.end
    while i < len(doc) and doc[i].is_punct and doc[i].text != ".":
        i += 1
    return i < len(doc) and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in SAY_VERBS


def _according_to(root: Token) -> bool:
    """Round 21: "..., according to Professor Alan Brodie, a political scientist. '...,' he said": the
    person an "according to" names spoke, as a clause's subject does (through a title's apposition too)."""
    node = root
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.i > 0 and \
                node.doc[node.head.i - 1].lower_ == "according":
            return True
        if node.dep_ not in ("appos", "compound", "pobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _titles_before(entity: Span) -> list[str]:
    """"Governor Teresa Lumbay", "provincial governor Teresa Lumbay", "Gen. Rasoul Zazai": the noun
    just before the name (what comes before it modifies the title: "Health Ministry spokeswoman X"
    is a spokeswoman, not a ministry)."""
    if entity.start == 0:
        return []
    word = entity.doc[entity.start - 1]
    if word.pos_ not in ("NOUN", "PROPN") or word.ent_type_ == "PERSON":
        return []
    return [word.lower_.rstrip("."), word.lemma_.lower().rstrip(".")]


def antecedent(pronoun: Token) -> Token | None:
    """Rule 1: the person "he"/"she" points back to, as the root token of the name."""
    before = [p for p in people(pronoun.doc) if p.end <= pronoun.idx and agrees(p, pronoun.lower_)]
    acting = [p for p in before if p.subject]  # round 16: never one of the other sex (left to sources.py)
    return acting[-1].root if acting else None  # else left to sources.py (:func:`pronoun`)


#: Titles and role nouns that say whether a person is a man or a woman.
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "father", "brother", "son", "husband", "uncle"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "mother", "sister",
                           "daughter", "wife", "aunt", "actress", "widow"})


_NOT_MEN = frozenset({"human", "german", "roman", "ottoman", "shaman", "talisman", "ombudsman", "layman"})


def _sex(title: str) -> str | None:
    """"m" or "f" for a title or role noun that says so ("spokeswoman", "Mr", "chairman"), else None."""
    title = title.rstrip(".").lower()
    if title in MALE_TITLES:
        return "m"
    if title in FEMALE_TITLES or title.endswith("woman") or title.endswith("women"):
        return "f"
    if title.endswith("man") and len(title) > 3 and title not in _NOT_MEN:  # spokesman, chairman
        return "m"
    return None


def _agreeing(candidates: list[Person], word: str) -> list[Person]:
    """Those of ``candidates`` the pronoun agrees with; all of them when it agrees with none."""
    return [p for p in candidates if agrees(p, word)] or candidates


def agrees(person: Person, word: str) -> bool:
    """Can "he"/"she" (``word``) be ``person``? Not when a title or role noun says otherwise;
    a person with none agrees with both."""
    if word not in ("he", "she"):
        return True
    said = {_sex(t) for t in person.titles} - {None}
    return not said or ("m" if word == "he" else "f") in said


def titled(doc: Doc, title: str, before: int) -> str | None:
    """Rule 2: the name of the latest person introduced before offset ``before`` with ``title``
    ("governor", "the provincial governor"); None when nobody was."""
    words = title.lower().removeprefix("the ").split()
    if not words or len(words) > 3 or words[-1].endswith("s") and not words[-1].endswith("ss"):
        return None
    same = next((group for group in SAME_TITLES if words[-1] in group), {words[-1]})
    found = [p for p in people(doc) if p.end <= before and same & p.titles and agrees_in_office(p, " ".join(words))]
    return found[-1].name if found else None


def untitled_actor(doc: Doc, title: str, before: int) -> str | None:
    """Round 28 (sources rule 57): a bare title of an office one person holds ("the chancellor told MPs")
    that nobody was introduced with is the one person named before it, when that person acted (a
    clause's subject) and was introduced with no title at all ("Grace Okafor set out her plan. The
    chancellor said ..."): a reporter's second name for whoever the lead is about."""
    words = title.lower().removeprefix("the ").split()
    if not words or len(words) > 2 or words[-1] not in OFFICES:
        return None
    found = [p for p in people(doc) if p.end <= before]
    first = found[0].name if found else None  # the lead's person, not a witness quoted later
    return first if found and all(p.name == first for p in found) and found[-1].subject and \
        not found[-1].titles and not any(re.match(r",\s*\d{1,3}\b", doc.text[p.end:]) for p in found) else None


#: Round 10: titles of the same rank, one standing for the other ("the head of the agency, X" is
#: "the agency chief"; "a spokesman" is "the spokesperson").
SAME_TITLES = (frozenset({"head", "chief"}), frozenset({"spokesman", "spokeswoman", "spokesperson"}))


def named_later(doc: Doc, title: str, after: int) -> str | None:
    """Rule 3: a title with no person introduced by it before ("The mayor of Derna said ...") is
    the first person introduced with that title after offset ``after`` ("the mayor, Salem
    Bouzaid, said"), when one is; None otherwise."""
    words = title.lower().split()
    if not words or titled(doc, words[-1], after) is not None and \
            (not title_qualifiers(title) or titled(doc, " ".join(words[-3:]), after) is not None):
        return None  # round 22: "the home minister" after only "Prime Minister X" is still nobody introduced
    if words[-1] == "official" and any(w in TOP_WORDS for w in words[:-1]) and any(w.endswith("'s") for w in words):
        return _top_named_next(doc, after)  # round 20: "the state's top official ... the prefect, X,"
    if words[-1] in OFFICES:
        found = [p for p in people(doc) if p.start >= after and words[-1] in p.titles and agrees_in_office(p, title)]
        if found:
            return found[0].name
    elif not words[-1].isalpha() or words[-1].endswith("s"):
        return None  # round 11: a role noun is named later only by "the <role>, Name," (below)
    if len(words) >= 2 and words[-2] in PLACE_OWNERS:  # round 26: "the city's manager" -> "X's city manager, Name,"
        match = re.compile(rf"\b(?:[Tt]he|[A-Z][\w-]+'s) {words[-2][:-2]} {re.escape(words[-1])}, "
                           rf"((?:[A-Z][\w'-]+ ){{1,2}}[A-Z][\w'-]+),").search(doc.text, after)
        if match is not None:
            return match.group(1)
    # a sentence with no figure is left unparsed (extract.select): read "the mayor, Salem Bouzaid," off the text
    match = re.compile(rf"\b[Tt]he {re.escape(words[-1])}, ((?:[A-Z][\w'-]+ ){{1,2}}[A-Z][\w'-]+),").search(doc.text, after)
    if match is None:  # round 14: "Yusuf Bello, a teacher who ...," names the teacher who spoke before
        match = re.compile(rf"(?<![\w'-])((?:[A-Z][\w'-]+ ){{1,2}}[A-Z][\w'-]+), an? {re.escape(words[-1])}\b").search(
            doc.text, after)
    return match.group(1) if match else None


#: Round 26: a place's possessive before a title ("the city's manager" is the city manager).
PLACE_OWNERS = frozenset({"city's", "town's", "county's", "state's", "village's", "district's", "province's"})

#: Round 20: words by which a description names the highest official of a place ("the top official").
TOP_WORDS = frozenset({"top", "highest"})


def _top_named_next(doc: Doc, after: int) -> str | None:
    """Round 20: "..., the French state's top official on the island warned on Sunday. ... the prefect,
    Francois-Xavier Bieuville, said ...": a description of a place's top official (:data:`TOP_WORDS`)
    is the person next introduced by a lowercase title and an apposition set off by commas, in the
    same or the next paragraph; None when no such person follows there ("a senior official", with no
    owner, is anybody's and stays as written)."""
    paragraphs = doc.text[after:].split("\n\n")
    window = "\n\n".join(paragraphs[:2]) if paragraphs and paragraphs[0].strip() else "\n\n".join(paragraphs[:3])
    match = re.compile(r"\b[Tt]he ([a-z]+), ((?:[A-Z][\w'-]+ ){1,2}[A-Z][\w'-]+),").search(window)
    return match.group(2) if match else None


def pronoun(doc: Doc, before: int, word: str = "", acting_only: bool = False) -> str | None:
    """A pronoun source with no token at hand ("he said" left as "he"): rule 1 by offset; with
    ``acting_only``, only a person who was a clause's subject (a name in passing, such as a
    byline's, is left for the caller to weigh against unnamed speakers) and, round 16, whom no title
    or role noun gives the other sex ("the spokeswoman, X" is no "he")."""
    before_people = _agreeing([p for p in people(doc) if p.end <= before], word)
    if acting_only:  # round 16: "he said" after only a spokeswoman named: the caller's unnamed speaker first
        before_people = [p for p in before_people if agrees(p, word)]
    acting = [p for p in before_people if p.subject]
    chosen = (acting or ([] if acting_only else before_people) or [None])[-1]
    return chosen.name if chosen is not None else None
