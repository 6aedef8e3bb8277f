"""Render resources/icons/migradesk.svg to the PNG sizes and the Windows .ico the app and the
installers use: ``python packaging/make_icons.py`` (run after editing the SVG; the outputs are
committed, tests/packaging/test_icons.py checks they are there and current).

The .ico holds 32-bit DIB images up to 48 px (what Explorer, the taskbar and NSIS's classic icon
code read everywhere) and PNG-compressed images for 64 px and up (Windows Vista and later).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "migradesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
DIB_MAX = 48


def png_path(size: int) -> Path:
    return ICONS / f"migradesk-{size}.png"


def ico_path() -> Path:
    return ICONS / "migradesk.ico"


def render(size: int) -> bytes:
    """The SVG as a PNG of ``size``×``size`` pixels (transparent outside the rounded square)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _dib(png: bytes) -> bytes:
    """An ICO entry in the classic form: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]  # BGRA (little endian)
    mask_row = b"\x00" * (((size + 31) // 32) * 4)  # all opaque: the alpha channel decides
    return header + b"".join(reversed(rows)) + mask_row * size


def ico(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico from PNGs keyed by size."""
    images = [(size, _dib(pngs[size]) if size <= DIB_MAX else pngs[size]) for size in ICO_SIZES]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    blobs = b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return directory + blobs


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in PNG_SIZES}
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
    ico_path().write_bytes(ico(pngs))
    del app
    print(f"Wrote {len(pngs)} PNGs and {ico_path().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
