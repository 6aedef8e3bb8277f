"""The sync feature of the main window: menu and shortcuts, status bar, panel, sign-in,
automatic syncs, and the session reload after each sync. Added by ``install_sync(window)``
through the window's public Qt API only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu, QProgressBar, QToolButton

from migradesk import paths
from migradesk.storage.sync import resolution
from migradesk.storage.sync.resolution import Resolution
from migradesk.sync import commands
from migradesk.sync.credentials import Credentials
from migradesk.sync.engine import Progress, SyncReport
from migradesk.sync.errors import ErrorKind

from migradesk.ui import errors, style
from migradesk.ui.background import Background
from migradesk.ui.events import Change
from migradesk.ui.formats import fmt_date, fmt_int
from migradesk.ui.settings import Option
from migradesk.ui.sync import snapshot as snapshots
from migradesk.ui.sync.messages import failure_text
from migradesk.ui.sync.panel import SyncPanel
from migradesk.ui.sync.runner import SyncRunner, TransportFactory, default_transport
from migradesk.ui.sync.signin import SignInDialog
from migradesk.ui.sync.snapshot import SyncSnapshot

if TYPE_CHECKING:
    from migradesk.wire.protocol import Account

    from migradesk.ui.main_window import MainWindow

log = logging.getLogger("migradesk.ui.sync")

AUTO_MINUTES = Option("sync/auto_minutes", 15)  # 0: only when the user asks
INTERVALS = (0, 5, 15, 30, 60)
STARTUP_DELAY_MS = 20_000  # the first automatic sync, once the window has settled
NETWORK_DELAY_MS = 5_000  # after the connection comes back (links flap at first)
PROBE_EVERY_MS = 120_000  # without QNetworkInformation: while offline, a cheap /healthz probe


class SyncController(QObject):
    snapshot_changed = Signal()
    sync_finished = Signal(object)  # SyncReport

    def __init__(
        self,
        window: MainWindow,
        transport: TransportFactory | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.transport = transport or default_transport
        self.runner = SyncRunner(self.transport, self)
        self.background = Background(self)
        self.data_dir: Path | None = None
        self.snapshot: SyncSnapshot | None = None
        self.last_report: SyncReport | None = None
        self.has_token: bool | None = None  # None: not checked yet
        self.offline = False
        self.dialog: SignInDialog | None = None
        self.access_dialog: QDialog | None = None
        self._automatic = False
        self.not_before: datetime | None = None  # a server's Retry-After, for automatic syncs
        self._auto_waiting: str | None = None  # an automatic sync asked for before the status
        self._refreshing = False
        self._refresh_again = False
        self._panel_sized = False

        self._build_actions()
        self._build_menu()
        self._build_status()
        self._build_dock()
        self._build_timers()
        self.retranslate()

        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.session.bus.changed.connect(self._on_change)
        self.session.loaded.connect(self.refresh)
        window.language_changed.connect(self._language_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._about_to_quit)
        if data_dir is not None:
            self._set_data_dir(data_dir)
        else:  # the worker's Store knows the data dir; ask it (no database access here)
            self.session.worker.submit(
                lambda store: store.path.parent,
                self._set_data_dir,
                lambda exc: log.error("no data dir for sync", exc_info=exc),
            )

    # Building

    def _build_actions(self) -> None:
        w = self.window
        self.sync_action = QAction(w)
        self.sync_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+Shift+S")])
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.cancel_action = QAction(w)
        self.cancel_action.triggered.connect(self.cancel_sync)
        self.cancel_action.setEnabled(False)
        self.panel_action = QAction(w, checkable=True)
        self.panel_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.panel_action.triggered.connect(self.set_panel_visible)
        self.sign_in_action = QAction(w)
        self.sign_in_action.triggered.connect(self.sign_in)
        self.sign_out_action = QAction(w)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.access_action = QAction(w)
        self.access_action.triggered.connect(self.ask_access)
        self.interval_group = QActionGroup(w)
        self.interval_actions: dict[int, QAction] = {}
        for minutes in INTERVALS:
            action = QAction(w, checkable=True)
            action.triggered.connect(lambda _c=False, m=minutes: self.set_interval(m))
            self.interval_group.addAction(action)
            self.interval_actions[minutes] = action
        for action in (self.sync_action, self.panel_action):
            w.addAction(action)  # shortcuts work even when the menu bar is hidden

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        self.menu = QMenu(bar)
        bar.insertMenu(self.window.help_menu.menuAction(), self.menu)
        # In the demo's folder: why nothing below is offered, first in the menu.
        self.demo_note = QAction(self.menu, enabled=False, visible=False)
        self.menu.addAction(self.demo_note)
        self.menu.addAction(self.sync_action)
        self.menu.addAction(self.cancel_action)
        self.menu.addAction(self.panel_action)
        self.menu.addSeparator()
        self.auto_menu = self.menu.addMenu("")
        for action in self.interval_actions.values():
            self.auto_menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.sign_in_action)
        self.menu.addAction(self.sign_out_action)
        self.menu.addSeparator()
        self.menu.addAction(self.access_action)

    def _build_status(self) -> None:
        bar = self.window.statusBar()
        # The window's own placeholders ("N cambios por enviar", "Última sincronización: —"):
        # this status line says both, and more (G9).
        for placeholder in (self.window.pending_label, self.window.sync_label):
            placeholder.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(style.em(self.progress, 9))
        self.progress.setMaximumHeight(style.em(self.progress, 1.3))
        self.progress.setVisible(False)
        bar.addPermanentWidget(self.progress)
        self.status_button = QToolButton()
        self.status_button.setObjectName("syncStatus")
        self.status_button.setAutoRaise(True)
        self.status_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status_button.clicked.connect(lambda: self.set_panel_visible(True))
        bar.addPermanentWidget(self.status_button)

    def _build_dock(self) -> None:
        self.dock = QDockWidget(self.window)
        self.dock.setObjectName("syncDock")
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._panel: SyncPanel | None = None  # made on first use: not in the install's turn
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_visibility)

    @property
    def panel(self) -> SyncPanel:
        if self._panel is None:
            self._panel = self._new_panel()
        return self._panel

    def _new_panel(self) -> SyncPanel:
        panel = SyncPanel()
        panel.sync_requested.connect(lambda: self.sync_now())
        panel.cancel_requested.connect(self.cancel_sync)
        panel.sign_in_requested.connect(self.sign_in)
        panel.conflicts.resolve.connect(self.resolve)
        panel.rejected.retry.connect(self.retry_rejected)
        panel.rejected.discard.connect(self.discard_rejected)
        self.dock.setWidget(panel)
        return panel

    def _build_timers(self) -> None:
        self.interval_timer = QTimer(self)
        self.interval_timer.timeout.connect(lambda: self.auto_sync("intervalo"))
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_EVERY_MS)
        self.probe_timer.timeout.connect(lambda: self.auto_sync("sondeo"))
        self.network: QNetworkInformation | None = None
        try:
            if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                self.network = QNetworkInformation.instance()
        except Exception:  # no backend on this system: the periodic probe does the job
            log.info("QNetworkInformation unavailable", exc_info=True)
        if self.network is not None:
            self.network.reachabilityChanged.connect(self._reachability_changed)
        self.apply_interval(AUTO_MINUTES.get())
        if AUTO_MINUTES.get() > 0 and not self.in_demo:
            QTimer.singleShot(STARTUP_DELAY_MS, self, lambda: self.auto_sync("inicio"))

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Si&ncronización"))
        self.sync_action.setText(self.tr("&Sincronizar ahora"))
        self.sync_action.setToolTip(
            self.tr("Envía los cambios de este equipo y recibe los del servidor (F5)")
        )
        self.cancel_action.setText(self.tr("&Cancelar la sincronización"))
        self.panel_action.setText(self.tr("&Panel de sincronización"))
        self.sign_in_action.setText(self.tr("&Iniciar sesión en el servidor…"))
        self.sign_out_action.setText(self.tr("&Cerrar la sesión de este equipo"))
        self.access_action.setText(self.tr("Enviar la inscripción y solicitar &acceso…"))
        self.access_action.setToolTip(
            self.tr("Para una ciudad que todavía no participa: la OIM aprueba su cuenta")
        )
        self.auto_menu.setTitle(self.tr("Sincronizar &automáticamente"))
        for minutes, action in self.interval_actions.items():
            action.setText(
                self.tr("Nunca (solo a mano)")
                if minutes == 0
                else self.tr("Cada %1 minutos").replace("%1", str(minutes))
            )
        self.demo_note.setText(
            self.tr(
                "La demostración no se sincroniza: vuelva a su ciudad "
                "(Archivo ▸ Cambiar de ciudad…)"
            )
        )
        self.dock.setWindowTitle(self.tr("Sincronización"))
        self.status_button.setToolTip(self.tr("Abrir el panel de sincronización"))
        self.update_status()

    def _language_changed(self, _code: str) -> None:
        old = self._panel
        if old is not None:
            self._panel = self._new_panel()
            old.deleteLater()
        self.retranslate()
        if self.snapshot is not None and self._panel is not None:
            self._show_in_panel(self.snapshot, self.status_text())

    # State

    @property
    def in_demo(self) -> bool:
        """The window is on the demo city's own folder: nothing there is ever synced, nor is a
        server or an account set (sync/demo_guard.py refuses it too)."""
        folder = self.data_dir or self.window.data_dir
        return folder is not None and paths.is_demo_dir(folder)

    def _set_data_dir(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if self._panel is None or change.initiator is not self._panel:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the status on the DB worker (coalesced: one read in flight at a time)."""
        if self.data_dir is None:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        city_id = self.session.city_id
        detailed = self.dock.isVisible()
        self.session.worker.submit(
            lambda store: snapshots.read(store, city_id, detailed),
            self._got_snapshot,
            self._snapshot_failed,
        )

    def _got_snapshot(self, snapshot: SyncSnapshot) -> None:
        self._refreshing = False
        first_settings = self.snapshot is None or self.snapshot.settings != snapshot.settings
        self.snapshot = snapshot
        if first_settings and snapshot.settings is not None and self.has_token is None:
            self._check_token()
        self.update_status()
        self.snapshot_changed.emit()
        if self._auto_waiting is not None:
            reason, self._auto_waiting = self._auto_waiting, None
            self.auto_sync(reason)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _snapshot_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        log.error("cannot read the sync status", exc_info=exc)

    def _check_token(self) -> None:
        """Once, off the UI thread: a keyring may be slow (or ask to be unlocked)."""
        settings = self.snapshot.settings if self.snapshot else None
        if settings is None or self.data_dir is None:
            return
        data_dir = self.data_dir

        def look() -> bool:
            return (
                Credentials(
                    data_dir,
                    settings.server_url,
                    settings.username,
                    allow_insecure_file=settings.allow_insecure_file,
                ).token()
                is not None
            )

        def found(present: bool) -> None:
            self.has_token = present
            self.update_status()

        self.background.call(look, found, self._or(found, False), name="migradesk-keyring")

    @property
    def signed_in(self) -> bool:
        s = self.snapshot
        return s is not None and s.settings is not None and self.has_token is not False

    # Status bar and panel

    def when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("nunca")
        local = moment.astimezone()
        today = datetime.now().astimezone().date()
        clock = local.strftime("%H:%M")
        if local.date() == today:
            return self.tr("hoy %1").replace("%1", clock)
        if local.date() == today - timedelta(days=1):
            return self.tr("ayer %1").replace("%1", clock)
        return self.tr("%1 a las %2").replace("%1", fmt_date(local.date())).replace("%2", clock)

    def status_text(self) -> str:
        s = self.snapshot
        pending = s.pending if s is not None else self.session.pending
        if pending == 0:
            parts = [self.tr("Nada por enviar")]
        elif pending == 1:
            parts = [self.tr("1 cambio por enviar")]
        else:
            parts = [self.tr("%1 cambios por enviar").replace("%1", fmt_int(pending))]
        if self.in_demo:
            parts.append(self.tr("Ciudad de demostración: nunca se envía"))
        elif s is None or s.settings is None:
            parts.append(self.tr("Sin conexión a un servidor"))
        elif self.has_token is False:
            parts.append(self.tr("Sesión cerrada: inicie sesión para sincronizar"))
        else:
            parts.append(
                self.tr("Última sincronización: %1").replace("%1", self.when(s.last_success_at))
            )
        if s is not None and s.conflicts:
            parts.append(self.tr("%1 en conflicto").replace("%1", fmt_int(len(s.conflicts))))
        if s is not None and len(s.rejected) == 1:
            parts.append(self.tr("1 rechazado"))
        elif s is not None and s.rejected:
            parts.append(self.tr("%1 rechazados").replace("%1", fmt_int(len(s.rejected))))
        return " · ".join(parts)

    def _failure(self) -> str | None:
        report = self.last_report
        return failure_text(report) if report is not None and not report.ok else None

    def update_status(self) -> None:
        s = self.snapshot
        text = self.status_text()
        self.status_button.setText(text)
        self.status_button.setMinimumWidth(self.status_button.sizeHint().width())
        attention = s is not None and bool(s.conflicts or s.rejected or s.last_error)
        color = style.WARN if attention else style.MUTED
        self.status_button.setStyleSheet(
            f"QToolButton#syncStatus {{ color: {color}; border: none; padding: 0 6px; }}"
            f"QToolButton#syncStatus:hover {{ text-decoration: underline; }}"
        )
        self.sync_action.setEnabled(not self.runner.running)
        self.cancel_action.setEnabled(self.runner.running)
        self.sign_out_action.setEnabled(s is not None and s.settings is not None)
        self.demo_note.setVisible(self.in_demo)
        if self.in_demo:
            self._not_offered_in_demo()
        if s is not None and self.dock.isVisible():
            self._show_in_panel(s, text)

    def demo_reason(self) -> str:
        return self.tr(
            "En la demostración no se sincroniza: vuelva a su ciudad (Archivo ▸ Cambiar de "
            "ciudad…) para iniciar sesión, conectarse a un servidor o solicitar acceso."
        )

    def _not_offered_in_demo(self) -> None:
        """Syncing, signing in, a server and access requests are not offered in the demo's
        folder: each action (and the panel's buttons) says why and how to leave it."""
        why = self.demo_reason()
        self.menu.setToolTipsVisible(True)
        for action in (
            self.sync_action,
            self.sign_in_action,
            self.access_action,
            self.auto_menu.menuAction(),
        ):
            action.setEnabled(False)
            action.setToolTip(why)
            action.setStatusTip(why)

    def _show_in_panel(self, s: SyncSnapshot, text: str) -> None:
        self.panel.set_snapshot(s, text, self.runner.running, self._failure())
        if self.in_demo:
            self.panel.account_hint.setText(self.demo_reason())
            self.panel.account.setVisible(False)
            for button in (self.panel.sync_button, self.panel.sign_in_button):
                button.setEnabled(False)
                button.setToolTip(self.demo_reason())

    def set_panel_visible(self, visible: bool) -> None:
        first = visible and not self._panel_sized
        if visible and self._panel is None:
            self._panel = self._new_panel()  # before the dock shows (it opens with its size)
        self.dock.setVisible(visible)
        if visible:
            self.dock.raise_()
        if first:
            # Pages keep a minimum width: at 1366×768 a docked panel would be too narrow for two
            # versions side by side, so it opens as its own (non-modal) window over the app;
            # the user can dock it with a double click on its title.
            self.dock.setFloating(True)
            area = self.window.geometry()
            width = min(max(style.em(self.panel, 58), round(area.width() * 0.6)), area.width())
            height = min(max(style.em(self.panel, 40), round(area.height() * 0.8)), area.height())
            self.dock.resize(width, height)
            self.dock.move(area.center().x() - width // 2, area.center().y() - height // 2)
            self._panel_sized = True

    def _dock_visibility(self, visible: bool) -> None:
        self.panel_action.setChecked(visible)
        if visible:
            self.refresh()

    # Syncing

    def sync_now(self, automatic: bool = False) -> bool:
        """Start a sync off the UI thread; False when it cannot start now (never in the demo)."""
        if self.data_dir is None or self.in_demo:
            return False
        if not self.signed_in:
            if not automatic:
                self.sign_in()
            return False
        if self.runner.running:
            if not automatic:
                self.window.statusBar().showMessage(
                    self.tr("Ya hay una sincronización en curso."), 5000
                )
            return False
        self.window.current_page_flush()  # what the user just typed goes in this sync
        self._automatic = automatic
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Sincronizando…"))
        self.progress.setVisible(True)
        self.sync_action.setEnabled(False)
        started = self.runner.start(self.data_dir, automatic=automatic)
        self.update_status()
        return started

    def cancel_sync(self) -> None:
        """The panel's «Cancelar»: the sync stops at once; what it had not sent stays queued."""
        if self.runner.running:
            self.progress.setFormat(self.tr("Cancelando…"))
            self.runner.cancel()

    def _on_progress(self, step: Progress) -> None:
        self.progress.setValue(max(self.progress.value(), round(step.fraction * 100)))
        phases = {
            "enviando": self.tr("Enviando… %p %"),
            "recibiendo": self.tr("Recibiendo… %p %"),
            "verificando": self.tr("Verificando… %p %"),
            "listo": self.tr("Listo"),
        }
        self.progress.setFormat(phases.get(step.phase, "%p %"))

    def _on_finished(self, report: SyncReport) -> None:
        self.last_report = report
        self.progress.setVisible(False)
        self.sync_action.setEnabled(True)
        cancelled = report.error_kind is ErrorKind.CANCELLED
        self.offline = not report.ok and not cancelled
        self.not_before = report.retry_at
        if cancelled:
            self.window.statusBar().showMessage(failure_text(report), 10_000)
        elif report.ok:
            self.probe_timer.stop()
            message = self.tr("Sincronización completa: %1 enviados, %2 recibidos.")
            message = message.replace("%1", fmt_int(report.pushed)).replace(
                "%2", fmt_int(report.pulled)
            )
            if report.conflicts:
                extra = self.tr("%1 en conflicto: vea el panel de sincronización.")
                message += " " + extra.replace("%1", fmt_int(report.conflicts))
            self.window.statusBar().showMessage(message, 10_000)
        else:
            if self.network is None and AUTO_MINUTES.get() > 0:
                self.probe_timer.start()
            error = failure_text(report)
            if report.error_kind is ErrorKind.AUTH_REQUIRED:
                # Only the server's refusal (or no saved token) ends the session here; an
                # expiry date seen at sign-in never does (the server extends it on use).
                self.has_token = False
            if report.needs_sign_in and not self._automatic:
                self.sign_in()
            if not self._automatic:
                self.window.statusBar().showMessage(
                    self.tr("No se pudo sincronizar: %1").replace("%1", error), 15_000
                )
        self._reload_city()
        self.refresh()
        self.sync_finished.emit(report)

    def _reload_city(self) -> None:
        """IOM's comments, review states, dates and certification now in the file: reload it so
        that every page (and its locks) shows them."""
        if self.session.city_id is not None:
            self.session.reload(initiator=self)
            return

        def pick(cities: list[str]) -> None:
            if cities and self.session.city_id is None:
                from migradesk.ui import settings

                wanted = settings.CITY_ID.get()
                self.session.open_city(wanted if wanted in cities else cities[0])

        self.session.worker.submit(lambda store: [c.id for c in store.cities()], pick)

    def auto_sync(self, reason: str) -> None:
        """An automatic sync, after a cheap check that the server answers (never in the demo)."""
        if self.in_demo:
            return
        s = self.snapshot
        if s is None:  # the status is still being read (at start): run once it arrives
            self._auto_waiting = reason
            return
        if AUTO_MINUTES.get() <= 0 or not self.signed_in or self.runner.running:
            return
        if self.not_before is not None and datetime.now(UTC) < self.not_before:
            log.info("automatic sync (%s) skipped: the server asked to wait", reason)
            return
        settings = s.settings
        if settings is None:
            return
        log.info("automatic sync (%s)", reason)

        def reachable(ok: bool) -> None:
            if ok:
                self.sync_now(automatic=True)
            else:
                self.offline = True
                if self.network is None:
                    self.probe_timer.start()

        self.background.call(
            lambda: self.runner.probe(settings), reachable, self._or(reachable, False)
        )

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            QTimer.singleShot(NETWORK_DELAY_MS, self, lambda: self.auto_sync("red"))

    def set_interval(self, minutes: int) -> None:
        AUTO_MINUTES.set(minutes)
        self.apply_interval(minutes)

    def apply_interval(self, minutes: int) -> None:
        action = self.interval_actions.get(minutes)
        if action is not None:
            action.setChecked(True)
        if minutes > 0 and not self.in_demo:
            self.interval_timer.start(minutes * 60_000)
        else:
            self.interval_timer.stop()
            self.probe_timer.stop()

    # Account

    def sign_in(self) -> None:
        if self.data_dir is None or self.in_demo:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        settings = self.snapshot.settings if self.snapshot else None
        self.dialog = SignInDialog(
            self.data_dir,
            self.transport,
            server_url=settings.server_url if settings else "",
            username=settings.username if settings else "",
            parent=self.window,
        )
        self.dialog.signed_in.connect(self._signed_in)
        self.dialog.open()

    def ask_access(self) -> None:
        """A city not yet in the programme sends its application and asks for its account."""
        if self.data_dir is None or self.in_demo:
            return
        from migradesk.ui.sync.access import AccessDialog

        settings = self.snapshot.settings if self.snapshot else None
        self.access_dialog = AccessDialog(
            self.data_dir,
            self.transport,
            server_url=settings.server_url if settings else "",
            parent=self.window,
        )
        self.access_dialog.sign_in_requested.connect(self._sign_in_as)
        self.access_dialog.open()

    def _sign_in_as(self, server_url: str, username: str) -> None:
        if self.data_dir is None:
            return
        self.dialog = SignInDialog(
            self.data_dir,
            self.transport,
            server_url=server_url,
            username=username,
            parent=self.window,
        )
        self.dialog.signed_in.connect(self._signed_in)
        self.dialog.open()

    def _signed_in(self, account: Account) -> None:
        self.has_token = True
        self.window.statusBar().showMessage(
            self.tr("Sesión iniciada como %1. Sincronizando…").replace("%1", account.username),
            8000,
        )
        self.snapshot = None  # the new settings: read them before syncing
        self._after_refresh(lambda: self.sync_now())

    def _after_refresh(self, then: object) -> None:
        def once() -> None:
            self.snapshot_changed.disconnect(once)
            then()  # type: ignore[operator]

        self.snapshot_changed.connect(once)
        self.refresh()

    def sign_out(self) -> None:
        if self.data_dir is None:
            return
        data_dir = self.data_dir

        def done(_result: object) -> None:
            self.has_token = False
            self.window.statusBar().showMessage(
                self.tr("Sesión cerrada. Los datos siguen en este equipo."), 8000
            )
            self.update_status()

        self.background.call(lambda: commands.logout(data_dir), done, self._failed)

    # Conflicts and rejected changes (writes go through the session: pages refresh)

    def resolve(self, conflict_id: int, answer: Resolution, merged: str | None) -> None:
        if answer is Resolution.LATER:
            self.window.statusBar().showMessage(
                self.tr("El conflicto queda pendiente: puede resolverlo cuando quiera."), 6000
            )
            return
        found = next(
            (
                i.conflict
                for i in (self.snapshot.conflicts if self.snapshot else ())
                if i.conflict.id == conflict_id
            ),
            None,
        )
        kind = found.kind if found is not None else "conflict"
        messages = {
            Resolution.KEEP_MINE: self.tr("Se conserva su versión; se enviará al sincronizar."),
            Resolution.KEEP_THEIRS: self.tr(
                "Se conserva la otra versión; la suya queda en el historial."
            ),
            Resolution.MERGED: self.tr("Texto combinado guardado; se enviará al sincronizar."),
        }
        if found is not None and found.deleted:
            messages[Resolution.KEEP_MINE] = self.tr(
                "Registro restaurado con sus cambios; se enviará al sincronizar."
            )
            messages[Resolution.KEEP_THEIRS] = self.tr(
                "Se aceptó la eliminación; sus cambios quedan en el historial."
            )
        self.session.run(
            lambda store: resolution.resolve_conflict(store, conflict_id, answer, merged),
            kinds={kind},
            initiator=self,
            on_success=lambda _r: self.window.statusBar().showMessage(messages[answer], 8000),
            on_error=self._write_failed,
        )

    def retry_rejected(self, mutation_id: str) -> None:
        self.session.run(
            lambda store: resolution.retry_rejected(store, mutation_id),
            kinds={"outbox"},
            initiator=self,
            on_success=lambda _r: self._retried(),
            on_error=self._write_failed,
        )

    def _retried(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("El cambio se enviará de nuevo en la próxima sincronización."), 8000
        )
        if self.signed_in and not self.runner.running:
            self.sync_now(automatic=True)

    def discard_rejected(self, mutation_id: str) -> None:
        kind = next(
            (
                i.entry.kind
                for i in (self.snapshot.rejected if self.snapshot else ())
                if i.entry.mutation_id == mutation_id
            ),
            "outbox",
        )
        self.session.run(
            lambda store: resolution.discard_rejected(store, mutation_id),
            kinds={kind},
            initiator=self,
            on_success=lambda _r: self.window.statusBar().showMessage(
                self.tr("Cambio descartado; su valor quedó en el historial."), 8000
            ),
            on_error=self._write_failed,
        )

    def _write_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.refresh()

    def _or(self, then: Callable[[bool], None], answer: bool) -> Callable[[BaseException], None]:
        """For a question asked in the background (a token kept? the server there?): a known
        failure is the ``answer``; a bug is reported too (the log and the crash dialog)."""

        def failed(exc: BaseException) -> None:
            if not errors.is_known(exc):
                errors.report(exc, self.window)
            then(answer)

        return failed

    def _failed(self, exc: BaseException) -> None:
        """A known error's message in the status bar; a bug to the log and the crash dialog."""
        errors.report(
            exc, self.window, lambda text: self.window.statusBar().showMessage(text, 10_000)
        )

    # Shutdown

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the background threads end (tests, quitting)."""
        self.runner.background.wait(timeout)
        self.background.wait(timeout)

    def _about_to_quit(self) -> None:
        # A sync interrupted by quitting resumes next time (G6); give it a moment to finish.
        self.runner.background.wait(5.0)
