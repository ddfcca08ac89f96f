"""Corrections from the command line, end to end: the real pipeline into a real SQLite file,
re-extraction with ``analyze --reanalyze``, and the corrected values in facts and exports."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclaims.cli import app

pytestmark = pytest.mark.model

runner = CliRunner()


def invoke(*args: object, code: int = 0):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def claims(db: Path, *filters: str) -> list[dict]:
    return json.loads(invoke("claims", "--db", db, "--format", "json", *filters).stdout)


@pytest.fixture
def db(tmp_path: Path, examples_dir: Path) -> Path:
    path = tmp_path / "story.db"
    invoke("analyze", examples_dir, "--db", path, "--workers", "1", "--quiet")
    return path


def test_a_correction_survives_reanalysis_and_shows_in_facts_and_exports(db: Path, tmp_path: Path) -> None:
    target = next(c for c in claims(db) if c["source"] and c["measure"] == "killed")
    invoke("correct", "claim", target["id"], "--source", "Ministry of Truth", "--measure", "wounded",
           "--by", "ed", "--why", "misread the briefing", "--db", db)
    article = invoke("correct", "article", target["document_id"], "--outlet", "Corrected Courier",
                     "--by", "ed", "--db", db)
    assert "outlet = 'Corrected Courier'" in article.stderr

    again = invoke("analyze", "--reanalyze", "--db", db, "--workers", "1")
    assert "6 re-extracted, 0 added" in again.stderr

    fixed = claims(db, "--source", "ministry of truth")
    assert len(fixed) == 1 and fixed[0]["start"] == target["start"]
    assert fixed[0]["id"] != target["id"]  # re-extraction numbered the claims anew
    assert (fixed[0]["measure"], fixed[0]["outlet"]) == ("wounded", "Corrected Courier")
    assert set(fixed[0]["corrected"].split(", ")) == {"source", "measure", "outlet"}

    facts = json.loads(invoke("facts", "--db", db, "--format", "json").stdout)
    in_facts = [c for f in facts for c in f["claims"] if c["id"] == fixed[0]["id"]]
    assert in_facts and in_facts[0]["source"] == "Ministry of Truth" and in_facts[0]["corrected"]

    invoke("export", "--out", tmp_path / "out", "--format", "csv", "--db", db)
    with (tmp_path / "out" / "claims.csv").open(encoding="utf-8", newline="") as stream:
        exported = [row for row in csv.DictReader(stream) if row["source"] == "Ministry of Truth"]
    assert [(row["measure"], row["outlet"]) for row in exported] == [("wounded", "Corrected Courier")]

    stored = sqlite3.connect(db).execute("SELECT count(*) FROM facts WHERE corrected").fetchone()[0]
    assert stored >= 1  # the facts table Datasette users see carries the correction too


def test_list_and_undo(db: Path) -> None:
    target = claims(db)[0]
    invoke("correct", "claim", target["id"], "--not-a-claim", "--by", "ed", "--why", "a year", "--db", db)
    assert all(c["start"] != target["start"] or c["document_id"] != target["document_id"] for c in claims(db))
    listed = json.loads(invoke("corrections", "--db", db, "--format", "json").stdout)
    assert [(c["field"], c["by"], c["why"], c["start"]) for c in listed] == [
        ("not_a_claim", "ed", "a year", target["start"])]
    invoke("corrections", "--undo", listed[0]["id"], "--db", db)
    assert claims(db)[0]["id"] == target["id"]
    assert json.loads(invoke("corrections", "--db", db, "--format", "json").stdout) == []
    assert len(json.loads(invoke("corrections", "--all", "--db", db, "--format", "json").stdout)) == 1


@pytest.mark.parametrize("args, message", [
    (["correct", "claim", "999999", "--source", "X"], "no claim with id 999999"),
    (["correct", "article", "nowhere", "--outlet", "X"], "no stored article"),
    (["correct", "article", "nowhere"], "nothing to correct"),
    (["corrections", "--undo", "5"], "no active correction with id 5"),
])
def test_bad_corrections_exit_2_with_one_line(db: Path, args: list[str], message: str) -> None:
    result = invoke(*args, "--db", db, code=2)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_corrections_no_claim_meets_any_more_are_listed_and_announced(db: Path) -> None:
    first, second = claims(db)[:2]
    for target in (first, second):
        invoke("correct", "claim", target["id"], "--source", "Desk", "--by", "ed", "--db", db)
    # As if new rules no longer read the second number as a claim: its correction now points at
    # characters where no claim lies (the document's first two).
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE corrections SET number_start = 0, number_end = 2 WHERE number_start = ?", (second["start"],))
    listed = json.loads(invoke("corrections", "--db", db, "--format", "json").stdout)
    assert [(c["start"], c["applies"]) for c in listed] == [(first["start"], True), (0, False)]
    again = invoke("analyze", "--reanalyze", "--db", db, "--workers", "1", "--quiet")
    assert "1 correction(s) no longer meet a claim" in again.stderr
    assert "applies" in invoke("corrections", "--db", db).stdout  # the table shows the column


def test_analyze_needs_sources_or_reanalyze(db: Path) -> None:
    invoke("analyze", "--db", db, code=2)


@pytest.mark.parametrize("option, value", [
    ("--source", "NIS"), ("--source", "National Intelligence Service"),
])
def test_source_filters_agree_across_aliases(db: Path, option: str, value: str) -> None:
    every = {c["id"] for c in claims(db, "--source", "NIS")}
    assert len(every) >= 4
    assert {c["id"] for c in claims(db, option, value)} == every


@pytest.mark.parametrize("option, value, expect", [
    ("--source", "british", "British defence intelligence"),
    ("--outlet", "northbridge", "Northbridge Post"),
    ("--subject", "DPRK", "North Korea"),
])
def test_filters_match_part_of_a_name(db: Path, option: str, value: str, expect: str) -> None:
    found = claims(db, option, value)
    field = option.removeprefix("--")
    assert found and all(c[field] == expect for c in found)
