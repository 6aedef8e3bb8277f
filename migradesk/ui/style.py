"""The look: one calm accent colour on light neutrals; sizes follow the system font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1d5c96"
ACCENT_SOFT = "#e3edf7"
TEXT = "#1f2933"
MUTED = "#5f6b7a"
BORDER = "#d5dbe3"
WINDOW = "#f4f6f9"
CARD = "#ffffff"
WARN = "#a15c00"
WARN_SOFT = "#fdf1de"
DANGER = "#b3261e"
OK = "#2e7d4f"
OK_SOFT = "#e3f3e9"

STYLESHEET = f"""
QMainWindow, QWidget#page, QScrollArea#pageScroll, QWidget#pageColumn {{ background: {WINDOW}; }}
QFrame#card {{
    background: {CARD}; border: 1px solid {BORDER}; border-radius: 6px;
}}
QFrame#banner {{ border-radius: 6px; background: {ACCENT_SOFT}; border: 1px solid #bcd2e8; }}
QFrame#banner[tone="warn"] {{ background: {WARN_SOFT}; border-color: #ecd0a4; }}
QFrame#banner[tone="ok"] {{ background: {OK_SOFT}; border-color: #b9dcc6; }}
QFrame#banner[placement="window"] {{ margin: 10px 12px 0px 12px; }}
QLabel#cardTitle {{ color: {TEXT}; }}
QLabel#muted, QLabel#hint {{ color: {MUTED}; }}
QLabel#error {{ color: {DANGER}; }}
QLabel#pageTitle {{ color: {TEXT}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{
    border: 1px solid {BORDER}; border-radius: 4px; padding: 3px 5px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {DANGER}; }}
QPushButton {{
    border: 1px solid {BORDER}; border-radius: 4px; padding: 5px 12px; background: white;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#link {{
    text-align: left; padding: 0; color: {ACCENT}; border: none; background: transparent;
}}
QPushButton#link:hover {{ text-decoration: underline; }}
QPushButton:checked {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; color: {ACCENT}; }}
QPushButton:disabled, QPushButton#primary:disabled {{
    color: #9aa5b1; background: #f0f2f5; border-color: {BORDER};
}}
QListView#navigator {{
    background: #e9edf2; border: none; border-right: 1px solid {BORDER}; outline: none;
}}
QStatusBar {{ background: #e9edf2; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QTableView {{
    background: white; border: 1px solid {BORDER}; gridline-color: #edf0f3;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #f0f3f6; border: none; border-bottom: 1px solid {BORDER}; padding: 4px 6px;
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {BORDER}; }}
QTabBar::tab {{
    background: transparent; color: {MUTED}; border: none;
    border-bottom: 2px solid transparent; padding: 6px 14px; margin-right: 2px;
}}
QTabBar::tab:hover {{ color: {TEXT}; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom-color: {ACCENT}; }}
QTabBar::tab:disabled {{ color: #9aa5b1; }}
QProgressBar {{
    border: 1px solid {BORDER}; border-radius: 3px; background: #eef1f4; text-align: center;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 2px; }}
"""


STYLE = "Fusion"


def apply(app: QApplication, set_style: bool = True) -> None:
    """``set_style=False``: the application was created with ``-style Fusion`` already."""
    if app.styleSheet() == STYLESHEET:
        return  # already applied: re-applying re-polishes every widget
    if set_style:
        app.setStyle(STYLE)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled (so large system fonts stay proportional)."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def em(widget: QWidget, count: float) -> int:
    """A length in multiples of the font's 'M' width: widths that grow with the font."""
    return round(widget.fontMetrics().horizontalAdvance("M") * count)
