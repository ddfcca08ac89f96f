"""The value types every stage of the pipeline speaks.

Data flows one way::

    source --read--> RawDocument --clean--> Article --extract--> Findings --store--> database
    database --reconcile--> Fact, TimelineEntry

All records are frozen dataclasses holding plain data (str, int, float, date, tuples), so they
pickle cheaply to Dask workers and serialise to JSON with :func:`dataclasses.asdict`.
Character offsets (``start``/``end``) always index the stored cleaned ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

# --- vocabularies (documented in README.md "Measures") -------------------------------------

Measure = Literal[
    "killed",  # deaths: killed, died, dead, fatalities, death toll, lost their lives
    "wounded",  # injured, wounded, hurt
    "missing",  # missing, unaccounted for
    "captured",  # captured, taken prisoner, POWs
    "casualties",  # any combination of killed / wounded / missing / captured
    "deployed",  # personnel sent, deployed, dispatched, stationed
    "supplied",  # materiel delivered, transferred, provided, shipped
    "displaced",  # people forced from their homes, evacuated, refugees
    "arrested",  # arrested, detained
    "affected",  # people affected, in need, without power ...
    "other",  # any other counted quantity, kept so nothing is silently lost
]
MEASURES: tuple[str, ...] = (
    "killed", "wounded", "missing", "captured", "casualties", "deployed",
    "supplied", "displaced", "arrested", "affected", "other",
)
# Harms to people: measures that count people (or their deaths) and never things.
PEOPLE_MEASURES: frozenset[str] = frozenset({"killed", "wounded", "missing", "captured", "casualties"})
# Counts that can only grow over time: a later, higher figure is evolution, not conflict.
CUMULATIVE_MEASURES: frozenset[str] = frozenset(
    {"killed", "wounded", "missing", "captured", "casualties", "supplied", "deployed", "arrested", "displaced"}
)

Qualifier = Literal["exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague"]
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague")

Modality = Literal["reported", "estimated", "projected", "denied"]
MODALITIES: tuple[str, ...] = ("reported", "estimated", "projected", "denied")

# How a publication date was found, strongest first: the page's own metadata, a date in its URL
# path, the text (dateline, "on Sunday" resolved), the same story's other articles, the user's
# --published; "corpus" is kept for rows stored before stories existed.
PublishedBasis = Literal["metadata", "url", "text", "story", "user", "corpus"]

#: The one label, in every view and summary, for an article whose outlet nothing names.
UNKNOWN_OUTLET = "unknown outlet"


# --- ingest ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RawDocument:
    """One document as read from a source, before cleaning.

    ``uri`` is the path or URL exactly as the user gave it (for a file inside a directory,
    the file's path; for a JSONL line, ``path#L<n>`` unless the line has a ``url``).
    """

    uri: str
    content: str  # decoded text (UTF-8 or declared charset); HTML is kept as markup
    media_type: str  # "text/plain" | "text/html"
    title: str | None = None  # from the container (JSONL field, feed item), if any
    published: dt.datetime | None = None  # from the container's metadata, if any
    outlet: str | None = None  # site name from the container, if any
    url: str | None = None  # canonical URL when known (JSONL url, WARC-Target-URI, fetched URL)
    captured: dt.datetime | None = None  # when an archive fetched it (WARC-Date): published then or before


@dataclass(frozen=True)
class Skipped:
    """A source that could not be used, with a one-line reason."""

    uri: str
    reason: str


# --- clean -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Article:
    """A cleaned article: main text only, with its metadata and publication date."""

    id: str  # content hash of the normalised cleaned text (see clean.document_id)
    uri: str  # as given by the user
    text: str  # cleaned text: headline first, paragraphs separated by blank lines
    title: str | None
    outlet: str | None
    published: dt.date | None
    published_basis: PublishedBasis | None
    published_confidence: float  # 0..1
    url: str | None = None
    published_reason: str | None = None  # human-readable: which cue fixed the date
    story: str | None = None  # id of the story (one developing event) the article belongs to

    @property
    def words(self) -> int:
        return len(self.text.split())


# --- extract ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quantity:
    """A number as written: its value, bounds and qualifier.

    ``value`` is the point figure when there is one ("more than 6,000" -> 6000, "about 4,700"
    -> 4700); ``low``/``high`` are the bounds the text states (None = unbounded on that side).
    Vague amounts ("thousands") have ``value`` None and both bounds set.
    """

    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str | None  # "percent", "fraction", currency code, "km" ... None for plain counts
    text: str  # the exact text of the number, e.g. "more than 6,000"
    start: int  # offsets of ``text`` in Article.text
    end: int


@dataclass(frozen=True)
class Claim:
    """One quantitative assertion in one sentence (DESIGN.md, "The claim")."""

    quantity: Quantity
    counted: str | None  # the noun the number counts, lemmatised ("soldier", "shell")
    measure: Measure
    subject: str | None  # canonical name of whose count it is ("North Korea")
    source: str | None  # who says so (canonical); None = the outlet itself
    via: str | None  # who relays the source, if stated
    cue: str | None  # the attribution cue ("according to", "said", "estimates")
    modality: Modality
    as_of: dt.date | None  # the date the figure holds for
    as_of_basis: Literal["stated", "published"] | None  # stated in the text, or the article's date
    sentence: str  # the sentence's text
    sentence_start: int
    sentence_end: int
    place: str | None = None  # the part of the subject the figure is for ("the capital"); None = the whole
    # why the figure is about another event than the article's own: "comparison", "teaser", or
    # "earlier:<ISO date>" (the last day of an earlier period its clause names); None = its own
    other_event: str | None = None

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression, TIMEX3-style, normalised against the article's date."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None  # "2026-01-25", "2025-06", "2024-Q4", "2025-W26", "P3M", "PRESENT_REF" ...
    granularity: Literal["day", "week", "month", "quarter", "season", "half", "year", "decade", "century", "time", "none"]
    anchored: bool = True  # False when no reference date was available to resolve it
    mod: str | None = None  # TIMEX3 mod: START/MID/END ("late 2024"), APPROX, MORE_THAN, LESS_THAN ...


@dataclass(frozen=True)
class Event:
    """A dated happening told by one sentence of one article."""

    date: str  # TIMEX3 value of the resolved date ("2024-06-19", "2024-08", "2025")
    granularity: str  # day | week | month | quarter | season | year ...
    date_start: dt.date  # first day the date can mean (for ordering)
    date_end: dt.date  # last day the date can mean
    action: str  # the action's lemma ("sign", "visit", "launch", "hold", "confirm")
    summary: str  # a short phrase: trigger with its arguments
    entities: tuple[str, ...]  # canonical entities taking part
    sentence: str
    sentence_start: int
    sentence_end: int
    time_text: str  # the time expression that dates it
    time_start: int
    time_end: int


@dataclass(frozen=True)
class Findings:
    """What extraction finds in one article: the pure function's whole output."""

    claims: tuple[Claim, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, canonical) defined in the text ("NIS" -> ...)


# --- store / reconcile -----------------------------------------------------------------------

@dataclass(frozen=True)
class StoredClaim:
    """A claim as read back from the database, with the document it came from."""

    id: int
    document_id: str
    document: str  # uri as given
    outlet: str | None
    published: dt.date | None
    claim: Claim
    story: str | None = None  # the document's story id
    corrected: tuple[str, ...] = ()  # fields a user's correction changed ("source", "outlet", ...)


@dataclass(frozen=True)
class StoredArticle:
    """An article as read back from the database, with how many claims it holds."""

    article: Article
    claims: int
    corrected: tuple[str, ...] = ()  # fields a user's correction changed ("outlet", "published", ...)


@dataclass(frozen=True)
class Correction:
    """A user's override of one field of an article or a claim, with who, when and why.

    A claim is named by its document and the character span of its number in the stored
    text (``start``/``end``), not by its row id: re-extraction gives claims new ids, but the
    same number in the same text keeps its span. ``value`` is the new value as text (a date
    as YYYY-MM-DD, a figure as a number; None clears the field); the field ``not_a_claim``
    hides the claim everywhere.
    """

    id: int
    target: Literal["article", "claim"]
    document_id: str
    field: str
    value: str | None
    by: str
    why: str | None
    at: dt.datetime
    start: int | None = None  # the claim's number span (claims only)
    end: int | None = None
    number: str | None = None  # the claim's number as written, for people reading the list
    undone_at: dt.datetime | None = None
    applies: bool = True  # False: a claim correction whose number no stored claim has any more


@dataclass(frozen=True)
class Story:
    """One developing event and its stored articles (facts and conflicts are counted by the views)."""

    id: str  # "s" + the id of the article that started it
    label: str  # its most telling title, else its weightiest names
    articles: int  # stored articles
    outlets: int  # distinct outlets among them
    first: dt.date | None  # first and last publication dates of its articles
    last: dt.date | None


@dataclass(frozen=True)
class StoredEvent:
    id: int
    document_id: str
    document: str
    outlet: str | None
    published: dt.date | None
    event: Event
    story: str | None = None  # the document's story id


@dataclass(frozen=True)
class Assertion:
    """One source's figure, carried by one or more outlets."""

    source: str | None  # primary source (canonical); None = the outlets themselves
    low: float | None
    high: float | None
    value: float | None
    qualifier: str
    as_of: dt.date | None
    outlets: tuple[str, ...]
    claims: tuple[StoredClaim, ...]


@dataclass(frozen=True)
class Fact:
    """Claims about one (story, subject, place, measure, counted, modality), judged together."""

    subject: str | None
    measure: str
    counted: str | None
    modality: str
    status: Literal["consistent", "evolving", "revised", "conflicting", "single"]
    reason: str  # why this status, citing the figures
    low: float | None
    best: float | None
    high: float | None
    low_claims: tuple[int, ...]  # StoredClaim ids each bound rests on
    best_claims: tuple[int, ...]
    high_claims: tuple[int, ...]
    sources: int  # distinct sources (as named)
    independent_sources: int  # after tracing via/aliases to primary sources
    assertions: tuple[Assertion, ...]
    summary: str  # one sentence, casualty-box style
    conflicts: tuple[tuple[int, int, str], ...] = field(default=())  # (claim id, claim id, reason)
    unit: str | None = None  # Quantity.unit shared by its claims ("percent"); None for plain counts
    story: str | None = None  # the story every claim of the fact belongs to
    place: str | None = None  # the part of the subject the figures are for; None = the whole


@dataclass(frozen=True)
class TimelineEntry:
    """One happening on the merged timeline, with every sentence that tells it."""

    date: str
    granularity: str
    date_start: dt.date
    date_end: dt.date
    action: str
    summary: str
    entities: tuple[str, ...]
    events: tuple[StoredEvent, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({e.outlet or UNKNOWN_OUTLET for e in self.events}))
