from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from migradesk.domain.city import City, Region
from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire
from migradesk.domain.report import REPORT_SECTIONS, ReportSection
from migradesk.pdf.errors import PdfExportError
from migradesk.pdf.report import render_report


def test_sections_and_dimensions(
    rendered: Callable[[str], Path], text_of: Callable[[Path], str], questionnaire: Questionnaire
) -> None:
    text = text_of(rendered("report-final"))
    assert "Reporte de evaluación" in text
    for number, title in REPORT_SECTIONS.items():
        assert f"{number}. {title}" in text
    for dimension in questionnaire.dimensions:
        assert dimension.label in text
    assert "Versión 2 (final)" in text


def test_draft_watermark_on_every_page_and_not_on_finals(
    rendered: Callable[[str], Path], pages_of: Callable[[Path], list[str]], today: date
) -> None:
    working = pages_of(rendered("report-working"))
    assert all("BORRADOR" in page for page in working)
    assert all("Texto de trabajo · 25/11/2026" in page for page in working)
    version_1 = pages_of(rendered("report-v1"))
    assert all("BORRADOR" in page and "Versión 1 ·" in page for page in version_1)
    final = pages_of(rendered("report-final"))
    assert not any("BORRADOR" in page for page in final)


def test_comments_annex(rendered: Callable[[str], Path], text_of: Callable[[Path], str]) -> None:
    text = text_of(rendered("report-working"))
    assert "Anexo: comentarios de OIM – ONU Migración" in text
    assert "¡Gracias por la sugerencia!" in text
    assert "Anexo: comentarios" not in text_of(rendered("report-final"))


def test_unknown_version(
    tmp_path: Path, demo_file: CityFile, questionnaire: Questionnaire, today: date
) -> None:
    with pytest.raises(PdfExportError, match="No existe la versión 9"):
        render_report(demo_file, questionnaire, tmp_path / "r.pdf", today=today, version=9)
    assert list(tmp_path.iterdir()) == []


def test_markdown_and_spanish_characters_round_trip(
    tmp_path: Path, questionnaire: Questionnaire, text_of: Callable[[Path], str], today: date
) -> None:
    city_id = "22222222-2222-4222-8222-222222222222"
    city = City(
        id=city_id,
        city_id=city_id,
        name="Añatuya",
        province="Santiago del Estero",
        region=Region.NOROESTE,
    )
    body = (
        "## Situación\n\nÁrea pública: ¿qué pasó? ¡Mucho! “Comillas” y «angulares»; "
        "ñandú, acción, pingüino. Caracteres <b>&</b> que no son marcado.\n\n"
        "- **Salud**: primer ítem\n- *Educación*: segundo ítem\n\n1. uno\n2. dos\n"
    )
    section = ReportSection(
        id=ReportSection.id_for(city_id, 1), city_id=city_id, section=1, text=body
    )
    file = CityFile.from_records(city, [section])
    out = render_report(file, questionnaire, tmp_path / "añatuya.pdf", today=today)
    text = text_of(out)
    for expected in (
        "Área pública: ¿qué pasó? ¡Mucho! “Comillas” y «angulares»",
        "ñandú, acción, pingüino",
        "Caracteres <b>&</b> que no son marcado.",
        "Salud: primer ítem",
        "Educación: segundo ítem",
        "Situación",
        "Sección sin redactar.",
    ):
        assert expected in text
    reader = PdfReader(out)
    assert "Añatuya" in reader.pages[0].extract_text()
