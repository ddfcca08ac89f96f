"""Who says so: the source of a figure, who relays it (via), and the cue that attributes it.

Rules, first that applies (:func:`attribute`):

1. "according to X" in the sentence -> source X, cue "according to". If X "cited"/"quoted" Y
   ("according to lawmaker Lee, who cited intelligence from Seoul's spy agency"), Y is the source
   and X the via; if X is "cited by" Y ("Western intelligence cited by The Times"), X is the
   source and Y the via.
2. A speech or estimate verb (:data:`SAY_VERBS`) on the path from the figure to the root, or the
   root's parenthetical "..., X said" -> its subject ("South Korea estimates that ...", "X places
   casualties at ...", "..., officials said"); "X said ..., citing Y" makes Y the source, X the via.
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

SAY_VERBS = frozenset(
    "say tell report state announce claim confirm estimate believe assess think suggest indicate "
    "show place put count reveal disclose add note write tally calculate project allege deny "
    "acknowledge admit warn describe".split()
)
CITE_VERBS = frozenset({"cite", "quote"})
DOCUMENT_NOUNS = frozenset({"report", "reporting", "statement", "data", "figure", "assessment", "study",
                            "survey", "briefing", "bulletin", "update", "tally", "count", "estimate"})
EVIDENCE_NOUNS = frozenset({"estimate", "figure", "data", "number", "count", "report", "tally", "source"})
TIME_WORDS = frozenset({"current", "recent", "latest", "new", "early", "earlier", "initial", "previous",
                        "preliminary", "official", "final", "updated", "last"})
INFO_NOUNS = frozenset({"intelligence", "information", "data", "figure", "report", "estimate", "assessment"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl"})


@dataclass(frozen=True)
class Attribution:
    source: str | None = None
    via: str | None = None
    cue: str | None = None
    verb: Token | None = None  # the speech verb, for modality


def attribute(sentence: Span, anchor: Token) -> Attribution:
    """The source, via and cue for the figure at ``anchor`` (module docstring rules)."""
    return _according_to(sentence) or _speech_verb(anchor) or Attribution()


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
            return Attribution(cited[0], cited[1], "according to")
        return Attribution(name(obj), None, "according to")
    return None


def _cited(speaker: Token) -> tuple[str | None, str | None] | None:
    """(source, via) for "X, who cited Y" and "X cited by Y"; None when neither."""
    for child in speaker.children:
        if child.dep_ not in ("relcl", "acl") or child.lemma_.lower() not in CITE_VERBS:
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
    """"intelligence from Seoul's spy agency" -> the agency: information stands for its origin."""
    if obj.lemma_.lower() in INFO_NOUNS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "by"):
                origin = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if origin is not None:
                    return origin
    return obj


def _speech_verb(anchor: Token) -> Attribution | None:
    chain = predicate_chain(anchor)
    root = chain[-1]
    candidates = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    candidates += [c for c in root.children if c.dep_ in ("parataxis", "ccomp") and c.i > anchor.i]
    for verb in candidates:
        if verb.lemma_.lower() not in SAY_VERBS:
            continue
        speaker = own_subject(verb) or _gerund_subject(verb)
        if speaker is None or speaker.lower_ in ("it", "this", "that", "which", "who"):
            continue
        citing = _citing(verb)
        if citing is not None:
            return Attribution(name(citing), name(speaker), verb.lower_, verb)
        return Attribution(name(speaker), None, verb.lower_, verb)
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """"with intelligence indicating that ...": the noun the parser hangs on the gerund."""
    if verb.tag_ != "VBG":
        return None
    return next((c for c in verb.lefts if c.dep_ in ("compound", "npadvmod", "nsubj")), None)


def _citing(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in CITE_VERBS:
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _behind(obj)
    return None


def name(token: Token | None) -> str | None:
    """The cleaned noun phrase of a source (module docstring)."""
    if token is None:
        return None
    person = _person(token)
    if person:
        return person
    tokens = [t for t in _phrase(token) if t.dep_ != "det" and t.ent_type_ not in ("DATE", "TIME")]
    while tokens and tokens[0].lower_ in TIME_WORDS:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1].lemma_.lower() in DOCUMENT_NOUNS:
        tokens = tokens[:-1]
    if not tokens or (len(tokens) == 1 and tokens[0].lemma_.lower() in EVIDENCE_NOUNS):
        return None
    return token.doc[tokens[0].i:tokens[-1].i + 1].text.strip(" ,") or None


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
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span.text if span is not None and span.end == token.i + 1 else None
