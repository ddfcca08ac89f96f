"""Outlet names (clean.outlet, clean.urls), with pages and lines written here."""

from __future__ import annotations

import pytest

from newsclaims.clean import clean
from newsclaims.clean.outlet import from_lines, from_markup
from newsclaims.clean.urls import outlet_from_url
from newsclaims.model import RawDocument

BODY = ("Rescue teams pulled 14 people from the river after the barge overturned, the coastguard said.\n\n"
        "Officials said the search would go on through the night and into the weekend.")


@pytest.mark.parametrize("url, expected", [
    ("https://apnews.com/article/barge-1234", "AP News"),
    ("https://www.reuters.com/world/barge-2024-05-06/", "Reuters"),
    ("https://www.bbc.co.uk/news/world-123", "BBC"),
    ("https://www.bbc.com/news/articles/abc", "BBC"),
    ("https://news.bbc.co.uk/2/hi/123.stm", "BBC"),
    ("https://www.aljazeera.com/news/2023/9/12/barge", "Al Jazeera"),
    ("https://edition.cnn.com/2018/07/02/world/x", "CNN"),
    ("https://www.harbourcourier.example/local/barge", "harbourcourier.example"),
    ("/home/me/scrapes/001_7bada9.txt", None),  # a file is no outlet
    (None, None),
])
def test_outlet_from_url(url: str | None, expected: str | None) -> None:
    assert outlet_from_url(url) == expected


@pytest.mark.parametrize("lines, expected", [
    (["© 2025 The Harbour Courier. All rights reserved."], "The Harbour Courier"),
    (["Copyright 2024 Northbridge Media Ltd"], "Northbridge Media"),
    (["Copyright © 2019-2024 Lakeside Gazette, Inc. All Rights Reserved."], "Lakeside Gazette"),
    (["Continental Review. All rights reserved."], "Continental Review"),
    (["Coastal Times | October 4, 2026 | 4 min read"], "Coastal Times"),
    (["Photo: © Getty Images"], None),  # a picture's credit
    (["© AFP"], None),
    (["The barge overturned near the harbour."], None),
])
def test_from_lines(lines: list[str], expected: str | None) -> None:
    assert from_lines(lines) == expected


def test_from_markup_reads_a_footer() -> None:
    markup = "<html><body><p>Text</p><footer><p>&copy; 2023 The Valley Herald</p></footer></body></html>"
    assert from_markup(markup) == "The Valley Herald"


def _outlet(content: str, media_type: str = "text/plain", **fields) -> str | None:
    given = fields.pop("given", None)
    raw = RawDocument(uri=fields.pop("uri", "/data/scrapes/001_7bada9d83f042a94.txt"), content=content,
                      media_type=media_type, **fields)
    return clean(raw, outlet=given).outlet


def test_plain_text_named_by_its_copyright_line_not_its_file() -> None:
    assert _outlet(f"Barge overturns\n\n{BODY}\n\n© 2025 The Harbour Courier") == "The Harbour Courier"


def test_plain_text_with_only_a_url_is_named_by_its_host() -> None:
    assert _outlet(f"Barge overturns\n\n{BODY}", url="https://www.apnews.com/article/x") == "AP News"
    assert _outlet(f"Barge overturns\n\n{BODY}", url="https://riverside.example/x") == "riverside.example"


def test_a_major_outlet_host_beats_a_copyright_line() -> None:
    assert _outlet(f"Barge overturns\n\n{BODY}\n\nCopyright 2025 Thomson Reuters.",
                   url="https://www.reuters.com/x") == "Reuters"


def test_container_and_site_name_first_user_last() -> None:
    assert _outlet(f"Barge overturns\n\n{BODY}", outlet="River Post", url="https://riverside.example/x") == "River Post"
    page = ('<html><head><meta property="og:site_name" content="Delta Daily"></head><body><article><h1>Barge overturns</h1>'
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    assert _outlet(page, "text/html", url="https://riverside.example/x") == "Delta Daily"
    assert _outlet(f"Barge overturns\n\n{BODY}", given="My Scrapes") == "My Scrapes"
    assert _outlet(f"Barge overturns\n\n{BODY}", url="https://riverside.example/x", given="Mine") == "riverside.example"


def test_no_outlet_is_none_never_a_file_name() -> None:
    assert _outlet(f"Barge overturns\n\n{BODY}") is None


def test_a_dated_line_deep_in_the_text_is_no_byline() -> None:
    lines = ["Headline", *[f"Paragraph {i} of the story." for i in range(20)], "Kim Jong Un | March 3 meeting"]
    assert from_lines(lines) is None
