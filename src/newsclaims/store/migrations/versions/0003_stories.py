"""Stories: every document belongs to one story; claims gain the place their figure is for.

- ``stories``: one developing event (id, readable label, when it was started and last joined);
- ``documents.story``: the story the document was assigned to (null for documents stored before);
- ``claims.place``: the part of the subject a figure is for ("the capital"), null for the whole;
- ``story_terms``, ``story_vocabulary``, ``story_members``: the state of online story assignment
  (each story's centroid, which is also the term -> story index; document frequencies; which
  document went to which story), with the stories' article count, date span and label score.

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
        sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
        sa.Column("first_published", sa.Date),
        sa.Column("last_published", sa.Date),
        sa.Column("label_score", sa.Float, nullable=False, server_default="0"),
    )
    op.create_index("ix_stories_last_published", "stories", ["last_published"])
    op.create_table(
        "story_terms",
        sa.Column("story", sa.Text, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("space", sa.Text, primary_key=True),
        sa.Column("term", sa.Text, primary_key=True),
        sa.Column("weight", sa.Float, nullable=False),
    )
    op.create_index("ix_story_terms_term", "story_terms", ["space", "term"])
    op.create_table(
        "story_vocabulary",
        sa.Column("space", sa.Text, primary_key=True),
        sa.Column("term", sa.Text, primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )
    op.create_table(
        "story_members",
        sa.Column("document_id", sa.Text, primary_key=True),
        sa.Column("story", sa.Text, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_story_members_story", "story_members", ["story"])
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
    op.drop_table("story_members")
    op.drop_table("story_vocabulary")
    op.drop_table("story_terms")
    op.drop_table("stories")
