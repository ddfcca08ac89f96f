"""Facts as plain dicts, ready for JSON, JSONL and CSV (``newsclaims facts --format``).

Dates become ISO strings; an unbounded figure stays ``None``. Every claim keeps what a
reader needs to check it: its document, outlet, sentence and the character span of the
number in the stored text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import Assertion, Fact, StoredClaim
from .summary import figure, source_label


def fact_record(fact: Fact) -> dict[str, Any]:
    """One fact as a JSON-ready dict: judgement, bounds, counts, assertions and claims."""
    return {
        "story": fact.story,
        "subject": fact.subject,
        "place": fact.place,
        "measure": fact.measure,
        "counted": fact.counted,
        "modality": fact.modality,
        "unit": fact.unit,
        "status": fact.status,
        "reason": fact.reason,
        "low": fact.low,
        "best": fact.best,
        "high": fact.high,
        "low_claims": list(fact.low_claims),
        "best_claims": list(fact.best_claims),
        "high_claims": list(fact.high_claims),
        "sources": fact.sources,
        "independent_sources": fact.independent_sources,
        "summary": fact.summary,
        "assertions": [assertion_record(a, fact.unit) for a in fact.assertions],
        "conflicts": [{"claims": [a, b], "reason": reason} for a, b, reason in fact.conflicts],
        "claims": [claim_record(c) for a in fact.assertions for c in a.claims],
        "corrected": any(c.corrected for a in fact.assertions for c in a.claims),
    }


def assertion_record(assertion: Assertion, unit: str | None = None) -> dict[str, Any]:
    return {
        "figure": figure(assertion, unit),
        "source": source_label(assertion),
        "value": assertion.value,
        "low": assertion.low,
        "high": assertion.high,
        "qualifier": assertion.qualifier,
        "as_of": _iso(assertion.as_of),
        "outlets": list(assertion.outlets),
        "claims": [c.id for c in assertion.claims],
    }


def claim_record(stored: StoredClaim) -> dict[str, Any]:
    claim = stored.claim
    q = claim.quantity
    return {
        "id": stored.id,
        "document": stored.document,
        "document_id": stored.document_id,
        "outlet": stored.outlet,
        "published": _iso(stored.published),
        "sentence": claim.sentence,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "unit": q.unit,
        "counted": claim.counted,
        "measure": claim.measure,
        "subject": claim.subject,
        "place": claim.place,
        "source": claim.source,
        "via": claim.via,
        "cue": claim.cue,
        "modality": claim.modality,
        "as_of": _iso(claim.as_of or stored.published),
        "as_of_basis": claim.as_of_basis,
        "other_event": claim.other_event,
        "story": stored.story,
        "corrected": ", ".join(stored.corrected),
    }


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
