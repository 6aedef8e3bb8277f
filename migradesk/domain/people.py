"""People: the focal point (with substitution history) and the officials enrolled in training."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from migradesk.domain.base import DomainError, Record, derived_id, register


@register
@dataclasses.dataclass(kw_only=True)
class FocalPoint(Record):
    """One person's term as the city's Punto Focal; the current one has no end date.

    A city has one focal point at a time (sync G13): a term's id is derived from the city and
    the term it follows (``follows``: its id; "" for the city's first), so two desktops that
    record the focal point, or its replacement, offline create the same record and meet as a
    conflict instead of leaving two current focal points (``migradesk.domain.unique``)."""

    KIND: ClassVar[str] = "focal_point"

    name: str
    post: str = ""
    area: str = ""
    email: str = ""
    phone: str = ""
    since: date | None = None
    until: date | None = None
    reason_for_leaving: str = ""
    # The mayor's letter naming this person as the replacement of the previous focal point.
    substitution_letter_on: date | None = None
    follows: str = ""  # the id of the term this one follows; "" for the city's first

    @staticmethod
    def id_for(city_id: str, follows: str = "") -> str:
        return derived_id("focal_point", city_id, follows)


def next_term(city_id: str, focal_points: list[FocalPoint], **fields: Any) -> FocalPoint:
    """A new focal point for a city with no current one: it follows the latest term (an ended
    one), or is the city's first; its id says so (sync G13)."""
    ended = max(
        focal_points, key=lambda fp: (fp.until or date.min, fp.since or date.min), default=None
    )
    follows = ended.id if ended is not None else ""
    return FocalPoint(
        id=FocalPoint.id_for(city_id, follows), city_id=city_id, follows=follows, **fields
    )


def current_focal_point(focal_points: list[FocalPoint]) -> FocalPoint | None:
    active = [fp for fp in focal_points if fp.until is None]
    return max(active, key=lambda fp: fp.since or date.min, default=None)


def replace_focal_point(
    current: FocalPoint, successor: FocalPoint, on: date, reason: str
) -> tuple[FocalPoint, FocalPoint]:
    """End ``current``'s term and start ``successor``'s on the same day; the city's work stays."""
    if current.since and on < current.since:
        raise DomainError(
            f"la fecha de reemplazo ({on:%d/%m/%Y}) es anterior al inicio del punto focal actual"
        )
    if not reason.strip():
        raise DomainError("indique el motivo del reemplazo")
    ended = dataclasses.replace(current, until=on, reason_for_leaving=reason.strip())
    letter_on = successor.substitution_letter_on or on
    started = dataclasses.replace(
        successor,
        id=FocalPoint.id_for(current.city_id, current.id),  # one successor per term (G13)
        follows=current.id,
        since=on,
        until=None,
        substitution_letter_on=letter_on,
    )
    return ended, started


class Gender(StrEnum):
    WOMAN = "mujer"
    MAN = "varon"
    NON_BINARY = "no_binario"
    OTHER = "otro"
    UNDISCLOSED = "prefiere_no_decir"


COURSE_STEPS = (
    "initial_questionnaire",
    "module_1",
    "module_2",
    "module_3",
    "module_4",
    "final_questionnaire",
)


@register
@dataclasses.dataclass(kw_only=True)
class Official(Record):
    """A municipal official enrolled in the Phase 1 course; each step holds its completion date."""

    KIND: ClassVar[str] = "official"

    name: str
    post: str = ""
    area: str = ""
    email: str = ""
    phone: str = ""
    gender: Gender | None = None
    is_focal_point: bool = False
    enrolled_on: date | None = None
    initial_questionnaire: date | None = None
    module_1: date | None = None
    module_2: date | None = None
    module_3: date | None = None
    module_4: date | None = None
    final_questionnaire: date | None = None

    @property
    def steps_done(self) -> int:
        return sum(getattr(self, step) is not None for step in COURSE_STEPS)

    @property
    def course_completed(self) -> bool:
        return self.steps_done == len(COURSE_STEPS)
