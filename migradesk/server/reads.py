"""Reading a city's records: pull pages after a cursor, the summary, records of a kind."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import pydantic
import pydantic_core
import sqlalchemy as sa

from migradesk.domain.text import cleaned
from migradesk.server.db import cities, records
from migradesk.wire.protocol import PullResponse, RecordState, Summary, summary_digest

_COLUMNS = (
    records.c.kind,
    records.c.id,
    records.c.city_id,
    records.c.version,
    records.c.deleted,
    records.c.fields,
)


log = logging.getLogger("migradesk.server")
M = TypeVar("M", bound=pydantic.BaseModel)


def _states(rows: Iterable[Any], repair: bool = False) -> list[RecordState]:
    return [
        RecordState(
            kind=row.kind,
            id=row.id,
            city_id=row.city_id,
            version=row.version,
            deleted=row.deleted,
            fields=cleaned(row.fields) if repair else row.fields,
        )
        for row in rows
    ]


def servable_json(message: M, dump: Callable[[M], str] = lambda m: m.model_dump_json()) -> str:
    """The JSON of an answer built from stored data. Sync G11: reading stored data never fails
    a whole page. Text the push refuses today (a lone surrogate, NUL) may still sit in a row an
    older server stored, until the upgrade repairs it: then that text goes out repaired
    (``text.clean``) and every other record of the page as it is. The check is the encoding
    itself, so the usual answer costs nothing more."""
    try:
        return dump(message)
    except pydantic_core.PydanticSerializationError:
        log.warning("stored text that cannot be served was repaired in an answer")
        repaired = type(message).model_validate(cleaned(message.model_dump()))
        return dump(repaired)


def city_seq(conn: sa.Connection, city_id: str) -> int | None:
    return conn.execute(sa.select(cities.c.seq).where(cities.c.id == city_id)).scalar_one_or_none()


_PULL = (
    sa.select(*_COLUMNS)
    .where(records.c.city_id == sa.bindparam("city_id"), records.c.version > sa.bindparam("since"))
    .order_by(records.c.version)
    .limit(sa.bindparam("rows"))
)


def pull(conn: sa.Connection, city_id: str, since: int, limit: int) -> PullResponse:
    """Records changed after ``since``, in sequence order; ``cursor`` is the last one's version.

    A record changed twice appears once, at its latest version: the page holds full states.
    """
    rows = conn.execute(_PULL, {"city_id": city_id, "since": since, "rows": limit + 1}).all()
    page = rows[:limit]
    cursor = page[-1].version if page else since
    return PullResponse(changes=_states(page), cursor=cursor, has_more=len(rows) > limit)


def summary(conn: sa.Connection, city_id: str) -> Summary:
    rows = conn.execute(
        sa.select(records.c.id, records.c.version).where(records.c.city_id == city_id)
    ).all()
    pairs = [(row.id, row.version) for row in rows]
    return Summary(city_id=city_id, count=len(pairs), digest=summary_digest(pairs))


def of_kind(
    conn: sa.Connection, city_id: str, kind: str, *, with_deleted: bool = False
) -> list[RecordState]:
    query = sa.select(*_COLUMNS).where(records.c.city_id == city_id, records.c.kind == kind)
    if not with_deleted:
        query = query.where(records.c.deleted.is_(False))
    return _states(conn.execute(query.order_by(records.c.version)), repair=True)


def one(conn: sa.Connection, city_id: str, kind: str, record_id: str) -> RecordState | None:
    rows = conn.execute(
        sa.select(*_COLUMNS).where(
            records.c.city_id == city_id, records.c.kind == kind, records.c.id == record_id
        )
    )
    found = _states(rows, repair=True)
    return found[0] if found else None
