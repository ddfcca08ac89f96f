"""Web fixtures: the app over a real SQLite store holding the report tests' story."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "report"))  # report_story

import report_story  # noqa: E402


@pytest.fixture(scope="module")
def story_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from newsclaims.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'story.db'}"
    with Store(url) as store:
        report_story.fill(store)
    return url


@pytest.fixture(scope="module")
def client(story_url: str):
    """A test client of the app over the story (read-only tests share it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns that its TestClient prefers httpx2
        from fastapi.testclient import TestClient
    from newsclaims.web import create_app

    with TestClient(create_app(story_url), raise_server_exceptions=False) as test_client:
        yield test_client
