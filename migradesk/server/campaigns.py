"""IOM's campaigns (the call for applications, 4 weeks from its launch), the applications sent to
each, and IOM's Census 2010 foreign-born figures for its candidates."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from migradesk.domain.application import Application
from migradesk.domain.base import DomainError, from_wire
from migradesk.domain.calendar import Anchors, Step, schedule
from migradesk.domain.city import City
from migradesk.domain.people import FocalPoint, current_focal_point
from migradesk.domain.selection_applications import SentApplication, candidate, parse_snapshot
from migradesk.domain.selection_candidates import Candidate
from migradesk.server import reads
from migradesk.server.accounts import AccountError
from migradesk.server.db import applications, campaigns, candidate_figures


def sentence(text: str) -> str:
    """A domain message as a sentence: capital first letter, final period."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


@dataclasses.dataclass(frozen=True)
class CampaignInfo:
    id: str
    name: str
    launched_on: date
    deadline: date
    results_due: date
    closed: bool

    def accepts(self, today: date) -> bool:
        """Open for applications: launched, before its deadline, not closed by IOM."""
        return not self.closed and self.launched_on <= today <= self.deadline


def deadlines(launched_on: date) -> tuple[date, date]:
    """The guide's dates: applications within 4 weeks, results within 3 more (the calendar)."""
    found = {d.step: d.due for d in schedule(Anchors(campaign_launch=launched_on))}
    return found[Step.APPLICATION], found[Step.SELECTION_RESULTS]


def _info(row: Any) -> CampaignInfo:
    _, results_due = deadlines(row.launched_on)
    return CampaignInfo(
        row.id, row.name, row.launched_on, row.deadline, results_due, row.closed_at is not None
    )


def create_campaign(
    conn: sa.Connection, name: str, launched_on: date, by: str, now: datetime
) -> CampaignInfo:
    name = name.strip()
    if not name:
        raise AccountError("La convocatoria necesita un nombre.")
    deadline, _ = deadlines(launched_on)
    campaign_id = str(uuid.uuid4())
    conn.execute(
        sa.insert(campaigns).values(
            id=campaign_id,
            name=name,
            launched_on=launched_on,
            deadline=deadline,
            created_at=now,
            created_by=by,
        )
    )
    return get_campaign(conn, campaign_id)


def close_campaign(conn: sa.Connection, campaign_id: str, now: datetime) -> CampaignInfo:
    get_campaign(conn, campaign_id)
    conn.execute(
        sa.update(campaigns)
        .where(campaigns.c.id == campaign_id, campaigns.c.closed_at.is_(None))
        .values(closed_at=now)
    )
    return get_campaign(conn, campaign_id)


def get_campaign(conn: sa.Connection, campaign_id: str) -> CampaignInfo:
    row = conn.execute(sa.select(campaigns).where(campaigns.c.id == campaign_id)).first()
    if row is None:
        raise AccountError(f"No existe la convocatoria «{campaign_id}».", 404)
    return _info(row)


def list_campaigns(conn: sa.Connection) -> list[CampaignInfo]:
    rows = conn.execute(sa.select(campaigns).order_by(campaigns.c.launched_on.desc()))
    return [_info(row) for row in rows]


# --- applications ------------------------------------------------------------------------------


def record_application(
    conn: sa.Connection,
    campaign_id: str,
    sent: SentApplication,
    *,
    by: str,
    via: str,
    at: datetime,
) -> None:
    """Keep an application as sent (the latest sending of a city replaces its earlier one)."""
    values = {"snapshot": sent.snapshot(), "sent_at": at, "sent_by": by, "via": via}
    key = (applications.c.campaign_id == campaign_id, applications.c.city_id == sent.city.id)
    if conn.execute(sa.select(applications.c.city_id).where(*key)).first() is None:
        conn.execute(
            sa.insert(applications).values(campaign_id=campaign_id, city_id=sent.city.id, **values)
        )
    else:
        conn.execute(sa.update(applications).where(*key).values(**values))


def application_from_records(conn: sa.Connection, city_id: str) -> SentApplication:
    """A city with an account: its application as the server has it now (synced records)."""
    city_state = reads.one(conn, city_id, "city", city_id)
    form_state = reads.one(conn, city_id, "application", Application.id_for(city_id))
    if city_state is None or form_state is None or form_state.deleted:
        raise AccountError(
            "La ciudad todavía no sincronizó su formulario de inscripción: sincronice y vuelva a "
            "enviarlo.",
            409,
        )
    city = from_wire("city", city_id, city_id, city_state.fields)
    form = from_wire("application", form_state.id, city_id, form_state.fields)
    people = [
        from_wire("focal_point", s.id, city_id, s.fields)
        for s in reads.of_kind(conn, city_id, "focal_point")
    ]
    focal = current_focal_point([p for p in people if isinstance(p, FocalPoint)])
    assert isinstance(city, City) and isinstance(form, Application)
    return SentApplication(city, form, focal)


@dataclasses.dataclass(frozen=True)
class ApplicationInfo:
    city_id: str
    name: str
    province: str
    sent_at: datetime
    sent_by: str
    via: str
    missing: list[str]
    foreign_born: int | None  # IOM's figure, if entered
    foreign_born_source: str


def list_applications(conn: sa.Connection, campaign_id: str) -> list[ApplicationInfo]:
    get_campaign(conn, campaign_id)
    figures = _figures(conn, campaign_id)
    out = []
    rows = conn.execute(
        sa.select(applications)
        .where(applications.c.campaign_id == campaign_id)
        .order_by(applications.c.sent_at)
    )
    for row in rows:
        sent = parse_snapshot(row.snapshot)
        figure = figures.get(row.city_id)
        out.append(
            ApplicationInfo(
                city_id=row.city_id,
                name=sent.city.name,
                province=sent.city.province,
                sent_at=row.sent_at,
                sent_by=row.sent_by,
                via=row.via,
                missing=sent.missing(),
                foreign_born=figure[0] if figure else None,
                foreign_born_source=figure[1] if figure else "",
            )
        )
    return out


def _figures(conn: sa.Connection, campaign_id: str) -> dict[str, tuple[int, str]]:
    rows = conn.execute(
        sa.select(candidate_figures).where(candidate_figures.c.campaign_id == campaign_id)
    )
    return {row.city_id: (row.foreign_born, row.source) for row in rows}


def set_figure(
    conn: sa.Connection,
    campaign_id: str,
    city_id: str,
    foreign_born: int,
    source: str,
    *,
    by: str,
    now: datetime,
) -> None:
    """IOM's Census 2010 foreign-born figure for a candidate the register has none for."""
    row = conn.execute(
        sa.select(applications.c.snapshot).where(
            applications.c.campaign_id == campaign_id, applications.c.city_id == city_id
        )
    ).first()
    if row is None:
        raise AccountError(f"La ciudad «{city_id}» no se inscribió en esta convocatoria.", 404)
    sent = parse_snapshot(row.snapshot)
    if not source.strip():
        raise AccountError("Indique la fuente de la cifra (p. ej. «INDEC, Censo 2010, cuadro P6»).")
    if foreign_born < 0:
        raise AccountError("La población nacida en el extranjero no puede ser negativa.")
    try:
        candidate(sent, foreign_born, source)  # the same checks as the run's
    except DomainError as exc:
        raise AccountError(sentence(str(exc))) from None
    key = (candidate_figures.c.campaign_id == campaign_id, candidate_figures.c.city_id == city_id)
    values = {"foreign_born": foreign_born, "source": source.strip(), "entered_at": now}
    if conn.execute(sa.select(candidate_figures.c.city_id).where(*key)).first() is None:
        conn.execute(
            sa.insert(candidate_figures).values(
                campaign_id=campaign_id, city_id=city_id, entered_by=by, **values
            )
        )
    else:
        conn.execute(sa.update(candidate_figures).where(*key).values(entered_by=by, **values))


def campaign_candidates(conn: sa.Connection, campaign_id: str) -> list[Candidate]:
    """The engine's candidates: each application of the campaign, with IOM's figures."""
    figures = _figures(conn, campaign_id)
    rows = conn.execute(
        sa.select(applications.c.city_id, applications.c.snapshot).where(
            applications.c.campaign_id == campaign_id
        )
    )
    out = []
    for row in rows:
        figure = figures.get(row.city_id)
        sent = parse_snapshot(row.snapshot)
        out.append(candidate(sent, *(figure if figure else (None, ""))))
    return out


def sent_application(conn: sa.Connection, campaign_id: str, city_id: str) -> SentApplication:
    row = conn.execute(
        sa.select(applications.c.snapshot).where(
            applications.c.campaign_id == campaign_id, applications.c.city_id == city_id
        )
    ).first()
    if row is None:
        raise AccountError(f"La ciudad «{city_id}» no se inscribió en esta convocatoria.", 404)
    return parse_snapshot(row.snapshot)
