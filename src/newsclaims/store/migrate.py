"""Schema versions: Alembic run from code, with no alembic.ini at run time.

Opening a :class:`~newsclaims.store.Store` brings its database to the newest revision
(:func:`ensure`). Rules:

- A database at the head revision is left alone (one query, no lock).
- An empty or older database is upgraded in one transaction, holding the write lock for
  the whole run (``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on
  PostgreSQL), so that two processes opening a new database at once migrate it once.
- A database at a revision this version does not know (written by a newer newsclaims)
  is refused with a UsageError instead of being touched.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util import CommandError
from sqlalchemy.engine import Connection, Engine

from ..errors import UsageError
from .engine import WRITE, shown

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 0x6E657773  # "news": the advisory lock that serialises migrations


def config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code, pointing at the packaged migration scripts."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision this version of newsclaims knows."""
    return _scripts().get_current_head()


def current(engine: Engine) -> str | None:
    """The database's revision; None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure(engine: Engine) -> None:
    """Bring the database to the head revision (see the module rules)."""
    revision = current(engine)
    if revision == head():
        return
    _check_known(engine, revision)
    upgrade(engine)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one locked transaction."""
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        command.upgrade(config(conn), revision)


def _check_known(engine: Engine, revision: str | None) -> None:
    if revision is None:
        return
    try:
        _scripts().get_revision(revision)
    except (CommandError, RevisionError):  # RevisionError: a malformed or ambiguous id
        raise UsageError(
            f"database {shown(engine.url)} has schema revision {revision}, which this version of "
            f"newsclaims does not know (newest: {head()}); upgrade newsclaims"
        ) from None


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())
