"""Visit every page (and each of its tabs), the welcome and recovery pages and the dialogs that
matter, at one display scale, in each language, at 1366×768 physical pixels, and report the cut
text ``layout_check.cut_text`` finds, as JSON on stdout.

Run in a process of its own (the scale is fixed before the QApplication exists):
``python tests/ui/scaled_tour.py --scale 1.25 --demo DIR --empty DIR [--shots OUT]``
(``--shots``: every state visited as OUT/<lang>-<scale>-<state>.png, to look at).

Pages are found by walking the window's stack and every QTabWidget / QTabBar in them, so pages
and tabs added later are visited without changing this file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

PHYSICAL = (1366, 768)
SETTLE_S = 0.05


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, required=True)
    parser.add_argument("--lang", action="append", default=[])
    parser.add_argument("--demo", type=Path, required=True)
    parser.add_argument("--empty", type=Path, required=True)
    parser.add_argument("--today", default="2026-11-25")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    sys.path.insert(0, str(Path(__file__).parent))
    from migradesk.ui import app as ui_app
    from migradesk.ui import settings

    settings.use_settings_path(Path(tempfile.mkdtemp()))
    ui_app.make_application()
    size = (round(PHYSICAL[0] / args.scale), round(PHYSICAL[1] / args.scale))
    found: dict[str, list[str]] = {}
    visited: list[str] = []
    for language in args.lang or ["es", "en"]:
        tour = Tour(language, args.scale, size, date.fromisoformat(args.today), args.shots)
        found.update(tour.run(args.demo, args.empty))
        visited += tour.visited
    print(json.dumps({"visited": visited, "found": found}, ensure_ascii=False, indent=1))
    return 0


class Tour:
    def __init__(
        self, language: str, scale: float, size: tuple[int, int], today: date, shots: Path | None
    ) -> None:
        from migradesk.ui import i18n

        i18n.install(language)
        self.prefix = f"{language} {scale:g}"
        self.size = size
        self.today = today
        self.shots = shots
        self.found: dict[str, list[str]] = {}
        self.visited: list[str] = []

    def run(self, demo: Path, empty: Path) -> dict[str, list[str]]:
        window = self.open(demo)
        for name in self.pages(window):
            self.check(name, window)
        self.search(window)
        self.dialogs(window)
        self.recovery(window)
        self.close(window)
        window = self.open(empty)
        self.check("bienvenida", window)
        welcome = window.stack.currentWidget()
        welcome.province.setCurrentIndex(welcome.province.findData("Jujuy"))
        welcome._search()
        settle()
        self.check("bienvenida.provincia", window)
        welcome.province.setCurrentIndex(0)
        welcome.query.setText("san")
        welcome._search()
        settle()
        self.check("bienvenida.san", window)
        self.close(window)
        return self.found

    # Windows

    def open(self, data_dir: Path):  # type: ignore[no-untyped-def]
        from migradesk.storage import Store

        from migradesk.ui import app as ui_app
        from migradesk.ui.worker import SyncDbWorker

        worker = SyncDbWorker(lambda: Store.open(data_dir))
        window = ui_app.start(data_dir, worker=worker, today=lambda: self.today)
        window.resize(*self.size)
        window.show()
        settle()
        return window

    def close(self, window) -> None:  # type: ignore[no-untyped-def]
        window.close()
        window.session.worker.shutdown()
        settle()

    def pages(self, window) -> Iterator[str]:  # type: ignore[no-untyped-def]
        from migradesk.ui.pages import PAGE_IDS

        for page_id in PAGE_IDS:
            window.show_page(page_id)
            settle()
            yield from self.tabs(page_id, window.stack.currentWidget())
        for index in range(window.stack.count()):  # pages added to the stack some other way
            page = window.stack.widget(index)
            if page is not None and page not in window.pages.values():
                window.stack.setCurrentIndex(index)
                settle()
                yield from self.tabs(type(page).__name__, page)

    def tabs(self, name: str, page) -> Iterator[str]:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QTabBar

        bars = [b for b in page.findChildren(QTabBar) if b.isVisible() and b.count() > 1]
        if not bars:
            yield name
            return
        for bar_number, bar in enumerate(bars):
            first = bar.currentIndex()
            for index in range(bar.count()):
                if bar.isTabEnabled(index) and bar.isTabVisible(index):
                    bar.setCurrentIndex(index)
                    settle()
                    yield f"{name}#{bar_number}.{index}"
            bar.setCurrentIndex(first)
            settle()

    # Checks

    def check(self, name: str, root) -> None:  # type: ignore[no-untyped-def]
        from layout_check import cut_text, recording_elisions

        with recording_elisions() as elided:
            image = root.grab()
        self.visited.append(f"{self.prefix} {name}")
        problems = cut_text(root) + sorted(set(elided))
        if problems:
            self.found[f"{self.prefix} {name}"] = problems
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            file = f"{self.prefix.replace(' ', '-')}-{name.replace('#', '-')}.png"
            image.save(str(self.shots / file))

    def dialog(self, name: str, dialog, *steps: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
        dialog.show()
        settle()
        self.check(name, dialog)
        for number, step in enumerate(steps, 1):
            step()
            settle()
            self.check(f"{name}.{number}", dialog)
        dialog.close()
        dialog.deleteLater()
        settle()

    def search(self, window) -> None:  # type: ignore[no-untyped-def]
        """Ctrl+F's list, long (cut, with its note) and short."""
        window.search.setFocus()
        settle()
        for query in ("san", "vacunacion"):
            window.search.setText(query)
            window.search.textEdited.emit(query)
            settle()
            self.check(f"buscar-{query}", window.search.completer().popup())
        window.search.clear()
        window.search.completer().popup().hide()

    def dialogs(self, window) -> None:  # type: ignore[no-untyped-def]
        from migradesk.sync.errors import AuthRequired, NetworkError

        from migradesk.ui.about import AboutDialog
        from migradesk.ui.backup_dialog import BackupDialog, RestoreDialog
        from migradesk.ui.guide import GuideDialog
        from migradesk.ui.sync import install_sync

        self.dialog("acerca", AboutDialog(window.data_dir, window))
        self.dialog("guia", GuideDialog("fase2", window))
        self.dialog("copia", BackupDialog(window.data_dir, window))
        self.dialog("restaurar", RestoreDialog(window.data_dir, window))
        controller = install_sync(window, data_dir=window.data_dir)
        controller.sign_in()
        signin = controller.dialog
        self.dialog(
            "iniciar-sesion",
            signin,
            lambda: signin._failed(AuthRequired("credenciales")),
            lambda: signin._failed(NetworkError("sin red")),
        )
        controller.set_panel_visible(True)
        settle()
        for name in self.tabs("panel-sincronizacion", controller.panel):
            self.check(name, controller.dock)
        controller.set_panel_visible(False)

    def recovery(self, window) -> None:  # type: ignore[no-untyped-def]
        from migradesk.storage.errors import StorageError, StorageProblem

        error = StorageError("La base de datos está dañada.", problem=StorageProblem.DAMAGED)
        window.show_recovery(error)
        settle()
        self.check("recuperacion", window)


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + SETTLE_S
    while True:
        QApplication.processEvents()
        if time.monotonic() > deadline:
            break
        time.sleep(0.005)


if __name__ == "__main__":
    sys.exit(main())
