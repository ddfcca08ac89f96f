"""Finding number phrases in a parsed document and keeping only those that can be claims.

spaCy's number entities are unreliable for this ("more than 10 million" as MONEY, "200+" as
DATE, "25,000 to 30,000" split in two), so phrases are found with token rules and read with
:func:`newsclaims.extract.numbers.read`.

Finding (:func:`mentions`)
--------------------------
1. A *core* is a run of number tokens: digits ("14,000", "1.2"), number words ("twenty", "-",
   "five", "thousand"), scale words ("9 million"), "a"/"an" before a scale word ("a thousand",
   "a dozen"); or one vague word ("thousands", "dozens", "tens of thousands"); or a fraction
   word ("half", "a third", "two-thirds"), or a proportion "N in M" / "N out of M" ("one in four",
   "3 in 10", "nine out of ten", "one in every three": a fraction, when N < M <= 100 and M counts no
   time unit).
1b. A fraction of a scale word ("half a million", "a quarter of a million", "half a dozen") and a
   number and a half of one ("one and a half million") are one core, read as the count they make
   (500,000; round 9), never a fraction and a second figure "a million".
2. Two cores joined by "to", "-", "or" (or "between ... and") make one range, except after "from"
   ("rose from 50 to 80" is a change, two figures); a currency sign may open each bound ("between
   $1.35 billion and $1.6 billion", "$2.3 billion to $2.45 billion": one range, round 10).
3. The phrase takes a qualifier before it (:data:`numbers.QUALIFIERS`; also one that scraping glued
   to the word before: "shellsroughly half" reads "roughly half"; also one before a currency sign:
   "about $11 billion"), and "+", "or more", "%",
   "percent" or a multiplier "times" after it.
5. A country's dollars glued to the amount ("HK$54 a roll", "HK$300 million") make one core,
   read from the digits, the currency from the prefix (:data:`PREFIXED_DOLLARS`); so does a
   temperature glued to its scale letter ("44C", "110F", round 8 of issue 14: British outlets
   write heat so; not a label after a noun: "seat 12F"), read from the digits, unit ``celsius`` or ``fahrenheit``; "51 degrees Celsius"
   and "45°C" take the same units (:data:`UNITS`).
7. An amount glued to a short scale word ("$20bn", "$20bn-$30bn"; "m" and "k" only after a currency
   sign: "€300m", not "a 100m wall") is one core, read with the scale spelled out (round 13).
1c. "twice" / "thrice" that compare ("more than twice the 11 years", "twice as many")
   are a multiplier, ``times`` 2 / 3 (round 13).
4. A plain figure right after a verb of going past (:data:`EXCEEDING`: "losses exceed 6,000",
   "the toll topped 50"), or after "past"/"beyond" following a verb of moving ("temperatures
   climbed past 51 degrees", "the count went beyond 300"), is ``more_than`` that figure; the verb
   stays out of the phrase's text, "past" is kept in it.
8. "from X to Y" after a verb of spreading ("estimates run from 400 million to 4.5 billion euros",
   "anywhere from 1 billion to 4.5 billion", "ranging from 10 to 20") is one range, not a change
   (round 14; :data:`SPREAD_WORDS`).
6. A term of imprisonment ("sentenced to 25 years", "the 25-year sentence") takes its time unit
   as the quantity's unit (:mod:`.terms`); then it is no duration.
9. Currencies the ISO list names otherwise (round 21 of issue 14): "yuan" (and "renminbi") is ``CNY``, and
   dollars named by a national adjective ("80.5 million Canadian dollars", :data:`NATIONAL_DOLLARS`) take
   that country's code.
10. An ISO 4217 code written next to the amount ("UAH 10,800", "300 UAH", "USD 5 million") names its currency,
    unless the code is also an English word written in capitals (:data:`WORD_CODES`: "ALL", "TOP") or the
    sentence is all in capitals (a shouting headline, where any word looks like a code).
11. Rain and small lengths in millimetres (round 28 of issue 14): "572 mm of rain", "more than 400 millimetres" take
    unit ``mm`` (nothing counted), as metres take ``m``.

Which of them are not claims is :mod:`newsclaims.extract.nonclaims`' job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...model import Quantity
from . import nonclaims, terms
from .nonclaims import DIGITS, is_number_token
from .mention import Mention
from .numbers import FEW, FRACTIONS, GLUED, NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE, Reading, number, read

#: Measurement units after a number: the unit code recorded on the quantity (then nothing is counted).
UNITS: dict[str, str] = {
    "meter": "m", "metre": "m", "m": "m", "kilometer": "km", "kilometre": "km", "km": "km",
    "millimetre": "mm", "millimeter": "mm", "mm": "mm",  # round 28: "572 mm of rain"
    "mile": "mi", "square kilometer": "km2", "square kilometre": "km2", "km2": "km2",
    "square mile": "sq mi", "hectare": "ha", "acre": "acre", "ton": "t", "tonne": "t",
    "kilogram": "kg", "kg": "kg", "liter": "l", "litre": "l", "barrel": "barrel", "magnitude": "magnitude",
    # temperatures (round 8): "51 degrees Celsius", "45°C" (the tokenizer splits off "°" and "C")
    "degree celsius": "celsius", "degree centigrade": "celsius", "degree fahrenheit": "fahrenheit",
    "° c": "celsius", "° f": "fahrenheit", "°c": "celsius", "°f": "fahrenheit",
}
#: A temperature glued to its scale letter, one token for the tokenizer ("44C", "110F", "38.5C").
_GLUED_DEGREES = re.compile(r"^(\d+(?:\.\d+)?)°?([CF])$")
_DEGREE_SCALES = {"C": "celsius", "F": "fahrenheit"}
CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}
#: Dollars named by a country prefix glued to the amount ("HK$54", "NZ$1.2", "A$20"), which the
#: tokenizer keeps as one token: the amount is read from the digits, the currency from the prefix.
PREFIXED_DOLLARS: dict[str, str] = {"HK": "HKD", "US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD",
                                    "NZ": "NZD", "S": "SGD", "SG": "SGD", "NT": "TWD", "R": "BRL", "MX": "MXN"}
#: Dollars named by a national adjective before "dollars" (round 21 of issue 14: "80.5 million Canadian dollars").
NATIONAL_DOLLARS: dict[str, str] = {"canadian": "CAD", "australian": "AUD", "singapore": "SGD", "jamaican": "JMD",
                                    "taiwanese": "TWD", "zimbabwean": "ZWL", "namibian": "NAD", "fijian": "FJD"}
_PREFIXED = re.compile(r"^([A-Z]{1,2})\$(?=\d)")
#: Verbs of going past a level: the figure after them is a lower bound ("exceed 6,000").
EXCEEDING = frozenset({"exceed", "surpass", "top", "pass"})
_FRACTION_WORDS = frozenset(w for phrase in FRACTIONS for w in phrase.split()) - {"a", "one", "two", "three"}


def mentions(doc: Doc) -> list[Mention]:
    """Every number phrase in ``doc`` that may be a claim, in text order."""
    blocked = nonclaims.blocked_chars(doc.text)
    found, i = [], 0
    while i < len(doc):
        core = _core(doc, i)
        if core is None:
            i += 1
            continue
        mention = _mention(doc, *core)
        if mention and not nonclaims.excluded(doc, mention, blocked):
            found.append(mention)
        i = max(core[1], mention.end if mention else 0)
    return found


# --- cores -------------------------------------------------------------------------------------

def _core(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) token indices of the number (or vague/fraction word) starting at ``i``."""
    token = doc[i]
    if token.lower_ in ("tens", "hundreds") and _words(doc, i + 1, 2) == ["of", "thousands"]:
        return i, i + 3
    if token.lower_ in VAGUE or token.lower_ == "scores" and _next_is(doc, i, "of"):
        return i, i + 1
    if _is_fraction(doc, i):
        return _of_scale(doc, *_fraction_extent(doc, i))
    if token.lower_ in MULTIPLIER_WORDS and _words(doc, i + 1, 1) in (["the"], ["as"], ["that"]):
        return i, i + 1  # rule 1c: "more than twice the 11 years"
    if token.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in (*SCALES, "dozen"):
        start, end = i, i + 2
    elif is_number_token(token) or _prefixed_amount(token.text) or _glued_degrees(doc, i) or _glued_scale(doc, i):
        start, end = i, i + 1
    else:
        return None
    while end < len(doc) and _continues(doc, end):
        end += 1
    if _words(doc, end, 3) == ["and", "a", "half"] and end + 3 < len(doc) and doc[end + 3].lower_ in SCALES:
        return start, end + 4  # rule 1b: "one and a half million"
    return _proportion(doc, start, end) or (start, end)


#: Multiplier words read as "N times" when they compare ("twice the", "twice as many").
MULTIPLIER_WORDS = {"twice": "two times", "thrice": "three times"}


def _of_scale(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A fraction core with the scale word it is taken of (rule 1b: "half a million", "a quarter
    of a million"): the whole phrase is one count; else the fraction alone."""
    gap = 1 if _words(doc, end, 1) == ["of"] else 0
    words = _words(doc, end + gap, 2)
    if len(words) == 2 and words[0] in ("a", "an") and (words[1] in SCALES or words[1] == "dozen"):
        return start, end + gap + 2
    return start, end


def _proportion(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """"one in four", "nine out of ten": the core with its denominator (rule 1), or None."""
    words = _words(doc, end, 3)
    gap = 1 if words[:1] == ["in"] else 2 if words[:2] == ["out", "of"] else 0
    gap += gap and _words(doc, end + gap, 1) == ["every"]  # "one in every three" (round 10)
    j = end + gap
    if not gap or j >= len(doc) or not is_number_token(doc[j]) or doc[j].lower_ in SCALES:
        return None
    numerator, denominator = number(doc[start:end].text), number(doc[j].text)
    after = doc[j + 1].lemma_.lower() if j + 1 < len(doc) else ""
    if numerator is None or denominator is None or not numerator < denominator <= 100 \
            or after in nonclaims.TIME_UNITS:
        return None
    return start, j + 1


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
    between = _between_at(doc, start)
    end = _range_end(doc, start, end)
    end, anchor, unit = _suffixes(doc, end, end - 1)
    begin = between if between is not None else _qualifier_before(doc, _few_before(doc, start))[0]
    if begin == start and start > 1 and doc[start - 1].text in CURRENCY_SIGNS:
        signed, said = _qualifier_before(doc, start - 1)
        begin = signed if said else begin  # rule 3: "about $11 billion"
    span = doc[begin:end]
    text, first = _glued_qualifier(doc, begin) + span.text, span.start_char
    first -= len(text) - len(span.text)
    prefix = _PREFIXED.match(span.text)
    plain = re.sub(r"(?<=\s)[$€£¥₩](?=\d)", "", text)  # the sign between qualifier and amount
    degrees = _GLUED_DEGREES.match(doc[end - 1].text)  # rule 5: "44C"
    if degrees:
        plain = plain[:len(plain) - len(doc[end - 1].text)] + degrees.group(1)
    if _glued_scale(doc, end - 1):
        plain = _unglue_scales(plain)
    last = doc[end - 1].lower_
    if last in MULTIPLIER_WORDS:
        plain = plain[:len(plain) - len(last)] + MULTIPLIER_WORDS[last]  # rule 1c: "twice the"
    reading = read(_PREFIXED.sub("", plain) if prefix else plain)
    if reading is None:
        return None
    if reading.qualifier == "exact" and begin and doc[begin - 1].pos_ == "VERB" and doc[begin - 1].lemma_.lower() in EXCEEDING:
        reading = Reading(reading.value, reading.value, None, "more_than", reading.unit)  # rule 4
    elif reading.qualifier == "exact" and begin > 1 and doc[begin - 1].lower_ in ("past", "beyond") \
            and doc[begin - 2].pos_ == "VERB":  # rule 4: "climbed past 51 degrees"
        reading = Reading(reading.value, reading.value, None, "more_than", reading.unit)
        text, first = doc[begin - 1:end].text, doc[begin - 1].idx
    unit_end, measured = _measurement_unit(doc, end)
    unit = unit or reading.unit or (_DEGREE_SCALES[degrees.group(2)] if degrees else None) or measured \
        or _currency(doc, begin) or _currency(doc, start) or _unit_before(doc, begin) \
        or (PREFIXED_DOLLARS[prefix.group(1)] if prefix else None) or terms.unit(doc, end)
    quantity = _quantity(reading, unit, text, first, span.end_char)
    return Mention(quantity, begin, end, anchor, unit_end)


#: A scale glued to its amount, one token for the tokenizer ("20bn", "1.5bn-$2bn"; after a currency sign
#: also "$300m", "£40k"): rule 7.
_GLUED_SCALE = re.compile(r"^\d+(?:\.\d+)?(bn|mn|tn|m|k)(?:-[$€£]?\d+(?:\.\d+)?(?:bn|mn|tn|m|k))?$")
_SCALE_WORDS = {"bn": "billion", "mn": "million", "tn": "trillion", "m": "million", "k": "thousand"}


def _glued_scale(doc: Doc, i: int) -> bool:
    """Rule 7 (round 13): "$20bn", "$20bn-$30bn", "€300m": an amount glued to a short scale word; "m"
    and "k" only after a currency sign ("a 100m wall" is metres)."""
    glued = _GLUED_SCALE.match(doc[i].text)
    if glued is None:
        return False
    return glued.group(1) in ("bn", "mn", "tn") or i > 0 and doc[i - 1].text in CURRENCY_SIGNS


def _unglue_scales(text: str) -> str:
    """"20bn-$30bn" → "20 billion to 30 billion" (rule 7), for :func:`~.numbers.read`."""
    text = re.sub(r"(\d)(bn|mn|tn|m|k)\b", lambda m: f"{m.group(1)} {_SCALE_WORDS[m.group(2)]}", text)
    return re.sub(r"(?<=illion|ousand)-[$€£]?(?=\d)", " to ", text)


def _glued_degrees(doc: Doc, i: int) -> bool:
    """"reached 44C", "highs of 38.5C": a temperature glued to its scale letter (rule 5); not a
    label after a noun ("seat 12F", "Flat 3C", "Gate 4C")."""
    return bool(_GLUED_DEGREES.match(doc[i].text)) and (i == 0 or doc[i - 1].pos_ not in ("NOUN", "PROPN"))


def _prefixed_amount(text: str) -> bool:
    """"HK$54", "NZ$1.2": a country's dollars glued to the amount (:data:`PREFIXED_DOLLARS`)."""
    prefix = _PREFIXED.match(text)
    return prefix is not None and prefix.group(1) in PREFIXED_DOLLARS and bool(DIGITS.match(text[prefix.end():]))


def _unit_before(doc: Doc, begin: int) -> str | None:
    """A scale written before its value: "a magnitude 7.1 earthquake"."""
    return "magnitude" if begin and doc[begin - 1].lower_ == "magnitude" else None


def _glued_qualifier(doc: Doc, begin: int) -> str:
    """"shellsroughly half": a qualifier glued by scraping to the word before the number is the
    number's ("roughly " is returned, with the space that follows it); else ""."""
    if begin == 0 or doc[begin - 1].lower_ in QUALIFIERS or not doc[begin - 1].is_lower:
        return ""
    glued = GLUED.match(doc[begin - 1].lower_)
    if not glued or glued.group(2) not in QUALIFIERS:
        return ""
    return doc[begin - 1].text[len(glued.group(1)):] + doc[begin - 1].whitespace_


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
    between = _between_at(doc, start) is not None
    signed = start > 0 and doc[start - 1].text in CURRENCY_SIGNS
    after_from = start > 0 and doc[start - 1 - signed].lower_ == "from" and not _spread_from(doc, start - 1 - signed)
    if (joiner in ("to", "-", "–", "—", "or") and not after_from) or (joiner == "and" and between):
        at = end + 2 if signed and doc[end + 1].text == doc[start - 1].text and end + 2 < len(doc) else end + 1
        second = _core(doc, at)  # "$2.3 billion to $2.45 billion": the sign again (rule 2)
        if second is not None and is_number_token(doc[second[0]]) and second[0] == at:
            return second[1]
    return end


#: Words before "from" that make "from X to Y" a spread, not a change (rule 8).
SPREAD_WORDS = frozenset({"range", "run", "vary", "span", "anywhere", "somewhere"})


def _spread_from(doc: Doc, at: int) -> bool:
    """Rule 8 (round 14): "estimates run from 400 million to 4.5 billion", "could be anywhere from 1
    billion to 2 billion", "ranging from 10 to 20": "from X to Y" after a verb of spreading is one range."""
    return at > 0 and (doc[at - 1].lower_ in SPREAD_WORDS or doc[at - 1].lemma_.lower() in SPREAD_WORDS)


def _between_at(doc: Doc, start: int) -> int | None:
    """The index of "between" opening a range at ``start`` ("between 10 and 20", "between $1.35
    billion and ..."), else None."""
    at = start - 1 - (start > 0 and doc[start - 1].text in CURRENCY_SIGNS)
    return at if at >= 0 and doc[at].lower_ == "between" else None


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
    if end + 1 < len(doc) and doc[end + 1].lemma_.lower() == "dollar" and doc[end].lower_ in NATIONAL_DOLLARS:
        return end + 2, NATIONAL_DOLLARS[doc[end].lower_]  # round 21: "80.5 million Canadian dollars"
    if end < len(doc):
        code = currency_code(doc[end].lower_) or iso_code(doc[end])
        if code:
            return end + 1, code
    return end, None


#: ISO 4217 codes that are also English words, never read as a currency on their own (rule 10).
WORD_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "GEL", "PEN", "SOS", "TRY", "BAM", "MAD"})


def iso_code(token: Token) -> str | None:
    """The ISO 4217 code ``token`` is written as ("UAH", "USD"), or None (rule 10)."""
    text = token.text
    if len(text) != 3 or not text.isalpha() or not text.isupper() or text in WORD_CODES or text not in _iso_codes():
        return None
    if not any(t.is_alpha and not t.is_upper for t in token.sent):
        return None  # "FLOODS KILL 300, TOP OFFICIAL SAYS": a sentence in capitals
    return text


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    return frozenset().union(*_families().values())  # every code pycountry lists, grouped there by currency word


def currency_code(word: str) -> str | None:
    """ISO 4217 code of a currency word ("taka", "soles", "euros"), from ``pycountry``'s list: the
    last word of each currency's name, singular or with -s/-es."""
    table = _currencies()
    for form in (word, word.removesuffix("s"), word.removesuffix("es")):
        if form in table:
            return table[form]
    return None


def currency_codes(word: str) -> frozenset[str]:
    """Every ISO 4217 code a currency word may mean ("pesos" -> ARS, CLP, ..., PHP): several
    countries name their money alike; :func:`currency_code` gives the usual one."""
    families = _families()
    for form in (word.lower(), word.lower().removesuffix("s"), word.lower().removesuffix("es")):
        if form in families:
            return families[form]
    return frozenset()


@lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    import pycountry

    families: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        families.setdefault(currency.name.split()[-1].lower(), set()).add(currency.alpha_3)
    return {word: frozenset(codes) for word, codes in families.items()}


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for currency in pycountry.currencies:
        last = currency.name.split()[-1].lower()
        if len(last) >= 3 and last not in ("unit", "fund", "gold", "silver", "mark", "code"):
            table.setdefault(last, currency.alpha_3)
    table.update({"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "rouble": "RUB",
                  "yuan": "CNY", "renminbi": "CNY"})  # round 21: pycountry names it "Yuan Renminbi"
    return table


def _currency(doc: Doc, begin: int) -> str | None:
    for token in doc[max(0, begin - 2):begin]:
        if token.text in CURRENCY_SIGNS:
            return CURRENCY_SIGNS[token.text]
        if token.text.endswith("$") and token.text[:-1] in PREFIXED_DOLLARS:
            return PREFIXED_DOLLARS[token.text[:-1]]  # "A$ 1.5 million", split by the tokenizer
    return iso_code(doc[begin - 1]) if begin else None  # rule 10: "UAH 10,800"


# --- small helpers ---------------------------------------------------------------------------------

def _words(doc: Doc, start: int, size: int) -> list[str]:
    return [t.lower_ for t in doc[start:start + size]]


def _next_is(doc: Doc, i: int, word: str) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == word
