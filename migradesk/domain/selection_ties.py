"""Ties the guide's criteria cannot break, and IOM/DNM's decisions on them.

A tie is a group of cities (or, for the last places of a round, of regions) that the guide's
criteria leave equal. Its id is derived from what it is about (kind, context, members), so a
decision recorded for it applies to the same tie in a rerun of the same inputs and to nothing
else. A decision orders some or all of the tie's members: the ones it lists come first, in its
order; the others stay tied after them (a new, smaller tie with an id of its own).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum

from migradesk.domain.base import DomainError
from migradesk.domain.city import Region

DECIDERS = "OIM – ONU Migración y Dirección Nacional de Migraciones"


class TieKind(StrEnum):
    REGION = "region"  # same score, border and head in one region's ranking
    ROUND = "ronda"  # more regions than places in the last round, with equal candidates
    SUPPORT = "apoyo"  # the financial support's ranking under one criterion


@dataclasses.dataclass(frozen=True, slots=True)
class TieDecision:
    """IOM and DNM's decision on a tie: the members it puts first, in order."""

    tie_id: str
    order: tuple[str, ...]
    decided_by: str = DECIDERS
    note: str = ""
    decided_on: date | None = None

    def __post_init__(self) -> None:
        if not self.order:
            raise DomainError(f"la decisión sobre el empate {self.tie_id} no elige a nadie")
        if len(set(self.order)) != len(self.order):
            raise DomainError(f"la decisión sobre el empate {self.tie_id} repite un nombre")


@dataclasses.dataclass(frozen=True, slots=True)
class Tie:
    """A tie found in a run, named with its cities, and the decision applied to it, if any."""

    id: str
    kind: TieKind
    choices: tuple[str, ...]  # what a decision orders: candidate keys, or regions (ROUND)
    candidates: tuple[str, ...]  # the tied cities (candidate keys)
    places: int  # places at stake among them (0: the tie changes no place)
    material: bool  # it decides who gets a place: the run waits for IOM/DNM
    explanation: str
    region: Region | None = None
    round: int | None = None
    criterion: str | None = None
    decision: TieDecision | None = None

    @property
    def pending(self) -> bool:
        return self.material and self.decision is None


def tie_id(kind: TieKind, context: str, members: Sequence[str]) -> str:
    """A short stable id: the same tie (kind, context, members) gets the same id in any run."""
    text = "|".join((kind.value, context, *sorted(members)))
    return "E-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8].upper()


@dataclasses.dataclass(frozen=True, slots=True)
class Slot:
    """A place in a ranking: one candidate, or several the criteria and decisions leave tied."""

    keys: tuple[str, ...]
    position: int  # 1-based position of its first member

    @property
    def last(self) -> int:
        return self.position + len(self.keys) - 1

    @property
    def tied(self) -> bool:
        return len(self.keys) > 1

    def across(self, places: int) -> bool:
        """Whether the line after ``places`` cuts through this tie (it decides a place)."""
        return self.tied and self.position <= places < self.last


@dataclasses.dataclass(frozen=True, slots=True)
class Decided:
    """A decision applied while ranking, with the tie's members at that moment."""

    tie_id: str
    members: tuple[str, ...]
    decision: TieDecision


def ranking(
    groups: Sequence[Sequence[str]],
    kind: TieKind,
    context: str,
    decisions: Mapping[str, TieDecision],
    used: set[str],
) -> tuple[list[Slot], list[Decided]]:
    """Slots of groups given best first (members of a group are equal for the criteria).

    Each group is split by the decisions recorded for it, in turn: the members a decision lists
    come first in its order; the others stay tied (a smaller tie, with an id of its own).
    The ids of the decisions applied are added to ``used``."""
    slots: list[Slot] = []
    decided: list[Decided] = []
    position = 1
    for group in groups:
        remaining = sorted(group)
        while len(remaining) > 1:
            identifier = tie_id(kind, context, remaining)
            decision = decisions.get(identifier)
            if decision is None:
                break
            unknown = [key for key in decision.order if key not in remaining]
            if unknown:
                raise DomainError(
                    f"la decisión sobre el empate {identifier} nombra a quien no está "
                    "empatado: " + ", ".join(unknown)
                )
            used.add(identifier)
            decided.append(Decided(identifier, tuple(remaining), decision))
            for key in decision.order:
                slots.append(Slot((key,), position))
                position += 1
            remaining = [key for key in remaining if key not in decision.order]
        if remaining:
            slots.append(Slot(tuple(remaining), position))
            position += len(remaining)
    return slots, decided


def slot_at(slots: Sequence[Slot], position: int) -> Slot | None:
    """The slot holding ``position`` (1-based), if the ranking is that long."""
    for slot in slots:
        if slot.position <= position <= slot.last:
            return slot
    return None


def span(slots: Sequence[Slot], members: Sequence[str]) -> tuple[int, int]:
    """First and last positions of a group of members (contiguous in a ranking)."""
    wanted = set(members)
    first = min(slot.position for slot in slots if wanted & set(slot.keys))
    return first, first + len(members) - 1
