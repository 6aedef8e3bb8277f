"""``MIGRADESK_STARTUP_MARKS=1``: the app prints when its window first painted ("interactive")
and when the city's first page showed, or IOM's workspace its filled table ("content"), as
seconds since the epoch (then the CPU
seconds the process used so far, which a loaded machine does not inflate), and which of the
slow libraries were loaded by then ("loaded", meant to be none: storage/firstread.py), then
quits. bench/ui_startup.py times the real ``migradesk`` command with it,
from source and from the frozen bundle. Unset (always, for users), it does nothing."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from migradesk.ui.main_window import MainWindow

ENV = "MIGRADESK_STARTUP_MARKS"
SLOW_LIBRARIES = ("sqlalchemy", "alembic", "pydantic", "holidays", "reportlab", "requests")


def install(window: MainWindow) -> None:
    if not os.environ.get(ENV):
        return

    def mark(name: str) -> None:  # the wall clock, and the CPU time of the process so far
        print(name, time.time(), time.process_time(), flush=True)

    def content(_page: str) -> None:
        window.page_shown.disconnect(content)
        mark("content")
        print("loaded", *[m for m in SLOW_LIBRARIES if m in sys.modules], flush=True)
        QCoreApplication.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: mark("interactive")))
    window.page_shown.connect(content)
