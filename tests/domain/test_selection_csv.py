"""The selection's CSV files: clear Spanish errors for a bad row, register defaults, results."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from selection_kit import cand, run

from migradesk.domain.application import Presence
from migradesk.domain.city import Region
from migradesk.domain.register import by_code
from migradesk.domain.selection_csv import (
    RESULT_COLUMNS,
    CsvError,
    read_candidates,
    read_decisions,
    read_references,
    result_rows,
    results_csv,
)

HEADER = "codigo,nombre,provincia,fronteriza,cabecera,poblacion_2010,nacidos_extranjero_2010,"
HEADER += "fuente_nacidos_extranjero,organismo,programas,convenios"
OWN = "X1,Pueblo Nuevo,Salta,si,no,5000,100,OIM: Censo 2010,no,incipiente,consolidada"


def candidates(*lines: str, header: str = HEADER) -> bytes:
    return "\n".join((header, *lines)).encode("utf-8")


def error(*lines: str, header: str = HEADER) -> str:
    with pytest.raises(CsvError) as caught:
        read_candidates(candidates(*lines, header=header))
    return str(caught.value)


def test_a_register_code_brings_its_facts_and_census_figures() -> None:
    [matanza] = read_candidates(candidates("060427,,,,,,,,no,no,incipiente"))
    entry = by_code("060427")
    assert (matanza.name, matanza.region) == ("La Matanza", Region.GRAN_BUENOS_AIRES)
    assert matanza.population_2010 == entry.population_2010
    assert matanza.foreign_born_2010 == entry.foreign_born_2010
    assert matanza.agreements is Presence.INCIPIENT
    assert matanza.sources.foreign_born == "INDEC, Censo 2010 (registro de gobiernos locales)"
    assert matanza.systematic_measures is None  # column absent: no answer, not "no"


def test_outside_the_register_every_fact_comes_from_the_file() -> None:
    [own] = read_candidates(candidates(OWN))
    assert (own.name, own.province, own.region) == ("Pueblo Nuevo", "Salta", Region.NOROESTE)
    assert (own.is_border, own.is_department_head) == (True, False)
    assert (own.population_2010, own.foreign_born_2010) == (5000, 100)
    assert own.sources.foreign_born == "OIM: Censo 2010"
    assert own.sources.territory == "Archivo candidatas.csv"


def test_missing_foreign_born_stays_missing() -> None:
    [humahuaca] = read_candidates(candidates("380105,,,,,,,,no,no,no"))
    assert humahuaca.foreign_born_2010 is None
    assert humahuaca.missing() == ("población nacida en el extranjero 2010 (Censo 2010)",)


def test_excel_files_semicolons_windows_1252_and_thousands_dots() -> None:
    row = "X1;Añatuya;Santiago del Estero;no;sí;20.125;1.000;OIM;no;no;no"
    text = HEADER.replace(",", ";") + "\r\n" + row
    [own] = read_candidates(text.encode("cp1252"))
    assert own.name == "Añatuya"
    assert (own.population_2010, own.foreign_born_2010) == (20_125, 1_000)
    assert own.is_department_head is True


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            OWN.replace(",5000,", ",5o00,"),
            "candidatas.csv, fila 2, columna poblacion_2010: «5o00» no es un número entero; "
            "se espera p. ej. 12345 o 12.345",
        ),
        (
            OWN.replace(",no,incipiente,", ",quizás,incipiente,"),
            "candidatas.csv, fila 2, columna organismo: «quizás» no es válido; se espera «no», "
            "«incipiente» o «consolidada»",
        ),
        (
            OWN.replace("Salta,si,", "Salta,tal vez,"),
            "candidatas.csv, fila 2, columna fronteriza: «tal vez» no es válido; se espera «si» "
            "o «no»",
        ),
        (
            OWN.replace("Salta", "Saltaa"),
            "candidatas.csv, fila 2, columna provincia: «Saltaa» no es una provincia; se espera "
            "una de las 24 jurisdicciones (p. ej. «Salta», «Tierra del Fuego», «CABA»)",
        ),
        (
            OWN.replace("Salta,si,no,", "Salta,,no,"),
            "candidatas.csv, fila 2, columna fronteriza: está vacía y el código «X1» no está en "
            "el registro de gobiernos locales; se espera «si» o «no»",
        ),
        (
            OWN.replace(",OIM: Censo 2010,", ",,"),
            "candidatas.csv, fila 2, columna fuente_nacidos_extranjero: está vacía; indique de "
            "dónde sale la cifra de nacidos en el extranjero (p. ej. «INDEC, Censo 2010, cuadro "
            "P6»)",
        ),
        (
            OWN.replace(",5000,100,", ",5000,6000,"),
            "candidatas.csv, fila 2, columna nacidos_extranjero_2010: 6000 supera la población "
            "2010 de Pueblo Nuevo (5000)",
        ),
        (
            OWN.replace(",5000,", ",0,"),
            "candidatas.csv, fila 2, columna poblacion_2010: 0 no es válida; debe ser mayor que 0",
        ),
        (
            "060427,,,,,,5,,no,no,no",
            "candidatas.csv, fila 2, columna nacidos_extranjero_2010: el registro tiene",
        ),
        (
            ",Sin código,Salta,no,no,10,1,x,no,no,no",
            "candidatas.csv, fila 2, columna codigo: está vacía; cada candidata necesita un código",
        ),
    ],
)
def test_a_bad_row_says_which_row_which_column_and_what_is_expected(
    line: str, message: str
) -> None:
    assert error(line).startswith(message)


def test_region_must_match_the_province_except_buenos_aires() -> None:
    header = HEADER + ",region"
    assert "columna region: «Cuyo» no corresponde a la provincia Salta (región Noroeste)" in error(
        OWN + ",Cuyo", header=header
    )
    partido = "X2,Partido nuevo,Buenos Aires,no,no,5000,100,OIM,no,no,no,Gran Buenos Aires"
    [own] = read_candidates(candidates(partido, header=header))
    assert own.region is Region.GRAN_BUENOS_AIRES


def test_header_and_rows_are_checked() -> None:
    assert error(OWN, OWN.replace("X1", "X2"), OWN) == (
        "candidatas.csv, fila 4, columna codigo: «X1» ya está en la fila 2"
    )
    assert error(OWN, header=HEADER + ",color").startswith(
        "candidatas.csv, fila 1: columna desconocida «color»; las columnas posibles son: codigo"
    )
    assert error(header="nombre,provincia") == "candidatas.csv, fila 1: falta la columna «codigo»"
    assert error(header=HEADER) == "candidatas.csv: no tiene candidatas (solo la fila de títulos)"
    assert error(OWN + ",extra") == (
        "candidatas.csv, fila 2: tiene 12 celdas y la fila 1 nombra 11 columnas"
    )
    with pytest.raises(CsvError, match="el archivo está vacío"):
        read_candidates(b"")


def test_regional_references() -> None:
    data = (
        "region,nacidos_extranjero_2010,poblacion_2010,fuente\n"
        "Noroeste,150.000,5.000.000,INDEC\nPatagonia,80000,2000000,INDEC\n"
    )
    noa, pat = read_references(data.encode())
    assert (noa.region, noa.foreign_born, noa.population) == (Region.NOROESTE, 150_000, 5_000_000)
    assert pat.share == Decimal("0.04")
    with pytest.raises(CsvError, match=r"regiones\.csv, fila 2, columna fuente: está vacía"):
        read_references(b"region,nacidos_extranjero_2010,poblacion_2010,fuente\nCuyo,1,10,\n")
    with pytest.raises(CsvError, match="fila 3, columna region: Cuyo ya tiene una fila"):
        read_references(
            b"region,nacidos_extranjero_2010,poblacion_2010,fuente\nCuyo,1,10,a\ncuyo,1,10,a\n"
        )


def test_decisions() -> None:
    data = b"empate,orden,nota,fecha\ne-0a1b2c3d,060427; 020000,acta 4,02/03/2026\n"
    [decision] = read_decisions(data)
    assert decision.tie_id == "E-0A1B2C3D"
    assert decision.order == ("060427", "020000")
    assert decision.decided_on is not None and decision.decided_on.month == 3
    with pytest.raises(CsvError, match="columna empate: «7» no es un empate"):
        read_decisions(b"empate,orden\n7,a\n")
    with pytest.raises(CsvError, match="columna fecha: «ayer» no es una fecha"):
        read_decisions(b"empate,orden,fecha\nE-00000000,a,ayer\n")


def test_results_csv_has_every_candidate_with_its_parts_and_reason() -> None:
    outcome = run([cand("a", foreign_born=900), cand("b"), cand("gap", foreign_born=None)])
    data = results_csv(outcome)
    assert data.startswith(b"\xef\xbb\xbf")  # a Spanish spreadsheet reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == RESULT_COLUMNS
    assert [r["codigo"] for r in rows] == ["a", "b", "gap"]
    first = rows[0]
    assert first["estado"] == "Seleccionada"
    assert first["ronda"] == "1"
    assert first["poblacional_a"] == "2,25"
    assert first["pct_nacidos_extranjero"] == "9,00"
    assert first["motivo"].startswith("Seleccionada: puesto 1 de Noroeste")
    assert rows[2]["estado"] == "Sin puntaje"
    assert rows[2]["puntaje_total"] == ""


def test_results_name_an_undecided_tie() -> None:
    outcome = run([cand("a"), cand("b")])
    [tie] = outcome.pending_ties
    assert [row["empate"] for row in result_rows(outcome)] == [tie.id, tie.id]


def test_iom_figures_file() -> None:
    from migradesk.domain.selection_csv import read_figures

    data = b"codigo;nacidos_extranjero_2010;fuente\n380105;1.500;INDEC\n380329;300;INDEC\n"
    assert read_figures(data) == [("380105", 1500, "INDEC"), ("380329", 300, "INDEC")]
    with pytest.raises(CsvError, match=r"cifras\.csv, fila 2, columna fuente: está vacía"):
        read_figures(b"codigo,nacidos_extranjero_2010,fuente\n380105,1,\n")
    with pytest.raises(CsvError, match="fila 3, columna codigo: «a» ya está en la fila 2"):
        read_figures(b"codigo,nacidos_extranjero_2010,fuente\na,1,x\na,2,x\n")
