"""Query parameters are bounded: absurd values are 422 in the error shape, never 500; long lists
are paged."""

from __future__ import annotations

import pytest

ABSURD = [
    "/api/claims?offset=9223372036854775808", "/api/claims?offset=-1", "/api/claims?limit=100000",
    "/search?page=4e17", "/search?page=400000000000000000", "/search?page=0",
    "/api/claims?q=" + "x" * 60_000, "/search?q=" + "x" * 60_000, "/api/claims?subject=" + "y" * 5000,
    "/facts?page=4e17", "/facts?page=99999999999999999999", "/articles?page=-3",
    "/api/facts?offset=9223372036854775808", "/api/articles?limit=0",
]


@pytest.mark.parametrize("path", ABSURD)
def test_absurd_parameters_are_422(client, path):
    response = client.get(path)
    assert response.status_code == 422, response.text[:300]
    if path.startswith("/api"):
        assert response.json()["error"]["code"] == "invalid_request"


def test_a_long_but_allowed_search_text_is_fine(client):
    assert client.get("/api/claims?q=" + "x" * 500).json()["total"] == 0
    assert client.get("/search?q=" + "x" * 500).status_code == 200


def test_pages_past_the_end_are_404(client):
    assert client.get("/facts?page=999").status_code == 404
    assert client.get("/articles?page=999").status_code == 404


def test_api_lists_page(client):
    every = client.get("/api/facts").json()
    assert len(every) >= 2
    assert client.get("/api/facts?limit=1").json() == every[:1]
    assert client.get("/api/facts?limit=1&offset=1").json() == every[1:2]
    articles = client.get("/api/articles").json()
    assert client.get("/api/articles?offset=1").json() == articles[1:]


def test_facts_page_is_paged(story_url, monkeypatch):
    import warnings

    from newsclaims.web import create_app, pages

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    monkeypatch.setattr(pages, "FACTS_PER_PAGE", 1)
    with TestClient(create_app(story_url), base_url="http://localhost") as client:
        keys = [e["key"] for e in client.get("/api/facts").json()]
        first, second = client.get("/facts").text, client.get("/facts?page=2").text
    assert f'data-fact="{keys[0]}"' in first and f'data-fact="{keys[1]}"' not in first
    assert 'href="/facts?page=2"' in first and 'rel="prev"' not in first
    assert f'data-fact="{keys[1]}"' in second and 'href="/facts?page=1"' in second


def test_a_page_is_drawn_once_per_change_of_the_data(story_url):
    from newsclaims.store import Store
    from newsclaims.web.views import Views

    with Store(story_url) as store:
        views = Views(store)
        drawn = []
        for _ in range(3):
            views.memo("page", lambda data: drawn.append(data) or len(drawn))
        assert len(drawn) == 1
        views.invalidate()
        assert views.memo("page", lambda data: drawn.append(data) or len(drawn)) == 2


def test_absurd_parameters_on_a_real_server(story_url, serve_app):
    """The same over uvicorn, including a 100 KB search text (too long for httpx to send)."""
    import http.client
    from urllib.parse import urlsplit

    from newsclaims.web import create_app

    with serve_app(create_app(story_url)) as base:
        parts = urlsplit(base)
        for path in ("/api/claims?offset=9223372036854775808", "/search?page=4e17", "/search?q=" + "x" * 100_000,
                     "/api/claims?q=" + "x" * 100_000):
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            conn.request("GET", path)
            status = conn.getresponse().status
            conn.close()
            assert 400 <= status < 500, (path[:60], status)
