"""Temporal expressions (TIMEX3-style), found in a parsed Doc and normalised against the article's date.

Finding: spaCy's DATE and TIME entities, plus token-Matcher rules for what its NER misses
("now", "currently", "the past", "at the time", "annually", bare "years", a year after a
preposition). Overlaps keep the longest span (``spacy.util.filter_spans``). Each span is then
trimmed to the TIMEX3 extent: leading prepositions and qualifiers go ("since 2010" -> "2010",
"more than a week" -> "a week", the qualifier kept as the ``mod``), trailing punctuation and
possessives go; ranges are split ("2009-2010", "1957-58", "March and April"); a weekday joins
the day that follows it ("Saturday (April 26)", "Sunday, 29 June"), whose year it then checks.

Normalising: :func:`normalise` (pure, no model; rules in :mod:`.normalise` for dates and
:mod:`.relative` for relative/vague expressions, durations and sets, arithmetic in
:mod:`.calendar`) with the tense of the governing verb (:mod:`.tense`), which picks
the year of partial dates the way HeidelTime's news mode does. Spans that do not normalise are
dropped, and so are ages ("22-year-old", "aged 40"), month names inside names ("Theresa May")
and four-digit counts ("of 2000 troops"): numbers are never dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...model import TimeExpression
from . import calendar as cal
from . import relative as rel
from .calendar import Normal
from .normalise import QUALIFIERS, normalise, normalise_full
from .tense import tense_of

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
SINGULAR_VERBS = ["was", "is", "has", "had", "saw", "marked", "brought", "began", "ended", "will"]
DATE_LEADS = {"last", "next", "this", "early", "late", "mid", "since", "until", "by", "in", "on", "of", "from"}


def extract(doc: Doc, reference: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression in ``doc``, normalised against ``reference`` (the article's date).

    Offsets index ``doc.text``. With no reference, dates that need one get X-values
    ("XXXX-06-30") and ``anchored=False``.
    """
    found: list[TimeExpression] = []
    for span in candidates(doc):
        for piece, normal in _pieces(span, reference):
            found.append(_record(piece, normal))
    return _resolve_anaphora(sorted(set(found), key=lambda t: (t.start, t.end)))


def _resolve_anaphora(found: list[TimeExpression]) -> list[TimeExpression]:
    """Date "the following day", "that day", "the previous year" from the last date told before
    them (at a granularity at least as fine as theirs); without one they stay unanchored."""
    resolved: list[TimeExpression] = []
    anchor: tuple[dt.date, str] | None = None
    for time in found:
        step = rel.anaphoric_step(time.text) if not time.anchored else None
        if step and anchor and FINENESS[anchor[1]] <= FINENESS[step[0]]:
            value, granularity = cal.shifted(anchor[0], *step)
            time = dataclasses.replace(time, value=value, granularity=granularity, anchored=True)
        resolved.append(time)
        anchor = _anchor(time) or anchor
    return resolved


FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}


def _anchor(time: TimeExpression) -> tuple[dt.date, str] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", time.value or "")
    if time.type != "DATE" or not time.anchored or not match:
        return None
    year, month, day = match.groups()
    granularity = "day" if day else "month" if month else "year"
    return dt.date(int(year), int(month or 1), int(day or 1)), granularity


def _record(span: Span, normal: Normal) -> TimeExpression:
    return TimeExpression(text=span.text, start=span.start_char, end=span.end_char, type=normal.type,
                          value=normal.value, granularity=normal.granularity, anchored=normal.anchored,
                          mod=normal.mod)


# --- finding ---------------------------------------------------------------------------------

def candidates(doc: Doc) -> list[Span]:
    """Candidate spans: spaCy DATE/TIME entities and matcher hits, longest kept on overlap."""
    spans = [piece for ent in doc.ents if ent.label_ in ("DATE", "TIME") for piece in _lines(ent)]
    hits = _matcher(doc.vocab)(doc, allow_missing=True)  # a doc without tags still gets the word rules
    spans += [doc[start:start + 1] if doc.vocab.strings[key] == "YEAR_SUBJECT" else doc[start:end]
              for key, start, end in hits if _plausible(doc[start:end])]
    return _merge_adjacent(sorted(filter_spans(spans), key=lambda s: s.start))


def _lines(span: Span) -> list[Span]:
    """An entity never crosses a line break ("June" ends one paragraph, "2024" starts the next)."""
    pieces, start = [], span.start
    for token in span:
        if token.is_space and "\n" in token.text:
            pieces.append(span.doc[start:token.i])
            start = token.i + 1
    pieces.append(span.doc[start:span.end])
    return [piece for piece in pieces if len(piece) and not all(t.is_space for t in piece)]


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
    if first.doc[first.end].text in ("(", ",") and _is_weekday(first):  # "Saturday (April 26)"
        found = normalise_full(joined.text, None)
        return found is not None and found.granularity == "day"
    return first.doc[first.end].lower_ in RANGE_WORDS and bool(_split(joined, None, None))


def _is_weekday(span: Span) -> bool:
    return _trim(span).text.lower() in cal.WEEKDAYS


def _close(span: Span) -> Span:
    """Take in the closing parenthesis of "Saturday (April 26)"."""
    doc = span.doc
    if "(" in span.text and ")" not in span.text and span.end < len(doc) and doc[span.end].text == ")":
        return doc[span.start:span.end + 1]
    return span


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
            [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "previous", "preceding", "next", "same"]}},
             {"LOWER": {"IN": ["day", "week", "weekend", "month", "year"]}}],
            [{"LOWER": "that"}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}]],
    "NAME": [[{"LOWER": {"IN": MONTH_NAMES}, "IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}}],
             [{"LOWER": {"IN": [w for w in cal.WEEKDAYS if len(w) > 4]}, "IS_TITLE": True}]],
    "YEAR": [[{"LOWER": {"IN": PREPOSITIONS}}, {"SHAPE": "dddd"}]],
    # A year as the subject of a singular verb ("2024 was a hard year"); counts take plural verbs.
    "YEAR_SUBJECT": [[{"SHAPE": "dddd", "IS_SENT_START": True}, {"LOWER": {"IN": SINGULAR_VERBS}}]],
    "UNITS": [[{"LOWER": {"IN": TIME_UNITS_PLURAL}, "POS": "NOUN"}],
              [{"LOWER": {"IN": ["a", "an", "one"]}}, {"LOWER": {"IN": ["hour", "day", "week", "month", "year",
                                                                     "decade", "minute"]}}]],
    "QUARTER": [[{"TEXT": {"REGEX": r"^[QH][1-4]$"}}, {"SHAPE": "dddd", "OP": "?"}]],
}


def _plausible(span: Span) -> bool:
    """Matcher hits that are temporal in context: not inside another entity ("Theresa May",
    "a total of 2000" as CARDINAL), not the start of a longer noun phrase."""
    if any(t.ent_type_ not in ("", "DATE", "TIME") for t in span if not t.is_punct and t.pos_ != "ADP"):
        return False
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
    while start < end - 1 and (doc[start].is_space or doc[start].lower_ in LEADING and not _keeps(doc, start, end)):
        start += 1
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].lower_ in TRAILING):
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


def _is_name(span: Span) -> bool:
    """A lone month name next to a proper noun is part of a name ("Theresa May", "August Wilson"),
    unless a date word leads it ("in May Russia attacked")."""
    if len(span) != 1 or span[0].lower_ not in cal.MONTHS:
        return False
    doc, i = span.doc, span.start
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and before.is_title:
        return True
    led = before is not None and (before.pos_ == "ADP" or before.lower_ in DATE_LEADS)
    return not led and after is not None and after.pos_ == "PROPN" and after.is_title


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
    if _is_age(span) or _is_name(span):
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
        return [(_close(trimmed), normal._replace(mod=normal.mod or mod))]
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
