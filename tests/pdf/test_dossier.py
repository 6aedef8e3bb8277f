from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire
from migradesk.pdf.dossier import render_dossier


def test_cover_contents_and_parts(
    rendered: Callable[[str], Path], pages_of: Callable[[Path], list[str]]
) -> None:
    pages = pages_of(rendered("dossier"))
    cover, contents = pages[0], pages[1]
    assert "Expediente de certificación" in cover and "Santa Rosa del Cerro" in cover
    assert "Provincia de Jujuy" in cover and "25 de noviembre de 2026" in cover
    assert "Página 1 de" not in cover  # the cover carries no page number
    assert "Índice" in contents
    assert f"Página 2 de {len(pages)}" in contents
    parts = {
        "Ficha de la ciudad": "Datos generales",
        "Autoevaluación de la gobernanza migratoria local": "Resumen",
        "Reporte de evaluación": "1. Breve descripción",
        "Plan de acción": "Áreas priorizadas",
        "Informe de monitoreo del plan de acción": "Estado de las acciones",
        "Anexo: cartas y notas": "Cartas y notas",
    }
    for part, first_heading in parts.items():
        # The contents entry's page number is the page where the part starts.
        start = next(
            n for n, page in enumerate(pages[2:], 3) if part in page and first_heading in page
        )
        assert f"{part} {start}" in contents, part
    letters = [p for p in pages if "MUNICIPALIDAD DE SANTA ROSA DEL CERRO" in p]
    assert len(letters) == 3
    assert not any("BORRADOR" in p for p in pages)  # the report's final version


def test_outline_and_landscape_pages(rendered: Callable[[str], Path]) -> None:
    reader = PdfReader(rendered("dossier"))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Plan de acción" in titles and "Anexo: cartas y notas" in titles
    orientations = {p.mediabox.width > p.mediabox.height for p in reader.pages}
    assert orientations == {True, False}


def test_progress_is_monotonic_and_ends_at_one(
    rendered: Callable[[str], Path], dossier_progress: list[float]
) -> None:
    rendered("dossier")
    seen = dossier_progress
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) > 10
    assert all(0.0 <= x <= 1.0 for x in seen)


def test_working_text_report_is_marked_in_the_dossier(
    tmp_path: Path, demo_file: CityFile, questionnaire: Questionnaire, today: date
) -> None:
    from migradesk.domain.assessment import IndicatorAnswer
    from migradesk.domain.cityfile import CityFile as File
    from migradesk.domain.report import ReportVersion

    # Without a final version, the dossier prints the working text with the draft watermark
    # (answers left out too: a shorter dossier to read back).
    records = [r for r in demo_file if not isinstance(r, ReportVersion | IndicatorAnswer)]
    file = File.from_records(demo_file.city, records)
    out = render_dossier(file, questionnaire, tmp_path / "d.pdf", today=today)
    reader = PdfReader(out)
    marked = [p for p in reader.pages if "BORRADOR" in (p.extract_text() or "")]
    assert 3 <= len(marked) < len(reader.pages) / 2
