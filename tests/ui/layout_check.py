"""Cut text, found by walking a widget tree: ``cut_text(root)`` lists, in words, every visible
widget whose text the user cannot read whole.

Generic on purpose: any page, tab or dialog (those added later too) is checked by the kinds of
its widgets, never by their names.

- a label narrower or lower than its text (wrapped text: lower than its height for its width);
- a button, check box, radio button or tool button narrower than its text (and icon);
- a combo box whose current item is wider than its field, a read-only line edit narrower than
  its text;
- a tab bar whose tabs are squeezed (elided) or scroll;
- an item view (list, tree, table) with an item whose text needs more room than its cell has
  (elided, or wrapped into more lines than the row's height), or a header section narrower than
  its title;
- a horizontal scroll bar on any scroll area, unless the widget says it is meant to scroll
  sideways (``setProperty("scrolls_sideways", True)``);
- text painted by a widget of ours: a widget with ``text_boxes()`` (the rectangles of the texts
  it painted, and of the marks that must not cross them) has none outside itself and none
  overlapping another; and text our code elided with ``QFontMetrics.elidedText`` while
  painting (``painted_elisions``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

SLACK = 1  # pixels of rounding


def cut_text(root: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in _visible(root):
        problems += [f"{_name(widget)}: {p}" for p in _widget_problems(widget)]
    return problems


def _overlaps(widget: QWidget) -> list[str]:
    """Laid-out children drawn over one another (a squeezed dialog: text over the title)."""
    layout = widget.layout()
    if layout is None:
        return []
    children = [
        c
        for c in widget.children()
        if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()
    ]
    children = [c for c in children if layout.indexOf(c) >= 0 or _in_layout(layout, c)]
    found = []
    for i, child in enumerate(children):
        for other in children[i + 1 :]:
            overlap = child.geometry().intersected(other.geometry())
            if overlap.width() > SLACK and overlap.height() > SLACK:
                found.append(f"{_name(child)} and {_name(other)} overlap")
    return found


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        child = item.layout()
        if child is not None and _in_layout(child, widget):
            return True
    return False


def _visible(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and widget.width() > 0 and widget.height() > 0:
            yield widget


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText", "windowTitle"):
        value = getattr(widget, getter, None)
        if callable(value) and isinstance(widget, QLabel | QAbstractButton | QComboBox | QLineEdit):
            text = str(value())
            break
    name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
    return f"{name} {_short(text)!r}" if text else name


def _short(text: str, size: int = 60) -> str:
    plain = " ".join(text.split())
    return plain if len(plain) <= size else plain[: size - 1] + "…"


def _widget_problems(widget: QWidget) -> list[str]:
    found = _overlaps(widget)
    if isinstance(widget, QLabel):
        found += _label(widget)
    elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        found += _button(widget)
    elif isinstance(widget, QAbstractButton):
        if widget.text() and widget.width() + SLACK < widget.sizeHint().width():
            found.append(f"needs {widget.sizeHint().width()} px, has {widget.width()}")
    elif isinstance(widget, QComboBox):
        found += _combo(widget)
    elif isinstance(widget, QLineEdit) and widget.isReadOnly():
        needed = widget.fontMetrics().horizontalAdvance(widget.text())
        room = widget.cursorRect().height() and _line_room(widget)
        if widget.echoMode() == QLineEdit.EchoMode.Normal and needed > room + SLACK:
            found.append(f"read-only text needs {needed} px, has {room}")
    elif isinstance(widget, QTabBar):
        found += _tabs(widget)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        found += _items(widget)
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        found += _header(widget)
    if isinstance(widget, QAbstractScrollArea) and not widget.property("scrolls_sideways"):
        bar = widget.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"scrolls sideways ({bar.maximum()} px)")
    boxes = getattr(widget, "text_boxes", None)
    if callable(boxes):
        found += _painted(widget, boxes())
    return found


def _label(label: QLabel) -> list[str]:
    text = label.text() if label.buddy() is None else _mnemonic_free(label.text())
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), 0)
    room.setWidth(room.width() - max(label.indent(), 0))
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return [f"wrapped text needs {needed_height} px high, has {label.height()}"]
        widest = _rich_min_width(label) if _is_rich(label) else _longest_word(label, text)
        if widest > room.width() + SLACK:
            return [f"a word needs {widest} px, has {room.width()}"]
        return []
    if _is_rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        needed_w, needed_h = round(doc.idealWidth()), round(doc.size().height())
    else:
        metrics = label.fontMetrics()
        lines = text.split("\n")  # (a buddy's mnemonic & is not shown)
        needed_w = max(metrics.horizontalAdvance(line) for line in lines)
        needed_h = metrics.height() * len(lines)
    if needed_w > room.width() + SLACK:
        return [f"text needs {needed_w} px, has {room.width()}"]
    if needed_h > room.height() + SLACK:
        return [f"text needs {needed_h} px high, has {room.height()}"]
    return []


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())


def _longest_word(label: QLabel, text: str) -> int:
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _rich_min_width(label: QLabel) -> int:
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(1)
    return round(doc.idealWidth())


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button(button: QAbstractButton) -> list[str]:
    text = _mnemonic_free(button.text())
    if not text:
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = QStyle.SubElement.SE_PushButtonContents
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    room = button.style().subElementRect(element, option, button).width()
    metrics = button.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if needed > room + SLACK:
        return [f"text needs {needed} px, has {room}"]
    return []


def _combo(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = (
        combo.style()
        .subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        .width()
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > room + SLACK:
        return [f"current item needs {needed} px, has {room}"]
    return []


def _line_room(edit: QLineEdit) -> int:
    margins = edit.textMargins()
    return edit.contentsRect().width() - margins.left() - margins.right() - 4


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    total = 0
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        hint, rect = bar.tabSizeHint(index), bar.tabRect(index)
        total += rect.width()
        if rect.width() + SLACK < hint.width():
            found.append(f"tab {bar.tabText(index)!r} needs {hint.width()} px, has {rect.width()}")
    if total > bar.width() + SLACK:
        found.append(f"tabs need {total} px, the bar has {bar.width()}")
    return found


def _header(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None:
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if not title:
            continue
        needed = header.sectionSizeFromContents(section).width()
        if needed > header.sectionSize(section) + SLACK:
            found.append(
                f"header {_short(str(title))!r} needs {needed} px, has "
                f"{header.sectionSize(section)}"
            )
    return found


def _items(view: QAbstractItemView) -> list[str]:
    found: list[str] = []
    above = QRect()
    for index in _indexes(view, QModelIndex()):
        if isinstance(view, QListView) and view.visualRect(index).intersects(above):
            found.append(f"item {_short(str(index.data()))!r} drawn over the one above it")
        above = view.visualRect(index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or str(text) == "":
            continue
        rect = view.visualRect(index)
        if rect.width() <= 0 or rect.height() <= 0:
            continue
        option_rect = QRect(rect)
        if not view.horizontalScrollBar().isVisible():  # nothing shows what is past the edge
            rect.setRight(min(rect.right(), view.viewport().width() - 1))
        if isinstance(view, QTableView) and (view.rowSpan(index.row(), index.column()) > 1):
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # type: ignore[attr-defined]
        option.rect = option_rect  # type: ignore[attr-defined]
        delegate = view.itemDelegateForIndex(index)
        hint = delegate.sizeHint(option, index)
        if hint.width() > rect.width():  # Qt elides an item one pixel too narrow
            found.append(f"item {_short(str(text))!r} needs {hint.width()} px, has {rect.width()}")
        elif hint.height() > rect.height() + SLACK:
            found.append(
                f"item {_short(str(text))!r} needs {hint.height()} px high, has {rect.height()}"
            )
        if len(found) >= 5:  # enough to see what is wrong
            found.append("…")
            break
    return found


def _indexes(view: QAbstractItemView, parent: QModelIndex) -> Iterator[QModelIndex]:
    model = view.model()
    is_tree = isinstance(view, QTreeView)
    for row in range(model.rowCount(parent)):
        if isinstance(view, QTableView | QTreeView) and _row_hidden(view, row, parent):
            continue
        columns = model.columnCount(parent) if isinstance(view, QTableView | QTreeView) else 1
        for column in range(columns):
            if _column_hidden(view, column):
                continue
            index = model.index(row, column, parent)
            yield index
            if is_tree and column == 0 and view.isExpanded(index):  # type: ignore[attr-defined]
                yield from _indexes(view, index)


def _row_hidden(view: QTableView | QTreeView, row: int, parent: QModelIndex) -> bool:
    if isinstance(view, QTreeView):
        return view.isRowHidden(row, parent)
    return view.isRowHidden(row)


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    if isinstance(view, QTableView | QTreeView):
        return view.isColumnHidden(column)
    return column > 0  # a list shows its model's first column only


def _painted(widget: QWidget, boxes: list[tuple[str, QRectF]]) -> list[str]:
    """``boxes``: (what, rectangle) in the widget's coordinates; what starting with "|" is a
    mark (a line, a dot) that text must not cross, not text itself."""
    found = []
    area = QRectF(widget.rect()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    for i, (what, rect) in enumerate(boxes):
        if not what.startswith("|") and not area.contains(rect):
            found.append(f"painted {what!r} goes out of the widget ({_r(rect)})")
        for other, other_rect in boxes[i + 1 :]:
            if what.startswith("|") and other.startswith("|"):
                continue
            overlap = rect.intersected(other_rect)
            if overlap.width() > SLACK and overlap.height() > SLACK:
                found.append(f"painted {what!r} and {other!r} overlap")
    return found


def _r(rect: QRectF) -> str:
    return f"{rect.x():.0f},{rect.y():.0f} {rect.width():.0f}×{rect.height():.0f}"


@contextmanager
def recording_elisions() -> Iterator[list[str]]:
    """Text our painting code cut with ``elidedText`` while the block runs (grab() a widget in
    it): Qt's own views elide in C++ and are checked through their items instead."""
    found: list[str] = []
    originals = (QFontMetrics.elidedText, QFontMetricsF.elidedText)

    def wrap(original):  # type: ignore[no-untyped-def]
        def elided(self, text, mode, width, flags=0):  # type: ignore[no-untyped-def]
            result = original(self, text, mode, width, flags)
            if result != text:
                found.append(f"painted text cut: {_short(text)!r} → {_short(result)!r}")
            return result

        return elided

    QFontMetrics.elidedText = wrap(originals[0])  # type: ignore[method-assign]
    QFontMetricsF.elidedText = wrap(originals[1])  # type: ignore[method-assign]
    try:
        yield found
    finally:
        QFontMetrics.elidedText, QFontMetricsF.elidedText = originals  # type: ignore[method-assign]
