"""The crash dialog: an unexpected error, said plainly, with the report to send to IOM.

The report (``migradesk.support``: version, system, data folder, log file, the traceback and the
log's last lines) is shown, selectable, and copied with one click; the data folder opens from
here too. Closing the dialog leaves the window as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from migradesk.ui.widgets.forms import at_least_em, dialog_column, label


class CrashDialog(QDialog):
    def __init__(self, report: str, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("MigraDesk: error inesperado"))
        at_least_em(self, 46)
        self.data_dir = data_dir
        layout = dialog_column(
            self,
            self.tr("Ocurrió un error inesperado en MigraDesk"),
            self.tr(
                "Lo que ya figuraba como guardado está a salvo en este equipo; puede seguir "
                "trabajando. Si el problema se repite, copie este informe y envíelo a OIM, "
                "con una línea sobre lo que estaba haciendo."
            ),
            kind="",
        )
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setProperty("i18n_data", True)
        self.report.setMinimumHeight(self.report.fontMetrics().lineSpacing() * 14)
        layout.addWidget(self.report)
        self.copied = label("", "muted")
        layout.addWidget(self.copied)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Mostrar la carpeta de datos"))
        self.folder_button.setObjectName("link")
        self.folder_button.clicked.connect(self._show_folder)
        self.folder_button.setVisible(data_dir is not None)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copiar el informe"))
        self.copy_button.setObjectName("primary")
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())
        self.copied.setText(self.tr("Informe copiado: péguelo en un correo para OIM (Ctrl+V)."))

    def _show_folder(self) -> None:
        if self.data_dir is not None:
            from migradesk.ui.backup_dialog import open_folder

            open_folder(self.data_dir)
