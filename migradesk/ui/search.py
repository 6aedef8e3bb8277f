"""Ctrl+F: find a person, a text or a step in the city's file and jump to its page.

Typed the way people type: accents and case ignored ("vacunacion" finds "vacunación"), the
best matches first (``domain.matching``). What is listed is what the pages show: titles,
names, texts (whole, a long one listed around the match) and the indicators' questions, each
with its step's title; never an id, a code or a value of a list ("en_curso"). At most
``SHOWN`` matches, and then a line says how many there are ("50 de 183; escriba más para
acotar").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from migradesk.ui.early_qt import USER_ROLE
from migradesk.ui.pages import PAGES

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QCompleter

    from migradesk.domain.base import Record
    from migradesk.domain.cityfile import CityFile
    from migradesk.domain.matching import Key

SHOWN = 50  # matches listed at most; then a line says how many there are
SHORTEST = 3  # a shorter text (an initial, "sí") is not worth finding
LONGEST = 100  # characters of a long text listed: around the match
LINE_ROLE = USER_ROLE + 1  # an entry in one line: what the box shows when it is chosen

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

MARKDOWN_KINDS = frozenset({"report_section"})  # their long texts are the report's Markdown

# A value that is a code, not a text for people: "en_curso", "a01", a UUID, an e-mail's
# domain alone…: lower-case letters, digits, "_" and "-" without a space.
_CODE = re.compile(r"[a-z0-9_\-]+")
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


class Entry(NamedTuple):
    text: str  # what is matched: a title, a name, a whole text on one line
    page_id: str
    key: Key  # the text prepared for matching, once

    def line(self, shown: str, titles: dict[str, str]) -> str:
        """One line: what the box shows when the entry is chosen."""
        title = titles[self.page_id]
        return shown if self.text == title else f"{shown} — {title}"

    def detail(self, titles: dict[str, str]) -> str:
        """The step, listed below the text (beside it, a line would not fit at 150 %)."""
        title = titles[self.page_id]
        return "" if self.text == title else title


def entry(text: str, page_id: str) -> Entry:
    from migradesk.domain.matching import key

    return Entry(text, page_id, key(text))


def entries(file: CityFile | None) -> list[Entry]:
    """Step titles, then the indicators' questions, then the texts of the city's records."""
    found = [entry(p.title, p.id) for p in PAGES]
    if file is None:
        return found
    from migradesk.domain.questionnaire import load_questionnaire

    for indicator in load_questionnaire().indicators():
        found.append(entry(f"{indicator.id.upper()} {indicator.question}", "fase2"))
    seen = {e.text for e in found}
    for record in file:
        page_id = PAGE_OF_KIND.get(record.KIND)
        if page_id is None:
            continue
        for text in texts(record):
            if text not in seen:
                seen.add(text)
                found.append(entry(text, page_id))
    return found


def texts(record: Record) -> list[str]:
    """The record's texts for people, each on one line: not its ids, codes, list values, dates
    or numbers; a report's Markdown as the words a reader sees."""
    from enum import Enum

    from migradesk.domain.base import field_names

    found = []
    for name in field_names(type(record)):
        value = getattr(record, name)
        if name == "id" or name.endswith(("_id", "_ids")) or isinstance(value, Enum):
            continue
        if not isinstance(value, str):
            continue
        if record.KIND in MARKDOWN_KINDS and name in record.LONG_TEXT:
            from migradesk.domain import markdown

            value = _one_line(markdown.plain(markdown.parse(value)))
        text = " ".join(value.split())
        if len(text) < SHORTEST or _CODE.fullmatch(text) or _ID.search(text):
            continue
        found.append(text)
    return found


def _one_line(text: str) -> str:
    """Blocks (a heading, a paragraph) one after the other, apart: "Salud · El municipio…"."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
    return " ".join(b if b.endswith(tuple(".:;!?…")) else f"{b} ·" for b in blocks).rstrip(" ·")


def excerpt(text: str, where: tuple[int, int] | None, width: int = LONGEST) -> str:
    """``text`` when short; otherwise about ``width`` characters of it that show ``where``
    (the match: from a little before it), cut between words, with "…" where it is cut."""
    if len(text) <= width:
        return text
    start = 0
    if where is not None and where[1] > width - 1:
        start = text.rfind(" ", 0, max(where[0] - width // 3, 0) + 1) + 1  # at a word
    end = min(start + width, len(text))
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > (where[1] if where is not None else start):
            end = space
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


class SearchBox(QLineEdit):
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()
        self._entries: list[Entry] = []
        self._indexed: CityFile | None = None  # the file ``_entries`` come from
        self._shown: dict[str, str] = {}  # a listed line → its page
        self._model: QStandardItemModel | None = None  # with the completer, on first focus
        self.returnPressed.connect(lambda: self._go(self.text()))
        self.textEdited.connect(self._list)

        self.file_getter: Callable[[], CityFile | None] = lambda: None

    def retranslate(self) -> None:
        self._indexed = None  # the steps' titles are indexed in the language of the time
        self.setPlaceholderText(QCoreApplication.translate("search", "Buscar (Ctrl+F)"))
        self.setAccessibleName(QCoreApplication.translate("search", "Buscar"))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Index the file when the user starts searching, not after every save (nor again
        while the file is the same snapshot: the session makes a new one on each write)."""
        file = self.file_getter()
        if file is None or file is not self._indexed:
            self._entries = entries(file)
            self._indexed = file
        if self._model is None:
            self._make_completer()
            self.setClearButtonEnabled(True)  # its icon loads here, not at start-up
        super().focusInEvent(event)

    def _make_completer(self) -> None:
        """Made when the user first searches: not on the start-up path. The completer lists
        what ``_list`` found (its own matching knows no accents)."""
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QCompleter

        from migradesk.ui.widgets.two_lines import TwoLineDelegate

        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(LINE_ROLE)  # the box gets one line, the list shows two
        completer.setMaxVisibleItems(8)
        popup = _popup(completer)
        popup.setItemDelegate(TwoLineDelegate(popup))
        completer.activated.connect(self._go)
        self.setCompleter(completer)

    def matches(self, query: str) -> list[Entry]:
        from migradesk.domain.matching import ranked

        return ranked(query, self._entries, lambda entry: entry.key)

    def _list(self, query: str) -> None:
        """The matches of ``query`` in the popup, at most SHOWN and then how many there are."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QBrush, QColor, QStandardItem

        from migradesk.domain.matching import span

        from migradesk.ui import style
        from migradesk.ui.formats import fmt_int
        from migradesk.ui.widgets.two_lines import DETAIL_ROLE

        if self._model is None:
            self._make_completer()
        assert self._model is not None
        found = self.matches(query) if query.strip() else []
        titles = {p.id: p.title for p in PAGES}
        self._model.clear()
        self._shown = {}
        for match in found[:SHOWN]:
            shown = excerpt(match.text, span(query, match.text))
            line = match.line(shown, titles)
            self._shown[line] = match.page_id
            item = QStandardItem(shown)
            item.setData(line, LINE_ROLE)
            item.setData(match.detail(titles), DETAIL_ROLE)
            self._model.appendRow(item)
        if len(found) > SHOWN:
            more = QStandardItem(
                QCoreApplication.translate("search", "%1 de %2; escriba más para acotar")
                .replace("%1", fmt_int(SHOWN))
                .replace("%2", fmt_int(len(found)))
            )
            more.setData(more.text(), LINE_ROLE)
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a note, not a place to go
            more.setForeground(QBrush(QColor(style.MUTED)))
            self._model.appendRow(more)
        completer = self.completer()
        if found:
            self._fit_popup()
            completer.complete()
        else:
            _popup(completer).hide()

    def _fit_popup(self) -> None:
        """As wide as its longest line (the box in the side bar is narrow), at most up to the
        window's right edge. A minimum width: the completer sizes its popup to the box each
        time it shows it."""
        from PySide6.QtCore import QPoint

        popup = _popup(self.completer())
        model = popup.model()
        longest = max(
            (
                popup.sizeHintForIndex(model.index(row, 0)).width()
                for row in range(model.rowCount())
            ),
            default=0,
        )
        frame = 2 * popup.frameWidth() + popup.verticalScrollBar().sizeHint().width()
        margin = self.fontMetrics().averageCharWidth() * 2
        room = self.window().geometry().right() - self.mapToGlobal(QPoint(0, 0)).x() - margin
        popup.setMinimumWidth(max(self.width(), min(longest + frame + margin, room)))

    def listed(self) -> list[str]:
        """The lines the popup lists now (tests)."""
        if self._model is None:
            return []
        return [self._model.item(row).data(LINE_ROLE) for row in range(self._model.rowCount())]

    def _go(self, text: str) -> None:
        page_id = self._shown.get(text)
        if page_id is None and text.strip():
            found = self.matches(text)
            page_id = found[0].page_id if found else None
        if page_id is not None:
            self.page_requested.emit(page_id)
            self.clear()


def _popup(completer: QCompleter | None) -> QAbstractItemView:
    """The completer's list (Qt makes one with the completer; the stubs allow None)."""
    popup = completer.popup() if completer is not None else None
    assert popup is not None
    return popup
