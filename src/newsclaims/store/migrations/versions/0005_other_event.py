"""Claims gain ``other_event``: why a figure is about another event than its story's own.

``"comparison"`` ("the deadliest since ..."), ``"teaser"`` (a headline for another story at the
foot of a page) or ``"earlier:<ISO date>"`` (an earlier period its clause names); null for the
story's own figures, and for claims stored before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("other_event", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("other_event")
