"""Terms of imprisonment: a span of time that is a sentence is a figure, not a duration.

"sentenced to 25 years", "asked for 40 to 50 years", "argued for 63 to 78 months", "the 25-year
sentence", "the 11 years given to X" are what a court story is about, as a fine in money is; they
are claims (unit "year", "month", "week" or "day"; nothing counted). Ordinary durations ("ran the
firm for 10 years", "its 87-year history", "in two weeks") stay non-claims.

:func:`unit` reads a number phrase ending at token ``end`` as a term when its time unit follows it
("25 years", "25-year") and

1. a word of custody follows the unit ("25 years in prison", "behind bars", "a 25-year prison
   term", "the 25-year sentence": :data:`TERM_NOUNS`); or
2. the document is about a sentence (it uses one of :data:`COURT_WORDS`: "sentenced",
   "prison", "jail", ...) and the unit (or the first of conjoined units) is governed by a verb of
   sentencing, asking or serving (:data:`TERM_VERBS`: "sentenced to", "asked for", "recommended",
   "received", "could be released after"), hangs on a term noun ("a term of 40 to 50 years"), or
   carries a clause of giving ("the 11 years given to", "the 24 years Skilling received").

A ceiling ("the maximum of 110 years the charges carried") hangs on neither and stays out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..spans import words

#: Time units a sentence is counted in -> the unit recorded on the figure.
TERM_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day"}
#: Nouns of custody: a unit followed by them, or a "N-year" before them, is a term.
TERM_NOUNS = frozenset({"prison", "jail", "gaol", "imprisonment", "incarceration", "custody", "sentence",
                        "term", "detention", "probation", "bars", "penitentiary"})
#: Nouns of asking for a term ("the recommendation of 100 years").
ASKING_NOUNS = frozenset({"recommendation", "request", "demand", "proposal"})
#: Words that make a document a court story.
COURT_WORDS = frozenset({"sentence", "sentenced", "sentencing", "prison", "jail", "imprisonment",
                         "incarceration", "convict", "convicted", "prosecutor", "prosecutors"})
#: Verbs that govern a term: handing it down, asking for it, serving it, or being freed after it.
TERM_VERBS = frozenset({"sentence", "ask", "seek", "request", "recommend", "argue", "urge", "propose",
                        "demand", "plead", "give", "hand", "impose", "receive", "get", "serve", "face", "expect",
                        "release", "free", "parole", "spend", "jail", "imprison", "order"})


def unit(doc: Doc, end: int) -> str | None:
    """The unit of a term of imprisonment that the number phrase ending at ``end`` gives, else None."""
    if end >= len(doc):
        return None
    hyphen = doc[end].text == "-" and end + 1 < len(doc)
    word = doc[end + 1] if hyphen else doc[end]
    term = TERM_UNITS.get(word.lemma_.lower()) or TERM_UNITS.get(word.lower_.rstrip("s"))
    if term is None:
        return None
    if hyphen:  # "the 25-year sentence", "a 25-year prison term"
        following = [t.lower_ for t in doc[end + 2:end + 4]]
        return term if any(w in TERM_NOUNS for w in following) else None
    if _custody_follows(doc, word.i) or (_court_story(doc) and _governed(word)):
        return term
    return None


def _custody_follows(doc: Doc, i: int) -> bool:
    """"25 years in prison", "ten years behind bars", "five years' imprisonment"."""
    after = [t.lower_ for t in doc[i + 1:i + 3] if t.text not in ("'", "’")]
    return bool(after) and (after[0] in TERM_NOUNS or after[0] in ("in", "behind") and after[1:2] != []
                            and after[1] in TERM_NOUNS)


def _court_story(doc: Doc) -> bool:
    return bool(words(doc) & COURT_WORDS)


def _governed(word: Token) -> bool:
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "after about 21 years, and after as little as 12.5 years"
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in TERM_VERBS for c in word.children):
        return True  # "the 11 years given to X", "the 24 years Skilling received"
    head = word.head
    if word.dep_ == "pobj" and head.head is not head:
        prep = head
        while prep.dep_ == "conj" and prep.head.i < prep.i:
            # "after 21 years and after as little as 12.5 years": the first of the repeated preposition
            prep = prep.head if prep.head.pos_ == "ADP" else next(
                (t for t in prep.sent if t.i < prep.i and t.dep_ == "prep" and t.lower_ == prep.lower_), prep.head)
        governor = prep.head
        if governor.lemma_.lower() in TERM_NOUNS | ASKING_NOUNS and head.lower_ == "of":
            return True  # "a term of 40 to 50 years", "a recommendation of 100 years"
        return head.lower_ in ("for", "to", "after", "of") and governor.lemma_.lower() in TERM_VERBS
    return word.dep_ in ("dobj", "attr", "oprd") and head.lemma_.lower() in TERM_VERBS
