"""Finite figures only: delete claims whose value or bounds are infinite, NaN or beyond any count.

Such a figure ("1" followed by 400 zeros, stored as infinity) broke every view that formats
figures. The extractor no longer produces them and the store no longer writes them
(:mod:`newsclaims.figures`); this repairs databases written before. A figure over 1e15 is
not a claim, so the row goes (its document and other claims stay). ``abs(x) > 1e15`` is true
for +/-infinity on SQLite and PostgreSQL, and for NaN on PostgreSQL (SQLite stores NaN as
NULL, which is no figure).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MAX_FIGURE = 1e15  # newsclaims.figures.MAX_FIGURE when this was written


def upgrade() -> None:
    claims = sa.table("claims", sa.column("value"), sa.column("low"), sa.column("high"))
    absurd = sa.or_(*(sa.func.abs(column) > MAX_FIGURE for column in claims.columns))
    op.execute(claims.delete().where(absurd))


def downgrade() -> None:
    pass  # the deleted rows were not claims
