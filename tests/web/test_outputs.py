"""Outputs people use from the web app: the upload form, CSV of any search, offline API docs
at /docs, original URLs as links (a real SQLite store, the real app)."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import warnings

import pytest

import report_story
from newsclaims.model import Findings


def test_upload_form_posts_to_the_api_from_a_script_file(client):
    page = client.get("/add")
    assert page.status_code == 200
    assert re.search(r'<form id="add-form"[^>]+method="post" action="/api/articles" enctype="multipart/form-data"', page.text)
    assert 'name="files" multiple' in page.text and '<textarea name="urls"' in page.text
    assert '<script src="/static/add.js"></script>' in page.text
    script = client.get("/static/add.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")


def test_navigation_links_the_form_and_the_docs(client):
    text = client.get("/").text
    assert '<a href="/add">Add</a>' in text and '<a href="/docs">API</a>' in text


def test_docs_are_swagger_ui_served_from_here(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self' 'unsafe-eval';" in page.headers["content-security-policy"]  # no inline scripts allowed
    assert not re.search(r"<script>|<script(?![^>]*\bsrc=)[^>]*>", page.text)  # and none needed
    loaded = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert loaded and all(url.startswith("/static/") or url.startswith("data:") for url in loaded)
    for url in loaded:
        if url.startswith("/static/"):
            assert client.get(url).status_code == 200, url
    assert "SwaggerUIBundle" in client.get("/static/swagger-ui-bundle.js").text


def _csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.mark.parametrize("query", ["", "q=killed", "measure=displaced", "source=relief agency&since=2025-03-04"])
def test_any_search_as_csv(client, query):
    expected = client.get(f"/api/claims?{query}&limit=500").json()
    response = client.get(f"/api/claims.csv?{query}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = _csv(response.text)
    assert [int(r["id"]) for r in rows] == [c["id"] for c in expected["items"]]
    assert not any(v.startswith(("[", "{")) or "\n" in v for r in rows for v in r.values())


def test_csv_of_a_bad_search_is_the_json_error(client):
    response = client.get("/api/claims.csv?measure=bogus")
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_search_page_links_its_csv(client):
    text = client.get("/search?q=killed&measure=killed&page=1").text
    assert 'href="/api/claims.csv?q=killed&amp;measure=killed"' in text


@pytest.fixture(scope="module")
def linked_client(tmp_path_factory: pytest.TempPathFactory):
    """The app over the story, its first article with a web address, another with a hostile one."""
    from newsclaims.store import Store
    from newsclaims.web import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('links') / 'links.db'}"
    with Store(url) as store:
        (first, findings), (second, _), *_ = report_story.records(hostile=False)
        store.add(dataclasses.replace(first, url="https://news.example/eastvale-flood"), findings)
        store.add(dataclasses.replace(second, url="javascript:alert(1)"), Findings(claims=(), events=(), aliases=()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(url), base_url="http://localhost") as test_client:
        yield test_client, first.id, second.id


def test_article_urls_are_links_and_only_http_ones(linked_client):
    client, linked, hostile = linked_client
    listing = client.get("/articles").text
    assert '<a class="original" href="https://news.example/eastvale-flood" rel="noopener noreferrer"' in listing
    assert "javascript:" not in listing
    page = client.get(f"/articles/{linked}").text
    assert 'href="https://news.example/eastvale-flood"' in page
    assert 'href="javascript' not in client.get(f"/articles/{hostile}").text
