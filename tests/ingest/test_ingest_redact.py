"""Credentials in URLs are neither stored nor printed."""

from __future__ import annotations

import json

import pytest

from newsclaims.ingest.redact import without_credentials

CASES = [
    ("http://user:secret@host/x", "http://host/x"),
    ("https://user@news.example:8443/a?b=c#d", "https://news.example:8443/a?b=c#d"),
    ("HTTP://u:p@HOST/", "HTTP://HOST/"),
    ("cannot fetch http://a:b@h/x and ftp://c:d@h/y", "cannot fetch http://h/x and ftp://h/y"),
    ("http://host/path@not-userinfo", "http://host/path@not-userinfo"),
    ("mailto:someone@example.org", "mailto:someone@example.org"),
    ("upload:feed.jsonl#L3", "upload:feed.jsonl#L3"),
    (None, None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_without_credentials(text, expected):
    assert without_credentials(text) == expected


@pytest.mark.model
def test_a_stored_uri_has_no_credentials(tmp_path, db_url):
    from newsclaims import pipeline
    from newsclaims.store import Store

    feed = tmp_path / "feed.jsonl"
    record = {"url": "https://editor:hunter2@news.example/eastvale",
              "text": "Floods in Eastvale\n\nMore than 1,200 people were displaced, the agency said on Monday."}
    feed.write_text(json.dumps(record) + "\n" + json.dumps({"url": "https://editor:hunter2@news.example/bad"}) + "\n")
    with Store(db_url) as store:
        result = pipeline.analyze([str(feed)], store)
        (article,) = store.articles()
    assert article.article.uri == article.article.url == "https://news.example/eastvale"
    assert result.skipped and all("hunter2" not in s.uri + s.reason for s in result.skipped)


def test_a_skipped_url_is_printed_without_credentials(db_url):
    from newsclaims import pipeline
    from newsclaims.store import Store

    with Store(db_url) as store:
        result = pipeline.analyze(["http://editor:hunter2@127.0.0.1:9/story"], store)
    (skipped,) = result.skipped
    assert skipped.uri == "http://127.0.0.1:9/story" and "hunter2" not in skipped.reason
