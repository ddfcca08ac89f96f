"""Storage: SQLAlchemy over SQLite by default, any SQLAlchemy URL (PostgreSQL) by option.

``Store(url)`` opens a database (a plain path is a SQLite file), migrating its schema to the
newest revision; ``add(article, findings)`` writes one document in one transaction; the
read methods return the records of :mod:`newsclaims.model`. ``require_existing(url)`` refuses
a SQLite file that does not exist (for commands that only read).
"""

from .engine import require_existing
from .repository import Store

__all__ = ["Store", "require_existing"]
