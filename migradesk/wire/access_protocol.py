"""The wire contract of campaigns and access requests, shared by the desktop and the server
(design: ``migradesk/server/SELECTION.md``)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel

from migradesk.wire.protocol import API_PREFIX

OPEN_CAMPAIGNS_PATH = f"{API_PREFIX}/campaigns/open"
ACCESS_REQUESTS_PATH = f"{API_PREFIX}/access-requests"
CLAIM_HEADER = "X-MigraDesk-Claim"


class RequestState(StrEnum):
    PENDING = "pendiente"
    APPROVED = "aprobada"
    REJECTED = "rechazada"


STATE_LABELS = {
    RequestState.PENDING: "Pendiente: la OIM revisa la solicitud",
    RequestState.APPROVED: "Aprobada: ya puede iniciar sesión",
    RequestState.REJECTED: "Rechazada",
}


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CampaignOut(BaseModel):
    id: str
    name: str
    launched_on: date
    deadline: date
    results_due: date
    open: bool


class CampaignList(RootModel[list[CampaignOut]]):
    pass


class Contact(Input):
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00]+$")
    post: str = Field(default="", max_length=200, pattern=r"^[^\x00]*$")
    email: str = Field(min_length=3, max_length=200, pattern=r"^[^@\s\x00]+@[^@\s\x00]+$")
    phone: str = Field(default="", max_length=100, pattern=r"^[^\x00]*$")


class AccessRequestIn(Input):
    campaign_id: str = Field(min_length=1, max_length=64)
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    contact: Contact
    # The application as the desktop has it: {"city_id", "city", "application", "focal_point"}
    # in wire form (``SentApplication.snapshot()``).
    application: dict[str, Any]


class AccessRequestSent(BaseModel):
    id: str
    claim: str  # keep it: it is the only way to ask for this request's state
    state: RequestState


class AccessRequestStatus(BaseModel):
    id: str
    state: RequestState
    state_label: str
    username: str
    city_name: str
    reason: str
    decided_at: datetime | None
