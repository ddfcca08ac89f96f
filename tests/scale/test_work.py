"""What a worker runs: one article's extraction is bounded in time, and a slow article fails alone."""

from __future__ import annotations

import time

import pytest

from newsclaims.model import Article
from newsclaims.scale import work


def test_deadline_stops_a_block_that_runs_too_long() -> None:
    with pytest.raises(work.ExtractionTimeout):
        with work.deadline(0.2):
            time.sleep(5)


def test_deadline_leaves_a_quick_block_alone() -> None:
    with work.deadline(5):
        assert sum(range(1000)) == 499500
    time.sleep(0.1)  # the alarm was cancelled: nothing fires after the block


@pytest.mark.model
def test_an_article_over_its_deadline_is_skipped_with_the_reason(monkeypatch) -> None:
    work.warm()  # the model loaded before the deadline is cut short
    monkeypatch.setattr(work, "DOCUMENT_SECONDS", 0.001)
    article = Article(id="slow", uri="slow.txt", text="Officials said 12 people were hurt on Monday.\n\n" * 400,
                      title=None, outlet=None, published=None, published_basis=None, published_confidence=0.0)
    assert work.extract_batch([article]) == ["extraction stopped: it took longer than 0.001 s"]
