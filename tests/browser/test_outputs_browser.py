"""Outputs in Chromium: the upload form adds an article through the real server, Swagger UI
renders offline at /docs, and the report's filter box, CSV download and chart export work
from disk (Debian's Chromium driven by Playwright; a real uvicorn on loopback)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from newsclaims import report
from newsclaims.store import Store

pytestmark = pytest.mark.browser

UPLOAD = (
    "Harbour fire contained\n\n"
    "Firefighters said on Tuesday that 14 warehouses burned overnight at the northern harbour, "
    "and the port authority said 230 workers were sent home while crews cooled the site.\n"
)


def test_upload_form_adds_an_article(watch, server, tmp_path: Path):
    upload = tmp_path / "harbour-fire.txt"
    upload.write_text(UPLOAD, encoding="utf-8")
    watched = watch(server)
    page = watched.page
    page.goto(server + "/")
    page.locator("header.top a", has_text="Add").click()
    page.wait_for_url("**/add")
    page.set_input_files("input[name=files]", str(upload))
    page.fill("textarea[name=urls]", "file:///etc/passwd")
    page.locator("#add-form button[type=submit]").click()
    summary = page.locator("#add-result .add-summary")
    page.wait_for_function("!document.querySelector('#add-result .add-summary').textContent.startsWith('Analys')",
                           timeout=120_000)
    assert summary.inner_text() == "1 added, 0 already stored, 1 skipped."
    assert "file:///etc/passwd" in page.locator("#add-result").inner_text()
    watched.screenshot("app-add.png")
    page.locator("#add-result a", has_text="added:").click()
    page.wait_for_url("**/articles/*")
    assert "14 warehouses" in page.locator(".article-text").inner_text()
    assert watched.errors == [] and watched.outside == []


def test_docs_render_swagger_ui_offline(watch, server):
    watched = watch(server)
    page = watched.page
    page.goto(server + "/")
    page.locator("header.top a", has_text="API").click()
    page.wait_for_url("**/docs")
    page.locator(".swagger-ui .opblock").first.wait_for(timeout=20_000)
    paths = page.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
    assert "/api/articles" in [p.strip() for p in paths] and "/api/claims.csv" in [p.strip() for p in paths]
    watched.screenshot("app-docs.png")
    assert watched.errors == [] and watched.outside == []


@pytest.fixture(scope="module")
def report_path(story_url, tmp_path_factory):
    with Store(story_url) as store:
        return report.write(store, tmp_path_factory.mktemp("report") / "report.html")


def open_report(watch, path):
    watched = watch(path.as_uri())
    watched.page.goto(path.as_uri())
    count = watched.page.locator("[data-chart]").count()
    watched.page.wait_for_function("n => document.querySelectorAll('[data-rendered]').length === n", arg=count,
                                   timeout=20_000)
    return watched


def test_report_filter_box(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    cards = page.locator("article.fact")
    total = cards.count()
    killed = page.locator("article.fact", has=page.locator("h3", has_text="killed"))
    page.fill("#filter", "DISPLACED")
    assert not killed.first.is_visible()
    visible = [c for c in cards.all() if c.is_visible()]
    assert 0 < len(visible) < total
    assert all("displaced" in row.inner_text().lower() or "displaced" in c.locator("h3").inner_text().lower()
               for c in visible for row in c.locator("tr[data-claim]").all() if row.is_visible())
    assert "items match" in page.locator("#filter-count").inner_text()
    articles = [a for a in page.locator("details.article").all() if a.is_visible()]
    assert articles and all("displaced" in a.text_content().lower() for a in articles)
    watched.screenshot("report-filtered.png")
    page.fill("#filter", "")
    assert all(c.is_visible() for c in cards.all()) and page.locator("#filter-count").inner_text() == ""
    assert watched.errors == [] and watched.outside == []


def test_report_downloads_claims_and_charts(watch, report_path):
    watched = open_report(watch, report_path)
    page = watched.page
    with page.expect_download() as got:
        page.locator("a.download", has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(got.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows and {"value", "source", "sentence"} <= set(rows[0])
    for kind, magic in (("png", b"\x89PNG"), ("svg", b"<svg")):
        with page.expect_download() as got:
            page.locator(f".chart-export button[data-export={kind}]").first.click()
        assert got.value.suggested_filename.endswith("." + kind)
        assert Path(got.value.path()).read_bytes().startswith(magic)
    assert watched.errors == []
