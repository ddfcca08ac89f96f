"""Corrections kept beside the data, and the facts stored for people who read the file.

- ``corrections``: a user's override of one field of an article (outlet, published, title,
  story) or of a claim (value, measure, counted, ... or ``not_a_claim``), with its author,
  reason and time; ``undone_at`` is set when it is withdrawn (the row stays, for the record).
  A claim is named by ``document_id`` and its number's span (``number_start``/``number_end``),
  which re-extraction keeps, never by its row id, which re-extraction changes.
- ``facts``: the reconciled facts with corrections applied, rewritten at the end of each
  analysis and after each correction, so that SQLite tools (Datasette, sqlite-utils) see them;
  ``claim_ids`` is a JSON list of ``claims.id``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("document_id", sa.Text, nullable=False),
        sa.Column("number_start", sa.Integer),
        sa.Column("number_end", sa.Integer),
        sa.Column("number_text", sa.Text),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_corrections_document_id", "corrections", ["document_id"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("story", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("measure", sa.Text, nullable=False),
        sa.Column("counted", sa.Text),
        sa.Column("modality", sa.Text, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("low", sa.Float),
        sa.Column("best", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("claim_ids", sa.Text, nullable=False),
        sa.Column("corrected", sa.Boolean, nullable=False),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_facts_story", "facts", ["story"])


def downgrade() -> None:
    op.drop_table("facts")
    op.drop_table("corrections")
