"""``migradesk screenshots``: a real process renders every page to OUT/<page>.png and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.screenshots import SIZE


def _screenshots(data_dir: Path, out: Path) -> list[str]:
    command = ["screenshots", "--data-dir", str(data_dir), "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *command],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _colours(image: QImage) -> int:
    """Distinct colours on a coarse grid: a blank or half-drawn page has very few."""
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


def test_every_page_of_the_demo_city_is_rendered(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    printed = _screenshots(demo_dir, out)
    assert sorted(Path(p).name for p in printed) == sorted(
        [f"{p}.png" for p in PAGE_IDS] + ["acerca.png"]
    )
    for page_id in PAGE_IDS:
        image = QImage(str(out / f"{page_id}.png"))
        assert (image.width(), image.height()) == SIZE, page_id
        assert _colours(image) > 20, page_id


def test_an_empty_data_dir_renders_the_welcome_page(empty_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert [Path(p).name for p in _screenshots(empty_dir, out)] == ["bienvenida.png", "acerca.png"]
    assert QImage(str(out / "bienvenida.png")).width() == SIZE[0]
