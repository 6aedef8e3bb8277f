"""``migradesk screenshots``: a real process renders every page to OUT/<page>.png and exits."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.screenshots import SIZE


def _screenshots(data_dir: Path, out: Path, *options: str) -> list[str]:
    command = ["screenshots", "--data-dir", str(data_dir), "--out", str(out), *options]
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


@pytest.mark.slow
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

    # At 125 % and in English: the same screen, drawn larger (a 1093×614 window), in English.
    scaled = tmp_path / "scaled"
    _screenshots(demo_dir, scaled, "--scale", "1.25", "--lang", "en")
    image = QImage(str(scaled / "fase2.png"))
    assert (image.width(), image.height()) == SIZE
    assert image != QImage(str(out / "fase2.png"))


def test_scale_and_language_reach_the_application(tmp_path: Path) -> None:
    """--scale is Qt's own scale factor (the application's device pixel ratio)."""
    probe = (
        "import sys, os; from pathlib import Path; "
        "from migradesk.ui import screenshots, app, i18n, settings; "
        "screenshots.use_scale(1.25); settings.use_settings_path(Path(sys.argv[1])); "
        "a = app.make_application(language='en'); "
        "print(a.devicePixelRatio(), i18n.current_language(), screenshots.window_size(1.25))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["1.25", "en", "(1093,", "614)"]


def test_an_empty_data_dir_renders_the_welcome_page(empty_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert [Path(p).name for p in _screenshots(empty_dir, out)] == ["bienvenida.png", "acerca.png"]
    assert QImage(str(out / "bienvenida.png")).width() == SIZE[0]


def test_the_readme_shows_every_screenshot_it_names() -> None:
    """The README's images exist, its pages are screens of 1366×768 (the About box is its own
    size), and they include a page at 125 % and one in English (each rendered by ``migradesk
    screenshots``)."""
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    named = re.findall(r"!\[([^\]]*)\]\((docs/screenshots/[^)]+\.png)\)", readme)
    assert len(named) > len(PAGE_IDS)
    for _alt, path in named:
        image = QImage(str(root / path))
        assert not image.isNull(), path
        if not path.endswith("acerca.png"):
            assert (image.width(), image.height()) == SIZE, path
    alts = [alt for alt, _path in named]
    assert any("125 %" in alt for alt in alts) and any("English" in alt for alt in alts), alts
