"""UI benchmark: start-up vs a bare PySide6 window, page switching, resident memory.

    python bench/ui_startup.py [--runs 5]

1. Start-up: a fresh process from launch to an interactive main window showing the demo city's
   first page (store opened, city file loaded, page filled), against a process that only shows a
   bare QMainWindow and quits, measured in the same run. Target: ratio <= 1.5.
2. Page switching: every ordered pair of pages, after each page was built once (and the first
   build of each, reported apart). Target: <= 50 ms.
3. Resident memory after visiting every page with the demo city. Target: <= 200 MB.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from migradesk.ui import app as ui_app, settings
settings.use_settings_path(Path(sys.argv[2]))
qapp = ui_app.make_application()
window = ui_app.start(Path(sys.argv[1]))
window.resize(1366, 768)
window.show()
window.page_shown.connect(lambda _page: qapp.quit())
qapp.exec()
qapp.processEvents()
window.session.worker.shutdown()
"""


def _run(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def startup(data_dir: Path, runs: int) -> tuple[float, float]:
    _run(BARE)  # warm the page cache for both
    with tempfile.TemporaryDirectory() as settings_dir:
        _run(APP, str(data_dir), settings_dir)
        bare, app = [], []
        for _ in range(runs):
            bare.append(_run(BARE))
            app.append(_run(APP, str(data_dir), settings_dir))
    return statistics.median(bare), statistics.median(app)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def switching(data_dir: Path) -> tuple[float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from migradesk.storage import Store

    from migradesk.ui import app as ui_app
    from migradesk.ui import settings
    from migradesk.ui.pages import PAGE_IDS
    from migradesk.ui.worker import SyncDbWorker

    with tempfile.TemporaryDirectory() as settings_dir:
        settings.use_settings_path(Path(settings_dir))
        qapp = ui_app.make_application()
        window = ui_app.start(data_dir, worker=SyncDbWorker(Store.open(data_dir)))
        window.resize(1366, 768)
        window.show()
        qapp.processEvents()

        def switch(page_id: str) -> float:
            start = time.perf_counter()
            window.show_page(page_id)
            QApplication.processEvents()
            window.repaint()
            return time.perf_counter() - start

        first = max(switch(page_id) for page_id in PAGE_IDS)
        warm = [switch(b) for a, b in itertools.permutations(PAGE_IDS, 2) if switch(a) >= 0]
        memory = rss_mb()
        window.close()
        window.session.worker.shutdown()
        window.deleteLater()
        qapp.processEvents()
    return first, max(warm), memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from migradesk.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        write_demo(data_dir, date.today())
        bare, app = startup(data_dir, args.runs)
        ratio = app / bare
        print(f"start-up  bare QMainWindow {bare * 1000:6.0f} ms")
        print(
            f"start-up  MigraDesk (demo) {app * 1000:6.0f} ms   ratio {ratio:.2f}  (target <= 1.5)"
        )
        first, warm, memory = switching(data_dir)
        print(f"switching first build, worst {first * 1000:6.1f} ms")
        print(f"switching any two pages, worst {warm * 1000:6.1f} ms   (target <= 50)")
        print(f"memory    resident with demo {memory:6.0f} MB   (target <= 200)")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt wrappers (irrelevant to what is measured)


if __name__ == "__main__":
    sys.exit(main())
