"""The edit form in Chromium: from an article's claim to its form, a correction saved, and the
claim shown corrected on the article page (no console errors, nothing fetched from outside)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_correct_a_claim_from_its_article(watch, server):
    watched = watch(server)
    page = watched.page
    page.goto(server + "/articles")
    page.locator("main a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/*")
    article_url = page.url
    page.locator("a.correct[href^='/claims/']").first.click()
    page.wait_for_url("**/claims/*/correct")
    page.fill("input[name=source]", "Ministry of Corrections")
    page.select_option("select[name=modality]", "estimated")
    page.fill("input[name=by]", "Browser Tester")
    page.fill("input[name=why]", "the ministry's own release")
    watched.screenshot("app-correct-claim.png", full_page=True)
    page.click("button[type=submit]")
    page.wait_for_url(article_url.split("#")[0] + "#claim-*")
    row = page.locator("tr[data-claim]", has_text="Ministry of Corrections")
    assert row.count() == 1
    assert "corrected" in row.locator(".corrected").inner_text()
    assert "modality" in row.locator(".corrected").get_attribute("title")
    assert watched.errors == [] and watched.outside == []


def test_correct_an_article(watch, server):
    watched = watch(server)
    page = watched.page
    page.goto(server + "/articles")
    page.locator("main a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/*")
    page.click("a.correct[href$='/correct']")
    page.fill("input[name=outlet]", "The Corrected Times")
    page.fill("input[name=by]", "Browser Tester")
    page.click("button[type=submit]")
    page.wait_for_selector("text=The Corrected Times")
    assert watched.errors == [] and watched.outside == []
