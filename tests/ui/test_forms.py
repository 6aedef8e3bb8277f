"""Form parts that never cut their text: a field that grows with its text, dialogs as wide as
their buttons need and as high as their wrapped text needs, a list that goes above its editor
when the page is narrow."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migradesk.ui.style import em
from migradesk.ui.widgets.forms import GrowingText, at_least_em, fit_height, label, side_by_side

from .layout_check import cut_text

LONG = (
    "Horticultura, tabaco y caña de azúcar; ganadería caprina; comercio fronterizo con "
    "Bolivia; empleo público municipal y provincial"
)


def test_a_growing_field_shows_a_long_answer_whole(qtbot: QtBot) -> None:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    short, long, after = GrowingText(), GrowingText(), QLineEdit()
    short.setText("Municipio")
    long.setText(LONG)
    for widget in (short, long, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.resize(220, 400)
    holder.show()
    qtbot.waitExposed(holder)
    line = QFontMetrics(short.font()).lineSpacing()
    assert abs(short.height() - after.sizeHint().height()) <= line // 2  # one line, as a line edit
    assert long.height() >= short.height() + 2 * line  # wrapped on several lines, all shown
    for field in (short, long):  # all shown: nothing to scroll, no scroll bar
        bar = field.verticalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() == 0 and not bar.isVisible())
    assert cut_text(holder) == []
    long.setReadOnly(True)  # locked: still whole
    assert cut_text(holder) == []
    # Tab selects it all (typing replaces it, as in a line edit); Enter moves on.
    holder.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    after.setFocus()
    short.setFocus(Qt.FocusReason.TabFocusReason)
    assert short.textCursor().selectedText() == "Municipio"
    QTest.keyClick(short, Qt.Key.Key_Return)
    assert long.hasFocus() and short.text() == "Municipio"


def test_a_dialog_is_never_narrower_than_its_buttons(qtbot: QtBot) -> None:
    dialog = QDialog()
    at_least_em(dialog, 20)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label(LONG))
    row = QHBoxLayout()
    for text in ("Mostrar la carpeta de copias", "Guardar una copia en…", "Hacer una copia ahora"):
        row.addWidget(QPushButton(text))
    layout.addLayout(row)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= em(dialog, 20)
    assert cut_text(dialog) == []


def test_a_dialog_grows_when_a_long_message_appears(qtbot: QtBot) -> None:
    dialog = QDialog()
    at_least_em(dialog, 30)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label("Iniciar sesión en el servidor de MigraCiudades", "cardTitle"))
    layout.addWidget(QLineEdit())
    message = label("")
    message.setVisible(False)
    layout.addWidget(message)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())
    message.setText(LONG * 2)
    message.setVisible(True)
    fit_height(dialog)
    qtbot.waitUntil(lambda: cut_text(dialog) == [])


def test_a_list_goes_above_its_editor_when_narrow(qtbot: QtBot) -> None:
    left, right = QWidget(), QWidget()
    left.setMaximumWidth(300)
    holder = side_by_side(left, right, min_em=(20, 30))
    qtbot.addWidget(holder)
    holder.resize(em(holder, 60), 300)
    holder.show()
    qtbot.waitExposed(holder)
    assert not holder.stacked and left.geometry().right() < right.geometry().left()
    holder.resize(em(holder, 40), 300)
    qtbot.waitUntil(lambda: holder.stacked and left.geometry().bottom() < right.geometry().top())
    assert left.width() > 300  # the list takes the whole width when it is above
