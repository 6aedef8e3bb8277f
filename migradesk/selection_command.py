"""``migradesk select`` and ``migradesk export selection``: the selection engine on files.

``select_files`` reads the candidates CSV (and optionally the regional references, the
parameters and IOM/DNM's decisions), runs the engine and writes ``results.csv``,
``results.pdf`` and ``run.json`` (the run as a record) into a folder — all three or nothing:
they are built in a temporary folder beside it and moved in only when all are written.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from migradesk.domain.base import DomainError
from migradesk.domain.selection import RunInput, RunStatus
from migradesk.domain.selection_csv import (
    read_candidates,
    read_decisions,
    read_references,
    results_csv,
)
from migradesk.domain.selection_params import (
    Parameters,
    default_parameters,
    parameters_from,
    with_references,
)
from migradesk.domain.selection_record import (
    SelectionRun,
    dump_run,
    load_run,
    new_run,
    run_id_for,
)
from migradesk.pdf.output import describe_os_error

RESULTS_CSV = "results.csv"
RESULTS_PDF = "results.pdf"
RUN_JSON = "run.json"
DEFAULT_TITLE = "Selección de ciudades MigraCiudades Argentina"


class SelectionFileError(DomainError):
    """A file that cannot be read or written, said in Spanish."""


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SelectionFileError(f"No existe el archivo «{path}».") from None
    except IsADirectoryError:
        raise SelectionFileError(f"«{path}» es una carpeta: indique un archivo.") from None
    except OSError as exc:
        raise SelectionFileError(f"No se puede leer «{path}»: {exc.strerror or exc}.") from None


def read_parameters(path: Path) -> Parameters:
    """Parameters from a JSON object: the fields it names replace the defaults."""
    try:
        given = json.loads(_read(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SelectionFileError(f"{path.name}: no es un JSON válido ({exc}).") from None
    try:
        return parameters_from(given, path.name)
    except DomainError as exc:
        raise SelectionFileError(f"{exc}.") from None


def build_input(
    candidates: Path,
    *,
    regions: Path | None = None,
    parameters: Path | None = None,
    decisions: Path | None = None,
) -> RunInput:
    chosen = read_parameters(parameters) if parameters else default_parameters()
    if regions is not None:
        chosen = with_references(chosen, *read_references(_read(regions), regions.name))
    return RunInput(
        read_candidates(_read(candidates), candidates.name),
        chosen,
        read_decisions(_read(decisions), decisions.name) if decisions else (),
    )


@contextlib.contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A temporary folder beside ``out``; its files are moved into ``out`` at the end."""
    parent = out.parent if str(out.parent) else Path(".")
    if out.exists() and not out.is_dir():
        raise SelectionFileError(f"«{out}» es un archivo: indique una carpeta para los resultados.")
    if not parent.is_dir():
        raise SelectionFileError(f"La carpeta «{parent}» no existe.")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    except OSError as exc:
        raise SelectionFileError(describe_os_error(exc, out / RESULTS_PDF)) from None
    try:
        yield staging
        out.mkdir(exist_ok=True)
        for item in sorted(staging.iterdir()):
            os.replace(item, out / item.name)
    except OSError as exc:
        raise SelectionFileError(describe_os_error(exc, out / RESULTS_PDF)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_results(run: SelectionRun, out: Path, *, today: date) -> list[Path]:
    """results.csv, results.pdf and run.json in ``out``: all three, or none."""
    from migradesk.pdf.selection import render_selection

    names = (RESULTS_CSV, RESULTS_PDF, RUN_JSON)
    with _staging(out) as staging:
        (staging / RESULTS_CSV).write_bytes(results_csv(run.outcome))
        render_selection(run, staging / RESULTS_PDF, today=today)
        text = json.dumps(dump_run(run), ensure_ascii=False, indent=1)
        (staging / RUN_JSON).write_text(text + "\n", encoding="utf-8")
    return [out / name for name in names]


def select_files(
    candidates: Path,
    out: Path,
    *,
    regions: Path | None = None,
    parameters: Path | None = None,
    decisions: Path | None = None,
    title: str = DEFAULT_TITLE,
    created_by: str = "",
    now: datetime | None = None,
) -> tuple[SelectionRun, list[Path]]:
    """Read, run, write: the whole of ``migradesk select``."""
    data = build_input(candidates, regions=regions, parameters=parameters, decisions=decisions)
    moment = now or datetime.now(UTC)
    author = created_by or os.environ.get("USER") or os.environ.get("USERNAME") or "OIM"
    run = new_run(run_id_for(data), title, moment, author, data)
    return run, write_results(run, Path(out), today=moment.date())


def export_run(run_file: Path, out: Path, *, today: date | None = None) -> Path:
    """``migradesk export selection``: a stored run (run.json) as PDF or CSV, by extension."""
    from migradesk.pdf.selection import render_selection

    try:
        stored: Any = json.loads(_read(run_file).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SelectionFileError(f"{run_file.name}: no es un JSON válido ({exc}).") from None
    run = load_run(stored)
    out = Path(out)
    if out.suffix.lower() == ".csv":
        from migradesk.pdf.output import atomic_output

        with atomic_output(out) as sink:
            sink.write(results_csv(run.outcome))
        return out
    if out.suffix.lower() != ".pdf":
        raise SelectionFileError(f"«{out.name}»: indique un archivo .pdf o .csv.")
    return render_selection(run, out, today=today)


def summary(run: SelectionRun) -> list[str]:
    """What the command prints, in Spanish."""
    outcome = run.outcome
    names = {r.key: r.candidate.name for r in outcome.results}
    lines = [f"Corrida {run.id}: {len(outcome.selected)} ciudades seleccionadas."]
    if outcome.support.computed:
        count = len(outcome.support.developed) + len(outcome.support.incipient)
        lines.append(f"Apoyo financiero: {count} ciudades.")
    if outcome.status is RunStatus.AWAITING_DECISIONS:
        lines.append("Pendiente de decisión de OIM y DNM (la herramienta no desempata):")
        lines += [
            f"  {tie.id}: " + ", ".join(names[k] for k in tie.candidates)
            for tie in outcome.pending_ties
        ]
        lines.append("Registre la decisión en un CSV (empate,orden) y use --decisions.")
    unscored = sum(r.score is None for r in outcome.results)
    if unscored:
        lines.append(f"{unscored} candidatas sin puntaje por datos faltantes (ver results.csv).")
    lines += outcome.notes
    return lines
