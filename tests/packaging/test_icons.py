"""The icon files (resources/icons) are there in every size and current with the SVG."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from bundlekit import ROOT

from PySide6.QtGui import QImage

sys.path.insert(0, str(ROOT / "packaging"))
import make_icons


def _difference(a: QImage, b: QImage) -> float:
    """Mean difference per channel (0-255) of two images of one size."""
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += sum(
                abs(u - v)
                for u, v in zip(pa.getRgb(), pb.getRgb(), strict=True)  # type: ignore[arg-type]
            )
    return total / (a.width() * a.height() * 4)


def test_every_png_size_is_rendered_from_the_current_svg(qapp: object) -> None:
    for size in make_icons.PNG_SIZES:
        stored = QImage(str(make_icons.png_path(size)))
        assert (stored.width(), stored.height()) == (size, size)
        if size <= 64:
            fresh = QImage.fromData(make_icons.render(size))
            # Edited SVG, PNGs not rendered again: run `python packaging/make_icons.py`.
            assert _difference(stored, fresh) < 2.0, size


def test_the_ico_holds_the_windows_sizes() -> None:
    data = Path(make_icons.ico_path()).read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        side = width or 256
        assert side == (height or 256)
        blob = data[offset : offset + length]
        # Small sizes as classic DIBs (every Windows tool reads them), large ones as PNG.
        assert blob.startswith(b"\x89PNG") == (side > make_icons.DIB_MAX)
        sizes.append(side)
    assert sizes == list(make_icons.ICO_SIZES)
