"""Initial schema: documents, claims, time expressions, events.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _document_fk() -> sa.Column:
    return sa.Column(
        "document_id", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    _documents()
    _claims()
    _time_expressions()
    _events()


def _documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("uri", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("published_basis", sa.Text),
        sa.Column("published_confidence", sa.Float, nullable=False),
        sa.Column("published_reason", sa.Text),
        sa.Column("words", sa.Integer, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in ("uri", "outlet", "published"):
        op.create_index(f"ix_documents_{column}", "documents", [column])


def _claims() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _document_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.Text, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("number_text", sa.Text, nullable=False),
        sa.Column("number_start", sa.Integer, nullable=False),
        sa.Column("number_end", sa.Integer, nullable=False),
        sa.Column("counted", sa.Text),
        sa.Column("measure", sa.Text, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("via", sa.Text),
        sa.Column("cue", sa.Text),
        sa.Column("modality", sa.Text, nullable=False),
        sa.Column("as_of", sa.Date),
        sa.Column("as_of_basis", sa.Text),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.CheckConstraint("0 <= number_start AND number_start <= number_end", name="claims_number_span"),
        sa.CheckConstraint("0 <= sentence_start AND sentence_start <= sentence_end", name="claims_sentence_span"),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id", "seq"])
    for column in ("measure", "subject", "source", "as_of"):
        op.create_index(f"ix_claims_{column}", "claims", [column])


def _time_expressions() -> None:
    op.create_table(
        "time_expressions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _document_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("time_start", sa.Integer, nullable=False),
        sa.Column("time_end", sa.Integer, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("granularity", sa.Text, nullable=False),
        sa.Column("anchored", sa.Boolean, nullable=False),
        sa.CheckConstraint("0 <= time_start AND time_start <= time_end", name="time_expressions_span"),
    )
    op.create_index("ix_time_expressions_document_id", "time_expressions", ["document_id", "seq"])


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _document_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("date", sa.Text, nullable=False),
        sa.Column("granularity", sa.Text, nullable=False),
        sa.Column("date_start", sa.Date, nullable=False),
        sa.Column("date_end", sa.Date, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("entities", sa.Text, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("time_text", sa.Text, nullable=False),
        sa.Column("time_start", sa.Integer, nullable=False),
        sa.Column("time_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_events_document_id", "events", ["document_id", "seq"])
    op.create_index("ix_events_date_start", "events", ["date_start"])


def downgrade() -> None:
    for table in ("events", "time_expressions", "claims", "documents"):
        op.drop_table(table)
