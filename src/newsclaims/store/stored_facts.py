"""The ``facts`` table: reconciled facts written where SQLite tools (Datasette, sqlite-utils)
see them.

Facts are computed in Python (:mod:`newsclaims.reconcile`) from the claims with their
corrections; this table is a copy rewritten whole after each analysis and each correction,
never read back by newsclaims itself. ``claim_ids`` is a JSON list of ``claims.id``;
``corrected`` says a correction changed one of the fact's claims.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import Connection

from ..model import Fact
from .schema import facts


def replace(conn: Connection, found: Iterable[Fact]) -> int:
    """Delete every stored fact and write these; how many were written."""
    now = dt.datetime.now(dt.UTC)
    fact_rows = [fact_row(fact, now) for fact in found]
    conn.execute(facts.delete())
    if fact_rows:
        conn.execute(facts.insert(), fact_rows)
    return len(fact_rows)


def fact_row(fact: Fact, refreshed_at: dt.datetime) -> dict[str, Any]:
    claims = [c for a in fact.assertions for c in a.claims]
    return {
        "key": _key(fact), "story": fact.story, "subject": fact.subject, "place": fact.place,
        "measure": fact.measure, "counted": fact.counted, "modality": fact.modality, "unit": fact.unit,
        "status": fact.status, "reason": fact.reason, "low": fact.low, "best": fact.best, "high": fact.high,
        "sources": fact.sources, "independent_sources": fact.independent_sources, "summary": fact.summary,
        "claim_ids": json.dumps(sorted({c.id for c in claims})),
        "corrected": any(c.corrected for c in claims), "refreshed_at": refreshed_at,
    }


def _key(fact: Fact) -> str:
    """A short hash of what names the fact (story, subject, place, measure, counted, modality, unit)."""
    parts = (fact.story, fact.subject, fact.place, fact.measure, fact.counted, fact.modality, fact.unit)
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
