"""Fixtures for story assignment: the written feed (tests/data/stories/feed.jsonl), cleaned."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsclaims import clean
from newsclaims.model import Article, RawDocument

FEED = Path(__file__).resolve().parents[1] / "data" / "stories" / "feed.jsonl"


def raw(item: dict, *, dated: bool = True, url: str | None = None) -> RawDocument:
    published = dt.datetime.fromisoformat(item["published"]) if dated and item.get("published") else None
    return RawDocument(uri=url or item["url"], content=item["text"], media_type="text/plain",
                       title=item["title"], published=published, url=url or item["url"])


@pytest.fixture(scope="session")
def feed() -> list[dict]:
    return [json.loads(line) for line in FEED.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def feed_articles(feed) -> list[tuple[str, Article]]:
    """(gold story, cleaned article) for every line of the feed, in file order."""
    return [(item["story"], clean.clean(raw(item))) for item in feed]


def groups(labels: list[str], articles: list[Article]) -> set[frozenset[str]]:
    """The partition of gold labels by assigned story, to compare with the gold partition."""
    found: dict[str, set[str]] = {}
    for label, article in zip(labels, articles):
        found.setdefault(article.story, set()).add(f"{label}/{article.id}")
    return {frozenset(members) for members in found.values()}


def gold(labels: list[str], articles: list[Article]) -> set[frozenset[str]]:
    found: dict[str, set[str]] = {}
    for label, article in zip(labels, articles):
        found.setdefault(label, set()).add(f"{label}/{article.id}")
    return {frozenset(members) for members in found.values()}
