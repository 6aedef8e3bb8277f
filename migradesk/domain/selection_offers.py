"""After the results (the guide's section 3, "Tiempos"): each selected city is notified and has
10 business days to confirm with the mayor's note; a city that does not confirm gives its place
to the next city of the same region in the ranking, and so on until the quota is full. Then the
financial support of section 4 for five of the ten, each after a needs assessment.

Pure: offers are values; the server stores them and asks these functions what comes next.
"""

from __future__ import annotations

import calendar as months
import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

from migradesk.domain.base import DomainError
from migradesk.domain.calendar import CONFIRMATION_BUSINESS_DAYS, add_business_days
from migradesk.domain.city import REGION_LABELS, Region
from migradesk.domain.selection import Outcome, Status
from migradesk.domain.selection_ties import DECIDERS, Tie, TieKind, tie_id

COORDINATOR_MONTHS = 5


class OfferState(StrEnum):
    NOTIFIED = "notificada"  # waiting for the mayor's note
    CONFIRMED = "confirmada"
    DECLINED = "desistida"  # the city said it will not take part
    EXPIRED = "vencida"  # 10 business days without the note


OFFER_STATE_LABELS = {
    OfferState.NOTIFIED: "Notificada: espera la nota del/de la intendente/a",
    OfferState.CONFIRMED: "Confirmada",
    OfferState.DECLINED: "Desistió",
    OfferState.EXPIRED: "Vencida: no confirmó en 10 días hábiles",
}
OPEN_PLACE = frozenset({OfferState.DECLINED, OfferState.EXPIRED})


@dataclasses.dataclass(frozen=True, slots=True)
class Offer:
    """A place offered to a city: from the results, or replacing a city that did not confirm."""

    key: str
    region: Region
    notified_on: date
    state: OfferState = OfferState.NOTIFIED
    replaces: str | None = None
    settled_on: date | None = None  # when it was confirmed, declined or found expired

    @property
    def due_on(self) -> date:
        return confirmation_due(self.notified_on)

    def state_on(self, today: date) -> OfferState:
        """Its state today: a notification past its deadline has expired."""
        if self.state is OfferState.NOTIFIED and today > self.due_on:
            return OfferState.EXPIRED
        return self.state


def confirmation_due(notified_on: date) -> date:
    """The last day to confirm: 10 business days after the notification (AR holidays)."""
    return add_business_days(notified_on, CONFIRMATION_BUSINESS_DAYS)


def first_offers(outcome: Outcome, notified_on: date) -> list[Offer]:
    """The offers of the published results: one per selected city. Results with undecided ties
    cannot be published."""
    if outcome.pending_ties:
        raise DomainError(
            "la selección tiene empates pendientes de decisión de OIM y DNM: "
            + ", ".join(tie.id for tie in outcome.pending_ties)
        )
    return [
        Offer(result.key, result.candidate.region, notified_on)
        for result in outcome.results
        if result.status is Status.SELECTED
    ]


def settle(offer: Offer, state: OfferState, on: date) -> Offer:
    """A confirmation, a decline or an expiry, recorded; a settled offer stays as it is."""
    if state is OfferState.NOTIFIED:
        raise DomainError("una oferta no vuelve a quedar pendiente")
    current = offer.state_on(on)
    if offer.state is not OfferState.NOTIFIED:
        if offer.state is state:
            return offer
        raise DomainError(
            f"la oferta a {offer.key} ya está {OFFER_STATE_LABELS[offer.state].lower()}"
        )
    if state is OfferState.CONFIRMED and current is OfferState.EXPIRED:
        raise DomainError(
            f"el plazo para confirmar venció el {offer.due_on:%d/%m/%Y}: la nota llegó tarde; "
            "OIM puede aceptarla registrándola con fecha dentro del plazo"
        )
    if on < offer.notified_on:
        raise DomainError("la fecha es anterior a la notificación")
    return dataclasses.replace(offer, state=state, settled_on=on)


@dataclasses.dataclass(frozen=True, slots=True)
class Next:
    """What to do with a region's open place: offer it to ``key``, wait for IOM/DNM on ``tie``,
    or nothing (``key`` and ``tie`` both None: the region has no candidate left)."""

    region: Region
    replaces: str
    key: str | None = None
    tie: Tie | None = None

    @property
    def exhausted(self) -> bool:
        return self.key is None and self.tie is None


def next_in_region(outcome: Outcome, region: Region, offered: Iterable[str], replaces: str) -> Next:
    """The next city of ``region``'s ranking that was not offered a place yet.

    Tied cities (the guide's criteria leave them equal) are never ordered here: their tie goes
    to IOM and DNM, whose decision, recorded in the run, orders the ranking."""
    seen = set(offered)
    [info] = [r for r in outcome.regions if r.region is region]
    for slot in info.slots:
        left = [key for key in slot.keys if key not in seen]
        if not left:
            continue
        if len(left) == 1:
            return Next(region, replaces, key=left[0])
        names = {r.key: r.candidate.name for r in outcome.results}
        identifier = tie_id(TieKind.REGION, region.value, left)
        tie = Tie(
            id=identifier,
            kind=TieKind.REGION,
            choices=tuple(sorted(left)),
            candidates=tuple(sorted(left)),
            places=1,
            material=True,
            explanation=(
                f"{REGION_LABELS[region]}: el lugar de {names.get(replaces, replaces)} pasa a la "
                "siguiente ciudad de la región, y las siguientes están empatadas con los "
                f"criterios de la guía. Decide {DECIDERS}."
            ),
            region=region,
        )
        return Next(region, replaces, tie=tie)
    return Next(region, replaces)


def open_places(offers: Sequence[Offer], today: date) -> list[Offer]:
    """Offers whose place is open (declined or expired) and not yet passed on to another city."""
    passed_on = {offer.replaces for offer in offers if offer.replaces is not None}
    return [
        offer
        for offer in offers
        if offer.state_on(today) in OPEN_PLACE and offer.key not in passed_on
    ]


def replacements(outcome: Outcome, offers: Sequence[Offer], today: date) -> list[Next]:
    """For each open place, in the results' order, the next city of its region (or the tie to
    decide, or nothing left). Two open places of one region go to two different cities."""
    offered = {offer.key for offer in offers}
    out: list[Next] = []
    order = {result.key: index for index, result in enumerate(outcome.results)}
    for offer in sorted(open_places(offers, today), key=lambda o: order.get(o.key, 0)):
        found = next_in_region(outcome, offer.region, offered, offer.key)
        out.append(found)
        if found.key is not None:
            offered.add(found.key)
        elif found.tie is not None:
            offered.update(found.tie.candidates)  # a second place waits for the same decision
    return out


def participants(offers: Sequence[Offer], today: date) -> tuple[str, ...]:
    """The cities that confirmed: the ten (or fewer) that take part."""
    return tuple(sorted(o.key for o in offers if o.state_on(today) is OfferState.CONFIRMED))


def settled(offers: Sequence[Offer], outcome: Outcome, today: date) -> bool:
    """Every place is confirmed, or open with no candidate left in its region."""
    if any(o.state_on(today) is OfferState.NOTIFIED for o in offers):
        return False
    return all(n.exhausted for n in replacements(outcome, offers, today))


# --- financial support (section 4) ---------------------------------------------------------------


class SupportState(StrEnum):
    """The support's steps (process.md): proposed → assessed → granted → delivered."""

    PROPOSED = "propuesta"
    ASSESSED = "necesidades_evaluadas"
    GRANTED = "otorgada"
    DELIVERED = "entregada"
    WITHDRAWN = "desistida"


SUPPORT_STATE_LABELS = {
    SupportState.PROPOSED: "Propuesta: falta la evaluación de necesidades",
    SupportState.ASSESSED: "Necesidades evaluadas",
    SupportState.GRANTED: "Otorgada",
    SupportState.DELIVERED: "Entregada",
    SupportState.WITHDRAWN: "Desistida",
}
_SUPPORT_NEXT = {
    SupportState.PROPOSED: {SupportState.ASSESSED, SupportState.WITHDRAWN},
    SupportState.ASSESSED: {SupportState.GRANTED, SupportState.WITHDRAWN},
    SupportState.GRANTED: {SupportState.DELIVERED, SupportState.WITHDRAWN},
    SupportState.DELIVERED: set(),
    SupportState.WITHDRAWN: set(),
}


@dataclasses.dataclass(frozen=True, slots=True)
class Support:
    """The financial support of one city: a Migration Policy Coordinator hired for 5 months and
    funds for equipment and supplies, both after a needs assessment."""

    key: str
    criterion: str  # "i" or "ii"
    state: SupportState = SupportState.PROPOSED
    assessed_on: date | None = None
    assessment: str = ""  # the needs found
    coordinator: str = ""
    coordinator_from: date | None = None
    equipment: str = ""  # funds and what they buy
    delivered_on: date | None = None
    note: str = ""

    @property
    def coordinator_until(self) -> date | None:
        if self.coordinator_from is None:
            return None
        return add_months(self.coordinator_from, COORDINATOR_MONTHS)


def add_months(day: date, count: int) -> date:
    """The same day ``count`` months later (the month's last day when it has no such day)."""
    index = day.month - 1 + count
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, months.monthrange(year, month)[1]))


def advance(support: Support, state: SupportState, **changes: object) -> Support:
    """Move the support to ``state`` with the facts that step needs (Spanish errors)."""
    if state is not support.state and state not in _SUPPORT_NEXT[support.state]:
        raise DomainError(
            f"el apoyo de {support.key} está «{SUPPORT_STATE_LABELS[support.state]}» y no puede "
            f"pasar a «{SUPPORT_STATE_LABELS[state]}»"
        )
    moved = dataclasses.replace(support, state=state, **changes)  # type: ignore[arg-type]
    if state is SupportState.ASSESSED and (moved.assessed_on is None or not moved.assessment):
        raise DomainError("la evaluación de necesidades necesita su fecha y lo que encontró")
    if state is SupportState.GRANTED and not (moved.coordinator and moved.coordinator_from):
        raise DomainError(
            "para otorgar el apoyo indique la persona Coordinadora de Políticas Migratorias "
            "y desde cuándo (5 meses)"
        )
    if state is SupportState.DELIVERED and moved.delivered_on is None:
        raise DomainError("indique la fecha de entrega del equipamiento")
    return moved


# --- the e-mails IOM sends ("Los resultados ... serán comunicados vía correo electrónico") ----


@dataclasses.dataclass(frozen=True, slots=True)
class Message:
    key: str
    subject: str
    body: str


def _selected_body(name: str, region: Region, campaign: str, offer: Offer) -> str:
    due = f"{offer.due_on:%d/%m/%Y}"
    return (
        f"La ciudad de {name} fue seleccionada para participar del proyecto MigraCiudades "
        f"Argentina (convocatoria «{campaign}», región {REGION_LABELS[region]}).\n\n"
        "Para confirmar su adhesión, el/la intendente/a debe enviar una nota que ratifique la "
        "designación de la persona que hará de Punto Focal y confirme la participación en las "
        f"seis fases del proceso de certificación, dentro de los diez días hábiles: hasta el "
        f"{due} inclusive. En MigraDesk: Inscripción → nota de confirmación.\n\n"
        "Si la ciudad no confirma en ese plazo, el lugar pasa a la ciudad siguiente de la "
        "misma región.\n\nOIM – ONU Migración"
    )


def offer_message(outcome: Outcome, offer: Offer, campaign: str) -> Message:
    """The e-mail of a place offered: in the results, or freed by a city that did not confirm."""
    result = outcome.result(offer.key)
    name = result.candidate.name
    body = _selected_body(name, offer.region, campaign, offer)
    if offer.replaces is not None:
        freed = outcome.result(offer.replaces).candidate.name
        body = (
            f"Se liberó el lugar de {freed} en la región {REGION_LABELS[offer.region]}, y "
            f"{name} es la ciudad siguiente en el orden de la región.\n\n" + body
        )
    return Message(offer.key, f"MigraCiudades Argentina: {name} fue seleccionada", body)


def result_messages(outcome: Outcome, offers: Sequence[Offer], campaign: str) -> list[Message]:
    """One e-mail per candidate: selected (with its deadline) or not (with the reason)."""
    offered = {offer.key: offer for offer in offers}
    out = []
    for result in outcome.results:
        offer = offered.get(result.key)
        if offer is not None:
            out.append(offer_message(outcome, offer, campaign))
            continue
        name = result.candidate.name
        reason = result.reasons[0] if result.reasons else ""
        waiting = (
            "Si se libera un lugar de su región, la OIM se comunicará con la ciudad.\n\n"
            if result.status is Status.NOT_SELECTED
            else ""
        )
        out.append(
            Message(
                result.key,
                f"MigraCiudades Argentina: resultado de la selección de {name}",
                f"La ciudad de {name} no fue seleccionada en la convocatoria «{campaign}».\n\n"
                f"{reason}\n\n{waiting}Gracias por su inscripción.\n\nOIM – ONU Migración",
            )
        )
    return out


ARGENTINA = timezone(timedelta(hours=-3))  # no daylight saving since 2009


def argentina_day(moment: datetime) -> date:
    """The day in Argentina at ``moment`` (deadlines are Argentine business days)."""
    return moment.astimezone(ARGENTINA).date()
