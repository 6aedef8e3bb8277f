"""Ctrl+F: find a person, a text or a step in the city's file and jump to its page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from migradesk.ui.pages import PAGES

if TYPE_CHECKING:
    from PySide6.QtCore import QStringListModel

    from migradesk.domain.base import Record
    from migradesk.domain.cityfile import CityFile

# Which page shows a record kind (the pages of Fase 2–6 add theirs here).
PAGE_OF_KIND: dict[str, str] = {
    "application": "inscripcion",
    "focal_point": "punto_focal",
    "official": "fase1",
    "indicator_answer": "fase2",
    "report_section": "fase3",
    "workshop": "fase3",
    "priority_area": "fase4",
    "objective": "fase4",
    "action": "fase4",
    "monitoring_update": "fase6",
    "comment": "inicio",
}


def entries(file: CityFile) -> dict[str, str]:
    """Search text → page id: step titles, then the short texts of the city's records."""
    found: dict[str, str] = {p.title: p.id for p in PAGES}
    titles = {p.id: p.title for p in PAGES}
    for record in file:
        page_id = PAGE_OF_KIND.get(record.KIND)
        if page_id is None:
            continue
        for text in _texts(record):
            found.setdefault(f"{text} — {titles[page_id]}", page_id)
    return found


def _texts(record: Record) -> list[str]:
    from migradesk.domain.base import field_names

    texts = []
    for name in field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, str) and len(value.strip()) > 2 and "\n" not in value.strip():
            texts.append(value.strip()[:80])
    return texts


class SearchBox(QLineEdit):
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()
        self._targets: dict[str, str] = {}
        self._model: QStringListModel | None = None  # with the completer, on first focus
        self.returnPressed.connect(lambda: self._go(self.text()))

        self.file_getter: Callable[[], CityFile | None] = lambda: None

    def retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("search", "Buscar (Ctrl+F)"))
        self.setAccessibleName(QCoreApplication.translate("search", "Buscar"))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Index the file when the user starts searching, not after every save."""
        file = self.file_getter()
        self._targets = entries(file) if file is not None else {p.title: p.id for p in PAGES}
        if self._model is None:
            self._make_completer()
            self.setClearButtonEnabled(True)  # its icon loads here, not at start-up
        assert self._model is not None
        self._model.setStringList(list(self._targets))
        super().focusInEvent(event)

    def _make_completer(self) -> None:
        """Made when the user first searches: not on the start-up path."""
        from PySide6.QtCore import QStringListModel, Qt  # (Qt's enums: early_qt)
        from PySide6.QtWidgets import QCompleter

        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._go)
        self.setCompleter(completer)

    def _go(self, text: str) -> None:
        page_id = self._targets.get(text)
        if page_id is None:
            needle = text.casefold().strip()
            page_id = next((v for k, v in self._targets.items() if needle in k.casefold()), None)
        if page_id is not None and text.strip():
            self.page_requested.emit(page_id)
            self.clear()
