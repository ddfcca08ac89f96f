"""A small made-up story for the report, web and browser tests, built as model records.

Three outlets report a flood's toll (the displaced count evolves; the death toll conflicts,
as a later report gives fewer deaths than an earlier one); a fourth article is hostile (markup and event handlers in its
title, outlet and text) and must show as text everywhere. Offsets are computed from the
texts, so the records stay true to the text whatever it says.
"""

from __future__ import annotations

import datetime as dt

from newsclaims.clean.ids import document_id
from newsclaims.model import Article, Claim, Event, Findings, Quantity

HOSTILE_TITLE = '<script>alert("title")</script> Valley floods'
HOSTILE_OUTLET = "<b onmouseover=alert(1)>Bad Outlet</b>"
HOSTILE_TEXT = (
    "Valley floods: the toll <script>window.pwned = 1</script>\n\n"
    "At least 20 people were killed, the regional health office said on March 3. "
    'Witnesses saw <img src=x onerror="window.pwned = 2"> water rising. '
    "</script><script>window.pwned = 3</script> More than 15,000 people were displaced, the relief agency said."
)

STORY = [
    {
        "outlet": "Daily Example",
        "published": dt.date(2025, 3, 2),
        "title": "Floods sweep the valley",
        "text": (
            "Floods sweep the valley\n\n"
            "More than 12,000 people have been displaced by the floods, according to the relief agency. "
            "At least 40 people were killed, the regional health office said on March 1.\n\n"
            "Donate now to support our reporting."
        ),
        "claims": [
            ("More than 12,000", {"value": 12000, "low": 12000, "qualifier": "more_than"}, "displaced", "people", "relief agency"),
            ("At least 40", {"value": 40, "low": 40, "qualifier": "at_least"}, "killed", "person", "regional health office"),
        ],
        "events": [("on March 1", "2025-03-01", "kill", "floods kill people")],
    },
    {
        "outlet": "The Sample Post",
        "published": dt.date(2025, 3, 10),
        "title": "Valley flood toll rises",
        "text": (
            "Valley flood toll rises\n\n"
            "The relief agency said 25,000 to 30,000 people were displaced by March 9. "
            "The death toll rose to about 55, the regional health office said."
        ),
        "claims": [
            ("25,000 to 30,000", {"value": None, "low": 25000, "high": 30000, "qualifier": "range"}, "displaced", "people", "relief agency"),
            ("about 55", {"value": 55, "low": 55, "high": 55, "qualifier": "approx"}, "killed", "person", "regional health office"),
        ],
        "events": [("by March 9", "2025-03-09", "displace", "floods displace people")],
    },
    {
        "outlet": "Regional Times",
        "published": dt.date(2025, 3, 12),
        "title": "Officials revise the flood toll",
        "text": (
            "Officials revise the flood toll\n\n"
            "Only 30 people were killed in the floods, officials said on March 11, revising earlier figures."
        ),
        "claims": [
            ("Only 30", {"value": 30, "low": 30, "high": 30, "qualifier": "exact"}, "killed", "person", None),
        ],
        "events": [("on March 11", "2025-03-11", "revise", "officials revise the toll")],
    },
]
HOSTILE = [
    {
        "outlet": HOSTILE_OUTLET,
        "published": dt.date(2025, 3, 4),
        "title": HOSTILE_TITLE,
        "text": HOSTILE_TEXT,
        "claims": [
            ("At least 20", {"value": 20, "low": 20, "qualifier": "at_least"}, "killed", "person", "regional health office"),
            ("More than 15,000", {"value": 15000, "low": 15000, "qualifier": "more_than"}, "displaced", "people", "relief agency"),
        ],
        "events": [("on March 3", "2025-03-03", "kill", "floods kill <b>people</b>")],
    },
]


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence holding text[start:end]: from after the previous ". " or blank line to the next "."."""
    first = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    last = text.find(".", end)
    last = len(text) if last < 0 else last + 1
    return text[first:last], first, last


def make_claim(article: Article, spec: tuple) -> Claim:
    number, fields, measure, counted, source = spec
    start = article.text.index(number)
    quantity = Quantity(text=number, start=start, end=start + len(number), unit=None, **{"high": None, **fields})
    sentence, first, last = sentence_around(article.text, start, quantity.end)
    return Claim(
        quantity=quantity, counted=counted, measure=measure, subject="Eastvale", source=source, via=None,
        cue="said" if source else None, modality="reported", as_of=article.published, as_of_basis="published",
        sentence=sentence, sentence_start=first, sentence_end=last,
    )


def make_event(article: Article, spec: tuple) -> Event:
    time_text, value, action, summary = spec
    start = article.text.index(time_text)
    sentence, first, last = sentence_around(article.text, start, start + len(time_text))
    day = dt.date.fromisoformat(value)
    return Event(
        date=value, granularity="day", date_start=day, date_end=day, action=action, summary=summary,
        entities=("Eastvale",), sentence=sentence, sentence_start=first, sentence_end=last,
        time_text=time_text, time_start=start, time_end=start + len(time_text),
    )


def make_article(item: dict) -> Article:
    return Article(
        id=document_id(item["text"]), uri=f"story/{item['title'][:12]}.txt", text=item["text"],
        title=item["title"], outlet=item["outlet"], published=item["published"],
        published_basis="metadata", published_confidence=0.9,
    )


def records(*, hostile: bool = True) -> list[tuple[Article, Findings]]:
    """(article, findings) for every article of the story, with or without the hostile one."""
    result = []
    for item in STORY + (HOSTILE if hostile else []):
        article = make_article(item)
        findings = Findings(
            claims=tuple(make_claim(article, c) for c in item["claims"]),
            events=tuple(make_event(article, e) for e in item["events"]),
            aliases=(("RHO", "regional health office"),),
        )
        result.append((article, findings))
    return result


def fill(store, *, hostile: bool = True) -> None:
    """Add the whole story to a store."""
    for article, findings in records(hostile=hostile):
        store.add(article, findings)
