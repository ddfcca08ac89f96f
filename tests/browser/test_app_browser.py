"""The web app in Chromium, served by a real uvicorn: pages render with their charts, a click
on a fact's claim opens its article with the sentence highlighted, search works, hostile
text does nothing, and no console errors (a Content-Security-Policy violation is one)."""

from __future__ import annotations

import json
import urllib.request

import pytest

pytestmark = pytest.mark.browser


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own loopback server
        return json.load(response)


def wait_for_charts(page) -> None:
    count = page.locator("[data-chart]").count()
    page.wait_for_function("n => document.querySelectorAll('[data-rendered]').length === n", arg=count, timeout=20_000)


@pytest.mark.parametrize("path", ["/", "/facts", "/conflicts", "/timeline", "/sources", "/articles", "/search"])
def test_every_page_opens_cleanly(watch, server, path):
    watched = watch(server)
    watched.page.goto(server + path)
    wait_for_charts(watched.page)
    assert watched.page.locator("header.top a.brand").is_visible()
    assert watched.errors == [] and watched.outside == []


def test_click_a_fact_claim_and_see_its_sentence(watch, server):
    killed = next(f for f in get_json(server + "/api/facts") if f["fact"]["measure"] == "killed")
    watched = watch(server)
    page = watched.page
    page.goto(server + "/facts")
    wait_for_charts(page)
    page.locator(f'#fact-{killed["key"]} a').first.click()
    page.wait_for_url(f"**/facts/{killed['key']}")
    wait_for_charts(page)
    assert page.locator("[data-chart] svg").count() == 1
    watched.screenshot("app-fact.png", full_page=True)
    row = page.locator("tr[data-claim]").last
    claim_id = row.get_attribute("data-claim")
    figure = row.locator("td").nth(1).inner_text()
    row.locator("td.sentence").click()
    page.wait_for_url(f"**/articles/*#claim-{claim_id}")
    mark = page.locator(f"mark#claim-{claim_id}")
    mark.wait_for()
    page.wait_for_function(f"document.getElementById('claim-{claim_id}').classList.contains('active')")
    assert mark.inner_text() == figure
    assert page.locator(".sentence.active").count() == 1
    assert watched.errors == []
    watched.screenshot("app-article.png")


def test_search_with_filters(watch, server):
    watched = watch(server)
    page = watched.page
    page.goto(server + "/search")
    page.locator("select[name=measure]").select_option("killed")
    page.locator("input[name=q]").fill("killed")
    page.locator("form.search button").click()
    page.wait_for_url("**/search?*measure=killed*")
    assert page.locator("tr[data-claim]").count() == 3
    assert watched.errors == []
    watched.screenshot("app-search.png")


def test_hostile_article_page_does_nothing(watch, server):
    hostile = next(a for a in get_json(server + "/api/articles") if "<script>" in (a["title"] or ""))
    watched = watch(server)
    page = watched.page
    page.goto(f"{server}/articles/{hostile['id']}")
    assert page.evaluate("window.pwned") is None
    assert page.locator("main img").count() == 0
    assert page.locator("h1").inner_text() == hostile["title"]
    assert watched.errors == []
