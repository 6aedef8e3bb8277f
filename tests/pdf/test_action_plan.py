from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan_figures import plan_rows
from migradesk.pdf.action_plan import TITLE


def test_every_action_is_in_the_table(
    rendered: Callable[[str], Path],
    text_of: Callable[[Path], str],
    demo_file: CityFile,
    today,
) -> None:
    text = text_of(rendered("action-plan"))
    rows = plan_rows(demo_file, today)
    assert len(rows) > 10
    for row in rows:
        assert row.code in text
        assert " ".join(row.action.title.split()) in text, row.action.title
    for heading in ("Áreas priorizadas", "Objetivos y acciones", "Cronograma", "Indicador y meta"):
        assert heading in text
    assert "Hoy 25/11/2026" in text  # the Gantt's today line


def test_landscape_with_repeated_header(rendered: Callable[[str], Path]) -> None:
    reader = PdfReader(rendered("action-plan"))
    box = reader.pages[0].mediabox
    assert box.width > box.height
    assert reader.metadata is not None and reader.metadata.title == TITLE
    table_pages = [
        p.extract_text()
        for p in reader.pages
        if "Prioridad 1" in p.extract_text() or "Objetivos y acciones" in p.extract_text()
    ]
    plan_pages = [t for t in (p.extract_text() for p in reader.pages) if "Recursos" in t]
    assert len(plan_pages) >= 2  # the header row repeats on every page of the table
    assert table_pages
