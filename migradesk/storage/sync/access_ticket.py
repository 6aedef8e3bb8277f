"""The access request this desktop sent (a city not yet in the programme), kept in the local
``meta`` table: the server, the request's id and its claim (the secret that reads its state),
the username asked for. Never the password."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from migradesk.storage.meta_values import read_json, write_json
from migradesk.storage.store import Store

KEY = "access.request"


@dataclasses.dataclass(frozen=True)
class AccessTicket:
    server_url: str
    request_id: str
    claim: str
    username: str
    city_id: str
    campaign_name: str
    sent_at: datetime
    ca_bundle: str | None = None


def load(store: Store) -> AccessTicket | None:
    data = read_json(store, KEY)
    if data is None:
        return None
    data["sent_at"] = datetime.fromisoformat(data["sent_at"])
    return AccessTicket(**data)


def save(store: Store, ticket: AccessTicket) -> None:
    data = dataclasses.asdict(ticket)
    data["sent_at"] = ticket.sent_at.isoformat()
    write_json(store, KEY, data)
