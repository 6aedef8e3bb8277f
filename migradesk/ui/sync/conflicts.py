"""Open conflicts side by side: mine and theirs with the differing words highlighted, and the
user's four answers (keep mine / keep theirs / combine / later). A record someone else deleted
while it was edited here shows the user's values and two answers instead: restore it with them,
or accept the deletion (or later).

Local conflicts (an edit of a text that changed meanwhile on this computer: another window, a
sync that landed, a restored copy; ``storage/edits.py``) show the same way, with "the version
saved on this computer" as the other one."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from migradesk.storage.sync.resolution import Resolution
from migradesk.storage.sync.sync_status import Conflict

from migradesk.ui.formats import fmt_date
from migradesk.ui.style import em, scaled_font
from migradesk.ui.sync import diff
from migradesk.ui.sync.labels import HIDDEN_FIELDS, IOM_KINDS, field_label, kind_label
from migradesk.ui.sync.snapshot import ConflictItem
from migradesk.ui.widgets.forms import data_label, label


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


def values_text(values: Any) -> str:
    """A deleted record's local values, one "Field: value" line each (empty ones left out)."""
    if not isinstance(values, dict):
        return as_text(values)
    lines = []
    for name, value in values.items():
        if value in (None, "", [], {}) or name in HIDDEN_FIELDS or name.endswith("_id"):
            continue
        lines.append(f"{field_label(name)}: {as_text(value)}")
    return "\n".join(lines)


class ConflictView(QWidget):
    """The conflicts list and the selected one in detail."""

    resolve = Signal(int, object, object)  # conflict id, Resolution, merged text or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ConflictItem] = []
        self._later: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.empty = label(
            self.tr(
                "No hay conflictos. Cuando otra persona cambie el mismo texto que usted, o "
                "elimine un registro que usted cambió, sin haber sincronizado, aparecerá aquí "
                "para que elija. También cuando un texto cambie en este equipo mientras usted "
                "lo edita: se guardan las dos versiones."
            ),
            "muted",
        )
        layout.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setObjectName("syncConflicts")
        self.list.setMaximumHeight(em(self, 6))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        layout.addWidget(self.list)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.setSpacing(6)
        self.what = data_label("")
        self.what.setFont(scaled_font(self.what, 1.05, bold=True))
        detail.addWidget(self.what)
        self.hint = label("", "hint")
        detail.addWidget(self.hint)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        self.mine_title = label(self.tr("Mi versión"), "cardTitle", wrap=False)
        self.theirs_title = label("", "cardTitle", wrap=False)
        self.mine_view = QTextBrowser()
        self.theirs_view = QTextBrowser()
        for title, view in (
            (self.mine_title, self.mine_view),
            (self.theirs_title, self.theirs_view),
        ):
            title.setFont(scaled_font(title, 1.0, bold=True))
            view.setProperty("i18n_data", True)
            view.setFrameShape(QFrame.Shape.StyledPanel)
            view.setMinimumHeight(em(self, 8))
            view.setOpenLinks(False)
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(title)
            column.addWidget(view, 1)
            columns.addLayout(column, 1)
        detail.addLayout(columns, 1)
        layout.addWidget(self.detail, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.keep_mine = QPushButton(self.tr("Conservar el mío"))
        self.keep_mine.setObjectName("primary")
        self.keep_theirs = QPushButton()
        self.combine = QPushButton(self.tr("Combinar…"))
        self.later = QPushButton(self.tr("Más tarde"))
        self.keep_mine.clicked.connect(lambda: self._answer(Resolution.KEEP_MINE))
        self.keep_theirs.clicked.connect(lambda: self._answer(Resolution.KEEP_THEIRS))
        self.combine.clicked.connect(self._combine)
        self.later.clicked.connect(self._postpone)
        for button in (self.keep_mine, self.keep_theirs, self.combine, self.later):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.button_row = QWidget()
        self.button_row.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button_row)
        self.set_items([])

    # Filling

    def set_items(self, items: tuple[ConflictItem, ...] | list[ConflictItem]) -> None:
        keep = self.current()
        # "Later" moves a conflict to the end of the list for this session; it stays open.
        self.items = sorted(items, key=lambda i: (i.conflict.id in self._later, i.conflict.id))
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            c = item.conflict
            if c.deleted:
                subject = (
                    self.tr("eliminado mientras lo editaba")
                    if c.local
                    else self.tr("eliminado por otra persona")
                )
            else:
                subject = field_label(c.field)
            text = f"{kind_label(c.kind)} · {subject}"
            if item.what:
                text += f"\n{item.what}"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        has = bool(self.items)
        self.empty.setVisible(not has)
        for widget in (self.list, self.detail, self.button_row):
            widget.setVisible(has)
        if has:
            ids = [i.conflict.id for i in self.items]
            row = ids.index(keep.conflict.id) if keep and keep.conflict.id in ids else 0
            self.list.setCurrentRow(row)
            self._show_current(row)

    def current(self) -> ConflictItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, conflict_id: int) -> None:
        for row, item in enumerate(self.items):
            if item.conflict.id == conflict_id:
                self.list.setCurrentRow(row)

    def theirs_name(self, conflict: Conflict) -> str:
        if conflict.local:
            return self.tr("Versión guardada en este equipo")
        if conflict.kind in IOM_KINDS:
            return self.tr("Versión de OIM")
        return self.tr("Versión del otro equipo")

    def _show_current(self, row: int) -> None:
        item = self.current()
        if item is None:
            return
        c = item.conflict
        for widget in (self.theirs_title, self.theirs_view, self.combine):
            widget.setVisible(not c.deleted)
        if c.deleted:
            self._show_deleted(item)
            return
        # Only texts combine; a date, a choice or a number is one version or the other.
        self.combine.setVisible(_is_text(c.kind, c.field))
        self.mine_title.setText(self.tr("Mi versión"))
        self.keep_mine.setText(self.tr("Conservar el mío"))
        self.keep_mine.setToolTip("")
        self.what.setText(
            " · ".join(p for p in (kind_label(c.kind), field_label(c.field), item.what) if p)
        )
        self.theirs_title.setText(self.theirs_name(c))
        if c.local:
            self.keep_theirs.setText(self.tr("Conservar el guardado"))
        elif c.kind in IOM_KINDS:
            self.keep_theirs.setText(self.tr("Conservar el de OIM"))
        else:
            self.keep_theirs.setText(self.tr("Conservar el otro"))
        self.keep_theirs.setToolTip(
            self.tr("Descarta su versión (queda en el historial) y usa la otra.")
        )
        mine, theirs = diff.word_diff(as_text(c.mine), as_text(c.theirs))
        self.mine_view.setHtml(mine)
        self.theirs_view.setHtml(theirs)
        if c.local:
            hint = self.tr(
                "El texto cambió en este equipo (otra ventana, una sincronización o una copia "
                "restaurada) mientras usted lo editaba, el %1: se guardaron las dos versiones. "
                "Resaltado, lo que cambia entre ellas; la que no conserve queda en el historial."
            )
        else:
            hint = self.tr(
                "Conflicto del %1. Resaltado, lo que cambia entre las dos versiones; la que no "
                "conserve queda en el historial."
            )
        self.hint.setText(hint.replace("%1", fmt_date(c.created_at.date())))

    def _show_deleted(self, item: ConflictItem) -> None:
        c = item.conflict
        self.what.setText(" · ".join(p for p in (kind_label(c.kind), item.what) if p))
        self.hint.setText(
            self.tr(
                "Este registro se eliminó mientras usted lo editaba. ¿Restaurarlo con sus cambios?"
            )
            if c.local
            else self.tr("Otra persona eliminó este registro. ¿Restaurarlo con tus cambios?")
        )
        self.mine_title.setText(self.tr("Sus datos en este equipo"))
        self.mine_view.setPlainText(values_text(c.mine))
        self.keep_mine.setText(self.tr("Restaurar con mis cambios"))
        self.keep_mine.setToolTip(
            self.tr("Vuelve a crear el registro con sus datos; se enviará al sincronizar.")
        )
        self.keep_theirs.setText(self.tr("Aceptar la eliminación"))
        self.keep_theirs.setToolTip(
            self.tr("El registro queda eliminado; sus cambios quedan en el historial.")
        )

    # Answers

    def _answer(self, resolution: Resolution, merged: str | None = None) -> None:
        item = self.current()
        if item is not None:
            self.resolve.emit(item.conflict.id, resolution, merged)

    def _combine(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = MergeDialog(item, self.theirs_name(item.conflict), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._answer(Resolution.MERGED, dialog.text())

    def _postpone(self) -> None:
        item = self.current()
        if item is None:
            return
        self._later.add(item.conflict.id)
        row = self.list.currentRow()
        self.set_items(list(self.items))
        self.list.setCurrentRow(min(row, len(self.items) - 1))
        self.resolve.emit(item.conflict.id, Resolution.LATER, None)


class MergeDialog(QDialog):
    """An editor prefilled with both versions (mine first); the user keeps what is right."""

    def __init__(self, item: ConflictItem, theirs_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combinar las dos versiones"))
        self.resize(em(self, 48), em(self, 30))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        c = item.conflict
        heading = label(" · ".join(p for p in (kind_label(c.kind), field_label(c.field)) if p))
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        layout.addWidget(heading)
        layout.addWidget(
            label(
                self.tr(
                    "El texto tiene su versión y, debajo, la %1. Edítelo hasta que quede como "
                    "debe ser y guarde: se enviará en la próxima sincronización."
                ).replace("%1", theirs_name.lower()),
                "muted",
            )
        )
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(as_text(c.mine).rstrip() + "\n\n" + as_text(c.theirs).strip())
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox()
        save = buttons.addButton(
            self.tr("Guardar el texto combinado"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("primary")
        buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()


def _is_text(kind: str, field: str) -> bool:
    from migradesk.domain.base import DomainError, is_text_field, record_type

    try:
        return is_text_field(record_type(kind), field)
    except DomainError:
        return True  # a kind this version does not know: let the user write it out
