"""The base of every page: header, scrolling column, autosave binders, refresh on change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from migradesk.domain.base import Record
from migradesk.domain.cityfile import CityFile
from migradesk.storage.status_values import Badge

from migradesk.ui.autosave import Binder
from migradesk.ui.events import EVERYTHING, Change
from migradesk.ui.session import Session
from migradesk.ui.style import em, scaled_font
from migradesk.ui.sync.labels import SyncBadge
from migradesk.ui.widgets.forms import label

R = TypeVar("R", bound=Record)


MARGIN, NARROW_MARGIN = 28, 12  # the page's sides; narrow: a small or scaled-up screen
NARROW_EM = 80  # narrower than this, the page keeps its width for the content


class Page(QWidget):
    """Subclasses set ``PAGE_ID`` and ``KINDS``, build widgets in ``__init__`` (the heavier ones
    may go in ``parts()``), fill them in ``refresh()`` from ``self.session.file``. ``refresh``
    runs when the file is loaded and after every change touching ``KINDS`` (deferred while the
    page is hidden).

    A page is complete after ``complete()`` (``create_page`` calls it); the prebuilder instead
    runs ``build_step()`` once per turn of the event loop, so that no step makes the user's
    typing wait."""

    PAGE_ID: ClassVar[str] = ""
    KINDS: ClassVar[tuple[type[Record] | str, ...]] = ()
    MAX_WIDTH_EM: ClassVar[float] = 70.0

    navigate = Signal(str)  # ask the window to show another page (by id)
    refreshed = Signal()  # after each refresh (IOM's workspace makes the page read-only again)
    export_requested = Signal(str)  # ask the window to export a document (pdf_bridge.DOCUMENTS)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.binders: list[Binder[Record]] = []
        self._stale = True
        self._shown: CityFile | None = None  # the snapshot the last refresh showed
        self._steps: Iterator[None] | None = None  # what finish() left to build

        scroll = QScrollArea(self)
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        holder = QWidget()
        holder.setObjectName("pageColumn")
        row = QHBoxLayout(holder)
        row.setContentsMargins(MARGIN, 22, MARGIN, 28)
        self._margins = row
        self.column = QWidget()
        self.column.setObjectName("pageColumn")
        self.column.setMaximumWidth(em(self, self.MAX_WIDTH_EM))
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        scroll.setWidget(holder)

        self.content = QVBoxLayout(self.column)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(16)
        self.heading = label("", "pageTitle")
        self.heading.setFont(scaled_font(self.heading, 1.7, bold=True))
        self.subtitle = label("", "muted")
        # The sync state of the page's record(s), for forms over one record (``badge_ids``).
        self.header_badge = SyncBadge()
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.heading, 1)
        title_row.addWidget(self.header_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addLayout(title_row)
        header.addWidget(self.subtitle)
        self.content.addLayout(header)
        session.bus.changed.connect(self._on_change)
        session.badges_changed.connect(self._on_badges)

    # To override

    def title(self) -> str:
        """The guide's title of the step (the navigator shows the short one)."""
        from migradesk.ui.process_labels import step_title

        return step_title(self.PAGE_ID)

    def description(self) -> str:
        return ""

    def parts(self) -> Iterator[None]:
        """Build the heavier widgets here, with a ``yield`` between two parts: the prebuilder
        runs one part per turn of the event loop (keep each part well under 50 ms)."""
        yield from ()

    def refresh(self) -> None:
        """Fill the widgets from ``self.session.file`` (never touch the database here)."""

    def badge_ids(self) -> tuple[str, ...]:
        """The records whose sync badge the header shows (a form over one or a few records)."""
        return ()

    def update_badges(self) -> None:
        """Show ``self.session.badges`` (after each write and sync); pages with lists extend it."""
        set_pill(self.header_badge, self.session.badge(*self.badge_ids()))

    # Shared machinery

    def finish(self) -> None:
        """Call at the end of a subclass's ``__init__``. The rest (``parts()``, the header, the
        last stretch, the first refresh) follows in ``complete()`` or ``build_step()``."""
        self._steps = self._remaining_steps()

    def _remaining_steps(self) -> Iterator[None]:
        yield from self.parts()
        self.heading.setText(self.title())
        self.subtitle.setText(self.description())
        self.subtitle.setVisible(bool(self.description()))
        self.content.addStretch(1)
        if self.session.file is not None:
            yield  # the first refresh is a step of its own
            self._refresh_now()

    def build_step(self) -> bool:
        """Run the next step of the construction; False when none was left (complete)."""
        if self._steps is None:
            return False
        if next(self._steps, _DONE) is _DONE:
            self._steps = None  # this step ran the last one
        return True

    def complete(self) -> None:
        """Build what is left now (a page shown before the prebuilder finished it)."""
        while self.build_step():
            pass

    @property
    def built(self) -> bool:
        return self._steps is None

    def bind(
        self,
        kind: type[R],
        getter: Callable[[CityFile], R | None],
        factory: Callable[[CityFile], R] | None = None,
        label_text: str = "",
    ) -> Binder[R]:
        binder: Binder[R] = Binder(self.session, kind, getter, factory, label_text, self)
        self.binders.append(binder)  # type: ignore[arg-type]
        return binder

    def flush(self) -> None:
        """Hand pending edits to the worker now (page switch, close, export)."""
        for binder in self.binders:
            binder.flush()

    def _on_change(self, change: Change) -> None:
        if self.session.file is None or self.session.file is self._shown:
            return  # nothing new to show (the load's change after a page built on ``loaded``)
        if EVERYTHING not in self.KINDS and not change.touches(*self.KINDS):
            return  # KINDS = ("*",): a page over everything (Inicio) follows every change
        if self.isVisible():
            self._refresh_now()
        else:
            self._stale = True

    def _on_badges(self) -> None:
        if self.session.file is None:
            return
        if self.isVisible():
            self.update_badges()
        else:
            self._stale = True

    def is_stale(self) -> bool:
        """A change arrived while hidden: ``refresh`` runs when shown (or in idle time)."""
        return self._stale

    def refresh_hidden(self) -> None:
        """Catch up while hidden (the prebuilder, in idle time): the next show is a switch."""
        if self._stale and self.built and self.session.file is not None:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        self._shown = self.session.file
        self.refresh()
        self.update_badges()
        for binder in self.binders:
            binder.load({n for n in binder.fields if n not in binder.dirty})
        self.refreshed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = NARROW_MARGIN if event.size().width() < em(self, NARROW_EM) else MARGIN
        margins = self._margins.contentsMargins()
        if margins.left() != side:
            self._margins.setContentsMargins(side, margins.top(), side, margins.bottom())

    def showEvent(self, event: object) -> None:
        if self._stale and self.built and self.session.file is not None:
            self._refresh_now()
        super().showEvent(event)  # type: ignore[arg-type]


_DONE = object()  # build_step(): the construction's generator is exhausted


def set_pill(pill: SyncBadge, badge: Badge | None) -> None:
    """Update a pill only when its badge changed (a new style sheet re-polishes the widget)."""
    if pill.badge is not badge or pill.isVisible() != (badge is not None):
        pill.set_badge(badge)


def muted(text: str) -> QLabel:
    widget = label(text, "muted")
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return widget
