"""The report of the real seed articles, analysed by the whole pipeline."""

from __future__ import annotations

import json
import re

import pytest

from newsclaims import pipeline, report
from newsclaims.report import charts
from newsclaims.report.data import fact_key

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_report(seed_dir, tmp_path_factory):
    from newsclaims.store import Store

    folder = tmp_path_factory.mktemp("seed")
    with Store(f"sqlite:///{folder / 'seed.db'}") as store:
        result = pipeline.analyze([str(seed_dir)], store)
        assert result.added and not result.skipped
        path = report.write(store, folder / "report.html")
        yield store, path.read_text(encoding="utf-8")


def test_every_claim_and_event_is_marked(seed_report):
    store, text = seed_report
    ids = set(re.findall(r' id="((?:claim|event)-\d+)"', text))
    assert {f"claim-{c.id}" for c in store.claims()} <= ids
    assert {f"event-{e.id}" for e in store.events()} <= ids


def test_every_dated_fact_has_a_valid_chart(seed_report):
    store, text = seed_report
    specs = dict(re.findall(r'<script type="application/json" id="([^"]+)">(.*?)</script>', text, re.S))
    for fact in report.collect(store).facts:
        if not charts.fact_rows(fact, str):
            continue  # no claim of this fact is dated: table only
        spec = json.loads(specs[f"chart-fact-{fact_key(fact)}"])
        assert all(row["lo"] <= row["hi"] for row in spec["data"]["values"])


def test_overview_matches_the_store(seed_report):
    store, text = seed_report
    stats = store.stats()
    assert f"<b>{stats['articles']}</b> articles" in text and f"<b>{stats['claims']}</b> claims" in text


def test_no_outside_url_in_any_attribute(seed_report):
    _, text = seed_report
    assert not re.search(r'(src|href|action)="\s*(https?:|//)', text)
