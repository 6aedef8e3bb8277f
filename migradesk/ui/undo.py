"""App-level undo for record edits: each command saves the record as it was, through the session.

Text editors keep Qt's own per-editor undo while they have focus; this stack undoes whole saves
(an autosaved form edit, an official added or removed, a focal point replaced).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from migradesk.domain.base import Record

from migradesk.ui.session import Session

_MERGE_ID = 4242


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
