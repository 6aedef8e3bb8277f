"""Column types for values SQLite has no native type for."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import pydantic
import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class UtcDateTime(sa.TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC, so that it sorts and round-trips."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; use an aware datetime")
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class TypedJson(sa.TypeDecorator[Any]):
    """A JSON column whose Python value has a type pydantic knows (lists, dicts, dataclasses)."""

    impl = sa.JSON
    cache_ok = True

    def __init__(self, python_type: Any) -> None:
        super().__init__()
        self.value_type = python_type
        self._adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(python_type)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else self._adapter.dump_python(value, mode="json")

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else self._adapter.validate_python(value)


class StrEnumType(sa.TypeDecorator[StrEnum]):
    """A StrEnum stored as its value; new members need no migration."""

    impl = sa.String(40)
    cache_ok = True

    def __init__(self, enum: type[StrEnum]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: StrEnum | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum(value)
