"""Ayuda ▸ Guía de esta etapa (F1): the project guide's section for the page on screen.

The guide is IOM's, in Spanish (``migradesk.guide``); any other section can be chosen here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from migradesk import guide

from migradesk.ui.style import em
from migradesk.ui.widgets.forms import label


class GuideDialog(QDialog):
    def __init__(self, page_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guía del proyecto MigraCiudades"))
        self.resize(em(self, 52), em(self, 36))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(
            label(
                self.tr("Lo que dice la guía del proyecto (OIM – ONU Migración) sobre esta etapa."),
                "muted",
            )
        )
        self.sections = QComboBox()
        self.sections.setProperty("i18n_data", True)  # the guide's own titles
        for found in guide.sections().values():
            self.sections.addItem(found.title, found.page_id)
        self.sections.currentIndexChanged.connect(lambda _i: self._show())
        layout.addWidget(self.sections)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setProperty("i18n_data", True)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        shown = guide.section(page_id)
        self.sections.setCurrentIndex(self.sections.findData(shown.page_id))
        self._show()

    def _show(self) -> None:
        found = guide.section(self.sections.currentData())
        self.text.setMarkdown(f"## {found.title}\n\n{found.text}")
        self.page_id = found.page_id
