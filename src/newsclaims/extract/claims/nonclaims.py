"""Which number phrases are not claims: general rules over the tokens around a phrase.

Each rule is one function; :func:`excluded` applies them all.

- years: four digits 1900-2100 with no separator and no qualifier, unless they count a plural noun;
- dates: a day number (<= 31) beside a month name ("June 30", "25 January"), also the first of
  two days joined before one month name ("on 3 and 4 May", "the 9-10 March talks");
- ages in apposition: a bare number set off by commas right after a person's name ("Ana Ruiz, 34,
  a teacher"; also a double-barrelled one, "Lopez-Garza, 41,", or any proper name that is
  a subject with the number in apposition: "Okafor, 58, was charged"; round 9: also after a singular
  common noun for one person, "the surviving gunman, 24, was charged", "a rabbi, 41, who ...");
- times ("10 a.m."), ages ("age 17", "17-year-old"), durations ("16 months", "one-year"), but
  not a term of imprisonment, which :mod:`.terms` gave its unit ("sentenced to 16 months");
- model names: a number glued by a hyphen to letters ("KN-23", "Su-27"); phone numbers; URLs;
  an ungrouped number of three or more digits after "a"/"an" that counts nothing ("the first
  crash of a 787", "an 800 that was parked": a type of machine, not a count);
- names: a number inside a short quoted phrase named as a slogan, motto, title ... ("marched
  under the slogan "10 for 10"", "a campaign called "100 days"": :data:`NAMING_WORDS`);
- "one" without a qualifier (a pronoun or determiner: "one of", "one painting"), unless it is an
  item of a list of counts ("seven children and one man", "all of them died ... except one"),
  counts people a harm befalls or who survive it ("one person died", "killed one civilian", "one
  passenger survived"), is one of a group named by its harm ("One of the dead was a firefighter", "one of
  the injured"; not "one of the victims"), or is a part of a harmed group by degree ("56 were injured, one of them
  seriously": :data:`DEGREES`), and small number
  words after a definite determiner ("the two countries");
- a figure in parentheses right after another figure: a unit conversion ("(500 square miles)"),
  unless it is a percentage after a count ("6,214,889 (47.366%)": the count's share);
- phone numbers after a telephone word ("helpline: 1090", "call 112"), and an ungrouped number of
  four or more digits after "line" or "number" ("the toll-free line, 54747,", "the number is 1418");
- references and addresses: a bare number after a capitalised name ("Highway 97", "Canal 7"; not
  a country's name in a list: "India 98, Jordan 75 and Tunisia 49" are items), after a
  lower-case noun of a numbered thing (:data:`NUMBERED`: "flight 171", "gate 12", "route 9") or
  after a short upper-case code ("flight BA 2490", "route N 7"), a number before a street name
  ("1250 Riverside Drive", "48 rue Cler", "12 calle Mayor"), a number hyphenated to a noun it modifies
  ("a two-bedroom flat"), and "under 18" / "over 65" / "younger than 25" / "older than 60" with
  nothing counted (ages); a number after "No." ("a No. 5 alarm", "No. 10 Downing Street"); and a
  figure joined by "-for-" to another ("a 1,000-for-1,000 swap", "a one-for-one exchange": the
  name of a deal's terms);
- a figure restated by a definite "the first/last N" ("the first 1,212 bodies had waited ...":
  the determiner of a group counted before);
- ages in a range: "aged from one to 97", "ages between 3 and 12";
- thresholds: a figure named as one ("the 1% threshold", "the 1% that the WHO regards as the
  ceiling", "the Bank's 2% target", "falling back to its 2% target", "its target of 2 per cent", "its 2
  percent inflation target", round 9: a target is a level aimed at, not a figure reached; :data:`THRESHOLD_NOUNS`), and the size that a ban or limit applies to ("funerals with
  more than 50 mourners have been banned", "banned gatherings of over 100 people");
- years in a span: "the 2023-24 season" (its short end), "over 2025 and 2026" (a year joined to a
  year); a small number (up to five) of doses or of something required ("Two doses of the vaccine
  are 97% effective", "at least one required vaccine"): a regimen or a rule, not a count given;
- a bare multiplier "three times" with neither qualifier nor comparison (a frequency);
- a difference between figures ("estimates differ by 2,000", "a gap of 300 between the counts"):
  how far two counts are apart is no count itself;
- page furniture counting the page itself on a short line ("12 comments", "4 min read");
- how many speakers say the figures: a small number word counting the subject of a saying verb
  ("two Arab diplomats ... said", "three officials told reporters") is a determiner.

Round 13 (detection):

1. A list that leaves its noun out: a number right after "the" + a capitalised name, joined by ",",
   "and", ";", "while" to an earlier figure of its sentence ("won 208, the AfD 152 and the SPD 120",
   "... and the SSW one") is an item, not a name's number (:func:`_gapped_item`); neither is a number
   counting a plural noun after a short upper-case name ("the SPD 328 seats"), nor a bracketed figure
   followed by "for" a name ("208 (164 for the CDU and 44 for the CSU)": a part, no conversion).
2. The whole of a part: a small number word after "<N> of the" ("seven of the eight towers", "four of
   the committee's nine members") is stated, not a determiner (assembly drops a whole told before);
   not after a pronoun "one" ("One of the two countries sent ...").
3. "one" that counts: "one more" ("one more cut"), "just/only one <noun>", "one death was reported",
   "One sailor had minor injuries", "one of the gunmen had been shot dead", "16, including one of the
   two gunmen", "keeps its one seat", "one of them in a critical condition", "15 counts of murder and
   one of committing ..." (the list's "N <noun> of" repeated); "at least one of the firm's apps" stays
   a pronoun.
4. Levels and rates: the figure a majority needs ("the 316 needed for a majority", "the 5% needed to
   enter parliament", "A majority requires 316") is a threshold; an exchange's rate ("15 bodies for
   each hostage"; not money: "50,000 rupees for each of the injured") a reference.
5. Ages and periods: "Merz, who is 69, said", "until they turn 18" (ages); "the first half of the
   month" (a part of a period); "over 100 still in hospital" is no age bound (ages stay under 100);
   "4,277 second votes" is no duration.
6. A number naming one line ("the 112 emergency line") is a phone number; "the top two places" a
   determiner.

Round 14 (detection):

1. Levels and formations: a bare number after "level", "phase", "stage", "tier" ("raised to level 3")
   is a reference (:data:`NUMBERED`); one before a capitalised military formation ("the army's 2
   Brigade", "7 Armoured Division": :data:`FORMATIONS`) is a name.
2. "a girl of about 12", "a man of 40": a bare number after "of" and one person's noun, nothing counted,
   is an age (:func:`_age_of_person`).
3. A rank among a few: "the second of four" (an ordinal, "of", a small number with nothing counted) is
   a reference, a position on a scale (:func:`_rank_among`).
4. Keep-away distances: a distance told to keep ("stay at least 3 km from", "keep 2 km away") or
   naming a zone ("a zone of 8 km", "a radius of 10 km", "a 6 km exclusion zone") is a reference, a
   threshold (:func:`_keep_away`).
5. "one" that counts a person shot or stabbed dead ("one guard was shot dead") is a count.

Round 24 (detection):

1. Model designations: a type and its variant glued by a hyphen ("a Boeing 767-300", "another 737-900",
   "an Airbus A330-200", "the 787-9") name a model, not a range: after a capitalised name, with letters
   in the type, or of a shape no range has (a smaller second number, or an unround three digits then
   round hundreds); never when a range word comes before or it counts a plural noun ("150-200 houses")
   (:func:`_model_designation`).
2. Statutory bounds are references: "up to" after a penalty word ("can be fined up to 10,000 euros",
   "fines of up to 2,000"), "at least" / "up to" under "must" or "shall" ("must be at least 50 metres
   from"; not "must have died"), and a distance under a rule's participle ("100 metres is recommended",
   "is required to extend to 240 metres") (:func:`_is_legal_bound`).
3. "one each" counts ("Nice and Toulon two each and Metz one each"): no pronoun.
4. A name with a verb of its own is no gapped list item: "..., and the pan-Asian Stoxx 600 gave up 2.2%"
   (the index's name; :func:`_gapped_item`).
5. "The two survivors", "her three close contacts": a small definite number counting survivors or contacts
   is a count where the text first tells it (:func:`_first_survivors`); told again, a determiner.
6. A saying verb with an object and no clause says nothing: "his two contacts had shown no symptoms" counts
   no speakers (:func:`_is_speaker_count`; "three officials told reporters" and "two hospitals reported 40
   deaths" still do).

Round 25 (detection):

1. A ban's list of goods is no threshold: an exact figure "of" the object of a verb of banning or limiting counts
   the things it covers ("restricted exports of seven rare earth elements", "banned imports of 40 products"), unless
   that object is a gathering (:data:`GATHERINGS`: "banned gatherings of 100 people", a size limit) or the figure is
   compared ("gatherings of over 100 people"); "with" keeps the threshold ("funerals with more than 50 mourners")
   (:func:`_banned_size`).
2. "the last 20 living hostages": a definite "first/last N" stays a restated group
   (round 6) except where it is the body's first telling of the headline's figure ("All 20 living hostages ..." then
   "the last 20 living hostages"): that is a count (:func:`_is_restated_first`).

Round 26 (detection):

1. A unit of sale: "a dozen" right after a price ("$4.95 a dozen") is a reference, not the vague "a dozen"
   (:func:`_unit_of_sale`).
2. A purchase limit: goods "each" under a verb of rationing ("limited customers to two cartons each") are a cap per
   buyer, a reference (:func:`_purchase_limit`).

Round 28 (detection):

1. Money bounds are references (:func:`_money_bound`): the amount a rule reaches from ("relief only on the first
   £2 million", "tax above the first $10,000"), a money bound that sorts a group ("households with savings worth less
   than £20,000", "34% of estates are worth more than $1 million"; not one thing's worth: "the painting is worth more than
   £2 million", "the company's assets are worth more than $5 billion"), and the amounts a threshold, band, limit or
   tax allowance moves between ("the earnings level at which workers start paying will fall from $12,000 to $8,000",
   "the tax-free allowance will rise from €2,000 to €3,500"; not a wage, a price or a payment: "the minimum wage will
   rise from £9.50 to £10.40", "the daily allowance paid to refugees rose from $2 to $3").
2. A class's bound: a compared figure right after "anything" or "everything" ("classes anything above 115.6 mm in a day
   as very heavy rain", "everything over 30 knots counts as a gale") names where a class begins, a reference
   (:func:`_class_bound`); "more than 200 mm fell" (no "anything") is left alone.

Round 30 (detection):

1. A fraction of a period: "a standoff of five and a half hours": a number followed by "and a half" and a time unit is
   a duration (:func:`_is_age_or_duration`).
2. A person's age at an event: "whose daughter Emma was 7 when she died": a bare small number after a person's name and
   "was"/"is", followed by "when", is an age (:func:`_stated_age`).
3. What a motion needs to pass: "It needs 200 votes, two-thirds of the house, to pass": the level a motion, bill or
   "it" needs (with a "to" clause) is a threshold, and so is a fraction set beside that level (:func:`_needed_level`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ... import gazetteer

from .mention import Mention
from .terms import TERM_UNITS
from .verbs import SAY_VERBS
from .measure_words import ADJECTIVES, HAVING, NOUNS, VERBS
from .numbers import NUMBER_WORDS, QUALIFIERS, SCALES

DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
CURRENCY_SIGNS = frozenset("$€£¥₩")
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
TIME_UNITS = frozenset("second minute hour day night week weekend month year decade century min mins hr hrs sec".split())
#: What a page counts about itself: "12 comments", "3 shares", "4 min read", "250 views".
PAGE_WORDS = frozenset({"comment", "comments", "share", "shares", "view", "views", "like", "likes",
                        "reply", "replies", "min", "mins", "minute"})
PHONE_WORDS = frozenset({"helpline", "hotline", "phone", "telephone", "tel", "call", "dial", "fax", "whatsapp"})
#: Nouns for a line one calls: an ungrouped number of four or more digits after them is a phone number.
LINE_WORDS = frozenset({"line", "number"})
#: Nouns that make a figure a threshold rather than a count: "the 1% threshold".
THRESHOLD_NOUNS = frozenset({"threshold", "ceiling", "limit", "cap", "benchmark", "cutoff", "target"})
#: Verbs of banning or limiting: the size they apply to ("gatherings of more than 50") is a threshold.
BAN_VERBS = frozenset({"ban", "prohibit", "forbid", "outlaw", "restrict", "limit", "cap"})
STREET_WORDS = frozenset("street st avenue ave road rd drive dr boulevard blvd lane ln way place square".split())
#: Street words of other languages, written lower-case after the number ("48 rue Cler", "12 calle Mayor").
FOREIGN_STREET_WORDS = frozenset("rue avenida calle rua carrer strasse straße ulitsa ulica".split())
CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "h"})
DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "your", "both"})
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?")
_TIME_WORD = re.compile(r"(second|minute|hour|day|week|month|year|decade)s?\b")


def is_number_token(token: Token) -> bool:
    """Digits ("14,000", "1.2") or a number word ("twenty", "thousand")."""
    text = token.lower_
    return bool(DIGITS.match(text)) or (text in NUMBER_WORDS and text != "and")


def excluded(doc: Doc, mention: Mention, blocked: list[tuple[int, int]]) -> bool:
    """Is the phrase inside a blocked span (URL, phone) or caught by one of the rules?"""
    q = mention.quantity
    if any(s < q.end and q.start < e for s, e in blocked):
        return True
    tokens = doc[mention.start:mention.end]
    core = [t for t in tokens if is_number_token(t)]
    rules = (_is_page_count, _is_phone_after_label, _is_year, _is_date, _is_time, _is_age_or_duration,
             _is_age_apposition, _is_model_name, _is_type_number, _is_quoted_name,
             _is_pronoun_one, _is_definite_small, _is_conversion, _is_frequency, _is_reference,
             _is_address, _is_compound_modifier, _is_age_bound, _is_threshold, _is_difference,
             _is_speaker_count, _is_restated_first, _is_year_span, _is_regimen, _is_name_or_rank, _is_legal_bound, _money_bound, _class_bound)
    return _is_period_part(doc, mention) or bool(core) and any(rule(doc, mention, core) for rule in rules)


def _is_period_part(doc: Doc, mention: Mention) -> bool:
    """Round 13: "in the first half of the month", "half of the year": a part of a period of time is
    a duration, not a share of anything counted."""
    if mention.quantity.unit != "fraction" or mention.end - mention.start != 1 or doc[mention.start].lower_ != "half":
        return False
    before = doc[mention.start - 1].lower_ if mention.start else ""
    after = _words_at(doc, mention.end, 3)
    return before in ("first", "second", "latter") or after[:2] == ["of", "the"] and len(after) == 3 \
        and doc[mention.end + 2].lemma_.lower() in TIME_UNITS


def _is_page_count(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"12 comments", "4 min read", "1.2K shares": page furniture counting the page's own parts
    (:data:`PAGE_WORDS`), on a short line of its own or after "Share"."""
    nxt = doc[mention.end].lower_ if mention.end < len(doc) else ""
    if nxt not in PAGE_WORDS:
        return False
    line_start = doc.text.rfind("\n", 0, mention.quantity.start) + 1
    line_end = doc.text.find("\n", mention.quantity.end)
    line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)]
    return len(line.split()) <= 8


def _is_phone_after_label(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"Emergency helpline: 1090", "call 112": a number after a telephone word."""
    number = core[-1]
    if len(core) == 1 and re.fullmatch(r"\d{2,}", number.text) and number.dep_ == "nummod" \
            and number.head.i > number.i and number.head.tag_ == "NN" and \
            (number.head.lower_ in LINE_WORDS or number.head.lower_ in PHONE_WORDS):
        return True  # round 13: "the 112 emergency line" (a number naming one line)
    before = [t.lower_ for t in doc[max(0, mention.start - 3):mention.start] if not t.is_punct]
    if before and before[-1] in ("is", "was") and before[-2:-1] and before[-2] in LINE_WORDS:
        before = before[:-1]  # "the information line is 3635"
    if before and before[-1] in LINE_WORDS:  # "the toll-free line, 54747,"
        return len(core) == 1 and re.fullmatch(r"\d{4,}", core[0].text) is not None
    if len(before) >= 2 and before[-1].isdigit() and before[-2] in PHONE_WORDS:
        return True  # "hotline: 1878 999": the second group of a phone number
    return bool(before) and before[-1] in PHONE_WORDS


def _is_year(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    if len(core) != 1 or mention.quantity.qualifier != "exact" or not re.fullmatch(r"\d{4}", core[0].text):
        return False
    counts_plural = core[0].dep_ == "nummod" and core[0].head.tag_ == "NNS"
    before = [t for t in doc[max(0, core[0].i - 3):core[0].i] if t.text != ","]
    after_date = bool(before) and (before[-1].lower_.rstrip(".") in MONTHS or
                                   (re.fullmatch(r"\d{1,2}", before[-1].text) is not None and len(before) > 1
                                    and before[-2].lower_.rstrip(".") in MONTHS))
    return 1900 <= int(core[0].text) <= 2100 and (after_date or not counts_plural)


def _is_date(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    first, last = core[0], core[-1]
    if not re.fullmatch(r"\d{1,2}", last.text) or int(last.text) > 31:
        return False
    if last.i + 3 < len(doc) and doc[last.i + 1].lower_ in ("and", "or", "to", "-", "\u2013") \
            and re.fullmatch(r"\d{1,2}", doc[last.i + 2].text) and doc[last.i + 3].lower_.rstrip(".") in MONTHS \
            and doc[last.i + 3].is_title:
        return True  # "on 24 and 25 November": the first of two days before one month
    neighbours = [doc[i] for i in (first.i - 1, first.i - 2, last.i + 1) if 0 <= i < len(doc)]
    return any(t.lower_.rstrip(".") in MONTHS and (t.is_title or t.is_upper) for t in neighbours[:1] + neighbours[2:]) \
        or (neighbours[:2] and neighbours[0].text == "." and neighbours[1].lower_ in MONTHS)


def _is_time(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    nxt = doc[mention.end] if mention.end < len(doc) else None
    return nxt is not None and nxt.lower_ in CLOCK


def _is_age_or_duration(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    if mention.quantity.unit in TERM_UNITS.values():
        return False  # a term of imprisonment (:mod:`.terms`) is a figure
    before = [t.lower_ for t in doc[max(0, mention.start - 4):mention.start]]
    if before[-1:] and before[-1] in ("age", "aged", "ages") or before[-2:] == ["age", "of"]:
        return True  # "aged 17", "from the age of 17"
    if len(before) >= 3 and before[-1] in ("and", "or", ",", "to") and any(w in ("aged", "ages") for w in before[:-1]):
        return True  # "two men aged 19 and 23", "aged from one to 97"
    if before[-2:] in (["aged", "from"], ["aged", "between"], ["ages", "from"], ["ages", "between"]):
        return True  # "aged from one to 97": the lower bound
    if _stated_age(doc, mention, core, before):
        return True
    if before[-1:] == ["for"] and (_words_at(doc, mention.end + 1, 3) == ["in", "a", "row"]
                                   or _words_at(doc, mention.end, 1) in (["straight"], ["consecutive"])):
        return True  # round 27, rule 7: "rose for three sessions in a row": a run of periods is a duration
    following = [t for t in doc[mention.end:mention.end + 5] if not t.is_space
                 and t.lower_ not in ("more", "additional", "further", "consecutive")][:2]
    after = [t.lemma_.lower() for t in following]
    if after[:1] == ["-"] and after[1:] and after[1] in TIME_UNITS:
        return True  # "17-year-old", "one-year anniversary"
    nxt = following[0].lower_ if following else ""
    half = _words_at(doc, mention.end, 3)
    if half == ["and", "a", "half"] and mention.end + 3 < len(doc) and doc[mention.end + 3].lemma_.lower() in TIME_UNITS:
        return True  # round 30, rule 1: "five and a half hours"
    if len(before) >= 2 and before[-1] == "or" and before[-2] in TIME_UNITS:
        return True  # "another week or two"
    if nxt == "second" and following[0].i + 1 < len(doc) and doc[following[0].i + 1].pos_ == "NOUN":
        return False  # round 13: "4,277 second votes" (an ordinal before a noun, no time unit)
    return bool(after) and after[0] in TIME_UNITS or bool(_TIME_WORD.match(nxt))  # "16 months"


def _words_at(doc: Doc, i: int, n: int) -> list[str]:
    return [t.lower_ for t in doc[i:i + n]]


#: Verbs whose bare number, with nothing counted, is a person's age: "until they turn 18".
_AGEING = frozenset({"turn", "reach"})


def _stated_age(doc: Doc, mention: Mention, core: list[Token], before: list[str]) -> bool:
    """Round 13: "Merz, who is 69, said", "until they turn 18": a bare number (no qualifier, nothing
    counted after it) as the complement of "who is" after a name, or of "turn" said of people."""
    q = mention.quantity
    if len(core) != 1 or q.qualifier != "exact" or q.unit is not None or q.value is None or q.value > 120 \
            or mention.end >= len(doc) or doc[mention.end].pos_ in ("NOUN", "PROPN", "NUM"):
        return False
    if before[-2:] in (["who", "is"], ["who", "was"], ["who", "turns"], ["who", "turned"]) and \
            doc[mention.end].text in (",", ".", ";"):
        return True
    if before[-1:] in (["was"], ["is"]) and doc[mention.end].lower_ == "when" and mention.start >= 2 and \
            doc[mention.start - 2].pos_ == "PROPN" and doc[mention.start - 2].ent_type_ in ("PERSON", "") and q.value < 100:
        return True  # round 30, rule 2: "whose daughter Emma was 7 when she died"
    verb = core[0].head
    return verb.i < core[0].i and verb.pos_ == "VERB" and verb.lemma_.lower() == "turn" and \
        any(c.dep_ == "nsubj" and (c.lower_ in ("they", "he", "she", "i", "we", "you") or c.lemma_.lower() in PEOPLE)
            for c in verb.children)


def _is_age_apposition(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"said Ana Ruiz, 34, a teacher": a bare small number between commas (or before the sentence's
    end) right after a person's name is the person's age."""
    q = mention.quantity
    if len(core) != 1 or q.qualifier != "exact" or q.unit is not None or not re.fullmatch(r"\d{1,3}", core[0].text) \
            or int(core[0].text) > 120 or mention.start < 2 or mention.end >= len(doc):
        return False
    comma, name = doc[mention.start - 1], doc[mention.start - 2]
    while name.ent_type_ != "PERSON" and name.i >= 2 and doc[name.i - 1].text == "-" \
            and not doc[name.i - 1].whitespace_ and not doc[name.i - 2].whitespace_:
        name = doc[name.i - 2]  # "Bankman-Fried, 32,": a double-barrelled name
    last = doc[mention.start - 2]
    # round 27, rule 5: a capitalised name the tagger read as an adjective or noun ("Trump, 77, has pleaded")
    named = last.pos_ == "PROPN" or last.is_title and last.tag_ not in ("NNS", "NNPS") \
        and last.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
    person = name.ent_type_ == "PERSON" or (named and core[0].dep_ == "appos" and core[0].head == last
                                            and last.dep_ in ("nsubj", "nsubjpass") and last.ent_type_ != "GPE") \
        or _one_person(last)
    return comma.text == "," and doc[mention.end].text in (",", ".", ";") and person


#: Nouns of one person beyond :data:`PEOPLE` that news gives an age in apposition ("a rabbi, 41,").
PERSON_NOUNS = frozenset({"rabbi", "priest", "imam", "pastor", "suspect", "victim", "attacker", "gunman", "assailant",
                          "shooter", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
                          "grandmother", "grandfather", "widow", "owner", "survivor", "bystander", "witness",
                          "teenager", "youth", "accused", "defendant", "lawyer", "bishop", "chef", "singer"})
#: Endings of nouns of a person's role or trade ("a shopkeeper", "the spokeswoman", "a pianist").
_PERSON_ENDINGS = ("man", "woman", "er", "or", "ist", "ian", "ant", "ee")


def _one_person(noun: Token) -> bool:
    """A singular common noun for one person ("the surviving gunman, 24, was charged", "a rabbi,
    41, who ..."): :data:`PEOPLE`, :data:`PERSON_NOUNS`, or a role's ending (round 9)."""
    if noun.tag_ != "NN" or not noun.is_lower and not noun.is_title:
        return False
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE or lemma in PERSON_NOUNS or len(lemma) > 4 and lemma.endswith(_PERSON_ENDINGS) \
        and lemma not in _NOT_PERSONS


#: Singular nouns with a person's ending that name no person ("the number, 24,", "the border").
_NOT_PERSONS = frozenset({"number", "border", "water", "order", "letter", "centre", "center", "quarter", "chapter",
                          "error", "sector", "factor", "floor", "corridor", "total", "register", "counter",
                          "figure", "tower", "river", "paper", "power", "winter", "summer", "october", "november",
                          "december", "september", "plant", "grant", "percent", "fee", "committee", "guarantee"})


def _is_model_name(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    first = core[0]
    if _model_designation(doc, mention, core):
        return True
    if first.i >= 2 and doc[first.i - 1].text in ("-", "/") and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_ and doc[first.i - 2].is_alpha:
        return True
    return bool(re.search(r"\d", first.text) and re.search(r"[A-Za-z]", first.text))


#: Words before a range of numbers: "between 400-500 people" is a range whatever its shape.
_RANGE_WORDS = frozenset({"between", "from", "some", "about", "around", "roughly", "approximately", "nearly",
                          "almost", "estimated", "an"})


def _model_designation(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 24: "a Boeing 737-900", "another 767-300", "an Airbus A330-200", "the 787-9": a type and its
    variant glued by a hyphen name a model, not a range. The pair is a model where its first part has letters
    ("A330-200"), where a capitalised name comes right before it (a maker or an operator: "Boeing 777-300",
    "Delta 737-900"), or where its shape is no range's: three digits then a smaller number ("787-9",
    "777-300") or an unround three digits then round hundreds ("737-800"); never when it counts a plural
    noun after it ("115-200 houses") or a range word comes before it ("between 737-800")."""
    first = core[0]
    pair = None
    if first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_:
        pair = (doc[first.i - 2], first)  # "777-300": the variant alone is the mention
    elif len(core) >= 2 and core[1].i == first.i + 2 and doc[first.i + 1].text == "-" \
            and not first.whitespace_ and not doc[first.i + 1].whitespace_:
        pair = (first, core[1])
    if pair is None:
        return False
    kind, variant = pair
    if not re.fullmatch(r"\d{1,3}", variant.text):
        return False
    if kind.is_alpha:
        return False  # "Su-27" is another rule's; "up-to" is no model
    after = doc[variant.i + 1] if variant.i + 1 < len(doc) else None
    if after is not None and after.tag_ == "NNS" and after.lower_ not in ("jets", "aircraft", "planes", "jetliners"):
        return False  # "150-200 houses": a range that counts
    before = doc[kind.i - 1] if kind.i else None
    if before is not None and before.lower_ in _RANGE_WORDS | set(QUALIFIERS):
        return False
    if re.search(r"[A-Za-z]", kind.text) and re.search(r"\d", kind.text):
        return True  # "A330-200"
    if not re.fullmatch(r"\d{3}", kind.text):
        return False  # "2019-2020", "20-30"
    if before is not None and before.pos_ == "PROPN" and before.is_title and before.i != before.sent.start:
        return True  # "Boeing 737-900"
    a, b = int(kind.text), int(variant.text)
    return b < a or a % 10 != 0 and b % 100 == 0


#: Words that name a short quoted phrase: a number inside it is part of a name ("the slogan "15 for 15"").
NAMING_WORDS = frozenset({"slogan", "motto", "banner", "hashtag", "title", "name", "called", "named", "dubbed",
                          "entitled", "titled", "theme", "chant", "campaign", "song", "film", "book", "album",
                          "headline", "catchphrase", "tagline"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _is_quoted_name(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """A number inside a short quoted phrase (at most six words) that a naming word
    (:data:`NAMING_WORDS`) introduces within three words before the opening quote."""
    sent = doc[mention.start].sent
    opening = next((t for t in reversed(doc[max(sent.start, mention.start - 6):mention.start]) if t.text in QUOTES), None)
    if opening is None:
        return False
    closing = next((t for t in doc[mention.end:min(sent.end, opening.i + 8)] if t.text in QUOTES), None)
    if closing is None:
        return False
    before = doc[max(sent.start, opening.i - 3):opening.i]
    return any(t.lower_ in NAMING_WORDS or t.lemma_.lower() in NAMING_WORDS for t in before)


def _is_type_number(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"a crash of a 787", "an 800 parked at the gate": an ungrouped number of three or more digits
    after an indefinite article, counting nothing after it, names a type (a model), not a count."""
    first = core[0]
    if mention.start == 0 or len(core) != 1 or mention.quantity.unit is not None or \
            not re.fullmatch(r"\d{3,4}", first.text) or doc[mention.start - 1].lower_ not in ("a", "an"):
        return False
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "NUM", "SYM", "ADJ") and after.lower_ not in ("per", "%", "-")


#: Degrees of harm: "one of them seriously" is a part of the harmed group, a count.
DEGREES = frozenset({"seriously", "critically", "badly", "gravely", "severely", "fatally", "mortally", "slightly"})


def _is_pronoun_one(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    if len(core) == 1 and core[0].lower_ == "one" and mention.quantity.qualifier == "at_least" \
            and _words_at(doc, mention.end, 1) == ["of"] and not _one_of_harmed(doc, core[0]):
        return True  # round 13: "used at least one of the firm's apps"
    return len(core) == 1 and core[0].lower_ == "one" and mention.quantity.qualifier == "exact" \
        and not _listed_one(doc, core[0]) and not _one_harmed(core[0]) and not _one_by_degree(doc, core[0]) \
        and not _one_of_harmed(doc, core[0]) and not _one_counted(doc, core[0])


def _one_counted(doc: Doc, one: Token) -> bool:
    """Round 13: "one" that counts rather than points: "one more" ("one more cut", "14 cases, one more
    than last week"), "just one" / "only one" before a noun ("govern with just one partner"), "one"
    counting a harm noun ("One death was reported") or people who had a harm ("One sailor had minor
    injuries"), and "one of the <people>" made the subject of a harm verb ("one of the gunmen had been
    shot dead")."""
    nxt = doc[one.i + 1] if one.i + 1 < len(doc) else None
    prev = doc[one.i - 1].lower_ if one.i else ""
    if nxt is None:
        return False
    if nxt.lower_ == "more" and (one.i + 2 >= len(doc) or doc[one.i + 2].lower_ != "of"):
        return True
    if nxt.lower_ == "each" and (one.i + 2 >= len(doc) or doc[one.i + 2].lower_ != "of"):
        return True  # round 24: "Nice and Toulon two each and Metz one each": a count for each item
    if prev in ("just", "only") and nxt.pos_ == "NOUN" and one.dep_ == "nummod":
        return True
    if prev == "from" and any(t.lower_ == "to" and t.i + 1 < len(doc) and is_number_token(doc[t.i + 1])
                              for t in doc[one.i + 1:min(one.i + 4, one.sent.end)]):
        return True  # round 21: "went from one seat to 37": the first level of a change
    if prev == "including" and nxt.lower_ == "of" and one.i >= 2 and \
            any(t.like_num and t.pos_ == "NUM" for t in doc[one.sent.start:one.i - 1]):
        return True  # "rose to 16, including one of the two gunmen": a part of the figure before
    if prev in ("its", "their") and one.dep_ == "nummod" and one.head.dep_ == "dobj" and \
            one.head.head.lemma_.lower() in HOLDING:
        return True  # "keeps its one seat"
    noun, verb = one.head, one.head.head
    if one.dep_ == "nummod" and noun.i > one.i and NOUNS.get(noun.lemma_.lower()) in _HARMS \
            and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True  # "One death was reported"
    if one.dep_ == "nummod" and noun.lemma_.lower() in PEOPLE and noun.dep_ == "nsubj" and \
            verb.lemma_.lower() in HAVING and any(NOUNS.get(c.lemma_.lower()) in _HARMS for c in verb.children
                                                  if c.dep_ == "dobj"):
        return True  # "One sailor had minor injuries"
    harmed = one.head if one.dep_ in ("nsubj", "nsubjpass") else None
    return harmed is not None and nxt.lower_ == "of" and harmed.pos_ == "VERB" and \
        (VERBS.get(harmed.lemma_.lower()) in _HARMS or _shot_dead(harmed))


#: Verbs of holding or winning what is counted: "keeps its one seat", "won their one match".
HOLDING = frozenset({"keep", "retain", "hold", "win", "lose", "secure", "take", "gain"})


def _shot_dead(verb: Token) -> bool:
    """"had been shot dead", "was stabbed to death": a verb whose complement is death."""
    return any(c.lower_ in ("dead", "death") for c in verb.subtree if c.i > verb.i and c.i <= verb.i + 3)


def _one_of_harmed(doc: Doc, one: Token) -> bool:
    """"One of the dead was a firefighter", "one of the injured": a part of a group named by its
    state (a harm adjective, :data:`~.measure_words.ADJECTIVES`) is a count."""
    words = [t.lower_ for t in doc[one.i + 1:one.i + 4]]
    if words[:2] != ["of", "the"] or len(words) < 3:
        return False
    group = doc[one.i + 3]
    return ADJECTIVES.get(words[2]) in _HARMS  # not "one of the victims": a pronoun (round 4)


def _one_by_degree(doc: Doc, one: Token) -> bool:
    """"56 were injured, one of them seriously": "one of them" then a degree of harm (:data:`DEGREES`)."""
    words = [t.lower_ for t in doc[one.i + 1:one.i + 7]]
    if len(words) >= 3 and words[:2] in (["of", "them"], ["of", "those"], ["of", "whom"]) and words[2] == "in":
        return any(w in CONDITION_WORDS for w in words[3:5]) and "condition" in words[3:6]  # round 13
    return len(words) >= 3 and words[0] == "of" and words[1] in ("them", "those", "whom") and words[2] in DEGREES


#: States of a patient: "one of them in a critical condition" is a part of the harmed counted by degree.
CONDITION_WORDS = frozenset({"critical", "serious", "stable", "grave", "life-threatening", "satisfactory"})


#: People a harm may befall: "one person died", "one soldier was wounded" count them.
PEOPLE = frozenset({"person", "civilian", "resident", "child", "woman", "man", "passenger", "pilgrim", "worker",
                    "student", "villager", "tourist", "migrant", "patient", "soldier", "officer", "firefighter",
                    "policeman", "journalist", "miner", "fisherman", "protester", "boy", "girl", "baby",
                    "hiker", "climber", "driver", "sailor", "guest", "pedestrian", "prisoner", "inmate", "pupil",
                    "teacher", "nurse", "doctor", "crew", "member", "spectator", "fan", "vigilante", "guard",
                    "farmer", "herder", "trader", "fighter", "militant"})
_HARMS = frozenset({"killed", "wounded", "missing", "captured", "arrested"})
#: Verbs of coming through a harm: "one passenger survived" counts people too.
_SURVIVING = frozenset({"survive", "escape", "outlive"})


def _one_harmed(one: Token) -> bool:
    """"One person died", "one soldier was wounded", "killed one civilian": "one" counting people
    (:data:`PEOPLE`) that a harm verb (:data:`~.measure_words.VERBS`) befalls is a count, a claim."""
    noun = one.head
    verb = noun.head
    return one.dep_ == "nummod" and noun.lemma_.lower() in PEOPLE and \
        noun.dep_ in ("nsubj", "nsubjpass", "dobj") and (VERBS.get(verb.lemma_.lower()) in _HARMS or
                                                         verb.lemma_.lower() in _SURVIVING or _shot_dead(verb))


#: Words that join "one" to a list of counts before it: "seven children and one man".
LIST_JOINS = frozenset({"and", "or", ",", "except", "but"})


def _listed_one(doc: Doc, one: Token) -> bool:
    """"seven children and one man", "113 were women, seven were children and one was a man",
    "all of them died from the heat except one": "one" joined to the last item of a list of counts
    (a number in the clause stretch before the joining word, back to the previous comma, or for
    "except"/"but" a whole, "all"), not "one of", "one another"."""
    i = one.i - 1
    after = doc[one.i + 1].lower_ if one.i + 1 < len(doc) else ""
    if _gapped_item(doc, one.i) and after in ("", ".", ",", ";", "and"):
        return True  # "..., the Left 64 and the SSW one." (round 13)
    if i < 0 or doc[i].lower_ not in LIST_JOINS:
        return False
    if after == "another" or after == "of" and not _of_like_item(doc, one.i):
        return False
    exclusive = doc[i].lower_ in ("except", "but")
    for token in reversed(doc[max(one.sent.start, i - 12):i]):
        if token.text in (",", ";", ":") and not exclusive:
            break
        if token.like_num and token.lower_ != "one" or exclusive and token.lower_ == "all":
            return True
    return False


def _of_like_item(doc: Doc, one: int) -> bool:
    """"15 counts of murder and one of committing a terrorist act": "one of" + a bare noun or a
    gerund repeats the "N <noun> of <what>" item before it (the noun left out), no "one of the ..."."""
    if one + 2 >= len(doc) or doc[one + 2].pos_ in ("DET", "PRON", "NUM") or doc[one + 2].tag_ == "PRP$":
        return False
    before = doc[max(doc[one].sent.start, one - 8):one]
    return any(t.lower_ == "of" and t.i >= 2 and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 2].like_num for t in before)


def _is_definite_small(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"the two countries", "their three children": a determiner, not a count being reported."""
    before = doc[mention.start - 1].lower_ if mention.start else ""
    small = len(core) == 1 and core[0].is_alpha and core[0].lower_ in NUMBER_WORDS \
        and core[0].lower_ not in SCALES
    if small and before in ("top", "bottom") and mention.start >= 2 \
            and doc[mention.start - 2].lower_ in DEFINITE:
        return True  # round 13: "the top two places"
    if small and core[0].lower_ == "one" and not _is_pronoun_one(doc, mention, core):
        return False  # a "one" that counts (:func:`_one_counted`): "keeps its one seat"
    return small and (before in DEFINITE or doc[mention.start - 1].tag_ == "POS" if mention.start else False) \
        and not _whole_of_part(doc, mention.start) and not _first_survivors(doc, core[0])


#: Nouns of people an event leaves to be counted (round 24): "the two survivors", "his two household contacts".
_SURVIVAL_NOUNS = frozenset({"survivor", "contact"})


def _first_survivors(doc: Doc, number: Token) -> bool:
    """Round 24: a small number after a definite determiner that counts survivors or contacts ("The two
    survivors, both crew members, ...", "her three close contacts had no symptoms") states the count where the
    text tells it first; where the same number word counted the same noun before, it is a determiner."""
    noun = number.head
    if number.dep_ != "nummod" or noun.i <= number.i or noun.lemma_.lower() not in _SURVIVAL_NOUNS:
        return False
    return not any(t.lower_ == number.lower_ and t.head.lemma_.lower() == noun.lemma_.lower()
                   for t in doc[:number.i])


def _whole_of_part(doc: Doc, start: int) -> bool:
    """Round 13: "seven of the eight towers", "two of the six missing workers", "four of the board's nine
    members": the whole a part is taken from is stated there (a claim where it is told for the first time;
    assembly's "Restated whole" drops one told before), not a determiner."""
    i = start - 1
    while i > 0 and (doc[i].tag_ == "POS" or doc[i].pos_ in ("NOUN", "PROPN") and doc[i + 1].tag_ == "POS"):
        i -= 1  # "the committee's"
    if i < 2 or doc[i].lower_ not in ("the", "its", "their") or doc[i - 1].lower_ != "of" \
            or not is_number_token(doc[i - 2]) or doc[i - 2].lower_ == "and":
        return False
    part = doc[i - 2]  # a pronoun "one" picks out no counted part: "One of the two countries sent ..."
    return part.lower_ != "one" or _one_counted(doc, part) or _one_harmed(part) or _one_of_harmed(doc, part)


def _is_conversion(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"1,300 square kilometers (500 square miles)", "500 million soles (about $135 million)": the
    bracketed figure restates the one before it."""
    i = mention.start - 1
    while i > 0 and (doc[i].lower_ in QUALIFIERS or doc[i].text in CURRENCY_SIGNS):
        i -= 1
    if i < 2 or doc[i].text != "(":
        return False
    end = max(mention.end, mention.unit_end)
    if end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].pos_ in ("DET", "PROPN"):
        return False  # "208 (164 for the CDU and 44 for the CSU)": a part of the figure, round 13
    window = doc[max(0, i - 5):i]
    if mention.quantity.unit == "percent" and not any(t.text in ("%", "percent") or t.text.endswith("%") for t in window):
        return False  # "6,214,889 (47.366%)": a count's share is a figure of its own
    return any(is_number_token(t) for t in window)


def _is_reference(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"Highway 97", "Canal 7", "Article 5": a bare number right after a capitalised name; "flight
    BA 2490": an ungrouped number right after a short upper-case code (not a currency code: the
    quantity has no unit)."""
    if mention.start > 0 and _deal_terms(doc, mention):
        return True  # "a 1,000-for-1,000 swap", "15 bodies for each hostage"
    if _unit_of_sale(doc, mention) or _purchase_limit(doc, mention, core):
        return True  # round 26, rules 1-2: "$4.95 a dozen", "limited customers to two cartons each"
    if mention.quantity.qualifier != "exact" or mention.start == 0 or not core[0].text[0].isdigit():
        return False
    prev = doc[mention.start - 1]
    label = doc[mention.start - 2].text if prev.text == "." and mention.start >= 2 else prev.text
    if label in ("No.", "Nos.", "No", "Nos", "#") and (label != "No" or prev.text == "."):
        return True  # "a No. 5 alarm" (the tokenizer may split "No" from its dot)
    if _deal_terms(doc, mention):
        return True  # "a 1,000-for-1,000 swap"
    if prev.is_upper and prev.is_alpha and 1 <= len(prev.text) <= 3 and mention.quantity.unit is None \
            and len(core) == 1 and re.fullmatch(r"\d{1,5}", core[0].text) and prev.ent_type_ not in ("GPE", "NORP") \
            and not _counts_plural(core[-1]) and not _gapped_item(doc, mention.start) and not _name_list(doc, mention):
        return True
    counts_noun = core[-1].dep_ == "nummod" and core[-1].head.i > core[-1].i
    if prev.lower_ in NUMBERED and (prev.tag_ == "NN" or prev.lower_ in LEVELS) and len(core) == 1 and re.fullmatch(r"\d{1,5}", core[0].text) \
            and not counts_noun:
        return True  # "flight 171", "gate 12"
    if prev.ent_type_ == "NORP" and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == core[-1].i \
            and mention.start >= 2 and doc[mention.start - 2].lower_ == "the" and not counts_noun:
        return True  # round 27, rule 6: "the Nifty 50 lost 5.93%": an index's name the tagger took for a people
    return prev.is_title and prev.pos_ in ("PROPN", "NOUN") and not counts_noun \
        and prev.ent_type_ not in ("GPE", "NORP", "DATE") and not _country_item(doc, mention)


#: Round 26, rule 2: verbs that cap what each buyer may take ("limited customers to two cartons each").
RATIONING = frozenset({"limit", "restrict", "cap", "ration"})
RATIONING_FORMS = frozenset({"limited", "restricted", "capped", "rationed", "limits", "caps"})


def _unit_of_sale(doc: Doc, mention: Mention) -> bool:
    """Round 26, rule 1: "a dozen" right after a price ("$4.95 a dozen"): the unit the price is for, no count."""
    if mention.quantity.text.lower() not in ("a dozen", "per dozen") or mention.start < 2:
        return False
    price = doc[mention.start - 1]
    before = doc[mention.start - 2]
    return price.like_num and (before.tag_ == "$" or before.text in ("$", "£", "€", "¥"))


def _purchase_limit(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 26, rule 2: a number of goods "each" a verb of rationing allows ("limited customers to two cartons
    each", "capped sales at three packs each"): a cap per buyer, no count."""
    number = core[-1]
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "at"):
        return False
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    to = noun.head  # the tagger may read "limited" as an adjective ("had limited customers to ...")
    return after is not None and after.lower_ == "each" and any(
        t.lemma_.lower() in RATIONING or t.lower_ in RATIONING_FORMS for t in doc[max(0, to.i - 4):to.i])


def _counts_plural(token: Token) -> bool:
    """"the SPD 328 seats": a number that counts the plural noun after it is no code's number."""
    return token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ == "NNS"


#: Words that join the items of a list whose later items leave the counted noun out.
_ITEM_JOINS = frozenset({"and", ",", ";", "while", "or"})


def _gapped_item(doc: Doc, start: int) -> bool:
    """"the CDU won 208, the AfD 152 and the SPD 120": a number right after a definite name ("the" and
    a capitalised name: a party, a firm, a team) that a list word joins to an earlier figure of its
    sentence is an item of a list that leaves its noun out (round 13), not a name's number."""
    if start < 3:
        return False
    end = start
    while end < len(doc) and (is_number_token(doc[end]) or doc[end].lower_ in QUALIFIERS):
        end += 1
    if end < len(doc) and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return False  # round 24: "and the pan-European Stoxx 600 lost 2.6%": a name with a verb of its own
    i = start - 1
    if not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha or len(doc[i]) < 2:
        return False
    sent_start = doc[i].sent.start
    while i > sent_start and (doc[i].pos_ == "PROPN" or doc[i].is_title or doc[i].is_upper and doc[i].is_alpha
                              or doc[i].dep_ in ("amod", "compound") and doc[i].lower_ != "the"):
        i -= 1
    if doc[i].lower_ != "the" or i - 1 < sent_start or doc[i - 1].lower_ not in _ITEM_JOINS:
        return False
    return any(t.like_num and t.pos_ == "NUM" for t in doc[sent_start:i - 1])


#: Verbs and nouns of a trade (round 21): "15 bodies for each hostage" names a deal's rate only in a sentence of one.
_TRADING = frozenset({"exchange", "swap", "trade", "hand", "return", "release", "free", "repatriate", "deliver", "deal",
                      "give", "receive", "get"})


def _deal_terms(doc: Doc, mention: Mention) -> bool:
    """"a 1,000-for-1,000 swap", "one-for-one": figures joined by "-for-" name a deal's terms; so does
    an exchange's rate (round 13: "hands over 15 bodies for each hostage returned")."""
    number = doc[mention.end - 1]
    noun = number.head if number.dep_ == "nummod" and number.head.i > number.i else None
    if mention.quantity.unit is None and noun is not None and noun.tag_ == "NNS" and _words_at(doc, noun.i + 1, 2) in (["for", "each"], ["for", "every"]) \
            and any(t.lemma_.lower() in _TRADING for t in number.sent):  # round 21: "needed 24,000 votes for each seat" is a rate
        return True
    after = "".join(t.lower_ for t in doc[mention.end:mention.end + 2])
    before = "".join(t.lower_ for t in doc[max(0, mention.start - 2):mention.start])
    return after.startswith("-for") or before.endswith("for-")


def _is_restated_first(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"the first 1,212 bodies", "the last 40 residents": a definite "first/last N" restates a group; round 25, rule
    2: only a group the body of the text counted before (the same figure after the headline line)."""
    before = [t.lower_ for t in doc[max(0, mention.start - 2):mention.start]]
    if not (before in (["the", "first"], ["the", "last"]) and mention.quantity.qualifier == "exact"
            and core[0].text[0].isdigit() and mention.quantity.unit is None):
        return False
    headline_end = doc.text.find("\n")
    earlier = [t for t in doc[:mention.start - 2] if t.like_num and t.text[0].isdigit()]
    if any(t.text == core[0].text and t.idx > headline_end for t in earlier):
        return True  # "the first 1,212 bodies" after the body counted 1,212
    # round 25, rule 2: the body's first telling of the headline's figure is a count
    return not any(t.text == core[0].text for t in earlier)


#: Lower-case nouns of numbered things: a bare number right after one is its number ("flight 171").
NUMBERED = frozenset({"flight", "gate", "route", "platform", "terminal", "runway", "exit", "ward", "room", "berth",
                      "pier", "channel", "highway", "motorway", "bus", "track", "chapter", "article", "section",
                      "paragraph", "clause", "resolution", "page", "case", "item", "seat", "row", "cell", "block",
                      "level", "phase", "stage", "tier"})
#: Of :data:`NUMBERED`, the words of a level, read so whatever their tag ("raised to level 3": a verb's tag).
LEVELS = frozenset({"level", "phase", "stage", "tier"})
#: Military formations written with a number before them as a name: "the army's 1 Division" (round 14).
FORMATIONS = frozenset({"division", "brigade", "battalion", "regiment", "corps", "squadron", "fleet", "commando",
                        "battery", "platoon", "wing", "group"})
#: Nouns of a keep-away zone: "a zone of 8 km", "a radius of 10 km" (round 14).
ZONE_NOUNS = frozenset({"zone", "radius", "perimeter", "cordon", "exclusion"})
#: Verbs of keeping away: "stay at least 3 km from the crater".
KEEP_VERBS = frozenset({"stay", "keep", "remain"})
DISTANCE_UNITS = frozenset({"km", "m", "mi", "mile", "kilometre", "kilometer", "metre", "meter"})
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth highest lowest".split())


def _is_name_or_rank(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 14 rules 1-4: a formation's number, an age after "a boy of", a rank among a few, a
    keep-away distance."""
    return _formation(doc, mention, core) or _age_of_person(doc, mention, core) or _rank_among(doc, mention, core) \
        or _keep_away(doc, mention)


def _formation(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"the army's 1 Division", "3 Commando Brigade": a bare number before capitalised words ending in
    a singular formation noun (:data:`FORMATIONS`) names the formation."""
    if mention.quantity.qualifier != "exact" or len(core) != 1 or not core[0].text.isdigit():
        return False
    for token in doc[mention.end:mention.end + 3]:
        if not token.is_title:
            return False
        if token.lower_ in FORMATIONS:
            return True
    return False


def _age_of_person(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"a boy of about 14", "a woman of 80": "of" after one person's noun, a number under 120 with
    nothing counted after it (not "a crew of 20": a collective)."""
    q = mention.quantity
    if mention.start < 2 or doc[mention.start - 1].lower_ != "of" or q.unit is not None or q.value is None \
            or q.value >= 120 or len(core) != 1:
        return False
    noun = doc[mention.start - 2]
    nxt = doc[mention.end] if mention.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "NUM"):
        return False
    return _one_person(noun) and noun.lemma_.lower() not in ("crew", "member", "staff", "team")


def _rank_among(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"kept at the second of four": an ordinal, "of", then a small number (up to 10) counting nothing."""
    q = mention.quantity
    if mention.start < 2 or doc[mention.start - 1].lower_ != "of" or q.qualifier != "exact" \
            or q.value is None or q.value > 10 or q.unit is not None:
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False
    prev = doc[mention.start - 2]
    return prev.lower_ in ORDINAL_WORDS or prev.tag_ == "JJS" or bool(re.fullmatch(r"\d+(st|nd|rd|th)", prev.lower_))


def _keep_away(doc: Doc, mention: Mention) -> bool:
    """"stay at least 5 km from the crater", "a zone of 8 km", "a 6 km exclusion zone": a distance that
    marks how far to keep away is a threshold, not a measured figure."""
    if mention.quantity.unit not in DISTANCE_UNITS:
        return False
    end = max(mention.end, mention.unit_end)
    before = [t.lemma_.lower() for t in doc[max(0, mention.start - 3):mention.start]]
    if len(before) >= 2 and before[-1] == "of" and (before[-2] in ZONE_NOUNS or before[-2] == "distance"):
        return True  # "a zone of 8 km"
    after = [t.lemma_.lower() for t in doc[end:end + 2]]
    if after[:1] and after[0] in ZONE_NOUNS or after[:2] and after[0] == "-" and after[1:2] and after[1] in ZONE_NOUNS:
        return True  # "a 6 km exclusion zone"
    if not after or after[0] not in ("from", "away", "around"):
        return False
    head = doc[mention.start]
    for token in doc[max(doc[mention.start].sent.start, mention.start - 4):mention.start]:
        if token.lemma_.lower() in KEEP_VERBS and token.pos_ in ("VERB", "AUX"):
            return True
    return False


def _country_item(doc: Doc, mention: Mention) -> bool:
    """"India 98, Jordan 75 and Tunisia 49": a number after a country's name in a list (a comma or
    "and" before the name) is a list item, not a reference, whatever entity the tagger gave it.
    So is a number after a named party, organisation or person in a gapped clause after an earlier
    figure of its sentence ("the NDC claimed 140 seats ... and the governing New Patriotic Party 138
    according to its count")."""
    if _gapped_item(doc, mention.start) or _name_list(doc, mention):
        return True
    prev = doc[mention.start - 1]
    before = doc[mention.start - 2] if mention.start > 1 else None
    if before is not None and before.lower_ in (",", "and", ";") and \
            gazetteer.country(prev.text, provinces=False) is not None:
        return True
    if prev.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE"):
        return False
    i = mention.start - 1
    while i > prev.sent.start and (doc[i].ent_iob_ == "I" or doc[i].dep_ in ("det", "amod", "compound") or
                                   doc[i].pos_ == "PROPN" and doc[i].is_title):
        i -= 1
    return doc[i].lower_ in ("and", ",", ";", "while") and \
        any(t.like_num and t.pos_ == "NUM" for t in doc[prev.sent.start:i])


def _name_start(doc: Doc, end: int) -> int | None:
    """The first token of a capitalised name (at most four words: "Reform UK", "Conservatives") that ends right before
    ``end``, or None; never a word that numbers a thing (:data:`NUMBERED`: "Route 66")."""
    i, sent_start = end - 1, doc[end - 1].sent.start if end else 0
    while i >= sent_start and end - i <= 4 and doc[i].is_alpha and (doc[i].is_title or doc[i].is_upper) and \
            doc[i].lower_ not in NUMBERED and doc[i].lower_ not in ("the", "and"):
        i -= 1
    return i + 1 if i + 1 < end else None


def _name_list(doc: Doc, mention: Mention) -> bool:
    """Round 21: a list of names with their figures and no noun ("Final count: Labour 411, Conservatives 121", "61 seats,
    Reform UK 13 and the SNP 10"): a figure after a capitalised name is an item when a list word before the name follows
    an earlier figure of its sentence, or when it is the first item (after a colon or the sentence's start) and a list
    word after it leads to another name and figure. Names of numbered things ("Route 66, Route 9"), a name numbered
    twice ("Gate 12 and Gate 14") and ungrouped codes of four digits or more ("BA 2490 and BA 2491") are no items."""
    first = _name_start(doc, mention.start)
    if first is None or mention.quantity.unit is not None or re.fullmatch(r"\d{4,}", doc[mention.start].text):
        return False  # "Flights BA 2490 and BA 2491": codes, ungrouped
    name = doc[first:mention.start].text
    if any(doc[t.i - len(name.split()):t.i].text == name for t in doc[doc[mention.start].sent.start:first]
           if t.like_num and t.i >= len(name.split())):
        return False  # the same name numbered twice ("Gate 12 and Gate 14")
    sent = doc[mention.start].sent
    before = doc[first - 1] if first > sent.start else None
    if before is not None and before.lower_ in (",", "and", ";") and \
            any(t.like_num and t.pos_ == "NUM" for t in doc[sent.start:before.i]):
        return True
    if before is not None and before.text not in (":", "-", "\u2014"):
        return False
    after = mention.end
    if after >= len(doc) or doc[after].lower_ not in (",", "and"):
        return False
    j = after + 1
    while j < sent.end and j - after <= 4 and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper) and \
            doc[j].lower_ not in NUMBERED:
        j += 1
    return j > after + 1 and j < len(doc) and is_number_token(doc[j]) and doc[j].text[0].isdigit()


def _is_threshold(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"the third quake above magnitude 7": a scale value after a comparison word is a threshold;
    so is a figure named as one ("the 1% threshold", "the 1% that X regards as the ceiling") and
    the size a ban applies to ("funerals with more than 50 mourners have been banned")."""
    before = [t.lower_ for t in doc[max(0, mention.start - 2):mention.start]]
    if mention.quantity.qualifier == "exact" and len(before) == 2 and before[1] == "magnitude" \
            and before[0] in ("above", "below", "over", "under", "than"):
        return True
    last = doc[mention.end - 1]
    if mention.end < len(doc) and doc[mention.end].lemma_.lower() in THRESHOLD_NOUNS:
        return True
    if mention.end + 1 < len(doc) and doc[mention.end].pos_ in ("NOUN", "PROPN") \
            and doc[mention.end].head.i == mention.end + 1 and doc[mention.end + 1].lemma_.lower() in THRESHOLD_NOUNS:
        return True  # "its 2 percent inflation target"
    if mention.start >= 2 and doc[mention.start - 1].lower_ == "of" \
            and doc[mention.start - 2].lemma_.lower() in THRESHOLD_NOUNS:
        return True  # "its target of two per cent", "a cap of £3"
    for clause in (c for c in last.children if c.dep_ == "relcl"):
        if any(t.dep_ == "pobj" and t.head.lower_ == "as" and t.lemma_.lower() in THRESHOLD_NOUNS for t in clause.subtree):
            return True
    return _banned_size(core[-1], mention.quantity.qualifier == "exact") or _needed_level(core[-1])


#: Nouns of a level a vote or a body must reach: "A majority ... requires 316".
MAJORITY_NOUNS = frozenset({"majority", "quorum", "supermajority"})


def _needed_level(number: Token) -> bool:
    """Round 13: "the 316 needed for a majority", "the 5% needed to enter parliament", "A majority
    requires 316": a level something needs is a threshold (a reference), not a figure reached."""
    noun = number.head if number.dep_ == "nummod" and number.head.i > number.i else number
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("need", "require") and c.tag_ == "VBN" for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ("need", "require") and verb.tag_ == "VBZ" and any(
            c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an", "any", "each", "every")
                                      for d in c.children) for c in verb.children) and any(
            c.dep_ in ("advcl", "xcomp", "relcl") and any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children)
            for c in list(verb.children) + list(noun.children)):
        return True  # round 27, rule 3: "A party needs 272 seats to govern" (what any party needs: a threshold)
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ("need", "require") and any(
            c.dep_ == "nsubj" and c.lower_ in _MOTIONS for c in verb.children) and any(
            (c.dep_ in ("advcl", "xcomp", "relcl") or c.i == verb.head.i != verb.i) and
            any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children)
            for c in [*verb.children, *noun.children, verb.head]):
        return True  # round 30, rule 3: "It needs 200 votes, two-thirds of the house, to pass"
    if noun.dep_ in ("appos", "conj") and noun.head.i != noun.i and noun.head.dep_ == "dobj" and any(
            t.like_num and t.dep_ == "nummod" and _needed_level(t) for t in noun.head.children):
        return True  # round 30, rule 3: "two-thirds of the house" beside the level needed
    return noun.dep_ == "dobj" and verb.lemma_.lower() in ("need", "require") and \
        any(c.dep_ == "nsubj" and c.lemma_.lower() in MAJORITY_NOUNS for c in verb.children)


#: Round 30, rule 3: what a vote passes or fails: what it needs to pass is a threshold.
_MOTIONS = frozenset({"it", "motion", "bill", "measure", "resolution", "amendment", "proposal", "impeachment",
                      "law", "referendum"})


#: Round 25, rule 1: groups whose size a ban limits ("gatherings of 100 people"), against goods it covers.
GATHERINGS = frozenset({"gathering", "meeting", "assembly", "group", "crowd", "event", "party", "wedding", "funeral",
                        "rally", "protest", "demonstration", "congregation", "ceremony", "concert", "celebration"})


def _banned_size(number: Token, exact: bool = False) -> bool:
    """"funerals with more than 50 mourners have been banned": the number's noun hangs by "with" or
    "of" on the subject or object of a verb of banning (:data:`BAN_VERBS`); round 25, rule 1: an exact figure "of"
    counts the goods a ban covers ("restricted exports of seven rare earth elements") unless the object is a gathering."""
    noun = number.head if number.dep_ == "nummod" else number
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "of", "over", "above"):
        return False
    group = noun.head.head
    if exact and noun.head.lower_ == "of" and group.lemma_.lower() not in GATHERINGS:
        return False  # round 25, rule 1: "restricted exports of seven rare earth elements": goods covered
    return group.pos_ == "NOUN" and group.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and group.head.lemma_.lower() in BAN_VERBS


def _is_address(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"1250 Riverside Drive": a number before a capitalised street name."""
    following = doc[mention.end:mention.end + 4]
    if following and following[0].lower_ in FOREIGN_STREET_WORDS:
        return True  # "127 rue de Grenelle"
    for token in following:
        if token.lower_.rstrip(".") in STREET_WORDS and token.is_title:
            return True
        if not token.is_title:
            return False
    return False


def _is_compound_modifier(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"a two-bedroom flat": a number hyphenated to a noun modifies it ("5,000-strong" excepted)."""
    if mention.end + 1 >= len(doc) or doc[mention.end].text != "-" or doc[mention.end - 1].whitespace_ \
            or mention.quantity.unit in TERM_UNITS.values():  # "a 25-year sentence" (:mod:`.terms`)
        return False
    word = doc[mention.end + 1]
    return word.is_alpha and word.lower_ not in ("strong", "odd", "plus") and word.lower_ not in NUMBER_WORDS


def _is_age_bound(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"are under 18", "children over 65": a small bound with nothing counted is an age."""
    q = mention.quantity
    first = doc[mention.start].lower_
    nxt = doc[mention.end] if mention.end < len(doc) else None
    counts = nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
    before = [t.lower_ for t in doc[max(0, mention.start - 2):mention.start]]
    compared = before in (["younger", "than"], ["older", "than"]) or first in ("younger", "older")
    return (first in ("under", "over") or compared) and q.value is not None and q.value < 100 and q.unit is None \
        and not counts


def _is_frequency(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"visited three times" counts occasions; "up to three times", "three times more" compare."""
    if mention.quantity.unit != "times":
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    comparing = nxt is not None and (nxt.tag_ in ("JJR", "RBR") or nxt.lower_ in ("as", "that", "the"))
    before = doc[mention.start - 1].lower_ if mention.start else ""
    return not (comparing or mention.quantity.qualifier != "exact" or before == "by")


#: Verbs ("differ by") and nouns ("a gap of") whose figure is a difference between counts.
DIFFERING_VERBS = frozenset({"differ", "vary", "diverge"})
DIFFERENCE_NOUNS = frozenset({"gap", "difference", "discrepancy", "disparity"})


def _is_difference(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"differ by more than a million", "a gap of 300": the distance between two figures."""
    if mention.start < 2:
        return False
    prep, head = doc[mention.start - 1], doc[mention.start - 2]
    return (prep.lower_ == "by" and head.lemma_.lower() in DIFFERING_VERBS) or \
        (prep.lower_ == "of" and head.lemma_.lower() in DIFFERENCE_NOUNS)


def blocked_chars(text: str) -> list[tuple[int, int]]:
    """Character spans no claim may touch: URLs, e-mail addresses and phone numbers."""
    spans = [m.span() for m in re.finditer(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\S+\.(?:com|org|net|co|io)/\S*", text)]
    spans += [m.span() for m in re.finditer(r"\b\d+(?:-\d+){2,}\b", text)]  # "0800-1-7171"
    return spans + [m.span() for m in _PHONE.finditer(text)]


def _is_speaker_count(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"two Arab diplomats coordinating the response said", "three officials told reporters": a
    small number word (no qualifier) counting the subject of a saying verb names the speakers."""
    if len(core) != 1 or not core[0].is_alpha or core[0].lower_ not in NUMBER_WORDS or core[0].lower_ in SCALES \
            or mention.quantity.qualifier != "exact":
        return False
    noun = core[0].head
    verb = noun.head
    if any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) \
            and verb.lemma_.lower() not in _TELLING | _ANNOUNCING:
        return False  # round 24: "his two contacts had shown no symptoms": a thing shown, nothing said
    if verb.dep_ == "ROOT" and not any(c.dep_ in ("ccomp", "parataxis", "dobj", "dative", "xcomp", "advcl")
                                       or c.dep_ == "prep" and c.lower_ in ("to", "about", "on") for c in verb.children) \
            and not any(t.text in ('"', "\u201c", "\u201d", ":") for t in verb.sent):
        return False  # round 27, rule 4: "Three witnesses have testified so far": a saying verb with nothing said
    return core[0].dep_ == "nummod" and noun.dep_ == "nsubj" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in SAY_VERBS and verb.lemma_.lower() not in ("count", "record", "register", "put", "place")


#: Saying verbs whose object is the one told: "three officials told reporters".
_TELLING = frozenset({"tell", "inform", "brief", "assure", "warn", "notify", "ask"})
#: Saying verbs whose object is the figure given: "two hospitals reported 40 deaths" keeps its speakers.
_ANNOUNCING = frozenset({"report", "confirm", "announce", "give", "cite", "record"})


def _year_number(token: Token) -> bool:
    return re.fullmatch(r"\d{4}", token.text) is not None and 1900 <= int(token.text) <= 2100


def _is_year_span(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Years in a span: the short end glued to a year ("the 2023-24 season", "in 1998/99"), and a
    year after "over", "after" or "before" joined to another year ("a rise of 5% over 2025 and
    2026"), which a qualifier word made look like a bound."""
    first, last = core[0], core[-1]
    if len(core) == 1 and re.fullmatch(r"\d{2}", first.text) and first.i >= 2 and doc[first.i - 1].text in ("-", "/", "\u2013") \
            and not doc[first.i - 1].whitespace_ and _year_number(doc[first.i - 2]):
        return True
    if not _year_number(last) or mention.end + 1 >= len(doc):
        return False
    return doc[mention.end].lower_ in ("and", "to", "through", "-", "\u2013") and _year_number(doc[mention.end + 1])


#: Nouns of a regimen or requirement: "two doses of the vaccine", "one required vaccine".
REGIMEN_NOUNS = frozenset({"dose", "shot", "jab", "booster"})
REQUIRED = frozenset({"required", "recommended", "mandatory", "compulsory"})


def _is_regimen(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """"Two doses of the vaccine are 97% effective", "exempted from at least one required vaccine":
    a small number (up to five) of doses, or of something required, says what a rule or a
    regimen asks, not how many were given; a delivery ("sent 500,000 doses") is no small number."""
    value = mention.quantity.value if mention.quantity.value is not None else mention.quantity.low
    if value is None or value > 5 or mention.end >= len(doc):
        return False
    nxt = doc[mention.end]
    noun = doc[mention.end + 1] if nxt.lower_ in REQUIRED and mention.end + 1 < len(doc) else nxt
    forms = {noun.lemma_.lower(), noun.lower_, noun.lower_.removesuffix("s")}  # the tagger's "doses" -> "dos"
    return noun.pos_ == "NOUN" and (bool(forms & REGIMEN_NOUNS) or nxt.lower_ in REQUIRED)


#: Nouns and verbs of a penalty: "can be fined up to 10,000 euros", "fines of up to 2,000".
_PENALTY_LEMMAS = frozenset({"fine", "penalty", "penalise", "penalize", "surcharge"})
#: Places of a prison term (round 27, rule 1): "up to four years in prison".
_PRISONS = frozenset({"prison", "jail", "gaol", "custody"})
#: Verbs by which a charge carries its maximum (round 27, rule 1).
_CARRYING = frozenset({"carry", "bring"})


def _carried_maximum(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 27, rule 1: "Each count carries up to four years in prison", "the charge carried a maximum of ten years
    in jail": the term a charge carries is a statutory maximum (a reference), not a sentence given; "was sentenced
    to up to four years" and "faces four years in prison" are left alone."""
    if mention.quantity.qualifier not in ("up_to", "at_most") and not (
            mention.start >= 2 and _words_at(doc, mention.start - 2, 2) == ["maximum", "of"]):
        return False
    head = core[-1]
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    if head.lemma_.lower() not in _CARRYING:
        return False
    after = _words_at(doc, mention.end, 4)
    return any(w in _PRISONS for w in after)


def _capped_penalty(number: Token) -> bool:
    """Round 27, rule 2: "state law caps the penalty at $1,000", "limits fines to 500 euros": the level at which a rule
    caps a penalty is a statutory maximum (a reference); "capped prices at $2" (no penalty) is left alone."""
    prep = number.head
    while prep.dep_ in ("nummod", "quantmod", "compound") or prep.pos_ == "NUM" or prep.tag_ == "$":
        if prep.head.i == prep.i:
            return False
        prep = prep.head
    if prep.dep_ == "pobj":
        prep = prep.head
    if prep.lower_ not in ("at", "to") or prep.head.lemma_.lower() not in ("cap", "limit"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PENALTY_LEMMAS | {"damage", "sentence"}
               for c in prep.head.children)
#: Units of length and area: a rule's distance ("100 metres is recommended") is a reference.
_DISTANCES = frozenset("metre metres meter meters m km kilometre kilometres kilometer kilometers mile miles foot feet "
                       "yard yards hectare hectares acre acres".split())
#: Verbs whose participle makes a figure a rule's: "100 metres is recommended", "are required to keep 20 km".
_RULE_PARTICIPLES = frozenset({"recommend", "require", "mandate", "stipulate", "prescribe"})


def _is_legal_bound(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 24: a statutory maximum or minimum is a reference, not a claim: "up to" after a penalty word
    ("can be fined up to 10,000 euros", "face fines of up to 2,000 dollars"); a bound that a rule imposes,
    "at least" or "up to" under "must" or "shall" ("must be at least 50 metres from the river"; not "must
    have killed at least 40"); and a figure under a participle of a rule ("100 metres is recommended",
    "is required to extend to 240 metres")."""
    qualifier = mention.quantity.qualifier
    sent = doc[mention.start].sent
    if _carried_maximum(doc, mention, core) or _capped_penalty(core[-1]):
        return True  # round 27, rules 1-2
    if qualifier == "up_to" and any(t.lemma_.lower() in _PENALTY_LEMMAS or t.lower_ in ("fined", "fines")
                                    for t in doc[max(sent.start, mention.start - 4):mention.start]):
        return True
    head = core[-1]
    chain = []
    while head.head.i != head.i and len(chain) < 6:
        head = head.head
        chain.append(head)
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")][:3]
    if not verbs:
        return False
    first = verbs[0]
    if qualifier in ("at_least", "up_to") and any(
            any(c.dep_ == "aux" and c.lower_ in ("must", "shall") for c in v.children)
            and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)
            for v in (first, first.head if first.dep_ == "conj" else first)):
        return True
    measured = core[-1].dep_ == "nummod" and core[-1].head.lower_ in _DISTANCES
    return measured and any(v.tag_ == "VBN" and v.lemma_.lower() in _RULE_PARTICIPLES for v in verbs[:2])


#: Round 28, rule 1: nouns of a bound a rule sets, whose moves ("will fall from $12,000 to $8,000") are no claims.
_BOUND_NOUNS = frozenset({"threshold", "band", "limit", "ceiling", "cap", "exemption", "allowance", "cutoff",
                          "cut-off", "bracket"})
#: Nouns of a level that a relative clause "at which ..." makes a threshold ("the salary level at which firms pay").
_LEVEL_NOUNS = frozenset({"level", "point", "amount", "sum", "figure", "income", "salary", "earnings"})
#: Words of a tax: an allowance set against one is a bound; one paid to people is money given.
_TAX_WORDS = frozenset({"tax", "levy", "duty", "contribution", "contributions", "bill", "relief", "vat", "insurance",
                        "tax-free", "taxable", "exempt"})
#: Prepositions before "the first £N" of a rule ("relief on the first £1 million", "tax above the first $10,000").
_FIRST_PREPS = frozenset({"on", "above", "over", "beyond", "below", "under", "to", "for"})
#: Verbs of a bound's change: its old and new amounts hang on "from" / "to" under them.
_CHANGE_VERBS = frozenset({"rise", "fall", "drop", "go", "increase", "decrease", "cut", "raise", "lower", "reduce",
                           "climb", "move", "change", "double", "halve", "freeze", "lift", "set", "come"})


def _is_money(mention: Mention) -> bool:
    unit = mention.quantity.unit
    return bool(unit) and len(unit) == 3 and unit.isupper()


def _money_bound(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 28, rule 1: a money amount that bounds what a rule reaches is a reference (module docstring)."""
    if not _is_money(mention):
        return False
    number = core[-1]
    start = mention.start
    while start > 0 and doc[start - 1].text in CURRENCY_SIGNS:
        start -= 1
    if start >= 3 and [t.lower_ for t in doc[start - 2:start]] == ["the", "first"] \
            and doc[start - 3].lower_ in _FIRST_PREPS:
        return True  # "keep full relief only on the first £1 million"
    if mention.quantity.qualifier in ("more_than", "less_than", "at_least", "at_most") and _worth_of_a_group(number):
        return True  # "estates worth more than £2 million"
    return _bound_moved(number)


def _worth_of_a_group(number: Token) -> bool:
    """"savings worth less than £20,000", "34% of farms are worth less than £1 million": "worth" a bound sorts a plural
    group by, not the worth of one thing or of a named owner's holdings."""
    worth = number
    for _ in range(3):
        if worth.lower_ == "worth" or worth.head.i == worth.i:
            break
        worth = worth.head
    if worth.lower_ != "worth":
        return False
    holder = worth.head
    if worth.dep_ == "acomp" or holder.lemma_.lower() in ("be", "remain"):
        holder = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is None:
            return False
        if holder.lower_ in ("%", "percent", "per") or holder.like_num:  # "34% of farms are worth ..."
            of = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if holder is None:
                return False
    if holder.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in holder.children):
        return False  # "34 settlements worth more than $1 billion in total": the worth of things counted
    return not any(c.dep_ == "poss" or c.lower_ in ("its", "their", "his", "her", "our") for c in holder.children)


def _bound_moved(number: Token) -> bool:
    """"The earnings level at which workers begin paying will fall from $12,000 to $8,000", "the tax-free allowance will
    go up from €2,000 to €3,500": the amounts a bound moves between (a threshold noun, a level "at which", an
    allowance set against a tax)."""
    token = number
    for _ in range(4):
        if token.dep_ == "pobj" or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("from", "to"):
        return False
    verb = token.head.head
    if verb.lemma_.lower() not in _CHANGE_VERBS:
        return False
    bound = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                  and c.lemma_.lower() in _BOUND_NOUNS | _LEVEL_NOUNS), None)
    if bound is None:
        return False
    name = bound.lemma_.lower()
    if name in _LEVEL_NOUNS:
        return any(c.dep_ == "relcl" and any(t.lower_ == "which" and t.head.lower_ in ("at", "above", "from", "below")
                                              for t in c.subtree) for c in bound.children)
    if name == "allowance":
        words = {t.lower_ for t in bound.subtree} | {t.lower_ for t in verb.sent}
        if any(t.lemma_.lower() in ("pay", "give", "grant", "hand") for t in bound.subtree):
            return False  # "the daily allowance paid to refugees": money given
        return bool(words & _TAX_WORDS) or any(t.lower_ in ("set", "offset", "deduct", "claim") for t in bound.subtree)
    return True


def _class_bound(doc: Doc, mention: Mention, core: list[Token]) -> bool:
    """Round 28, rule 2: "anything above 115.6 mm in a day", "everything over 30 knots": where a class begins."""
    if mention.quantity.qualifier not in ("more_than", "less_than", "at_least", "at_most", "up_to") or mention.start == 0:
        return False
    return doc[mention.start - 1].lower_ in ("anything", "everything", "whatever", "nothing")
