"""Store fixtures: every store test runs on a real SQLite file, and on PostgreSQL when
NEWSCLAIMS_TEST_PG holds a SQLAlchemy URL of a database the tests may create schemas in.

Each PostgreSQL test gets its own schema (``search_path`` set through the URL), so tests
running in parallel on one database never see each other's tables; it is dropped afterwards.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))  # store_records, for the tests and the script

PG_ENV = "NEWSCLAIMS_TEST_PG"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, db_url: str) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield db_url
        return
    yield from _postgres_schema()


def _postgres_schema() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    from newsclaims.store.engine import create, parse_url

    url = parse_url(base)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url: str):
    from newsclaims.store import Store

    with Store(store_url) as opened:
        yield opened
