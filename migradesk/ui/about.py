"""Ayuda ▸ Acerca de MigraDesk: the version, where the data and the log are, the licences.

What support asks for first (version, data folder, log file) can be copied in one click; the
licences of the fonts, the data sources and the libraries are in ``resources/licencias.md``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from migradesk import logs, support, version
from migradesk.assets import resource

from migradesk.ui.backup_dialog import open_folder
from migradesk.ui.style import em, scaled_font
from migradesk.ui.widgets.forms import add_row, data_label, label, new_form


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Acerca de MigraDesk"))
        self.resize(em(self, 66), em(self, 52))
        self.data_dir = data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        title = data_label(f"MigraDesk {version()}", "cardTitle")
        title.setFont(scaled_font(title, 1.4, bold=True))
        layout.addWidget(title)
        layout.addWidget(
            label(
                self.tr(
                    "Acompaña al Punto Focal en la certificación MigraCiudades Argentina (OIM – "
                    "ONU Migración). Sus datos se guardan en este equipo y se sincronizan con el "
                    "servidor de OIM cuando hay conexión."
                ),
                "muted",
            )
        )
        form = new_form()
        layout.addLayout(form)
        log_file = logs.current()
        self.version_label = data_label(version())
        add_row(form, self.tr("Versión"), self.version_label)
        self.folder_label = data_label(str(data_dir) if data_dir else "—")
        add_row(form, self.tr("Carpeta de datos"), self.folder_label)
        self.log_label = data_label(
            str(log_file) if log_file else self.tr("(no se pudo escribir el registro)")
        )
        add_row(form, self.tr("Registro"), self.log_label)
        self.licences = QTextBrowser()
        self.licences.setProperty("i18n_data", True)  # the licences' own text (Spanish)
        self.licences.setOpenExternalLinks(True)
        self.licences.setMarkdown(resource("licencias.md").read_text(encoding="utf-8"))
        heading = label(self.tr("Licencias y fuentes de datos"), "cardTitle")
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        layout.addWidget(heading)
        layout.addWidget(self.licences, 1)
        self.copied = label("", "muted")
        layout.addWidget(self.copied)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Mostrar la carpeta de datos"))
        self.folder_button.setObjectName("link")
        self.folder_button.setEnabled(data_dir is not None)
        self.folder_button.clicked.connect(self._show_folder)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copiar los datos para soporte"))
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def details(self) -> str:
        return "\n".join(support.environment(self.data_dir, logs.current(), qVersion()))

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details())
        self.copied.setText(self.tr("Copiado: péguelo en su mensaje a OIM (Ctrl+V)."))

    def _show_folder(self) -> None:
        if self.data_dir is not None:
            open_folder(self.data_dir)
