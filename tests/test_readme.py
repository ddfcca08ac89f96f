"""The README and the CLI's --help stay in step: every command and every option is documented."""

from __future__ import annotations

import json
import re

import click
import pytest
import typer.main

from newsclaims.cli import app
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


def section(name: str) -> str:
    match = re.search(rf"^### `newsclaims {name}\b.*?(?=^### |^## |\Z)", README, re.S | re.M)
    assert match, f"README has no '### `newsclaims {name} ...`' section"
    return match.group(0)


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S)
    assert blocks and blocks[0].split() == ["make", "demo", "make", "test"]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_documented(name: str) -> None:
    text = section(name)
    command: click.Command = COMMANDS[name]
    for param in command.params:
        if isinstance(param, click.Option):
            assert any(opt in text for opt in param.opts), f"{name}: {param.opts[0]} missing from README"
    assert "Example:" in (command.help or ""), f"{name} --help has no example"


def test_readme_documents_no_command_that_does_not_exist() -> None:
    documented = set(re.findall(r"^### `newsclaims (\w+)", README, re.M))
    assert documented == set(COMMANDS)


@pytest.mark.model
def test_readme_shows_the_demo_facts_as_the_code_gives_them(tmp_path: Path) -> None:
    """The reconciled facts quoted under "What it shows" are what `make demo` prints today."""
    from typer.testing import CliRunner

    db = str(tmp_path / "demo.db")
    runner = CliRunner()
    assert runner.invoke(app, ["analyze", str(ROOT / "examples"), "--db", db, "--quiet", "--workers", "1"]).exit_code == 0
    listed = runner.invoke(app, ["facts", "--db", db, "--format", "json"])
    shown = {f["summary"] for f in json.loads(listed.output) if f["status"] == "conflicting"}
    quoted = {line for line in README.splitlines() if line.startswith("North Korea — ") and line.endswith(".")}
    assert quoted and quoted == shown
