"""Storage: SQLAlchemy over SQLite by default, any SQLAlchemy URL (PostgreSQL) by option."""
