import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from migradesk.demo import write_demo
from migradesk.pdf.export import EXPORTS, PdfExportError, export


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    write_demo(folder, date(2026, 11, 25))
    return folder


def test_kinds() -> None:
    assert set(EXPORTS) == {
        "self-assessment",
        "report",
        "action-plan",
        "monitoring",
        "letter-of-intent",
        "confirmation-note",
        "focal-point-change",
        "certificate",
        "dossier",
    }


@pytest.mark.parametrize("kind", ["report", "focal-point-change", "monitoring"])
def test_export_from_the_store(data_dir: Path, tmp_path: Path, kind: str) -> None:
    seen: list[float] = []
    out = export(
        kind, data_dir, tmp_path / f"{kind}.pdf", today=date(2026, 11, 25), progress=seen.append
    )
    assert out == tmp_path / f"{kind}.pdf"
    reader = PdfReader(out)
    assert "Santa Rosa del Cerro" in reader.pages[0].extract_text()
    assert seen[-1] == 1.0
    assert [p.name for p in tmp_path.iterdir()] == [f"{kind}.pdf"]


def test_report_version_choice(data_dir: Path, tmp_path: Path) -> None:
    out = export("report", data_dir, tmp_path / "r.pdf", report_version=2, today=date(2026, 11, 25))
    assert "BORRADOR" not in PdfReader(out).pages[0].extract_text()


def test_errors(tmp_path: Path, data_dir: Path) -> None:
    with pytest.raises(PdfExportError, match="Tipo de documento desconocido"):
        export("poster", data_dir, tmp_path / "x.pdf")
    with pytest.raises(PdfExportError, match="No hay datos de MigraDesk"):
        export("report", tmp_path / "vacía", tmp_path / "x.pdf")
    assert not (tmp_path / "vacía").exists()  # a wrong folder is not turned into a store
    assert list(tmp_path.iterdir()) == []


def test_pdf_package_is_qt_free() -> None:
    code = (
        "import sys\n"
        "import migradesk.pdf.export, migradesk.pdf.dossier\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
