"""Alembic migrations of the store's schema; run from code by :mod:`newsclaims.store.migrate`.

A package (not a loose directory) so that the scripts ship inside the wheel. To add one,
write ``versions/NNNN_what.py`` by hand (or ``alembic revision`` with a Config pointing here),
change ``schema.py`` to match, and keep the migrations free of imports from live code: a
migration describes the schema as it was at that revision, forever.
"""
