"""The pages: every view renders, links land, hostile text stays text, headers are strict."""

from __future__ import annotations

import re

import pytest

import report_story

PAGES = ["/", "/facts", "/conflicts", "/timeline", "/sources", "/articles", "/search", "/search?q=killed&page=1"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert '<link rel="stylesheet" href="/static/style.css">' in response.text


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_served_with_a_strict_policy(client, path):
    headers = client.get(path).headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(("name", "media"), [("style.css", "text/css"), ("app.js", "text/javascript"), ("vega.js", "text/javascript")])
def test_static_assets_are_served_locally(client, name, media):
    response = client.get(f"/static/{name}")
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)


def test_no_page_loads_anything_from_elsewhere(client):
    for path in PAGES:
        text = client.get(path).text
        assert not re.search(r'(src=|<link[^>]*href=)"(https?:)?//', text), path  # links out are fine


def facts(client):
    return client.get("/api/facts").json()


def test_fact_page_has_its_chart_and_claim_links(client):
    killed = next(f for f in facts(client) if f["fact"]["measure"] == "killed")
    text = client.get(f"/facts/{killed['key']}").text
    assert f'data-chart="chart-fact-{killed["key"]}"' in text and '<script src="/static/vega.js">' in text
    claim_ids = [c["id"] for a in killed["fact"]["assertions"] for c in a["claims"]]
    for claim in (c for a in killed["fact"]["assertions"] for c in a["claims"]):
        assert f'href="/articles/{claim["document_id"]}#claim-{claim["id"]}"' in text
    assert len(claim_ids) == 4


def test_every_claim_link_lands_on_a_mark_in_its_article(client):
    for claim in client.get("/api/claims").json()["items"]:
        text = client.get(f"/articles/{claim['document_id']}").text
        assert f'<mark id="claim-{claim["id"]}"' in text


def test_hostile_article_renders_as_text(client):
    hostile = next(a for a in client.get("/api/articles").json() if a["title"] == report_story.HOSTILE_TITLE)
    for path in (f"/articles/{hostile['id']}", "/articles", "/", "/sources", "/timeline", "/search?q=displaced"):
        text = client.get(path).text
        assert "<script>window.pwned" not in text and "onerror=" not in text.replace("onerror=&#34;", "")
        assert "<b onmouseover" not in text and '<script>alert("title")' not in text
    text = client.get(f"/articles/{hostile['id']}").text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=&#34;window.pwned = 2&#34;&gt;" in text


def test_search_page_keeps_filters_across_pages(story_url):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from newsclaims.web import create_app, pages

    old, pages.PER_PAGE = pages.PER_PAGE, 2
    try:
        with TestClient(create_app(story_url), base_url="http://localhost") as client:
            first = client.get("/search?measure=killed&q=").text
            assert "4 claims, 1–2 shown" in first
            nxt = re.search(r'<a rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
            assert "measure=killed" in nxt and "page=2" in nxt
            assert "4 claims, 3–4 shown" in client.get(nxt).text
    finally:
        pages.PER_PAGE = old


@pytest.mark.parametrize(("path", "status"), [("/facts/000000000000", 404), ("/articles/nope", 404), ("/nope", 404), ("/search?since=bad", 422)])
def test_page_errors_are_pages(client, path, status):
    response = client.get(path)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert f"<b>{status}</b>" in response.text


def test_serve_binds_loopback_by_default():
    import inspect

    from newsclaims import web

    assert inspect.signature(web.serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(web.serve).parameters["allow_private"].default is False
