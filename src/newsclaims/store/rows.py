"""Records to rows and back: the one place that knows how model fields map to columns.

Every field of every record round-trips exactly: None stays None, floats stay floats
(counts stored as integers by a backend come back as floats), tuples of entities are stored
as a JSON list and come back as tuples.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from ..figures import all_plausible
from ..model import Article, Claim, Event, Quantity, TimeExpression

Row = Mapping[str, Any]


def document_row(article: Article, added_at: dt.datetime) -> dict[str, Any]:
    return {
        "id": article.id,
        "uri": article.uri,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "text": article.text,
        "published": article.published,
        "published_basis": article.published_basis,
        "published_confidence": article.published_confidence,
        "published_reason": article.published_reason,
        "words": article.words,
        "added_at": added_at,
        "story": article.story,
    }


def article(row: Row) -> Article:
    return Article(
        id=row["id"],
        uri=row["uri"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        published_basis=row["published_basis"],
        published_confidence=float(row["published_confidence"]),
        url=row["url"],
        published_reason=row["published_reason"],
        story=row.get("story"),
    )


def claim_row(document_id: str, seq: int, claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {
        "document_id": document_id,
        "seq": seq,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "unit": q.unit,
        "number_text": q.text,
        "number_start": q.start,
        "number_end": q.end,
        "counted": claim.counted,
        "measure": claim.measure,
        "subject": claim.subject,
        "source": claim.source,
        "via": claim.via,
        "cue": claim.cue,
        "modality": claim.modality,
        "as_of": claim.as_of,
        "as_of_basis": claim.as_of_basis,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end,
        "place": claim.place,
        "other_event": claim.other_event,
    }


def claim(row: Row) -> Claim:
    quantity = Quantity(
        value=_float(row["value"]),
        low=_float(row["low"]),
        high=_float(row["high"]),
        qualifier=row["qualifier"],
        unit=row["unit"],
        text=row["number_text"],
        start=row["number_start"],
        end=row["number_end"],
    )
    return Claim(
        quantity=quantity,
        counted=row["counted"],
        measure=row["measure"],
        subject=row["subject"],
        source=row["source"],
        via=row["via"],
        cue=row["cue"],
        modality=row["modality"],
        as_of=row["as_of"],
        as_of_basis=row["as_of_basis"],
        sentence=row["sentence"],
        sentence_start=row["sentence_start"],
        sentence_end=row["sentence_end"],
        place=row.get("place"),
        other_event=row.get("other_event"),
    )


def time_row(document_id: str, seq: int, time: TimeExpression) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "seq": seq,
        "text": time.text,
        "time_start": time.start,
        "time_end": time.end,
        "type": time.type,
        "value": time.value,
        "granularity": time.granularity,
        "anchored": time.anchored,
    }


def time_expression(row: Row) -> TimeExpression:
    return TimeExpression(
        text=row["text"],
        start=row["time_start"],
        end=row["time_end"],
        type=row["type"],
        value=row["value"],
        granularity=row["granularity"],
        anchored=bool(row["anchored"]),
    )


def event_row(document_id: str, seq: int, event: Event) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "seq": seq,
        "date": event.date,
        "granularity": event.granularity,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "action": event.action,
        "summary": event.summary,
        "entities": json.dumps(list(event.entities), ensure_ascii=False),
        "sentence": event.sentence,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "time_text": event.time_text,
        "time_start": event.time_start,
        "time_end": event.time_end,
    }


def event(row: Row) -> Event:
    return Event(
        date=row["date"],
        granularity=row["granularity"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        action=row["action"],
        summary=row["summary"],
        entities=tuple(json.loads(row["entities"])),
        sentence=row["sentence"],
        sentence_start=row["sentence_start"],
        sentence_end=row["sentence_end"],
        time_text=row["time_text"],
        time_start=row["time_start"],
        time_end=row["time_end"],
    )


def alias_row(document_id: str, seq: int, pair: tuple[str, str]) -> dict[str, Any]:
    alias, canonical = pair
    return {"document_id": document_id, "seq": seq, "alias": alias, "canonical": canonical}


def alias(row: Row) -> tuple[str, str]:
    return (row["alias"], row["canonical"])


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def plausible_claim(claim: Claim) -> bool:
    """False for a claim whose figure is not finite or beyond any count: never stored."""
    q = claim.quantity
    return all_plausible((q.value, q.low, q.high))

