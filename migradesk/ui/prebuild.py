"""Pages built and laid out in idle time, so that switching steps never waits for a build.

Once the first page is on screen (``MainWindow.prebuild_pages()``, called by ``run_app`` after the
first paint), the pages not built yet are built heaviest first, in small steps, one per turn of
the event loop: a page's imports, its creation, each of its ``parts()`` (``Page.build_step``),
its first refresh, then one render off screen (polish, layout, text layout, the first paint's
caches). The user's keystrokes and clicks are handled between two steps, so that none waits
long. Afterwards, pages left stale by a change (a hidden page defers its refresh until shown)
are refreshed the same way, a moment after the last change, so that showing them is only a
switch.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QPixmap, QRegion

from migradesk.ui.events import Change
from migradesk.ui.pages import page_class

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
# After a load: the page just shown paints first (its paint is a low-priority event, which a
# ready 0-ms timer would precede in the same turn of the loop).
RESTART_DELAY_MS = 20
BANDS = 2  # a page is rendered off screen in this many horizontal bands, one per step


class PagePrebuilder(QObject):
    finished = Signal()  # every page is built (tests, the bench)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._steps: Iterator[None] = self._prebuild()
        self._stale_steps: Iterator[None] | None = None  # catching up stale pages
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._step)
        self.stale_timer = QTimer(self)
        self.stale_timer.setSingleShot(True)
        self.stale_timer.setInterval(STALE_DELAY_MS)
        self.stale_timer.timeout.connect(self._refresh_one)
        window.session.bus.changed.connect(self._changed)
        window.session.loaded.connect(self.restart)

    def start(self) -> None:
        self.active = True
        self.timer.start(0)

    @property
    def done(self) -> bool:
        pages = self.window.pages
        return all(page_id in pages and pages[page_id].built for page_id in ORDER)

    def restart(self) -> None:
        """Another city (or the first one, or another language) was loaded: its pages are
        built afresh."""
        self._steps = self._prebuild()
        self._stale_steps = None
        if self.active:
            self.timer.start(RESTART_DELAY_MS)

    def _step(self) -> None:
        window = self.window
        if window.session.file is None or window.current_page_id is None:
            return  # not loaded yet: ``loaded`` restarts it
        if next(self._steps, _DONE) is _DONE:
            self.finished.emit()
            return
        self.timer.start(0)

    def _prebuild(self) -> Iterator[None]:
        """The prebuild as steps, each one short: ``_step`` runs one per turn of the loop."""
        window = self.window
        for page_id in ORDER:
            if page_id in window.pages:
                continue  # shown (so built whole) before its turn
            page_class(page_id)  # the page's modules and their imports
            yield
            if page_id in window.pages:
                continue
            page = window.build_page(page_id, complete=False)
            yield
            while page.build_step():
                yield
            yield from warm(page, window)

    # Stale pages

    def _changed(self, _change: Change) -> None:
        if self.active:
            self._stale_steps = None  # start over once the user pauses
            self.stale_timer.start(STALE_DELAY_MS)  # (start(0) below changed the interval)

    def _refresh_one(self) -> None:
        """One step of catching up the hidden stale pages; the next at the next loop turn."""
        if self._stale_steps is None:
            self._stale_steps = self._refresh_stale()
        if next(self._stale_steps, _DONE) is _DONE:
            self._stale_steps = None
            return
        self.stale_timer.start(0)

    def _refresh_stale(self) -> Iterator[None]:
        window = self.window
        while window.session.file is not None:
            page = next(
                (
                    p
                    for p in window.pages.values()
                    if p.built and p.is_stale() and not p.isVisible()
                ),
                None,
            )
            if page is None:
                return
            page.refresh_hidden()
            yield
            yield from warm(page, window)


_DONE = object()  # a generator of steps is exhausted


def warm(page: Page, window: MainWindow) -> Iterator[None]:
    """Lay the hidden page out at the stack's size and render it off screen, a band per step
    (the whole page at once can take 50 ms)."""
    size = window.stack.size()
    if size.isEmpty():
        return
    page.resize(size)
    pixmap = QPixmap(size)
    width, height = size.width(), size.height()
    for band in range(BANDS):
        top = height * band // BANDS
        bottom = height * (band + 1) // BANDS
        page.render(pixmap, QPoint(0, top), QRegion(0, top, width, bottom - top))
        yield
