"""A stored poison figure (infinity, or a number beyond any count, written before migration 0004
or by hand) breaks no route: every page and API answer is 200 over a real server."""

from __future__ import annotations

import shutil
import sqlite3

import httpx
import pytest

ROUTES = [
    "/", "/facts", "/conflicts", "/timeline", "/sources", "/articles", "/search?q=killed",
    "/api/overview", "/api/facts", "/api/conflicts", "/api/timeline", "/api/sources", "/api/articles",
    "/api/claims",
]


@pytest.fixture(scope="module")
def poisoned_url(story_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("poison") / "poison.db"
    shutil.copyfile(story_url.removeprefix("sqlite:///"), path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE claims SET value = 9e999, low = 9e999, high = -9e999 WHERE id IN"
                     " (SELECT id FROM claims ORDER BY id LIMIT 3)")
        conn.execute("UPDATE claims SET value = 1e300 WHERE id IN (SELECT id FROM claims ORDER BY id LIMIT 2 OFFSET 3)")
    return f"sqlite:///{path}"


def test_every_route_survives_poison_figures(poisoned_url, serve_app):
    from newsclaims.web import create_app

    with serve_app(create_app(poisoned_url)) as base:
        for route in ROUTES:
            assert httpx.get(base + route, timeout=60).status_code == 200, route
        fact = httpx.get(base + "/api/facts").json()[0]["key"]
        assert httpx.get(f"{base}/facts/{fact}").status_code == 200
