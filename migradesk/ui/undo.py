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

R = TypeVar("R", bound=Record)

_MERGE_ID = 4242
_UPDATE_MERGE_ID = 4243


class SaveRecordsCommand(QUndoCommand):
    """Save ``after``; undo saves ``before`` (a record absent before is deleted on undo)."""

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
        self.session.save(self.after, initiator=initiator)

    def undo(self) -> None:
        restore = [old for old in self.before if old is not None]
        if restore:
            self.session.save(restore, initiator=self)
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
    """Set some fields of one record, applied to the record as stored (``Session.update``): other
    fields edited meanwhile elsewhere are kept. Undo puts back the values those fields had just
    before (read on the DB worker, when the change is applied).

    ``default`` is the record to start from when it is not stored yet. Consecutive commands with
    the same ``merge_key`` merge into one undo step (typing in a field).
    """

    def __init__(
        self,
        session: Session,
        kind: type[R],
        record_id: str,
        changes: Mapping[str, Any],
        text: str,
        default: R | None = None,
        initiator: object | None = None,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.kind = kind
        self.record_id = record_id
        self.changes = dict(changes)
        self.default = default
        self.initiator = initiator
        self.merge_key = merge_key
        self.previous: dict[str, Any] | None = None  # set on the worker by the first redo
        self.created = False  # the first redo created the record (from ``default``)
        self._pushed = False

    def redo(self) -> None:
        initiator = self.initiator if not self._pushed else self
        self._pushed = True
        changes = dict(self.changes)
        default = self.default

        def apply(record: R) -> R:
            if self.previous is None:
                self.previous = {name: getattr(record, name) for name in changes}
                self.created = record is default
            return dataclasses.replace(record, **changes)

        self.session.update(self.kind, self.record_id, apply, default, initiator)

    def undo(self) -> None:
        kind, record_id, city_id = self.kind, self.record_id, self.session.city_id

        def op(store: Store) -> None:  # runs after redo's apply (one worker, in order)
            if self.created:
                store.delete(kind, record_id, city_id)
                return
            current = store.get(kind, record_id, city_id)
            if current is not None and self.previous:
                restored = dataclasses.replace(current, **self.previous)
                if restored != current:
                    store.save(restored)

        self.session.run(op, {kind.KIND}, initiator=self)

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
