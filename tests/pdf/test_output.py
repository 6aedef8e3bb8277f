"""Atomic output: nothing half-written at the target, no temporary file left, Spanish errors."""

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, Paragraph

from migradesk.domain.city import City, Region
from migradesk.pdf import output
from migradesk.pdf.errors import PdfExportError
from migradesk.pdf.layout import DocInfo, build_pdf
from migradesk.pdf.theme import Styles

CITY = City(
    id="44444444-4444-4444-8444-444444444444",
    city_id="44444444-4444-4444-8444-444444444444",
    name="Esquel",
    province="Chubut",
    region=Region.PATAGONIA,
)
INFO = DocInfo(CITY, "Prueba", date(2026, 11, 25))


class Boom(Flowable):  # type: ignore[misc]
    def wrap(self, *args: object) -> tuple[float, float]:
        return 10, 10

    def draw(self) -> None:
        raise RuntimeError("falla a mitad de la construcción")


def _story(pages: int = 3) -> list[Flowable]:
    return [Paragraph("Texto de prueba. " * 400, Styles.body) for _ in range(pages)]


def test_failure_mid_build_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    with pytest.raises(RuntimeError, match="mitad"):
        build_pdf([*_story(), Boom()], INFO, out)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    build_pdf(_story(1), INFO, out)
    before = out.read_bytes()
    assert before.startswith(b"%PDF")
    with pytest.raises(RuntimeError):
        build_pdf([*_story(), Boom()], INFO, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["informe.pdf"]
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)


def test_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", full)
    out = tmp_path / "informe.pdf"
    with pytest.raises(PdfExportError, match="No hay espacio suficiente en el disco"):
        build_pdf(_story(1), INFO, out)
    assert list(tmp_path.iterdir()) == []


def test_no_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(output.tempfile, "mkstemp", denied)
    with pytest.raises(PdfExportError, match="No tiene permiso para escribir en la carpeta"):
        build_pdf(_story(1), INFO, tmp_path / "informe.pdf")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("falta/informe.pdf", "no existe"),
        ("archivo.txt/informe.pdf", "no es una carpeta"),
        ("carpeta", "es una carpeta: indique el nombre del archivo PDF"),
    ],
)
def test_unwritable_paths(tmp_path: Path, target: str, message: str) -> None:
    (tmp_path / "archivo.txt").write_text("x")
    (tmp_path / "carpeta").mkdir()
    with pytest.raises(PdfExportError, match=message):
        build_pdf(_story(1), INFO, tmp_path / target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archivo.txt", "carpeta"]
    assert list((tmp_path / "carpeta").iterdir()) == []
