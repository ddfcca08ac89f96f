"""Export everything stored as files: articles, claims, facts and the timeline."""

from __future__ import annotations

from pathlib import Path

from . import output, records
from .output import Format
from .reconcile import facts as reconcile_facts
from .reconcile import timeline
from .reconcile.facts import fact_record
from .store import Store


def export(store: Store, out: Path, fmt: str = "json", *, window_days: int = 14, story: str | None = None) -> list[Path]:
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
        "articles": ([records.article(a) for a in store.articles(story=story)], records.ARTICLE_FIELDS),
        "claims": ([records.claim(c) for c in claims], records.CLAIM_FIELDS),
        "facts": (facts, list(facts[0]) if facts else ["subject"]),
        "timeline": ([records.timeline_entry(e) for e in timeline.build(store.events(story=story))],
                     records.TIMELINE_FIELDS),
        "stories": ([records.story(s.story, len(s.facts), s.conflicts) for s in index], records.STORY_FIELDS),
    }
    written = []
    for name, (rows, fields) in tables.items():
        path = out / f"{name}.{fmt}"
        with path.open("w", encoding="utf-8", newline="") as stream:
            output.write(rows, Format(fmt), stream, fields=fields)
        written.append(path)
    return written
