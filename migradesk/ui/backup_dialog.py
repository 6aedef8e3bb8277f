"""Archivo ▸ Copia de seguridad… and Restaurar…: the copies of the data and choosing one.

The restore dialog says, for the copy selected, what restoring it will do (what is sent again,
what stays in the file set aside) before anything happens; it only chooses (``chosen``), the
caller restores: the window on its DB worker, the start-up's recovery page before any Store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from migradesk import backup_command
from migradesk.storage import backups
from migradesk.storage.errors import StorageError

from migradesk.ui import settings
from migradesk.ui.widgets.forms import SpinBox, at_least_em, data_label, dialog_column, label

PathRole = Qt.ItemDataRole.UserRole + 1


def _copies_list(data_dir: Path) -> QListWidget:
    """The copies in copias/, newest first (each line is data: dates and file names)."""
    found = QListWidget()
    found.setProperty("i18n_data", True)
    found.setMinimumHeight(found.fontMetrics().height() * 8)
    _fill(found, data_dir)
    return found


def _fill(found: QListWidget, data_dir: Path) -> None:
    found.clear()
    for copy in backups.listing(data_dir):
        item = QListWidgetItem(backup_command.describe(copy, with_name=False))
        item.setData(PathRole, str(copy.path))
        item.setToolTip(str(copy.path))
        found.addItem(item)


def open_folder(folder: Path) -> None:
    """Show a folder in the system's file manager."""
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class RestoreDialog(QDialog):
    """Choose a copy; ``chosen`` carries its path once the user confirms."""

    chosen = Signal(object)  # Path

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restaurar una copia de seguridad"))
        at_least_em(self, 56)
        layout = dialog_column(
            self,
            self.tr("Restaurar una copia de seguridad"),
            self.tr(
                "Elija la copia a restaurar. Se guardan solas: una por día, antes de cada "
                "actualización y antes de cada restauración."
            ),
        )
        self.copies = _copies_list(data_dir)
        self.copies.currentItemChanged.connect(lambda *_a: self._selected())
        layout.addWidget(self.copies)
        self.other_button = QPushButton(self.tr("Elegir otro archivo…"))
        self.other_button.setObjectName("link")
        self.other_button.clicked.connect(self._pick_file)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.consequences = data_label("", "muted")
        layout.addWidget(self.consequences)
        self.problem = data_label("", "error")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restaurar esta copia"))
        self.restore_button.setObjectName("primary")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._confirm)
        row.addWidget(self.cancel_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.source: Path | None = None
        if self.copies.count():
            self.copies.setCurrentRow(0)
        else:
            self.consequences.setText(
                self.tr("No hay copias en %1.").replace("%1", str(backups.folder(data_dir)))
            )

    def _selected(self) -> None:
        item = self.copies.currentItem()
        if item is not None:
            self.select(Path(item.data(PathRole)))

    def _pick_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Elegir una copia de seguridad"),
            str(self.data_dir),
            self.tr("Copias de MigraDesk (*.sqlite3);;Todos los archivos (*)"),
        )
        if path:
            self.copies.clearSelection()
            self.select(Path(path))

    def select(self, source: Path) -> None:
        """Show what restoring ``source`` would do (or why it cannot be restored)."""
        self.source = None
        try:
            preview = backup_command.preview(self.data_dir, source)
        except StorageError as exc:
            self.consequences.setText("")
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            self.restore_button.setEnabled(False)
            return
        self.source = source
        self.problem.setVisible(False)
        self.consequences.setText("\n".join(backup_command.consequences(preview)))
        self.restore_button.setEnabled(True)

    def _confirm(self) -> None:
        if self.source is not None:
            source = self.source
            self.accept()
            self.chosen.emit(source)


class BackupDialog(QDialog):
    """The copies there are, how many automatic ones to keep, and a copy now (here or on a
    pendrive). ``copy_requested`` carries the target (None: the copias/ folder)."""

    copy_requested = Signal(object)  # Path | None

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Copias de seguridad"))
        at_least_em(self, 56)
        layout = dialog_column(
            self,
            self.tr("Copias de seguridad"),
            self.tr(
                "MigraDesk guarda una copia de sus datos cada día, antes de cada "
                "actualización y antes de cada restauración, en la carpeta «copias» de su "
                "carpeta de datos. Para protegerse de una falla del equipo, guarde además una "
                "copia en un pendrive o en otro disco."
            ),
        )
        self.copies = _copies_list(data_dir)
        layout.addWidget(self.copies)
        keep_row = QHBoxLayout()
        keep_row.addWidget(label(self.tr("Copias automáticas que se conservan de cada tipo:")))
        self.keep = SpinBox(1, 100)
        self.keep.setValue(settings.BACKUPS_KEPT.get())
        self.keep.valueChanged.connect(lambda value: settings.BACKUPS_KEPT.set(int(value)))
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        self.outcome = data_label("", "muted")
        layout.addWidget(self.outcome)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Mostrar la carpeta de copias"))
        self.folder_button.setObjectName("link")
        self.folder_button.clicked.connect(lambda: open_folder(backups.folder(data_dir)))
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.elsewhere_button = QPushButton(self.tr("Guardar una copia en…"))
        self.elsewhere_button.clicked.connect(self._copy_elsewhere)
        self.now_button = QPushButton(self.tr("Hacer una copia ahora"))
        self.now_button.setObjectName("primary")
        self.now_button.clicked.connect(lambda: self.copy_requested.emit(None))
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.elsewhere_button, self.now_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)

    def _copy_elsewhere(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Guardar una copia de seguridad"),
            str(Path.home() / "migradesk-copia.sqlite3"),
            self.tr("Copias de MigraDesk (*.sqlite3)"),
        )
        if path:
            self.copy_requested.emit(Path(path))

    def done_copy(self, made: Path | None, error: str | None = None) -> None:
        """Say how the copy went; list it."""
        if made is not None:
            self.outcome.setText(self.tr("Copia guardada en %1").replace("%1", str(made)))
            _fill(self.copies, self.data_dir)
        else:
            self.outcome.setText(error or "")
