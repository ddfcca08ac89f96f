"""Finding number phrases in a parsed document and keeping only those that can be claims.

spaCy's number entities are unreliable for this ("more than 10 million" as MONEY, "200+" as
DATE, "25,000 to 30,000" split in two), so phrases are found with token rules and read with
:func:`newsclaims.extract.numbers.read`.

Finding (:func:`mentions`)
--------------------------
1. A *core* is a run of number tokens: digits ("14,000", "1.2"), number words ("twenty", "-",
   "five", "thousand"), scale words ("9 million"), "a"/"an" before a scale word ("a thousand",
   "a dozen"); or one vague word ("thousands", "dozens", "tens of thousands"); or a fraction
   word ("half", "a third", "two-thirds").
2. Two cores joined by "to", "-", "or" (or "between ... and") make one range, except after "from"
   ("rose from 50 to 80" is a change, two figures).
3. The phrase takes a qualifier before it (:data:`numbers.QUALIFIERS`), and "+", "or more",
   "%", "percent" or a multiplier "times" after it.

Not claims (:func:`_excluded`), each a general rule
---------------------------------------------------
- years: four digits 1900-2100 with no separator and no qualifier, unless they count a plural noun;
- dates: a day number (<= 31) beside a month name ("June 30", "25 January");
- times ("10 a.m."), ages ("age 17", "17-year-old"), durations ("16 months", "one-year");
- model names: a number glued by a hyphen to letters ("KN-23", "Su-27"); phone numbers; URLs;
- "one" without a qualifier (a pronoun or determiner: "one of", "one painting"), and small number
  words after a definite determiner ("the two countries");
- a figure in parentheses right after another figure: a unit conversion ("(500 square miles)");
- a bare multiplier "three times" with neither qualifier nor comparison (a frequency).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Quantity
from .numbers import FEW, FRACTIONS, NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE, Reading, read

DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "h"})
DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "your", "both"})
#: Measurement units after a number: the unit code recorded on the quantity (then nothing is counted).
UNITS: dict[str, str] = {
    "meter": "m", "metre": "m", "m": "m", "kilometer": "km", "kilometre": "km", "km": "km",
    "mile": "mi", "square kilometer": "km2", "square kilometre": "km2", "km2": "km2",
    "square mile": "sq mi", "hectare": "ha", "acre": "acre", "ton": "t", "tonne": "t",
    "kilogram": "kg", "kg": "kg", "liter": "l", "litre": "l", "barrel": "barrel",
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB", "ruble": "RUB", "yen": "JPY",
}
CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?")
_TIME_WORD = re.compile(r"(second|minute|hour|day|week|month|year|decade)s?\b")
_FRACTION_WORDS = frozenset(w for phrase in FRACTIONS for w in phrase.split()) - {"a", "one", "two", "three"}


@dataclass(frozen=True)
class Mention:
    """A number phrase in a doc: its reading, token extent and the token standing for it in the parse."""

    quantity: Quantity
    start: int  # token index of the first token (qualifier included)
    end: int  # token index after the last token of the phrase
    anchor: int  # token whose syntactic head/children tell what is counted
    unit_end: int  # token index after any measurement unit words (where a counted noun may follow)


def mentions(doc: Doc) -> list[Mention]:
    """Every number phrase in ``doc`` that may be a claim, in text order."""
    blocked = _blocked_chars(doc.text)
    found, i = [], 0
    while i < len(doc):
        core = _core(doc, i)
        if core is None:
            i += 1
            continue
        mention = _mention(doc, *core)
        if mention and not _excluded(doc, mention, blocked):
            found.append(mention)
        i = max(core[1], mention.end if mention else 0)
    return found


# --- cores -------------------------------------------------------------------------------------

def is_number_token(token: Token) -> bool:
    text = token.lower_
    return bool(DIGITS.match(text)) or (text in NUMBER_WORDS and text not in ("and",))


def _core(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) token indices of the number (or vague/fraction word) starting at ``i``."""
    token = doc[i]
    if token.lower_ in ("tens", "hundreds") and _words(doc, i + 1, 2) == ["of", "thousands"]:
        return i, i + 3
    if token.lower_ in VAGUE or token.lower_ == "scores" and _next_is(doc, i, "of"):
        return i, i + 1
    if _is_fraction(doc, i):
        return _fraction_extent(doc, i)
    if token.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in (*SCALES, "dozen"):
        start, end = i, i + 2
    elif is_number_token(token):
        start, end = i, i + 1
    else:
        return None
    while end < len(doc) and _continues(doc, end):
        end += 1
    return start, end


def _continues(doc: Doc, j: int) -> bool:
    """Does token ``j`` continue the number run before it ("twenty-five", "9 million", "hundred and six")?"""
    token, prev = doc[j], doc[j - 1]
    if token.lower_ in SCALES or token.lower_ == "dozen":
        return True
    if token.text == "-" and not prev.whitespace_ and j + 1 < len(doc) and prev.lower_ in NUMBER_WORDS \
            and doc[j + 1].lower_ in NUMBER_WORDS and not token.whitespace_:
        return True
    if token.lower_ == "and" and prev.lower_ in ("hundred", "thousand") and j + 1 < len(doc) \
            and doc[j + 1].lower_ in NUMBER_WORDS:
        return True
    if prev.text == "-" or (prev.lower_ == "and" and j > 1 and doc[j - 2].lower_ in ("hundred", "thousand")):
        return token.lower_ in NUMBER_WORDS
    return token.lower_ in NUMBER_WORDS and prev.lower_ in NUMBER_WORDS and not DIGITS.match(prev.lower_) \
        and token.lower_ != "and" and _word_value_grows(prev.lower_, token.lower_)


def _word_value_grows(prev: str, word: str) -> bool:
    """"twenty five" continues, "five six" does not: a units word may follow only a tens word."""
    tens = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    return prev in tens and word not in tens


def _is_fraction(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.lower_ == "half":
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        glued = nxt is not None and nxt.text == "-" and not token.whitespace_
        return not glued and (nxt is None or nxt.lower_ in ("of", "the", "a", "its", "their", "his", "her")
                              or _qualifier_before(doc, i)[0] != i)
    if token.lower_ in ("a", "one", "two", "three") and i + 1 < len(doc):
        nxt = doc[i + 2] if doc[i + 1].text == "-" and i + 2 < len(doc) else doc[i + 1]
        return nxt.lower_ in _FRACTION_WORDS and nxt.lower_ != "half" and _next_is(doc, nxt.i, "of")
    return False


def _fraction_extent(doc: Doc, i: int) -> tuple[int, int]:
    if doc[i].lower_ == "half":
        return i, i + 1
    return (i, i + 4) if doc[i + 1].text == "-" else (i, i + 2)


# --- phrases -----------------------------------------------------------------------------------

def _mention(doc: Doc, start: int, end: int) -> Mention | None:
    between = start > 0 and doc[start - 1].lower_ == "between"
    end = _range_end(doc, start, end)
    end, anchor, unit = _suffixes(doc, end, end - 1)
    begin = start - 1 if between else _qualifier_before(doc, _few_before(doc, start))[0]
    span = doc[begin:end]
    reading = read(span.text)
    if reading is None:
        return None
    unit_end, measured = _measurement_unit(doc, end)
    unit = unit or reading.unit or measured or _currency(doc, begin)
    quantity = _quantity(reading, unit, span.text, span.start_char, span.end_char)
    return Mention(quantity, begin, end, anchor, unit_end)


def _few_before(doc: Doc, start: int) -> int:
    """Include "several" / "a few" / "a couple of" before a scale word ("several hundred")."""
    if doc[start].lower_ not in SCALES:
        return start
    for size in (3, 2, 1):
        if start >= size and " ".join(_words(doc, start - size, size)) in FEW:
            return start - size
    return start


def _quantity(reading: Reading, unit: str | None, text: str, start: int, end: int) -> Quantity:
    """Approximate figures keep their value as both bounds (the annotation convention: the best
    figure is also the best guess of each bound); stated bounds are kept as read."""
    low, high = reading.low, reading.high
    if reading.qualifier == "approx":
        low = high = reading.value
    return Quantity(reading.value, low, high, reading.qualifier, unit, text, start, end)


def _range_end(doc: Doc, start: int, end: int) -> int:
    """Extend a core over "to"/"-"/"or"/"and" (after "between") and a second core: one range."""
    if end + 1 >= len(doc):
        return end
    joiner = doc[end].lower_
    between = start > 0 and doc[start - 1].lower_ == "between"
    after_from = start > 0 and doc[start - 1].lower_ == "from"
    if (joiner in ("to", "-", "–", "—", "or") and not after_from) or (joiner == "and" and between):
        second = _core(doc, end + 1)
        if second is not None and is_number_token(doc[second[0]]) and second[0] == end + 1:
            return second[1]
    return end


def _suffixes(doc: Doc, end: int, anchor: int) -> tuple[int, int, str | None]:
    """Take "+", "or more", "%"/"percent"/"per cent" and a multiplier "times" after the number."""
    if end < len(doc) and doc[end].text == "+" and not doc[end - 1].whitespace_:
        end += 1
    elif _words(doc, end, 2) in (["or", "more"], ["or", "fewer"], ["or", "less"]):
        end += 2
    if end < len(doc) and doc[end].lower_ in ("%", "percent", "pct"):
        return end + 1, end, "percent"
    if _words(doc, end, 2) == ["per", "cent"]:
        return end + 2, end + 1, "percent"
    if end < len(doc) and doc[end].lower_ == "times":
        return end + 1, end, "times"
    return end, anchor, None


def _qualifier_before(doc: Doc, start: int) -> tuple[int, str | None]:
    """The first token of a qualifier phrase ending right before ``start`` (or ``start``)."""
    for size in (4, 3, 2, 1):
        if start - size < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start - size:start])
        if words in QUALIFIERS:
            return start - size, QUALIFIERS[words]
    return start, None


def _measurement_unit(doc: Doc, end: int) -> tuple[int, str | None]:
    for size in (2, 1):
        words = [t.lemma_.lower() for t in doc[end:end + size]]
        if len(words) == size and " ".join(words) in UNITS:
            return end + size, UNITS[" ".join(words)]
    return end, None


def _currency(doc: Doc, begin: int) -> str | None:
    for token in doc[max(0, begin - 2):begin]:
        if token.text in CURRENCY_SIGNS:
            return CURRENCY_SIGNS[token.text]
    return None


# --- exclusions ----------------------------------------------------------------------------------

def _excluded(doc: Doc, mention: Mention, blocked: list[tuple[int, int]]) -> bool:
    q = mention.quantity
    if any(s < q.end and q.start < e for s, e in blocked):
        return True
    tokens = doc[mention.start:mention.end]
    core = [t for t in tokens if is_number_token(t)]
    rules = (_is_year, _is_date, _is_time, _is_age_or_duration, _is_model_name, _is_pronoun_one,
             _is_definite_small, _is_conversion, _is_frequency)
    return bool(core) and any(rule(doc, mention, core) for rule in rules)


def _is_year(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    if len(core) != 1 or mention.quantity.qualifier != "exact" or not re.fullmatch(r"\d{4}", core[0].text):
        return False
    counts_plural = core[0].dep_ == "nummod" and core[0].head.tag_ == "NNS"
    return 1900 <= int(core[0].text) <= 2100 and not counts_plural


def _is_date(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    first, last = core[0], core[-1]
    if not re.fullmatch(r"\d{1,2}", last.text) or int(last.text) > 31:
        return False
    neighbours = [doc[i] for i in (first.i - 1, first.i - 2, last.i + 1) if 0 <= i < len(doc)]
    return any(t.lower_.rstrip(".") in MONTHS and (t.is_title or t.is_upper) for t in neighbours[:1] + neighbours[2:]) \
        or (neighbours[:2] and neighbours[0].text == "." and neighbours[1].lower_ in MONTHS)


def _is_time(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    nxt = doc[mention.end] if mention.end < len(doc) else None
    return nxt is not None and nxt.lower_ in CLOCK


def _is_age_or_duration(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    before = doc[mention.start - 1].lower_ if mention.start else ""
    if before in ("age", "aged", "ages"):
        return True
    following = [t for t in doc[mention.end:mention.end + 4] if not t.is_space][:2]
    after = [t.lemma_.lower() for t in following]
    if after[:1] == ["-"] and after[1:] and after[1] in TIME_UNITS:
        return True  # "17-year-old", "one-year anniversary"
    nxt = following[0].lower_ if following else ""
    return bool(after) and after[0] in TIME_UNITS or bool(_TIME_WORD.match(nxt))  # "16 months"


def _is_model_name(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    first = core[0]
    if first.i >= 2 and doc[first.i - 1].text in ("-", "/") and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_ and doc[first.i - 2].is_alpha:
        return True
    return bool(re.search(r"\d", first.text) and re.search(r"[A-Za-z]", first.text))


def _is_pronoun_one(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    return len(core) == 1 and core[0].lower_ == "one" and mention.quantity.qualifier == "exact"


def _is_definite_small(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"the two countries", "their three children": a determiner, not a count being reported."""
    before = doc[mention.start - 1].lower_ if mention.start else ""
    small = len(core) == 1 and core[0].is_alpha and core[0].lower_ in NUMBER_WORDS \
        and core[0].lower_ not in SCALES
    return small and (before in DEFINITE or doc[mention.start - 1].tag_ == "POS" if mention.start else False)


def _is_conversion(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"1,300 square kilometers (500 square miles)": the bracketed figure restates the first."""
    if mention.start < 2 or doc[mention.start - 1].text != "(":
        return False
    window = doc[max(0, mention.start - 5):mention.start - 1]
    return any(is_number_token(t) for t in window)


def _is_frequency(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"visited three times" counts occasions; "up to three times", "three times more" compare."""
    if mention.quantity.unit != "times":
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    comparing = nxt is not None and (nxt.tag_ in ("JJR", "RBR") or nxt.lower_ in ("as", "that", "the"))
    before = doc[mention.start - 1].lower_ if mention.start else ""
    return not (comparing or mention.quantity.qualifier != "exact" or before == "by")


def _blocked_chars(text: str) -> list[tuple[int, int]]:
    """Character spans no claim may touch: URLs, e-mail addresses and phone numbers."""
    spans = [m.span() for m in re.finditer(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\S+\.(?:com|org|net|co|io)/\S*", text)]
    return spans + [m.span() for m in _PHONE.finditer(text)]


# --- small helpers ---------------------------------------------------------------------------------

def _words(doc: Doc, start: int, size: int) -> list[str]:
    return [t.lower_ for t in doc[start:start + size]]


def _next_is(doc: Doc, i: int, word: str) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == word
