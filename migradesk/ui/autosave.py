"""Bind editors to one record's fields and save them by themselves.

Every user edit restarts a short timer; when it fires (``DEBOUNCE_MS`` after the last keystroke)
the binder reads the edited fields, validates them, applies them to the *latest* version of the
record (so two pages editing different fields of one record never undo each other) and pushes an
undoable save through the session's DB worker. Nothing here waits for the disk. ``flush()`` does
the same at once: pages call it on page switch and the window on close.

Each save carries, per field, the value its editor was showing when the user started typing
(``shown``): the store compares it with the value stored then, so a value changed meanwhile (a
sync landed while the user typed) is never overwritten blindly (``storage/edits.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from migradesk.domain.base import Record, python_value
from migradesk.domain.cityfile import CityFile

from migradesk.ui.events import Change
from migradesk.ui.formats import fmt_float, fmt_int, parse_float, parse_int
from migradesk.ui.session import Session
from migradesk.ui.undo import UpdateFieldsCommand
from migradesk.ui.widgets.dateedit import DateEdit

R = TypeVar("R", bound=Record)

DEBOUNCE_MS = 700
Validator = Callable[[Any], str | None]


@dataclasses.dataclass
class Field:
    name: str
    widget: QWidget
    read: Callable[[], Any]  # raises ValueError with a message for the user
    write: Callable[[Any], None]
    validate: Validator | None = None
    error_label: QLabel | None = None


def set_invalid(widget: QWidget, message: str | None, label: QLabel | None = None) -> None:
    """Mark an editor invalid (red border via the ``invalid`` property) and show the message."""
    target = widget.focusProxy() or widget
    target.setProperty("invalid", message is not None)
    target.setToolTip(message or "")
    style = target.style()
    style.unpolish(target)
    style.polish(target)
    if label is not None:
        label.setText(message or "")
        label.setVisible(message is not None)


class Binder(QObject, Generic[R]):
    """Autosaves the editors bound to one record (created by ``factory`` on the first edit)."""

    saved = Signal()
    errors_changed = Signal()

    def __init__(
        self,
        session: Session,
        kind: type[R],
        getter: Callable[[CityFile], R | None],
        factory: Callable[[CityFile], R] | None = None,
        label: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.getter = getter
        self.factory = factory
        self.label = label
        self.fields: dict[str, Field] = {}
        self.dirty: set[str] = set()
        self.errors: dict[str, str] = {}
        # Per field: (record id, value) last shown in its editor, or saved from it.
        self.shown: dict[str, tuple[str, Any]] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        session.bus.changed.connect(self._on_change)

    # Binding editors

    def custom(
        self,
        name: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        changed: SignalInstance | Sequence[SignalInstance],
        validate: Validator | None = None,
        error_label: QLabel | None = None,
    ) -> Field:
        """Bind any editor: ``read()`` returns the field's value (raise ``ValueError`` with a
        message for the user when the text is not valid), ``write(value)`` shows a value (None
        when the record does not exist yet), and each signal in ``changed`` means "the user
        edited it" (whatever its arguments). ``widget`` gets the invalid mark and the focus.

        For a change made in code rather than by a signal, call :meth:`mark_edited`.
        """
        field = Field(name, widget, read, write, validate, error_label)
        self.fields[name] = field
        for signal in [changed] if isinstance(changed, SignalInstance) else changed:
            signal.connect(lambda *_args: self.mark_edited(name))
        return field

    def text(
        self,
        name: str,
        widget: QLineEdit | QPlainTextEdit,
        validate: Validator | None = None,
        error_label: QLabel | None = None,
    ) -> None:
        if isinstance(widget, QLineEdit):
            line = widget
            read, write = line.text, lambda v: _set_line(line, v or "")
        else:
            plain = widget
            read, write = plain.toPlainText, lambda v: _set_plain(plain, v or "")
        self.custom(name, widget, read, write, widget.textChanged, validate, error_label)

    def integer(
        self,
        name: str,
        widget: QLineEdit,
        validate: Validator | None = None,
        error_label: QLabel | None = None,
    ) -> None:
        self.custom(
            name,
            widget,
            lambda: parse_int(widget.text()),
            lambda v: _set_line(widget, fmt_int(v)),
            widget.textChanged,
            validate,
            error_label,
        )

    def number(
        self,
        name: str,
        widget: QLineEdit,
        validate: Validator | None = None,
        error_label: QLabel | None = None,
    ) -> None:
        self.custom(
            name,
            widget,
            lambda: parse_float(widget.text()),
            lambda v: _set_line(widget, fmt_float(v)),
            widget.textChanged,
            validate,
            error_label,
        )

    def date(
        self,
        name: str,
        widget: DateEdit,
        validate: Validator | None = None,
        error_label: QLabel | None = None,
    ) -> None:
        self.custom(
            name, widget, widget.date, widget.set_date, widget.edited, validate, error_label
        )

    def choice(self, name: str, widget: QComboBox, error_label: QLabel | None = None) -> None:
        """A combo whose item data are the field's values (None for "no answer")."""

        def write(value: Any) -> None:
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))

        def read() -> Any:  # Qt hands enum members back as plain strings
            value = widget.currentData()
            return None if value is None else python_value(self.kind, name, value)

        self.custom(name, widget, read, write, widget.activated, None, error_label)

    def check(self, name: str, widget: QCheckBox) -> None:
        self.custom(
            name, widget, widget.isChecked, lambda v: widget.setChecked(bool(v)), widget.clicked
        )

    # Loading and saving

    def record(self) -> R | None:
        return None if self.session.file is None else self.getter(self.session.file)

    def load(self, names: set[str] | None = None) -> None:
        """Show the record's values in the editors (all of them, or only ``names``)."""
        record = self.record()
        self._loading = True
        try:
            for name, field in self.fields.items():
                if names is None or name in names:
                    value = getattr(record, name) if record is not None else None
                    field.write(value)
                    if record is not None:
                        self.shown[name] = (record.id, value)
                    else:
                        self.shown.pop(name, None)
                    if name in self.errors:
                        del self.errors[name]
                        set_invalid(field.widget, None, field.error_label)
        finally:
            self._loading = False

    def mark_edited(self, name: str) -> None:
        """The user changed ``name``'s editor: save it after the pause (ignored while loading)."""
        if self._loading:
            return
        if not self.dirty:
            self.session.editor_dirty(+1)
        self.dirty.add(name)
        self._timer.start()

    def flush(self) -> None:
        """Save the pending edits now (through the worker; returns at once)."""
        self._timer.stop()
        if not self.dirty or self.session.file is None:
            return
        changes: dict[str, Any] = {}
        for name in sorted(self.dirty):
            field = self.fields[name]
            try:
                value = field.read()
                message = field.validate(value) if field.validate else None
            except ValueError as exc:
                message = str(exc)
            self._set_error(name, message)
            if message is None:
                changes[name] = value
        self.dirty -= set(changes)
        if not self.dirty:
            self.session.editor_dirty(-1)
        if changes:
            self._save(changes)

    def _save(self, changes: dict[str, Any]) -> None:
        file = self.session.file
        assert file is not None
        before = self.getter(file)
        base = before if before is not None else (self.factory(file) if self.factory else None)
        if base is None:
            return
        try:
            after = dataclasses.replace(base, **changes)
        except ValueError as exc:
            name = next(iter(changes))
            self._set_error(name, str(exc))
            return
        if after == before:
            return
        text = QCoreApplication.translate("autosave", "Editar %1").replace("%1", self.label)
        # Applied to the record as stored when the worker gets to it: a save of other fields
        # queued meanwhile (another page, a table of the same record) is kept, and a field
        # changed since its editor showed it is compared, not overwritten.
        replaced = {
            name: self.shown[name][1]
            for name in changes
            if name in self.shown and self.shown[name][0] == base.id
        }
        command = UpdateFieldsCommand(
            self.session,
            base,
            changes,
            text,
            new=before is None,
            replaced=replaced,
            initiator=self,
            merge_key=f"{base.id}:{','.join(sorted(changes))}",
        )
        self.shown.update({name: (base.id, value) for name, value in changes.items()})
        self.session.undo_stack.push(command)
        self.saved.emit()

    def _set_error(self, name: str, message: str | None) -> None:
        field = self.fields[name]
        had = name in self.errors
        if message is None:
            self.errors.pop(name, None)
        else:
            self.errors[name] = message
        if had or message is not None:
            set_invalid(field.widget, message, field.error_label)
            self.errors_changed.emit()

    def _on_change(self, change: Change) -> None:
        if change.initiator is self or not change.touches(self.kind):
            return
        self.load({name for name in self.fields if name not in self.dirty})


def _set_plain(widget: QPlainTextEdit, text: str) -> None:
    if widget.toPlainText() != text:
        widget.setPlainText(text)


def _set_line(widget: QLineEdit, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)
        widget.setCursorPosition(0)  # long texts show their beginning
