"""What the window shows when the city's data could not be opened: what happened, and the ways
on from there — never a dead end.

The ways offered depend on the problem (``StorageError.problem``, never the message's words):
try again (a disk that filled up, a file in use, a folder made writable), restore a copy or
start a new file (a damaged file, one from a newer MigraDesk, one that is not MigraDesk's: the
file is kept aside, never deleted), use another data folder, show the folder, see the error's
report (a bug), or quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from migradesk.errors import KnownError
from migradesk.storage.errors import CorruptDatabaseError, StorageError, StorageProblem

from migradesk.ui.widgets.flow import flow_widget
from migradesk.ui.widgets.forms import Banner, Card, data_label

log = logging.getLogger("migradesk.ui")

translate = QCoreApplication.translate

# Problems a new try can get past once the user fixed what the message says.
PASSING = frozenset(
    {
        StorageProblem.DISK_FULL,
        StorageProblem.IO_ERROR,
        StorageProblem.READ_ONLY,
        StorageProblem.LOCKED,
        StorageProblem.NO_ACCESS,
        StorageProblem.OTHER,
    }
)
# Problems of the file itself: a copy or a new file replaces it (the file is kept aside).
OF_THE_FILE = frozenset({StorageProblem.DAMAGED, StorageProblem.TOO_NEW, StorageProblem.FOREIGN})


def _title(problem: StorageProblem | None) -> str:
    titles = {
        StorageProblem.DISK_FULL: translate("recovery", "No hay espacio en el disco"),
        StorageProblem.IO_ERROR: translate("recovery", "El disco no pudo leer los datos"),
        StorageProblem.READ_ONLY: translate("recovery", "Los datos no admiten cambios"),
        StorageProblem.LOCKED: translate("recovery", "Otro programa está usando los datos"),
        StorageProblem.NO_ACCESS: translate("recovery", "Sin permiso para usar los datos"),
        StorageProblem.DAMAGED: translate("recovery", "El archivo de datos está dañado"),
        StorageProblem.TOO_NEW: translate(
            "recovery", "Los datos son de una versión más nueva de MigraDesk"
        ),
        StorageProblem.FOREIGN: translate("recovery", "El archivo de datos no es de MigraDesk"),
    }
    return titles.get(problem, translate("recovery", "No se pudieron abrir los datos"))  # type: ignore[arg-type]


class RecoveryPage(QWidget):
    """Shown in the window's stack in place of the city. ``retry`` opens the data again (the
    window's loader); ``other_folder`` carries a data dir to open instead; ``quit`` closes."""

    retry_requested = Signal()
    folder_chosen = Signal(object)  # Path
    quit_requested = Signal()

    def __init__(
        self,
        error: BaseException,
        data_dir: Path,
        show_report: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery")
        self.error = error
        self.data_dir = data_dir
        self.show_report = show_report
        problem = error.problem if isinstance(error, StorageError) else None
        self.problem = problem
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        card = Card(_title(problem))
        card.setMaximumWidth(card.fontMetrics().averageCharWidth() * 110)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        if isinstance(error, StorageError):
            said = str(error)
        else:
            said = self.tr(
                "Ocurrió un error inesperado al abrir los datos de la ciudad. Lo que ya estaba "
                "guardado sigue en su carpeta de datos. Vea el informe del error para enviarlo a "
                "OIM, o elija cómo seguir."
            )
        self.message = data_label(said)
        card.body.addWidget(self.message)
        card.body.addWidget(
            data_label(self.tr("Carpeta de datos: %1").replace("%1", str(data_dir)), "muted")
        )
        self.notice = Banner()
        card.body.addWidget(self.notice)

        self.retry_button = self._button(self.tr("Reintentar"), self.retry_requested.emit)
        self.restore_button = self._button(
            self.tr("Restaurar una copia de seguridad…"), self.ask_restore
        )
        self.new_file_button = self._button(
            self.tr("Empezar con un archivo nuevo"), self.start_new_file
        )
        self.folder_button = self._button(self.tr("Usar otra carpeta de datos…"), self.ask_folder)
        self.show_folder_button = self._button(
            self.tr("Mostrar la carpeta de datos"), self._show_folder
        )
        self.report_button = self._button(
            self.tr("Ver el informe del error"), lambda: self.show_report(error)
        )
        self.quit_button = self._button(self.tr("Salir"), self.quit_requested.emit)
        moved_aside = isinstance(error, CorruptDatabaseError)  # the path is free already
        of_the_file = problem in OF_THE_FILE or problem is None
        offered = {
            self.retry_button: problem in PASSING or problem is None,
            self.restore_button: of_the_file,
            self.new_file_button: of_the_file,
            self.folder_button: True,
            self.show_folder_button: True,
            self.report_button: not isinstance(error, StorageError),
            self.quit_button: True,
        }
        buttons, _flow = flow_widget(list(offered))
        card.body.addWidget(buttons)
        for button, shown in offered.items():
            button.setVisible(shown)
        main = self.retry_button if offered[self.retry_button] else None
        if moved_aside or problem in (StorageProblem.TOO_NEW, StorageProblem.FOREIGN):
            main = self.restore_button
        if main is not None:
            main.setObjectName("primary")
            main.setDefault(True)
        self.restore_dialog: QWidget | None = None

    def _button(self, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _c=False: action())
        return button

    def say(self, text: str, tone: str = "warn") -> None:
        self.notice.show_text(text, tone)

    # The ways on

    def ask_restore(self) -> None:
        from migradesk.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.data_dir, self)
        dialog.chosen.connect(self.restore_from)
        self.restore_dialog = dialog
        dialog.open()

    def restore_from(self, source: Path) -> None:
        from migradesk import backup_command

        from migradesk.ui import settings

        try:
            backup_command.restore(self.data_dir, source, keep=settings.BACKUPS_KEPT.get())
        except KnownError as exc:
            self.say(exc.user_message)
            return
        log.warning("restored %s at start-up", source)
        self.retry_requested.emit()

    def start_new_file(self) -> None:
        """Keep the current file aside (never deleted) and start with an empty one."""
        from migradesk.storage import backups
        from migradesk.storage.store import DATABASE_NAME

        path = self.data_dir / DATABASE_NAME
        if path.exists():
            try:
                backups.move_aside(path, "apartado")
            except OSError as exc:
                from migradesk import oserrors

                self.say(oserrors.message(exc))
                return
        self.retry_requested.emit()

    def ask_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Elegir la carpeta de datos"), str(self.data_dir.parent)
        )
        if chosen:
            self.folder_chosen.emit(Path(chosen))

    def _show_folder(self) -> None:
        from migradesk.ui.backup_dialog import open_folder

        open_folder(self.data_dir)
