"""Aliases defined in the text ("the National Intelligence Service (NIS)"), per document.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("canonical", sa.Text, nullable=False),
    )
    op.create_index("ix_aliases_document_id", "aliases", ["document_id", "seq"])
    op.create_index("ix_aliases_alias", "aliases", ["alias"])


def downgrade() -> None:
    op.drop_table("aliases")
