"""Roles and tenancy, decided in ONE place.

``decide`` says whether a role with its cities may read a city, write a kind of record in it, or
administer accounts. ``decide_record`` adds the rules that depend on a record's content (a city
only *sends* deliverables; a comment carries its author's real role). Which role writes which
kind, and those content rules, live in ``migradesk.domain.permissions``: the desktop's store
applies the same rule when it saves, so a refusal here means the account's role changed since
the desktop signed in, or a client other than MigraDesk. The FastAPI dependencies
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

from migradesk.domain import permissions
from migradesk.domain.base import (
    CITY_ROLES,
    IOM_ROLES,
    WORKSPACE_ROLES,
    DomainError,
    Record,
    Role,
    record_type,
)
from migradesk.server import auth, db, reasons
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
        return None if role is Role.ADMIN else reasons.ADMIN_ONLY
    if city_id is None:
        raise ValueError("reading or writing records needs a city")
    if role in CITY_ROLES:
        if city_id not in account_cities:
            return reasons.NO_CITY_ACCESS
    elif role not in WORKSPACE_ROLES:  # IOM's accounts and the partner's see every city
        return reasons.UNKNOWN_ROLE
    if access is Access.READ:
        return None
    if kind is None:  # may this role write anything at all in this city?
        return None if permissions.writes_anything(role) else permissions.role_cannot_write(role)
    try:
        cls = record_type(kind)
    except DomainError:
        return reasons.unknown_kind(kind)
    return permissions.kind_refusal(role, cls)


def decide_record(role: Actor, record: Record) -> str | None:
    """The rules that depend on what a record says (``permissions``, shared with the desktop)."""
    if role == SYSTEM:
        return None
    return permissions.content_refusal(role, record)


def visible(principal: Principal, city_ids: list[str]) -> list[str]:
    """The cities of ``city_ids`` that ``principal`` may read."""
    return [
        city_id
        for city_id in city_ids
        if decide(principal.role, principal.city_ids, Access.READ, city_id) is None
    ]


# FastAPI dependencies

BEARER_SCHEME = "HTTPBearer"  # the name under which the OpenAPI schema describes it
_bearer = HTTPBearer(
    scheme_name=BEARER_SCHEME,
    auto_error=False,
    description="The device token from /api/v1/auth/login",
)


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


_MISSING = "Falta la autenticación: inicie sesión en MigraDesk."


def _well_formed(token: str) -> str:
    if not token or len(token) > 200 or not token.isascii():
        raise unauthorized("La sesión no es válida: inicie sesión de nuevo.")
    return token


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The request's token, well-formed but not yet looked up (no I/O)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized(_MISSING)
    return _well_formed(credentials.credentials)


def token_in(authorization: str | None) -> str:
    """``bearer_token`` for a handler that reads its headers itself (the push, see sync_api)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise unauthorized(_MISSING)
    return _well_formed(token)


BearerToken = Annotated[str, Depends(bearer_token)]
_EXPIRED = "La sesión venció o fue cerrada: inicie sesión de nuevo."


def authenticate(
    conn: sa.Connection, context: ServerContext, token: str, now: datetime
) -> Principal:
    """The account of ``token``, looked up in the caller's write transaction (which also
    records the token's use, at most hourly); 401 if there is none. For a handler that writes
    anyway: its authentication costs no connection or transaction of its own."""
    found = auth.principal_for_token(conn, token, now)
    if found is None:
        raise unauthorized(_EXPIRED)
    principal, stale = found
    if stale and principal.token_id is not None:
        auth.touch_token(conn, principal.token_id, now, context.settings.token_lifetime)
    return principal


async def current_principal(context: Context, token: BearerToken) -> Principal:
    now = datetime.now(UTC)
    # On the event loop, not in a worker thread: one indexed read that never waits on a lock
    # (PostgreSQL MVCC, SQLite WAL) costs less than the thread hop it saves on every request.
    with db.read(context.engine) as conn:
        found = auth.principal_for_token(conn, token, now)
    if found is None:
        raise unauthorized(_EXPIRED)
    principal, stale = found
    if stale and principal.token_id is not None:  # a write may wait: in a thread
        await anyio.to_thread.run_sync(_touch, context, principal.token_id, now)
    return principal


def _touch(context: ServerContext, token_id: int, now: datetime) -> None:
    with db.write(context.engine) as conn:
        auth.touch_token(conn, token_id, now, context.settings.token_lifetime)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def refuse_unless(reason: str | None) -> None:
    if reason is not None:
        raise HTTPException(403, reason)


async def admin_principal(principal: CurrentPrincipal) -> Principal:
    refuse_unless(decide(principal.role, principal.city_ids, Access.ADMIN))
    return principal


AdminPrincipal = Annotated[Principal, Depends(admin_principal)]


async def iom_principal(principal: CurrentPrincipal) -> Principal:
    """An IOM account (reviewer or admin): the selection and the access requests are theirs."""
    if principal.role not in IOM_ROLES and principal.role is not Role.ADMIN:
        raise HTTPException(403, reasons.IOM_ONLY)
    return principal


IomPrincipal = Annotated[Principal, Depends(iom_principal)]


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
        raise HTTPException(404, reasons.no_such_city(city_id))
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
