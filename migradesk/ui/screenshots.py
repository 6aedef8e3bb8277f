"""``render_all(data_dir, out, scale, language)``: every page of the app as a PNG, offscreen,
on a 1366×768 screen, and the About box (``acerca.png``); IOM's workspace (its tabs, a city under
review, the certification) for a data dir signed in as IOM, or on a demonstration server.

``scale`` is the display's scale, as Windows sets it (1.25 = 125 %: the window is then
1093×614 device-independent pixels, drawn on the screen's 1366×768), applied with Qt's own
``QT_SCALE_FACTOR`` before the QApplication exists. ``language``: "es" or "en".

For documentation and for looking at the pages without a screen. Settings go to a temporary
folder, so rendering never changes the user's window geometry, last page or language.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from migradesk.storage import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from migradesk.ui.main_window import MainWindow
    from migradesk.ui.worker import SyncDbWorker

SIZE = (1366, 768)  # the screen, in its own pixels
SETTLE_S = 0.15  # per page


def window_size(scale: float) -> tuple[int, int]:
    """The window's size in device-independent pixels that fills SIZE at ``scale``."""
    return round(SIZE[0] / scale), round(SIZE[1] / scale)


def use_scale(scale: float) -> None:
    """Set the display scale for the QApplication about to be made; ValueError when one exists
    already at another scale (Qt fixes it when the application starts)."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        if abs(existing.devicePixelRatio() - scale) > 1e-6:
            ratio = existing.devicePixelRatio()
            raise ValueError(f"the QApplication exists already, at scale {ratio}")
        return
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)  # one scale for the one (offscreen) screen
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough  # 1.25 stays 1.25
    )


def render_all(
    data_dir: Path | None,
    out: Path,
    scale: float = 1.0,
    language: str = "es",
    workspace_demo: bool = False,
) -> list[Path]:
    """Every page of the app on ``data_dir`` (for a data dir signed in with an IOM or partner
    account: the workspace's pages); ``workspace_demo``: IOM's workspace on a demonstration
    server started for the occasion (``migradesk.demo.workspace``), ``data_dir`` unused."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_scale(scale)
    from migradesk.ui import app as ui_app
    from migradesk.ui import settings

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings.use_settings_path(Path(tmp))
        try:
            qapp = ui_app.make_application(language=language)
            if workspace_demo:
                written += _workspace_demo(Path(tmp), out, scale)
            else:
                assert data_dir is not None
                written += _render(data_dir, out, scale, about=True)
            qapp.processEvents()
        finally:
            settings.use_settings_path(None)
    return written


def _open(data_dir: Path, scale: float, sync: bool = False) -> tuple[MainWindow, SyncDbWorker]:
    """The window on ``data_dir``; ``sync``: with its sync status (a desktop signed in to the
    demo server: the status bar says when it last synced, as the app's does)."""
    from PySide6.QtWidgets import QApplication

    from migradesk.ui import app as ui_app
    from migradesk.ui.worker import SyncDbWorker

    worker = SyncDbWorker(lambda: Store.open(data_dir))
    window = ui_app.start(data_dir, worker=worker)
    if sync:
        from migradesk.ui.sync import install_sync

        install_sync(window, data_dir=data_dir)
    window.resize(*window_size(scale))
    window.show()
    QApplication.processEvents()
    return window, worker


def _render(
    data_dir: Path,
    out: Path,
    scale: float,
    about: bool,
    tabs: tuple[str, ...] | None = None,
    sync: bool = False,
) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from migradesk.ui.pages import PAGE_IDS

    written: list[Path] = []
    window, worker = _open(data_dir, scale, sync)
    try:
        if window.workspace is not None:
            written += _workspace(window, out, tabs)
        else:
            ids = ["bienvenida"] if window.session.file is None else list(PAGE_IDS)
            for page_id in ids:
                if page_id != "bienvenida":
                    window.show_page(page_id)
                _settle(QApplication)
                written.append(_grab(window, out / f"{page_id}.png"))
        if about:
            written.append(_about(window, out / "acerca.png"))
    finally:
        window.close()
        worker.shutdown()
    return written


def _grab(window: QWidget, path: Path) -> Path:
    window.grab().save(str(path))
    return path


def _workspace(window: MainWindow, out: Path, tabs: tuple[str, ...] | None) -> list[Path]:
    """The workspace's tabs (``espacio_<tab>.png``), then a city under review and a city ready
    to certify, as IOM sees them (``espacio_revision.png``, ``espacio_certificacion.png``)."""
    from PySide6.QtWidgets import QApplication

    controller = window.workspace
    assert controller is not None
    view = controller.view
    written = []
    for key, page in view.pages.items():
        if tabs is not None and key not in tabs:
            continue
        view.show_tab(key)
        _settle(QApplication)
        online = getattr(page, "online", None)
        deadline = time.monotonic() + 20
        while online is not None and online.busy and time.monotonic() < deadline:
            _settle(QApplication)  # the answer of the server (the online tabs)
        _settle(QApplication)
        written.append(_grab(window, out / f"espacio_{key}.png"))
    found = controller.snapshot
    if tabs is None and found is not None and found.queue:
        first = found.queue[0]
        controller.open_city(first.city_id, first.action.step_id)
        _settle(QApplication)
        written.append(_grab(window, out / "espacio_revision.png"))
        ready = [w for w in found.queue if w.action.key == "fase5.certificar"]
        if ready:
            controller.open_city(ready[0].city_id, "fase5")
            _settle(QApplication)
            written.append(_grab(window, out / "espacio_certificacion.png"))
        controller.show_panel()
    return written


def _workspace_demo(folder: Path, out: Path, scale: float) -> list[Path]:
    """IOM's workspace on a demonstration server: a reviewer's desktop (every tab but the
    administration, a city under review, one to certify) and an admin's (the administration)."""
    from migradesk.demo import workspace as workspace_demo

    with workspace_demo.memory_keyring(), workspace_demo.running(folder) as server:
        for city in ("demo.tilcara", "demo.villa.maria", "demo.san.rafael", "demo.posadas"):
            server.sign_in(folder / city, city)  # seen by the server: "Última conexión"
        reviewer = server.desktop(folder / "revisor", "demo.revisor")
        admin = server.desktop(folder / "admin", "demo.admin")
        written = _render(reviewer, out, scale, about=False, sync=True)
        written += _render(admin, out, scale, about=False, tabs=("administracion",), sync=True)
    return written


def _about(window: MainWindow, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from migradesk.ui.about import AboutDialog

    dialog = AboutDialog(window.data_dir, window)
    dialog.show()
    _settle(QApplication)
    dialog.grab().save(str(path))
    dialog.close()
    return path


def _settle(qapp: type[QApplication]) -> None:
    """Let the page finish what it deferred (zero timers, the layouts they request), as a user
    would see it a moment later."""
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)


if __name__ == "__main__":
    import sys

    for path in render_all(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
