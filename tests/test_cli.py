"""The command line end to end: real files, a real SQLite file (and PostgreSQL server), the real model."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclaims.cli import app

pytestmark = pytest.mark.model

runner = CliRunner()

CLAIM_KEYS = {
    "document", "value", "low", "high", "qualifier", "unit", "counted", "measure", "subject",
    "source", "via", "cue", "modality", "as_of", "sentence", "start", "end",
}
ARTICLE_KEYS = {"document", "title", "outlet", "published", "published_basis", "words", "claims"}


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def seeded(request: pytest.FixtureRequest, tmp_path_factory, seed_dir: Path) -> Iterator[str]:
    """The five seed articles analysed once into a real SQLite file, or a real PostgreSQL schema."""
    if request.param == "sqlite":
        yield _analysed(str(tmp_path_factory.mktemp("cli") / "seed.db"), seed_dir)
    else:
        with request.getfixturevalue("postgres_schema")() as url:
            yield _analysed(url, seed_dir)


def _analysed(db: str, seed_dir: Path) -> str:
    result = invoke("analyze", seed_dir, "--db", db, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.output
    return db


def test_analyze_twice_adds_nothing(seeded: str, seed_dir: Path) -> None:
    before = json.loads(invoke("claims", "--db", seeded, "--format", "json").stdout)
    again = invoke("analyze", seed_dir, "--db", seeded, "--workers", "1")
    assert again.exit_code == 0
    assert "0 added, 5 unchanged, 0 skipped" in again.stderr
    after = json.loads(invoke("claims", "--db", seeded, "--format", "json").stdout)
    assert after == before


def test_claims_json_fields_and_spans(seeded: str) -> None:
    rows = json.loads(invoke("claims", "--db", seeded, "--format", "json").stdout)
    assert len(rows) >= 20
    assert all(CLAIM_KEYS <= set(r) for r in rows)
    from newsclaims.store import Store

    with Store(seeded) as store:
        texts = {a.article.uri: a.article.text for a in store.articles()}
    for r in rows:
        text = texts[r["document"]]
        assert text[r["start"]:r["end"]] == r["text"]
        assert r["sentence"] in text


def test_articles_formats(seeded: str) -> None:
    rows = json.loads(invoke("articles", "--db", seeded, "--format", "json").stdout)
    assert len(rows) == 5 and all(ARTICLE_KEYS <= set(r) for r in rows)
    lines = invoke("articles", "--db", seeded, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["document"] for line in lines] == [r["document"] for r in rows]
    table = list(csv.DictReader(io.StringIO(invoke("articles", "--db", seeded, "--format", "csv").stdout)))
    assert [r["document"] for r in table] == [r["document"] for r in rows]
    assert "Articles" in invoke("articles", "--db", seeded).stdout


def test_claims_filter(seeded: str) -> None:
    rows = json.loads(invoke("claims", "--db", seeded, "--format", "json", "--measure", "deployed").stdout)
    assert rows and {r["measure"] for r in rows} == {"deployed"}


def test_export_writes_every_view(seeded: str, tmp_path: Path) -> None:
    result = invoke("export", "--db", seeded, "--out", tmp_path / "out", "--format", "jsonl")
    assert result.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["articles.jsonl", "claims.jsonl", "facts.jsonl", "stories.jsonl", "timeline.jsonl"]


def test_skipped_input_exit_1_and_batch_goes_on(tmp_path: Path, examples_dir: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    good = next(p for p in sorted(examples_dir.rglob("*.txt")))
    db = tmp_path / "x.db"
    result = invoke("analyze", bad, good, "--db", db, "--workers", "1")
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 2 and any("empty.txt" in s for s in skipped) and any("binary.txt" in s for s in skipped)
    assert "1 added" in result.stderr


def test_misuse_exits_2(tmp_path: Path) -> None:
    assert invoke("analyze", tmp_path, "--published", "yesterday").exit_code == 2
    assert invoke("claims", "--db", "nosuchdriver://x/y").exit_code == 2


def test_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("newsclaims")
    proc = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "analyze" in proc.stdout


@pytest.mark.parametrize(
    ("uri", "cell"),
    [
        ("https://news.example/europe/2025/story-slug", "news.example/…/story-slug"),
        ("https://news.example/story", "news.example/story"),
        ("examples/briefs.jsonl#L2", "briefs.jsonl#L2"),
        ("/data/archive/a.txt", "a.txt"),
    ],
)
def test_tables_name_documents_briefly(uri: str, cell: str) -> None:
    from newsclaims.cli import _short

    assert _short(uri) == cell
