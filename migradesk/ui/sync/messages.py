"""Why a sync stopped, in the user's words: chosen by the report's typed ``ErrorKind``, never
by matching the engine's message (the engine's text stays for the log and the terminal)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from migradesk.sync.engine import SyncReport
from migradesk.sync.errors import ErrorKind

translate = QCoreApplication.translate


def busy_text(reason: str | None, retry_at: datetime | None) -> str:
    """The server refuses for now (a locked account, too many requests, maintenance): its own
    reason when it gave one, and from when to try again."""
    lead = reason or translate("SyncMessages", "El servidor no está disponible en este momento.")
    if retry_at is None:
        return lead + " " + translate("SyncMessages", "Intente de nuevo en unos minutos.")
    when = retry_at.astimezone().strftime("%H:%M")
    again = translate("SyncMessages", "Puede intentar de nuevo a partir de las %1.")
    return lead + " " + again.replace("%1", when)


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
        kept = translate("SyncMessages", "Sus cambios siguen guardados aquí.")
        return busy_text(report.server_reason, report.retry_at) + " " + kept
    if kind is ErrorKind.CANCELLED:
        return translate(
            "SyncMessages",
            "Sincronización cancelada. Lo que faltaba enviar sigue guardado en este equipo y "
            "se enviará en la próxima sincronización.",
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
