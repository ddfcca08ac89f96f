"""How a source is named: the cleaned noun phrase of whoever says so.

A source's name is its noun phrase without determiners, dates, relative clauses or appositions,
cut to a person's name when it is one ("Security Council Secretary Sergei Shoigu" -> "Sergei
Shoigu"), without a trailing document word ("the May 2025 ... Monitoring Team report" -> "...
Monitoring Team"). A bare evidence word ("current estimates", "figures") names nobody: None.
A title whose name the parser hung on the title's own object is that person ("a senator from
Helmand, Haji Gul Alokozai, said"); a title of office before a name is dropped ("Mayor Ines
Caldera" -> "Ines Caldera"); "the report said" keeps the document word, for sources.py to give it
its issuer. A member picked out of a group ("one of the diplomats said") is named by the group.

Round 3 of issue 14: a word of :data:`TIME_WORDS` is dropped only as a modifier, never when it is
the speaker itself ("An official of X's government said": "official" is the head, not a time
word); "official" before a plural document word is whose documents they are ("according to
official statements", "official records show": the officials' statements, kept as the source, as
"government estimates" is), while "the official figures" (an evidence word) still names nobody;
one member of a body ("an official of the state government", "a spokesman for the port")
is named with the body it speaks for ("official of X's government"); round 7: so is whoever
heads it (:data:`HEAD_TITLES`: "the head of the carmaker's works council" as written); an
appositive proper name the recogniser tagged only in part ("a spokesman for X, Ann Brandwater,
said" with the surname read as a date) is still the person's name.

Round 20 of issue 14: a lowercase title whose apposition, set off by commas, is a run of capitalised
words the recogniser left untagged ("the prefect, Francois-Xavier Bieuville, said") is that person
(:func:`_untagged_appositive`); a place, a body word or a one-word short name is not.

Round 22 of issue 14: a plural stance noun the recogniser took into an organisation's name ("Critics of
Labour's mandate said", :data:`STANCE_NOUNS`) is a group named by its head noun ("Critics", the guide's rule
(4): what follows is dropped), not the organisation (:func:`_stance_group`).

Round 23 of issue 14: a capitalised name is not widened to the left over "and" to a day or time ("Georgia
announced eight deaths on Thursday and Florida one more": "Florida", not "Thursday and Florida";
:func:`_title_span`).

Round 25 of issue 14: a capitalised name followed by a number in digits hung on it keeps the number
("Channel 12 estimated ...", "Radio 1 said": :func:`_complement_end`); a title of posting
(:data:`POSTED_TITLES`) keeps a "to" phrase naming a place or body ("Iran's ambassador to the United
Nations", "Britain's embassy to Yemen"), as "head of X" keeps its body; a person's name set off by commas
after a place in the title's own phrase ("A resident of Lagos, Tunde Bello, said", the name hung on the
place) is the speaker (:func:`_named_after_place`; not the place's own apposition: "Lagos, Nigeria's
largest city,", "Kherson, Ukraine,"). A group's restrictive modifier stays dropped ("people familiar with
the case" -> "people", the guide's rule (4)).

Round 18 of issue 14: a member named after the body it speaks for ("a spokesman for the X State Emergency
Management Agency, Garba Lawal, said", the name hung on the body and often read as part of an
organisation) is that person (:func:`_named_member`); a body's own short name ("the agency, NEMA,") is not.

Round 6 of issue 14 (its first rule retired in round 13, after the 2026-12-02 consistency review
named such groups by their head noun and the words before it: "officials in Kyiv" -> "officials",
"health authorities in the east" -> "health authorities", as "local officials in X" -> "local
officials"); "they" in a clause hung on a clause whose subject, earlier in the sentence, is a
plural noun is that noun ("the toll the authorities gave, when they put it at 40"). A lowercase body's name
that the parser split at "and" ("the national disaster and dyke management authority", "the
statistics and census office") is kept whole when its last part is a body word and the first
part names no body itself.

Round 9 of issue 14: a hyphen written without spaces keeps a compound modifier in the name ("the
army-aligned government"); a capitalised preposition mid-sentence continues a name ("Doctors Without
Borders"); a proper name, or one mixed-case word ("UKHospitality"), right after a descriptive noun
("the trade body UK Finance") is the name; "it" in a clause hung on a clause whose subject, earlier
in the sentence, is a named body ("The Bank raised its forecast, which it now expects to ...") is
that body (:func:`_governing_body`).

Round 10 of issue 14: a survey, poll, study or census keeps the word that says when it was made
("according to early surveys" -> "early surveys", :data:`SURVEY_NOUNS`): such a phrase picks out
some studies, while "the latest figures" is a bare evidence word and names nobody. A platform a body
publishes on ("the breach portal of X", "X's website", :data:`PLATFORM_NOUNS`) is that body.

Round 11 of issue 14: "it" in a clause hung on a clause whose subject is an owned figure noun
("The junta's figure rose from the 2,056 it had announced") is the owner (:func:`_governing_body`).

Round 14 of issue 14: a person's given names the recogniser left out of the name, hung on it as
compounds ("Tarek Osman" tagged "Osman"), are kept (:func:`_given_names`; not a title); an all-capitals
word the tagger read as a common noun after a description ("the transmission operator REN") is the
name (:func:`_code`); a name split at a glued hyphen ("E-Redes" parsed "E", "-", "Redes") is kept
whole (:func:`_glued_start`).

Round 13 of issue 14: a projection, poll or forecast made for or by a named body ("a projection for
the public broadcaster NRK", "a later poll by Ipsos") is named by that body and the noun ("NRK
projection", "Ipsos poll": :func:`_commissioned`), as "an X survey" is; the words between (titles
of the body, "later", "the rival broadcaster") are dropped, read off the words that follow the noun,
however the parser hung them. Doctors and nurses "at" a hospital or clinic ("a duty doctor at the
Riverside hospital", "doctors at the district clinic") speak for it (:func:`_workplace`), as
"researchers at X" do: the institution is the source. A name that opens the sentence, set off by a
comma before the description the parser took as the subject ("Frontex, the EU body that patrols
the borders, has said ..."; an organisation or an acronym, not a place: "Across X, the council said"), is the speaker (:func:`_fronted_name`).

Round 15 of issue 14: a person's given name the parser misread survives in two forms. An
abbreviated given name the tokenizer split from its full stop ("Ma. Subramanian" read "Ma", ".",
"Subramanian", the surname tagged a nationality) is part of the name (:func:`.coref.initials_before`: a
capitalised word of at most three letters glued to its stop, no title such as "Dr."). A capitalised
word that opens the sentence right before a one-word person's name that is the subject of a saying
verb ("Made Artana, who heads the rescue office, told ...", "Made" read as a verb) is the given name,
unless it is an adverb or function word ("Later Artana said"), a title or tagged otherwise
(:func:`_opening_given_name`).

Round 16 of issue 14: a study, audit, review or analysis (:data:`AUTHORED_NOUNS`) "by" a body is that
body's ("A 2005 study by the Government Accountability Office"); a document "commissioned",
"funded" or "ordered" by a body is not its author's and keeps its own name ("damages report":
:data:`COMMISSIONING`); a size written in digits before a document ("Its nearly 300-page complaint")
is no part of its name (:func:`_phrase`).

Round 17 of issue 14: a member of a group speaks for it ("a member of the legal team had estimated"
-> "legal team", :func:`_member_group`), as "a spokesman for X" does; a seat written as a title ("a
member of parliament", :data:`LEGISLATURES`) stays as written. A document or count with a relative
clause whose verb issues or gives it (:data:`ISSUING_VERBS`: "A written statement the WHO published
later", "the bulletin the agency released") is its subject's; a message or letter "from" a body is
that body's ("citing a video message from X" -> X), as a statement "by" X is.

Round 28 of issue 14: a speaker the tagger read as a verb but written capitalised, the first of a run of
capitalised words ("Axis Data, polling for a channel, gave ...") is named by that run (:func:`_misread_name`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ... import gazetteer
from . import coref
from ..spans import entity_at
from .verbs import SAY_VERBS

JOINS = frozenset({"for", "of", "and"})
#: People speaking for an institution: "engineers from X", "researchers at X" -> X.
GROUP_NOUNS = frozenset({"engineer", "researcher", "official", "expert", "analyst", "scientist",
                         "economist", "spokesperson", "spokesman", "spokeswoman", "staff",
                         "organiser", "organizer", "member", "volunteer", "staff", "representative"})
CITE_VERBS = frozenset({"cite", "quote"})
#: Round 14: participles that relay evidence rather than compile it ("data reported by X": X is the via).
RELAY_PARTICIPLES = frozenset({"report", "relay", "carry", "broadcast"})
DOCUMENT_NOUNS = frozenset({"report", "reporting", "statement", "data", "figure", "assessment", "study",
                            "survey", "briefing", "bulletin", "update", "tally", "count", "estimate"})
EVIDENCE_NOUNS = frozenset({"estimate", "figure", "data", "number", "count", "report", "tally", "source",
                            "assessment", "reporting"})
TIME_WORDS = frozenset({"current", "recent", "latest", "new", "early", "earlier", "initial", "previous",
                        "preliminary", "official", "final", "updated", "last"})
INFO_NOUNS = frozenset({"intelligence", "information", "data", "figure", "report", "estimate", "assessment", "briefing",
                        "list", "record", "tally", "count", "bulletin", "statement", "document", "survey"})
#: Round 10: studies named by when they were made: "according to early surveys" keeps "early"
#: (a bare "the latest figures" names nobody, but "early surveys" are some surveys, not a time).
SURVEY_NOUNS = frozenset({"survey", "poll", "study", "census"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl"})


def by_whom(participle: Token) -> Token | None:
    """The agent of a passive participle: "compiled by *families*"; None when there is none."""
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


#: Words that pick members out of a group: "one of the diplomats", "two of the officials".
MEMBERS = frozenset({"one", "two", "three", "some", "several", "many", "each", "both"})


def _one_of(token: Token) -> Token | None:
    """"one of the diplomats said": the group the speaker belongs to (then resolved, by
    sources.py, to the group named before: "two Arab diplomats ... one of the diplomats")."""
    if token.lower_ not in MEMBERS:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group if group is not None and group.pos_ in ("NOUN", "PROPN") else None


def name(token: Token | None) -> str | None:
    """The cleaned noun phrase of a source (module docstring)."""
    if token is None:
        return None
    if token.lower_ == "they" and _governing_plural(token) is not None:
        return name(_governing_plural(token))  # "... authorities gave, when they put the toll at 40"
    if token.lower_ == "it" and _governing_body(token) is not None:
        return name(_governing_body(token))  # "The Bank raised its forecast, which it now expects ..."
    if token.lower_ in ("it", "they", "he", "she"):
        return token.lower_  # resolved against the article (sources.py, coref.py)
    misread = _misread_name(token)
    if misread is not None:  # round 28: "Axis Data, polling for ..., gave" with "Axis" read as a verb
        return misread
    fronted = _fronted_name(token)
    if fronted is not None:  # round 13: "Frontex, the EU body that ..., has said"
        return name(fronted)
    commissioned = _commissioned(token)
    if commissioned is not None:  # round 13: "a projection for the broadcaster NRK" -> "NRK projection"
        return commissioned
    member = _named_member(token)
    if member is not None:  # round 18: "a spokesman for the X Agency, Garba Lawal,"
        return member
    behind = _represented(token) or _platform_owner(token) or _named_after(token) or _one_of(token) or \
        _workplace(token) or _member_group(token)
    if behind is not None:
        return name(behind)
    entity = _entity(token)
    if entity and entity.endswith(("'", "\u2019")) and len(entity) > 1 and token.dep_ == "poss":
        entity = entity[:-1].rstrip()  # round 16: an owner "Acme Holdings'" cited as a source
    if entity:
        return entity
    joined = _joined_body(token)
    if joined is not None:  # "the national disaster and dyke management authority"
        start = _phrase(token)[0]
        start = start if start.dep_ != "det" else token.doc[start.i + 1]
        return token.doc[start.i:joined.i + 1].text
    tokens = [t for t in _phrase(token) if t.dep_ != "det" and (t.ent_type_ not in ("DATE", "TIME") or
                                                                (t.i == token.i and t.pos_ == "PROPN"))]
    while tokens and tokens[0].i != token.i and not _officials_documents(tokens[0], token) and \
            token.lemma_.lower() not in SURVEY_NOUNS and \
            (tokens[0].lower_ in TIME_WORDS or tokens[0].like_num or tokens[0].tag_ in ("JJR", "JJS")):
        tokens = tokens[1:]  # "the latest figures", "one estimate", "a higher estimate": nobody
    if len(tokens) > 1 and tokens[-1].lemma_.lower() in DOCUMENT_NOUNS and \
            sum(t.pos_ == "PROPN" for t in tokens[:-1]) >= 2:
        tokens = tokens[:-1]  # "the ... Monitoring Team report" (but "government survey" stays)
    tokens = _proper_tail(_title_span(tokens))
    while len(tokens) > 2 and tokens[0].lower_.rstrip(".") in coref.PERSON_TITLES and tokens[1].pos_ == "PROPN":
        tokens = tokens[1:]  # "Mayor Ines Caldera" -> "Ines Caldera"
    if len(tokens) == 1 and _the_document(tokens[0]):
        return tokens[0].lemma_.lower()  # "The report said": its issuer (sources.py, rule 7)
    if not tokens or (len(tokens) == 1 and tokens[0].lemma_.lower() in EVIDENCE_NOUNS):
        return None
    end = _member_of(token) if tokens[-1].i == token.i else None
    last = end if end is not None else tokens[-1].i
    if end is None and last == token.i:
        last = _complement_end(token)  # round 25: "Channel 12", "Iran's ambassador to the United Nations"
    start = _glued_start(tokens[0])
    if tokens[0].pos_ == "PROPN":
        start = coref.initials_before(token.doc, start)  # round 15: "Ma. Subramanian" (read as a people)
    kept = {t.i for t in tokens}
    sized = [t for t in token.doc[start:last + 1] if t.text == "-" and t.i > 0 and _digits(token.doc[t.i - 1])
             and t.i not in kept and t.i + 1 not in kept]
    if sized:  # round 16: "Its nearly 300-page complaint" -> "Its complaint"
        gone = {i for t in sized for i in [*(x.i for x in token.doc[t.i - 1].subtree if x.i < t.i), t.i, t.i + 1]}
        return "".join(t.text_with_ws for t in token.doc[start:last + 1] if t.i not in gone).strip(" ,") or None
    text = token.doc[start:last + 1].text.strip(" ,") or None
    if text and text.endswith(("'", "\u2019")) and len(text) > 1:
        text = text[:-1].rstrip() or None  # round 16: an owner "Acme Holdings'" cited as a source
    return text


#: Round 13: forecasts made for or by a body, named by it ("NRK projection", "Ipsos poll").
FORECAST_NOUNS = frozenset({"projection", "poll", "forecast", "survey"})


def _commissioned(token: Token) -> str | None:
    """Round 13: "a projection for the public broadcaster NRK", "a poll by Ipsos": a forecast noun
    (:data:`FORECAST_NOUNS`) followed by "for"/"by" and, within a few words of determiners,
    adjectives and nouns, a proper name is "<name> <noun>"; the name's run of proper nouns (or
    one all-capitals word) is taken as written. None when no proper name follows."""
    doc = token.doc
    if token.lemma_.lower() not in FORECAST_NOUNS or token.i + 2 >= len(doc) or \
            doc[token.i + 1].lower_ not in ("for", "by"):
        return None
    j, end = token.i + 2, min(len(doc), token.i + 8)
    while j < end and doc[j].pos_ in ("DET", "ADJ", "NOUN") and doc[j].is_lower:
        j += 1
    start = j
    while j < end and doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper):
        j += 1
    if j == start:
        return None
    return f"{doc[start:j].text} {token.text}"


def _fronted_name(token: Token) -> Token | None:
    """Round 13: "Frontex, the EU body that patrols the borders, has said ...": a lowercase
    description whose "the" follows a comma after a proper name that opens the sentence is that
    name's apposition (the parser hung the name apart); the name's last word is returned."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return None
    det = next((c for c in token.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is None or det.i < 2 or token.doc[det.i - 1].text != ",":
        return None
    end = token.doc[det.i - 2]
    if end.pos_ != "PROPN" or not (end.ent_type_ == "ORG" or end.is_upper and len(end.text) > 1) or \
            token.dep_ not in ("nsubj", "nsubjpass"):
        return None  # an organisation or an acronym, not "Across Mindanao, the council said"
    start = end.i
    while start > end.sent.start and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start != end.sent.start or any(t.dep_ in ("prep", "pobj") for t in token.doc[start:end.i + 1]):
        return None  # "Across X, the council said": a place phrase, not a name
    return end


#: Round 13: medical staff who speak for the place they work at (:func:`_workplace`).
STAFF_NOUNS = frozenset({"doctor", "nurse", "surgeon", "physician", "medic", "paramedic", "clinician"})
#: Round 13: places medical staff work at.
WORKPLACES = frozenset({"hospital", "clinic", "infirmary", "hospice"})


def _workplace(token: Token) -> Token | None:
    """Round 13: "a duty doctor at the Riverside hospital said", "according to doctors at the
    district clinic": medical staff (:data:`STAFF_NOUNS`) "at" a hospital or clinic
    (:data:`WORKPLACES`, or an organisation the recogniser tagged) named by a proper name are that
    place's voice; "a nurse at the clinic" names no place and stays the nurse."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in STAFF_NOUNS:
        return None
    at = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    place = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if place is None or not (place.lemma_.lower() in WORKPLACES or place.ent_type_ == "ORG") or \
            not (place.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children)):
        return None  # "a nurse at the clinic": no place named, the nurse stays
    return place


def _governing_plural(pronoun: Token) -> Token | None:
    """Round 6: "the figure health authorities gave on Monday, when they put the toll at 40": "they"
    in a clause hung on a clause (or beside a clause on the same head) whose subject, written
    before it in the same sentence, is a plural noun is the nearest such noun."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in ("advcl", "relcl", "conj", "ccomp"):
        return None
    found = []
    for node in clause.ancestors:
        for verb in [node, *(c for c in node.children if c.dep_ in ("relcl", "advcl") and c.i < pronoun.i)]:
            found += [c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i and c.tag_ == "NNS"
                      and c.pos_ == "NOUN"]
    return max(found, key=lambda t: t.i) if found else None


def _governing_body(pronoun: Token) -> Token | None:
    """Round 9: "The Bank raised its forecast for inflation, which it now expects to peak at 4%":
    "it" in a clause hung on a clause whose subject, earlier in the same sentence, is a named body
    (a proper name or organisation, or a body word) is that body, as "they" is a plural noun's."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in ("advcl", "relcl", "conj", "ccomp", "xcomp"):
        return None
    for node in clause.ancestors:
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None) \
            if subject is not None and subject.lemma_.lower() in EVIDENCE_NOUNS else None
        if owner is not None:  # round 11: "The junta's figure rose from the 2,056 it had announced"
            return owner
        if subject is not None:
            named = subject.pos_ == "PROPN" or subject.ent_type_ == "ORG" or subject.lemma_.lower() in BODY_WORDS
            return subject if named and subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON" else None
    return None


#: Head words of a body's name: "the disaster and dyke management authority" is one body.
BODY_WORDS = frozenset({"authority", "agency", "ministry", "department", "committee", "commission", "council",
                        "office", "bureau", "service", "board", "administration", "directorate", "centre",
                        "center", "institute", "police", "government"})


def _joined_body(token: Token) -> Token | None:
    """A lowercase body's name the parser split at "and" ("the national disaster and dyke
    management authority": "disaster" with "authority" conjoined): the conjunct that ends it, when
    the first part names no body itself (two bodies, "the ministry and the police", stay two)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in BODY_WORDS or not token.is_lower:
        return None
    conj = next((c for c in token.children if c.dep_ == "conj"), None)
    if conj is None or conj.lemma_.lower() not in BODY_WORDS or not conj.is_lower:
        return None
    between = token.doc[token.i + 1:conj.i]
    if not between or between[0].lower_ != "and" or any(t.dep_ == "det" or t.is_punct for t in between):
        return None
    return conj


#: Documents that officials issue: "official statements", "official records" are theirs.
ISSUED_DOCUMENTS = frozenset({"statement", "record", "document", "communique", "bulletin", "release",
                              "message", "letter"})  # round 17: "a video message from X"
#: Round 17: verbs of a relative clause by which a body issues or gives a document or count ("the
#: statement the WHO published", "the count X had given"): its subject is the document's source.
ISSUING_VERBS = frozenset({"publish", "issue", "release", "give", "post", "put", "compile", "circulate", "send",
                           "announce", "report", "record"})


def _officials_documents(modifier: Token, head: Token) -> bool:
    """"official statements": the adjective says whose documents they are (module docstring)."""
    return modifier.lower_ == "official" and head.tag_ == "NNS" and head.lemma_.lower() in ISSUED_DOCUMENTS


#: Round 7: titles of whoever leads a body, named with it as written ("the head of the carmaker's
#: works council", "the chair of the committee"), as one member is.
HEAD_TITLES = frozenset({"head", "chief", "chair", "chairman", "chairwoman", "director", "leader", "president"})


def _member_of(token: Token) -> int | None:
    """"an official of X's government", "a spokesman for the port": one member named with the body
    it speaks for; the index of the phrase's last token, None when there is no such phrase."""
    if token.lemma_.lower() not in GROUP_NOUNS | HEAD_TITLES or token.tag_ != "NN":
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return max(t.i for t in obj.subtree if t.dep_ not in CLAUSE_DEPS or t.i == obj.i)


def _named_member(token: Token) -> str | None:
    """Round 18: "a spokesman for the Jigawa State Emergency Management Agency, Garba Lawal, said":
    a member named after the body it speaks for (the parser hanging the name on the body as its
    apposition, the recogniser often reading it as part of an organisation) is that person: a run of
    two or more capitalised words set off by commas that ends in no body word ("the agency, NEMA,"
    and "the ministry, the Health Ministry," stay the body's)."""
    if token.lemma_.lower() not in GROUP_NOUNS | HEAD_TITLES or token.tag_ != "NN":
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    doc = token.doc
    for appos in obj.children:
        if appos.dep_ != "appos" or appos.pos_ != "PROPN" or appos.i == 0 or appos.ent_type_ in ("GPE", "LOC", "NORP"):
            continue
        start = appos.i
        while start > obj.i + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == appos.i:
            start -= 1
        words = doc[start:appos.i + 1]
        after = doc[appos.i + 1] if appos.i + 1 < len(doc) else None
        if len(words) < 2 or doc[start - 1].text != "," or (after is not None and after.text not in (",", ".")) or \
                not all(w.is_title for w in words) or appos.lemma_.lower() in BODY_WORDS or \
                any(w.ent_type_ not in ("PERSON", "ORG", "") for w in words):
            continue
        return words.text
    return None


#: Round 17: bodies whose members hold a seat as a title ("a member of parliament"), not the body's voice.
LEGISLATURES = frozenset({"parliament", "congress", "senate", "assembly", "house", "legislature", "council"})


def _member_group(token: Token) -> Token | None:
    """Round 17: "a member of the legal team had estimated", "one member of the rescue crew said": a
    member speaks for the group it belongs to, as "a spokesman for X" does; named by the group
    ("legal team"). A seat written as a title ("a member of parliament") stays as written."""
    if token.lemma_.lower() != "member" or token.tag_ != "NN":
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if group is None or group.pos_ not in ("NOUN", "PROPN") or group.lemma_.lower() in LEGISLATURES or \
            not any(c.dep_ in ("det", "poss", "compound", "amod") for c in group.children):
        return None
    return group


def _the_document(token: Token) -> bool:
    """"The report said", "the statement added": a document named before, pointed back to by "the"."""
    return token.lemma_.lower() in ("report", "statement", "update", "bulletin") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


#: Round 16: works that speak for who wrote them ("a study by the GAO found ..." is the GAO's).
AUTHORED_NOUNS = frozenset({"study", "analysis", "audit", "review", "investigation", "inquiry", "paper"})
#: Round 16: participles naming who paid for a document or came by it, not who wrote it ("a damages
#: report commissioned by X", "a document seen by this newspaper" stay the document: its authors are unnamed).
COMMISSIONING = frozenset({"commission", "fund", "order", "sponsor", "request",
                           "see", "obtain", "leak", "review"})  # "a document seen by this newspaper"


def _represented(token: Token) -> Token | None:
    """"engineers from the university" -> the university; "a count by the firm X", "reports from
    Lima", "assessments, repeated by local officials" -> who gives them ("an assessment quoted by
    analysts" stays: the quoting is a via, :func:`_cited`)."""
    lemma = token.lemma_.lower() if token.lemma_.lower() != "datum" else "data"  # the tagger's singular of "data"
    evidence = lemma in EVIDENCE_NOUNS | ISSUED_DOCUMENTS | {"count"}  # round 14: "a statement issued by X"
    preps = ("from", "at") if lemma in GROUP_NOUNS else ("by", "from") if evidence else \
        ("by",) if lemma in AUTHORED_NOUNS else ()  # round 16: "a 2005 study by the GAO found"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if evidence and child.dep_ == "relcl" and child.lemma_.lower() in ISSUING_VERBS:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "ORG" or subject.pos_ == "NOUN" and
                                        any(c.dep_ == "det" for c in subject.children)):
                return subject  # round 17: "A written statement the WHO published later", "the count X had given"
        if evidence and child.dep_ == "acl" and child.tag_ == "VBN" and \
                child.lemma_.lower() not in CITE_VERBS | RELAY_PARTICIPLES | COMMISSIONING:
            obj = by_whom(child)
            if obj is not None:
                return obj
    return None


#: Round 10: places a body publishes on, which speak for their owner ("the breach portal of X").
PLATFORM_NOUNS = frozenset({"portal", "website", "site", "page", "dashboard", "database", "registry", "feed",
                            "blog", "account", "channel"})


def _platform_owner(token: Token) -> Token | None:
    """Round 10: "the breach portal of the Office for Civil Rights, which had listed ...", "X's
    website": a platform (:data:`PLATFORM_NOUNS`) speaks for the body that runs it: a name in
    apposition to it (where the parser broke a possessive: "the portal of the department's Office
    ..."), else its "of" object, else its possessive owner (not a pronoun: sources.py resolves "its")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PLATFORM_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
            if owner is not None:
                return owner
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
    return None


def _named_after(token: Token) -> Token | None:
    """"the newspaper Prothom Barta": a common noun directly followed by a proper name (that the
    parser hung elsewhere) is that name; its last word is returned."""
    if token.pos_ != "NOUN":
        return None
    doc, end = token.doc, token.i + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper) or
                              _camel(doc[end])) and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    if end == token.i + 1 or any(t.head.i == token.i and not (t.dep_ == "appos" and t.i == end - 1)
                                 for t in doc[token.i + 1:end]):
        return None  # nothing after it, or its own modifier ("the ministry's X" is no name)
    if not doc[end - 1].is_title and not _camel(doc[end - 1]) and doc[end - 1].head.i != token.i:
        return None
    return doc[end - 1]


def _camel(token: Token) -> bool:
    """Round 9: a name written as one mixed-case word ("UKHospitality", "eBay"), which the tagger
    may read as a common noun."""
    text = token.text
    return text.isalpha() and not text.islower() and not text.isupper() and not text.istitle()


def _misread_name(token: Token) -> str | None:
    """Round 28: a subject the tagger read as a verb but written capitalised, the first of a run of
    capitalised words ("Axis Data, polling for a channel, gave ...": "Axis" a verb): that run is the name."""
    if token.pos_ != "VERB" or token.dep_ != "nsubj" or not token.is_title:
        return None
    end = token.i + 1
    while end < len(token.doc) and (token.doc[end].is_title or token.doc[end].is_upper) and token.doc[end].is_alpha:
        end += 1
    return token.doc[token.i:end].text if end - token.i > 1 else None


def _entity(token: Token) -> str | None:
    """A person's name (titles dropped, also in apposition: "the governor, Helena Mussa") or an
    organisation's full name ("Homes for All") that ``token`` belongs to."""
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
            return _entity(child)
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ not in ("GPE", "LOC", "NORP") and \
                any(t.ent_type_ == "PERSON" for t in child.lefts):  # "a spokesman for X, Ann Lee," half-tagged
            return token.doc[child.left_edge.i:child.i + 1].text
    untagged = _untagged_appositive(token)
    if untagged is not None:  # round 20: "the prefect, Francois-Xavier Bieuville, said"
        return untagged
    placed = _named_after_place(token)
    if placed is not None:  # round 25: "a resident of Lagos, Tunde Bello, said"
        return placed
    titled = _titled_person(token)
    if titled is not None:
        return _entity(titled)
    span = entity_at(token)
    if span is None or span.label_ not in ("PERSON", "ORG"):
        return None
    if _stance_group(token) and span.start == token.i:  # round 22: "Critics of Labour said" -> "Critics"
        return None
    bracket = next((t.i for t in span if t.text == "("), None)
    if bracket is not None and bracket > span.start:  # "the World Health Organization (WHO": the name
        span = token.doc[span.start:bracket]
    if span.label_ == "ORG":
        words = _title_span(list(_with_name_phrases(span)))
        span = token.doc[words[0].i:words[-1].i + 1]
    if span.label_ == "PERSON":
        span = _given_names(span)
    words = span[1:] if span[0].lower_ == "the" else span
    return words.text if len(words) else None


#: Round 22: people named by where they stand toward someone ("critics of X"): never X's own staff.
STANCE_NOUNS = frozenset({"critic", "opponent", "supporter", "sceptic", "skeptic", "backer", "detractor",
                          "defender", "ally", "rival", "foe", "admirer", "fan"})


def _stance_group(token: Token) -> bool:
    """Round 22: a plural stance noun (:data:`STANCE_NOUNS`) that the recogniser took into the
    organisation after its "of" ("Critics of Labour's mandate", "Opponents of Acme Ltd") is a group
    of people named by its head noun (the guide's rule (4)); the name after "of" is no body they
    speak for. Not a name capitalised mid-sentence ("Friends of the Earth")."""
    return token.lemma_.lower() in STANCE_NOUNS and token.tag_ == "NNS" and \
        (token.is_sent_start or token.lower_ == token.text) and token.i + 1 < len(token.doc) and \
        token.doc[token.i + 1].lower_ == "of"


def _given_names(span: Span) -> Span:
    """Round 14: "Tarek Osman, who heads ..." with only the surname "Osman" tagged a person: capitalised proper
    nouns right before the name, hung on it as compounds and tagged nothing else, are its given
    names; a title of office ("Mayor", "Dr") is not."""
    doc, start = span.doc, coref.initials_before(span.doc, span.start)  # round 15: "Ma. Subramanian"
    if start < span.start:
        return doc[start:span.end]
    if len(span) == 1 and _opening_given_name(doc[start]):
        return doc[start - 1:span.end]  # round 15: "Made Artana, who heads ..., said"
    if len(span) != 1:  # "Justice Maria Okafor": a full name tagged, what precedes it is a title
        return span
    while start > span.sent.start and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title or doc[start - 1].is_upper) and \
            not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" and \
            span.start <= doc[start - 1].head.i < span.end and \
            doc[start - 1].lower_.rstrip(".") not in coref.PERSON_TITLES:
        start -= 1
    return doc[start:span.end]


def _opening_given_name(surname: Token) -> bool:
    """Round 15: "Made Artana, who heads the rescue office, said": a capitalised word that opens the
    sentence right before a one-word person's name that is the subject of a saying verb is the given name
    the tagger misread (as a verb, "Made"), unless it is a title, a function word or adverb ("Later") or tagged
    otherwise ("Yesterday")."""
    doc = surname.doc
    if surname.i == 0 or surname.i - 1 != surname.sent.start:
        return False
    first = doc[surname.i - 1]
    head = surname.head
    return first.is_alpha and first.is_title and first.pos_ in ("VERB", "PROPN", "NOUN", "ADJ") and not first.ent_type_ and \
        first.lower_ not in coref.PERSON_TITLES and first.whitespace_ == " " and \
        surname.dep_ == "nsubj" and head.lemma_.lower() in SAY_VERBS and head.pos_ == "VERB"


def _untagged_appositive(title: Token) -> str | None:
    """Round 20: "the prefect, Francois-Xavier Bieuville, had said" with the name the recogniser left
    untagged (a hyphenated given name): a lowercase title whose apposition, set off by commas, is a run
    of two or more capitalised words that is no place, group or body ("the agency, NEMA,", "the
    region, Cabo Delgado," and "the ministry, the Health Ministry," stay as they are) is that person.
    Round 27: also when the recogniser tagged the name a place ("The East Java deputy governor, Emil Dardak,
    said"): the gazetteer, not the tag, decides what is a place."""
    if title.pos_ != "NOUN" or not title.is_lower:
        return None
    doc = title.doc
    for child in title.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i <= title.i:
            continue
        words = [t for t in doc[child.left_edge.i:child.i + 1] if t.text != "-"]
        after = doc[child.i + 1] if child.i + 1 < len(doc) else None
        if len(words) < 2 or doc[child.left_edge.i - 1].text != "," or after is None or after.text not in (",", ".") or \
                not all(w.is_title and w.pos_ == "PROPN" for w in words) or \
                any(w.ent_type_ not in ("PERSON", "", "GPE") for w in words) or child.lemma_.lower() in BODY_WORDS or \
                gazetteer.country(child.text, provinces=True):
            continue
        return doc[child.left_edge.i:child.i + 1].text
    return None


#: Round 25: titles whose "to" phrase says where their holder is posted ("ambassador to the United Nations").
POSTED_TITLES = frozenset({"ambassador", "envoy", "emissary", "embassy", "consul", "consulate", "delegate",
                           "delegation", "representative"})


def _complement_end(token: Token) -> int:
    """Round 25: where a source's name ends when words after its head belong to it. A capitalised name
    followed by a number in digits hung on it ("Channel 12 estimated ...", "Ward 7 said") keeps the
    number: the name is cut short without it. A title of posting (:data:`POSTED_TITLES`) keeps its "to"
    phrase when that names a place or body ("Iran's ambassador to the United Nations", "Britain's embassy
    to Yemen"): it says which ambassador, as "head of X" says which head. Otherwise the head ends it."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.dep_ == "nummod" and after.head.i == token.i and after.text.isdigit() and \
            token.is_title and token.pos_ in ("PROPN", "NOUN") and not token.ent_type_ and \
            len(after.text) <= 3:
        return after.i
    if token.lemma_.lower() in POSTED_TITLES and after is not None and after.lower_ == "to" and after.head.i == token.i:
        place = next((c for c in after.children if c.dep_ == "pobj"), None)
        if place is not None and (place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "ORG", "NORP", "LOC")) and \
                not any(t.text in (",", "(", "\u2014") for t in doc[after.i:place.i]):
            return place.i
    return token.i


def _named_after_place(title: Token) -> str | None:
    """Round 25: "A resident of Lagos, Tunde Bello, said ...": a person's name set off by commas after a
    place in the title's own phrase, which the parser hung as the place's apposition (and the recogniser
    may tag as an organisation), is the speaker, as "a senator from Helmand, Haji Gul Alokozai," is
    (:func:`_titled_person`). The name is two or more capitalised words that are no place and no body
    ("a resident of Lagos, Nigeria's largest city," and "an official in Kherson, Ukraine," stay as they are)."""
    if title.pos_ != "NOUN" or not title.is_lower:
        return None
    doc = title.doc
    for token in title.subtree:
        place = token.head
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.i <= place.i or place.i == title.i or \
                not (place.ent_type_ in ("GPE", "LOC") or gazetteer.country(place.text, provinces=True)):
            continue
        node = place
        while node.i != title.i and node.dep_ in ("pobj", "prep", "compound") and node.head.i != node.i:
            node = node.head
        if node.i != title.i:
            continue
        words = list(doc[token.left_edge.i:token.i + 1])
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if len(words) < 2 or doc[token.left_edge.i - 1].text != "," or after is None or after.text not in (",", ".") or \
                not all(w.is_title and w.pos_ == "PROPN" for w in words) or \
                any(w.ent_type_ not in ("PERSON", "ORG", "") for w in words) or \
                any(w.lemma_.lower() in BODY_WORDS for w in words) or \
                gazetteer.country(" ".join(w.text for w in words), provinces=True):
            continue
        return " ".join(w.text for w in words)
    return None


def _titled_person(title: Token) -> Token | None:
    """"A senator from Helmand, Haji Gul Alokozai, said", "the commander of the army's 215th Corps,
    Gen. Rasoul Zazai, ...": a title whose name the parser hung as an apposition of the title's own
    prepositional object; the name is the speaker."""
    if title.pos_ != "NOUN":
        return None
    for token in title.subtree:
        if token.dep_ != "appos" or token.ent_type_ != "PERSON" or token.head.i == title.i:
            continue
        node = token.head
        while node.i != title.i and node.dep_ in ("pobj", "prep", "poss", "compound", "case") and node.head.i != node.i:
            node = node.head
        if node.i == title.i:
            return token
    return None


def _with_name_phrases(span: Span) -> Span:
    """"UN Office" + "for the Coordination of Humanitarian Affairs": capitalised of/for phrases
    that the entity recogniser cut off belong to the name."""
    end = span.end
    while end + 2 < len(span.doc) and span.doc[end].lower_ in JOINS:
        words = span.doc[end + 1:end + 3]
        nxt = words[1] if words[0].lower_ == "the" else words[0]
        if not nxt.is_title:
            break
        end = max(t.i for t in nxt.subtree) + 1
    return span.doc[span.start:end]


def _title_span(tokens: list[Token]) -> list[Token]:
    """"Homes for All", "Bank of Korea": widen a capitalised name over "for"/"of"/"and" joins."""
    if not tokens or not tokens[-1].is_title or _stance_group(tokens[-1]):
        return tokens  # round 22: "Critics of Labour": no name widened over "of"
    doc, start, end = tokens[0].doc, tokens[0].i, tokens[-1].i + 1
    while end + 1 < len(doc) and doc[end + 1].is_title and (doc[end].lower_ in JOINS and not doc[end].is_title or
                                                            _title_preposition(doc[end])):
        end += 2
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1  # round 10: "Office for Civil Rights": several capitalised words after the join
    while start >= 1 and tokens[0].is_title and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" or
                                                 start >= 2 and doc[start - 1].lower_ in JOINS and doc[start - 2].is_title):
        if doc[start - 1 if doc[start - 1].is_title else start - 2].ent_type_ in ("DATE", "TIME"):
            break  # round 23: "... on Thursday and Florida one more": a day is no part of the name
        start -= 1 if doc[start - 1].is_title else 2
    return [t for t in doc[start:end] if t.dep_ != "det" or t.i > start]


def _glued_hyphen(token: Token) -> bool:
    """Round 9: a hyphen written without spaces inside a compound modifier ("army-aligned",
    "state-run"): part of the noun phrase, not punctuation that ends it."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and \
        not token.whitespace_ and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha


def _title_preposition(token: Token) -> bool:
    """Round 9: a capitalised preposition inside a name ("Doctors Without Borders", "Reporters
    Without Borders", "Physicians For Peace"): mid-sentence, only a name capitalises it."""
    return token.pos_ == "ADP" and token.is_title and token.i > token.sent.start


def _proper_tail(tokens: list[Token]) -> list[Token]:
    """"the data firm CrowdMetrics" -> "CrowdMetrics": a name after a common-noun title."""
    tail = []
    for t in reversed(tokens):
        if not (t.pos_ == "PROPN" and (t.is_title or t.is_upper) or _camel(t) or _code(t)):
            break
        tail.insert(0, t)
    if tail and len(tail) < len(tokens) and all(t.pos_ == "NOUN" for t in tokens[:len(tokens) - len(tail)][-1:]):
        return tail
    return tokens


def _glued_start(first: Token) -> int:
    """Round 14: "the distribution company E-Redes said", parsed as "E", "-", "Redes": a capitalised
    name is taken back over a hyphen written without spaces to the capitalised word before it."""
    doc, i = first.doc, first.i
    while first.pos_ == "PROPN" and first.text[:1].isupper() and i >= 2 and doc[i - 1].text == "-" and \
            not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper():
        i -= 2
    return i


def _code(token: Token) -> bool:
    """Round 14: an all-capitals word the tagger read as a common noun ("the transmission operator
    REN") is still a name."""
    return token.is_upper and token.is_alpha and len(token.text) > 1


def _inside_body(conjunction: Token, head: Token) -> bool:
    """"the national statistics and census office": an "and" between lowercase nouns inside the
    name of one body (the head a body word) joins words of its name, not two sources."""
    doc = head.doc
    before, after = doc[conjunction.i - 1], doc[conjunction.i + 1]
    return head.lemma_.lower() in BODY_WORDS and head.is_lower and conjunction.head.i != head.i and \
        before.pos_ == "NOUN" and before.is_lower and after.pos_ in ("NOUN", "ADJ") and after.is_lower


def _digits(token: Token) -> bool:
    """Round 16: a number written in digits ("300" in "300-page"; not "fourth" in "fourth-quarter")."""
    return any(ch.isdigit() for ch in token.text)


def _phrase(token: Token) -> list[Token]:
    """The noun phrase up to its head: left modifiers and compounds, no clauses or parentheses."""
    left = [t for t in token.subtree if t.i <= token.i]
    start = token.i
    dropped: set[int] = set()
    for t in reversed(left[:-1]):
        if t.i in dropped:
            continue
        if t.text == "-" and t.i > 0 and _digits(token.doc[t.i - 1]) and t.i + 1 < token.i:
            number = token.doc[t.i - 1]  # round 16: "Its nearly 300-page complaint": a size, not a name
            dropped |= {x.i for x in number.subtree if x.i < t.i} | set(range(t.i, t.i + 2))
            continue
        joining = t if t.lower_ == "and" else token.doc[t.i - 1] if t.dep_ == "conj" and t.i > 0 else None
        if joining is not None and joining.lower_ == "and" and _inside_body(joining, token):
            start = t.i
            continue
        if _glued_hyphen(t):  # round 9: "the army-aligned government" keeps its compound modifier
            start = t.i
            continue
        if t.dep_ in CLAUSE_DEPS or t.text in ("(", ")", ",", "\u2014"):
            break
        start = t.i
    return [t for t in token.doc[start:token.i + 1] if t.i not in dropped]
