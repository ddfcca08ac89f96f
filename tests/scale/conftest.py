"""Shared by the scale tests: a stored run's findings as comparable records, PostgreSQL schemas."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.store import Store

PG_ENV = "NEWSCLAIMS_TEST_PG"


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
def pg_url() -> Iterator[str]:
    """A URL of a new, empty PostgreSQL schema (dropped afterwards); skipped without a server."""
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} is not set")
    from newsclaims.store.engine import create, parse_url

    url = parse_url(os.environ[PG_ENV])
    schema = f"scale_{uuid.uuid4().hex[:12]}"
    admin = create(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
