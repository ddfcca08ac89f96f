"""Temporal expressions (TIMEX3-style), found in a parsed Doc and normalised against the article's date.

Finding: spaCy's DATE and TIME entities, plus token-Matcher rules for what its NER misses
("now", "currently", "the past", "at the time", "annually", bare "years", a year after a
preposition). Overlaps keep the longest span (``spacy.util.filter_spans``). Each span is then
trimmed to the TIMEX3 extent: leading prepositions and qualifiers go ("since 2010" -> "2010",
"more than a week" -> "a week", the qualifier kept as the ``mod``), trailing punctuation and
possessives go; ranges are split ("2009-2010", "1957-58", "March and April").

Normalising: :func:`normalise` (module :mod:`timex_normalise`, pure, no model) with the tense
of the governing verb, which picks the year of partial dates the way HeidelTime's news mode
does. Spans that do not normalise (ages like "22-year-old", bare numbers like "200+") are
dropped: numbers are never dates.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..model import TimeExpression
from . import timex_calendar as cal
from .timex_calendar import Normal
from .timex_normalise import QUALIFIERS, normalise, normalise_full

__all__ = ["extract", "normalise", "tense_of"]

LEADING = {"in", "on", "at", "by", "since", "until", "till", "til", "from", "through", "throughout", "during",
           "for", "of", "within", "before", "after", "as", "than", "between", "into", "to", "starting",
           "beginning", "ending", "and", "or", "-", "--", ",", "(", '"', "'", "“", "‘", "around", "about",
           "approximately", "roughly", "some", "nearly", "almost", "over", "more", "less", "under", "up", "least",
           "circa", "fewer", "upwards", "just", "only", "early", "late"}
TRAILING = {",", ".", ";", ":", ")", '"', "'", "”", "’", "'s", "’s", "-", "--", "earlier", "later", "before",
            "after", "prior", "and", "or", "to", "from", "until"}
RANGE_WORDS = {"-", "–", "—", "to", "and", "through", "or", "/", "until", "till"}
TIME_UNITS_PLURAL = ["years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"]
PREPOSITIONS = ["in", "since", "by", "until", "from", "during", "of", "before", "after", "through", "between",
                "and", "to", "early", "late", "mid", "fiscal"]
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# Headline present of reporting verbs tells the past: "Russia says Tuesday ..." (said on Tuesday).
REPORTING = {"say", "tell", "announce", "report", "confirm", "claim", "state", "deny", "reveal", "estimate",
             "add", "note", "admit", "acknowledge", "warn", "insist"}


def extract(doc: Doc, reference: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression in ``doc``, normalised against ``reference`` (the article's date).

    Offsets index ``doc.text``. With no reference, dates that need one get X-values
    ("XXXX-06-30") and ``anchored=False``.
    """
    found: list[TimeExpression] = []
    for span in candidates(doc):
        for piece, normal in _pieces(span, reference):
            found.append(_record(piece, normal))
    return sorted(set(found), key=lambda t: (t.start, t.end))


def _record(span: Span, normal: Normal) -> TimeExpression:
    return TimeExpression(text=span.text, start=span.start_char, end=span.end_char, type=normal.type,
                          value=normal.value, granularity=normal.granularity, anchored=normal.anchored,
                          mod=normal.mod)


# --- finding ---------------------------------------------------------------------------------

def candidates(doc: Doc) -> list[Span]:
    """Candidate spans: spaCy DATE/TIME entities and matcher hits, longest kept on overlap."""
    spans = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    spans += [doc[start:end] for _, start, end in _matcher(doc.vocab)(doc) if _plausible(doc[start:end])]
    return _merge_adjacent(sorted(filter_spans(spans), key=lambda s: s.start))


def _merge_adjacent(spans: list[Span]) -> list[Span]:
    """Join neighbouring spans that read as one expression: touching ("Friday" + "afternoon"),
    joined by "on"/"at" ("8 p.m. on Sunday"), or the two ends of a range ("January and March
    2025", split again later so that both ends share the stated year)."""
    merged: list[Span] = []
    for span in spans:
        if merged and _joins(merged[-1], span):
            merged[-1] = span.doc[merged[-1].start:span.end]
        else:
            merged.append(span)
    return merged


def _joins(first: Span, second: Span) -> bool:
    gap = second.start - first.end
    if gap < 0 or gap > 1:
        return False
    joined = _trim(first.doc[first.start:second.end])
    if gap == 0 or first.doc[first.end].lower_ in ("on", "at"):
        return normalise_full(joined.text, None) is not None
    return first.doc[first.end].lower_ in RANGE_WORDS and bool(_split(joined, None, None))


_MATCHERS: dict[int, Matcher] = {}


def _matcher(vocab) -> Matcher:
    key = id(vocab)
    if key not in _MATCHERS:
        matcher = Matcher(vocab)
        for name, patterns in PATTERNS.items():
            matcher.add(name, patterns)
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


MONTH_NAMES = [m for m in cal.MONTHS if len(m) > 3] + ["jan", "feb", "aug", "sept", "oct", "nov", "dec"]
PATTERNS = {
    "REF": [[{"LOWER": {"IN": ["now", "currently", "nowadays", "presently", "recently", "today", "tonight",
                               "yesterday", "tomorrow", "annually", "yearly"]}}],
            [{"LOWER": {"IN": ["daily", "weekly", "monthly", "quarterly"]}, "POS": "ADV"}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["past", "future"]}}],
            [{"LOWER": "at"}, {"LOWER": {"IN": ["the", "that"]}}, {"LOWER": "time"}],
            [{"LOWER": "these"}, {"LOWER": "days"}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "previous", "preceding", "next"]}},
             {"LOWER": {"IN": ["day", "week", "weekend", "month", "year"]}}]],
    "NAME": [[{"LOWER": {"IN": MONTH_NAMES}, "IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}}],
             [{"LOWER": {"IN": [w for w in cal.WEEKDAYS if len(w) > 4]}, "IS_TITLE": True}]],
    "YEAR": [[{"LOWER": {"IN": PREPOSITIONS}}, {"SHAPE": "dddd"}]],
    "UNITS": [[{"LOWER": {"IN": TIME_UNITS_PLURAL}, "POS": "NOUN"}],
              [{"LOWER": {"IN": ["a", "an", "one"]}}, {"LOWER": {"IN": ["hour", "day", "week", "month", "year",
                                                                     "decade", "minute"]}}]],
    "QUARTER": [[{"TEXT": {"REGEX": r"^[QH][1-4]$"}}, {"SHAPE": "dddd", "OP": "?"}]],
}


def _plausible(span: Span) -> bool:
    """Matcher hits that are temporal in context."""
    last = span[-1]
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if span[0].lower_ == "the" and following is not None and following.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return False  # "the past decade", "the future president": the longer phrase decides
    if span[-1].lower_ == "time" and following is not None and following.lower_ in ("of", "when", "that"):
        return False
    if last.lower_ in TIME_UNITS_PLURAL and (last.i > 0 and last.nbor(-1).like_num):
        return False
    return True


# --- trimming and splitting ------------------------------------------------------------------

def _trim(span: Span) -> Span:
    """Strip leading prepositions/qualifiers and trailing punctuation ("at the time" keeps "at")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and doc[start].lower_ in LEADING and not _keeps(doc, start, end):
        start += 1
    while end > start + 1 and doc[end - 1].lower_ in TRAILING:
        end -= 1
    return doc[start:end]


def _keeps(doc: Doc, start: int, end: int) -> bool:
    """Leading words that belong to the expression: "at the time", "early 2024", "late last July"."""
    word = doc[start].lower_
    if word == "at" and doc[start + 1:end].text.lower() in ("the time", "that time"):
        return True
    if word in ("early", "late"):
        return doc[start + 1].lower_ != "as"  # "as early as this month" -> "this month"
    return False


def _extend(span: Span) -> Span:
    """Take in a preceding "every"/"each" (a SET: "every Friday", "every two weeks")."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("every", "each"):
        return span.doc[span.start - 1:span.end]
    return span


def _qualifier_mod(span: Span, trimmed: Span) -> str | None:
    prefix = span.doc[span.start:trimmed.start].text.lower()
    for pattern, mod in QUALIFIERS:
        if re.search(r"\b" + pattern + r"$", prefix):
            return mod
    return None


def _is_age(span: Span) -> bool:
    """Ages are not dates: "22-year-old", "48 years old", "ages 6 months and older", "aged 40"."""
    doc = span.doc
    window = doc[max(span.start - 1, 0):min(span.end + 3, len(doc))]
    if any(t.lower_ in ("old", "older", "younger") for t in doc[span.start:window.end]):
        return True
    return any(t.lower_ in ("age", "ages", "aged") for t in doc[window.start:span.start + 1])


def _is_count(span: Span) -> bool:
    """A bare four-digit number counting a plural noun is a count, not a year ("of 2000 troops"),
    unless a date preposition precedes it ("in 2024 troops arrived")."""
    doc = span.doc
    if len(span) != 1 or not span[0].like_num or span.end >= len(doc):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return doc[span.end].tag_ in ("NNS", "NNPS") and before not in ("in", "since", "during", "until", "by")


def _pieces(span: Span, reference: dt.date | None) -> list[tuple[Span, Normal]]:
    """The normalised expressions in one candidate span: itself, its halves, or a shorter part."""
    if _is_age(span):
        return []
    trimmed = _trim(_extend(span))
    if _is_count(trimmed):
        return []
    tense = tense_of(trimmed)
    mod = _qualifier_mod(span, trimmed)
    split = _split(trimmed, reference, tense)
    if split:
        return split
    normal = _in_future(span, trimmed, reference, tense) or normalise_full(trimmed.text, reference, tense=tense)
    if normal is not None:
        return [(trimmed, normal._replace(mod=normal.mod or mod))]
    return _part(trimmed, reference, tense)


def _in_future(span: Span, trimmed: Span, reference: dt.date | None, tense: str | None) -> Normal | None:
    """"(will arrive) in two weeks" is a date two weeks on, not a duration."""
    if tense != "future" or trimmed.start == 0 or span.doc[trimmed.start - 1].lower_ != "in":
        return None
    return normalise_full("in " + trimmed.text, reference, tense=tense)


def _split(span: Span, reference: dt.date | None, tense: str | None) -> list[tuple[Span, Normal]]:
    """Both ends of a range of dates ("2009-2010", "1957-58", "June 10 and June 12"), or []."""
    for token in span[1:-1]:
        if token.lower_ not in RANGE_WORDS:
            continue
        left, right = span.doc[span.start:token.i], span.doc[token.i + 1:span.end]
        right_text = right.text
        if re.fullmatch(r"\d{4}", left.text) and re.fullmatch(r"\d\d", right_text):
            right_text = left.text[:2] + right_text  # "1957-58"
        second = normalise_full(right_text, reference, tense=tense)
        first = normalise_full(_with_year(left.text, right_text), reference, tense=tense)
        if first and second and first.type == second.type == "DATE":
            return [(left, first), (right, second)]
    return []


def _with_year(left: str, right: str) -> str:
    """The left end of a range borrows the right end's year: "1 January to 30 June 2025"."""
    year = re.search(r"\b\d{4}$", right)
    if year and re.search(r"[A-Za-z]", left) and not re.search(r"\d{4}", left):
        return f"{left} {year.group(0)}"
    return left


def _part(span: Span, reference: dt.date | None, tense: str | None) -> list[tuple[Span, Normal]]:
    """The longest part of a span that normalises, dropping words from either end."""
    for size in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - size + 1):
            part = span.doc[start:start + size]
            if part[0].is_punct or part[-1].is_punct or len(part.text) < 3:
                continue
            normal = normalise_full(part.text, reference, tense=tense)
            if normal is not None and normal.type != "SET":
                return [(part, normal)]
    return []


# --- tense ------------------------------------------------------------------------------------

def tense_of(span: Span) -> str | None:
    """Tense of the verb governing a span ("past", "present", "future"), else of its sentence.

    Simple past is past; will/shall/going to is future; the present looks ahead ("opens in
    February") except a reporting verb's ("says Tuesday": past); the present perfect has no side;
    a span after "since" is past, after "until" future.
    An infinitive takes :func:`_infinitive_tense`.
    """
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ("since", "until", "till"):
        return "past" if before == "since" else "future"
    verb = _governing_verb(span)
    tense = _verb_tense(verb) if verb is not None else None
    return tense or _sentence_tense(span.sent if span.doc.has_annotation("SENT_START") else span)


def _governing_verb(span: Span):
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _verb_tense(verb) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes) or _going_to(verb):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return None  # present perfect: no side of its own
    if verb.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxes):
        return "past" if verb.lemma_ in REPORTING and not auxes else "present"
    if any(a.tag_ == "TO" for a in auxes):
        return _infinitive_tense(verb)
    return None


def _infinitive_tense(verb) -> str:
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


def _going_to(verb) -> bool:
    return any(c.lower_ == "going" for c in verb.children) or (
        verb.head.lower_ == "going" and verb.dep_ == "xcomp")


def _sentence_tense(sent: Span) -> str | None:
    if any(t.lower_ in FUTURE_AUX and t.tag_ == "MD" for t in sent):
        return "future"
    if any(t.tag_ == "VBD" for t in sent):
        return "past"
    return None
