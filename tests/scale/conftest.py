"""Shared by the scale tests: a stored run's findings as comparable records, PostgreSQL schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.store import Store

def invoke(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def stored(url: str) -> dict[str, tuple]:
    """Every stored article's uri -> (claims, times, events, aliases), comparable across runs."""
    with Store(url) as store:
        out = {}
        for item in store.articles():
            found = store.findings(item.article.id)
            out[Path(item.article.uri).name] = (found.claims, found.times, found.events, tuple(sorted(found.aliases)))
        return out


@pytest.fixture(scope="session")
def cli():
    """Run one ``newsclaims`` command in this process."""
    return invoke


@pytest.fixture(scope="session")
def read_store():
    """A database's findings by article file name (:func:`stored`)."""
    return stored


@pytest.fixture(scope="session")
def reference(tmp_path_factory, seed_dir: Path) -> dict[str, tuple]:
    """The seed corpus analysed in one process, the run every other way must equal."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'one.db'}"
    result = invoke("analyze", seed_dir, "--db", url, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.output
    return stored(url)


@pytest.fixture
def pg_url(postgres_schema) -> Iterator[str]:
    """A URL of a new, empty PostgreSQL schema (dropped afterwards); skipped without a server."""
    with postgres_schema() as url:
        yield url
