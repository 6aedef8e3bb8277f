"""Withdrawing what has not left this PC: a send the server has not acknowledged yet.

A record created here and never acknowledged (version 0), whose outbox entries are all still
waiting (none being sent: a push in flight may already have reached the server), is removed with
its entries in one transaction, as if it had never been written. Anything else is refused with
the reason."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from migradesk.domain.base import DomainError, Record
from migradesk.storage.outbox import EntryState
from migradesk.storage.schema import RECORD_TABLES
from migradesk.storage.schema import outbox as OUTBOX
from migradesk.storage.store import Store

REACHED = "El envío ya llegó al servidor de OIM: no se puede retirar."
LEAVING = (
    "El envío está saliendo en este momento (o salió y falta la respuesta del servidor): "
    "sincronice para saber si llegó."
)


def withdraw(store: Store, records: Sequence[Record]) -> None:
    """Remove ``records`` (created here, never acknowledged) and their outbox entries."""
    ids = [r.id for r in records]
    cities = {r.city_id for r in records}
    with store.writing() as conn:
        for record in records:
            table = RECORD_TABLES[type(record)]
            version = conn.execute(
                sa.select(table.c.version).where(
                    table.c.city_id == record.city_id, table.c.id == record.id
                )
            ).scalar_one_or_none()
            if version is None:
                raise DomainError("Ese envío ya no está en este equipo.")
            if version > 0:
                raise DomainError(REACHED)
        mine = OUTBOX.c.city_id.in_(cities) & OUTBOX.c.record_id.in_(ids)
        states = conn.execute(sa.select(OUTBOX.c.state).where(mine)).scalars()
        if any(state != EntryState.PENDING.value for state in states):
            raise DomainError(LEAVING)
        conn.execute(sa.delete(OUTBOX).where(mine))
        for record in records:
            table = RECORD_TABLES[type(record)]
            conn.execute(
                sa.delete(table).where(table.c.city_id == record.city_id, table.c.id == record.id)
            )
