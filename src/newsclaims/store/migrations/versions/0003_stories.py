"""Stories: every document belongs to one story; claims gain the place their figure is for.

- ``stories``: one developing event (id, readable label, when it was started and last joined);
- ``documents.story``: the story the document was assigned to (null for documents stored before);
- ``claims.place``: the part of the subject a figure is for ("the capital"), null for the whole.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("story", sa.Text))
        batch.create_index("ix_documents_story", ["story"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("place", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("place")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_story")
        batch.drop_column("story")
    op.drop_table("stories")
