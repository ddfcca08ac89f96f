"""Alembic environment: runs on the connection :mod:`newsclaims.store.migrate` hands over.

There is no alembic.ini and no URL here: the caller opens (and, on PostgreSQL, locks) the
connection and passes it as ``config.attributes["connection"]``.
"""

from alembic import context

from newsclaims.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
