"""Finished at 100, 125 and 150 % display scale, in Spanish and in English, at 1366×768: every
page (and each of its tabs), the welcome and recovery pages and the dialogs that matter show
their text whole (``layout_check.cut_text``).

Each scale runs in a process of its own (``scaled_tour.py``: Qt fixes the scale when the
application starts). ``MIGRADESK_SCALE_SHOTS=/tmp/dir`` keeps a PNG of every state visited.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from migradesk.ui.pages import PAGE_IDS

from .conftest import TODAY

TOUR = Path(__file__).with_name("scaled_tour.py")
SHOTS = os.environ.get("MIGRADESK_SCALE_SHOTS")


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_no_text_is_cut_at_any_scale_in_either_language(
    scale: float, demo_dir: Path, tmp_path: Path
) -> None:
    command = [
        sys.executable,
        str(TOUR),
        f"--scale={scale}",
        f"--demo={demo_dir}",
        f"--empty={tmp_path / 'empty'}",
        f"--today={TODAY.isoformat()}",
    ]
    if SHOTS:
        command.append(f"--shots={SHOTS}")
    done = subprocess.run(
        command,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    report = json.loads(done.stdout)
    visited = {state.split(" ", 2)[2].split("#")[0] for state in report["visited"]}
    wanted = {*PAGE_IDS, "bienvenida", "recuperacion", "acerca", "iniciar-sesion.1"}
    assert wanted <= visited, sorted(wanted - visited)
    assert len(report["visited"]) > 2 * 20  # both languages, the pages' tabs too
    found: dict[str, list[str]] = report["found"]
    assert not found, "Cut text:\n" + "\n".join(
        f"{where}:\n  " + "\n  ".join(problems) for where, problems in found.items()
    )
