"""The report, opened from disk in Chromium: charts drawn offline, a click on a claim
highlights its sentence, hostile text does nothing, no console errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclaims import report
from newsclaims.store import Store

pytestmark = pytest.mark.browser

DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"


@pytest.fixture(scope="module")
def report_path(story_url, tmp_path_factory):
    with Store(story_url) as store:
        return report.write(store, tmp_path_factory.mktemp("report") / "report.html")


def open_report(watch, path):
    watched = watch(path.as_uri())
    watched.page.goto(path.as_uri())
    charts = watched.page.locator("[data-chart]")
    watched.page.wait_for_function(
        "n => document.querySelectorAll('[data-rendered]').length === n", arg=charts.count(), timeout=20_000
    )
    return watched


def test_charts_render_offline(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    assert page.locator("[data-chart]").count() == 3  # two facts and the timeline
    assert page.locator("[data-chart] svg").count() == 3
    assert page.locator("[data-chart] svg .mark-symbol path").count() > 0
    assert watched.errors == [] and watched.outside == []
    watched.screenshot("report-top.png")


def test_clicking_a_claim_row_highlights_its_sentence(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    row = page.locator("#facts tr[data-claim]").first
    claim_id = row.get_attribute("data-claim")
    row.locator("td.sentence").click()
    mark = page.locator(f"mark#claim-{claim_id}")
    assert "active" in mark.get_attribute("class")
    assert page.locator(".sentence.active mark.active").count() == 1
    assert page.evaluate("location.hash") == f"#claim-{claim_id}"
    assert mark.is_visible() and mark.evaluate("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    assert watched.errors == []
    watched.screenshot("report-claim.png")


def test_clicking_a_chart_mark_jumps_to_its_sentence(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    page.locator("#facts [data-chart] svg .mark-symbol path").first.click(force=True)
    page.wait_for_function("location.hash.startsWith('#claim-')", timeout=5_000)
    claim = page.evaluate("location.hash.slice(1)")
    assert "active" in page.locator(f"mark#{claim}").get_attribute("class")


def test_conflict_link_highlights_the_later_lower_figure(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    page.locator("#conflicts .pairs a").nth(1).click()
    assert page.locator("mark.active").inner_text() == "Only 30"


def test_hostile_article_does_nothing(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    page.locator("details.article").nth(3).evaluate("d => d.open = true")
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    assert page.get_by_text('<script>alert("title")</script> Valley floods').count() == 1
    assert watched.errors == []


def test_docs_screenshot(watch, clean_story_url, tmp_path):
    """docs/screenshot.png for the README: the report of the story without its hostile
    article. Written when missing, or when NEWSCLAIMS_UPDATE_SCREENSHOT is set."""
    with Store(clean_story_url) as store:
        path = report.write(store, tmp_path / "report.html")
    watched = open_report(watch, path)
    watched.page.locator("#facts").scroll_into_view_if_needed()
    shot = watched.screenshot("report-facts.png")
    if os.environ.get("NEWSCLAIMS_UPDATE_SCREENSHOT") or not DOCS_SCREENSHOT.exists():
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        DOCS_SCREENSHOT.write_bytes(shot.read_bytes())
    assert watched.errors == []
