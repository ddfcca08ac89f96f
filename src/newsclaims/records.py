"""Stored values as flat records: the field names of every JSON, JSONL and CSV output.

The CLI, the web API and the report all speak these names; later versions may add fields
but never rename them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import Correction, StoredArticle, StoredClaim, StoredEvent, Story, TimelineEntry

CLAIM_FIELDS = (
    "document", "value", "low", "high", "qualifier", "unit", "counted", "measure", "subject",
    "source", "via", "cue", "modality", "as_of", "sentence", "start", "end",
    "id", "document_id", "outlet", "text", "as_of_basis", "place", "other_event", "corrected",
    "story",
)
ARTICLE_FIELDS = (
    "document", "title", "outlet", "published", "published_basis", "words", "claims",
    "id", "url", "published_confidence", "published_reason", "corrected",
    "story",
)
CORRECTION_FIELDS = (
    "id", "target", "document_id", "number", "start", "end", "field", "value", "by", "why", "at", "undone_at", "applies",
)
STORY_FIELDS = ("id", "label", "articles", "outlets", "first", "last", "facts", "conflicts")
TIMELINE_FIELDS = ("date", "granularity", "date_start", "date_end", "action", "summary", "entities", "sources", "events")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def corrected(fields: tuple[str, ...]) -> str:
    """The fields a user corrected, as one flat cell ("source, as_of"); "" when none."""
    return ", ".join(fields)


def claim(stored: StoredClaim) -> dict[str, Any]:
    c, q = stored.claim, stored.claim.quantity
    return {
        "document": stored.document,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "unit": q.unit,
        "counted": c.counted,
        "measure": c.measure,
        "subject": c.subject,
        "source": c.source,
        "via": c.via,
        "cue": c.cue,
        "modality": c.modality,
        "as_of": _iso(c.as_of),
        "sentence": c.sentence,
        "start": q.start,
        "end": q.end,
        "id": stored.id,
        "document_id": stored.document_id,
        "outlet": stored.outlet,
        "text": q.text,
        "as_of_basis": c.as_of_basis,
        "place": c.place,
        "other_event": c.other_event,
        "corrected": corrected(stored.corrected),
        "story": stored.story,
    }


def article(stored: StoredArticle) -> dict[str, Any]:
    a = stored.article
    return {
        "document": a.uri,
        "title": a.title,
        "outlet": a.outlet,
        "published": _iso(a.published),
        "published_basis": a.published_basis,
        "words": a.words,
        "claims": stored.claims,
        "id": a.id,
        "url": a.url,
        "published_confidence": a.published_confidence,
        "published_reason": a.published_reason,
        "corrected": corrected(stored.corrected),
        "story": a.story,
    }


def event(stored: StoredEvent) -> dict[str, Any]:
    e = stored.event
    return {
        "document": stored.document,
        "outlet": stored.outlet,
        "date": e.date,
        "action": e.action,
        "summary": e.summary,
        "sentence": e.sentence,
        "start": e.sentence_start,
        "end": e.sentence_end,
        "time_text": e.time_text,
    }


def timeline_entry(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date,
        "granularity": entry.granularity,
        "date_start": entry.date_start.isoformat(),
        "date_end": entry.date_end.isoformat(),
        "action": entry.action,
        "summary": entry.summary,
        "entities": list(entry.entities),
        "sources": list(entry.sources),
        "events": [event(e) for e in entry.events],
    }


def correction(c: Correction) -> dict[str, Any]:
    return {
        "id": c.id,
        "target": c.target,
        "document_id": c.document_id,
        "number": c.number,
        "start": c.start,
        "end": c.end,
        "field": c.field,
        "value": c.value,
        "by": c.by,
        "why": c.why,
        "at": c.at.isoformat(timespec="seconds") if c.at else None,
        "undone_at": c.undone_at.isoformat(timespec="seconds") if c.undone_at else None,
        "applies": c.applies,
    }


def story(found: Story, facts: int = 0, conflicts: int = 0) -> dict[str, Any]:
    """A story with its counts of facts and of conflicting facts (computed by the views)."""
    return {
        "id": found.id,
        "label": found.label,
        "articles": found.articles,
        "outlets": found.outlets,
        "first": _iso(found.first),
        "last": _iso(found.last),
        "facts": facts,
        "conflicts": conflicts,
    }
