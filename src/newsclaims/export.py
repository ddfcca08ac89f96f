"""Export everything stored as files: articles, claims, facts and the timeline.

In CSV, ``claims.csv`` has one row per claim, ``facts.csv`` one per assertion (a figure one
source gives, with its fact's columns repeated) and ``timeline.csv`` one per event (a dated
happening in one article, with its timeline entry's columns repeated). ``excel=True`` starts
each CSV file with a UTF-8 byte-order mark, so that spreadsheets read it as UTF-8.
"""

from __future__ import annotations

from pathlib import Path

from . import output, records
from .output import Format
from .reconcile import facts as reconcile_facts
from .reconcile import timeline
from .reconcile.records import fact_record
from .store import Store


def export(store: Store, out: Path, fmt: str = "json", *, window_days: int = 14, story: str | None = None,
           excel: bool = False) -> list[Path]:
    """Write ``articles``, ``claims``, ``facts``, ``timeline`` and ``stories`` files into ``out``
    (only one story's, when ``story`` names one); return their paths."""
    from . import overview

    out.mkdir(parents=True, exist_ok=True)
    claims = store.claims(story=story)
    found = (reconcile_facts(claims, window_days=window_days, aliases=store.aliases()) if story is None
             else overview.story_facts(store, story, window_days=window_days))
    facts = [fact_record(f) for f in found]
    index = overview.index(store, window_days=window_days, story=story)
    tables = {
        "articles": ([records.article(a) for a in store.articles(story=story)], records.ARTICLE_FIELDS, None),
        "claims": ([records.claim(c) for c in claims], records.CLAIM_FIELDS, None),
        "facts": (facts, list(facts[0]) if facts else ["subject"], "assertions"),
        "timeline": ([records.timeline_entry(e) for e in timeline.build(store.events(story=story))],
                     records.TIMELINE_FIELDS, "events"),
        "stories": ([records.story(s.story, len(s.facts), s.conflicts) for s in index], records.STORY_FIELDS, None),
    }
    encoding = "utf-8-sig" if excel and fmt == "csv" else "utf-8"
    written = []
    for name, (rows, fields, expand) in tables.items():
        path = out / f"{name}.{fmt}"
        with path.open("w", encoding=encoding, newline="") as stream:
            output.write(rows, Format(fmt), stream, fields=fields, expand=expand)
        written.append(path)
    return written
