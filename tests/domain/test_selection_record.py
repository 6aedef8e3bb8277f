"""A run is a record: inputs, parameters, decisions and the outcome they give, kept as JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from selection_kit import cand, one_per_region, params

from migradesk.domain.base import DomainError
from migradesk.domain.selection import RunInput, RunStatus, TieDecision
from migradesk.domain.selection_record import decide, dump_run, load_run, new_run

AT = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


def test_a_run_survives_json_and_gives_the_same_outcome() -> None:
    data = RunInput(tuple(one_per_region(4)), params())
    run = new_run("r1", "Convocatoria 2026", AT, "oim.admin", data)
    text = json.dumps(dump_run(run))
    loaded = load_run(json.loads(text))
    assert loaded == run
    assert loaded.outcome.selected == run.outcome.selected


def test_a_stored_outcome_that_its_inputs_do_not_give_is_refused() -> None:
    run = new_run("r1", "t", AT, "oim", RunInput(tuple(one_per_region()), params()))
    stored = dump_run(run)
    stored["outcome"]["selected"] = list(reversed(stored["outcome"]["selected"]))
    with pytest.raises(DomainError, match="no coincide con sus entradas"):
        load_run(stored)


def test_a_decision_is_kept_among_the_inputs() -> None:
    run = new_run("r1", "t", AT, "oim", RunInput((cand("a"), cand("b")), params()))
    assert run.outcome.status is RunStatus.AWAITING_DECISIONS
    [tie] = run.outcome.pending_ties
    decision = TieDecision(tie.id, ("b",), note="acta 7", decided_by="OIM y DNM")
    decided = decide(run, decision)
    assert decided.input.decisions == (decision,)
    assert decided.outcome.selected == ("b",)
    assert load_run(dump_run(decided)) == decided
    again = decide(decided, TieDecision(tie.id, ("a",)))
    assert again.input.decisions == (TieDecision(tie.id, ("a",)),)
    with pytest.raises(DomainError, match="no tiene el empate E-0"):
        decide(run, TieDecision("E-0", ("a",)))


def test_garbage_is_refused_with_a_spanish_message() -> None:
    with pytest.raises(DomainError, match="corrida de selección no válida"):
        load_run({"id": "x"})
