"""Two runs assigning into one database at once (threads with their own Store and connections,
as two `analyze` processes would have) agree on every article's story."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from newsclaims import stories
from newsclaims.store import Store

from .conftest import gold, groups


def _run(url: str, articles, out: dict, errors: list) -> None:
    try:
        with Store(url) as store:
            for start in range(0, len(articles), 4):  # small chunks: the two runs interleave
                for article in stories.assign(store, articles[start:start + 4]):
                    out[article.id] = article.story
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)


def _concurrent(url: str, feed_articles) -> tuple[dict, dict]:
    ordered = [a for _, a in feed_articles]
    shuffled = list(ordered)
    random.Random(3).shuffle(shuffled)
    first, second, errors = {}, {}, []
    threads = [threading.Thread(target=_run, args=(url, ordered, first, errors)),
               threading.Thread(target=_run, args=(url, shuffled, second, errors))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return first, second


def _check(first: dict, second: dict, feed_articles) -> None:
    assert first == second  # one story per article, whichever run got there first
    labels = [label for label, _ in feed_articles]
    import dataclasses

    assigned = [dataclasses.replace(a, story=first[a.id]) for _, a in feed_articles]
    assert groups(labels, assigned) == gold(labels, assigned)


def test_two_concurrent_runs_into_sqlite(tmp_path: Path, feed_articles) -> None:
    url = str(tmp_path / "shared.db")
    Store(url).close()  # migrate once, as the first run would
    _check(*_concurrent(url, feed_articles), feed_articles)


@pytest.mark.postgres
def test_two_concurrent_runs_into_postgresql(postgres_schema, feed_articles) -> None:
    with postgres_schema() as url:
        Store(url).close()
        _check(*_concurrent(url, feed_articles), feed_articles)
