"""Who says so: the source of a figure, who relays it (via), and the cue that attributes it.

Rules, first that applies (:func:`attribute`):

0. A relative clause on the figure itself with its own subject and a verb of giving figures ("the
   60 the operator listed") -> that subject.
1. "according to X" in the sentence -> source X, cue "according to". If X "cited"/"quoted" Y
   ("according to lawmaker Lee, who cited intelligence from Seoul's spy agency"), Y is the source
   and X the via; if X is "cited by" Y ("Western intelligence cited by The Times"), X is the
   source and Y the via.
2. A speech or estimate verb (:data:`SAY_VERBS`) on the path from the figure to the root, or the
   root's parenthetical "..., X said" -> its subject ("South Korea estimates that ...", "X places
   casualties at ...", "..., officials said"); "X said ..., citing Y" makes Y the source, X the via.
   A saying verb the tagger read as a plural noun ("British intelligence estimates that ...": a
   noun with a "that" clause) is a verb, its compounds the speaker. A verb of giving figures with a
   figure noun as object ("X gave the same figure of about 600") attributes like a weak saying verb.
   A verb that says only with a clause (:data:`CLAUSE_SAY_VERBS`: "admitted that ...") does not
   when it has an object ("its teams had admitted 486 patients": taken in). A parenthetical
   "..., X said, and ..." also covers the clause conjoined after it ("60 patients were treated,
   Mwale said, and nearly a third of them were children"). An all-capitals acronym ("the WHO
   warned") is a name, never the pronoun it spells.
   A participle hanging from a clause ("X offers a higher estimate, saying ...") is said by that
   clause's subject; one the parser hangs on the reported clause of a saying verb ("X denied that
   ..., saying the real figure was N") is that verb's speaker's. "X, citing Y, said" parsed with X
   as the participle's subject has X as speaker; "citing its own count" keeps X the source.
   "X, a lawmaker who cited Y" cites through the apposition: source Y, via X.
3. Otherwise the source is None: the outlet itself stands behind the figure.

A source's name is its noun phrase without determiners, dates, relative clauses or appositions,
cut to a person's name when it is one ("Security Council Secretary Sergei Shoigu" -> "Sergei
Shoigu"), without a trailing document word ("the May 2025 ... Monitoring Team report" -> "...
Monitoring Team"). A bare evidence word ("current estimates", "figures") names nobody: None.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .counted import own_subject, predicate_chain
from .modality import rejects_proposal
from .spans import entity_at

SAY_VERBS = frozenset(
    "say tell report state announce claim confirm estimate believe assess think suggest indicate "
    "place put count reveal disclose add note write tally calculate project allege deny "
    "acknowledge admit warn describe register record raise revise reject expect fear predict "
    "forecast promise pledge offer demand".split()
)
#: Saying verbs that say only with a clause: with the figure as object they mean something else
#: ("admitted 486 patients", "added 30 beds").
CLAUSE_SAY_VERBS = frozenset({"admit", "add"})
#: Verbs that attribute only when no saying verb does ("X raised its count to ..., Y said").
WEAK_SAY_VERBS = frozenset({"register", "record", "raise", "revise", "count", "tally", "place", "put",
                            "pledge", "promise", "offer", "demand"})
JOINS = frozenset({"for", "of", "and"})
RELATIVE = frozenset({"which", "who", "that"})
#: People speaking for an institution: "engineers from X", "researchers at X" -> X.
GROUP_NOUNS = frozenset({"engineer", "researcher", "official", "expert", "analyst", "scientist",
                         "economist", "spokesperson", "spokesman", "spokeswoman", "staff",
                         "organiser", "organizer", "member", "volunteer", "staff", "representative"})
CITE_VERBS = frozenset({"cite", "quote"})
DOCUMENT_NOUNS = frozenset({"report", "reporting", "statement", "data", "figure", "assessment", "study",
                            "survey", "briefing", "bulletin", "update", "tally", "count", "estimate"})
EVIDENCE_NOUNS = frozenset({"estimate", "figure", "data", "number", "count", "report", "tally", "source",
                            "assessment", "reporting"})
TIME_WORDS = frozenset({"current", "recent", "latest", "new", "early", "earlier", "initial", "previous",
                        "preliminary", "official", "final", "updated", "last"})
INFO_NOUNS = frozenset({"intelligence", "information", "data", "figure", "report", "estimate", "assessment", "briefing",
                        "list", "record", "tally", "count", "bulletin", "statement", "document", "survey"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl"})


@dataclass(frozen=True)
class Attribution:
    source: str | None = None
    via: str | None = None
    cue: str | None = None
    verb: Token | None = None  # the speech verb, for modality
    token: Token | None = None  # where the attribution is ("according" or the verb)


def attribute(sentence: Span, anchor: Token) -> Attribution:
    """The source, via and cue for the figure at ``anchor`` (module docstring rules).

    An attribution across a line break does not count: a headline the parser ran into the first
    sentence is not attributed by that sentence's "X said".
    """
    said = _own_relative(anchor) or _according_to(sentence) or _speech_verb(anchor) or Attribution()
    if said.token is not None:
        low, high = sorted((said.token.idx, anchor.idx))
        if "\n" in sentence.doc.text[low:high]:
            return Attribution()
    return said


#: Verbs by which a figure's own relative clause names who gives it: "the 60 the operator listed".
GIVING_VERBS = frozenset({"list", "give", "cite", "quote", "count", "report", "put", "record", "register"})


def _own_relative(anchor: Token) -> Attribution | None:
    """"far more than the 60 the operator listed": a relative clause on the figure itself, with a
    subject and a verb of giving figures, names its source (rule 0, before the sentence's own)."""
    for clause in anchor.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in GIVING_VERBS | SAY_VERBS:
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None:
                return Attribution(name(subject), None, clause.lower_, clause, clause)
    return None


def _according_to(sentence: Span) -> Attribution | None:
    for token in sentence:
        if token.lower_ != "according":
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            continue
        cited = _cited(obj)
        if cited:
            return Attribution(cited[0], cited[1], "according to", token=token)
        return Attribution(name(_behind(obj)), None, "according to", token=token)
    return None


def _cited(speaker: Token) -> tuple[str | None, str | None] | None:
    """(source, via) for "X, who cited Y" and "X cited by Y" (also through an apposition: "X, a
    lawmaker who cited Y", and a conjoined relative: "X, who sits on ... and cited Y"); None when
    neither."""
    described = [a for c in speaker.children if c.dep_ == "appos" for a in c.children]
    clauses = [c for c in (*speaker.children, *described) if c.dep_ in ("relcl", "acl")]
    clauses += [c for clause in clauses if clause.dep_ == "relcl" for c in clause.conjuncts]  # "who sits ... and cited Y"
    for child in clauses:
        if child.lemma_.lower() not in CITE_VERBS:
            continue
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        if agent is not None:  # "X cited by Y"
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return name(speaker), name(by) if by is not None else None
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if obj is not None:  # "X, who cited Y"
            return name(_behind(obj)), name(speaker)
    return None


def _behind(obj: Token) -> Token:
    """"intelligence from Seoul's spy agency" -> the agency, "a list published by the provincial
    government" -> the government: information stands for its origin."""
    if obj.lemma_.lower() in INFO_NOUNS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "by"):
                origin = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if origin is not None:
                    return origin
            if prep.dep_ == "acl" and prep.tag_ == "VBN":  # "compiled by", "released by"
                origin = _by_whom(prep)
                if origin is not None:
                    return origin
    return obj


def _by_whom(participle: Token) -> Token | None:
    """The agent of a passive participle: "compiled by *families*"; None when there is none."""
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _speech_verb(anchor: Token) -> Attribution | None:
    chain = predicate_chain(anchor)
    root = chain[-1]
    candidates = [t for t in chain if t.pos_ in ("VERB", "AUX") or _noun_as_verb(t)]
    candidates += [c for c in root.children if c.dep_ in ("parataxis", "ccomp", "conj") and c.i > anchor.i]
    candidates += [c for c in root.children if c.dep_ == "parataxis" and c.i < anchor.i and any(
        t.dep_ == "conj" and t.head.i == root.i and c.i < t.i for t in chain)]  # "..., X said, and ..."
    candidates = [v for v in candidates if not (v.lemma_.lower() in CLAUSE_SAY_VERBS and
                                                any(c.dep_ == "dobj" for c in v.children)) and not rejects_proposal(v)]
    for verb in _ordered(candidates, chain):
        speaker = speaker_of(verb, {t.i for t in chain})
        if speaker is None or "\n" in verb.doc.text[min(speaker.idx, verb.idx):max(speaker.idx, verb.idx)]:
            continue
        citing = _citing(verb)
        if citing is not None:
            return Attribution(name(citing), name(speaker), verb.lower_, verb, verb)
        cited = _cited(speaker)
        if cited:
            return Attribution(cited[0], cited[1], verb.lower_, verb, verb)
        return Attribution(name(speaker), None, verb.lower_, verb, verb)
    return _owned_figure(chain)


def _ordered(candidates: list[Token], chain: list[Token]) -> list[Token]:
    """Saying verbs nearest the figure first; a weak one ("raised its count to ...") yields to a
    saying verb whose reported content it is ("X raised its count to 48,200, the NRI said")."""
    says = [v for v in candidates if v.lemma_.lower() in SAY_VERBS or _gives_figure(v)]
    if says and (says[0].lemma_.lower() in WEAK_SAY_VERBS or _gives_figure(says[0])):
        outer = [v for v in says[1:] if v.lemma_.lower() not in WEAK_SAY_VERBS and _reports(v, says[0])]
        if outer:
            return [*outer, *says]
    return says


def _noun_as_verb(token: Token) -> bool:
    """"British defence intelligence estimates that ...": a saying verb tagged as a plural noun,
    recognisable by the "that" clause it governs."""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and token.lemma_.lower() in SAY_VERBS and \
        any(c.dep_ == "ccomp" for c in token.children)


def _gives_figure(verb: Token) -> bool:
    """"gave the same figure of about 600", "cites an estimate of 4,000": a verb of giving figures
    whose object is a figure noun."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in EVIDENCE_NOUNS for c in verb.children)


def _reports(verb: Token, inner: Token) -> bool:
    """Is ``inner``'s clause the content (ccomp) of ``verb``, or ``verb`` a parenthetical after it?
    A conjoined clause counts as its first conjunct ("has released ... and promised ..., X said")."""
    if inner.dep_ == "conj" and inner.head.i != inner.i:
        return _reports(verb, inner.head)
    return (inner.head.i == verb.i and inner.dep_ == "ccomp") or \
        (verb.head.i == inner.i and verb.dep_ in ("parataxis", "ccomp"))


def speaker_of(verb: Token, exclude: set[int] = frozenset()) -> Token | None:
    """Who does the saying: the verb's subject (not the figure's own noun phrase), a relative
    pronoun's antecedent ("Homes for All, which says ..."), a shared subject of conjoined verbs,
    the noun just before it (", the director, Mark Ellison, said"), or for a participle ("...,
    adding that ...") the speaker of the saying verb beside it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "X is said to have sent": X is no speaker
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in exclude and not passive]
    speaker = subjects[-1] if subjects else None
    if speaker is not None and speaker.lower_ in RELATIVE and verb.dep_ == "relcl" and not speaker.is_upper:
        speaker = verb.head
    if speaker is None and verb.tag_ == "VBG":
        speaker = _beside(verb, exclude) or _gerund_subject(verb) or _clause_subject(verb)
    if speaker is None:  # "X, citing Y, said ...", parsed with X as the participle's subject
        speaker = next((s for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                        for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")), None)
    if speaker is None and _noun_as_verb(verb):
        speaker = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound"), None)
    if speaker is None:
        speaker = _just_before(verb)
    if speaker is None and verb.dep_ == "conj" and not verb.doc[verb.i - 1].is_punct:
        speaker = own_subject(verb)
    if speaker is not None and speaker.lower_ in ("he", "she"):
        speaker = _last_person(speaker)
    if speaker is None or speaker.lower_ in ("this", "that", "which", "who", "we", "i", "you") and not \
            (speaker.is_upper and len(speaker.text) > 1):  # "the WHO warned": an acronym
        return None
    return speaker  # "it"/"they" are resolved against earlier sources (sources.py)


def _just_before(verb: Token) -> Token | None:
    prev = verb.i - 1
    while prev >= 0 and verb.doc[prev].is_punct:
        prev -= 1
    if prev < 0 or prev == verb.i - 1:
        return None
    token = verb.doc[prev]
    return _appositive_head(token) if token.pos_ in ("NOUN", "PROPN") else None


def _appositive_head(token: Token) -> Token:
    """"Sergei Shoigu, the secretary of Russia's Security Council, said": the noun before the verb
    ends an apposition; the speaker is the name it describes."""
    node = token
    while node.head.i != node.i and node.dep_ in ("pobj", "prep", "poss", "case", "compound", "appos"):
        if node.dep_ == "appos":
            return node.head
        node = node.head
    return token


def _beside(verb: Token, exclude: set[int]) -> Token | None:
    if verb.tag_ != "VBG":
        return None
    for other in (verb.head, *verb.head.children):
        if other.i != verb.i and other.pos_ == "VERB" and other.lemma_.lower() in SAY_VERBS and other.tag_ != "VBG":
            return speaker_of(other, exclude)
    outer = verb.head.head  # "X denied that N had ..., saying the real figure was M": hung on the content
    if verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and outer.pos_ == "VERB" and outer.lemma_.lower() in SAY_VERBS \
            and outer.tag_ != "VBG":
        return speaker_of(outer, exclude)
    return None


def _clause_subject(verb: Token) -> Token | None:
    """"X offers a higher estimate, saying ...": a participle in an adverbial clause of the main
    clause is said by that clause's subject (inside reported speech it is not: "X said the real
    number was higher, estimating ..." is X's)."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return own_subject(verb.head)


def _last_person(pronoun: Token) -> Token | None:
    people = [e for e in pronoun.doc.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    return people[-1].root if people else None


def _owned_figure(chain: list[Token]) -> Attribution | None:
    """"Police have not changed their figure of 12,000", "stood by its estimate of about 12,000":
    a figure owned by the subject of the verb that holds it."""
    for node in chain[1:]:
        if node.pos_ == "NOUN" and node.lemma_.lower() in EVIDENCE_NOUNS | {"count", "figure", "estimate"}:
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in node.children):
                verb = next((t for t in predicate_chain(node)[1:] if t.pos_ in ("VERB", "AUX")), None)
                speaker = own_subject(verb) if verb is not None else None
                if speaker is not None and speaker.pos_ != "PRON":
                    return Attribution(name(speaker), None, verb.lower_, verb, verb)
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """"with intelligence indicating that ...": the noun the parser hangs on the gerund."""
    if verb.tag_ != "VBG":
        return None
    return next((c for c in verb.lefts if c.dep_ in ("compound", "npadvmod", "nsubj")), None)


def _citing(verb: Token) -> Token | None:
    """"X said ..., citing Y": Y; None when X cites its own count ("citing its own count", "citing
    their records": the possessive points back at the speaker, who stays the source)."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in CITE_VERBS:
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                return None
            if obj is not None:
                return _behind(obj)
    return None


def name(token: Token | None) -> str | None:
    """The cleaned noun phrase of a source (module docstring)."""
    if token is None:
        return None
    if token.lower_ in ("it", "they"):
        return token.lower_
    behind = _represented(token) or _named_after(token)
    if behind is not None:
        return name(behind)
    entity = _entity(token)
    if entity:
        return entity
    tokens = [t for t in _phrase(token) if t.dep_ != "det" and t.ent_type_ not in ("DATE", "TIME")]
    while tokens and (tokens[0].lower_ in TIME_WORDS or tokens[0].like_num or tokens[0].tag_ in ("JJR", "JJS")):
        tokens = tokens[1:]  # "the latest figures", "one estimate", "a higher estimate": nobody
    if len(tokens) > 1 and tokens[-1].lemma_.lower() in DOCUMENT_NOUNS and \
            sum(t.pos_ == "PROPN" for t in tokens[:-1]) >= 2:
        tokens = tokens[:-1]  # "the ... Monitoring Team report" (but "government survey" stays)
    tokens = _proper_tail(_title_span(tokens))
    if not tokens or (len(tokens) == 1 and tokens[0].lemma_.lower() in EVIDENCE_NOUNS):
        return None
    return token.doc[tokens[0].i:tokens[-1].i + 1].text.strip(" ,") or None


def _represented(token: Token) -> Token | None:
    """"engineers from the university" -> the university; "a count by the firm X", "reports from
    Lima", "assessments, repeated by local officials" -> who gives them ("an assessment quoted by
    analysts" stays: the quoting is a via, :func:`_cited`)."""
    lemma = token.lemma_.lower()
    evidence = lemma in EVIDENCE_NOUNS | {"count"}
    preps = ("from", "at") if lemma in GROUP_NOUNS else ("by", "from") if evidence else ()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if evidence and child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in CITE_VERBS:
            obj = _by_whom(child)
            if obj is not None:
                return obj
    return None


def _named_after(token: Token) -> Token | None:
    """"the newspaper Prothom Barta": a common noun directly followed by a proper name (that the
    parser hung elsewhere) is that name; its last word is returned."""
    if token.pos_ != "NOUN":
        return None
    doc, end = token.doc, token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    if end == token.i + 1 or any(t.head.i == token.i for t in doc[token.i + 1:end]):
        return None  # nothing after it, or its own modifier ("the ministry's X" is no name)
    return doc[end - 1]


def _entity(token: Token) -> str | None:
    """A person's name (titles dropped, also in apposition: "the governor, Helena Mussa") or an
    organisation's full name ("Homes for All") that ``token`` belongs to."""
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
            return _entity(child)
    span = entity_at(token)
    if span is None or span.label_ not in ("PERSON", "ORG"):
        return None
    bracket = next((t.i for t in span if t.text == "("), None)
    if bracket is not None and bracket > span.start:  # "the World Health Organization (WHO": the name
        span = token.doc[span.start:bracket]
    if span.label_ == "ORG":
        words = _title_span(list(_with_name_phrases(span)))
        span = token.doc[words[0].i:words[-1].i + 1]
    words = span[1:] if span[0].lower_ == "the" else span
    return words.text if len(words) else None


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
    if not tokens or not tokens[-1].is_title:
        return tokens
    doc, start, end = tokens[0].doc, tokens[0].i, tokens[-1].i + 1
    while end + 1 < len(doc) and doc[end].lower_ in JOINS and doc[end + 1].is_title and not doc[end].is_title:
        end += 2
    while start >= 1 and tokens[0].is_title and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" or
                                                 start >= 2 and doc[start - 1].lower_ in JOINS and doc[start - 2].is_title):
        start -= 1 if doc[start - 1].is_title else 2
    return [t for t in doc[start:end] if t.dep_ != "det" or t.i > start]


def _proper_tail(tokens: list[Token]) -> list[Token]:
    """"the data firm CrowdMetrics" -> "CrowdMetrics": a name after a common-noun title."""
    tail = []
    for t in reversed(tokens):
        if t.pos_ != "PROPN" or not (t.is_title or t.is_upper):
            break
        tail.insert(0, t)
    if tail and len(tail) < len(tokens) and all(t.pos_ == "NOUN" for t in tokens[:len(tokens) - len(tail)][-1:]):
        return tail
    return tokens


def _phrase(token: Token) -> list[Token]:
    """The noun phrase up to its head: left modifiers and compounds, no clauses or parentheses."""
    left = [t for t in token.subtree if t.i <= token.i]
    start = token.i
    for t in reversed(left[:-1]):
        if t.dep_ in CLAUSE_DEPS or t.text in ("(", ")", ",", "\u2014"):
            break
        start = t.i
    return [t for t in token.doc[start:token.i + 1]]


def _person(token: Token) -> str | None:
    if token.ent_type_ != "PERSON":
        return None
    span = entity_at(token)
    return span.text if span is not None and span.end == token.i + 1 else None
