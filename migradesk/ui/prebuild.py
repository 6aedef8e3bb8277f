"""Pages built and laid out in idle time, so that switching steps never waits for a build.

Once the first page is on screen (``MainWindow.prebuild_pages()``, called by ``run_app`` after the
first paint), the pages not built yet are created one per turn of the event loop, heaviest
first, and rendered once off screen (polish, layout, text layout, the first paint's caches); the
user's clicks are handled between two pages. Afterwards, pages left stale by a change (a
hidden page defers its refresh until shown) are refreshed the same way, a moment after the last
change, so that showing them is only a switch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPixmap

from migradesk.ui.events import Change

if TYPE_CHECKING:
    from migradesk.ui.main_window import MainWindow
    from migradesk.ui.pages.base import Page

# Heaviest first: these take longest to build and to lay out the first time.
ORDER = (
    "fase3",
    "fase4",
    "fase2",
    "fase6",
    "fase1",
    "punto_focal",
    "inscripcion",
    "fase5",
    "inicio",
)
STALE_DELAY_MS = 1200  # after the last change: never competes with typing


class PagePrebuilder(QObject):
    finished = Signal()  # every page is built (tests, the bench)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)
        self.stale_timer = QTimer(self)
        self.stale_timer.setSingleShot(True)
        self.stale_timer.setInterval(STALE_DELAY_MS)
        self.stale_timer.timeout.connect(self._refresh_one)
        window.session.bus.changed.connect(self._changed)
        window.session.loaded.connect(self.restart)

    def start(self) -> None:
        self.active = True
        self.timer.start()

    @property
    def done(self) -> bool:
        return all(page_id in self.window.pages for page_id in ORDER)

    def restart(self) -> None:
        """Another city (or the first one) was loaded: its pages are built afresh."""
        if self.active:
            self.timer.start()

    def _step(self) -> None:
        window = self.window
        if window.session.file is None or window.current_page_id is None:
            return  # not loaded yet: ``loaded`` restarts it
        missing = [page_id for page_id in ORDER if page_id not in window.pages]
        if not missing:
            self.finished.emit()
            return
        warm(window.build_page(missing[0]), window)
        self.timer.start()

    # Stale pages

    def _changed(self, _change: Change) -> None:
        if self.active:
            self.stale_timer.start()

    def _refresh_one(self) -> None:
        """Refresh one hidden stale page, then come back for the next (one per loop turn)."""
        for page in list(self.window.pages.values()):
            if page.is_stale() and not page.isVisible() and self.window.session.file is not None:
                page.refresh_hidden()
                warm(page, self.window)
                self.stale_timer.start(0)
                return


def warm(page: Page, window: MainWindow) -> None:
    """Lay the hidden page out at the stack's size and render it once off screen."""
    size = window.stack.size()
    if size.isEmpty():
        return
    page.resize(size)
    page.render(QPixmap(size))
