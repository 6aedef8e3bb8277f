"""/api/v1/selection: IOM's side of the city selection (reviewers and admins).

A campaign's applications and IOM's Census figures; runs (records with their inputs, decisions
and outcome, as JSON and as results.csv / results.pdf); IOM and DNM's decisions on ties; the
publication of the results (offers, notifications); confirmations, declines and replacements;
the financial support. The workspace (issue 13) calls these; ``SELECTION.md`` lists the flow.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from migradesk.domain.base import DomainError
from migradesk.domain.selection_csv import read_figures, results_csv
from migradesk.domain.selection_offers import (
    OFFER_STATE_LABELS,
    SUPPORT_STATE_LABELS,
    Message,
    Offer,
    OfferState,
    Support,
    SupportState,
    argentina_day,
)
from migradesk.domain.selection_params import parameters_from
from migradesk.domain.selection_record import SelectionRun, dump_run
from migradesk.domain.selection_ties import DECIDERS, Tie, TieDecision
from migradesk.server import campaigns, db, selection_store
from migradesk.server.accounts import AccountError
from migradesk.server.campaigns import sentence
from migradesk.server.context import Context
from migradesk.server.policy import IomPrincipal
from migradesk.wire.protocol import API_PREFIX, ErrorResponse

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 409, 413, 422)
}
router = APIRouter(prefix=f"{API_PREFIX}/selection", tags=["selection"], responses=ERRORS)
Id = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FigureIn(Input):
    foreign_born: int = Field(ge=0, le=50_000_000)
    source: str = Field(min_length=1, max_length=500, pattern=r"^[^\x00]+$")


class Imported(BaseModel):
    figures: int


class RunIn(Input):
    campaign_id: str = Field(min_length=1, max_length=64)
    title: str = Field(default="", max_length=200, pattern=r"^[^\x00]*$")
    # Any field of selection_params.Parameters (region_references included): the rest default.
    parameters: dict[str, Any] = Field(default_factory=dict)


class DecisionIn(Input):
    tie_id: str = Field(pattern=r"^E-[0-9A-F]{8}$")
    order: list[str] = Field(min_length=1, max_length=100)
    decided_by: str = Field(default=DECIDERS, min_length=1, max_length=300)
    note: str = Field(default="", max_length=5000)
    decided_on: date | None = None


class PublishIn(Input):
    notified_on: date | None = None  # default: today in Argentina


class MessageOut(BaseModel):
    city_id: str
    subject: str
    body: str


class OfferOut(BaseModel):
    city_id: str
    region: str
    notified_on: date
    due_on: date
    state: OfferState
    state_label: str
    replaces: str | None
    settled_on: date | None


class SettleIn(Input):
    state: OfferState
    on: date | None = None
    note: str = Field(default="", max_length=5000)


class TieOut(BaseModel):
    id: str
    kind: str
    candidates: list[str]
    explanation: str


class ReplacedOut(BaseModel):
    offered: list[OfferOut]
    messages: list[MessageOut]
    ties: list[TieOut]  # decide with POST /runs/{id}/decisions, then replace again
    exhausted_regions: list[str]  # no candidate left: the place stays open


class OnIn(Input):
    on: date | None = None


class SupportOut(BaseModel):
    city_id: str
    criterion: str
    state: SupportState
    state_label: str
    assessed_on: date | None
    assessment: str
    coordinator: str
    coordinator_from: date | None
    coordinator_until: date | None
    equipment: str
    delivered_on: date | None
    note: str


class SupportChosen(BaseModel):
    supports: list[SupportOut]
    pending_ties: list[TieOut]  # IOM and DNM decide, then choose again


class SupportIn(Input):
    state: SupportState
    assessed_on: date | None = None
    assessment: str | None = Field(default=None, max_length=20_000)
    coordinator: str | None = Field(default=None, max_length=300)
    coordinator_from: date | None = None
    equipment: str | None = Field(default=None, max_length=20_000)
    delivered_on: date | None = None
    note: str | None = Field(default=None, max_length=20_000)


def _today(given: date | None = None) -> date:
    return given or argentina_day(datetime.now(UTC))


def _offer(offer: Offer) -> OfferOut:
    return OfferOut(
        city_id=offer.key,
        region=offer.region.value,
        notified_on=offer.notified_on,
        due_on=offer.due_on,
        state=offer.state,
        state_label=OFFER_STATE_LABELS[offer.state],
        replaces=offer.replaces,
        settled_on=offer.settled_on,
    )


def _message(message: Message) -> MessageOut:
    return MessageOut(city_id=message.key, subject=message.subject, body=message.body)


def _tie(tie: Tie) -> TieOut:
    return TieOut(
        id=tie.id, kind=tie.kind.value, candidates=list(tie.candidates), explanation=tie.explanation
    )


def _support(support: Support) -> SupportOut:
    return SupportOut(
        city_id=support.key,
        criterion=support.criterion,
        state=support.state,
        state_label=SUPPORT_STATE_LABELS[support.state],
        assessed_on=support.assessed_on,
        assessment=support.assessment,
        coordinator=support.coordinator,
        coordinator_from=support.coordinator_from,
        coordinator_until=support.coordinator_until,
        equipment=support.equipment,
        delivered_on=support.delivered_on,
        note=support.note,
    )


def _record(run: SelectionRun) -> dict[str, Any]:
    return dump_run(run)


# --- applications and figures --------------------------------------------------------------------


@router.get("/campaigns/{campaign_id}/applications", response_model=list[campaigns.ApplicationInfo])
def list_applications(
    campaign_id: Id, iom: IomPrincipal, context: Context
) -> list[campaigns.ApplicationInfo]:
    """The applications sent to a campaign, what each lacks, and IOM's figures."""
    with db.read(context.engine) as conn:
        found = campaigns.list_applications(conn, campaign_id)
    return found


@router.put("/campaigns/{campaign_id}/figures/{city_id}", status_code=204)
def set_figure(
    campaign_id: Id, city_id: Id, body: FigureIn, iom: IomPrincipal, context: Context
) -> Response:
    """IOM's Census 2010 foreign-born figure for a candidate outside Gran Buenos Aires."""
    with db.write(context.engine) as conn:
        campaigns.set_figure(
            conn,
            campaign_id,
            city_id,
            body.foreign_born,
            body.source,
            by=iom.username,
            now=datetime.now(UTC),
        )
    return Response(status_code=204)


@router.post(
    "/campaigns/{campaign_id}/figures.csv",
    response_model=Imported,
    openapi_extra={"requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def import_figures(
    campaign_id: Id, request: Request, iom: IomPrincipal, context: Context
) -> Imported:
    """Many figures at once: a CSV with ``codigo`` (the city's id or INDEC code),
    ``nacidos_extranjero_2010`` and ``fuente``; all rows or none."""
    try:
        rows = read_figures(await request.body(), "cifras.csv")
    except DomainError as exc:
        raise AccountError(sentence(str(exc))) from None
    now = datetime.now(UTC)
    with db.write(context.engine) as conn:
        listed = campaigns.list_applications(conn, campaign_id)
        by_code = {a.city_id: a.city_id for a in listed}
        for application in listed:
            sent = campaigns.sent_application(conn, campaign_id, application.city_id)
            if sent.city.indec_code:
                by_code[sent.city.indec_code] = application.city_id
        for code, figure, source in rows:
            if code not in by_code:
                raise AccountError(
                    f"«{code}» no es una ciudad inscripta en esta convocatoria.", 404
                )
            campaigns.set_figure(
                conn, campaign_id, by_code[code], figure, source, by=iom.username, now=now
            )
    return Imported(figures=len(rows))


# --- runs ----------------------------------------------------------------------------------------


@router.post("/runs", status_code=201)
def create_run(body: RunIn, iom: IomPrincipal, context: Context) -> dict[str, Any]:
    """Run the selection over a campaign's applications; the run is stored as a record."""
    try:
        parameters = parameters_from(body.parameters)
    except DomainError as exc:
        raise AccountError(sentence(str(exc))) from None
    with db.write(context.engine) as conn:
        run = selection_store.create_run(
            conn,
            campaign_id=body.campaign_id,
            title=body.title,
            parameters=parameters,
            by=iom.username,
            now=datetime.now(UTC),
        )
    return _record(run)


@router.get("/runs", response_model=list[selection_store.RunSummary])
def list_runs(
    iom: IomPrincipal, context: Context, campaign_id: str | None = None
) -> list[selection_store.RunSummary]:
    with db.read(context.engine) as conn:
        return selection_store.list_runs(conn, campaign_id)


@router.get("/runs/{run_id}")
def get_run(run_id: Id, iom: IomPrincipal, context: Context) -> dict[str, Any]:
    """The run as a record: inputs (candidates, sources, parameters, decisions) and outcome."""
    with db.read(context.engine) as conn:
        return _record(selection_store.get_run(conn, run_id))


@router.get("/runs/{run_id}/results.csv", response_class=Response)
def results_as_csv(run_id: Id, iom: IomPrincipal, context: Context) -> Response:
    with db.read(context.engine) as conn:
        run = selection_store.get_run(conn, run_id)
    return Response(
        results_csv(run.outcome),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{run_id}-resultados.csv"'},
    )


@router.get("/runs/{run_id}/results.pdf", response_class=Response)
def results_as_pdf(run_id: Id, iom: IomPrincipal, context: Context) -> Response:
    from migradesk.pdf.selection import render_selection

    with db.read(context.engine) as conn:
        run = selection_store.get_run(conn, run_id)
    with tempfile.TemporaryDirectory() as folder:
        out = render_selection(run, FilePath(folder) / "r.pdf", today=_today())
        data = out.read_bytes()
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{run_id}-resultados.pdf"'},
    )


@router.post("/runs/{run_id}/decisions")
def record_decision(
    run_id: Id, body: DecisionIn, iom: IomPrincipal, context: Context
) -> dict[str, Any]:
    """IOM and DNM's decision on a tie: the cities (or, for a round's last place, the regions)
    it puts first. Kept in the run; the outcome follows from it."""
    try:
        decision = TieDecision(
            tie_id=body.tie_id,
            order=tuple(body.order),
            decided_by=body.decided_by,
            note=body.note,
            decided_on=body.decided_on or _today(),
        )
    except DomainError as exc:
        raise AccountError(sentence(str(exc))) from None
    with db.write(context.engine) as conn:
        run = selection_store.record_decision(conn, run_id, decision, datetime.now(UTC))
    return _record(run)


@router.post("/runs/{run_id}/publish", response_model=list[MessageOut])
def publish(run_id: Id, body: PublishIn, iom: IomPrincipal, context: Context) -> list[MessageOut]:
    """Publish the results: each selected city is notified in its file (10 business days to
    confirm); the e-mails for every candidate come back to be sent."""
    now = datetime.now(UTC)
    with db.write(context.engine) as conn:
        found = selection_store.publish(conn, run_id, _today(body.notified_on), iom.username, now)
    return [_message(m) for m in found]


@router.get("/runs/{run_id}/messages", response_model=list[MessageOut])
def messages(run_id: Id, iom: IomPrincipal, context: Context) -> list[MessageOut]:
    with db.read(context.engine) as conn:
        return [_message(m) for m in selection_store.messages(conn, run_id, _today())]


@router.get("/runs/{run_id}/offers", response_model=list[OfferOut])
def offers(
    run_id: Id, iom: IomPrincipal, context: Context, today: date | None = None
) -> list[OfferOut]:
    """Each offered place today: waiting, confirmed (in the app or recorded by IOM), declined,
    or expired after its 10 business days."""
    with db.read(context.engine) as conn:
        return [_offer(o) for o in selection_store.offers(conn, run_id, _today(today))]


@router.post("/runs/{run_id}/offers/{city_id}", response_model=OfferOut)
def settle_offer(
    run_id: Id, city_id: Id, body: SettleIn, iom: IomPrincipal, context: Context
) -> OfferOut:
    """IOM records a confirmation (the mayor's note received outside the app) or a decline."""
    with db.write(context.engine) as conn:
        offer = selection_store.settle_offer(
            conn,
            run_id,
            city_id,
            body.state,
            _today(body.on),
            by=iom.username,
            now=datetime.now(UTC),
            note=body.note,
        )
    return _offer(offer)


@router.post("/runs/{run_id}/replacements", response_model=ReplacedOut)
def replace(run_id: Id, body: OnIn, iom: IomPrincipal, context: Context) -> ReplacedOut:
    """Offer each open place to the next city of its region, until the quota is full."""
    with db.write(context.engine) as conn:
        done = selection_store.replace(
            conn, run_id, _today(body.on), iom.username, datetime.now(UTC)
        )
    return ReplacedOut(
        offered=[_offer(o) for o in done.offered],
        messages=[_message(m) for m in done.messages],
        ties=[_tie(t) for t in done.ties],
        exhausted_regions=[n.region.value for n in done.exhausted],
    )


@router.post("/runs/{run_id}/support", response_model=SupportChosen)
def choose_support(run_id: Id, body: OnIn, iom: IomPrincipal, context: Context) -> SupportChosen:
    """The five among the cities that confirmed, once every place is settled."""
    with db.write(context.engine) as conn:
        run, made = selection_store.choose_support(
            conn, run_id, _today(body.on), iom.username, datetime.now(UTC)
        )
    pending = [t for t in run.outcome.support.ties if t.pending]
    return SupportChosen(
        supports=[_support(s) for s in made], pending_ties=[_tie(t) for t in pending]
    )


@router.get("/runs/{run_id}/support", response_model=list[SupportOut])
def list_support(run_id: Id, iom: IomPrincipal, context: Context) -> list[SupportOut]:
    with db.read(context.engine) as conn:
        return [_support(s) for s in selection_store.supports(conn, run_id)]


@router.patch("/runs/{run_id}/support/{city_id}", response_model=SupportOut)
def update_support(
    run_id: Id, city_id: Id, body: SupportIn, iom: IomPrincipal, context: Context
) -> SupportOut:
    """A step of a city's support: needs assessed, granted (coordinator for 5 months and
    equipment funds), delivered, or withdrawn."""
    changes = body.model_dump(exclude={"state"}, exclude_none=True)
    with db.write(context.engine) as conn:
        support = selection_store.update_support(
            conn, run_id, city_id, body.state, changes, by=iom.username, now=datetime.now(UTC)
        )
    return _support(support)
