"""Type Spanish text in tests: ``qtbot.keyClicks`` aborts the process on any non-ASCII character.

One KeyPress/KeyRelease pair per character, key 0 with ``text=ch``, sent straight to the widget
(or its focus proxy), as a keyboard with an input method would deliver ñ, á or ¿.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    target = widget.focusProxy() or widget
    target.setFocus()
    for ch in text:
        if ch == "\n":
            key, sent = Qt.Key.Key_Return, "\r"
        else:
            key, sent = Qt.Key.Key_unknown, ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                kind, 0 if key == Qt.Key.Key_unknown else key, Qt.KeyboardModifier.NoModifier, sent
            )
            QApplication.sendEvent(target, event)


def replace_text(widget: QWidget, text: str) -> None:
    """Select everything in the editor (Ctrl+A) and type ``text`` over it."""
    target = widget.focusProxy() or widget
    target.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            target, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "")
        )
    if text:
        type_text(target, text)
    else:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, "")
            )
