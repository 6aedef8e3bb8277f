"""A selection run as a record: its inputs (candidates with their sources, parameters, IOM/DNM's
decisions on ties), who ran it and when, and the outcome those inputs give.

The outcome is derived, never edited: ``load_run`` recomputes it and refuses a record whose
stored outcome differs (same inputs, same outcome). A decision on a tie makes a new version of
the run (``decide``), with the decision kept among its inputs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime
from typing import Any

import pydantic

from migradesk.domain.base import DomainError
from migradesk.domain.selection import Outcome, RunInput, run_selection
from migradesk.domain.selection_ties import TieDecision

# Bumped when a rule or formula of the engine changes what an input gives: a record of another
# engine is shown as it was stored, and recomputed only by its own engine.
ENGINE_VERSION = 1


@dataclasses.dataclass(frozen=True, slots=True)
class SelectionRun:
    id: str
    title: str
    created_at: datetime
    created_by: str
    input: RunInput
    outcome: Outcome
    engine: int = ENGINE_VERSION


def run_id_for(data: RunInput) -> str:
    """An id from the inputs themselves: the same inputs get the same id."""
    text = json.dumps(dump_input(data), sort_keys=True, ensure_ascii=False)
    return "S-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10].upper()


def new_run(
    run_id: str, title: str, created_at: datetime, created_by: str, data: RunInput
) -> SelectionRun:
    return SelectionRun(run_id, title, created_at, created_by, data, run_selection(data))


def decide(run: SelectionRun, decision: TieDecision) -> SelectionRun:
    """The run with IOM/DNM's decision on one of its ties (replacing an earlier one on it)."""
    known = {tie.id for tie in run.outcome.ties}
    if decision.tie_id not in known:
        raise DomainError(f"la corrida no tiene el empate {decision.tie_id}")
    kept = tuple(d for d in run.input.decisions if d.tie_id != decision.tie_id)
    data = dataclasses.replace(run.input, decisions=(*kept, decision))
    return dataclasses.replace(run, input=data, outcome=run_selection(data))


_ADAPTER: pydantic.TypeAdapter[SelectionRun] = pydantic.TypeAdapter(SelectionRun)
_INPUT: pydantic.TypeAdapter[RunInput] = pydantic.TypeAdapter(RunInput)


def dump_run(run: SelectionRun) -> dict[str, Any]:
    """The record as JSON-ready data."""
    data: dict[str, Any] = _ADAPTER.dump_python(run, mode="json")
    return data


def dump_input(data: RunInput) -> dict[str, Any]:
    dumped: dict[str, Any] = _INPUT.dump_python(data, mode="json")
    return dumped


def load_input(data: Any) -> RunInput:
    try:
        return _INPUT.validate_python(data)
    except pydantic.ValidationError as exc:
        raise DomainError(f"entradas de la selección no válidas: {_problems(exc)}") from None


def load_run(data: Any) -> SelectionRun:
    """A stored record, checked: its outcome must be what its inputs give (same engine)."""
    try:
        run = _ADAPTER.validate_python(data)
    except pydantic.ValidationError as exc:
        raise DomainError(f"corrida de selección no válida: {_problems(exc)}") from None
    if run.engine == ENGINE_VERSION and run_selection(run.input) != run.outcome:
        raise DomainError(
            f"la corrida {run.id} no coincide con sus entradas: el resultado guardado fue "
            "modificado o calculado de otra forma"
        )
    return run


def _problems(exc: pydantic.ValidationError) -> str:
    return "; ".join(
        ": ".join(filter(None, (".".join(str(p) for p in err["loc"]), err["msg"])))
        for err in exc.errors()[:5]
    )
