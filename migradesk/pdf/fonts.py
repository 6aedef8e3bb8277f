"""The embedded Unicode fonts (DejaVu, shipped in resources/fonts with their LICENSE).

reportlab's Type1 base fonts lack many glyphs; TrueType fonts are embedded (subset) in every PDF.
Fonts are parsed once per process: registering is the costly part of a small export.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from migradesk.assets import resource

# Binary (zlib) streams only: ASCII85 on top makes files 25 % larger and costs ~10 % of an export.
rl_config.useA85 = 0

SANS = "DejaVuSans"
SERIF = "DejaVuSerif"

_FACES = {
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}
_SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")

_lock = threading.Lock()
_registered: set[str] = set()


def font_dir() -> Path:
    return resource("fonts")


def face(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered name of one face, e.g. ``DejaVuSans-Bold``."""
    return family + _SUFFIXES[int(bold) + 2 * int(italic)]


def register(family: str = SANS) -> str:
    """Register a family's four faces (once), so that <b> and <i> work in paragraphs."""
    with _lock:
        if family in _registered:
            return family
        directory = font_dir()
        for suffix, filename in zip(_SUFFIXES, _FACES[family], strict=True):
            path = directory / f"{filename}.ttf"
            pdfmetrics.registerFont(TTFont(family + suffix, str(path)))
        for suffix, bold, italic in (("", 0, 0), ("-Bold", 1, 0), ("-Italic", 0, 1)):
            addMapping(family, bold, italic, family + suffix)
        addMapping(family, 1, 1, family + "-BoldItalic")
        _registered.add(family)
        return family


def register_all() -> None:
    for family in _FACES:
        register(family)
