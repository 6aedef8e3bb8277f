"""The selection results PDF, read back: what was decided, what waits, and why."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parents[1] / "domain"))  # selection_kit

from selection_kit import cand, one_per_region, params

from migradesk.domain.city import Region
from migradesk.domain.selection import RunInput, TieDecision
from migradesk.domain.selection_record import SelectionRun, decide, new_run
from migradesk.pdf.selection import render_selection

AT = datetime(2026, 3, 2, 12, tzinfo=UTC)


def a_run(extra: list[object] | None = None) -> SelectionRun:
    candidates = one_per_region(3)
    candidates += [
        cand("twin-a", Region.NOROESTE, foreign_born=950, name="Tilcara"),
        cand("twin-b", Region.NOROESTE, foreign_born=950, name="Humahuaca"),
        cand("gap", Region.CUYO, foreign_born=None, name="Sin Dato"),
    ]
    data = RunInput(tuple(candidates), params())
    return new_run("S-1", "Convocatoria 2026", AT, "oim.admin", data)


def test_a_run_waiting_for_iom_and_dnm_says_so_and_names_the_tie(
    tmp_path: Path, text_of: Callable[[Path], str]
) -> None:
    run = a_run()
    [tie] = run.outcome.pending_ties
    out = render_selection(run, tmp_path / "r.pdf", today=date(2026, 3, 2))
    text = text_of(out)
    assert "Resultados de la selección de ciudades" in text
    assert (
        "Pendiente de decisión de OIM – ONU Migración y la Dirección Nacional de Migraciones"
        in (text)
    )
    assert tie.id in text
    assert "Humahuaca, Tilcara" in text
    assert "Sin puntaje: falta población nacida en el extranjero 2010" in text
    assert "Fórmulas y parámetros de esta corrida" in text
    assert "Prueba: Censo 2010 cargado por OIM" in text  # the sources
    for result in run.outcome.results:
        assert result.candidate.name in text
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == (
        "Resultados de la selección de ciudades"
    )
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape: the score parts fit in one row


def test_a_decided_run_lists_the_ten_the_support_and_the_decision(
    tmp_path: Path, text_of: Callable[[Path], str]
) -> None:
    run = a_run()
    [tie] = run.outcome.pending_ties
    run = decide(run, TieDecision(tie.id, ("twin-b",), note="acta 12", decided_on=date(2026, 3, 5)))
    text = text_of(render_selection(run, tmp_path / "r.pdf", today=date(2026, 3, 6)))
    assert "Selección completa: 10 ciudades seleccionadas" in text
    assert (
        "Primero: Humahuaca. OIM – ONU Migración y Dirección Nacional de Migraciones, 05/03/2026"
        in (text)
    )
    assert "acta 12" in text
    assert "Apoyo financiero (sección 4 de la guía)" in text
    assert "evaluación previa de necesidades" in text
    assert "Rondas" in text and "Gran Buenos Aires, cupo 3" in text
