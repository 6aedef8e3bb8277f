"""/api/v1/auth: log in (a device token), who am I, log out; and the unauthenticated /healthz."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel

from migradesk.server import auth, db
from migradesk.server.context import Context
from migradesk.server.policy import CurrentPrincipal
from migradesk.wire.protocol import (
    API_PREFIX,
    HEALTH_PATH,
    LOGIN_PATH,
    Account,
    ErrorResponse,
    LoginRequest,
    LoginResponse,
)

router = APIRouter(tags=["auth"])


class Health(BaseModel):
    status: str


@router.get(HEALTH_PATH, response_model=Health)
def health(context: Context) -> Health:
    """Unauthenticated: the server runs and reaches its database."""
    with db.read(context.engine) as conn:
        conn.execute(sa.text("SELECT 1"))
    return Health(status="ok")


@router.post(
    LOGIN_PATH,
    response_model=LoginResponse,
    responses={status: {"model": ErrorResponse} for status in (401, 422, 429)},
)
def login(body: LoginRequest, request: Request, context: Context) -> LoginResponse:
    """Exchange a username and password for a device token (rate-limited per account and
    per address: 429 with Retry-After)."""
    address = request.client.host if request.client else "unknown"
    try:
        result = auth.login(
            context.engine,
            context.passwords,
            context.settings,
            username=body.username,
            password=body.password,
            address=address,
            device_name=body.device_name,
            now=datetime.now(UTC),
        )
    except auth.LoginRefused as exc:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        if exc.status == 401:
            headers = {"WWW-Authenticate": "Bearer"}
        raise HTTPException(exc.status, exc.detail, headers=headers) from None
    return LoginResponse(
        token=result.token,
        expires_at=result.expires_at.isoformat(),
        account=_account(result.principal),
    )


def _account(principal: auth.Principal) -> Account:
    return Account(
        username=principal.username,
        role=principal.role.value,
        city_ids=sorted(principal.city_ids),
    )


@router.get(
    f"{API_PREFIX}/auth/me", response_model=Account, responses={401: {"model": ErrorResponse}}
)
async def me(principal: CurrentPrincipal) -> Account:
    """The account behind the token."""
    return _account(principal)


@router.post(
    f"{API_PREFIX}/auth/logout", status_code=204, responses={401: {"model": ErrorResponse}}
)
def logout(principal: CurrentPrincipal, context: Context) -> Response:
    """Revoke the token of this request."""
    if principal.token_id is not None:
        with db.write(context.engine) as conn:
            auth.revoke_token(conn, principal.token_id, datetime.now(UTC))
    return Response(status_code=204)
