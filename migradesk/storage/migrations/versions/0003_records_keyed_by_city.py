"""records keyed by (id, city)

A record's local identity includes its city (sync G10): every record table's primary key becomes
(id, city_id), so that a record pulled for one city can never land on a row of another city
that happens to carry the same id. The rows are copied as they are; ``database.upgrade`` backs
the file up first.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The record tables at this revision (later kinds are created with the composite key).
RECORD_TABLES = (
    "action",
    "application",
    "certification",
    "city",
    "comment",
    "focal_point",
    "indicator_answer",
    "monitoring_update",
    "objective",
    "official",
    "phase_date",
    "priority_area",
    "report_section",
    "report_version",
    "review_event",
    "workshop",
)


def _rekey(city_in_key: bool) -> None:
    for table in RECORD_TABLES:
        # SQLite cannot change a primary key in place: batch mode copies the table, with
        # city_id declared (or no longer declared) part of the key.
        city = sa.Column("city_id", sa.String(36), primary_key=city_in_key, nullable=False)
        with op.batch_alter_table(table, recreate="always", reflect_args=[city]):
            pass


def upgrade() -> None:
    _rekey(True)


def downgrade() -> None:
    _rekey(False)
