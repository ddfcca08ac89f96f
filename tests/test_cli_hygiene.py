"""CLI hygiene without the model: --version, read commands never create a database, invalid
choices rejected in one line, and the README says how to run the installed command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclaims import __version__
from newsclaims.cli import app
from newsclaims.model import MEASURES
from newsclaims.store import Store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
READ_COMMANDS = [
    ["articles"], ["claims"], ["facts"], ["timeline"], ["export", "--out", "x"], ["report"], ["serve"],
]


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"newsclaims {__version__}"


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_refuse_a_missing_database(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    result = invoke(*command, "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"newsclaims: error: no database at {db} (analyze articles into it first, or check --db)"]
    assert not db.exists()


def test_invalid_measure_is_one_line_naming_the_valid_ones(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(str(db)).close()
    result = invoke("claims", "--db", db, "--measure", "foo")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--measure 'foo'" in lines[0] and all(m in lines[0] for m in MEASURES)
    assert invoke("claims", "--db", db, "--measure", "killed").exit_code == 0


def test_readme_says_how_to_run_the_installed_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/newsclaims" in readme and "source .venv/bin/activate" in readme


def test_make_demo_ends_by_naming_the_report_and_serve() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    demo = re.search(r"^demo:.*?(?=^\S|\Z)", makefile, re.S | re.M).group(0)
    last = demo.strip().splitlines()[-1]
    assert "report.html" in last and "newsclaims serve" in last
