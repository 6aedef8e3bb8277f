"""UI benchmark: start-up of the app on the demo city vs a bare PySide6 window, same run.

    python bench/ui_startup.py [--runs 11]      (or: python -m bench ui_startup)

Page switching and resident memory: bench/ui_pages.py.

1. Start-up, in fresh processes, measured from the launch of the process (the interpreter's own
   start included) to:
   - "interactive": the main window has painted once and the event loop has turned (the
     navigator and menus respond; the city's file is still loading on the DB thread);
   - "content": the demo city's first page is filled (store opened, file loaded, page built).
   Against a process that shows a bare QMainWindow to the same point (painted once, the loop
   turned), measured in the same run, interleaved. Target: interactive <= 1.5x bare. Both run
   with compiled bytecode cached (as installed), in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``migradesk`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.table import Row, print_table

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
from migradesk.ui import app as ui_app, settings

settings.use_settings_path(Path(sys.argv[2]))
qapp = ui_app.make_application()
window = ui_app.launch(Path(sys.argv[1]))  # as run_app does
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


def startup(data_dir: Path, runs: int) -> tuple[float, float, float, float]:
    """Medians: bare window (s), MigraDesk interactive (s), with content (s), and the ratio
    interactive / bare of each interleaved pair (robust to the load of a shared machine
    drifting during the run)."""
    _run(BARE)  # warm the page cache for both
    with tempfile.TemporaryDirectory() as settings_dir:
        _run(APP, str(data_dir), settings_dir)
        bare, interactive, content, ratios = [], [], [], []
        for _ in range(runs):
            bare.append(_run(BARE)["interactive"])
            marks = _run(APP, str(data_dir), settings_dir)
            interactive.append(marks["interactive"])
            content.append(marks["content"])
            ratios.append(interactive[-1] / bare[-1])
    return (
        statistics.median(bare),
        statistics.median(interactive),
        statistics.median(content),
        statistics.median(ratios),
    )


RATIO = 1.5


def run(runs: int = 11) -> list[Row]:
    from migradesk.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        write_demo(data_dir, date.today())
        bare, interactive, content, ratio = startup(data_dir, runs)
    return [
        Row("ui start-up: bare PySide6 QMainWindow shown", bare * 1000, "ms"),
        Row("ui start-up: MigraDesk interactive (demo city)", interactive * 1000, "ms"),
        Row(
            "ui start-up ratio: interactive / bare (median of pairs)",
            ratio,
            "x",
            f"<= {RATIO:g} x",
            ratio <= RATIO,
        ),
        Row("ui start-up: first page with the city's data", content * 1000, "ms"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    print_table(run(args.runs))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
