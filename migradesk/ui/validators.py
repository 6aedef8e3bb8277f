"""Field checks for forms: each returns None when fine, else a message for the user."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from migradesk.ui.formats import fmt_date

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,}$")
_URL = re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?$", re.IGNORECASE)


def email(value: Any) -> str | None:
    if not value or _EMAIL.match(str(value).strip()):
        return None
    return QCoreApplication.translate(
        "validators", "Revise el correo electrónico: debe tener la forma nombre@dominio.gob.ar."
    )


def phone(value: Any) -> str | None:
    if not value or _PHONE.match(str(value).strip()):
        return None
    return QCoreApplication.translate(
        "validators", "Escriba el teléfono con números, por ejemplo +54 388 421-0000."
    )


def website(value: Any) -> str | None:
    if not value or _URL.match(str(value).strip()):
        return None
    return QCoreApplication.translate(
        "validators", "Revise la dirección web, por ejemplo www.municipio.gob.ar."
    )


def required(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return QCoreApplication.translate("validators", "Este dato es obligatorio.")
    return None


def not_after(today: Callable[[], date]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, date) and value > today():
            return QCoreApplication.translate(
                "validators", "La fecha no puede ser posterior a hoy (%1)."
            ).replace("%1", fmt_date(today()))
        return None

    return check
