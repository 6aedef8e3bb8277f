"""Sync status values shared by the store, the start-up's first read and the UI, without
SQLAlchemy (``firstread`` and the pages import them before the store has opened): the states of
an outbox entry, the badge of a record and the rule that gives it, the role this desktop writes
as."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum

from migradesk.domain.base import Role


class EntryState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # in a push whose answer has not been applied yet
    REJECTED = "rejected"  # the server refused it; kept, with its reason, for the user


class ConflictSource(StrEnum):
    """Where a conflict came from (the ``source`` column).

    SYNC: this desktop's edit against the server's; the record holds mine, ``theirs`` is the
    server's latest. LOCAL: an edit of a value that changed meanwhile on this computer
    (``storage.edits``); the record keeps the stored value ("theirs"), the conflict the edit.
    """

    SYNC = "sync"
    LOCAL = "local"


class Badge(StrEnum):
    """Per record; the value is the label the app shows."""

    LOCAL = "guardado localmente"  # saved here, never reached the server yet
    PENDING = "por enviar"  # known to the server, with local changes waiting
    SYNCED = "sincronizado"
    CONFLICT = "en conflicto"
    REJECTED = "rechazado"


# The ``field`` of a conflict about the whole record: someone deleted it while this desktop
# edited it. ``mine`` then holds every field's local value (wire form), ``theirs`` is None and
# ``base`` is the deletion's version, which a restore is based on.
WHOLE_RECORD = ""


def badges_of(
    records: Iterable[tuple[str, int]],
    entries: Iterable[tuple[str, str]],
    open_conflicts: Iterable[tuple[str, str]],
) -> dict[str, Badge]:
    """The badge of each record of a city, from its rows: (id, version) of the records not
    deleted, (record_id, state) of its outbox entries, (record_id, field) of its open conflicts."""
    found: dict[str, Badge] = {}
    for record_id, version in records:
        found[record_id] = Badge.SYNCED if version > 0 else Badge.LOCAL
    for record_id, state in entries:
        if record_id not in found:
            continue
        if state == EntryState.REJECTED.value:
            found[record_id] = Badge.REJECTED
        elif found[record_id] is Badge.SYNCED:
            found[record_id] = Badge.PENDING
    for record_id, field in open_conflicts:
        # A record deleted by someone else while edited here is still listed, in conflict,
        # until the user restores it or accepts the deletion.
        if record_id in found or field == WHOLE_RECORD:
            found[record_id] = Badge.CONFLICT
    return found


def role_in_settings(raw: str | None) -> str:
    """The role of the account this desktop signed in to, from the stored sync settings (JSON);
    before any sign-in, the focal point's (MigraDesk is the city's app: IOM's accounts sign in
    to get their data)."""
    role = json.loads(raw).get("role", "") if raw else ""
    return str(role) or Role.FOCAL_POINT.value
