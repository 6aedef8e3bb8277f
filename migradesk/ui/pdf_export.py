"""Export a document to PDF without blocking the window.

Flow: flush the autosave editors, ask where to save (default name and the last folder), wait for
the DB worker to commit what was flushed (a no-op queued behind the saves), then lay out the PDF
on a thread of its own (never the DB worker: a dossier takes seconds) while the status bar shows
the progress. The result comes back on the UI thread through a queued signal: a notice with
[Abrir] [Mostrar carpeta], or the export error's plain message.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar

if TYPE_CHECKING:
    from migradesk.domain.cityfile import CityFile

    from migradesk.ui.main_window import MainWindow

from migradesk.ui import errors, pdf_bridge, settings
from migradesk.ui.session import Session
from migradesk.ui.style import em
from migradesk.ui.widgets.forms import Banner, BannerButton

log = logging.getLogger("migradesk.ui")


class _Relay(QObject):
    """Lives on the UI thread; the export thread emits through it (queued to the UI thread)."""

    progressed = Signal(float)
    finished = Signal(object)  # Path
    failed = Signal(object)  # BaseException


class _ExportTask(QRunnable):
    def __init__(self, kind: str, file: CityFile, out: Path, today: date, relay: _Relay) -> None:
        super().__init__()
        self.kind, self.file, self.out, self.today, self.relay = kind, file, out, today, relay

    def run(self) -> None:
        try:
            path = pdf_bridge.export_file(
                self.kind, self.file, self.out, self.today, self.relay.progressed.emit
            )
        except BaseException as exc:  # reported on the UI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(path)


class PdfExporter(QObject):
    """One per window: ``export(kind)``; ``notice`` is the banner the window places on top."""

    started = Signal(str)  # kind
    progress_changed = Signal(int)  # 0–100
    finished = Signal(object)  # the Path written, or None when it failed

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.kind: str | None = None  # the export running
        self.last_path: Path | None = None
        self.last_error: str | None = None
        self._task: _ExportTask | None = None
        self._percent = -1
        self.relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self.relay.progressed.connect(self._progressed, queued)
        self.relay.finished.connect(self._finished, queued)
        self.relay.failed.connect(self._failed, queued)

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
        self._task = _ExportTask(kind, file, out, self.session.today(), self.relay)
        self._task.setAutoDelete(False)  # kept until its result arrives
        self.pool.start(self._task)

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
        from migradesk.pdf.errors import PdfExportError

        self._done()
        if isinstance(exc, PdfExportError):
            self.last_error = str(exc)
            self.notice.show_text(
                self.tr("No se pudo exportar el PDF. %1").replace("%1", str(exc)),
                "warn",
                [BannerButton(self.tr("Cerrar"), lambda: None)],
            )
        else:
            self.last_error = repr(exc)
            log.error("PDF export failed", exc_info=exc)
            errors.show_error(exc, self.window)
        self.finished.emit(None)

    def _done(self) -> None:
        self.kind = None
        self._task = None
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
        self.pool.waitForDone(msecs)
