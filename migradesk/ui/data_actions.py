"""The window's data as a whole: copies and restores, changing city, the demo city apart.

- Archivo ▸ Copia de seguridad… / Restaurar una copia…: run on the DB worker (the restore
  writes the copy over the open database through SQLite's backup API, then the city is opened
  again); the daily automatic copy a moment after the city shows.
- A write that met a problem of the disk (full, failing, read-only, in use) waits in the
  session: a banner says why and offers to try again; closing the window tries once more and
  then asks before dropping what waits.
- Archivo ▸ Cambiar de ciudad…: says first what happens to the city open now.
- The demo city: a banner on every page, "Elegir mi ciudad" back to the user's own data.

Made when the demo city shows, before the storage stack may have loaded: backups and the
storage load inside the methods that need them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from migradesk import paths

from migradesk.ui import errors, settings
from migradesk.ui.formats import fmt_int
from migradesk.ui.widgets.forms import Banner, BannerButton

if TYPE_CHECKING:
    from migradesk.storage import Store

    from migradesk.ui.main_window import MainWindow

log = logging.getLogger("migradesk.ui")


class DataActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.demo_banner: Banner | None = None
        self.held_banner: Banner | None = None
        window.session.save_state_changed.connect(self._held_gone)
        self.question: QMessageBox | None = None  # the open "Cambiar de ciudad" question
        self._daily_done = False

    @property
    def data_dir(self) -> Path:
        assert self.window.data_dir is not None
        return self.window.data_dir

    # Copies

    def backup(self) -> None:
        from migradesk.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.data_dir, self.window)
        dialog.copy_requested.connect(lambda target: self._copy(dialog, target))
        dialog.open()

    def _copy(self, dialog: object, target: Path | None) -> None:
        from migradesk.ui.backup_dialog import BackupDialog

        assert isinstance(dialog, BackupDialog)

        from migradesk import backup_command

        def failed(exc: BaseException) -> None:
            errors.report(exc, self.window, lambda text: dialog.done_copy(None, text))

        self.window.session.worker.submit(
            lambda store: backup_command.backup(store.path.parent, target),
            dialog.done_copy,
            failed,
        )

    def daily_copy(self) -> None:
        """Once per window (MainWindow calls it a moment after the city shows): the day's
        copy, if not made yet."""
        if self._daily_done or self.window.in_demo:
            return
        from migradesk.storage import backups

        self._daily_done = True
        keep = settings.BACKUPS_KEPT.get()

        def made(path: Path | None) -> None:
            if path is not None:
                log.info("daily copy %s", path)

        def failed(exc: BaseException) -> None:  # said in the log; the work goes on
            log.warning("daily copy failed: %s", exc)

        self.window.session.worker.submit(
            lambda store: backups.daily(store.path, keep), made, failed
        )

    # Writes that wait after a problem of the disk

    def show_held(self) -> None:
        window = self.window
        if self.held_banner is None:
            self.held_banner = Banner()
            self.held_banner.setProperty("placement", "window")
            window._main_column.insertWidget(0, self.held_banner)
        waiting = len(window.session.held)
        self.held_banner.show_text(
            self.tr(
                "No se pudo guardar: %1 Lo que cambió (%2) espera en esta ventana: vuelva a "
                "intentar cuando el problema se haya resuelto."
            )
            .replace("%1", window.session.last_error or "")
            .replace("%2", fmt_int(waiting)),
            "warn",
            [
                BannerButton(self.tr("Reintentar"), window.session.retry_held, primary=True),
                BannerButton(
                    self.tr("Mostrar la carpeta de datos"), window.show_data_folder, hides=False
                ),
            ],
        )

    def _held_gone(self) -> None:
        if self.held_banner is not None and not self.window.session.held:
            self.held_banner.setVisible(False)

    def close_with_held(self) -> bool:
        """Closing with writes that wait: try them again; if they still fail, ask. Whether the
        window may close."""
        session = self.window.session
        while session.held:
            session.retry_held()
            session.worker.wait_idle()
            if not session.held:
                return True
            answer = self.ask_about_held()
            if answer == "discard":
                log.warning("closed without %d changes that could not be saved", len(session.held))
                session.held.clear()
                return True
            if answer == "cancel":
                return False
        return True

    def ask_about_held(self) -> str:
        """ "retry", "discard" or "cancel" (a modal question: the window is closing)."""
        session = self.window.session
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cambios sin guardar"))
        box.setText(
            self.tr("%1 cambios no se pudieron guardar: %2 Si cierra ahora, se pierden.")
            .replace("%1", fmt_int(len(session.held)))
            .replace("%2", session.last_error or "")
        )
        retry = box.addButton(self.tr("Reintentar"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Cerrar sin guardarlos"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        return "retry" if clicked is retry else "discard" if clicked is discard else "cancel"

    # Restore

    def ask_restore(self) -> None:
        from migradesk.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.data_dir, self.window)
        dialog.chosen.connect(self.restore_from)
        dialog.open()

    def restore_from(self, source: Path) -> None:
        """Restore ``source`` over the open data, then open the city again and say what it
        means for the changes (``backup_command.consequences``)."""
        from migradesk import backup_command

        window = self.window
        window.current_page_flush()
        preview = backup_command.preview(self.data_dir, source)
        keep = settings.BACKUPS_KEPT.get()

        def op(store: Store) -> Path | None:
            done = backup_command.restore(store.path.parent, source, keep=keep, store=store)
            return done.set_aside

        def restored(aside: Path | None) -> None:
            lines = [self.tr("Se restauró la copia %1.").replace("%1", source.name)]
            lines += backup_command.consequences(preview)
            if aside is not None:
                lines.append(self.tr("El archivo anterior quedó en %1.").replace("%1", str(aside)))
            window.open_again()
            window.notify("\n".join(lines), "ok")

        def warn(text: str) -> None:
            window.notify(text, "warn")

        def failed(exc: BaseException) -> None:
            errors.report(exc, window, warn)

        window.session.worker.submit(op, restored, failed)

    # Changing city, and the demo city

    def change_city(self) -> None:
        window = self.window
        file = window.session.file
        if file is None:
            return
        if window.in_demo:
            text = self.tr(
                "Va a salir de la ciudad de demostración. Lo que cambió en ella no se envía a "
                "ningún lado y queda en su carpeta propia para la próxima vez. Volverá a la "
                "bienvenida para elegir su ciudad (o a su ciudad, si ya la eligió)."
            )
        else:
            pending = window.session.pending
            if pending == 0:
                waiting = self.tr("no tiene cambios por enviar")
            elif pending == 1:
                waiting = self.tr(
                    "su cambio por enviar se envía igual en la próxima sincronización"
                )
            else:
                waiting = self.tr(
                    "sus %1 cambios por enviar se envían igual en la próxima sincronización"
                ).replace("%1", fmt_int(pending))
            text = (
                self.tr(
                    "%1 queda guardada en este equipo con todo lo cargado (%2). Elegirá otra "
                    "ciudad en la bienvenida; para volver a %1, use otra vez Archivo ▸ Cambiar "
                    "de ciudad… y elíjala en «Sus ciudades en este equipo»."
                )
                .replace("%1", file.city.name)
                .replace("%2", waiting)
            )
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cambiar de ciudad"))
        box.setText(text)
        go = box.addButton(self.tr("Cambiar de ciudad"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.buttonClicked.connect(lambda button: self._answered(button is go))
        self.question = box
        box.open()

    def _answered(self, yes: bool) -> None:
        self.question = None
        if yes:
            self.leave_city()

    def leave_city(self) -> None:
        """To the welcome (from the demo: the user's own data, in a window of its own)."""
        window = self.window
        window.current_page_flush()
        home = window.home_dir
        if window.in_demo and home is not None and home != window.data_dir:
            window.open_requested.emit(home, False)
        else:
            window.session.open_city(None)

    def open_demo(self) -> None:
        """The demo city, in its own data dir beside the user's (written there if missing)."""
        home = self.window.home_dir or self.data_dir
        self.window.open_requested.emit(paths.demo_dir(home), True)

    def update_demo_banner(self) -> None:
        """ "Ciudad de demostración" above every page while the demo city is open."""
        window = self.window
        if not window.in_demo:
            if self.demo_banner is not None:
                self.demo_banner.setVisible(False)
            return
        if self.demo_banner is None:
            self.demo_banner = Banner()
            self.demo_banner.setProperty("placement", "window")
            window._main_column.insertWidget(0, self.demo_banner)
        self.demo_banner.show_text(
            self.tr(
                "Ciudad de demostración: Santa Rosa del Cerro es ficticia. Lo que cambie aquí "
                "no se envía a OIM."
            ),
            "warn",
            [BannerButton(self.tr("Elegir mi ciudad"), self.leave_city, primary=True, hides=False)],
        )
