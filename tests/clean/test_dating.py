"""The order of evidence for one document's publication date (clean.dating), with texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.clean import clean
from newsclaims.clean.urls import date_in_url
from newsclaims.model import RawDocument

D = dt.date
BODY = ("Rescue teams pulled 14 people from the river after the barge overturned, the coastguard said.\n\n"
        "Officials said the search would go on through the night and into the weekend.")
PAGE = ('<html><head><title>Barge overturns</title>{meta}</head><body><article><h1>Barge overturns</h1>'
        '<p>Rescue teams pulled 14 people from the river after the barge overturned, the coastguard said.</p>'
        '<p>Officials said the search would go on through the night and into the weekend.</p></article></body></html>')
META = '<meta property="article:published_time" content="2024-05-06T08:00:00+00:00">'


def _text(text: str = BODY, **fields) -> RawDocument:
    return RawDocument(uri=fields.pop("uri", "feed.jsonl#L1"), content=f"Barge overturns\n\n{text}",
                       media_type="text/plain", **fields)


def _dated(raw: RawDocument, **options) -> tuple:
    article = clean(raw, **options)
    return article.published, article.published_basis


@pytest.mark.parametrize("url, expected", [
    ("https://news.example/2023/09/12/barge-overturns", D(2023, 9, 12)),
    ("https://news.example/world/2018/07/02/barge.html", D(2018, 7, 2)),
    ("https://news.example/20230912/barge", D(2023, 9, 12)),
    ("https://news.example/news/2019/11/8/20948348/barge", D(2019, 11, 8)),
    ("https://news.example/columns/201911181077343476-barge/", D(2019, 11, 18)),
    ("https://news.example/story/barge-overturns", None),
    ("https://2019news.example/story/barge", None),  # the host is no date
    ("https://news.example/2060/01/02/plan", None),  # not after today
    ("https://news.example/2023/13/40/x", None),
])
def test_date_in_url(url: str, expected: dt.date | None) -> None:
    found = date_in_url(url, today=D(2026, 1, 1))
    assert (found.first if found and found.is_day else None) == expected


def test_month_in_url() -> None:
    found = date_in_url("https://news.example/2018/07/barge.html", today=D(2026, 1, 1))
    assert found and not found.is_day and (found.first, found.last) == (D(2018, 7, 1), D(2018, 7, 31))


def test_url_date_beats_a_year_in_the_text() -> None:
    raw = _text("A barge overturned, the worst accident since 2014, officials said.\n\n" + BODY,
                url="https://news.example/2018/07/02/barge")
    assert _dated(raw) == (D(2018, 7, 2), "url")


def test_page_metadata_beats_url_and_capture_date() -> None:
    raw = RawDocument(uri="https://news.example/2024/05/01/barge", content=PAGE.format(meta=META), media_type="text/html",
                      url="https://news.example/2024/05/01/barge", captured=dt.datetime(2026, 2, 3, 4, 5))
    assert _dated(raw) == (D(2024, 5, 6), "metadata")


def test_capture_date_is_the_last_resort_and_a_ceiling() -> None:
    raw = RawDocument(uri="https://news.example/a", content=PAGE.format(meta=""), media_type="text/html",
                      url="https://news.example/a", captured=dt.datetime(2026, 2, 3, 4, 5))
    article = clean(raw)
    assert (article.published, article.published_basis) == (D(2026, 2, 3), "metadata")
    assert "capture" in article.published_reason and article.published_confidence < 1


def test_dateline_beats_container_and_user_dates() -> None:
    raw = _text("LAGOS, March 4, 2025 - " + BODY, published=dt.datetime(2025, 3, 9))
    assert _dated(raw, published=D(2020, 1, 1)) == (D(2025, 3, 4), "text")


@pytest.mark.parametrize("container, given, expected", [
    (dt.datetime(2025, 3, 9, 7), D(2020, 1, 1), (D(2025, 3, 9), "metadata")),  # a JSONL or feed date first
    (None, D(2020, 1, 1), (D(2020, 1, 1), "user")),  # then the user's --published
    (None, None, (None, None)),  # nothing at all: undated
])
def test_container_and_user_dates_where_the_page_has_none(container, given, expected) -> None:
    assert _dated(_text(published=container), published=given) == expected


def test_undated_says_why() -> None:
    article = clean(_text())
    assert article.published is None and "no date" in article.published_reason


def test_user_date_does_not_override_a_date_in_the_url() -> None:
    raw = _text(url="https://news.example/2023/09/12/barge")
    assert _dated(raw, published=D(2025, 1, 1)) == (D(2023, 9, 12), "url")


def test_url_month_narrows_the_text() -> None:
    raw = _text("The barge overturned on July 9, officials said on Monday.\n\n" + BODY,
                url="https://news.example/2018/07/barge.html")
    assert _dated(raw) == (D(2018, 7, 9), "text")
