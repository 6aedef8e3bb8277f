"""The look, in one place: Qt's Fusion style on every system, one palette, and a style sheet
that draws every control it styles in full (combo boxes with their arrow, spin boxes with their
buttons: a control half-styled by a sheet falls back to bare lines and dark corners). Icons are
SVG files of resources/icons (``icon``), never emoji (which a system font may lack). One calm
accent colour on light neutrals; sizes follow the system font.

Locked content (sent to IOM, approved) has a read-only look: no field border or white field,
text at full contrast (``forms.set_editable`` marks the widgets ``locked``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from migradesk.assets import resource

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
DISABLED = "#9aa5b1"
READ_ONLY = "#f4f6f9"  # locked content: the window's colour, no field border


def icon_path(name: str) -> str:
    """resources/icons/<name>.svg as a style sheet's url() takes it (forward slashes)."""
    return resource("icons", f"{name}.svg").as_posix()


def icon(name: str) -> QIcon:
    """An icon of resources/icons (SVG: sharp at any scale)."""
    return QIcon(str(resource("icons", f"{name}.svg")))


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
    color: {TEXT};
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {DANGER}; }}
QComboBox {{ padding-right: 22px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none;
}}
QComboBox::down-arrow {{ image: url({icon_path("chevron-down")}); width: 12px; height: 12px; }}
QComboBox::down-arrow:disabled {{ image: url({icon_path("chevron-down-off")}); }}
QComboBox QAbstractItemView {{
    border: 1px solid {BORDER}; background: white; selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT}; outline: none;
}}
QSpinBox {{ padding-right: 19px; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{
    border: none; padding: 0px 0px 0px 3px; background: transparent;
}}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: padding; width: 18px; border: none; border-left: 1px solid {BORDER};
    background: #f6f8fa;
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 3px; }}
QSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 3px;
}}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {ACCENT_SOFT}; }}
QSpinBox::up-arrow {{ image: url({icon_path("chevron-up")}); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url({icon_path("chevron-down")}); width: 10px; height: 10px; }}
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off {{ image: url({icon_path("chevron-up-off")}); }}
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off {{
    image: url({icon_path("chevron-down-off")});
}}
QToolButton#datePicker {{
    border: 1px solid {BORDER}; border-radius: 4px; background: white; padding: 3px;
}}
QToolButton#datePicker:hover {{ border-color: {ACCENT}; }}
QToolButton#datePicker::menu-indicator {{ image: none; width: 0px; }}
QLineEdit[locked="true"], QPlainTextEdit[locked="true"], QTextEdit[locked="true"],
QComboBox[locked="true"], QSpinBox[locked="true"] {{
    background: {READ_ONLY}; border-color: {READ_ONLY}; color: {TEXT};
}}
QComboBox[locked="true"]::down-arrow, QSpinBox[locked="true"]::up-arrow,
QSpinBox[locked="true"]::down-arrow {{ image: none; }}
QSpinBox[locked="true"]::up-button, QSpinBox[locked="true"]::down-button {{
    border: none; background: {READ_ONLY};
}}
QCheckBox[locked="true"], QRadioButton[locked="true"] {{ color: {TEXT}; }}
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
    color: {DISABLED}; background: #f0f2f5; border-color: {BORDER};
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
    background: #f0f3f6; border: none; border-bottom: 1px solid {BORDER}; padding: 4px 3px;
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {BORDER}; }}
QTabBar::tab {{
    background: transparent; color: {MUTED}; border: none;
    border-bottom: 2px solid transparent; padding: 6px 14px; margin-right: 2px;
}}
QTabBar::tab:hover {{ color: {TEXT}; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom-color: {ACCENT}; }}
QTabBar::tab:disabled {{ color: {DISABLED}; }}
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
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):  # disabled looks it
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED))
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
