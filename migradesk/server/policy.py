"""Roles and tenancy, decided in ONE place.

``decide`` says whether a role with its cities may read a city, write a kind of record in it, or
administer accounts. ``decide_record`` adds the rules that depend on a record's content (a city
only *sends* deliverables; a comment carries its author's real role). The FastAPI dependencies
below resolve the account from its bearer token and apply ``decide``; routes declare them and
never test roles themselves. The push engine calls the same two functions per mutation.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Final, Literal

import anyio.to_thread
import sqlalchemy as sa
from fastapi import Depends, HTTPException, Path, Query
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from migradesk.domain.base import CITY_ROLES, IOM_ROLES, DomainError, Record, Role, record_type
from migradesk.domain.kinds import record_types
from migradesk.domain.review import Comment, ReviewEvent
from migradesk.server import auth, db
from migradesk.server.auth import Principal
from migradesk.server.context import Context, ServerContext

SYSTEM: Final = "system"  # the server's own loaders (CLI add-city, demo): not an account
Actor = Role | Literal["system"]

CITY_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"


class Access(StrEnum):
    READ = "read"  # a city's records, review data, summary
    WRITE = "write"  # create or change a city's records (of a kind, if given)
    ADMIN = "admin"  # accounts and cities


def decide(
    role: Actor,
    account_cities: frozenset[str],
    access: Access,
    city_id: str | None = None,
    kind: str | None = None,
) -> str | None:
    """None if allowed, otherwise the reason (for the user) it is not."""
    if role == SYSTEM:
        return None
    if access is Access.ADMIN:
        return None if role is Role.ADMIN else "only administrators manage accounts and cities"
    if city_id is None:
        raise ValueError("reading or writing records needs a city")
    if role in CITY_ROLES:
        if city_id not in account_cities:
            return "this account has no access to that city"
    elif role not in IOM_ROLES and role is not Role.ADMIN:
        return f"unknown role {role!r}"
    if access is Access.READ:
        return None
    if kind is None:  # may this role write anything at all in this city?
        if any(role in cls.WRITERS for cls in record_types()):
            return None
        return f"the {role} role cannot change a city's records"
    try:
        cls = record_type(kind)
    except DomainError as exc:
        return str(exc)
    if role not in cls.WRITERS:
        return f"the {role} role cannot write {kind} records"
    return None


def decide_record(role: Actor, record: Record) -> str | None:
    """The rules that depend on what a record says."""
    if role == SYSTEM:
        return None
    if isinstance(record, ReviewEvent) and not record.allowed_for(role):
        if role in CITY_ROLES:
            return "a city may only send a deliverable for review (state 'enviado')"
        return "reviewers answer a review; only the city sends it ('enviado')"
    if isinstance(record, Comment) and record.author_role != role:
        return f"a comment's author_role must be the author's own role ({role})"
    return None


def visible(principal: Principal, city_ids: list[str]) -> list[str]:
    """The cities of ``city_ids`` that ``principal`` may read."""
    return [
        city_id
        for city_id in city_ids
        if decide(principal.role, principal.city_ids, Access.READ, city_id) is None
    ]


# FastAPI dependencies

_bearer = HTTPBearer(auto_error=False, description="The device token from /api/v1/auth/login")


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


async def current_principal(
    context: Context,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized("Authentication required: send 'Authorization: Bearer <token>'.")
    token = credentials.credentials
    if not token or len(token) > 200 or not token.isascii():
        raise unauthorized("Invalid token.")
    now = datetime.now(UTC)
    # On the event loop, not in a worker thread: one indexed read that never waits on a lock
    # (PostgreSQL MVCC, SQLite WAL) costs less than the thread hop it saves on every request.
    with db.read(context.engine) as conn:
        found = auth.principal_for_token(conn, token, now)
    if found is None:
        raise unauthorized("Invalid, expired or revoked token: log in again.")
    principal, stale = found
    if stale and principal.token_id is not None:  # a write may wait: in a thread
        await anyio.to_thread.run_sync(_touch, context, principal.token_id, now)
    return principal


def _touch(context: ServerContext, token_id: int, now: datetime) -> None:
    with db.write(context.engine) as conn:
        auth.touch_token(conn, token_id, now)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def refuse_unless(reason: str | None) -> None:
    if reason is not None:
        raise HTTPException(403, reason)


async def admin_principal(principal: CurrentPrincipal) -> Principal:
    refuse_unless(decide(principal.role, principal.city_ids, Access.ADMIN))
    return principal


AdminPrincipal = Annotated[Principal, Depends(admin_principal)]


@dataclasses.dataclass(frozen=True)
class CityScope:
    """A city the request's account may read (checked), and that account."""

    principal: Principal
    city_id: str


def _city_scope(context: Context, principal: Principal, city_id: str) -> CityScope:
    # Access first, existence second: a city account learns nothing about other cities.
    # (Called on the event loop, like current_principal: at most one indexed read.)
    refuse_unless(decide(principal.role, principal.city_ids, Access.READ, city_id))
    if city_id in principal.city_ids:  # an account's cities exist (foreign key): no query
        return CityScope(principal, city_id)
    with db.read(context.engine) as conn:
        found = conn.execute(sa.select(db.cities.c.id).where(db.cities.c.id == city_id)).first()
    if found is None:
        raise HTTPException(404, f"no city with id {city_id!r}")
    return CityScope(principal, city_id)


async def city_in_query(
    context: Context,
    principal: CurrentPrincipal,
    city_id: Annotated[str, Query(pattern=CITY_ID_PATTERN, description="The city's id")],
) -> CityScope:
    return _city_scope(context, principal, city_id)


async def city_in_path(
    context: Context,
    principal: CurrentPrincipal,
    city_id: Annotated[str, Path(pattern=CITY_ID_PATTERN, description="The city's id")],
) -> CityScope:
    return _city_scope(context, principal, city_id)


ReadableCityQuery = Annotated[CityScope, Depends(city_in_query)]
ReadableCityPath = Annotated[CityScope, Depends(city_in_path)]
