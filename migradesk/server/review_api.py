"""/api/v1/cities: the reviewers' side — comments, review states with their history, phase dates
and certification.

These are ordinary records (kinds comment, review_event, phase_date, certification) written
through the push engine, so they get sequence numbers like any push and reach every desktop of
the city through the same pull. An ``Idempotency-Key`` header makes a POST/PUT safe to retry.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException
from pydantic import BaseModel, ConfigDict, Field

from migradesk.domain.base import (
    DomainError,
    Record,
    derived_id,
    record_type,
    to_wire,
)
from migradesk.domain.process.reviews import Stage, review
from migradesk.domain.report import Attendee, ReportVersion
from migradesk.domain.review import (
    Certification,
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
)
from migradesk.server import cities, city_activity, city_files, db, policy, push, reads, reasons
from migradesk.server.auth import Principal
from migradesk.server.context import Context
from migradesk.server.policy import CurrentPrincipal, ReadableCityPath
from migradesk.wire.protocol import (
    API_PREFIX,
    CityListing,
    ErrorResponse,
    Mutation,
    Op,
    RecordState,
)

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 409, 413, 422)
}
router = APIRouter(prefix=f"{API_PREFIX}/cities", tags=["review"], responses=ERRORS)

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        pattern=r"^[A-Za-z0-9._:-]{1,64}$",
        description="Retrying with the same key applies the request once",
    ),
]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CommentIn(Input):
    anchor_kind: str = Field(min_length=1, max_length=40)
    anchor_id: str = Field(min_length=1, max_length=64)
    body: str = Field(min_length=1, max_length=20_000)
    reply_to: str | None = Field(default=None, max_length=64)


class ReviewIn(Input):
    deliverable: Deliverable
    state: ReviewState
    note: str = Field(default="", max_length=20_000)


class PhaseDateIn(Input):
    on: date


class InviteeIn(Input):
    name: str = Field(min_length=1, max_length=200)
    organisation: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=200)


class CertificationIn(Input):
    certified_on: date | None = None
    ceremony_place: str = Field(default="", max_length=500)
    note: str = Field(default="", max_length=20_000)
    invitees: list[InviteeIn] = Field(default_factory=list, max_length=500)


class ReviewOverview(BaseModel):
    states: dict[str, ReviewState | None]  # deliverable → its latest event, in server order
    stages: dict[str, Stage]  # deliverable → its stage in the process (borrador … aprobado)
    history: list[RecordState]  # every review event, in the server's order


def _write(
    context: Context,
    principal: Principal,
    city_id: str,
    record: Record,
    key: str | None,
) -> RecordState:
    """Write one record through the push engine; 403/422 when the policy or domain refuses."""
    now = datetime.now(UTC)
    writer = push.Writer(principal.role, principal.city_ids, principal.username)
    client_id = f"api:{principal.user_id}"
    with db.write(context.engine) as conn:
        current = reads.one(conn, city_id, record.KIND, record.id)
        wanted = to_wire(record)
        old = current.fields if current is not None else {}
        mutation = Mutation(
            # A key names one request: reused for another record, it is another mutation.
            mutation_id=derived_id("api", record.KIND, record.id, key)
            if key
            else str(uuid.uuid4()),
            kind=record.KIND,
            record_id=record.id,
            op=Op.UPSERT,
            changes={name: (old.get(name), value) for name, value in wanted.items()},
            base_version=current.version if current is not None else 0,
        )
        try:
            [outcome] = push.apply_mutations(conn, writer, city_id, client_id, [mutation], now)
        except push.PushRefused as exc:
            raise HTTPException(exc.status, exc.detail) from None
        result = outcome.result
        if result.error is not None:
            status = 403 if outcome.forbidden else 409 if outcome.out_of_turn else 422
            raise HTTPException(status, result.error)
        state = reads.one(conn, city_id, record.KIND, record.id)
    if state is None:  # cannot happen: an applied mutation leaves its record
        raise HTTPException(409, "El registro no se guardó; intente de nuevo.")
    return state


def _record_id(principal: Principal, key: str | None) -> str:
    """A new record's id; the same for a retry with the same Idempotency-Key."""
    if key is None:
        return str(uuid.uuid4())
    return derived_id("api", str(principal.user_id), key)


@router.get("", response_model=list[CityListing])
def list_cities(context: Context, principal: CurrentPrincipal) -> list[CityListing]:
    """The cities this account may read (a city account: its own; IOM: all)."""
    with db.read(context.engine) as conn:
        found = cities.list_cities(conn)
        allowed = set(policy.visible(principal, [city.id for city in found]))
        seen = city_activity.last_seen(conn, allowed)
    return [
        CityListing(
            id=c.id,
            name=c.name,
            province=c.province,
            indec_code=c.indec_code,
            seq=c.seq,
            last_seen_at=seen.get(c.id),
        )
        for c in found
        if c.id in allowed
    ]


@router.get("/{city_id}/comments", response_model=list[RecordState])
def list_comments(
    scope: ReadableCityPath,
    context: Context,
    anchor_kind: str | None = None,
    anchor_id: str | None = None,
) -> list[RecordState]:
    """Comments of the city, optionally only those anchored to one record."""
    with db.read(context.engine) as conn:
        found = reads.of_kind(conn, scope.city_id, Comment.KIND)
    return [
        state
        for state in found
        if (anchor_kind is None or state.fields.get("anchor_kind") == anchor_kind)
        and (anchor_id is None or state.fields.get("anchor_id") == anchor_id)
    ]


@router.post("/{city_id}/comments", response_model=RecordState, status_code=201)
def add_comment(
    scope: ReadableCityPath, body: CommentIn, context: Context, key: IdempotencyKey = None
) -> RecordState:
    """A comment anchored to a record of the city (append-only)."""
    try:
        anchor_cls = record_type(body.anchor_kind)
    except DomainError:
        raise HTTPException(422, reasons.unknown_kind(body.anchor_kind)) from None
    with db.read(context.engine) as conn:
        anchor = reads.one(conn, scope.city_id, anchor_cls.KIND, body.anchor_id)
    if anchor is None or anchor.deleted:
        raise HTTPException(
            404,
            f"No existe el registro «{body.anchor_id}» ({body.anchor_kind}) en esta ciudad.",
        )
    principal = scope.principal
    comment = Comment(
        id=_record_id(principal, key),
        city_id=scope.city_id,
        anchor_kind=anchor_cls.KIND,
        anchor_id=body.anchor_id,
        author=principal.username,
        author_role=principal.role,
        body=body.body,
        created_at=datetime.now(UTC),
        reply_to=body.reply_to,
    )
    return _write(context, principal, scope.city_id, comment, key)


@router.get("/{city_id}/reviews", response_model=ReviewOverview)
def review_history(scope: ReadableCityPath, context: Context) -> ReviewOverview:
    """Each deliverable's current review state — its latest event in the server's order, never
    the writers' clocks (sync G8) — its stage as the process reads it, and the full history of
    review events in the server's order."""
    with db.read(context.engine) as conn:
        history = reads.of_kind(conn, scope.city_id, ReviewEvent.KIND)
        file = city_files.load(conn, scope.city_id, (ReviewEvent, ReportVersion))
    reviews = {d: review(file, d) for d in Deliverable}
    return ReviewOverview(
        states={d.value: r.latest.state if r.latest else None for d, r in reviews.items()},
        stages={d.value: r.stage for d, r in reviews.items()},
        history=history,
    )


@router.post("/{city_id}/reviews", response_model=RecordState, status_code=201)
def add_review_event(
    scope: ReadableCityPath, body: ReviewIn, context: Context, key: IdempotencyKey = None
) -> RecordState:
    """A step of a deliverable's review: received, has issues, approved (reviewers), or sent
    (the city)."""
    principal = scope.principal
    event = ReviewEvent(
        id=_record_id(principal, key),
        city_id=scope.city_id,
        deliverable=body.deliverable,
        state=body.state,
        at=datetime.now(UTC),
        by=principal.username,
        note=body.note,
    )
    return _write(context, principal, scope.city_id, event, key)


@router.get("/{city_id}/phase-dates", response_model=list[RecordState])
def list_phase_dates(scope: ReadableCityPath, context: Context) -> list[RecordState]:
    with db.read(context.engine) as conn:
        return reads.of_kind(conn, scope.city_id, PhaseDate.KIND)


@router.put("/{city_id}/phase-dates/{milestone}", response_model=RecordState)
def set_phase_date(
    scope: ReadableCityPath,
    milestone: Milestone,
    body: PhaseDateIn,
    context: Context,
    key: IdempotencyKey = None,
) -> RecordState:
    """The date a step of the process starts for this city (reviewers)."""
    record = PhaseDate(
        id=PhaseDate.id_for(scope.city_id, milestone),
        city_id=scope.city_id,
        milestone=milestone,
        on=body.on,
    )
    return _write(context, scope.principal, scope.city_id, record, key)


@router.get(
    "/{city_id}/certification",
    response_model=RecordState,
    responses={404: {"model": ErrorResponse}},
)
def get_certification(scope: ReadableCityPath, context: Context) -> RecordState:
    with db.read(context.engine) as conn:
        state = reads.one(
            conn, scope.city_id, Certification.KIND, Certification.id_for(scope.city_id)
        )
    if state is None or state.deleted:
        raise HTTPException(404, "Esta ciudad todavía no tiene certificación.")
    return state


@router.put("/{city_id}/certification", response_model=RecordState)
def set_certification(
    scope: ReadableCityPath, body: CertificationIn, context: Context, key: IdempotencyKey = None
) -> RecordState:
    """IOM's certification of the city (reviewers)."""
    record = Certification(
        id=Certification.id_for(scope.city_id),
        city_id=scope.city_id,
        certified_on=body.certified_on,
        ceremony_place=body.ceremony_place,
        note=body.note,
        invitees=[Attendee(i.name, i.organisation, i.role) for i in body.invitees],
    )
    return _write(context, scope.principal, scope.city_id, record, key)
