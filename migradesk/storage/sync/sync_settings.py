"""Where this desktop syncs to, kept in the local ``meta`` table (never a password or a token)."""

from __future__ import annotations

import dataclasses

from migradesk.storage.meta_values import read_json, write_json
from migradesk.storage.schema import SYNC_SETTINGS_KEY
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
    data = read_json(store, KEY)
    if data is None:
        return None
    data["city_ids"] = tuple(data.get("city_ids", ()))
    return SyncSettings(**data)


def save(store: Store, settings: SyncSettings) -> None:
    write_json(store, KEY, dataclasses.asdict(settings))
