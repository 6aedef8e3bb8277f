"""Where this desktop syncs to, kept in the local ``meta`` table (never a password or a token)."""

from __future__ import annotations

import dataclasses
import json

import sqlalchemy as sa

from migradesk.storage import database
from migradesk.storage.replica import write
from migradesk.storage.schema import SYNC_SETTINGS_KEY, meta
from migradesk.storage.store import Store

KEY = SYNC_SETTINGS_KEY


@dataclasses.dataclass(frozen=True)
class SyncSettings:
    server_url: str
    username: str
    role: str = ""
    city_ids: tuple[str, ...] = ()
    ca_bundle: str | None = None  # a custom CA file for an in-house TLS certificate
    # The user's explicit choice to keep the token in a 0600 file where no keyring works.
    allow_insecure_file: bool = False


def load(store: Store) -> SyncSettings | None:
    with store.engine.connect() as conn:
        raw = conn.execute(sa.select(meta.c.value).where(meta.c.key == KEY)).scalar_one_or_none()
    if raw is None:
        return None
    data = json.loads(raw)
    data["city_ids"] = tuple(data.get("city_ids", ()))
    return SyncSettings(**data)


def save(store: Store, settings: SyncSettings) -> None:
    value = json.dumps(dataclasses.asdict(settings), ensure_ascii=False)
    with database.translated_errors(), write(store) as conn:
        updated = conn.execute(sa.update(meta).where(meta.c.key == KEY).values(value=value))
        if updated.rowcount == 0:
            conn.execute(sa.insert(meta).values(key=KEY, value=value))
