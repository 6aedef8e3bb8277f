"""Undo commands of the action plan that touch several records at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from migradesk.domain.base import Record
from migradesk.storage import Store

from migradesk.ui.session import Session


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
                store.delete(type(record), record.id)

        self.session.run(op, kinds={r.KIND for r in records}, initiator=self)

    def undo(self) -> None:
        self.session.save(self.records, initiator=self)
