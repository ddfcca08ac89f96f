"""CSV exports open in Python's csv module as one row per record, with no JSON in any cell
(real seed articles, a real SQLite file, the real model)."""

from __future__ import annotations

import codecs
import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclaims.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()


def invoke(*args: object):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, seed_dir: Path) -> tuple[Path, Path]:
    """The seed articles analysed once, exported as JSON and as CSV for spreadsheets."""
    root = tmp_path_factory.mktemp("csv")
    db = root / "seed.db"
    invoke("analyze", seed_dir, "--db", db, "--workers", "1", "--quiet")
    invoke("export", "--db", db, "--out", root / "json", "--format", "json")
    invoke("export", "--db", db, "--out", root / "csv", "--format", "csv", "--excel")
    return root / "json", root / "csv"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _records(folder: Path, name: str) -> list[dict]:
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def _nested(records: list[dict], field: str) -> int:
    return sum(max(1, len(r[field])) for r in records)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("articles", len),
        ("claims", len),
        ("facts", lambda records: _nested(records, "assertions")),
        ("timeline", lambda records: _nested(records, "events")),
    ],
)
def test_one_row_per_record_and_no_json_cells(exported: tuple[Path, Path], name: str, count) -> None:
    as_json, as_csv = exported
    rows = _rows(as_csv / f"{name}.csv")
    assert rows and len(rows) == count(_records(as_json, name))
    for row in rows:
        assert None not in row and None not in row.values()  # as many cells as columns
        for value in row.values():
            assert not value.startswith(("[", "{")), value
            assert "\n" not in value and value == value.strip()


def test_claim_rows_carry_the_sentence_trimmed(exported: tuple[Path, Path]) -> None:
    as_json, as_csv = exported
    by_id = {str(r["id"]): r for r in _records(as_json, "claims")}
    for row in _rows(as_csv / "claims.csv"):
        assert row["sentence"] == " ".join(by_id[row["id"]]["sentence"].split())


def test_excel_csv_starts_with_a_byte_order_mark(exported: tuple[Path, Path]) -> None:
    as_json, as_csv = exported
    assert all((as_csv / f"{n}.csv").read_bytes().startswith(codecs.BOM_UTF8) for n in ("articles", "claims", "facts", "timeline"))
    assert not (as_json / "claims.json").read_bytes().startswith(codecs.BOM_UTF8)


@pytest.mark.parametrize("command", ["articles", "stories", "claims", "facts", "timeline", "corrections"])
def test_every_listing_takes_excel(exported: tuple[Path, Path], command: str) -> None:
    db = exported[0].parent / "seed.db"
    for_excel = invoke(command, "--db", db, "--format", "csv", "--excel").stdout
    plain = invoke(command, "--db", db, "--format", "csv").stdout
    assert for_excel == "\ufeff" + plain and plain.splitlines()[0]  # a header line at least
    assert not invoke(command, "--db", db, "--format", "json", "--excel").stdout.startswith("\ufeff")
