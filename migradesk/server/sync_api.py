"""/api/v1/sync: push a batch of mutations, pull changes after a cursor, the city summary."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from migradesk.domain.text import text_problem
from migradesk.server import db, push, reads
from migradesk.server.context import Context, ServerContext
from migradesk.server.http import protocol_refusal
from migradesk.server.policy import (
    BEARER_SCHEME,
    CITY_ID_PATTERN,
    Access,
    ReadableCityQuery,
    authenticate,
    decide,
    token_in,
)
from migradesk.wire.protocol import (
    DEFAULT_PAGE,
    MAX_CURSOR,
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

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 413, 422, 426)
}

router = APIRouter(tags=["sync"], responses=ERRORS)

_CITY_ID = re.compile(CITY_ID_PATTERN)


def _json(message: BaseModel) -> Response:
    """The hot path's answers, serialised once (FastAPI would validate them again first)."""
    return Response(reads.servable_json(message), media_type="application/json")


Since = Annotated[int, Query(ge=0, le=MAX_CURSOR, description="the last cursor received")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="records per page")]


class PushQuery(BaseModel):
    """The push's query parameters, which push_changes reads itself (see there)."""

    model_config = ConfigDict(extra="ignore")

    pull_since: int | None = Field(
        None,
        ge=0,
        le=MAX_CURSOR,
        description="also pull: the city's changes after this cursor, this batch's included, "
        "come back in the answer's `pull` (an incremental sync in one request)",
    )
    pull_limit: int = Field(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description="records per page")

    @classmethod
    def of(cls, request: Request) -> PushQuery:
        """Validated as FastAPI would (a 422 naming the parameter), or RequestValidationError."""
        try:
            return cls.model_validate(dict(request.query_params))
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            raise RequestValidationError(
                [{**error, "loc": ("query", *error["loc"])} for error in errors]
            ) from None

    @classmethod
    def openapi(cls) -> list[dict[str, Any]]:
        """The parameters as FastAPI documents declared ones."""
        schema = cls.model_json_schema()
        return [
            {
                "name": name,
                "in": "query",
                "required": name in schema.get("required", ()),
                "schema": field,
                "description": field["description"],
            }
            for name, field in schema["properties"].items()
        ]


_PUSH_DOCS: dict[str, Any] = {
    "parameters": PushQuery.openapi(),
    "security": [{BEARER_SCHEME: []}],
}


@router.post(PUSH_PATH, response_model=PushResponse, openapi_extra=_PUSH_DOCS)
def push_changes(body: PushRequest, request: Request) -> Response:
    """Apply a batch of mutations in one transaction; one result per mutation, stored so that
    a retry of the same (client_id, mutation_id) gets the same answer and applies nothing.

    With ``pull_since``, the answer also holds the page of the city's changes after that cursor,
    this batch's included (a retried batch gets its stored results and a fresh page).
    """
    # The hot path of every sync: only the body goes through FastAPI's dependency injection;
    # the token and the query are read here, which halves the framework's CPU per request
    # (bench/server_sync.py). The route's documentation says what it reads (_PUSH_DOCS).
    token = token_in(request.headers.get("authorization"))
    query = PushQuery.of(request)
    context: ServerContext = request.app.state.migradesk
    now = datetime.now(UTC)

    def writer_of(conn: sa.Connection) -> push.Writer:
        # In the push's own transaction: the token costs no connection or round trip more.
        principal = authenticate(conn, context, token, now)
        refusal = protocol_refusal(body.protocol)
        if refusal is not None:
            raise HTTPException(*refusal)
        if not _CITY_ID.match(body.city_id):
            raise HTTPException(422, f"Solicitud no válida: «{body.city_id}» no es una ciudad.")
        ids = [body.client_id, *(m.mutation_id for m in body.mutations)]
        if any(text_problem(value) for value in ids):  # they key the stored answers (G11)
            raise HTTPException(
                422,
                "Solicitud no válida: un identificador contiene un carácter que no se puede "
                "guardar (nulo o inválido).",
            )
        if query.pull_since is not None:  # refused before anything is applied, not after
            cannot_read = decide(principal.role, principal.city_ids, Access.READ, body.city_id)
            if cannot_read is not None:
                raise HTTPException(403, cannot_read)
        return push.Writer(principal.role, principal.city_ids, principal.username)

    with context.engine.connect() as conn:
        try:
            pushed = push.push_on(
                conn,
                writer_of,
                body.city_id,
                body.client_id,
                body.mutations,
                now,
                pull_since=query.pull_since,
                pull_limit=query.pull_limit,
            )
        except push.PushRefused as exc:
            raise HTTPException(exc.status, exc.detail) from None
    answer = PushResponse(results=[outcome.result for outcome in pushed.outcomes], pull=pushed.page)
    return Response(reads.servable_json(answer, PushResponse.wire), media_type="application/json")


@router.get(PULL_PATH, response_model=PullResponse)
async def pull_changes(
    scope: ReadableCityQuery,
    context: Context,
    since: Since = 0,
    limit: Limit = DEFAULT_PAGE,
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
