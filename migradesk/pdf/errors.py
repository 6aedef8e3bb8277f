"""Errors a PDF export reports to the user, in Spanish: a plain message, never a traceback."""

from __future__ import annotations

from migradesk.errors import KnownError


class PdfExportError(KnownError):
    """The PDF could not be written (disk full, no permission, missing data…)."""


class MissingDataError(PdfExportError):
    """A document needs data the city has not filled in yet; ``missing`` says what, one per item."""

    def __init__(self, document: str, missing: list[str]) -> None:
        self.document = document
        self.missing = list(missing)
        items = "; ".join(missing)
        super().__init__(f"No se puede generar {document}. {items}.")
