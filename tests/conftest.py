"""Shared fixtures: paths to real inputs, the loaded English pipeline, a fresh SQLite store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"
# ../shared sits beside the repository (in CI too); NEWSCLAIMS_SHARED overrides.
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "kursk"
BENCHMARKS = SHARED / "benchmarks"
#: A SQLAlchemy URL of a PostgreSQL database the tests may create schemas in; unset: skipped.
PG_ENV = "NEWSCLAIMS_TEST_PG"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not SEED.is_dir():
        pytest.skip(f"seed corpus not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def nlp():
    from newsclaims.extract import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A real SQLite file in a fresh temporary directory."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(scope="session")
def postgres_schema() -> Callable[[], AbstractContextManager[str]]:
    """Makes a new, empty PostgreSQL schema (dropped afterwards) and gives a URL that uses it.

    Tests work in their own schemas (``search_path`` set through the URL), so test processes
    running in parallel on one database never see each other's tables. Skipped unless
    NEWSCLAIMS_TEST_PG is set (``.ci/run`` starts a server and sets it).
    """
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} is not set")
    return _schema


@contextmanager
def _schema() -> Iterator[str]:
    from newsclaims.store.engine import create, parse_url

    url = parse_url(os.environ[PG_ENV])
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
