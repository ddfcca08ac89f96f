"""What readers take from the report: a title naming the story, the original URLs as links,
a filter box, a CSV of the claims, chart export, a print layout, years on time axes and
plurals that agree (a real SQLite store, the real renderer)."""

from __future__ import annotations

import base64
import csv
import dataclasses
import datetime as dt
import io
import re

import pytest

import report_story
from newsclaims import report
from newsclaims.report import assets, charts, extras
from newsclaims.report.page import environment, http_url, plural


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The report of the story, its first article with a web address, another with a hostile one."""
    from newsclaims.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('outputs') / 'story.db'}"
    with Store(url) as store:
        for index, (article, findings) in enumerate(report_story.records(hostile=False)):
            address = {0: "https://news.example/eastvale-flood", 1: "javascript:alert(1)"}.get(index)
            store.add(dataclasses.replace(article, url=address), findings)
        path = report.write(store, tmp_path_factory.mktemp("out") / "report.html")
    return path.read_text(encoding="utf-8")


def test_title_names_the_story_and_its_months(page: str) -> None:
    assert "<title>Eastvale: 3 articles, Mar 2025</title>" in page
    assert "<h1>Eastvale: 3 articles, Mar 2025</h1>" in page


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (dt.date(2025, 6, 3), dt.date(2026, 2, 1), "Jun 2025 – Feb 2026"),
        (dt.date(2025, 6, 3), dt.date(2025, 6, 30), "Jun 2025"),
        (None, None, ""),
    ],
)
def test_period(first, last, text) -> None:
    assert extras.period(first, last) == text


def test_original_urls_are_links_and_only_http_ones(page: str) -> None:
    assert '<a class="original" href="https://news.example/eastvale-flood" rel="noopener noreferrer"' in page
    assert "javascript:alert" not in page


@pytest.mark.parametrize(
    ("url", "link"),
    [("https://a.example/x", True), ("HTTP://a.example", True), ("javascript:alert(1)", False),
     ("file:///etc/passwd", False), ("story/a.txt", False), ("https://", False), (None, False)],
)
def test_only_web_addresses_become_links(url, link) -> None:
    assert (http_url(url) is not None) is link


def test_filter_box_and_its_script(page: str) -> None:
    assert re.search(r'<input type="search" id="filter"', page)
    assert 'id="filter-count"' in page and "article.fact" in page  # the script is inlined


def test_claims_download_as_flat_csv(page: str) -> None:
    href = re.search(r'<a class="download" download="claims.csv" href="([^"]+)"', page).group(1)
    prefix = "data:text/csv;charset=utf-8;base64,"
    assert href.startswith(prefix)
    text = base64.b64decode(href[len(prefix):]).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == sum(len(item["claims"]) for item in report_story.STORY)
    assert all(r["sentence"] and "\n" not in r["sentence"] for r in rows)


def test_charts_can_be_exported_and_pages_printed() -> None:
    script, style = assets.static_text("app.js"), assets.static_text("style.css")
    assert "toImageURL" in script and '"png", "svg"' in script
    assert "@media print" in style and re.search(r"@media print \{.*\.tools[^}]*display: none", style, re.S)


def test_time_axes_show_years() -> None:
    assert charts.X.to_dict()["axis"]["format"]["month"] == "%b %Y"
    assert all("%Y" in charts.TIME_FORMAT[unit] for unit in ("year", "quarter", "month", "week", "date", "day"))


@pytest.mark.parametrize(("count", "text"), [(0, "0 claims"), (1, "1 claim"), (2, "2 claims"), (1200, "1,200 claims")])
def test_plurals(count: int, text: str) -> None:
    assert plural(count, "claim") == text


def test_no_one_claims_anywhere(page: str) -> None:
    assert not re.search(r"\b1 (claims|articles|sources|days)\b", page)
    overview = environment().from_string('{% import "_macros.html" as m %}{{ m.overview(o) }}')
    from newsclaims.report.data import Overview

    o = Overview(articles=1, outlets=("A",), claims=1, facts=1, conflicting=0, sources=1, events=1,
                 first=None, last=None, outlet_articles=(("A", 1),))
    text = re.sub(r"<[^>]+>", "", overview.render(o=o))
    assert "1 article" in text and "1 claim" in text and "1 outlet" in text and "articles" not in text
