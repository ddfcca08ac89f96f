"""Small helpers the measures submodules share: the verbs above a token, a container's listed state,
whether a figure counts people, and word lists more than one group reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from .... import gazetteer
from ..counted import predicate_chain
from ..measure_words import ADJECTIVES, CIVILIANS


#: Verbs of belief or knowledge that raise the subject of a clause of harm (round 13): "were
#: believed to have been executed", "are known to have died", "were feared to have drowned".
BELIEVING = frozenset({"believe", "fear", "know", "think", "presume", "understand", "say", "report", "confirm",
                       "assume", "suspect", "estimate"})

#: Verbs that put a count at its level: "put the number of dead at 40", "placed the toll at 36".
_PUTTING = frozenset({"put", "place", "set", "estimate", "fix", "peg"})


def _verb_above(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) among ``token``'s ancestors: the clause rules 28 and 30 read."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _people_counted(token: Token, head: str | None) -> bool:
    """Is the figure a count of people who are no personnel ("600 Haitians", "2,000 families", a bare
    number)? Sent back, they are no supplies (rule 8f). A demonym counts people whatever its
    entity label ("sends 2,655 more Afghans", round 13)."""
    if head is None or head in CIVILIANS or token.ent_type_ == "NORP":
        return True
    country = gazetteer.country(token.text) if token.text[:1].isupper() else None
    return country is not None and country.lower() != token.text.lower()


def _listed_state(container: Token) -> str | None:
    """"the number of dead", "the tally of the missing", "the list of missing": a container whose
    "of" object is a state adjective counts the people in that state."""
    for prep in container.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp", "amod") and obj.lower_ in ADJECTIVES:
                    return ADJECTIVES[obj.lower_]
    return None


def _verbs_above(token: Token, limit: int = 6) -> list[Token]:
    """The verbs (and adjectives of a predicate) above ``token``, nearest first, within ``limit`` steps."""
    out, node = [], token
    for _ in range(limit):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            out.append(node)
    return out


def _first_verb(token: Token) -> Token | None:
    return next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)


def _previous_sentence_start(token: Token) -> int:
    """The first token of the sentence before ``token``'s (its own sentence's first token in the first sentence):
    where rules that look back for the figure a bare count continues begin."""
    sentences = list(token.doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
    return sentences[index - 1].start if index else token.sent.start
