"""Model records for the store tests, built directly (the extractor is not needed here).

Also a script: ``python store_records.py URL FIRST LAST [--reverse]`` adds documents
FIRST..LAST-1 of :func:`corpus` to the store at URL, one transaction each, after waiting for a
start signal, and prints how many it added; the concurrency test runs two at once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from newsclaims.model import Article, Claim, Event, Findings, Quantity, TimeExpression

TEXT = (
    "Troops took heavy losses. Officials said more than 6,000 soldiers were killed or wounded "
    "by April. About 4,700 were wounded, according to the agency. Ürümqi-based analysts "
    "counted 200+ shells. Pyongyang sent 12,000 troops in October 2024."
)


def article(id: str = "doc-1", text: str = TEXT, **fields) -> Article:
    values = {
        "uri": f"corpus/{id}.txt",
        "title": "Troops took heavy losses",
        "outlet": "Example News",
        "published": dt.date(2025, 4, 28),
        "published_basis": "metadata",
        "published_confidence": 0.9,
        "url": f"https://news.example.org/{id}",
        "published_reason": "meta article:published_time",
    }
    values.update(fields)
    return Article(id=id, text=text, **values)


def quantity(text: str, number: str, **fields) -> Quantity:
    """A Quantity for the first occurrence of ``number`` in ``text``."""
    start = text.index(number)
    values = {"value": None, "low": None, "high": None, "qualifier": "exact", "unit": None}
    values.update(fields)
    return Quantity(text=number, start=start, end=start + len(number), **values)


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence (split at ". ") holding text[start:end], with its offsets."""
    first = text.rfind(". ", 0, start)
    first = 0 if first < 0 else first + 2
    last = text.find(". ", end)
    last = len(text) if last < 0 else last + 1
    return text[first:last], first, last


def claim(text: str, number: str, quantity_fields: dict | None = None, **fields) -> Claim:
    q = quantity(text, number, **(quantity_fields or {}))
    sentence, first, last = sentence_around(text, q.start, q.end)
    values = {
        "counted": "soldier",
        "measure": "casualties",
        "subject": "North Korea",
        "source": None,
        "via": None,
        "cue": None,
        "modality": "reported",
        "as_of": None,
        "as_of_basis": "published",
    }
    values.update(fields)
    return Claim(quantity=q, sentence=sentence, sentence_start=first, sentence_end=last, **values)


def time_expression(text: str, phrase: str, **fields) -> TimeExpression:
    start = text.index(phrase)
    values = {"type": "DATE", "value": None, "granularity": "none", "anchored": True}
    values.update(fields)
    return TimeExpression(text=phrase, start=start, end=start + len(phrase), **values)


def event(text: str, phrase: str, time_phrase: str, **fields) -> Event:
    start = text.index(phrase)
    sentence, first, last = sentence_around(text, start, start + len(phrase))
    time_start = text.index(time_phrase)
    values = {
        "date": "2024-10",
        "granularity": "month",
        "date_start": dt.date(2024, 10, 1),
        "date_end": dt.date(2024, 10, 31),
        "action": "send",
        "summary": phrase,
        "entities": ("North Korea",),
    }
    values.update(fields)
    return Event(
        sentence=sentence, sentence_start=first, sentence_end=last, time_text=time_phrase,
        time_start=time_start, time_end=time_start + len(time_phrase), **values,
    )


def full_findings(text: str = TEXT) -> Findings:
    """Findings that use every field, with None and unusual values where a field allows them."""
    claims = (
        claim(text, "more than 6,000", {"value": 6000.0, "low": 6000.0, "qualifier": "more_than"},
              source="UK defence intelligence", via="Reuters", cue="according to",
              as_of=dt.date(2025, 4, 1), as_of_basis="stated"),
        claim(text, "About 4,700", {"value": 4700.0, "low": 4230.0, "high": 5170.5, "qualifier": "approx"},
              measure="wounded", source="the agency", cue="according to", modality="estimated"),
        claim(text, "200+", {"value": 200.0, "low": 200.0, "qualifier": "more_than", "unit": "round"},
              counted="shell", measure="supplied", subject=None, modality="projected", as_of_basis=None),
        claim(text, "12,000", {"value": 12000.0, "low": 12000.0, "high": 12000.0},
              counted=None, measure="deployed", modality="denied", as_of=dt.date(2024, 10, 31),
              as_of_basis="stated"),
        claim(text, "heavy", {"low": 0.1, "high": 1e15, "qualifier": "vague"}, measure="other",
              counted="loss", subject="Ürümqi"),
    )
    times = (
        time_expression(text, "by April", value="2025-04", granularity="month"),
        time_expression(text, "October 2024", value="2024-10", granularity="month"),
        time_expression(text, "Troops", type="SET", anchored=False),
    )
    events = (
        event(text, "Pyongyang sent 12,000 troops", "October 2024",
              entities=("North Korea", "Russia", "Ürümqi")),
        event(text, "were killed", "by April", date="2025-04", date_start=dt.date(2025, 4, 1),
              date_end=dt.date(2025, 4, 30), action="kill", entities=()),
    )
    aliases = (("NIS", "National Intelligence Service"), ("DPRK", "North Korea"))
    return Findings(claims=claims, times=times, events=events, aliases=aliases)


def numbers_findings(text: str) -> Findings:
    """A claim for every digit group in a real text: offsets exercised on real Unicode text."""
    claims = []
    for match in re.finditer(r"\d[\d,.]*\d|\d", text):
        sentence, first, last = sentence_around(text, match.start(), match.end())
        q = Quantity(value=None, low=None, high=None, qualifier="exact", unit=None,
                     text=match.group(), start=match.start(), end=match.end())
        claims.append(Claim(q, None, "other", None, None, None, None, "reported", None, "published",
                            sentence, first, last))
    return Findings(claims=tuple(claims))


def corpus(count: int) -> list[tuple[Article, Findings]]:
    """``count`` distinct small documents, each with three claims."""
    items = []
    for n in range(count):
        text = f"Report {n}. Officials said {n + 1000} troops were sent. {n + 10} died. {n + 5} were hurt."
        findings = Findings(claims=tuple(
            claim(text, str(number), {"value": float(number)}, measure=measure)
            for number, measure in ((n + 1000, "deployed"), (n + 10, "killed"), (n + 5, "wounded"))
        ))
        items.append((article(f"doc-{n:04d}", text, uri=f"corpus/{n:04d}.txt"), findings))
    return items


def _main(url: str, first: int, last: int, order: str, signal: str) -> None:
    from newsclaims.store import Store

    items = corpus(last)[first:last]
    if order == "reverse":
        items.reverse()
    with Store(url) as store:
        Path(signal + f".ready.{first}").touch()
        while not Path(signal).exists():
            time.sleep(0.005)
        added = [store.add(a, f) for a, f in items]
    print(json.dumps(sum(added)))


if __name__ == "__main__":
    _main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5])
