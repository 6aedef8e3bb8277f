"""repair stored text that cannot be served

Sync G11, no poison: an older server accepted text that cannot be encoded in UTF-8 (a lone
UTF-16 surrogate such as "\\ud800"), after which every pull of that city failed. The push now
refuses it; this revision repairs what is stored (``migradesk.domain.text.clean``: lone
surrogates become U+FFFD, NUL is removed). A repaired record takes the next number of its
city's sequence, so that every desktop pulls the repaired value; a record id that needed
repairing is renamed (nobody could ever pull it under the old one).

Only SQLite can hold such text: PostgreSQL refuses it on insert, so there is nothing to do.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 13:00:00.000000
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from migradesk.domain.text import clean, cleaned

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Other tables whose JSON columns are read back into answers: repaired in place.
JSON_COLUMNS = {
    "record_history": ("value",),
    "conflicts": ("mine", "theirs", "base"),
    "idempotency": ("result",),
}


def _load(raw: Any) -> Any:
    return None if raw is None else json.loads(raw)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    _repair_records(conn)
    for table, columns in JSON_COLUMNS.items():
        _repair_json(conn, table, columns)


def _repair_records(conn: sa.Connection) -> None:
    rows = conn.exec_driver_sql("SELECT city_id, kind, id, fields FROM records").fetchall()
    for city_id, kind, record_id, raw in rows:
        fields = _load(raw)
        new_id, new_fields = clean(record_id), cleaned(fields)
        if new_id == record_id and new_fields == fields:
            continue
        taken = "SELECT 1 FROM records WHERE city_id = ? AND kind = ? AND id = ?"
        suffix = 0
        while new_id != record_id and conn.exec_driver_sql(taken, (city_id, kind, new_id)).first():
            suffix += 1
            new_id = f"{clean(record_id)}-{suffix}"
        seq = conn.exec_driver_sql(
            "UPDATE cities SET seq = seq + 1 WHERE id = ? RETURNING seq", (city_id,)
        ).scalar_one()
        conn.exec_driver_sql(
            "UPDATE records SET id = ?, fields = ?, version = ?, updated_by = 'reparación'"
            " WHERE city_id = ? AND kind = ? AND id = ?",
            (new_id, json.dumps(new_fields), seq, city_id, kind, record_id),
        )


def _repair_json(conn: sa.Connection, table: str, columns: tuple[str, ...]) -> None:
    names = ", ".join(columns)
    for row in conn.exec_driver_sql(f"SELECT rowid, {names} FROM {table}").fetchall():
        values = [_load(raw) for raw in row[1:]]
        repaired = [cleaned(value) for value in values]
        if repaired != values:
            sets = ", ".join(f"{name} = ?" for name in columns)
            dumped = [None if v is None else json.dumps(v) for v in repaired]
            conn.exec_driver_sql(f"UPDATE {table} SET {sets} WHERE rowid = ?", (*dumped, row[0]))


def downgrade() -> None:
    pass  # a repair is not undone
