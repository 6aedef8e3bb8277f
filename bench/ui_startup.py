"""UI benchmark: start-up vs a bare PySide6 window, page switching, resident memory.

    python bench/ui_startup.py [--runs 5]

1. Start-up, in fresh processes, measured from the launch of the process (the interpreter's own
   start included) to:
   - "interactive": the main window has painted once and the event loop has turned (the
     navigator and menus respond; the city's file is still loading on the DB thread);
   - "content": the demo city's first page is filled (store opened, file loaded, page built).
   Against a process that shows a bare QMainWindow to the same point (painted once, the loop
   turned), measured in the same run, interleaved. Target: interactive <= 1.5x bare. Both run
   with compiled bytecode cached (as installed), in a temporary folder.
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
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)

def done():
    print("interactive", time.time(), flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1366, 768)
window.show()
app.exec()
"""

APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from migradesk.ui import app as ui_app, errors, settings

settings.use_settings_path(Path(sys.argv[2]))
qapp = ui_app.make_application()
errors.setup_logging(Path(sys.argv[1]))
window = ui_app.start(Path(sys.argv[1]), defer=True)  # as run_app does
window.resize(1366, 768)

def interactive():
    print("interactive", time.time(), flush=True)

def content(_page):
    print("content", time.time(), flush=True)
    qapp.quit()

window.first_painted.connect(lambda: QTimer.singleShot(0, interactive))
window.page_shown.connect(content)
window.show()
qapp.exec()
qapp.processEvents()
window.session.worker.shutdown()
"""


# Compiled bytecode as an installed app has it (pip writes .pyc files), kept out of the tree;
# without it every start would compile the sources (PYTHONDONTWRITEBYTECODE is set here).
PYCACHE = Path(tempfile.gettempdir()) / "migradesk-bench-pycache"


def _run(code: str, *args: str) -> dict[str, float]:
    """Seconds from launching the process to each mark it prints."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("interactive", "content"):
            marks[name] = float(stamp) - launched
    return marks


def startup(data_dir: Path, runs: int) -> tuple[float, float, float]:
    """Median seconds: bare window, MigraDesk interactive, MigraDesk with content."""
    _run(BARE)  # warm the page cache for both
    with tempfile.TemporaryDirectory() as settings_dir:
        _run(APP, str(data_dir), settings_dir)
        bare, interactive, content = [], [], []
        for _ in range(runs):
            bare.append(_run(BARE)["interactive"])
            marks = _run(APP, str(data_dir), settings_dir)
            interactive.append(marks["interactive"])
            content.append(marks["content"])
    return statistics.median(bare), statistics.median(interactive), statistics.median(content)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def switching(data_dir: Path) -> tuple[dict[str, float], dict[str, float], float]:
    """Per page: the first switch to it (page built), the worst switch to it once built; RSS."""
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
            """From the click to the page painted (layout and paint run in processEvents)."""
            start = time.perf_counter()
            window.show_page(page_id)
            QApplication.processEvents()
            return time.perf_counter() - start

        first = {page_id: switch(page_id) for page_id in PAGE_IDS}
        warm: dict[str, float] = dict.fromkeys(PAGE_IDS, 0.0)
        for _round in range(3):
            for a, b in itertools.permutations(PAGE_IDS, 2):
                switch(a)
                warm[b] = max(warm[b], switch(b))
        memory = rss_mb()
        window.close()
        window.session.worker.shutdown()
        window.deleteLater()
        qapp.processEvents()
    return first, warm, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from migradesk.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        write_demo(data_dir, date.today())
        bare, interactive, content = startup(data_dir, args.runs)
        print(f"start-up  bare QMainWindow          {bare * 1000:6.0f} ms")
        print(
            f"start-up  MigraDesk interactive     {interactive * 1000:6.0f} ms   "
            f"ratio {interactive / bare:.2f}  (target <= 1.5)"
        )
        print(
            f"start-up  MigraDesk page with data  {content * 1000:6.0f} ms   "
            f"ratio {content / bare:.2f}"
        )
        first, warm, memory = switching(data_dir)
        print("switching (ms)          first build   worst once built (target <= 50)")
        for page_id in first:
            built, again = first[page_id] * 1000, warm[page_id] * 1000
            print(f"  {page_id:12}          {built:6.1f}        {again:6.1f}")
        print(f"memory    resident with demo {memory:6.0f} MB   (target <= 200)")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt wrappers (irrelevant to what is measured)


if __name__ == "__main__":
    sys.exit(main())
