from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from migradesk.pdf.fonts import font_dir


def _fonts(resources: DictionaryObject | None) -> Iterator[DictionaryObject]:
    if resources is None:
        return
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(xobject.get("/Resources"))


@pytest.mark.parametrize("name", ["dossier", "letter-of-intent", "action-plan"])
def test_every_font_is_an_embedded_truetype(rendered: Callable[[str], Path], name: str) -> None:
    reader = PdfReader(rendered(name))
    seen = {}
    for page in reader.pages:
        for font in _fonts(page.get("/Resources")):
            seen[str(font["/BaseFont"])] = font
    assert seen
    for base, font in seen.items():
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{base} is not embedded (a base-14 font?)"
        assert "/FontFile2" in descriptor.get_object(), base
        assert "DejaVu" in base
    if name == "dossier":
        bases = " ".join(seen)
        assert "DejaVuSans-Bold" in bases and "DejaVuSerif" in bases


def test_fonts_ship_with_their_licence() -> None:
    folder = font_dir()
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence
    for family in ("DejaVuSans", "DejaVuSerif"):
        assert (folder / f"{family}.ttf").is_file()
        assert (folder / f"{family}-Bold.ttf").is_file()
