"""PDF documents of a city's certification file (reportlab; no Qt).

Use :func:`migradesk.pdf.export.export` for a whole export, or the ``render_*`` function of a
document module. Errors meant for the user are :class:`migradesk.pdf.errors.PdfExportError`.
"""
