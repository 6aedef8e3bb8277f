"""Small JSON values of this desktop kept in the local ``meta`` table (settings, tickets)."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from migradesk.storage.schema import meta
from migradesk.storage.store import Store


def read_json(store: Store, key: str) -> Any:
    """The value stored under ``key``, or None."""
    with store.engine.connect() as conn:
        raw = conn.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar_one_or_none()
    return None if raw is None else json.loads(raw)


def write_json(store: Store, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    with store.writing() as conn:
        updated = conn.execute(sa.update(meta).where(meta.c.key == key).values(value=text))
        if updated.rowcount == 0:
            conn.execute(sa.insert(meta).values(key=key, value=text))
