"""the term a focal point follows

A city has one focal point at a time (sync G13): a term's id is derived from the city and the
term it follows, kept in ``follows`` ("" for the city's first, and for terms recorded before
this revision, which keep their ids).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("focal_point", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("follows", sa.Text(), server_default=sa.text("''"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("focal_point", schema=None) as batch_op:
        batch_op.drop_column("follows")
