"""Access requests: how a city that is not yet in the programme gets its account.

The city fills in its application in MigraDesk (no account needed) and, while a campaign is
open, sends it with the account it asks for (username and password, hashed here at once). The
request is unauthenticated and rate-limited per client address; its answer says nothing about
other cities or accounts besides whether the username is free. An IOM admin reads the
application and approves (the city and its focal point's account are created, the application
is recorded for the campaign) or rejects it with a reason; the desktop polls the request's state
with the secret it got when sending (only its SHA-256 is kept). The design:
``migradesk/server/SELECTION.md``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import secrets
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from migradesk.domain.base import DomainError, Role, derived_id
from migradesk.domain.review import Deliverable, Milestone, PhaseDate, ReviewEvent, ReviewState
from migradesk.domain.selection_applications import SentApplication, parse_snapshot
from migradesk.server import accounts, campaigns, cities, db
from migradesk.server.accounts import AccountError
from migradesk.server.db import access_requests, users
from migradesk.server.settings import Settings
from migradesk.wire.access_protocol import RequestState

CLAIM_BYTES = 32


class RateLimited(AccountError):
    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail, 429)
        self.retry_after = retry_after


@dataclasses.dataclass(frozen=True)
class Submitted:
    id: str
    claim: str  # the secret the desktop keeps to ask for the request's state


@dataclasses.dataclass(frozen=True)
class RequestInfo:
    id: str
    campaign_id: str
    city_id: str
    city_name: str
    province: str
    indec_code: str
    username: str
    contact: dict[str, Any]
    received_at: datetime
    state: RequestState
    decided_at: datetime | None
    decided_by: str
    reason: str
    snapshot: dict[str, Any]


def _hash(claim: str) -> str:
    return hashlib.sha256(claim.encode("utf-8", "surrogatepass")).hexdigest()


def check_rate(conn: sa.Connection, settings: Settings, address: str, now: datetime) -> None:
    """At most ``max_access_requests_per_address`` per window and address (429 past it)."""
    since = now - settings.access_request_window
    rows = conn.execute(
        sa.select(access_requests.c.received_at)
        .where(access_requests.c.address == address, access_requests.c.received_at > since)
        .order_by(access_requests.c.received_at.desc())
        .limit(settings.max_access_requests_per_address)
    ).all()
    if len(rows) >= settings.max_access_requests_per_address:
        oldest = rows[-1].received_at
        wait = max(1, math.ceil((oldest + settings.access_request_window - now).total_seconds()))
        raise RateLimited(
            "Demasiadas solicitudes de acceso desde esta dirección; vuelva a intentar en "
            f"{math.ceil(wait / 60)} min.",
            wait,
        )


def username_free(conn: sa.Connection, username: str) -> bool:
    taken = conn.execute(sa.select(users.c.id).where(users.c.username == username)).first()
    waiting = conn.execute(
        sa.select(access_requests.c.id).where(
            access_requests.c.username == username,
            access_requests.c.state == RequestState.PENDING.value,
        )
    ).first()
    return taken is None and waiting is None


def prepare(
    snapshot: Any, username: str, password: str, settings: Settings
) -> tuple[SentApplication, str]:
    """Check what needs no database: the application, the username, the password."""
    try:
        sent = parse_snapshot(snapshot)
    except DomainError as exc:
        raise AccountError(campaigns.sentence(str(exc))) from None
    missing = sent.missing()
    if missing:
        raise AccountError("A la inscripción le falta: " + "; ".join(missing) + ".")
    name = accounts.check_username(username)
    accounts.check_password(settings, password)
    return sent, name


def submit(
    conn: sa.Connection,
    settings: Settings,
    *,
    campaign_id: str,
    sent: SentApplication,
    username: str,
    password_hash: str,
    contact: dict[str, str],
    address: str,
    now: datetime,
) -> Submitted:
    """Record a request (the caller hashed the password outside the transaction)."""
    check_rate(conn, settings, address, now)
    campaign = campaigns.get_campaign(conn, campaign_id)
    if not campaign.accepts(now.date()):
        raise AccountError(
            f"La convocatoria «{campaign.name}» no recibe inscripciones: "
            + (
                "fue cerrada por la OIM."
                if campaign.closed
                else f"recibe del {campaign.launched_on:%d/%m/%Y} al {campaign.deadline:%d/%m/%Y}."
            ),
            409,
        )
    if not username_free(conn, username):
        raise AccountError(
            f"El nombre de usuario «{username}» no está disponible; elija otro.", 409
        )
    claim = secrets.token_urlsafe(CLAIM_BYTES)
    request_id = str(uuid.uuid4())
    conn.execute(
        sa.insert(access_requests).values(
            id=request_id,
            campaign_id=campaign_id,
            city_id=sent.city.id,
            indec_code=sent.city.indec_code,
            city_name=sent.city.name,
            province=sent.city.province,
            username=username,
            password_hash=password_hash,
            contact=contact,
            snapshot=sent.snapshot(),
            claim_hash=_hash(claim),
            address=address[:100],
            received_at=now,
            state=RequestState.PENDING.value,
        )
    )
    return Submitted(request_id, claim)


def _info(row: Any) -> RequestInfo:
    return RequestInfo(
        id=row.id,
        campaign_id=row.campaign_id,
        city_id=row.city_id,
        city_name=row.city_name,
        province=row.province,
        indec_code=row.indec_code,
        username=row.username,
        contact=dict(row.contact),
        received_at=row.received_at,
        state=RequestState(row.state),
        decided_at=row.decided_at,
        decided_by=row.decided_by,
        reason=row.reason,
        snapshot=dict(row.snapshot),
    )


def status(conn: sa.Connection, request_id: str, claim: str) -> RequestInfo:
    """The request, for the desktop that sent it (404 for any other secret)."""
    row = conn.execute(sa.select(access_requests).where(access_requests.c.id == request_id)).first()
    if row is None or not secrets.compare_digest(row.claim_hash, _hash(claim)):
        raise AccountError("No existe esa solicitud de acceso.", 404)
    return _info(row)


def get_request(conn: sa.Connection, request_id: str) -> RequestInfo:
    row = conn.execute(sa.select(access_requests).where(access_requests.c.id == request_id)).first()
    if row is None:
        raise AccountError("No existe esa solicitud de acceso.", 404)
    return _info(row)


def list_requests(conn: sa.Connection, state: RequestState | None = None) -> list[RequestInfo]:
    query = sa.select(access_requests).order_by(access_requests.c.received_at)
    if state is not None:
        query = query.where(access_requests.c.state == state.value)
    return [_info(row) for row in conn.execute(query)]


def city_in_programme(conn: sa.Connection, city_id: str) -> bool:
    found = conn.execute(sa.select(db.cities.c.id).where(db.cities.c.id == city_id)).first()
    return found is not None


def approve(
    conn: sa.Connection,
    request_id: str,
    *,
    by: str,
    now: datetime,
    allow_existing_city: bool = False,
) -> RequestInfo:
    """Create the city (if new) and the focal point's account; record the application for the
    campaign, with its sending (review event) and the campaign's launch in the city's file."""
    info = get_request(conn, request_id)
    if info.state is not RequestState.PENDING:
        raise AccountError(f"La solicitud ya está {info.state.value}.", 409)
    sent = parse_snapshot(info.snapshot)
    exists = city_in_programme(conn, sent.city.id)
    if exists and not allow_existing_city:
        raise AccountError(
            f"{sent.city.name} ({sent.city.province}) ya está en el programa: aprobar esta "
            "solicitud daría a esta cuenta acceso a sus datos. Confírmelo con la ciudad y "
            "apruebe indicando que la ciudad ya existe.",
            409,
        )
    if not exists:
        cities.create_city(conn, sent.city, now)
    accounts.create_user_with_hash(
        conn,
        username=info.username,
        password_hash=conn.execute(
            sa.select(access_requests.c.password_hash).where(access_requests.c.id == request_id)
        ).scalar_one(),
        role=Role.FOCAL_POINT,
        city_ids=[sent.city.id],
        now=now,
    )
    campaign = campaigns.get_campaign(conn, info.campaign_id)
    campaigns.record_application(
        conn, info.campaign_id, sent, by=info.username, via="solicitud", at=info.received_at
    )
    cities.load_records(
        conn,
        sent.city.id,
        [
            PhaseDate(
                id=PhaseDate.id_for(sent.city.id, Milestone.CAMPAIGN_LAUNCH),
                city_id=sent.city.id,
                milestone=Milestone.CAMPAIGN_LAUNCH,
                on=campaign.launched_on,
            ),
            ReviewEvent(
                id=derived_id("access_request", request_id, "sent"),
                city_id=sent.city.id,
                deliverable=Deliverable.APPLICATION,
                state=ReviewState.SENT,
                at=info.received_at,
                by=info.username,
                note="Enviada con la solicitud de acceso.",
            ),
        ],
        now,
    )
    _decide(conn, request_id, RequestState.APPROVED, by, now, "")
    return get_request(conn, request_id)


def reject(
    conn: sa.Connection, request_id: str, *, reason: str, by: str, now: datetime
) -> RequestInfo:
    info = get_request(conn, request_id)
    if info.state is not RequestState.PENDING:
        raise AccountError(f"La solicitud ya está {info.state.value}.", 409)
    if not reason.strip():
        raise AccountError("Indique el motivo del rechazo: la ciudad lo verá.")
    _decide(conn, request_id, RequestState.REJECTED, by, now, reason.strip())
    return get_request(conn, request_id)


def _decide(
    conn: sa.Connection, request_id: str, state: RequestState, by: str, now: datetime, reason: str
) -> None:
    conn.execute(
        sa.update(access_requests)
        .where(access_requests.c.id == request_id)
        .values(state=state.value, decided_at=now, decided_by=by, reason=reason)
    )
