"""UI benchmark: switching between the pages of the demo city, and resident memory.

    python bench/ui_pages.py            (or: python -m bench ui_pages)

Measured in a fresh process (Qt offscreen, 1366×768, the demo city), as ``run_app`` runs:
the first page shows, then the other pages are prebuilt in idle time (``prebuild_pages``).
A switch is timed from the navigator's request to the page painted (the event loop turned).

- first visit: each page's first switch after start-up (prebuilt: a switch, not a build);
- revisit: every ordered pair of pages (a → b), three times; the pair's median counts;
- on demand: each page built by its first visit, without prebuilding (how it was before);
- memory: resident set after visiting every page. Targets: switch <= 50 ms, memory <= 200 MB.
"""

from __future__ import annotations

import itertools
import json
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
SWITCH_MS = 50.0
MEMORY_MB = 200.0
ROUNDS = 3


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _child(data_dir: Path, prebuild: bool) -> dict[str, object]:
    """In the measuring process: open the window, (prebuild,) switch, report."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from migradesk.storage import Store

    from migradesk.ui import app as ui_app
    from migradesk.ui import settings
    from migradesk.ui.pages import PAGE_IDS
    from migradesk.ui.worker import SyncDbWorker

    settings.use_settings_path(Path(tempfile.mkdtemp()))
    qapp = ui_app.make_application()
    window = ui_app.start(data_dir, worker=SyncDbWorker(Store.open(data_dir)))
    window.resize(1366, 768)
    window.show()
    qapp.processEvents()
    assert window.current_page_id == "inicio"

    if prebuild:
        window.prebuild_pages()
        prebuilder = window._prebuilder
        assert prebuilder is not None
        while not prebuilder.done:
            qapp.processEvents()

    def switch(page_id: str) -> float:
        start = time.perf_counter()
        window.show_page(page_id)
        QApplication.processEvents()
        return (time.perf_counter() - start) * 1000

    first = {page_id: switch(page_id) for page_id in PAGE_IDS[1:]}
    pairs: dict[str, list[float]] = {}
    for _round in range(ROUNDS):
        for a, b in itertools.permutations(PAGE_IDS, 2):
            if window.current_page_id != a:
                switch(a)
            pairs.setdefault(f"{a}>{b}", []).append(switch(b))
    return {"first": first, "pairs": pairs, "rss": rss_mb()}


def _measure(data_dir: Path, prebuild: bool) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir)]
    if prebuild:
        args.append("--prebuild")
    out = subprocess.run(args, check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run() -> list[Row]:
    from migradesk.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        write_demo(data_dir, date.today())
        built = _measure(data_dir, prebuild=True)
        on_demand = _measure(data_dir, prebuild=False)
    first = list(built["first"].values())  # type: ignore[attr-defined]
    worst_first = max(built["first"].items(), key=lambda kv: kv[1])[0]  # type: ignore[attr-defined]
    pairs = [statistics.median(v) for v in built["pairs"].values()]  # type: ignore[attr-defined]
    demand = on_demand["first"]
    worst_pair = max(built["pairs"].items(), key=lambda kv: statistics.median(kv[1]))[0]  # type: ignore[attr-defined]
    worst_build = max(demand.items(), key=lambda kv: kv[1])[0]  # type: ignore[attr-defined]

    def row(name: str, value: float, target: float | None = None, unit: str = "ms") -> Row:
        if target is None:
            return Row(name, value, unit)
        return Row(name, value, unit, f"<= {target:g} {unit}", value <= target)

    return [
        row(f"ui switch, first visit after start-up: max ({worst_first})", max(first), SWITCH_MS),
        row("ui switch, first visit after start-up: median", statistics.median(first)),
        row(f"ui switch, revisit, 72 pairs: max ({worst_pair})", max(pairs), SWITCH_MS),
        row("ui switch, revisit, 72 pairs: median", statistics.median(pairs)),
        row(
            f"ui page built on first visit, no prebuild: max ({worst_build})",
            max(demand.values()),  # type: ignore[attr-defined]
        ),
        row(
            "ui page built on first visit, no prebuild: median",
            statistics.median(demand.values()),  # type: ignore[attr-defined]
        ),
        row("ui resident memory, demo city, every page", built["rss"], MEMORY_MB, "MB"),  # type: ignore[arg-type]
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--child") + 1])
        result = _child(folder, "--prebuild" in sys.argv)
        print(json.dumps(result), flush=True)
        os._exit(0)  # skip the teardown of Qt wrappers (irrelevant to what is measured)
    print_table(run())
