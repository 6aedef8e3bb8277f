"""Fase 3: the report versions sent to IOM and "Comparar versiones" (a word diff per section)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.cityfile import CityFile
from migradesk.domain.report import ReportStatus, ReportVersion

from migradesk.ui.formats import fmt_date
from migradesk.ui.i18n import QT_TRANSLATE_NOOP
from migradesk.ui.pages.fase3_sections import SECTION_KEYS, section_title
from migradesk.ui.widgets.forms import Card, label
from migradesk.ui.widgets.report_diff import diff_html
from migradesk.ui.widgets.table_fit import fit_columns

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

# What the city sent each copy as; where the report stands is the process model's (banner).
STATUS_LABELS = {
    ReportStatus.DRAFT: QT_TRANSLATE_NOOP("VersionsPanel", "Borrador"),
    ReportStatus.SENT: QT_TRANSLATE_NOOP("VersionsPanel", "Versión preliminar"),
    ReportStatus.COMMENTED: QT_TRANSLATE_NOOP("VersionsPanel", "Versión preliminar"),
    ReportStatus.FINAL: QT_TRANSLATE_NOOP("VersionsPanel", "Versión final"),
}
CURRENT = 0  # the combo's value for the text being edited


class VersionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[ReportVersion] = []
        self.current: dict[str, str] = {}
        self.last_html = ""
        self._compare_pending = False  # compared when shown (see refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(16)

        listing = Card(
            self.tr("Versiones del reporte"),
            self.tr(
                "Cada envío a OIM guarda una copia numerada del reporte, que ya no cambia: "
                "versiones preliminares y, con los comentarios validados, la versión final."
            ),
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Versión"), self.tr("Fecha"), self.tr("Estado"), self.tr("Nota")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.table, 3, nowrap=(0, 1))  # the note takes the rest, wrapped
        listing.body.addWidget(self.table)
        self.empty = label(self.tr("Todavía no se envió ninguna versión."), "muted")
        listing.body.addWidget(self.empty)
        layout.addWidget(listing)

        compare = Card(self.tr("Comparar versiones"))
        row = QGridLayout()  # one version a line: each name whole, at any width
        row.setColumnStretch(1, 1)
        self.older = QComboBox()
        self.older.setAccessibleName(self.tr("Versión anterior"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(self.tr("Versión posterior"))
        row.addWidget(label(self.tr("Comparar"), wrap=False), 0, 0)
        row.addWidget(self.older, 0, 1)
        row.addWidget(label(self.tr("con"), wrap=False), 1, 0)
        row.addWidget(self.newer, 1, 1)
        compare.body.addLayout(row)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        self.diff.setMinimumHeight(self.diff.fontMetrics().lineSpacing() * 18)
        compare.body.addWidget(self.diff)
        layout.addWidget(compare)
        layout.addStretch(1)
        self.older.currentIndexChanged.connect(lambda _i: self.compare())
        self.newer.currentIndexChanged.connect(lambda _i: self.compare())

    def refresh(self, file: CityFile, current: dict[str, str]) -> None:
        self.versions = file.report_versions
        self.current = current
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(reversed(self.versions)):
            cells = (
                str(version.number),
                fmt_date(version.created_at.date()),
                self.tr(STATUS_LABELS[version.status]),
                version.note,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        rows = max(1, min(len(self.versions), 5))
        height = self.table.verticalHeader().defaultSectionSize() * rows
        self.table.setFixedHeight(height + self.table.horizontalHeader().sizeHint().height() + 4)
        self.table.setVisible(bool(self.versions))
        self.empty.setVisible(not self.versions)
        self._fill_combos()

    def _fill_combos(self) -> None:
        older, newer = self.older.currentData(), self.newer.currentData()
        items = [(self._version_text(v), v.number) for v in self.versions]
        items.append((self.tr("Texto actual (sin enviar)"), CURRENT))
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)
        default_old = self.versions[-2].number if len(self.versions) > 1 else None
        if default_old is None and self.versions:
            default_old = self.versions[-1].number
        default_new = self.versions[-1].number if len(self.versions) > 1 else CURRENT
        self._choose(self.older, older if older is not None else default_old)
        self._choose(self.newer, newer if newer is not None else default_new)
        # The word diff (difflib: tens of ms) when the tab is on screen, not on every refresh.
        self._compare_pending = True
        if self.isVisible():
            self.compare()

    def showEvent(self, event: QShowEvent) -> None:
        if self._compare_pending:
            self.compare()
        super().showEvent(event)

    def _version_text(self, version: ReportVersion) -> str:
        text = self.tr("Versión %1 · %2 · %3").replace("%1", str(version.number))
        text = text.replace("%2", fmt_date(version.created_at.date()))
        return text.replace("%3", self.tr(STATUS_LABELS[version.status]))

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.blockSignals(True)
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)

    def choose(self, older: int, newer: int) -> None:
        """Compare version ``older`` with ``newer`` (0: the current text)."""
        self._choose(self.older, older)
        self._choose(self.newer, newer)
        self.compare()

    def sections_of(self, number: int) -> dict[str, str]:
        if number == CURRENT:
            return self.current
        return next((v.sections for v in self.versions if v.number == number), {})

    def compare(self) -> None:
        old = self.sections_of(self.older.currentData() or CURRENT)
        new = self.sections_of(self.newer.currentData() or CURRENT)
        self.last_html = diff_html(SECTION_KEYS, section_title, old, new)
        self.diff.setHtml(self.last_html)
        self._compare_pending = False
