"""What every syncable record shares: ids, the kind registry and wire (de)serialisation."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from migradesk.errors import KnownError

if TYPE_CHECKING:  # imported where used: pydantic costs ~35 ms, the app's first read needs none
    import pydantic

# Fixed namespace so that every desktop derives the same id for the same natural key (sync G3).
ID_NAMESPACE = uuid.UUID("6f1b7c1e-3d2a-4c55-9a53-6d6967726164")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """A deterministic UUID for a record with a natural key, e.g. one answer per indicator."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


class Role(StrEnum):
    FOCAL_POINT = "focal_point"
    OFFICIAL = "official"
    REVIEWER = "reviewer"
    ADMIN = "admin"
    PARTNER = "partner"  # the technical partner (CIPPEC): the workshops and the report


# How the roles read in Spanish (server messages, the command line).
ROLE_NAMES: dict[str, str] = {
    Role.FOCAL_POINT: "punto focal",
    Role.OFFICIAL: "persona funcionaria",
    Role.REVIEWER: "revisor/a de la OIM",
    Role.ADMIN: "administración",
    Role.PARTNER: "socio técnico (CIPPEC)",
}


def role_name(role: str) -> str:
    """The Spanish name of a role (the role's own value when unknown)."""
    return ROLE_NAMES.get(role, role)


CITY_ROLES = frozenset({Role.FOCAL_POINT, Role.OFFICIAL})
IOM_ROLES = frozenset({Role.REVIEWER})
PARTNER_ROLES = frozenset({Role.PARTNER})
# Accounts that see every city (IOM's workspace): IOM's reviewers and admins, and the partner's.
WORKSPACE_ROLES = IOM_ROLES | PARTNER_ROLES | {Role.ADMIN}


class DomainError(KnownError, ValueError):
    """Bad input from a user, a file or the network, with a message that names the problem."""


@dataclasses.dataclass(kw_only=True)
class Record:
    """A syncable record of one city's file.

    Subclasses declare ``KIND`` (the name on the wire and of the table), ``WRITERS`` (roles
    allowed to create or change it) and ``LONG_TEXT`` (fields where concurrent edits become a
    conflict instead of last-writer-wins).
    """

    KIND: ClassVar[str]
    WRITERS: ClassVar[frozenset[Role]] = CITY_ROLES
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset()
    APPEND_ONLY: ClassVar[bool] = False

    city_id: str
    id: str = dataclasses.field(default_factory=new_id)

    def field_values(self) -> dict[str, Any]:
        """The record's own fields (everything but id and city_id), as Python values."""
        return {name: getattr(self, name) for name in field_names(type(self))}


R = TypeVar("R", bound=Record)
T = TypeVar("T")


def per_class(fn: Callable[[type[Record]], T]) -> Callable[[type[Record]], T]:
    """Cache a function of a record class (mypy rejects functools.cache: dataclass __hash__)."""
    results: dict[type[Record], T] = {}

    def cached(cls: type[Record]) -> T:
        if cls not in results:
            results[cls] = fn(cls)
        return results[cls]

    return cached


_KINDS: dict[str, type[Record]] = {}


def register(cls: type[R]) -> type[R]:
    """Class decorator adding a record type to the kind registry."""
    if cls.KIND in _KINDS:
        raise RuntimeError(f"record kind {cls.KIND!r} registered twice")
    _KINDS[cls.KIND] = cls
    return cls


def record_types() -> Iterator[type[Record]]:
    return iter(_KINDS.values())


def record_type(kind: str) -> type[Record]:
    try:
        return _KINDS[kind]
    except KeyError:
        raise DomainError(f"unknown record kind: {kind!r}") from None


def asks_before_restoring(cls: type[Record]) -> bool:
    """Whether an edit of a record someone deleted meanwhile is refused by the server (DELETED)
    and put to the user ("restore with my edits?"): city-written kinds that can be deleted.
    Other kinds are simply restored by an edit. One rule for both sides of sync."""
    return not cls.APPEND_ONLY and bool(cls.WRITERS & CITY_ROLES)


@per_class
def field_names(cls: type[Record]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("id", "city_id"))


@per_class
def _adapter(cls: type[Record]) -> pydantic.TypeAdapter[Any]:
    import pydantic

    return pydantic.TypeAdapter(cls)


def to_wire(record: Record) -> dict[str, Any]:
    """JSON-ready fields of a record (dates as ISO strings, enums as their values)."""
    data: dict[str, Any] = _adapter(type(record)).dump_python(record, mode="json")
    data.pop("id")
    data.pop("city_id")
    return data


def from_wire(kind: str, record_id: str, city_id: str, fields: dict[str, Any]) -> Record:
    """Build and validate a record from JSON fields; a clear DomainError on bad input."""
    import pydantic

    cls = record_type(kind)
    unknown = set(fields) - set(field_names(cls))
    if unknown:
        raise DomainError(f"{kind}: unknown fields {sorted(unknown)}")
    try:
        record: Record = _adapter(cls).validate_python(
            {**fields, "id": record_id, "city_id": city_id}
        )
    except pydantic.ValidationError as exc:
        problems = "; ".join(
            ": ".join(filter(None, (".".join(str(p) for p in err["loc"]), err["msg"])))
            for err in exc.errors()
        )
        raise DomainError(f"{kind} {record_id}: {problems}") from None
    return record


def wire_value(cls: type[Record], name: str, value: Any) -> Any:
    """One field's value in its JSON form."""
    adapter = _field_adapter(cls, name)
    return adapter.dump_python(value, mode="json")


def python_value(cls: type[Record], name: str, value: Any) -> Any:
    """One field's JSON value back as its Python type."""
    import pydantic

    try:
        return _field_adapter(cls, name).validate_python(value)
    except pydantic.ValidationError as exc:
        raise DomainError(f"{cls.KIND}.{name}: {exc.errors()[0]['msg']}") from None


def _field_adapter(cls: type[Record], name: str) -> pydantic.TypeAdapter[Any]:
    adapters = _field_adapters(cls)
    if name not in adapters:
        raise DomainError(f"{cls.KIND}: unknown field {name!r}")
    return adapters[name]


@per_class
def _field_adapters(cls: type[Record]) -> dict[str, pydantic.TypeAdapter[Any]]:
    import pydantic

    return {name: pydantic.TypeAdapter(hint) for name, hint in field_types(cls).items()}


@per_class
def field_types(cls: type[Record]) -> dict[str, Any]:
    import typing

    hints = typing.get_type_hints(cls)
    return {name: hints[name] for name in field_names(cls)}


def is_text_field(cls: type[Record], name: str) -> bool:
    """Whether a field holds free text (``str`` or ``str | None``): what two versions of can be
    combined by hand, where a date, a choice or a number is one version or the other."""
    import types
    import typing

    hint = field_types(cls).get(name)
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return str in options and all(o in (str, type(None)) for o in options)
