"""App-level undo for record edits: each command saves the record as it was, through the session.

Text editors keep Qt's own per-editor undo while they have focus; this stack undoes whole saves
(an autosaved form edit, an official added or removed, a focal point replaced).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from migradesk.domain.base import Record

from migradesk.ui.session import Session

if TYPE_CHECKING:
    from migradesk.storage import Store
    from migradesk.storage.edits import EditOutcome

R = TypeVar("R", bound=Record)

_MERGE_ID = 4242
_UPDATE_MERGE_ID = 4243


class SaveRecordsCommand(QUndoCommand):
    """Save ``after`` as an edit of ``before`` (the records as the page showed them; None: a
    new record): only what differs is written, never over a value changed meanwhile. Undo
    edits them back (a record absent before is deleted)."""

    def __init__(
        self,
        session: Session,
        before: Sequence[Record | None],
        after: Sequence[Record],
        text: str,
        initiator: object | None = None,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.before = list(before)
        self.after = list(after)
        self.initiator = initiator
        self.merge_key = merge_key
        self._pushed = False

    def redo(self) -> None:
        # The first redo is the edit itself (its editor already shows it); later ones are "redo".
        initiator = self.initiator if not self._pushed else self
        self._pushed = True
        self.session.save(self.after, initiator=initiator, before=self.before)

    def undo(self) -> None:
        pairs = [(new, old) for old, new in zip(self.before, self.after, strict=True) if old]
        if pairs:
            self.session.edit(pairs, initiator=self)
        for old, new in zip(self.before, self.after, strict=True):
            if old is None:
                self.session.delete(new, initiator=self)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveRecordsCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class DeleteRecordCommand(QUndoCommand):
    def __init__(self, session: Session, record: Record, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.record = record

    def redo(self) -> None:
        self.session.delete(self.record, initiator=self)

    def undo(self) -> None:
        self.session.save([self.record], initiator=self)


class UpdateFieldsCommand(QUndoCommand, Generic[R]):
    """Set some fields of one record: an edit from ``record`` (as its editor showed it, or the
    record to create when ``new``) that carries the values it replaced (``replaced``, by default
    the record's). Applied to the record as stored, it writes only these fields (others edited
    meanwhile elsewhere are kept) and never overwrites a value changed since its editor showed
    it (``storage/edits.py``). Undo puts back the values those fields had just before (read on
    the DB worker, when the edit is applied), where nobody changed them since.

    Consecutive commands with the same ``merge_key`` merge into one undo step (typing in a
    field).
    """

    def __init__(
        self,
        session: Session,
        record: R,
        changes: Mapping[str, Any],
        text: str,
        *,
        new: bool = False,
        replaced: Mapping[str, Any] | None = None,
        initiator: object | None = None,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.kind = type(record)
        self.record_id = record.id
        self.changes = dict(changes)
        shown = dict(replaced or {})
        self.before = dataclasses.replace(
            record, **{n: shown[n] if n in shown else getattr(record, n) for n in changes}
        )
        self.new = new
        self.initiator = initiator
        self.merge_key = merge_key
        self.previous: dict[str, Any] | None = None  # set on the worker by the first redo
        self.created = False  # the first redo created the record
        self._pushed = False

    def redo(self) -> None:
        initiator = self.initiator if not self._pushed else self
        self._pushed = True
        # Redone after an undo: the fields hold what the first edit found again.
        before = dataclasses.replace(self.before, **(self.previous or {}))
        after = dataclasses.replace(before, **self.changes)

        def applied(outcome: EditOutcome) -> None:  # on the worker, before any undo's op
            if self.previous is None:
                self.previous = outcome.previous.get(after.id, {})
                self.created = after.id in outcome.created

        new = self.new or self.created
        self.session.edit([(before, after)], initiator, new=new, applied=applied)

    def undo(self) -> None:
        kind, record_id, city_id = self.kind, self.record_id, self.before.city_id

        def pairs(store: Store) -> list[tuple[Record | None, Record]]:  # after redo's edit
            if self.created:
                store.delete(kind, record_id, city_id)
                return []
            if not self.previous:
                return []
            done = dataclasses.replace(self.before, **self.changes)
            return [(done, dataclasses.replace(done, **self.previous))]

        self.session.edit(pairs, initiator=self, kinds={kind.KIND})

    def id(self) -> int:
        return _UPDATE_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateFieldsCommand) or other.merge_key != self.merge_key:
            return False
        if other.record_id != self.record_id or set(other.changes) != set(self.changes):
            return False
        self.changes = dict(other.changes)  # undo still restores this command's "previous"
        return True


class DeleteRecordsCommand(QUndoCommand):
    """Delete records together (an objective with its actions and their updates); undo brings
    every one of them back."""

    def __init__(self, session: Session, records: Sequence[Record], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.records = list(records)

    def redo(self) -> None:
        records = list(self.records)

        def op(store: Store) -> None:
            for record in records:
                store.delete(type(record), record.id, record.city_id)

        self.session.run(op, kinds={r.KIND for r in records}, initiator=self)

    def undo(self) -> None:
        self.session.save(self.records, initiator=self)
