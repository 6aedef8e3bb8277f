"""Render pages to PNG with poppler, as a person would see them, and check they are not blank."""

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

PDFTOPPM = shutil.which("pdftoppm")


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
@pytest.mark.parametrize(
    ("name", "page"), [("report-working", 1), ("action-plan", 3), ("letter-of-intent", 1)]
)
def test_pages_render_and_are_not_blank(
    rendered: Callable[[str], Path], tmp_path: Path, name: str, page: int
) -> None:
    assert PDFTOPPM is not None
    subprocess.run(
        [
            PDFTOPPM,
            "-r",
            "60",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            str(rendered(name)),
            str(tmp_path / "page"),
        ],
        check=True,
        capture_output=True,
    )
    (png,) = tmp_path.glob("page*.png")
    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        histogram = grey.histogram()
    dark = sum(histogram[:200])
    assert dark / (width * height) > 0.01, "the page is (almost) blank"
    assert histogram[255] / (width * height) > 0.5, "the page is not mostly white paper"
