"""Report fixtures: a real SQLite store holding the made-up story of :mod:`report_story`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # report_story, shared with tests/web and tests/browser

import report_story  # noqa: E402


@pytest.fixture
def story_store(db_url: str):
    from newsclaims.store import Store

    with Store(db_url) as store:
        report_story.fill(store)
        yield store
