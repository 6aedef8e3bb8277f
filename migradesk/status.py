"""`migradesk status`: where the city stands and what comes next, in Spanish, for support over the
phone. The same answer as Inicio's "Lo próximo" (the process model), as plain text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from migradesk.domain.actors import actor_names
from migradesk.domain.base import DomainError
from migradesk.domain.calendar import DeadlineStatus
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process import NextAction, agenda, next_actions, overview, review
from migradesk.domain.process.reviews import DELIVERABLE_NAMES
from migradesk.domain.process.steps import SHORT_TITLES, STATE_NAMES, certified
from migradesk.domain.review import Deliverable


def when(action: NextAction, today: date) -> str:
    if action.due is None:
        return "cuando OIM fije la fecha"
    days = (action.due - today).days
    status = action.status(today)
    if status is DeadlineStatus.OVERDUE:
        return f"venció el {action.due:%d/%m/%Y} (hace {-days} días)"
    if status is DeadlineStatus.NOT_STARTED and action.opens is not None:
        return f"empieza el {action.opens:%d/%m/%Y} y vence el {action.due:%d/%m/%Y}"
    if days == 0:
        return "vence hoy"
    return f"vence el {action.due:%d/%m/%Y} (faltan {days} días)"


def report(file: CityFile, today: date, pending: int, last_sync: datetime | None) -> str:
    """The status of one city as lines of Spanish text."""
    city = file.city
    summary = overview(file, today)
    lines = [f"{city.name} ({city.province}) · región {city.region.label}"]
    state = STATE_NAMES[summary.state] if summary.state else ""
    lines.append(f"Etapa actual: {SHORT_TITLES[summary.step_id]} ({state})")
    cert = file.certification
    if certified(file, today) and cert is not None and cert.certified_on is not None:
        lines.append(f"Ciudad certificada el {cert.certified_on:%d/%m/%Y}.")
    lines.append("")
    first = summary.next
    if first is None:
        lines.append("Lo próximo: nada pendiente; la ciudad está certificada.")
    else:
        lines.append(f"Lo próximo: {first.text}")
        lines.append(f"  A cargo de: {actor_names(first.actors)}")
        lines.append(f"  Plazo: {when(first, today)}")
        lines.append(f"  Dónde: {SHORT_TITLES[first.step_id]}")
    due = [a for a in agenda(next_actions(file, today), today) if a != first]
    if due:
        lines += ["", "Pendientes y vencidos:"]
        for action in due:
            mark = "VENCIDO " if action.overdue(today) else ""
            lines.append(
                f"  {mark}{action.text} ({actor_names(action.actors)}; {when(action, today)})"
            )
    lines += ["", "Entregas:"]
    for deliverable in Deliverable:
        lines.append(f"  {DELIVERABLE_NAMES[deliverable]}: {review(file, deliverable).name}")
    synced = f"{last_sync:%d/%m/%Y %H:%M}" if last_sync else "nunca"
    lines += ["", f"Cambios por enviar: {pending}. Última sincronización: {synced}."]
    return "\n".join(lines)


def status(data_dir: Path, city_id: str | None = None, today: date | None = None) -> str:
    """The status of the data dir's city (``city_id`` when it holds several)."""
    from migradesk.storage import Store
    from migradesk.storage.store import DATABASE_NAME
    from migradesk.storage.sync.sync_status import city_status

    if not (data_dir / DATABASE_NAME).is_file():
        raise DomainError(
            f"No hay datos de MigraDesk en la carpeta «{data_dir}»: indique la carpeta de datos "
            "(--data-dir)."
        )
    with Store.open(data_dir) as store:
        cities = store.cities()
        if city_id is None:
            if not cities:
                raise DomainError(f"La carpeta de datos «{data_dir}» no tiene ninguna ciudad.")
            if len(cities) > 1:
                names = "; ".join(f"{c.name} ({c.province}): {c.id}" for c in cities)
                raise DomainError(f"Hay {len(cities)} ciudades; indique cuál (--city): {names}.")
            city_id = cities[0].id
        file = store.load_city_file(city_id)
        sync = city_status(store, city_id)
    return report(file, today or date.today(), sync.pending, sync.last_success_at)
