"""Why a change was refused, as a Spanish sentence for the focal point who reads it.

Every text that reaches ``MutationResult.error`` is built here (or in policy.py with these
helpers): the desktop shows it verbatim. Domain and pydantic messages are English, so they are
never passed through; a validation failure is described again from its structure.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import pydantic

from migradesk.domain.base import Record, field_names, field_types
from migradesk.domain.permissions import kind_subject
from migradesk.domain.text import NUL_TEXT as NUL_TEXT

# The domain's own consistency checks (English ValueErrors), by a piece of their text.
_DOMAIN_CHECKS = {
    "must be between 1 and 5": "Las valoraciones deben estar entre 1 y 5.",
    "end date is before the start date": "La fecha de fin es anterior a la fecha de inicio.",
    "percent_done must be between": "El porcentaje de avance debe estar entre 0 y 100.",
    "report section must be": "La sección del reporte debe ser del 1 al 6.",
    "only section 2 is split": "Solo la sección 2 del reporte se divide por dimensión.",
    "city_id is its own id": "El identificador de una ciudad no coincide con el de su ficha.",
}

MUTATION_ID_REUSED = "Este cambio ya fue enviado para otra ciudad; no se aplicó aquí."
ID_OF_ANOTHER_CITY = (
    "El identificador de este registro ya pertenece a un registro de otra ciudad: no se aplicó, "
    "para no mezclar los datos de dos ciudades. Si el cambio es de esta ciudad, vuelva a "
    "cargarlo como un registro nuevo; si no, descártelo."
)
NOT_FINITE = "Un número no es válido (infinito o indefinido)."
TOO_DEEP = "Los datos están anidados a demasiada profundidad."
ADMIN_ONLY = "Solo las cuentas de administración gestionan cuentas y ciudades."
IOM_ONLY = "Solo las cuentas de la OIM (revisión o administración) ven y hacen la selección."
NO_CITY_ACCESS = "Esta cuenta no tiene acceso a esa ciudad."
UNKNOWN_ROLE = "La cuenta tiene un rol desconocido; consulte a la administración."


def unknown_kind(kind: str) -> str:
    return f"El servidor no conoce el tipo de registro «{kind}»; actualice MigraDesk."


def not_deletable(kind: str) -> str:
    return f"{kind_subject(kind)} no se pueden borrar."


def not_changeable(kind: str) -> str:
    return f"{kind_subject(kind)} no se pueden modificar después de enviarse."


def no_such_city(city_id: str) -> str:
    return f"No existe la ciudad «{city_id}»."


def invalid_field(cls: type[Record], name: str) -> str:
    """A field whose pushed value is not of its type (or that the kind does not have)."""
    if name not in field_names(cls):
        return f"{kind_subject(cls.KIND)} no tienen el dato «{name}»; actualice MigraDesk."
    wanted = _expected(field_types(cls)[name])
    return f"El dato «{name}» no es válido" + (f": debe ser {wanted}." if wanted else ".")


def invalid_record(cls: type[Record], record_id: str, city_id: str, fields: dict[str, Any]) -> str:
    """Why the merged fields do not make a valid record (validated again, for the structure)."""
    try:
        _adapter(cls).validate_python({**fields, "id": record_id, "city_id": city_id})
    except pydantic.ValidationError as exc:
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else ""
            if error["type"] == "missing":
                return f"Falta el dato obligatorio «{name}»."
            if error["type"] == "value_error":
                return _domain_check(str(error["msg"]))
            if name in field_names(cls):
                return invalid_field(cls, name)
    return "Los datos de este registro no son válidos."


def _domain_check(message: str) -> str:
    for piece, sentence in _DOMAIN_CHECKS.items():
        if piece in message:
            return sentence
    return "Los datos de este registro no son coherentes entre sí."


_adapters: dict[type[Record], pydantic.TypeAdapter[Any]] = {}


def _adapter(cls: type[Record]) -> pydantic.TypeAdapter[Any]:
    if cls not in _adapters:
        _adapters[cls] = pydantic.TypeAdapter(cls)
    return _adapters[cls]


def _expected(hint: Any) -> str | None:
    """What a value of this type looks like, in Spanish."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _expected(options[0]) if len(options) == 1 else None
    if typing.get_origin(hint) is list:
        return "una lista"
    if not isinstance(hint, type):
        return None
    if issubclass(hint, enum.Enum):
        values = [str(member.value) for member in hint]
        shown = ", ".join(f"«{value}»" for value in values[:8])
        return f"uno de estos valores: {shown}" + (" …" if len(values) > 8 else "")
    simple: list[tuple[type, str]] = [
        (bool, "sí o no"),
        (int, "un número entero"),
        (float, "un número"),
        (dt.datetime, "una fecha y hora"),
        (dt.date, "una fecha (AAAA-MM-DD)"),
        (str, "un texto"),
    ]
    for kind, text in simple:
        if issubclass(hint, kind):
            return text
    return None
