"""Values of Qt's enums as plain ints, for the code that runs before the window's first paint.

The first access to ``PySide6.QtCore.Qt`` creates the Python enums of the whole Qt namespace
(about 90 enums, 1,200 members: ~40 ms). The window, the navigator and the DB worker get by
without it until the window is on screen: ints where Qt's API takes an int (item roles, the flags
of ``QPainter.drawText``) and ``QObject.setProperty`` for enum properties (Qt converts the int).
``tests/ui/test_startup.py`` checks each value against Qt's enum and that the first paint does not
create the namespace.
"""

from __future__ import annotations

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 0x100  # Qt.ItemDataRole.UserRole

ALIGN_LEFT = 0x1  # Qt.AlignmentFlag.AlignLeft
ALIGN_TOP = 0x20  # Qt.AlignmentFlag.AlignTop
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
TEXT_WORD_WRAP = 0x1000  # Qt.TextFlag.TextWordWrap

SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
LIST_RESIZE_ADJUST = 1  # QListView.ResizeMode.Adjust
