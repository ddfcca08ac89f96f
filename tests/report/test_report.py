"""The HTML report: one self-contained file, every claim anchored, hostile text inert."""

from __future__ import annotations

import html.parser
import json
import re

import pytest

from newsclaims import report
from newsclaims.report import assets
from newsclaims.report.data import fact_key

import report_story


class Page(html.parser.HTMLParser):
    """What the tests need from a page: elements with their attributes, and script bodies."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)

    def handle_data(self, data):
        if self._script is not None:
            self.scripts.append((self._script, data))
            self._script = None

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if "id" in a}

    def all(self, tag: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag]


@pytest.fixture(scope="module")
def written(story_store, tmp_path_factory):
    path = report.write(story_store, tmp_path_factory.mktemp("report") / "out" / "report.html")
    text = path.read_text(encoding="utf-8")
    return story_store, text, Page(text)


def test_write_returns_the_path_of_one_html_file(story_store, tmp_path):
    path = report.write(story_store, tmp_path / "r.html")
    assert path == tmp_path / "r.html" and path.read_text(encoding="utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("tag", "attribute"),
    [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("object", "data")],
)
def test_nothing_is_loaded_from_outside(written, tag, attribute):
    _, _, page = written
    assert [a[attribute] for a in page.all(tag) if attribute in a and not a[attribute].startswith("data:")] == []


def test_no_url_anywhere_in_an_attribute(written):
    _, _, page = written
    values = [v for tag, attrs in page.tags for v in attrs.values() if v and attrs.get("class") != "original"]  # links out
    assert not [v for v in values if re.match(r"\s*(https?:|//|file:)", v, re.I)]


def test_no_stylesheet_or_font_url(written):
    _, text, _ = written
    style = re.search(r"<style>(.*?)</style>", text, re.S).group(1)
    assert "url(" not in style and "@import" not in style


def test_csp_allows_only_the_inline_scripts_and_no_network(written):
    _, _, page = written
    csp = next(a["content"] for a in page.all("meta") if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src" not in csp
    code = [body for attrs, body in page.scripts if "type" not in attrs]
    assert len(code) == 2 and all(assets.csp_hash(body) in csp for body in code)


def test_vega_is_inlined(written):
    _, text, _ = written
    assert "window.vegaEmbed=" in text


def test_every_fact_has_a_chart_spec_with_its_claims(written):
    store, _, page = written
    data = report.collect(store)
    specs = {a["id"]: json.loads(body) for a, body in page.scripts if a.get("type") == "application/json"}
    for fact in data.facts:
        spec = specs[f"chart-fact-{fact_key(fact)}"]
        ids = {row["id"] for row in spec["data"]["values"]}
        assert ids == {c.id for a in fact.assertions for c in a.claims}
    assert "chart-timeline" in specs


def test_every_claim_is_marked_and_every_link_lands(written):
    store, _, page = written
    ids = page.ids()
    assert {f"claim-{c.id}" for c in store.claims()} <= ids
    assert {f"event-{e.id}" for e in store.events()} <= ids
    targets = {a["href"][1:] for a in page.all("a") if a.get("href", "").startswith("#")}
    targets |= {a["data-href"][1:] for _, a in page.tags if a.get("data-href", "").startswith("#")}
    assert targets and targets <= ids


def test_claim_marks_are_mark_elements_inside_their_sentence(written):
    store, text, _ = written
    for claim in store.claims():
        number = re.escape(claim.claim.quantity.text)
        assert re.search(rf'<mark id="claim-{claim.id}" class="claim[^"]*"[^>]*>{number}</mark>', text)


@pytest.mark.parametrize(
    "raw",
    ["<script>window.pwned", '<img src=x onerror="window.pwned', "<script>alert(", "<b onmouseover=alert(1)>", "<b>people</b>"],
)
def test_hostile_text_is_escaped(written, raw):
    _, text, _ = written
    assert raw not in text


def test_hostile_text_is_shown_as_text(written):
    _, text, _ = written
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in text
    assert "&lt;b onmouseover=alert(1)&gt;Bad Outlet&lt;/b&gt;" in text


def test_json_in_script_tags_cannot_close_them(written):
    _, _, page = written
    bodies = [body for attrs, body in page.scripts if attrs.get("type") == "application/json"]
    assert bodies and not any("</" in body or "<!--" in body for body in bodies)
    assert any("\\u003c/script\\u003e" in body for body in bodies)  # the hostile sentence, escaped


def test_sections_and_counts(written):
    _, text, page = written
    assert {"overview", "facts", "conflicts", "timeline", "sources", "articles"} <= page.ids()
    assert re.search(r"<b>4</b> articles", text) and re.search(r"<b>7</b> claims", text)


def test_conflicts_section_names_the_conflicting_pair(written):
    store, text, _ = written
    conflicts = text[text.index('id="conflicts"') : text.index('id="timeline"')]
    low = next(c for c in store.claims() if c.claim.quantity.text == "Only 30")
    assert f'href="#claim-{low.id}"' in conflicts and "conflicting" in conflicts


def test_empty_store_renders(db_url, tmp_path):
    from newsclaims.store import Store

    with Store(db_url) as store:
        text = report.write(store, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No facts." in text and "No articles." in text


def test_story_ids_are_from_the_texts():
    assert len({a.id for a, _ in report_story.records()}) == len(report_story.STORY) + len(report_story.HOSTILE)
