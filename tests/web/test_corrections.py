"""Edit forms: correcting an article and a claim through the app, over a real SQLite store."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import warnings
from pathlib import Path

import pytest
import report_story

from newsclaims.report.data import source_rows
from newsclaims.store import Store


@pytest.fixture
def app_client(tmp_path: Path):
    """A test client over a fresh copy of the story (these tests change it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from newsclaims.web import create_app

    path = tmp_path / "story.db"
    with Store(str(path)) as store:
        report_story.fill(store)
    with TestClient(create_app(str(path)), base_url="http://localhost", raise_server_exceptions=False) as client:
        client.db_path = path
        yield client


def token(page: str) -> str:
    return re.search(r'name="token" value="([0-9a-f]+)"', page).group(1)


def first_claim(client) -> dict:
    return client.get("/api/claims", params={"measure": "killed"}).json()["items"][0]


def test_claim_form_changes_only_what_was_changed(app_client) -> None:
    claim = first_claim(app_client)
    path = f"/claims/{claim['id']}/correct"
    form = app_client.get(path)
    assert form.status_code == 200 and 'name="source" value="regional health office"' in form.text
    fields = {"token": token(form.text), "value": "45", "measure": "killed", "counted": "person",
              "subject": "Eastvale", "place": "", "source": "Ministry of Health", "via": "",
              "modality": "reported", "as_of": claim["claim"]["as_of"] or "", "by": "ed", "why": "the ministry's release"}
    answer = app_client.post(path, data=fields, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith(f"/articles/{claim['document_id']}")
    fixed = app_client.get("/api/claims", params={"source": "ministry"}).json()["items"]
    assert [(c["claim"]["quantity"]["value"], c["corrected"]) for c in fixed] == [(45.0, ["value", "source"])]
    rows = sqlite3.connect(app_client.db_path).execute("SELECT field, author, reason FROM corrections").fetchall()
    assert rows == [("value", "ed", "the ministry's release"), ("source", "ed", "the ministry's release")]
    page = app_client.get(answer.headers["location"]).text
    assert "✎ corrected" in page


def test_not_a_claim_from_the_form(app_client) -> None:
    claim = first_claim(app_client)
    path = f"/claims/{claim['id']}/correct"
    form = app_client.get(path).text
    posted = app_client.post(path, data={"token": token(form), "not_a_claim": "true", "by": "ed"},
                             follow_redirects=False)
    assert posted.status_code == 303
    ids = [c["id"] for c in app_client.get("/api/claims", params={"limit": 500}).json()["items"]]
    assert claim["id"] not in ids


def test_article_form(app_client) -> None:
    article = app_client.get("/api/articles").json()[0]
    page = app_client.get(f"/articles/{article['id']}").text
    path = f"/articles/{article['id']}/correct"
    assert f'href="{path}"' in page
    form = app_client.get(path).text
    answer = app_client.post(path, data={"token": token(form), "outlet": "Corrected Daily", "title": article["title"],
                                         "published": article["published"], "story": "", "by": "ann"},
                             follow_redirects=False)
    assert answer.status_code == 303
    assert "Corrected Daily" in app_client.get("/api/overview").json()["outlets"]


@pytest.mark.parametrize("data, status, text", [
    ({"token": "forged", "by": "ed", "source": "X"}, 403, "another site"),
    ({"by": "ed", "source": "X"}, 422, "token"),
    ({"as_of": "March 3", "by": "ed"}, 400, "not a date"),
    ({"by": "ed"}, 400, "nothing to correct"),
])
def test_bad_posts_change_nothing(app_client, data, status, text) -> None:
    claim = first_claim(app_client)
    path = f"/claims/{claim['id']}/correct"
    form = app_client.get(path).text
    current = {"value": str(int(claim["claim"]["quantity"]["value"])), "measure": "killed",
               "counted": claim["claim"]["counted"], "subject": claim["claim"]["subject"] or "",
               "source": claim["claim"]["source"] or "", "modality": claim["claim"]["modality"],
               "as_of": claim["claim"]["as_of"] or ""}
    data = {**current, **data}
    if data.get("token") is None and "token" not in text:
        data["token"] = token(form)
    answer = app_client.post(path, data=data, follow_redirects=False)
    assert answer.status_code == status and text in answer.text
    assert sqlite3.connect(app_client.db_path).execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_sources_page_lists_one_name_per_source(tmp_path: Path) -> None:
    with Store(str(tmp_path / "s.db")) as store:
        report_story.fill(store)
        claims = store.claims()
    renamed = [dataclasses.replace(c, claim=dataclasses.replace(c.claim, source=c.claim.source.upper()))
               if i % 2 and c.claim.source else c for i, c in enumerate(claims)]
    names = [row.source for row in source_rows(renamed)]
    assert len(names) == len({n.lower() for n in names})
