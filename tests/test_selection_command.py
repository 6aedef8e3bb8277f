"""`migradesk select` in process: parameters files, stable run ids, all-or-nothing output."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from migradesk.domain.selection_record import load_run, run_id_for
from migradesk.selection_command import (
    SelectionFileError,
    build_input,
    read_parameters,
    select_files,
)

CANDIDATES = (
    "codigo,organismo,programas,convenios\n060427,no,incipiente,no\n020000,no,no,no\n"
    "060028,consolidada,no,no\n"
)
AT = datetime(2026, 3, 2, 15, tzinfo=UTC)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parameters_file_replaces_only_what_it_names(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '{"full_points_ratio": "1.5", "support_incipient": 4}')
    parameters = read_parameters(path)
    assert str(parameters.full_points_ratio) == "1.5"
    assert parameters.support_incipient == 4
    assert parameters.places == 10
    assert parameters.region_references  # Gran Buenos Aires from the register, kept


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"cupos": 8}', "p.json: «cupos» no es un parámetro; los parámetros son: "),
        ('{"places": "muchas"}', 'p.json: el valor "muchas" de «places» no es válido.'),
        ("[1, 2]", "p.json: se espera un objeto JSON"),
        ("{", "p.json: no es un JSON válido"),
        ('{"institutional_weights": ["1", "1", "1"]}', "deben sumar 5 (suman 3,00)"),
    ],
)
def test_a_bad_parameters_file_is_explained(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(Exception, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_parameters(write(tmp_path, "p.json", text))


def test_the_same_inputs_get_the_same_run_id_and_outcome(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", CANDIDATES)
    first, second = build_input(path), build_input(path)
    assert run_id_for(first) == run_id_for(second)
    swapped = write(
        tmp_path,
        "d.csv",
        "\n".join([CANDIDATES.splitlines()[0], *reversed(CANDIDATES.splitlines()[1:])]),
    )
    assert run_id_for(build_input(swapped)) != run_id_for(
        first
    )  # an input's order is part of the record
    run, _ = select_files(path, tmp_path / "a", now=AT)
    again, _ = select_files(swapped, tmp_path / "b", now=AT)
    assert run.outcome.selected == again.outcome.selected


def test_outputs_replace_an_earlier_run_and_leave_no_temporary_folder(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", CANDIDATES)
    out = tmp_path / "res"
    out.mkdir()
    (out / "notas.txt").write_text("de OIM", encoding="utf-8")
    run, _ = select_files(path, out, now=AT, title="Convocatoria 2026")
    assert sorted(p.name for p in out.iterdir()) == [
        "notas.txt",
        "results.csv",
        "results.pdf",
        "run.json",
    ]
    assert load_run(json.loads((out / "run.json").read_text(encoding="utf-8"))) == run
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "res"]


def test_a_missing_file_or_folder_is_a_spanish_error(tmp_path: Path) -> None:
    with pytest.raises(SelectionFileError, match="No existe el archivo"):
        build_input(tmp_path / "no.csv")
    path = write(tmp_path, "c.csv", CANDIDATES)
    with pytest.raises(SelectionFileError, match="no existe"):
        select_files(path, tmp_path / "falta" / "res", now=AT)
    with pytest.raises(SelectionFileError, match="es un archivo"):
        select_files(path, path, now=AT)
