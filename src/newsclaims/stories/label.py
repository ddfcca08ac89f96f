"""A story's readable label: its most telling title, else its most telling names.

Online, like assignment: when an article joins, its title becomes the label if the article is
closer to the story's centroid (token cosine) than the article the label came from. A story whose
articles carry no title is labelled by the names weighing most in its centroid ("Ayacucho ·
Peru · National Seismology Institute").
"""

from __future__ import annotations

from collections.abc import Mapping

ENTITIES = 3  # names in a label made of names
MAX_CHARS = 120


def from_title(title: str | None) -> str | None:
    if not title or not title.strip():
        return None
    text = " ".join(title.split())
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS - 1].rstrip() + "…"


def from_entities(entities: Mapping[str, float], idf: Mapping[str, float]) -> str:
    """The heaviest names (weight x idf), years left out."""
    names = [t for t in entities if not t.startswith("year:")]
    ranked = sorted(names, key=lambda t: (-entities[t] * idf.get(t, 1.0), t))
    shown: list[str] = []
    for term in ranked:
        name = term.title()
        if name not in shown:
            shown.append(name)
        if len(shown) == ENTITIES:
            break
    return " · ".join(shown) or "untitled story"
