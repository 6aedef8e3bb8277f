"""/api/v1/sync: push a batch of mutations, pull changes after a cursor, the city summary."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import BaseModel

from migradesk.server import db, push, reads
from migradesk.server.context import Context
from migradesk.server.http import protocol_refusal
from migradesk.server.policy import CITY_ID_PATTERN, CurrentPrincipal, ReadableCityQuery
from migradesk.sync.protocol import (
    DEFAULT_PAGE,
    MAX_PAGE,
    PULL_PATH,
    PUSH_PATH,
    SUMMARY_PATH,
    ErrorResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    Summary,
)

MAX_CURSOR = 2**62  # sequence numbers are BIGINT
ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 413, 422, 426)
}

router = APIRouter(tags=["sync"], responses=ERRORS)

_CITY_ID = re.compile(CITY_ID_PATTERN)


def _json(message: BaseModel) -> Response:
    """The hot path's answers, serialised once (FastAPI would validate them again first)."""
    return Response(message.model_dump_json(), media_type="application/json")


@router.post(PUSH_PATH, response_model=PushResponse)
def push_changes(body: PushRequest, context: Context, principal: CurrentPrincipal) -> Response:
    """Apply a batch of mutations in one transaction; one result per mutation, stored so that
    a retry of the same (client_id, mutation_id) gets the same answer and applies nothing."""
    refusal = protocol_refusal(body.protocol)
    if refusal is not None:
        raise HTTPException(*refusal)
    if not _CITY_ID.match(body.city_id):
        raise HTTPException(422, f"Solicitud no válida: «{body.city_id}» no es una ciudad.")
    ids = [body.client_id, *(m.mutation_id for m in body.mutations)]
    if any("\x00" in value for value in ids):
        raise HTTPException(422, "Solicitud no válida: un identificador contiene un carácter nulo.")
    writer = push.Writer(principal.role, principal.city_ids, principal.username)
    try:
        outcomes = push.push(
            context.engine,
            writer,
            body.city_id,
            body.client_id,
            body.mutations,
            datetime.now(UTC),
        )
    except push.PushRefused as exc:
        raise HTTPException(exc.status, exc.detail) from None
    return _json(PushResponse(results=[outcome.result for outcome in outcomes]))


@router.get(PULL_PATH, response_model=PullResponse)
async def pull_changes(
    scope: ReadableCityQuery,
    context: Context,
    since: Annotated[int, Query(ge=0, le=MAX_CURSOR, description="the last cursor received")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="records per page")] = DEFAULT_PAGE,
) -> Response:
    """The city's records changed after ``since``, in sequence order, one page at a time."""
    # async: runs on the event loop. A pull is one indexed read that never waits on a lock
    # (MVCC, WAL); a worker-thread hop would cost more CPU than the query (bench/server_sync.py).
    with db.read(context.engine) as conn:
        page = reads.pull(conn, scope.city_id, since, limit)
    return _json(page)


@router.get(SUMMARY_PATH, response_model=Summary)
def city_summary(scope: ReadableCityQuery, context: Context) -> Summary:
    """Count and digest of (id, version) over all the city's records, deleted ones included."""
    with db.read(context.engine) as conn:
        return reads.summary(conn, scope.city_id)
