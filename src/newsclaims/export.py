"""Export everything stored as files: articles, claims, facts and the timeline."""

from __future__ import annotations

from pathlib import Path

from . import output, records
from .output import Format
from .reconcile import facts as reconcile_facts
from .reconcile import timeline
from .reconcile.facts import fact_record
from .store import Store


def export(store: Store, out: Path, fmt: str = "json", *, window_days: int = 14) -> list[Path]:
    """Write ``articles``, ``claims``, ``facts`` and ``timeline`` files into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    claims = store.claims()
    facts = [fact_record(f) for f in reconcile_facts(claims, window_days=window_days, aliases=store.aliases())]
    tables = {
        "articles": ([records.article(a) for a in store.articles()], records.ARTICLE_FIELDS),
        "claims": ([records.claim(c) for c in claims], records.CLAIM_FIELDS),
        "facts": (facts, list(facts[0]) if facts else ["subject"]),
        "timeline": ([records.timeline_entry(e) for e in timeline.build(store.events())], records.TIMELINE_FIELDS),
    }
    written = []
    for name, (rows, fields) in tables.items():
        path = out / f"{name}.{fmt}"
        with path.open("w", encoding="utf-8", newline="") as stream:
            output.write(rows, Format(fmt), stream, fields=fields)
        written.append(path)
    return written
