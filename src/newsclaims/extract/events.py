"""Dated happenings (events) for the timeline.

An event is one sentence's action that a resolved date places in time:

* **The date** is a DATE time expression with a concrete calendar value at day, week, weekend,
  month, season, quarter, half or year precision ("2024-06-19", "2024-08", "2025-W26-WE",
  "2025-SU", "2024"); the ``mod`` of fuzzy dates narrows the range ("late 2024" ->
  September-December 2024). A TIME dates its day when its text names the day ("Friday night",
  "8 p.m. on Sunday"), not when it is a bare clock time ("at 4:17 a.m.": the day is a guess).
  Durations, sets and references such as "now" date nothing, nor does a date that opens, closes
  or spans a period ("since March 8", "until last week", "had grown by Monday", "from January",
  "between May and June", "throughout 2024": a state's bounds, not a happening).
* **The action** is found by walking up the dependency tree from the date's head word: the
  first action word reached (:data:`ACTIONS`, by lemma) triggers the event. Light verbs
  ("held", "began", "launched", "marked") hand over to the event noun they govern or modify
  ("a ceremony held on August 21", "an offensive that began in August 2024"); a date that
  modifies a noun directly dates that noun ("its October 2025 groundbreaking") and nothing
  above it; reporting verbs ("said", "reported") and verbs in a future or modal frame ("will",
  "expected to", "could"), nouns marked as planned ("the planned June summit") and anything
  dated after the article appeared (a day's slack) date no happening, nor does a dateline
  ("LISBON, 18 May 2026 -", "Published 11 March 2026"). A word inside a date ("March 8") is
  never the action, some action words count only as verbs ("shelled", not "shells"), and a
  counted noun is many happenings, not one ("1,142 wildfires this year").
* **The entities** are the sentence's people, organisations and places (spaCy NER), lightly
  canonicalised: "the", possessives and hyphens in names go, and a short name takes the first
  full name of the article that contains it ("Kim" -> "Kim Jong Un").

One date and one trigger make one event; a sentence that dates the same trigger twice ("met on
Sunday ... on June 29") yields it once, dated by the date written in digits.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from ..model import Article, Event, TimeExpression

# Action lemmas and the kind of happening they name (the timeline merges within a kind).
ACTIONS: dict[str, str] = {
    **dict.fromkeys(["sign", "signing", "treaty", "pact", "agreement", "accord", "ratify"], "agreement"),
    **dict.fromkeys(["visit", "inspect", "inspection", "tour", "trip", "spend"], "visit"),
    **dict.fromkeys(["meet", "meeting", "summit", "talk", "negotiation"], "meeting"),
    **dict.fromkeys(["offensive", "counteroffensive", "counter-offensive", "incursion", "invade", "invasion",
                     "incursion", "raid", "assault"], "offensive"),
    **dict.fromkeys(["attack", "strike", "bomb", "bombing", "shell", "shelling", "shoot", "airstrike"], "attack"),
    **dict.fromkeys(["ceremony", "gala", "concert", "funeral", "memorial", "commemorate", "commemoration",
                     "honor", "honour", "award", "tribute", "parade", "celebrate", "celebration",
                     "mourn", "vigil", "banquet"], "ceremony"),
    **dict.fromkeys(["confirm", "confirmation", "acknowledge", "acknowledgment", "acknowledgement",
                     "admit", "recognize", "recognise"], "confirmation"),
    **dict.fromkeys(["deploy", "deployment", "dispatch", "arrive", "arrival", "station", "send"], "deployment"),
    **dict.fromkeys(["groundbreaking", "build", "construct", "construction", "inaugurate", "inauguration",
                     "unveil", "open", "opening", "complete", "completion"], "construction"),
    **dict.fromkeys(["capture", "seize", "liberate", "liberation", "recapture", "retake", "withdraw",
                     "withdrawal", "retreat", "repel", "expel", "secure"], "territory"),
    **dict.fromkeys(["kill", "die", "death", "explode", "explosion", "crash", "collapse", "earthquake", "quake",
                     "flood", "fire", "wildfire", "blaze", "storm", "hurricane", "typhoon", "cyclone", "tsunami",
                     "landslide", "eruption", "outbreak", "derailment", "capsize", "sink", "sinking",
                     "shipwreck"], "incident"),
    **dict.fromkeys(["march", "protest", "rally", "demonstration", "demonstrate", "riot", "clash", "walkout"],
                    "protest"),
    **dict.fromkeys(["arrest", "detain", "sentence", "convict", "charge", "order", "ban", "sanction",
                     "impose", "announce", "declare", "launch", "elect", "election", "vote", "resign",
                     "appoint", "approve"], "decision"),
}
# Verbs that carry no happening of their own: the event noun they govern or modify does.
LIGHT_VERBS = {"hold", "begin", "start", "launch", "mark", "stage", "conduct", "carry", "take", "occur",
               "happen", "end", "issue", "make", "give", "see", "host", "attend", "break"}
# Actions that name their kind only in context ("spent Sunday at a named place" is a visit); the
# timeline shows another action of the same happening when it has one.
WEAK_ACTIONS = {"spend"}
# Action words that name a happening only as verbs: "shelled the town", not "artillery shells".
VERB_ONLY = {"shell", "station", "open", "complete", "secure", "charge", "sentence", "order"}
_MONTH_NAMES = {name.lower() for name in calendar.month_name if name}
REPORTING = {"say", "report", "tell", "state", "claim", "write", "add", "note", "describe", "cite",
             "quote", "estimate", "believe", "according", "show", "release", "publish", "air", "broadcast"}
FUTURE = {"will", "would", "could", "may", "might", "shall", "'ll", "should", "can"}
PLANNED = {"planned", "upcoming", "scheduled", "proposed", "expected", "future", "next"}
FUTURE_FRAMES = {"expect", "plan", "set", "schedule", "intend", "aim", "hope", "want", "due", "propose"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_CALENDAR_VALUE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-W(\d{2})(-WE)?|-(SP|SU|FA|WI))?(?:T[\w:]+)?$")
_NAMED_DAY = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday"
                        r"|tomorrow|last night|january|february|march|april|may|june|july|august|september|october"
                        r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
_PERIOD_BOUNDS = {"since", "until", "till", "til", "by", "from", "between", "through", "throughout"}
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z .'-]{1,40},\s*|(?i:published|posted|updated|date)\b[^\n]{0,12}?)?")
_DATELINE_AFTER = re.compile(r"\s*,?\s*(?:\(|[-—–|]|\n|$|\d{1,2}[:.]\d\d)")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_MODS = {"START": (0.0, 1 / 3), "EARLY": (0.0, 1 / 3), "MID": (1 / 3, 2 / 3), "END": (2 / 3, 1.0),
         "LATE": (2 / 3, 1.0)}


def extract(doc: Doc, article: Article, times: Sequence[TimeExpression]) -> list[Event]:
    """The dated happenings of one parsed article, in text order."""
    names = _full_names(doc)
    events: dict[tuple[int, int], Event] = {}
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        dates = date_range(time)
        if span is None or dates is None or not _dates_a_happening(span, time, dates[0], article.published):
            continue
        sentence = _sentence(span)
        trigger = _trigger(span, sentence)
        key = (sentence.start, trigger.i if trigger is not None else -1)
        if trigger is None or (key in events and not _more_explicit(time.text, events[key].time_text)):
            continue
        events[key] = _event(time, dates, trigger, sentence, names)
    return sorted(events.values(), key=lambda e: (e.sentence_start, e.time_start))


def _dates_a_happening(span: Span, time: TimeExpression, first: dt.date, published: dt.date | None) -> bool:
    """Not a plan, a dateline or a period's bound (module docstring)."""
    return not (_after(first, published) or _dateline(span.doc.text, time) or _bounds_period(span))


def _bounds_period(span: Span) -> bool:
    """"since March 8", "until last week": the bound of a state, not the date of a happening
    ("from Sunday's earthquake" is no bound: the date modifies the noun, not the preposition)."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in _PERIOD_BOUNDS:
        return False
    return span.root.head.i == span.start - 1 or not span.doc.has_annotation("DEP")


def _dateline(text: str, time: TimeExpression) -> bool:
    """"LISBON, 18 May 2026 - ..." or "Published 11 March 2026": the article's date, no happening."""
    line_start = text.rfind("\n", 0, time.start) + 1
    return bool(_DATELINE_BEFORE.fullmatch(text, line_start, time.start)
                and _DATELINE_AFTER.match(text, time.end))


def _after(day: dt.date, published: dt.date | None) -> bool:
    """Dated after the article appeared (a day's slack for time zones): a plan, not a happening."""
    return published is not None and day > published + dt.timedelta(days=1)


def _more_explicit(text: str, than: str) -> bool:
    """"April 26" says more than "Saturday" beside it: written digits beat a relative word."""
    return any(c.isdigit() for c in text) and not any(c.isdigit() for c in than)


def _event(time: TimeExpression, dates: tuple[dt.date, dt.date], trigger: Token, sent: Span,
           names: dict[str, str]) -> Event:
    date, granularity = (time.value.split("T")[0], "day") if time.type == "TIME" else (time.value, time.granularity)
    return Event(
        date=date, granularity=granularity, date_start=dates[0], date_end=dates[1],
        action=_lemma(trigger), summary=summary(trigger, sent), entities=_entities(sent, names),
        sentence=sent.text, sentence_start=sent.start_char, sentence_end=sent.end_char,
        time_text=time.text, time_start=time.start, time_end=time.end,
    )


# --- dates -------------------------------------------------------------------------------

def date_range(time: TimeExpression) -> tuple[dt.date, dt.date] | None:
    """First and last day a DATE expression can mean; None for anything not on the calendar.

    A TIME counts as its day when its text names the day (see the module docstring).
    """
    if not _on_calendar(time):
        return None
    match = _CALENDAR_VALUE.match(time.value)
    if match is None or (time.type == "TIME" and not match.group(3)):
        return None
    first, last = _calendar_range(match)
    return _narrow(first, last, time.mod) if first.year >= 1 else None


def _on_calendar(time: TimeExpression) -> bool:
    """A DATE finer than a decade, or a TIME whose text names its day ("Friday night")."""
    if not time.value or time.granularity in {"none", "decade", "century"}:
        return False
    if time.type == "TIME":
        return bool(_NAMED_DAY.search(time.text))
    return time.type == "DATE" and time.granularity != "time"


def _calendar_range(match: re.Match[str]) -> tuple[dt.date, dt.date]:
    year, month, day, quarter, half, week, weekend, season = match.groups()
    y = int(year)
    if day:
        return (d := dt.date(y, int(month), int(day))), d
    if month:
        return dt.date(y, int(month), 1), _month_end(y, int(month))
    if quarter or half:
        m1, months = (3 * int(quarter) - 2, 3) if quarter else (6 * int(half) - 5, 6)
        return dt.date(y, m1, 1), _month_end(y, m1 + months - 1)
    if week:
        monday = dt.date.fromisocalendar(y, int(week), 1)
        return (monday + dt.timedelta(days=5) if weekend else monday), monday + dt.timedelta(days=6)
    if season:
        m1, m2 = _SEASONS[season]
        return dt.date(y, m1, 1), _month_end(y + (m2 > 12), (m2 - 1) % 12 + 1)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _narrow(first: dt.date, last: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """"late 2024" (mod END) keeps the last third of 2024, "early" the first, "mid" the middle.

    Ranges of three months or more are cut at month boundaries (late 2024: September-December).
    """
    if mod not in _MODS or first == last:
        return first, last
    lo, hi = _MODS[mod]
    if (last - first).days < 89:
        days = (last - first).days + 1
        return first + dt.timedelta(days=round(days * lo)), first + dt.timedelta(days=round(days * hi) - 1)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    start = _add_months(first, round(months * lo))
    end = _add_months(first, max(round(months * hi), round(months * lo) + 1) - 1)
    return start, _month_end(end.year, end.month)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


# --- the action --------------------------------------------------------------------------

def _sentence(span: Span) -> Span:
    """The span's sentence, cut at line breaks (headlines and captions are not one sentence)."""
    sent, doc = span.sent, span.doc
    start = max((t.i + 1 for t in doc[sent.start:span.start] if "\n" in t.text), default=sent.start)
    end = min((t.i for t in doc[span.end:sent.end] if "\n" in t.text), default=sent.end)
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def _trigger(span: Span, sentence: Span) -> Token | None:
    """The action word the date belongs to, climbing the tree from the date (see module doc)."""
    token = span.root
    if token.dep_ in {"compound", "nmod", "npadvmod", "poss", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return _action_noun(token.head)
    for node in _ancestors(token, sentence):
        if node.pos_ in {"NOUN", "PROPN"} and _is_action(node):
            return node
        if node.pos_ in {"VERB", "AUX"}:
            found = _verb_action(node)
            if found is not None and not sentence.start <= found.i < sentence.end:
                found = None  # the parse reached across a line break (into a headline)
            if found is not None or not _passes_on(node):
                return found
    return None


def _passes_on(verb: Token) -> bool:
    """A non-finite verb inside a clause ("to returning soldiers in August") lets the date climb."""
    return verb.tag_ in {"VBG", "VBN", "VB"} and verb.dep_ in {"pcomp", "xcomp", "acl", "advcl", "amod"} \
        and _lemma(verb) not in REPORTING and _lemma(verb) not in FUTURE_FRAMES


def _ancestors(token: Token, sent: Span) -> Iterator[Token]:
    """The token's heads up to the sentence root, through prepositions and nouns."""
    node = token
    while node.head.i != node.i and sent.start <= node.head.i < sent.end:
        node = node.head
        yield node


def _verb_action(verb: Token) -> Token | None:
    """The verb itself when it names an action, else (or for a light verb, first) its event noun."""
    if _lemma(verb) in REPORTING or _lemma(verb) in FUTURE_FRAMES or _is_future(verb):
        return None
    if _lemma(verb) in LIGHT_VERBS:
        return _governed_event(verb) or (verb if _is_action(verb) else None)
    if _is_action(verb):
        return _incident_subject(verb) or verb
    return _governed_event(verb)


def _incident_subject(verb: Token) -> Token | None:
    """"An earthquake struck ...": the incident noun, not the verb, names the happening."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"
                 and ACTIONS.get(_lemma(c)) == "incident"), None)


def _governed_event(verb: Token) -> Token | None:
    """The event noun a light verb governs ("held a ceremony"), or modifies ("a ceremony held")."""
    if verb.dep_ in {"acl", "relcl"} and _is_action(verb.head):
        return verb.head
    for child in verb.children:
        for noun in (child, *(c for c in child.children if c.dep_ == "pobj")):
            if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"} and _is_action(noun):
                return noun
    return None


def _action_noun(noun: Token) -> Token | None:
    """A noun the date modifies ("its October 2025 groundbreaking"), unless it is planned."""
    planned = any(c.lower_ in PLANNED for c in noun.children if c.dep_ in {"amod", "compound"})
    return noun if _is_action(noun) and not planned else None


def _is_action(token: Token) -> bool:
    """An action word: a verb or noun of :data:`ACTIONS`, not part of a date ("March 8")."""
    if _lemma(token) not in ACTIONS or token.ent_type_ in {"DATE", "TIME"} \
            or (token.is_title and token.lower_ in _MONTH_NAMES):  # "March 8", not a march
        return False
    if _lemma(token) in WEAK_ACTIONS:  # "spent Sunday at the Mansudae Art Studio" is a visit
        return any(c.dep_ == "prep" and c.lower_ in {"at", "in", "with"} and _names_a_place(c)
                   for c in token.children)
    if token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "nummod" for c in token.children):
        return False  # "1,142 wildfires so far this year": a count of happenings, not one
    return token.pos_ == "VERB" or token.pos_ in {"NOUN", "PROPN"} and _lemma(token) not in VERB_ONLY


def _names_a_place(prep: Token) -> bool:
    """"at the Mansudae Art Studio", "in Pyongyang": a named place, not "in tents"."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ENTITY_LABELS or o.pos_ == "PROPN") for o in prep.children)


def _is_future(verb: Token) -> bool:
    """Will/could/may happen, or expected/planned/set to happen: not (yet) a happening."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in {"xcomp", "ccomp"} and _lemma(head) in FUTURE_FRAMES


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def kind(action: str) -> str:
    """The kind of happening an action lemma names ("award" -> "ceremony"); itself if unknown."""
    return ACTIONS.get(action.lower(), action.lower())


ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "agent", "compound", "amod", "poss", "attr", "conj", "cc", "nmod"}
ARGUMENT_PREPS = {"of", "between", "with", "to", "by", "against", "in", "at", "into"}
PHRASE_SKIP = {"relcl", "acl", "advcl", "appos", "punct", "prep", "det", "ccomp", "parataxis"}


def summary(trigger: Token, sentence: Span | None = None) -> str:
    """The trigger with its core arguments, in text order: "Putin and Kim signed ... Agreement".

    Arguments are the subject, object and modifiers as bare phrases (no relative clauses), and
    "of/between/with/in/at ..." phrases; a noun trigger adds the verb that tells it ("held").
    """
    parts = {trigger}
    for child in trigger.children:
        if child.dep_ in ARGUMENTS:
            parts |= _phrase(child)
        elif child.dep_ == "prep" and child.lower_ in ARGUMENT_PREPS:
            objects = {t for p in child.children if p.dep_ in {"pobj", "pcomp"} for t in _phrase(p)}
            if any(t.ent_type_ != "DATE" for t in objects):
                parts |= {child, *objects}
        elif child.dep_ == "acl" and trigger.pos_ != "VERB":
            parts.add(child)
    inside = [t for t in sorted(parts, key=lambda t: t.i)
              if sentence is None or sentence.start <= t.i < sentence.end]
    tokens = [t for t in inside if t.ent_type_ != "DATE" and not t.is_space
              and not (t.dep_ == "case" and t.head.ent_type_ == "DATE")][:16]
    antecedent = _antecedent(trigger)
    if antecedent and trigger.doc[antecedent[0]].dep_ == "dobj":  # the object follows its verb
        tokens.sort(key=lambda t: trigger.i + 0.5 if t.i == antecedent[0] else t.i)
    return " ".join(_words(tokens, antecedent))


def _antecedent(trigger: Token) -> tuple[int, str] | None:
    """A relative clause's pronoun and the noun phrase it stands for: in "the treaty that Kim
    and Putin signed", "that" reads "defence treaty" ("Kim and Putin signed defence treaty")."""
    if trigger.dep_ != "relcl":
        return None
    pronoun = next((c for c in trigger.children if c.tag_ in {"WDT", "WP"} and c.dep_ in {"nsubj", "nsubjpass",
                                                                                          "dobj"}), None)
    if pronoun is None:
        return None
    head = sorted(_phrase(trigger.head), key=lambda t: t.i)
    return pronoun.i, " ".join(_words([t for t in head if t.ent_type_ != "DATE"], None))


def _words(tokens: list[Token], antecedent: tuple[int, str] | None) -> list[str]:
    """The tokens' text, joined words kept joined ("Russia's"), the antecedent put in."""
    words: list[str] = []
    for token, following in zip(tokens, [*tokens[1:], None]):
        text = antecedent[1] if antecedent and token.i == antecedent[0] else token.text
        if words and words[-1].endswith("\0"):
            words[-1] = words[-1][:-1] + text
        else:
            words.append(text)
        if following is not None and following.i == token.i + 1 and not token.whitespace_:
            words[-1] += "\0"
    return [w.rstrip("\0") for w in words]


def _phrase(token: Token) -> set[Token]:
    """A bare phrase: the token and its modifiers, without clauses, appositions or prepositions."""
    found = {token}
    for child in token.children:
        if child.dep_ not in PHRASE_SKIP:
            found |= _phrase(child)
    return found


# --- entities ----------------------------------------------------------------------------

def _entities(sent: Span, names: dict[str, str]) -> tuple[str, ...]:
    found = (_canonical(ent.text, ent.label_, names) for ent in sent.ents if ent.label_ in ENTITY_LABELS)
    return tuple(dict.fromkeys(name for name in found if name))


def _clean_name(text: str, label: str) -> str:
    """"the Kremlin's" -> "Kremlin"; a person "Photographs of Kim" (an NER slip) -> "Kim"."""
    if label == "PERSON":
        text = re.sub(r"^.*\b(?:of|by|from)\s+(?=[A-Z])", "", text.strip())
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"[’']s$", "", text).replace("-", " ")
    return re.sub(r"\s+", " ", text).strip(" .,")


def _full_names(doc: Doc) -> dict[str, str]:
    """Each word of a multi-word person name -> the first such full name in the article."""
    names: dict[str, str] = {}
    for ent in doc.ents:
        name = _clean_name(ent.text, ent.label_)
        if ent.label_ == "PERSON" and " " in name:
            for word in name.split():
                names.setdefault(word.lower(), _title(name))
    return names


def _title(name: str) -> str:
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in name.split())


def _canonical(text: str, label: str, names: dict[str, str]) -> str:
    name = _clean_name(text, label)
    if " " not in name and name.lower() in names:
        return names[name.lower()]
    return _title(name)
