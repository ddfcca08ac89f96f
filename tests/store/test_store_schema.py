"""Schema versions and opening databases: old databases are upgraded, newer ones refused,
the migrations match the models and ship in the package, bad URLs give one-line errors."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
import store_records as records
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsclaims.errors import MissingExtraError, UsageError
from newsclaims.model import Findings
from newsclaims.store import Store, migrate
from newsclaims.store import engine as engines
from newsclaims.store.schema import aliases as aliases_table
from newsclaims.store.schema import metadata

PG_ENV = "NEWSCLAIMS_TEST_PG"
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def raw_engine(store_url: str):
    engine = engines.create(engines.parse_url(store_url))
    yield engine
    engine.dispose()


def test_old_database_is_upgraded(store_url, raw_engine) -> None:
    migrate.upgrade(raw_engine, "0001")
    article = records.article()
    with raw_engine.begin() as conn:  # a document written by the first version
        conn.execute(sa.text(
            "INSERT INTO documents (id, uri, url, title, outlet, text, published, published_basis,"
            " published_confidence, published_reason, words, added_at) VALUES (:id, :uri, :url,"
            " :title, :outlet, :text, :published, :basis, :confidence, :reason, :words, :added)"),
            {"id": article.id, "uri": article.uri, "url": article.url, "title": article.title,
             "outlet": article.outlet, "text": article.text, "published": article.published,
             "basis": article.published_basis, "confidence": article.published_confidence,
             "reason": article.published_reason, "words": article.words,
             "added": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)})
    assert migrate.current(raw_engine) == "0001"
    assert "aliases" not in sa.inspect(raw_engine).get_table_names()
    with Store(store_url) as store:
        assert migrate.current(raw_engine) == migrate.head() != "0001"
        assert store.article(article.id) == article
        other = records.article("new", "A newer article.")
        assert store.add(other, Findings(aliases=(("NIS", "National Intelligence Service"),)))
        assert store.aliases() == {"NIS": "National Intelligence Service"}


def test_schema_matches_the_models(store_url, raw_engine) -> None:
    Store(store_url).close()
    with raw_engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_reopening_keeps_everything(store_url) -> None:
    with Store(store_url) as store:
        store.add(records.article(), records.full_findings())
        before = (store.stats(), store.claims(), store.events(), store.times(), store.aliases())
    with Store(store_url) as store:
        assert (store.stats(), store.claims(), store.events(), store.times(), store.aliases()) == before


def test_newer_database_is_refused(store_url, raw_engine) -> None:
    Store(store_url).close()
    with raw_engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(UsageError, match="schema revision 9999, which this version"):
        Store(store_url)


def test_migrations_ship_in_the_package() -> None:
    setuptools = pytest.importorskip("setuptools")
    packages = setuptools.find_packages(str(SRC))
    assert {"newsclaims.store.migrations", "newsclaims.store.migrations.versions"} <= set(packages)
    scripts = sorted(p.stem for p in migrate.MIGRATIONS.glob("versions/[0-9]*.py"))
    assert scripts[-1].split("_")[0] == migrate.head()


def test_sqlite_file_uses_wal(tmp_path) -> None:
    path = tmp_path / "wal.db"
    with Store(str(path)) as store:
        assert store.url == f"sqlite:///{path}"
        mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_default_is_a_file_in_the_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'newsclaims.db'}"
    assert (tmp_path / "newsclaims.db").is_file()


BAD_URLS = [
    ("nosuchdialect://host/db", "cannot use database nosuchdialect://host/db"),
    ("postgresql+nosuchdriver://host/db", "cannot use database"),
    ("sqlite:///{tmp}/missing/dir/x.db", "directory {tmp}/missing/dir does not exist"),
    ("{tmp}/missing/x.db", "directory {tmp}/missing does not exist"),
    ("{tmp}", "cannot open database"),
    ("{tmp}/garbage.db", "cannot open database .*not a database"),
    ("postgresql://someone:secret@127.0.0.1:9/db", "cannot open database .*someone:\\*\\*\\*@127"),
    ("sqlite://x:y:z/", "not a database URL"),
    ("postgresql://someone:secret@host:port/db", "not a database URL: 'postgresql://someone:\\*\\*\\*@host"),
    ("://nothing", "not a database URL"),
]


@pytest.mark.parametrize("url, message", BAD_URLS, ids=[u for u, _ in BAD_URLS])
def test_bad_url_is_one_line_usage_error(tmp_path, url, message) -> None:
    (tmp_path / "garbage.db").write_text("this is not a database file\n" * 200)
    with pytest.raises(UsageError, match=message.format(tmp=tmp_path)) as caught:
        Store(url.format(tmp=tmp_path))
    assert "\n" not in str(caught.value)
    assert "secret" not in str(caught.value)
    assert not isinstance(caught.value, MissingExtraError)


@pytest.mark.parametrize("given, expected", [
    ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
    ("postgres://u@h/d", "postgresql+psycopg://u@h/d"),
    ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
    ("sqlite:///rel.db", "sqlite:///rel.db"),
    (":memory:", "sqlite://"),
])
def test_url_rules(given, expected) -> None:
    assert engines.parse_url(given).render_as_string(hide_password=False) == expected


def test_foreign_keys_are_enforced(store_url, raw_engine) -> None:
    Store(store_url).close()
    row = {"document_id": "no-such-document", "seq": 0, "alias": "NIS", "canonical": "Service"}
    with pytest.raises(sa.exc.IntegrityError), raw_engine.begin() as conn:
        conn.execute(sa.insert(aliases_table), row)


def test_write_transactions_take_the_lock_up_front(db_url) -> None:
    """On SQLite a write transaction starts with BEGIN IMMEDIATE: a second writer waits for
    the lock instead of failing halfway through its transaction."""
    Store(db_url).close()
    engine = engines.create(engines.parse_url(db_url))
    statements: list[str] = []
    sa.event.listen(engine, "before_cursor_execute",
                    lambda conn, cursor, statement, *args: statements.append(statement))
    with engine.connect().execution_options(**engines.WRITE) as conn, conn.begin():
        conn.execute(sa.text("SELECT 1"))
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
    engine.dispose()
    assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE", "BEGIN"]


@pytest.mark.postgres
@pytest.mark.parametrize("change, message", [
    ({"database": "newsclaims_no_such_database"}, 'database "newsclaims_no_such_database" does not exist'),
    ({"password": "certainly-wrong", "username": "newsclaims_no_such_user"}, "failed"),
])
def test_postgres_refusals_are_one_line(change, message) -> None:
    base = os.environ.get(PG_ENV) or pytest.skip(f"{PG_ENV} is not set")
    url = engines.parse_url(base).set(**change).render_as_string(hide_password=False)
    with pytest.raises(UsageError, match=message) as caught:
        Store(url)
    assert "\n" not in str(caught.value) and "certainly-wrong" not in str(caught.value)
