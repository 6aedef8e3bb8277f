"""The change bus: after every write the UI emits which record kinds changed and who did it.

Anki's ``operation_did_execute(changes, initiator)``: views refresh only what changed and never
poll the database. The initiator lets an editor skip the echo of its own save.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from migradesk.domain.base import Record

# Pseudo-kinds for changes that are not records.
EVERYTHING = "*"  # a reload: sync pulled, another city opened…
OUTBOX = "outbox"  # the number of changes waiting to be sent


class Change:
    """Which record kinds changed and who changed them (immutable; a plain class: the
    ``dataclasses`` module is not imported before the window first paints)."""

    __slots__ = ("initiator", "kinds")

    def __init__(self, kinds: frozenset[str], initiator: object | None = None) -> None:
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "initiator", initiator)

    kinds: frozenset[str]
    initiator: object | None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Change is immutable")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Change)
            and other.kinds == self.kinds
            and other.initiator is self.initiator
        )

    def __hash__(self) -> int:
        return hash((self.kinds, id(self.initiator)))

    def __repr__(self) -> str:
        return f"Change(kinds={set(self.kinds)!r}, initiator={self.initiator!r})"

    def touches(self, *kinds: type[Record] | str) -> bool:
        if EVERYTHING in self.kinds:
            return True
        names = {k if isinstance(k, str) else k.KIND for k in kinds}
        return not self.kinds.isdisjoint(names)

    @classmethod
    def of(
        cls, records: Iterable[Record | type[Record]], initiator: object | None = None
    ) -> Change:
        kinds = {r.KIND for r in records}
        return cls(frozenset(kinds | {OUTBOX}), initiator)


class ChangeBus(QObject):
    """One per session. ``changed`` is emitted on the UI thread, after the write committed."""

    changed = Signal(object)  # Change

    def emit_change(self, change: Change) -> None:
        self.changed.emit(change)
