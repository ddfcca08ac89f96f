"""Assignment on our own written feed and on bad input, into real SQLite files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import sqlalchemy as sa

from newsclaims import clean, stories
from newsclaims.store import Store
from newsclaims.store.schema import story_members

from .conftest import gold, groups, raw


def test_written_feed_gets_its_stories(tmp_path: Path, feed_articles) -> None:
    mixed = list(feed_articles)
    random.Random(7).shuffle(mixed)
    labels = [label for label, _ in mixed]
    with Store(str(tmp_path / "s.db")) as store:
        assigned = stories.assign(store, [a for _, a in mixed])
    assert groups(labels, assigned) == gold(labels, assigned)


def test_same_kind_stories_stay_apart(tmp_path: Path, feed_articles) -> None:
    quakes = [a for label, a in feed_articles if label.startswith("quake")]
    boats = [a for label, a in feed_articles if label.startswith("boat")]
    with Store(str(tmp_path / "s.db")) as store:
        assigned = stories.assign(store, quakes + boats)
    assert len({a.story for a in assigned}) == 5  # two quakes, three sinkings


def test_two_runs_into_one_file_give_the_stories_of_one_run(tmp_path: Path, feed_articles) -> None:
    articles = [a for _, a in feed_articles]
    with Store(str(tmp_path / "one.db")) as store:
        once = {a.id: a.story for a in stories.assign(store, articles)}
    with Store(str(tmp_path / "two.db")) as store:
        first = stories.assign(store, articles[:9])
    with Store(str(tmp_path / "two.db")) as store:  # a later run, a fresh process's view
        second = stories.assign(store, articles[9:])
    assert {a.id: a.story for a in first + second} == once


def test_an_article_assigned_again_keeps_its_story_and_counts_once(tmp_path: Path, feed, feed_articles) -> None:
    item = feed[0]
    twin = clean.clean(raw(item, url="https://mirror.example/copy-of-the-same-article"))
    original = feed_articles[0][1]
    assert twin.id == original.id  # one document: ids are content hashes
    with Store(str(tmp_path / "s.db")) as store:
        first = stories.assign(store, [original, twin])
        again = stories.assign(store, [twin])
        with store.locked("test") as conn:
            members = conn.execute(sa.select(sa.func.count()).select_from(story_members)).scalar_one()
    assert first[0].story == first[1].story == again[0].story
    assert members == 1


def test_one_story_feed(tmp_path: Path, feed_articles) -> None:
    nepal = [a for label, a in feed_articles if label == "quake-nepal"]
    with Store(str(tmp_path / "s.db")) as store:
        assigned = stories.assign(store, nepal)
        found = store.stories()
    assert len({a.story for a in assigned}) == 1
    assert assigned[0].story == f"s{nepal[0].id}"  # the first article's id
    assert found == []  # stories are listed once their articles are stored


def test_one_article_per_story(tmp_path: Path, feed_articles) -> None:
    firsts = {}
    for label, article in feed_articles:
        firsts.setdefault(label, article)
    with Store(str(tmp_path / "s.db")) as store:
        assigned = stories.assign(store, list(firsts.values()))
    assert len({a.story for a in assigned}) == len(firsts)


def test_no_dates_at_all(tmp_path: Path, feed) -> None:
    undated = [(item["story"], clean.clean(raw(item, dated=False))) for item in feed]
    labels = [label for label, _ in undated]
    with Store(str(tmp_path / "s.db")) as store:
        assigned = stories.assign(store, [a for _, a in undated])
    assert groups(labels, assigned) == gold(labels, assigned)


def test_the_same_words_years_apart_are_two_stories(tmp_path: Path, feed_articles) -> None:
    """A story's articles re-dated five years later (an anniversary retelling) start their own."""
    nepal = [a for label, a in feed_articles if label == "quake-nepal" and a.published]
    later = [dataclasses.replace(a, id=f"later{a.id}", published=a.published + dt.timedelta(days=5 * 365))
             for a in nepal]
    with Store(str(tmp_path / "s.db")) as store:
        assigned = stories.assign(store, nepal + later)
    assert len({a.story for a in assigned[:len(nepal)]}) == 1
    assert {a.story for a in assigned[:len(nepal)]}.isdisjoint({a.story for a in assigned[len(nepal):]})


def test_labels_are_titles(tmp_path: Path, feed_articles) -> None:
    with Store(str(tmp_path / "s.db")) as store:
        stories.assign(store, [a for label, a in feed_articles if label == "boat-senegal"])
        with store.locked("test") as conn:
            labels = conn.execute(sa.text("SELECT label FROM stories")).scalars().all()
    assert len(labels) == 1 and "Mbour" in labels[0]


def test_articles_stored_before_stories_get_one_at_the_next_run(tmp_path: Path, feed_articles) -> None:
    from newsclaims import pipeline
    from newsclaims.model import Findings

    nepal = [a for label, a in feed_articles if label == "quake-nepal"]
    with Store(str(tmp_path / "old.db")) as store:
        for article in nepal:
            store.add(dataclasses.replace(article, story=None), Findings())
        assert store.stories() == []
        pipeline.analyze([], store)
        found = store.stories()
        assert [s.articles for s in found] == [3]
        assert {a.article.story for a in store.articles()} == {found[0].id}


def test_the_seed_articles_alone_are_one_story(tmp_path: Path, seed_dir: Path) -> None:
    """Five outlets over nine months, one of them dated months before the others."""
    from newsclaims.model import RawDocument

    seeds = [clean.clean(RawDocument(uri=str(p), content=p.read_text(encoding="utf-8"), media_type="text/plain"))
             for p in sorted(seed_dir.glob("*.txt"))]
    with Store(str(tmp_path / "s.db")) as store:
        assert len({a.story for a in stories.assign(store, seeds)}) == 1
