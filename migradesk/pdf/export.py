"""Headless export: one entry point for ``migradesk export KIND`` and the app's print action.

``export(kind, data_dir, out)`` loads the city's file from the local store, builds the document
and writes it atomically. Environment problems and missing data raise :class:`PdfExportError`
with a Spanish message; storage problems raise the store's own errors
(``StorageError``, ``DomainError``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.pdf.errors import MissingDataError, PdfExportError

#: Document kinds, with the name the user sees.
EXPORTS: dict[str, str] = {
    "self-assessment": "Autoevaluación",
    "report": "Reporte de evaluación",
    "action-plan": "Plan de acción",
    "monitoring": "Informe de monitoreo",
    "letter-of-intent": "Carta de intención",
    "confirmation-note": "Nota de confirmación",
    "focal-point-change": "Nota de sustitución del Punto Focal",
    "certificate": "Certificado",
    "dossier": "Expediente completo",
}

__all__ = ["EXPORTS", "MissingDataError", "PdfExportError", "export", "export_file"]


def _city_id(data_dir: Path, city_id: str | None) -> tuple[Path, str]:
    from migradesk.storage import Store
    from migradesk.storage.store import DATABASE_NAME

    if not (data_dir / DATABASE_NAME).is_file():
        raise PdfExportError(
            f"No hay datos de MigraDesk en la carpeta “{data_dir}”. "
            "Indique la carpeta de datos correcta (--data-dir)."
        )
    if city_id is not None:
        return data_dir, city_id
    with Store.open(data_dir) as store:
        cities = store.cities()
    if not cities:
        raise PdfExportError(f"La carpeta de datos “{data_dir}” no tiene ninguna ciudad cargada.")
    if len(cities) > 1:
        names = "; ".join(f"{c.name} ({c.province}): {c.id}" for c in cities)
        raise PdfExportError(
            f"La carpeta de datos tiene {len(cities)} ciudades; indique cuál exportar (--city). "
            f"Ciudades: {names}."
        )
    return data_dir, cities[0].id


def export(
    kind: str,
    data_dir: Path,
    out: Path,
    *,
    city_id: str | None = None,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    report_version: int | None = None,
    with_comments: bool = False,
) -> Path:
    """Write one document of a city to ``out`` (a .pdf path) and return it.

    ``report_version`` chooses a saved version of the report (``report``; by default the working
    text, and in the dossier the latest final version); ``with_comments`` adds IOM's comments as an
    annex to ``report`` (the dossier always has them). ``progress`` gets 0.0–1.0.
    """
    if kind not in EXPORTS:
        raise PdfExportError(
            f"Tipo de documento desconocido: “{kind}”. Opciones: {', '.join(EXPORTS)}."
        )
    from migradesk.storage import Store

    data_dir, chosen = _city_id(Path(data_dir), city_id)
    if progress is not None:
        progress(0.0)
    with Store.open(data_dir) as store:
        file = store.load_city_file(chosen)
    return export_file(
        kind,
        file,
        out,
        today=today,
        progress=progress,
        report_version=report_version,
        with_comments=with_comments,
    )


def export_file(
    kind: str,
    file: CityFile,
    out: Path,
    *,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    report_version: int | None = None,
    with_comments: bool = False,
) -> Path:
    """Like :func:`export`, from a city file already loaded (the desktop app's path)."""
    if kind not in EXPORTS:
        raise PdfExportError(
            f"Tipo de documento desconocido: “{kind}”. Opciones: {', '.join(EXPORTS)}."
        )
    from migradesk.pdf import (
        action_plan,
        certificate,
        dossier,
        letters,
        monitoring,
        report,
        self_assessment,
    )

    day = today or date.today()
    questionnaire = load_questionnaire()
    out = Path(out)
    if kind == "self-assessment":
        return self_assessment.render_self_assessment(
            file, questionnaire, out, today=day, progress=progress
        )
    if kind == "report":
        return report.render_report(
            file,
            questionnaire,
            out,
            today=day,
            version=report_version,
            with_comments=with_comments,
            progress=progress,
        )
    if kind == "action-plan":
        return action_plan.render_action_plan(
            file, questionnaire, out, today=day, progress=progress
        )
    if kind == "monitoring":
        return monitoring.render_monitoring(file, questionnaire, out, today=day, progress=progress)
    if kind == "certificate":
        return certificate.render_certificate(file, out, today=day, progress=progress)
    if kind == "dossier":
        return dossier.render_dossier(
            file, questionnaire, out, today=day, report_version=report_version, progress=progress
        )
    makers = {
        "letter-of-intent": letters.letter_of_intent,
        "confirmation-note": letters.confirmation_note,
        "focal-point-change": letters.substitution_note,
    }
    letter = makers[kind](file, day)
    return letters.render_letter(file, letter, out, progress=progress)
