"""The report a user sends to IOM when something failed: what was running, where, what broke.

Plain text (it is pasted into an e-mail): the version, the system, the data folder and the log
file, the error's traceback and the log's last lines. The crash dialog shows and copies it;
``migradesk`` commands write it to the log on an unexpected error.
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from migradesk import logs, version

TAIL_LINES = 60


def environment(data_dir: Path | None, log_file: Path | None, qt: str | None = None) -> list[str]:
    """The lines that say which MigraDesk ran where (also in the About box)."""
    frozen = " (instalada)" if getattr(sys, "frozen", False) else ""
    lines = [
        f"MigraDesk {version()}{frozen}",
        f"Sistema: {platform.platform()} ({platform.machine()})",
        f"Python {platform.python_version()}" + (f" · Qt {qt}" if qt else ""),
        f"Carpeta de datos: {data_dir if data_dir is not None else '(ninguna)'}",
        "Registro: " + (str(log_file) if log_file is not None else "(no se pudo escribir)"),
    ]
    return lines


def report(
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    data_dir: Path | None,
    log_file: Path | None,
    qt: str | None = None,
    when: datetime | None = None,
) -> str:
    moment = (when or datetime.now().astimezone()).strftime("%d/%m/%Y %H:%M:%S %z")
    lines = [
        "Informe de error de MigraDesk (para enviar a OIM)",
        f"Fecha: {moment}",
        *environment(data_dir, log_file, qt),
        "",
        "Error:",
        "".join(traceback.format_exception(kind, exc, tb)).rstrip(),
    ]
    last = logs.tail(log_file, TAIL_LINES).rstrip()
    if last:
        lines += ["", f"Últimas líneas del registro ({log_file}):", last]
    return "\n".join(lines) + "\n"
