"""Report fixtures: a real SQLite store holding the made-up story of :mod:`report_story`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # report_story, shared with tests/web and tests/browser

import report_story  # noqa: E402


@pytest.fixture(scope="module")
def story_store(tmp_path_factory: pytest.TempPathFactory):
    """The story in a SQLite file, shared by a module's tests (they only read it)."""
    from newsclaims.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'story.db'}"
    with Store(url) as store:
        report_story.fill(store)
        yield store
