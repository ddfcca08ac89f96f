"""Golden facts of a small mixed feed (tests/data/mixed/, written for these tests).

Each article goes through the real stages (clean, extract with the model) into a real SQLite
file, with its story set on the Article record (standing in for story assignment); the facts
read back are compared with ``facts.golden.jsonl``. ``NEWSCLAIMS_UPDATE_GOLDEN=1`` rewrites it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from newsclaims import reconcile
from newsclaims.clean import clean
from newsclaims.extract import extract
from newsclaims.model import RawDocument
from newsclaims.reconcile import timeline
from newsclaims.store import Store

pytestmark = pytest.mark.model

MIXED = Path(__file__).resolve().parents[1] / "data" / "mixed"
GOLDEN = MIXED / "facts.golden.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('mixed') / 'mixed.db'}"
    with Store(url) as opened:
        for line in (MIXED / "feed.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = RawDocument(uri=row["url"], content=row["text"], media_type="text/plain", title=row["title"],
                              published=dt.datetime.fromisoformat(row["published"]), outlet=row["outlet"], url=row["url"])
            article = replace(clean(raw), story=row["story"])
            opened.add(article, extract(article))
        yield opened


@pytest.fixture(scope="module")
def found(store):
    return reconcile.facts(store.claims(), aliases=store.aliases())


def _line(fact) -> dict:
    return {
        "story": fact.story, "subject": fact.subject, "place": fact.place, "measure": fact.measure,
        "counted": fact.counted, "unit": fact.unit, "status": fact.status,
        "figures": [a.value if a.value is not None else [a.low, a.high] for a in fact.assertions],
        "summary": fact.summary,
    }


def test_golden_facts(found) -> None:
    lines = [_line(f) for f in found]
    if os.environ.get("NEWSCLAIMS_UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    golden = [json.loads(x) for x in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert lines == golden


def _one(found, story: str, measure: str, place: str | None = None):
    matching = [f for f in found if f.story == story and f.measure == measure and f.place == place]
    assert len(matching) == 1, [f.summary for f in found if f.story == story]
    return matching[0]


def test_two_quakes_stay_apart_and_the_toll_evolves(found) -> None:
    chile = _one(found, "quake-chile-2026", "killed")
    assert chile.status == "evolving" and {38, 95, 143} <= {a.value for a in chile.assertions}
    assert chile.best == 143
    nepal = _one(found, "quake-nepal-2025", "killed")
    assert {a.value for a in nepal.assertions} == {210, 250}, nepal.summary  # not the 2015 quake's 9,000


def test_a_region_is_shown_apart_from_the_whole(found) -> None:
    region = _one(found, "quake-chile-2026", "killed", "Valparaiso")
    assert {a.value for a in region.assertions} == {41, 58}
    assert 41 not in {a.value for a in _one(found, "quake-chile-2026", "killed").assertions}
    sindh = _one(found, "floods-pakistan", "killed", "Sindh")
    assert [a.value for a in sindh.assertions] == [420]


def test_an_earlier_disaster_stays_out(found, store) -> None:
    floods = _one(found, "floods-pakistan", "killed")
    values = {a.value for a in floods.assertions}
    assert floods.status == "evolving" and {1100, 1230} <= values and 1700 not in values, floods.summary
    marked = {c.claim.quantity.text: c.claim.other_event for c in store.claims()}
    assert marked["about 1,700"] == "earlier:2010-12-31" and marked["nearly 9,000"] == "comparison"
    assert marked["14"] == "teaser"


def test_missing_people_found_over_days_is_evolving(found) -> None:
    missing = _one(found, "ferry-indonesia", "missing")
    assert missing.status == "evolving" and [a.value for a in missing.assertions] == [60, 41, 12]
    assert "the latest is 12" in missing.summary
    dead = _one(found, "ferry-indonesia", "killed")
    assert 14 not in {a.value for a in dead.assertions}  # the teaser's blast


def test_a_body_revising_its_toll_down(found) -> None:
    fire = _one(found, "fire-portugal", "killed")
    assert fire.status == "revised" and fire.best == 39, fire.reason
    assert fire.summary.endswith("— revised; the latest is 39 (national forensic institute, June 2025).") \
        or "revised; the latest is 39" in fire.summary


def test_two_bodies_disagreeing_on_one_day(found) -> None:
    turnout = _one(found, "strike-spain", "other")
    assert turnout.status == "conflicting", turnout.summary
    assert 15000 not in {a.value for a in turnout.assertions}  # Madrid's figure is apart


def test_noise_only_with_all(found, store) -> None:
    everything = reconcile.facts(store.claims(), aliases=store.aliases(), noise=True)
    units = {f.unit for f in everything} - {f.unit for f in found}
    assert {"magnitude", "km", "times"} <= units


def test_timeline_never_merges_stories(store) -> None:
    for entry in timeline.build(store.events()):
        stories = {e.story for e in entry.events}
        assert len(stories) == 1, entry


def test_cli_facts_all_shows_the_noise(store) -> None:
    from typer.testing import CliRunner

    from newsclaims.cli import app

    runner = CliRunner()
    default = runner.invoke(app, ["facts", "--db", store.url, "--format", "jsonl"])
    everything = runner.invoke(app, ["facts", "--db", store.url, "--format", "jsonl", "--all"])
    assert default.exit_code == 0 and everything.exit_code == 0, default.output
    units = {json.loads(x)["unit"] for x in everything.output.splitlines()} - {
        json.loads(x)["unit"] for x in default.output.splitlines()}
    assert "magnitude" in units
