"""Campaigns and access requests (design: ``SELECTION.md`` beside this file).

Public (no account): the open campaigns, sending an access request with the application, and
asking a request's state with the secret its sending returned. IOM: reading requests (reviewers
and admins), approving or rejecting them (admins), opening and closing campaigns (admins).
A city with an account sends its application to a campaign from its synced records.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Header, HTTPException, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from migradesk.domain.base import CITY_ROLES
from migradesk.domain.selection_offers import argentina_day
from migradesk.server import access, campaigns, db
from migradesk.server.access import RequestInfo
from migradesk.server.context import Context
from migradesk.server.policy import AdminPrincipal, IomPrincipal, ReadableCityPath
from migradesk.wire.access_protocol import (
    CLAIM_HEADER,
    STATE_LABELS,
    AccessRequestIn,
    AccessRequestSent,
    AccessRequestStatus,
    CampaignOut,
    RequestState,
)
from migradesk.wire.protocol import API_PREFIX, ErrorResponse

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 409, 413, 422, 429)
}
router = APIRouter(prefix=API_PREFIX, tags=["access"], responses=ERRORS)
RequestId = Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$")]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CampaignIn(Input):
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00]+$")
    launched_on: date


class AccessRequestOut(BaseModel):
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
    city_in_programme: bool  # approving gives this account access to an existing city
    missing: list[str]


class AccessRequestDetail(AccessRequestOut):
    application: dict[str, Any]


class ApproveIn(Input):
    allow_existing_city: bool = False


class RejectIn(Input):
    reason: str = Field(min_length=1, max_length=2000)


class ApplyIn(Input):
    campaign_id: str = Field(min_length=1, max_length=64)


class Applied(BaseModel):
    campaign_id: str
    city_id: str
    sent_at: datetime


def campaign_out(info: campaigns.CampaignInfo, today: date) -> CampaignOut:
    return CampaignOut(
        id=info.id,
        name=info.name,
        launched_on=info.launched_on,
        deadline=info.deadline,
        results_due=info.results_due,
        open=info.accepts(today),
    )


def _out(conn: Any, info: RequestInfo) -> AccessRequestOut:
    from migradesk.domain.selection_applications import parse_snapshot

    return AccessRequestOut(
        id=info.id,
        campaign_id=info.campaign_id,
        city_id=info.city_id,
        city_name=info.city_name,
        province=info.province,
        indec_code=info.indec_code,
        username=info.username,
        contact=info.contact,
        received_at=info.received_at,
        state=info.state,
        decided_at=info.decided_at,
        decided_by=info.decided_by,
        reason=info.reason,
        city_in_programme=access.city_in_programme(conn, info.city_id),
        missing=parse_snapshot(info.snapshot).missing(),
    )


# --- public ------------------------------------------------------------------------------------


@router.get("/campaigns/open", response_model=list[CampaignOut])
def open_campaigns(context: Context) -> list[CampaignOut]:
    """Campaigns receiving applications today (no account needed)."""
    today = argentina_day(datetime.now(UTC))
    with db.read(context.engine) as conn:
        found = campaigns.list_campaigns(conn)
    return [campaign_out(c, today) for c in found if c.accepts(today)]


@router.post("/access-requests", response_model=AccessRequestSent, status_code=202)
async def send_access_request(
    body: AccessRequestIn, request: Request, context: Context
) -> AccessRequestSent:
    """A city not yet in the programme sends its application and asks for its account.
    Rate-limited per address (429 with Retry-After); the answer names no other city."""
    address = request.client.host if request.client else "unknown"
    sent, username = access.prepare(
        body.application, body.username, body.password, context.settings
    )
    # argon2 takes a while: hashed in a worker thread, outside any transaction.
    password_hash = await anyio.to_thread.run_sync(context.passwords.hash, body.password)
    now = datetime.now(UTC)

    def store() -> access.Submitted:
        with db.write(context.engine) as conn:
            return access.submit(
                conn,
                context.settings,
                campaign_id=body.campaign_id,
                sent=sent,
                username=username,
                password_hash=password_hash,
                contact=body.contact.model_dump(),
                address=address,
                now=now,
            )

    try:
        done = await anyio.to_thread.run_sync(store)
    except access.RateLimited as exc:
        raise HTTPException(429, exc.detail, {"Retry-After": str(exc.retry_after)}) from None
    return AccessRequestSent(id=done.id, claim=done.claim, state=RequestState.PENDING)


@router.get("/access-requests/{request_id}", response_model=AccessRequestStatus)
def access_request_status(
    request_id: RequestId,
    context: Context,
    claim: Annotated[str, Header(alias=CLAIM_HEADER, min_length=1, max_length=200)],
) -> AccessRequestStatus:
    """The state of a request, for the desktop that sent it (its secret in the header)."""
    with db.read(context.engine) as conn:
        info = access.status(conn, request_id, claim)
    return AccessRequestStatus(
        id=info.id,
        state=info.state,
        state_label=STATE_LABELS[info.state],
        username=info.username,
        city_name=info.city_name,
        reason=info.reason,
        decided_at=info.decided_at,
    )


# --- a city with an account ----------------------------------------------------------------------


@router.post("/cities/{city_id}/applications", response_model=Applied, status_code=201)
def apply_with_account(scope: ReadableCityPath, body: ApplyIn, context: Context) -> Applied:
    """A city already in the programme sends its application (as synced) to a campaign."""
    principal = scope.principal
    if principal.role not in CITY_ROLES:
        raise HTTPException(403, "Solo la ciudad envía su inscripción.")
    now = datetime.now(UTC)
    with db.write(context.engine) as conn:
        campaign = campaigns.get_campaign(conn, body.campaign_id)
        if not campaign.accepts(argentina_day(now)):
            raise HTTPException(409, f"La convocatoria «{campaign.name}» no recibe inscripciones.")
        sent = campaigns.application_from_records(conn, scope.city_id)
        campaigns.record_application(
            conn, body.campaign_id, sent, by=principal.username, via="cuenta", at=now
        )
    return Applied(campaign_id=body.campaign_id, city_id=scope.city_id, sent_at=now)


# --- IOM -----------------------------------------------------------------------------------------


@router.post("/admin/campaigns", response_model=CampaignOut, status_code=201, tags=["admin"])
def open_campaign(body: CampaignIn, admin: AdminPrincipal, context: Context) -> CampaignOut:
    """Launch a campaign: applications for 4 weeks from ``launched_on``."""
    now = datetime.now(UTC)
    with db.write(context.engine) as conn:
        info = campaigns.create_campaign(conn, body.name, body.launched_on, admin.username, now)
    return campaign_out(info, argentina_day(now))


@router.post("/admin/campaigns/{campaign_id}/close", response_model=CampaignOut, tags=["admin"])
def close_campaign(campaign_id: str, admin: AdminPrincipal, context: Context) -> CampaignOut:
    now = datetime.now(UTC)
    with db.write(context.engine) as conn:
        info = campaigns.close_campaign(conn, campaign_id, now)
    return campaign_out(info, argentina_day(now))


@router.get("/selection/campaigns", response_model=list[CampaignOut], tags=["selection"])
def list_campaigns(iom: IomPrincipal, context: Context) -> list[CampaignOut]:
    today = argentina_day(datetime.now(UTC))
    with db.read(context.engine) as conn:
        return [campaign_out(c, today) for c in campaigns.list_campaigns(conn)]


@router.get("/selection/access-requests", response_model=list[AccessRequestOut], tags=["selection"])
def list_access_requests(
    iom: IomPrincipal, context: Context, state: RequestState | None = None
) -> list[AccessRequestOut]:
    """The requests (by default all; ``state=pendiente`` for those waiting)."""
    with db.read(context.engine) as conn:
        return [_out(conn, info) for info in access.list_requests(conn, state)]


@router.get(
    "/selection/access-requests/{request_id}",
    response_model=AccessRequestDetail,
    tags=["selection"],
)
def get_access_request(
    request_id: RequestId, iom: IomPrincipal, context: Context
) -> AccessRequestDetail:
    with db.read(context.engine) as conn:
        info = access.get_request(conn, request_id)
        out = _out(conn, info)
    return AccessRequestDetail(**out.model_dump(), application=info.snapshot)


@router.post(
    "/admin/access-requests/{request_id}/approve", response_model=AccessRequestOut, tags=["admin"]
)
def approve_access_request(
    request_id: RequestId, body: ApproveIn, admin: AdminPrincipal, context: Context
) -> AccessRequestOut:
    """Create the city and its focal point's account; the application joins its campaign."""
    with db.write(context.engine) as conn:
        info = access.approve(
            conn,
            request_id,
            by=admin.username,
            now=datetime.now(UTC),
            allow_existing_city=body.allow_existing_city,
        )
        return _out(conn, info)


@router.post(
    "/admin/access-requests/{request_id}/reject", response_model=AccessRequestOut, tags=["admin"]
)
def reject_access_request(
    request_id: RequestId, body: RejectIn, admin: AdminPrincipal, context: Context
) -> AccessRequestOut:
    with db.write(context.engine) as conn:
        info = access.reject(
            conn, request_id, reason=body.reason, by=admin.username, now=datetime.now(UTC)
        )
        return _out(conn, info)
