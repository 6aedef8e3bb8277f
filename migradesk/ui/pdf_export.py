"""Export a document to PDF without blocking the window.

Flow: flush the autosave editors, ask where to save (default name and the last folder), wait for
the DB worker to commit what was flushed (a no-op queued behind the saves), then lay out the PDF
on a thread of its own (``background.py``; never the DB worker: a dossier takes seconds) while
the status bar shows the progress. The result comes back on the UI thread: a notice with
[Abrir] [Mostrar carpeta], or the export error's plain message (a bug: the crash dialog).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar

if TYPE_CHECKING:
    from migradesk.domain.cityfile import CityFile

    from migradesk.ui.main_window import MainWindow

from migradesk.ui import errors, pdf_bridge, settings
from migradesk.ui.background import Background
from migradesk.ui.session import Session
from migradesk.ui.style import em
from migradesk.ui.widgets.forms import Banner, BannerButton


class PdfExporter(QObject):
    """One per window: ``export(kind)``; ``notice`` is the banner the window places on top."""

    started = Signal(str)  # kind
    progress_changed = Signal(int)  # 0–100
    finished = Signal(object)  # the Path written, or None when it failed

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.background = Background(self)
        self.kind: str | None = None  # the export running (one at a time)
        self.last_path: Path | None = None
        self.last_error: str | None = None
        self._percent = -1

        self.status = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(em(window, 12))
        self.bar.setMaximumHeight(window.fontMetrics().height())
        status_bar = window.statusBar()
        status_bar.addWidget(self.status)
        status_bar.addWidget(self.bar)
        self.status.setVisible(False)
        self.bar.setVisible(False)
        self.notice = Banner()

    @property
    def busy(self) -> bool:
        return self.kind is not None

    # Starting

    def export(self, kind: str, flush: bool = True) -> None:
        """Ask where to save ``kind`` and write it in the background."""
        file = self.session.file
        if file is None:
            return
        if self.busy:
            self.window.statusBar().showMessage(
                self.tr("Espere: todavía se está exportando «%1».").replace(
                    "%1", pdf_bridge.label(self.kind or kind)
                ),
                5000,
            )
            return
        if flush:
            for page in self.window.pages.values():
                page.flush()
        out = self._ask_path(kind, file)
        if out is None:
            return
        self.kind = kind
        self.notice.show_text("")
        self._show_progress(0)
        self.started.emit(kind)
        # Queued behind the saves just flushed: session.file then holds them.
        self.session.worker.submit(lambda _store: None, lambda _r: self._start(kind, out))

    def _ask_path(self, kind: str, file: CityFile) -> Path | None:
        folder = settings.EXPORT_FOLDER.get() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        name = pdf_bridge.default_file_name(kind, file.city.name, self.session.today())
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Exportar «%1» a PDF").replace("%1", pdf_bridge.label(kind)),
            str(Path(folder) / name),
            self.tr("Documentos PDF (*.pdf)"),
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        settings.EXPORT_FOLDER.set(str(out.parent))
        return out

    def _start(self, kind: str, out: Path) -> None:
        file = self.session.file
        if file is None:
            self._done()
            return
        today = self.session.today()
        progress = self.background.on_ui_thread(self._progressed)
        self.background.call(
            lambda: pdf_bridge.export_file(kind, file, out, today, progress),
            self._finished,
            self._failed,
            name="migradesk-pdf",
        )

    # Progress and result (UI thread)

    def _show_progress(self, percent: int) -> None:
        if percent == self._percent:
            return
        self._percent = percent
        self.status.setText(
            self.tr("Exportando «%1»…").replace("%1", pdf_bridge.label(self.kind or ""))
        )
        self.status.setVisible(True)
        self.bar.setVisible(True)
        self.bar.setValue(percent)
        self.progress_changed.emit(percent)

    def _progressed(self, value: float) -> None:
        if self.busy:
            self._show_progress(max(0, min(100, round(value * 100))))

    def _finished(self, path: Path) -> None:
        self._show_progress(100)
        self.last_path, self.last_error = Path(path), None
        text = self.tr("PDF guardado: %1").replace("%1", str(path))
        self._done()
        self.notice.show_text(
            text,
            "ok",
            [
                BannerButton(self.tr("Abrir"), self.open_file, primary=True),
                BannerButton(self.tr("Mostrar carpeta"), self.show_folder),
                BannerButton(self.tr("Cerrar"), lambda: None),
            ],
        )
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.last_error = repr(exc)
        errors.report(exc, self.window, self._say_failure)
        self.finished.emit(None)

    def _say_failure(self, message: str) -> None:
        self.last_error = message
        self.notice.show_text(
            self.tr("No se pudo exportar el PDF. %1").replace("%1", message),
            "warn",
            [BannerButton(self.tr("Cerrar"), lambda: None)],
        )

    def _done(self) -> None:
        self.kind = None
        self._percent = -1
        self.status.setVisible(False)
        self.bar.setVisible(False)

    # Notice buttons

    def open_file(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def show_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    def wait(self, msecs: int = 30_000) -> None:
        """Let a running export finish (the window closes)."""
        self.background.wait(msecs / 1000)
