"""The JSON API: every view, search with filters and pages, errors in one shape, OpenAPI."""

from __future__ import annotations

import pytest

import report_story

VIEWS = ["/api/overview", "/api/facts", "/api/conflicts", "/api/timeline", "/api/sources", "/api/articles", "/api/claims"]


@pytest.mark.parametrize("path", VIEWS)
def test_every_view_answers_json(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"


def test_openapi_documents_every_api_path(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(VIEWS) | {"/api/facts/{key}", "/api/articles/{article_id}"} <= set(paths)
    assert "post" in paths["/api/articles"]
    assert all(not p.startswith("/api") or p in paths for p in paths)
    assert not any(p in paths for p in ("/", "/facts", "/static/{name}"))  # pages stay out of the API


def test_overview_counts(client):
    overview = client.get("/api/overview").json()
    assert (overview["articles"], overview["claims"], overview["events"]) == (4, 7, 4)
    assert overview["first"] == "2025-03-02" and overview["last"] == "2025-03-12"


def test_fact_by_key_and_its_claims(client):
    facts = client.get("/api/facts").json()
    killed = next(f for f in facts if f["fact"]["measure"] == "killed")
    one = client.get(f"/api/facts/{killed['key']}").json()
    assert one == killed and one["fact"]["status"] == "conflicting"
    figures = {c["claim"]["quantity"]["text"] for a in one["fact"]["assertions"] for c in a["claims"]}
    assert figures == {"At least 40", "At least 20", "about 55", "Only 30"}


def test_conflicts_are_the_conflicting_facts(client):
    assert [f["fact"]["status"] for f in client.get("/api/conflicts").json()] == ["conflicting"]


def test_article_detail_has_text_claims_and_events(client):
    listed = client.get("/api/articles").json()
    hostile = next(a for a in listed if a["title"] == report_story.HOSTILE_TITLE)
    detail = client.get(f"/api/articles/{hostile['id']}").json()
    assert detail["article"]["text"] == report_story.HOSTILE_TEXT  # JSON carries the text as it is
    assert len(detail["claims"]) == hostile["claims"] == 2 and len(detail["events"]) == 1


def test_sources_relayed_by_outlets(client):
    rows = {r["source"]: r for r in client.get("/api/sources").json()}
    assert rows["relief agency"]["claims"] == 3 and len(rows["relief agency"]["outlets"]) == 3


SEARCHES = [
    # (query string, expected total)
    ("", 7),
    ("q=killed", 3),  # "the death toll rose to about 55" says no "killed"
    ("q=KILLED", 3),
    ("measure=displaced", 3),
    ("measure=killed&outlet=Daily Example", 1),
    ("measure=killed&outlet=daily example", 1),
    ("source=relief agency", 3),
    ("subject=eastvale", 7),
    ("since=2025-03-04", 5),
    ("until=2025-03-04", 4),
    ("since=2025-03-03&until=2025-03-05", 2),
    ("q=&measure=&since=&until=", 7),  # blank form fields mean "any"
    ("q=no such words", 0),
]


@pytest.mark.parametrize(("query", "total"), SEARCHES)
def test_search_filters(client, query, total):
    page = client.get(f"/api/claims?{query}").json()
    assert page["total"] == total and len(page["items"]) == total


def test_search_pages_through_every_claim_once(client):
    seen = []
    for offset in range(0, 7, 3):
        page = client.get(f"/api/claims?limit=3&offset={offset}").json()
        assert page["total"] == 7 and (page["limit"], page["offset"]) == (3, offset)
        seen += [c["id"] for c in page["items"]]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 7


ERRORS = [
    # (method, path, status, code)
    ("get", "/api/facts/000000000000", 404, "not_found"),
    ("get", "/api/articles/nope", 404, "not_found"),
    ("get", "/api/nope", 404, "not_found"),
    ("get", "/api/claims?since=yesterday", 422, "invalid_request"),
    ("get", "/api/claims?measure=bogus", 422, "invalid_request"),
    ("get", "/api/claims?limit=0", 422, "invalid_request"),
    ("get", "/api/claims?limit=100000", 422, "invalid_request"),
    ("delete", "/api/facts", 405, "method_not_allowed"),
    ("post", "/api/articles", 422, "no_sources"),
]


@pytest.mark.parametrize(("method", "path", "status", "code"), ERRORS)
def test_errors_have_one_shape(client, method, path, status, code):
    response = getattr(client, method)(path)
    body = response.json()
    assert response.status_code == status and set(body) == {"error"}
    assert body["error"]["code"] == code and isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_validation_error_names_the_parameter(client):
    assert client.get("/api/claims?since=yesterday").json()["error"]["message"].startswith("query.since:")
