"""The demo's data files (``resources/demo/*.toml``) and their two conventions.

- **Days** are relative to the day the demo is written, so that it always looks current. A day is
  an integer, days from today (``-95``: 95 days ago, ``45``: in 45 days), or the name of a step of
  ``timeline.toml``, optionally moved by whole days: ``"plan_sent"``, ``"plan_sent + 3"`` (three
  days later), ``"report_v1_sent - 2"``. A moment (a field holding a date and a time) is an
  inline table ``{ day = "report_v1_sent", time = "16:40" }`` (UTC).
- **Years** in any text are written ``{y3}`` (three years before today's year), ``{y0}`` this
  year; a year field takes the same form (``since_year = "{y4}"``). A literal brace is ``{{``.

Every other field is named as the record's field in ``migradesk.domain`` and validated as one
(``base.from_wire``): a misspelt field, a wrong type, an unknown step or placeholder stops the
build with a ``DemoDataError`` naming the file and the place in it.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from migradesk.assets import resource
from migradesk.domain.base import DomainError, R, field_types, from_wire

YEARS = 15  # {y0} … {y14}
_DAY = re.compile(r"^\s*([a-z][a-z0-9_]*)\s*(?:([+-])\s*(\d+))?\s*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

Table = Mapping[str, Any]


class DemoDataError(DomainError):
    """A demo data file that cannot be built: which file, where in it, and what is wrong."""


@cache
def load(name: str) -> dict[str, Any]:
    """``resources/demo/<name>.toml`` as a table."""
    path = resource("demo", f"{name}.toml")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise DemoDataError(f"No se pudo leer {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise DemoDataError(f"{path} no es TOML válido: {exc}") from None


def where(file: str, *parts: str | int) -> str:
    """A place in a data file for error messages: ``plan.toml: areas[2].objectives[0]``."""
    place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts).lstrip(".")
    return f"resources/demo/{file}.toml" + (f": {place}" if place else "")


@dataclasses.dataclass(frozen=True)
class Clock:
    """Resolves the data's days, moments and years for a given ``today``."""

    today: date
    timeline: Mapping[str, int]  # step → days from today

    def day(self, value: object, at: str) -> date:
        if isinstance(value, int) and not isinstance(value, bool):
            return self.today + timedelta(days=value)
        found = _DAY.match(value) if isinstance(value, str) else None
        if found is None:
            raise DemoDataError(
                f"{at}: {value!r} no es un día (días desde hoy, o un paso de timeline.toml "
                'con un "+ N" o "- N" opcional)'
            )
        name, sign, count = found.groups()
        if name not in self.timeline:
            raise DemoDataError(
                f"{at}: paso desconocido {name!r}; timeline.toml tiene {', '.join(self.timeline)}"
            )
        shift = int(count or 0) * (-1 if sign == "-" else 1)
        return self.today + timedelta(days=self.timeline[name] + shift)

    def moment(self, value: object, at: str) -> datetime:
        if not isinstance(value, Mapping) or set(value) != {"day", "time"}:
            raise DemoDataError(f'{at}: un momento es {{ day = …, time = "HH:MM" }}, no {value!r}')
        clock = _TIME.match(str(value["time"]))
        if clock is None:
            raise DemoDataError(f"{at}: la hora {value['time']!r} no es HH:MM")
        hour, minute = int(clock.group(1)), int(clock.group(2))
        return datetime.combine(self.day(value["day"], at), time(hour, minute), tzinfo=UTC)

    def text(self, value: str, at: str) -> str:
        years = {f"y{n}": self.today.year - n for n in range(YEARS)}
        try:
            return value.format_map(years)
        except (KeyError, ValueError, IndexError, AttributeError) as exc:
            raise DemoDataError(
                f"{at}: {exc!s} en {value[:60]!r}…: los años se escriben {{y0}} a "
                f"{{y{YEARS - 1}}}, una llave literal {{{{"
            ) from None

    def texts(self, value: Any, at: str) -> Any:
        """Every string inside ``value`` (tables and lists too) with its years filled in."""
        if isinstance(value, str):
            return self.text(value, at)
        if isinstance(value, Mapping):
            return {k: self.texts(v, f"{at}.{k}") for k, v in value.items()}
        if isinstance(value, list):
            return [self.texts(v, f"{at}[{n}]") for n, v in enumerate(value)]
        return value


def _is(hint: Any, kind: type) -> bool:
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return kind in options


def record(cls: type[R], record_id: str, city_id: str, fields: Table, clock: Clock, at: str) -> R:
    """A record of ``cls`` from a data table named as its fields: days, moments and years
    resolved, then validated as the record (a ``DemoDataError`` names the place)."""
    hints = field_types(cls)
    unknown = set(fields) - set(hints)
    if unknown:
        raise DemoDataError(
            f"{at}: campos desconocidos {sorted(unknown)} ({cls.__name__} tiene {', '.join(hints)})"
        )
    values = clock.texts(dict(fields), at)
    for name, value in values.items():
        hint = hints[name]
        if _is(hint, datetime):
            values[name] = clock.moment(value, f"{at}.{name}")
        elif _is(hint, date) and value is not None:
            values[name] = clock.day(value, f"{at}.{name}")
    try:
        return typing.cast(R, from_wire(cls.KIND, record_id, city_id, values))
    except DomainError as exc:
        raise DemoDataError(f"{at}: dato no válido: {exc}") from None
