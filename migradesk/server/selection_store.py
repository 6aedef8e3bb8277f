"""Selection runs on the server: stored as records (inputs, decisions, outcome), published as
offers, followed through the 10-business-day confirmations and the replacements, then the
financial support of the five. IOM's data, read and written by IOM accounts only.

A city's confirmation arrives in two ways: the city sends its mayor's note in MigraDesk (the
application's ``confirmation_sent_on``, synced), or IOM records it (a note received by e-mail).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

import pydantic
import sqlalchemy as sa

from migradesk.domain.application import Application
from migradesk.domain.base import DomainError
from migradesk.domain.city import Region
from migradesk.domain.review import Milestone, PhaseDate
from migradesk.domain.selection import RunInput, RunStatus, run_selection
from migradesk.domain.selection_offers import (
    Message,
    Next,
    Offer,
    OfferState,
    Support,
    SupportState,
    advance,
    first_offers,
    offer_message,
    participants,
    replacements,
    result_messages,
    settle,
    settled,
)
from migradesk.domain.selection_params import Parameters
from migradesk.domain.selection_record import (
    SelectionRun,
    decide,
    dump_run,
    load_run,
    new_run,
    run_id_for,
)
from migradesk.domain.selection_ties import Tie, TieDecision
from migradesk.server import campaigns, cities, reads
from migradesk.server.accounts import AccountError
from migradesk.server.campaigns import sentence
from migradesk.server.db import selection_offers, selection_runs, selection_support

_SUPPORT = pydantic.TypeAdapter(Support)


@dataclasses.dataclass(frozen=True)
class RunSummary:
    id: str
    campaign_id: str | None
    title: str
    version: int
    status: RunStatus
    created_at: datetime
    created_by: str
    published_at: datetime | None
    candidates: int
    selected: int
    pending_ties: int


def _refuse(exc: DomainError, status: int = 422) -> AccountError:
    return AccountError(sentence(str(exc)), status)


def _row(conn: sa.Connection, run_id: str) -> Any:
    row = conn.execute(sa.select(selection_runs).where(selection_runs.c.id == run_id)).first()
    if row is None:
        raise AccountError(f"No existe la corrida de selección «{run_id}».", 404)
    return row


def get_run(conn: sa.Connection, run_id: str) -> SelectionRun:
    return load_run(_row(conn, run_id).record)


def _summary(row: Any) -> RunSummary:
    outcome = row.record["outcome"]
    return RunSummary(
        id=row.id,
        campaign_id=row.campaign_id,
        title=row.title,
        version=row.version,
        status=RunStatus(row.status),
        created_at=row.created_at,
        created_by=row.created_by,
        published_at=row.published_at,
        candidates=len(outcome["results"]),
        selected=len(outcome["selected"]),
        pending_ties=sum(1 for t in outcome["ties"] if t["material"] and t["decision"] is None),
    )


def list_runs(conn: sa.Connection, campaign_id: str | None = None) -> list[RunSummary]:
    query = sa.select(selection_runs).order_by(selection_runs.c.created_at.desc())
    if campaign_id is not None:
        query = query.where(selection_runs.c.campaign_id == campaign_id)
    return [_summary(row) for row in conn.execute(query)]


def create_run(
    conn: sa.Connection,
    *,
    campaign_id: str,
    title: str,
    parameters: Parameters,
    by: str,
    now: datetime,
) -> SelectionRun:
    """A run over the campaign's applications with IOM's figures and these parameters."""
    campaign = campaigns.get_campaign(conn, campaign_id)
    candidates = campaigns.campaign_candidates(conn, campaign_id)
    if not candidates:
        raise AccountError(f"La convocatoria «{campaign.name}» no tiene inscripciones.", 409)
    try:
        data = RunInput(tuple(candidates), parameters)
        run = new_run(run_id_for(data), title.strip() or campaign.name, now, by, data)
    except DomainError as exc:
        raise _refuse(exc) from None
    if conn.execute(sa.select(selection_runs.c.id).where(selection_runs.c.id == run.id)).first():
        raise AccountError(f"Ya existe una corrida con las mismas entradas: {run.id}.", 409)
    conn.execute(
        sa.insert(selection_runs).values(
            id=run.id,
            campaign_id=campaign_id,
            title=run.title,
            version=1,
            status=run.outcome.status.value,
            record=dump_run(run),
            created_at=now,
            created_by=by,
            updated_at=now,
        )
    )
    return run


def _save(conn: sa.Connection, run: SelectionRun, now: datetime) -> None:
    conn.execute(
        sa.update(selection_runs)
        .where(selection_runs.c.id == run.id)
        .values(
            version=selection_runs.c.version + 1,
            status=run.outcome.status.value,
            record=dump_run(run),
            updated_at=now,
        )
    )


def record_decision(
    conn: sa.Connection, run_id: str, decision: TieDecision, now: datetime
) -> SelectionRun:
    """IOM and DNM's decision on a tie, kept among the run's inputs (a new version)."""
    run = get_run(conn, run_id)
    try:
        run = decide(run, decision)
    except DomainError as exc:
        raise _refuse(exc) from None
    _save(conn, run, now)
    return run


# --- offers ------------------------------------------------------------------------------------


def _offer(row: Any) -> Offer:
    return Offer(
        key=row.city_id,
        region=Region(row.region),
        notified_on=row.notified_on,
        state=OfferState(row.state),
        replaces=row.replaces,
        settled_on=row.settled_on,
    )


def stored_offers(conn: sa.Connection, run_id: str) -> list[Offer]:
    rows = conn.execute(
        sa.select(selection_offers)
        .where(selection_offers.c.run_id == run_id)
        .order_by(selection_offers.c.notified_on, selection_offers.c.city_id)
    )
    return [_offer(row) for row in rows]


def _confirmed_in_app(conn: sa.Connection, offer: Offer) -> date | None:
    """The date of the mayor's note the city sent in MigraDesk, if within its deadline."""
    state = reads.one(conn, offer.key, "application", Application.id_for(offer.key))
    if state is None or state.deleted:
        return None
    value = state.fields.get("confirmation_sent_on")
    if not value:
        return None
    sent = date.fromisoformat(value)
    return sent if offer.notified_on <= sent <= offer.due_on else None


def offers(conn: sa.Connection, run_id: str, today: date) -> list[Offer]:
    """The run's offers as of ``today``: notes sent in the app count as confirmations, and a
    notification past its 10 business days has expired."""
    out = []
    for offer in stored_offers(conn, run_id):
        if offer.state is OfferState.NOTIFIED:
            confirmed = _confirmed_in_app(conn, offer)
            if confirmed is not None:
                offer = settle(offer, OfferState.CONFIRMED, confirmed)
            elif offer.state_on(today) is OfferState.EXPIRED:
                offer = dataclasses.replace(
                    offer, state=OfferState.EXPIRED, settled_on=offer.due_on
                )
        out.append(offer)
    return out


def _store_offer(conn: sa.Connection, run_id: str, offer: Offer, by: str, now: datetime) -> None:
    values = {
        "region": offer.region.value,
        "notified_on": offer.notified_on,
        "state": offer.state.value,
        "replaces": offer.replaces,
        "settled_on": offer.settled_on,
        "updated_at": now,
        "updated_by": by,
    }
    key = (selection_offers.c.run_id == run_id, selection_offers.c.city_id == offer.key)
    if conn.execute(sa.select(selection_offers.c.city_id).where(*key)).first() is None:
        conn.execute(sa.insert(selection_offers).values(run_id=run_id, city_id=offer.key, **values))
    else:
        conn.execute(sa.update(selection_offers).where(*key).values(**values))


def _notify_city(conn: sa.Connection, offer: Offer, now: datetime) -> None:
    """The date the city learns it was selected, in its own file: its desktop shows the
    confirmation's 10 business days from it (the calendar)."""
    if not _city_exists(conn, offer.key):
        return
    cities.load_records(
        conn,
        offer.key,
        [
            PhaseDate(
                id=PhaseDate.id_for(offer.key, Milestone.RESULTS_NOTIFIED),
                city_id=offer.key,
                milestone=Milestone.RESULTS_NOTIFIED,
                on=offer.notified_on,
            )
        ],
        now,
    )


def _city_exists(conn: sa.Connection, city_id: str) -> bool:
    return reads.city_seq(conn, city_id) is not None


def _campaign_name(conn: sa.Connection, run: SelectionRun) -> str:
    row = _row(conn, run.id)
    if row.campaign_id is None:
        return run.title
    return campaigns.get_campaign(conn, row.campaign_id).name


def publish(
    conn: sa.Connection, run_id: str, notified_on: date, by: str, now: datetime
) -> list[Message]:
    """The results: an offer to each selected city (notified in its file), and an e-mail for
    every candidate. Only once: later places go through replacements."""
    row = _row(conn, run_id)
    if row.published_at is not None:
        raise AccountError(
            f"La corrida {run_id} ya fue publicada el {row.published_at:%d/%m/%Y}.", 409
        )
    run = load_run(row.record)
    try:
        made = first_offers(run.outcome, notified_on)
    except DomainError as exc:
        raise _refuse(exc, 409) from None
    for offer in made:
        _store_offer(conn, run_id, offer, by, now)
        _notify_city(conn, offer, now)
    conn.execute(
        sa.update(selection_runs)
        .where(selection_runs.c.id == run_id)
        .values(published_at=now, published_by=by)
    )
    return result_messages(run.outcome, made, _campaign_name(conn, run))


def messages(conn: sa.Connection, run_id: str, today: date) -> list[Message]:
    run = get_run(conn, run_id)
    return result_messages(run.outcome, offers(conn, run_id, today), _campaign_name(conn, run))


def settle_offer(
    conn: sa.Connection,
    run_id: str,
    city_id: str,
    state: OfferState,
    on: date,
    *,
    by: str,
    now: datetime,
    note: str = "",
) -> Offer:
    """IOM records a confirmation (a note received outside the app) or a decline."""
    current = {o.key: o for o in offers(conn, run_id, on)}
    if city_id not in current:
        raise AccountError(f"La corrida {run_id} no ofreció un lugar a «{city_id}».", 404)
    try:
        offer = settle(current[city_id], state, on)
    except DomainError as exc:
        raise _refuse(exc, 409) from None
    _store_offer(conn, run_id, offer, by, now)
    if note:
        conn.execute(
            sa.update(selection_offers)
            .where(selection_offers.c.run_id == run_id, selection_offers.c.city_id == city_id)
            .values(note=note)
        )
    return offer


@dataclasses.dataclass(frozen=True)
class Replaced:
    offered: list[Offer]
    messages: list[Message]
    ties: list[Tie]  # IOM and DNM decide (record_decision), then replace again
    exhausted: list[Next]  # regions without candidates left: the place stays open


def replace(conn: sa.Connection, run_id: str, today: date, by: str, now: datetime) -> Replaced:
    """Offer each open place (declined or expired) to the next city of its region."""
    if _row(conn, run_id).published_at is None:
        raise AccountError("La corrida todavía no fue publicada.", 409)
    run = get_run(conn, run_id)
    current = offers(conn, run_id, today)
    for offer in current:  # keep what today's reading found (confirmations, expiries)
        _store_offer(conn, run_id, offer, by, now)
    made: list[Offer] = []
    ties: list[Tie] = []
    exhausted: list[Next] = []
    for found in replacements(run.outcome, current, today):
        if found.key is not None:
            offer = Offer(found.key, found.region, today, replaces=found.replaces)
            _store_offer(conn, run_id, offer, by, now)
            _notify_city(conn, offer, now)
            made.append(offer)
        elif found.tie is not None:
            ties.append(found.tie)
        else:
            exhausted.append(found)
    name = _campaign_name(conn, run)
    return Replaced(made, [offer_message(run.outcome, o, name) for o in made], ties, exhausted)


# --- financial support -------------------------------------------------------------------------


def supports(conn: sa.Connection, run_id: str) -> list[Support]:
    rows = conn.execute(
        sa.select(selection_support.c.record)
        .where(selection_support.c.run_id == run_id)
        .order_by(selection_support.c.city_id)
    )
    return [_SUPPORT.validate_python(row.record) for row in rows]


def choose_support(
    conn: sa.Connection, run_id: str, today: date, by: str, now: datetime
) -> tuple[SelectionRun, list[Support]]:
    """Once every place is settled: the five among the cities that confirmed (the run records
    them as its participants); each support starts as proposed, pending its needs assessment."""
    run = get_run(conn, run_id)
    current = offers(conn, run_id, today)
    if not current:
        raise AccountError("La corrida todavía no fue publicada.", 409)
    if not settled(current, run.outcome, today):
        raise AccountError(
            "Todavía hay ciudades por confirmar o lugares por ofrecer: el apoyo financiero se "
            "elige entre las diez que participan.",
            409,
        )
    if supports(conn, run_id):
        raise AccountError("El apoyo financiero de esta corrida ya fue elegido.", 409)
    taking_part = participants(current, today)
    try:
        data = dataclasses.replace(run.input, participants=taking_part)
        run = dataclasses.replace(run, input=data, outcome=run_selection(data))
    except DomainError as exc:
        raise _refuse(exc) from None
    _save(conn, run, now)
    if run.outcome.support.pending:
        return run, []
    made = [Support(key, "i") for key in run.outcome.support.developed]
    made += [Support(key, "ii") for key in run.outcome.support.incipient]
    for support in made:
        conn.execute(
            sa.insert(selection_support).values(
                run_id=run_id,
                city_id=support.key,
                record=_SUPPORT.dump_python(support, mode="json"),
                updated_at=now,
                updated_by=by,
            )
        )
    return run, made


def update_support(
    conn: sa.Connection,
    run_id: str,
    city_id: str,
    state: SupportState,
    changes: dict[str, Any],
    *,
    by: str,
    now: datetime,
) -> Support:
    found = {s.key: s for s in supports(conn, run_id)}
    if city_id not in found:
        raise AccountError(f"«{city_id}» no tiene apoyo financiero en la corrida {run_id}.", 404)
    try:
        support = advance(found[city_id], state, **changes)
    except DomainError as exc:
        raise _refuse(exc, 409) from None
    conn.execute(
        sa.update(selection_support)
        .where(selection_support.c.run_id == run_id, selection_support.c.city_id == city_id)
        .values(record=_SUPPORT.dump_python(support, mode="json"), updated_at=now, updated_by=by)
    )
    return support
