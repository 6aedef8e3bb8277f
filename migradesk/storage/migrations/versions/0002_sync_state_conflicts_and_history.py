"""sync state, conflicts and history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:13:28.588882
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_record_id"), ["record_id"], unique=False)

    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("replaced_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_history_record_id"), ["record_id"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("cursor", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_success_at", sa.Text(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("city_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_record_id"))
        batch_op.drop_index(batch_op.f("ix_history_city_id"))

    op.drop_table("history")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_record_id"))
        batch_op.drop_index(batch_op.f("ix_conflicts_city_id"))

    op.drop_table("conflicts")
