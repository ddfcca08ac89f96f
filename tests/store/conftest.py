"""Store fixtures: every store test runs on a real SQLite file, and on PostgreSQL when
NEWSCLAIMS_TEST_PG holds a SQLAlchemy URL of a database the tests may create schemas in
(e.g. ``postgresql://newsclaims:secret@localhost/newsclaims_test``; the role needs CREATE on
that database).

PostgreSQL tests work in their own schemas (``search_path`` set through the URL), so test
processes running in parallel on one database never see each other's tables:

- ``store_url`` is an empty database: a new SQLite file, or a new schema dropped afterwards;
- ``store`` is an open Store on an empty database at the head revision: a copy of a SQLite
  file migrated once per session, or one migrated schema per session emptied before each test
  (migrating is itself tested through ``store_url``).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))  # store_records, for the tests and the script

PG_ENV = "NEWSCLAIMS_TEST_PG"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
TABLES = ("facts", "corrections", "aliases", "events", "time_expressions", "claims", "documents")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} is not set")
    return request.param


@pytest.fixture
def store_url(backend: str, db_url: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL of an empty database: a new SQLite file, or a new PostgreSQL schema."""
    if backend == "sqlite":
        yield db_url
    else:
        with request.getfixturevalue("postgres_schema")() as url:
            yield url


@pytest.fixture
def store(backend: str, db_url: str, request: pytest.FixtureRequest):
    """An open Store on an empty database at the head revision."""
    from newsclaims.store import Store

    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), db_url.removeprefix("sqlite:///"))
        url = db_url
    else:
        url = request.getfixturevalue("migrated_postgres")
        _empty_postgres(url)
    with Store(url) as opened:
        yield opened


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsclaims.store import Store

    path = tmp_path_factory.mktemp("template") / "migrated.db"
    Store(str(path)).close()
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres_schema) -> Iterator[str]:
    from newsclaims.store import Store

    with postgres_schema() as url:
        Store(url).close()
        yield url


def _empty_postgres(url: str) -> None:
    from newsclaims.store.engine import create, parse_url

    engine = create(parse_url(url))
    with engine.begin() as conn:
        for table in TABLES:  # DELETE: cheaper than TRUNCATE on tables this small
            conn.execute(sa.text(f"DELETE FROM {table}"))
    engine.dispose()
