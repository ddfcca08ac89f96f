"""`analyze` assigns stories; `stories` lists them; `--story` narrows every view (real model,
real SQLite files, our own written articles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclaims.cli import app

pytestmark = pytest.mark.model

runner = CliRunner()
STORIES = ("quake-nepal", "boat-senegal")


def invoke(*args) -> object:
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def write_feed(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps({k: v for k, v in i.items() if k != "story"}) + "\n" for i in items),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def analysed(tmp_path_factory, feed) -> tuple[str, dict[str, str]]:
    """Two stories analysed in two runs into one SQLite file: (db, url -> gold story)."""
    items = [i for i in feed if i["story"] in STORIES]
    folder = tmp_path_factory.mktemp("stories")
    db = str(folder / "two.db")
    for n, part in enumerate((items[::2], items[1::2])):
        result = invoke("analyze", write_feed(folder / f"run{n}.jsonl", part), "--db", db, "--workers", "1", "-q")
        assert result.exit_code == 0, result.output
    return db, {i["url"]: i["story"] for i in items}


def json_out(*args) -> list[dict]:
    result = invoke(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_two_runs_sort_articles_into_their_stories(analysed) -> None:
    db, gold = analysed
    articles = json_out("articles", "--db", db)
    by_story: dict[str, set[str]] = {}
    for row in articles:
        by_story.setdefault(row["story"], set()).add(gold[row["document"]])
    assert sorted(len(v) for v in by_story.values()) == [1, 1] and len(by_story) == 2
    listed = json_out("stories", "--db", db)
    assert {row["id"] for row in listed} == set(by_story)
    assert set(listed[0]) == {"id", "label", "articles", "outlets", "first", "last", "facts", "conflicts"}
    assert listed[0]["articles"] == 3 and listed[1]["articles"] == 2  # largest first
    assert "Nepal" in listed[0]["label"] or "Jajarkot" in listed[0]["label"]
    assert listed[0]["first"] == "2023-11-04" and listed[0]["facts"] >= 1


def test_story_narrows_claims_facts_timeline_and_articles(analysed) -> None:
    db, gold = analysed
    stories = json_out("stories", "--db", db)
    nepal, senegal = stories[0]["id"], stories[1]["id"]
    claims = json_out("claims", "--db", db, "--story", senegal)
    assert claims and {c["story"] for c in claims} == {senegal}
    assert {gold[c["document"]] for c in claims} == {"boat-senegal"}
    everything = json_out("claims", "--db", db)
    assert len(everything) > len(claims)
    facts = json_out("facts", "--db", db, "--story", nepal)
    nepal_claims = {c["id"] for c in json_out("claims", "--db", db, "--story", nepal)}
    assert facts and all({c["id"] for c in f["claims"]} <= nepal_claims for f in facts)
    assert {a["document"] for a in json_out("articles", "--db", db, "--story", senegal)} == \
        {url for url, s in gold.items() if s == "boat-senegal"}
    timeline = json_out("timeline", "--db", db, "--story", senegal)
    assert all(gold[e["document"]] == "boat-senegal" for entry in timeline for e in entry["events"])


def test_story_narrows_export_and_report(analysed, tmp_path: Path) -> None:
    db, _ = analysed
    senegal = json_out("stories", "--db", db)[1]["id"]
    assert invoke("export", "--db", db, "--story", senegal, "--out", tmp_path / "x").exit_code == 0
    exported = json.loads((tmp_path / "x" / "stories.json").read_text())
    assert [s["id"] for s in exported] == [senegal]
    assert all(c["story"] == senegal for c in json.loads((tmp_path / "x" / "claims.json").read_text()))
    assert invoke("report", "--db", db, "--out", tmp_path / "all.html").exit_code == 0
    html = (tmp_path / "all.html").read_text()
    assert 'id="stories"' in html and f'id="story-{senegal}"' in html
    assert invoke("report", "--db", db, "--story", senegal, "--out", tmp_path / "one.html").exit_code == 0
    assert "Jajarkot" not in (tmp_path / "one.html").read_text()
