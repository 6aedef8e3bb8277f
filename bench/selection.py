"""City selection: a run over every local government of the register (2,305 candidates) ≤ 1 s.

Every candidate applies, with section 2 answers and foreign-born figures drawn from a fixed seed
(the bench's own figures, named as such in the run's sources: the register has them only for
Gran Buenos Aires). Run alone with ``python bench/selection.py`` or via
``python -m bench selection``.
"""

from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``migradesk`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.table import Row, median, print_table, timed_ms
from migradesk.domain.application import Presence
from migradesk.domain.city import Region
from migradesk.domain.register import load_register
from migradesk.domain.selection import RunInput, run_selection
from migradesk.domain.selection_candidates import Candidate, from_register
from migradesk.domain.selection_params import RegionReference, default_parameters, with_references

BENCH_SOURCE = "Bench: cifras sintéticas de semilla fija"


def bench_input(seed: int = 2022) -> RunInput:
    """Every local government of the register as a candidate (those without population 2010
    are refused, as in a real run)."""
    rng = random.Random(seed)
    candidates: list[Candidate] = []
    for entry in load_register():
        figure = None
        if entry.foreign_born_2010 is None and entry.population_2010 is not None:
            figure = rng.randint(0, entry.population_2010 // 8)
        candidate = from_register(entry, foreign_born_2010=figure, foreign_born_source=BENCH_SOURCE)
        candidates.append(
            dataclasses.replace(
                candidate,
                migration_body=rng.choice(list(Presence)),
                migrant_programmes=rng.choice(list(Presence)),
                agreements=rng.choice(list(Presence)),
                systematic_measures=rng.random() < 0.3,
                emerging_demand=rng.random() < 0.5,
            )
        )
    references = [
        RegionReference(region, 4_000 + 500 * index, 100_000, BENCH_SOURCE)
        for index, region in enumerate(Region)
        if region is not Region.GRAN_BUENOS_AIRES
    ]
    return RunInput(tuple(candidates), with_references(default_parameters(), *references))


def run() -> list[Row]:
    data = bench_input()
    outcome = run_selection(data)  # warm: imports and the register's caches
    took = median(timed_ms(lambda: run_selection(data), 5))
    return [
        Row(
            f"Selection: a run over {len(data.candidates):,} candidates, "
            f"{len(outcome.selected)} selected (median)",
            took,
            "ms",
            "≤ 1000 ms",
            took <= 1000,
        )
    ]


if __name__ == "__main__":
    rows = run()
    print_table(rows)
    sys.exit(0 if all(r.ok is not False for r in rows) else 1)
