"""One style draws every control whole (style.py): combo boxes with their arrow, spin boxes
with both buttons, one arrow-less calendar button; locked content looks read-only; icons, not
emoji."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QVBoxLayout,
    QWidget,
)

from migradesk.ui import style
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import SpinBox, set_editable

UI = Path(style.__file__).parent


def _shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
        widget.setFocusPolicy(widget.focusPolicy().NoFocus)  # no focus frame in the pixels
    qtbot.addWidget(holder)
    holder.resize(320, 200)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    ratio = image.devicePixelRatio()
    return [
        image.pixelColor(QPoint(round(x * ratio), round(y * ratio)))
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def _near(color: QColor, target: str, tolerance: int = 60) -> bool:
    other = QColor(target)
    return (
        abs(color.red() - other.red())
        + abs(color.green() - other.green())
        + abs(color.blue() - other.blue())
        < tolerance
    )


def test_the_combo_arrow_is_the_chevron_without_a_dark_corner(qtbot: QtBot) -> None:
    combo = QComboBox()
    combo.addItems(["Sí", "En desarrollo"])
    holder = _shown(qtbot, combo)
    assert holder.isVisible()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
    )
    _drawn_in_muted_only(_pixels(_image(combo), arrow))


def _drawn_in_muted_only(pixels: list[QColor]) -> None:
    """The chevron (in MUTED) is there, and nothing darker: no black corner or line."""
    assert any(_near(p, style.MUTED, 90) for p in pixels)
    darkest = min(p.lightness() for p in pixels)
    assert darkest >= QColor(style.MUTED).lightness() - 8, QColor.fromHsl(0, 0, darkest).name()


def test_a_spin_box_has_both_arrows(qtbot: QtBot) -> None:
    spin = SpinBox(0, 10)
    spin.setValue(5)  # both ways possible: both arrows drawn active
    holder = _shown(qtbot, spin)
    assert holder.isVisible()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    image = _image(spin)
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        assert rect.width() > 8 and rect.height() > 4, part
        _drawn_in_muted_only(_pixels(image, rect))


def test_the_calendar_button_is_one_icon_without_a_second_arrow(qtbot: QtBot) -> None:
    edit = DateEdit()
    holder = _shown(qtbot, edit)
    assert holder.isVisible()
    button = edit.button
    assert button.text() == "" and not button.icon().isNull()
    # An arrow beside the icon (a menu indicator) would make the button about twice as wide.
    assert button.sizeHint().width() <= button.sizeHint().height() * 1.25


def test_locked_content_looks_read_only_and_readable(qtbot: QtBot) -> None:
    line, date, combo = QLineEdit("Santa Rosa"), DateEdit(), QComboBox()
    combo.addItem("En desarrollo")
    date.line.setText("15/03/2026")
    holder = _shown(qtbot, line, date, combo)
    assert holder.isVisible()

    def background(widget: QWidget) -> QColor:
        return _image(widget).pixelColor(QPoint(widget.width() - 4, widget.height() // 2))

    assert _near(background(line), "white", 10)
    set_editable([line, date, combo], False)
    assert line.isReadOnly() and date.line.isReadOnly() and not date.button.isVisible()
    qtbot.waitUntil(
        lambda: all(_near(background(w), style.READ_ONLY, 10) for w in (line, date.line, combo))
    )
    # The text keeps the full contrast of the interface's text, not the grey of disabled.
    text = [p for p in _pixels(_image(combo), combo.rect()) if p.lightness() < 128]
    assert text and min(p.lightness() for p in text) < QColor(style.DISABLED).lightness() - 60
    set_editable([line, date, combo], True)
    assert _near(background(line), "white", 10) and date.button.isVisibleTo(date)


EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff]")
SYMBOLS = set("✓✔")  # typographic ticks every interface font has


def test_no_emoji_in_the_interface() -> None:
    """A system font may lack them (an empty box): icons of resources/icons instead."""
    found = []
    sources = [*UI.rglob("*.py"), style.resource("translations", "migradesk_en.ts")]
    for path in sources:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for char in EMOJI.findall(line):
                if char not in SYMBOLS:
                    found.append(f"{path.name}:{number}: {char!r}")
    assert not found, found
