"""The tense that decides which side of the article's date a partial date falls on.

HeidelTime's news mode resolves "in April" or "Tuesday" by the tense of the sentence; here the
tense is read from the verb that governs the expression in spaCy's dependency parse, and from
the sentence when no verb governs it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# Headline present of reporting verbs tells the past: "Russia says Tuesday ..." (said on Tuesday).
REPORTING = {"say", "tell", "announce", "report", "confirm", "claim", "state", "deny", "reveal", "estimate",
             "add", "note", "admit", "acknowledge", "warn", "insist"}


def tense_of(span: Span) -> str | None:
    """Tense of the verb governing a span ("past", "present", "future"), else of its sentence.

    Simple past is past; will/shall/going to is future; the present looks ahead ("opens in
    February") except a reporting verb's ("says Tuesday": past); the present perfect has no side;
    a span after "since" is past, after "until" future; the earlier side of a comparison
    ("17 on Thursday, up from nine on Monday") is past.
    An infinitive takes :func:`_infinitive_tense`.
    """
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ("since", "until", "till"):
        return "past" if before == "since" else "future"
    if _compared_from(span):
        return "past"
    verb = _governing_verb(span)
    tense = _verb_tense(verb) if verb is not None else None
    return tense or _sentence_tense(span.sent if span.doc.has_annotation("SENT_START") else span)


COMPARISON_WINDOW = 6  # tokens between "up from" and the date ("up from 12,500 reported on Monday")


def _compared_from(span: Span) -> bool:
    """The span dates the earlier figure of "up from N on X" / "down from N on X"."""
    words = [t.lower_ for t in span.doc[max(0, span.start - COMPARISON_WINDOW):span.start]]
    return any(a in ("up", "down") and b == "from" for a, b in zip(words, words[1:]))


def _governing_verb(span: Span) -> Token | None:
    """The nearest verb up the dependency tree from the span's root."""
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _verb_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes) or _going_to(verb):
        return "future"
    if any(a.lower_ == "would" for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        return "future"  # future in the past: "said the vote would be held in May"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return None  # present perfect: no side of its own
    if verb.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxes):
        return "past" if verb.lemma_ in REPORTING and not auxes else "present"
    if any(a.tag_ == "TO" for a in auxes):
        return _infinitive_tense(verb)
    return None


def _infinitive_tense(verb: Token) -> str:
    """An infinitive looks forward from its matrix verb: "plans to visit in May" (future), unless
    that verb is a simple past ("agreed to sell in October": past)."""
    token = verb.head
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") and token is not verb:
            return "past" if token.tag_ == "VBD" else "future"
        if token.head is token:
            break
        token = token.head
    return "future"


def _going_to(verb: Token) -> bool:
    return any(c.lower_ == "going" for c in verb.children) or (
        verb.head.lower_ == "going" and verb.dep_ == "xcomp")


def _sentence_tense(sent: Span) -> str | None:
    if any(t.lower_ in FUTURE_AUX and t.tag_ == "MD" for t in sent):
        return "future"
    if any(t.tag_ == "VBD" for t in sent):
        return "past"
    return None
