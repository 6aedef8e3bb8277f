"""What the app exports to PDF: the documents, which one each step prints, the file names.

The PDF module (``migradesk.pdf``, reportlab) is imported only when a document is written, on the
export thread: never before the first paint. ``export_file`` raises ``PdfExportError`` with a
Spanish message (``MissingDataError`` names what to fill in).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from migradesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from datetime import date

    from migradesk.domain.cityfile import CityFile

#: Document kinds of ``migradesk.pdf.export.EXPORTS``, in menu order, with their (Spanish) names.
DOCUMENTS: dict[str, str] = {
    "letter-of-intent": QT_TRANSLATE_NOOP("pdf", "Carta de intención"),
    "confirmation-note": QT_TRANSLATE_NOOP("pdf", "Nota de confirmación"),
    "focal-point-change": QT_TRANSLATE_NOOP("pdf", "Nota de sustitución del Punto Focal"),
    "self-assessment": QT_TRANSLATE_NOOP("pdf", "Autoevaluación"),
    "report": QT_TRANSLATE_NOOP("pdf", "Reporte de evaluación"),
    "action-plan": QT_TRANSLATE_NOOP("pdf", "Plan de acción"),
    "monitoring": QT_TRANSLATE_NOOP("pdf", "Informe de monitoreo"),
    "certificate": QT_TRANSLATE_NOOP("pdf", "Certificado"),
    "dossier": QT_TRANSLATE_NOOP("pdf", "Expediente completo"),
}
DOSSIER = "dossier"

#: The document Ctrl+P exports on each step (None: the step has no document of its own).
STEP_DOCUMENTS: dict[str, str | None] = {
    "inicio": DOSSIER,
    "inscripcion": "letter-of-intent",
    "punto_focal": "focal-point-change",  # the confirmation note while nobody was replaced
    "fase1": None,  # the course leaves no deliverable; the dossier lists the team
    "fase2": "self-assessment",
    "fase3": "report",
    "fase4": "action-plan",
    "fase5": DOSSIER,
    "fase6": "monitoring",
}


def label(kind: str) -> str:
    """The document's name in the interface language."""
    return QCoreApplication.translate("pdf", DOCUMENTS[kind])


def step_document(step_id: str | None, file: CityFile | None) -> str | None:
    """The document of a step, given the city's file."""
    kind = STEP_DOCUMENTS.get(step_id or "")
    if kind == "focal-point-change" and file is not None and not _has_substitution(file):
        return "confirmation-note"
    return kind


def _has_substitution(file: CityFile) -> bool:
    return any(fp.until is not None for fp in file.focal_point_history[:-1])


def no_document_reason(step_id: str | None) -> str:
    if step_id == "fase1":
        return QCoreApplication.translate(
            "pdf",
            "La Fase 1 no tiene un documento propio: el equipo capacitado figura en el "
            "expediente completo (Archivo ▸ Exportar a PDF).",
        )
    return QCoreApplication.translate("pdf", "Esta pantalla no tiene un documento para exportar.")


def default_file_name(kind: str, city_name: str, day: date) -> str:
    """'Autoevaluacion - Santa Rosa del Cerro - 2026-11-25.pdf': no accents, no characters that
    some systems forbid in file names."""
    stem = f"{label(kind)} - {city_name.strip()} - {day.isoformat()}"
    import unicodedata  # not on the start-up path

    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", plain)
    return re.sub(r"\s+", " ", plain).strip(" .") + ".pdf"


def export_file(
    kind: str,
    file: CityFile,
    out: Path,
    today: date,
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Write the document (call off the UI thread: layout can take a second or more)."""
    from migradesk.pdf.export import export_file as write

    return write(kind, file, out, today=today, progress=progress)
