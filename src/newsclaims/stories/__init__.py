"""Stories: every article belongs to one story (one developing event), assigned online.

``assign(store, articles)`` gives each new article a story: it joins the most similar story
already in the store or started earlier in the same run, or starts one (:mod:`.assignment`). It runs
in the main process after cleaning and before extraction, in one write transaction per chunk
under the store's lock (SQLite ``BEGIN IMMEDIATE``; a PostgreSQL advisory lock), so concurrent
runs into one database see each other's stories and never assign one document twice.

- :mod:`.features`: an article's term vectors (lemmas, names and places, figures) and date;
- :mod:`.index`: the persisted state (centroids, inverted index, document frequencies, members);
- :mod:`.assignment`: similarity and the join-or-start decision;
- :mod:`.label`: a story's readable label.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article
from .assignment import DEFAULT, Parameters, assign_articles
from .index import Index

LOCK = "stories"

__all__ = ["DEFAULT", "Parameters", "adopt", "assign"]


def assign(store, articles: Sequence[Article], params: Parameters = DEFAULT) -> list[Article]:
    """The articles with ``story`` set, the store's story state updated in one transaction."""
    if not articles:
        return []
    with store.locked(LOCK) as conn:
        return assign_articles(articles, Index(conn), params)


def adopt(store) -> int:
    """Stored documents take the story their assignment now names (a later chunk may merge a
    story of one article into a grown story after its document was stored): how many moved."""
    import sqlalchemy as sa

    from ..store.schema import documents, story_members

    current = sa.select(story_members.c.story).where(story_members.c.document_id == documents.c.id).scalar_subquery()
    moved = sa.select(story_members.c.document_id).where(
        story_members.c.document_id == documents.c.id, story_members.c.story != documents.c.story).exists()
    with store.locked(LOCK) as conn:
        return conn.execute(documents.update().where(moved).values(story=current)).rowcount or 0
