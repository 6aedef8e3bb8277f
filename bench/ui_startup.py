"""UI benchmark: start-up of the app on the demo city vs a bare PySide6 window, same run.

    python bench/ui_startup.py [--runs 11]      (or: python -m bench ui_startup)

Page switching and resident memory: bench/ui_pages.py.

1. Start-up of the real ``migradesk`` command on the demo city, from source (the venv's
   ``migradesk`` script, as ``make run``) and from the frozen bundle
   (``dist/migradesk/migradesk``, when built: ``make bundle-dir``), in fresh processes,
   measured from the launch of the process (the interpreter's own start included) to the
   marks the app prints with MIGRADESK_STARTUP_MARKS=1 (migradesk/ui/startup_marks.py):
   - "interactive": the main window has painted once and the event loop has turned (the
     navigator and menus respond; the city's file is still loading on the DB thread);
   - "content": the demo city's first page is filled (file read, page built).
   Against a process that shows a bare QMainWindow to the same point (painted once, the loop
   turned), measured in the same run, interleaved. Targets, as ratios of each run's pair:
   interactive <= 1.5x bare, content <= 3x bare. Beside them, the same ratios in CPU time (what
   each process used up to its mark, all threads), which a machine loaded by other work does
   not inflate as it does wall time. Compiled bytecode cached (as installed), in a temporary
   folder; settings in a temporary folder.
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
    print("interactive", time.time(), time.process_time(), flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1366, 768)
window.show()
app.exec()
"""

# Compiled bytecode as an installed app has it (pip writes .pyc files), kept out of the tree;
# without it every start would compile the sources (PYTHONDONTWRITEBYTECODE is set here).
PYCACHE = Path(tempfile.gettempdir()) / "migradesk-bench-pycache"


def launch_marks(command: list[str], config_dir: str) -> dict[str, float]:
    """Seconds from launching the process to each mark it prints."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["MIGRADESK_STARTUP_MARKS"] = "1"
    env["XDG_CONFIG_HOME"] = config_dir  # QSettings: not the user's
    launched = time.time()
    out = subprocess.run(
        command, check=True, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, *stamps = line.split()
        if name in ("interactive", "content"):
            marks[name] = float(stamps[0]) - launched
            marks[f"{name} cpu"] = float(stamps[1])
    return marks


BUNDLE = ROOT / "dist" / "migradesk" / "migradesk"
INTERACTIVE_RATIO = 1.5
CONTENT_RATIO = 3.0


def startup(data_dir: Path, runs: int) -> dict[str, list[float]]:
    """Per run: the bare window, and each app's marks with their ratios to that run's bare
    window (interleaved pairs: robust to the load of a shared machine drifting)."""
    # From source as `make run` starts it: the venv's console script.
    source = Path(sys.executable).with_name("migradesk")
    apps = {"source": [str(source), "--data-dir", str(data_dir)]}
    if BUNDLE.is_file():
        apps["bundle"] = [str(BUNDLE), "--data-dir", str(data_dir)]
    samples: dict[str, list[float]] = {"bare": [], "bare cpu": []}
    with tempfile.TemporaryDirectory() as config_dir:
        launch_marks([sys.executable, "-c", BARE], config_dir)  # warm the page cache for all
        for command in apps.values():
            launch_marks(command, config_dir)
        for _ in range(runs):
            bare = launch_marks([sys.executable, "-c", BARE], config_dir)
            samples["bare"].append(bare["interactive"])
            samples["bare cpu"].append(bare["interactive cpu"])
            for app, command in apps.items():
                marks = launch_marks(command, config_dir)
                for mark, seconds in marks.items():
                    reference = bare["interactive cpu" if mark.endswith("cpu") else "interactive"]
                    samples.setdefault(f"{app} {mark}", []).append(seconds)
                    samples.setdefault(f"{app} {mark} ratio", []).append(seconds / reference)
    return samples


def run(runs: int = 11) -> list[Row]:
    from migradesk.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        write_demo(data_dir, date.today())
        samples = startup(data_dir, runs)
    med = {name: statistics.median(values) for name, values in samples.items()}
    rows = [Row("ui start-up: bare PySide6 QMainWindow shown", med["bare"] * 1000, "ms")]
    for app in ("source", "bundle"):
        if f"{app} content" not in med:
            rows.append(Row(f"ui start-up from the {app}: not built (make bundle-dir)", 0, ""))
            continue
        for mark, what, target in (
            ("interactive", "window painted, menus answer", INTERACTIVE_RATIO),
            ("content", "the city's first page with its data", CONTENT_RATIO),
        ):
            rows.append(
                Row(f"ui start-up from the {app}: {what}", med[f"{app} {mark}"] * 1000, "ms")
            )
            ratio = med[f"{app} {mark} ratio"]
            rows.append(
                Row(
                    f"ui start-up from the {app}: {mark} / bare (median of pairs)",
                    ratio,
                    "x",
                    f"<= {target:g} x",
                    ratio <= target,
                )
            )
            cpu = med[f"{app} {mark} cpu ratio"]
            rows.append(Row(f"ui start-up from the {app}: {mark} / bare, CPU time", cpu, "x"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    print_table(run(args.runs))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
