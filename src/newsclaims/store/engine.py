"""Opening a database: from what the user typed to a configured SQLAlchemy engine.

Rules:

- A plain path (or ``:memory:``) (``newsclaims.db``, ``data/run.sqlite``) means a SQLite file; anything with
  ``://`` is a SQLAlchemy URL (``sqlite:///x.db``, ``postgresql+psycopg://user@host/db``).
- ``postgresql://`` and ``postgres://`` without a driver use psycopg 3 (the ``postgres``
  extra), the driver newsclaims installs, instead of SQLAlchemy's default psycopg2.
- SQLite runs in WAL mode (readers never block the writer) with foreign keys on, a 30 s busy
  timeout, and write transactions opened with ``BEGIN IMMEDIATE``, so that two processes
  writing one file queue for the lock instead of failing with "database is locked" halfway
  through a transaction.
- Every way a URL can fail (bad syntax, unknown dialect, missing driver, unreachable server,
  unwritable file) becomes one :class:`~newsclaims.errors.UsageError` with a one-line message.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from ..errors import MissingExtraError, UsageError, first_line

WRITE = {"newsclaims_write": True}  # execution option: open the transaction for writing
SQLITE_BUSY_TIMEOUT_S = 30


def parse_url(target: str) -> URL:
    """The SQLAlchemy URL for a path or URL as the user gave it (see the module rules)."""
    if target == ":memory:":
        return URL.create("sqlite")
    if "://" not in target:
        return URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    try:
        url = sa.make_url(target)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        shown_target = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", target)  # hide a password
        raise UsageError(f"not a database URL: {shown_target!r} ({one_line(exc)})") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def create(url: URL) -> Engine:
    """A configured engine for ``url``; raises UsageError when it cannot be used."""
    if url.drivername == "postgresql+psycopg" and importlib.util.find_spec("psycopg") is None:
        raise MissingExtraError("a PostgreSQL database", "postgres")
    _check_sqlite_directory(url)
    try:
        engine = sa.create_engine(url, **_engine_options(url))
    except (NoSuchModuleError, ImportError) as exc:
        raise UsageError(f"cannot use database {shown(url)}: {one_line(exc)}") from None
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def check_connection(engine: Engine) -> None:
    """Connect once, so that a wrong host, password or file fails now with one line."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise UsageError(f"cannot open database {shown(engine.url)}: {one_line(exc)}") from None


def shown(url: URL) -> str:
    """The URL as it may be printed: password hidden."""
    return url.render_as_string(hide_password=True)


def one_line(exc: BaseException) -> str:
    """The first line of a driver's error, without SQLAlchemy's background links."""
    return first_line(getattr(exc, "orig", None) or exc)


def database_message(exc: BaseException) -> str:
    """A database failure as one line that holds neither SQL nor parameters (so no article text):
    the driver's own first line ("attempt to write a readonly database", "database is locked",
    "file is not a database"), else the error's type."""
    orig = getattr(exc, "orig", None)
    return first_line(orig) if orig is not None else type(exc).__name__


def _engine_options(url: URL) -> dict:
    if url.get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_S}}
    return {"pool_pre_ping": True}


def require_existing(target: str) -> None:
    """UsageError when ``target`` names a SQLite file that does not exist: commands that only
    read never create an empty database by mistake (a typo in ``--db``)."""
    url = parse_url(target)
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return
    if not Path(database).is_file():
        raise UsageError(f"no database at {database} (analyze articles into it first, or check --db)")


def _check_sqlite_directory(url: URL) -> None:
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return
    if database.startswith("file:"):
        return  # a URI filename: SQLite interprets it
    parent = Path(database).parent
    if not parent.is_dir():
        raise UsageError(f"cannot open database {database}: directory {parent} does not exist")


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, busy timeout, and BEGIN IMMEDIATE for writes (SQLAlchemy's recipe
    for taking over pysqlite's transaction handling)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # durable across crashes in WAL mode
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("newsclaims_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
