"""Why a sync stopped, in the user's words: chosen by the report's typed ``ErrorKind``, never
by matching the engine's message (the engine's text stays for the log and the terminal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from migradesk.sync.engine import SyncReport
from migradesk.sync.errors import ErrorKind

translate = QCoreApplication.translate


def failure_text(report: SyncReport) -> str:
    """Why a sync stopped, in the user's words, chosen by the error's kind."""
    kind = report.error_kind
    if kind is ErrorKind.AUTH_REQUIRED:
        return translate(
            "SyncMessages",
            "La sesión con el servidor expiró o no está guardada en este equipo. "
            "Inicie sesión de nuevo; sus cambios siguen guardados aquí.",
        )
    if kind is ErrorKind.NOT_CONFIGURED:
        return translate(
            "SyncMessages",
            "Este equipo todavía no está conectado a un servidor. Inicie sesión para "
            "sincronizar; sus cambios siguen guardados aquí.",
        )
    if kind is ErrorKind.NETWORK:
        return translate(
            "SyncMessages",
            "No hay conexión con el servidor. Sus cambios siguen guardados en este equipo "
            "y se enviarán en la próxima sincronización.",
        )
    if kind is ErrorKind.SERVER_BUSY:
        return translate(
            "SyncMessages",
            "El servidor no está disponible en este momento. Sus cambios siguen guardados "
            "aquí; intente más tarde.",
        )
    if kind is ErrorKind.TLS:
        return translate(
            "SyncMessages",
            "No se pudo verificar el certificado del servidor. Consulte a soporte; sus "
            "cambios siguen guardados aquí.",
        )
    if kind is ErrorKind.PROTOCOL:
        return translate(
            "SyncMessages",
            "El servidor usa otra versión de MigraDesk. Actualice la aplicación; sus "
            "cambios siguen guardados aquí.",
        )
    if kind is ErrorKind.ALREADY_RUNNING:
        return translate("SyncMessages", "Ya hay una sincronización en curso.")
    return report.error or translate("SyncMessages", "error desconocido")
