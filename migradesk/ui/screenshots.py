"""``render_all(data_dir, out)``: every page of the app as a PNG, offscreen, at 1366×768, and
the About box (``acerca.png``).

For documentation and for looking at the pages without a screen. Settings go to a temporary
folder, so rendering never changes the user's window geometry or last page.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from migradesk.storage import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)
SETTLE_S = 0.15  # per page


def render_all(data_dir: Path, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
            qapp = ui_app.make_application()
            worker = SyncDbWorker(lambda: Store.open(data_dir))
            window = ui_app.start(data_dir, worker=worker)
            window.resize(*SIZE)
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


if __name__ == "__main__":
    import sys

    for path in render_all(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)


def _about(window: QWidget, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from migradesk.ui.about import AboutDialog

    data_dir = getattr(window, "data_dir", None)
    dialog = AboutDialog(data_dir, window)
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
