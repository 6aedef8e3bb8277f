"""``render_all(data_dir, out, scale, language)``: every page of the app as a PNG, offscreen,
on a 1366×768 screen, and the About box (``acerca.png``).

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
    from PySide6.QtWidgets import QApplication

    from migradesk.ui.main_window import MainWindow

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


def render_all(data_dir: Path, out: Path, scale: float = 1.0, language: str = "es") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_scale(scale)
    from PySide6.QtWidgets import QApplication

    from migradesk.ui import app as ui_app
    from migradesk.ui import settings
    from migradesk.ui.pages import PAGE_IDS
    from migradesk.ui.worker import SyncDbWorker

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings.use_settings_path(Path(tmp))
        try:
            qapp = ui_app.make_application(language=language)
            worker = SyncDbWorker(lambda: Store.open(data_dir))
            window = ui_app.start(data_dir, worker=worker)
            window.resize(*window_size(scale))
            window.show()
            QApplication.processEvents()
            ids = ["bienvenida"] if window.session.file is None else list(PAGE_IDS)
            for page_id in ids:
                if page_id != "bienvenida":
                    window.show_page(page_id)
                _settle(QApplication)
                path = out / f"{page_id}.png"
                window.grab().save(str(path))
                written.append(path)
            written.append(_about(window, out / "acerca.png"))
            window.close()
            worker.shutdown()
            qapp.processEvents()
        finally:
            settings.use_settings_path(None)
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
