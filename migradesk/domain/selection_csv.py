"""The selection's files: candidates, regional references and tie decisions read from CSV (as
IOM keeps them in a spreadsheet), and the results written as CSV.

Reading is strict and explains itself: a bad cell is a :class:`CsvError` naming the file's row
(as a spreadsheet numbers it, the header being row 1), the column and what is expected. Empty
cells take the register's value when the candidate's ``codigo`` is in it, and otherwise stay
missing: a missing figure is never filled in, the run leaves that candidate unscored.

Files may be UTF-8 (with or without BOM) or Windows-1252 (Excel's "CSV"), separated by commas
or semicolons. The results are written for a Spanish spreadsheet: UTF-8 with BOM, semicolons,
decimal commas.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import TypeVar

from migradesk.domain.application import Presence
from migradesk.domain.base import DomainError
from migradesk.domain.city import REGION_LABELS, Region
from migradesk.domain.register import BUENOS_AIRES, LocalGovernment, by_code, canonical_province
from migradesk.domain.register import fold as _fold
from migradesk.domain.register import region_for as _region_for
from migradesk.domain.selection import STATUS_LABELS, Outcome
from migradesk.domain.selection_candidates import (
    CENSUS_SOURCE,
    NO_SOURCE,
    REGISTER_SOURCE,
    Candidate,
    CandidateSources,
)
from migradesk.domain.selection_params import RegionReference, format_share
from migradesk.domain.selection_ties import DECIDERS, TieDecision

T = TypeVar("T")


class CsvError(DomainError):
    """A file that cannot be read as it should: which row, which column, what is expected."""


CANDIDATE_COLUMNS = (
    "codigo",
    "nombre",
    "provincia",
    "departamento",
    "region",
    "fronteriza",
    "cabecera",
    "poblacion_2010",
    "nacidos_extranjero_2010",
    "fuente_nacidos_extranjero",
    "organismo",
    "programas",
    "convenios",
    "medidas_sistematicas",
    "demanda_emergente",
)
REGION_COLUMNS = ("region", "nacidos_extranjero_2010", "poblacion_2010", "fuente")
DECISION_COLUMNS = ("empate", "orden", "decidido_por", "nota", "fecha")

_YES = frozenset({"si", "s", "x", "1", "verdadero"})
_NO = frozenset({"no", "n", "0", "falso"})
_LEVELS: Mapping[str, Presence] = MappingProxyType(
    {
        "no": Presence.NONE,
        "no existe": Presence.NONE,
        "inexistente": Presence.NONE,
        "incipiente": Presence.INCIPIENT,
        "consolidada": Presence.ESTABLISHED,
        "consolidado": Presence.ESTABLISHED,
    }
)
_REGIONS: Mapping[str, Region] = MappingProxyType(
    {_fold(r.value.replace("_", " ")): r for r in Region}
    | {_fold(label): r for r, label in REGION_LABELS.items()}
    | {"gba": Region.GRAN_BUENOS_AIRES}
)
_INTEGER = re.compile(r"^(\d+|\d{1,3}(\.\d{3})+)$")


# --- reading -----------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped) or, failing that, Windows-1252 as Excel writes it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise CsvError(
                f"{name}: el archivo no es texto UTF-8 ni Windows-1252; guárdelo como "
                "«CSV UTF-8» desde la planilla"
            ) from None


class _Rows:
    """A CSV's rows as {column: cell}, with the header checked and each row's number."""

    def __init__(self, text: str, name: str, columns: Sequence[str], required: Sequence[str]):
        self.name = name
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        self._reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = next(self._reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise CsvError(f"{name}: el archivo está vacío; la fila 1 debe nombrar las columnas")
        self.header = [_fold(cell).replace(" ", "_") for cell in header]
        unknown = [h for h in self.header if h and h not in columns]
        if unknown:
            raise CsvError(
                f"{name}, fila 1: columna desconocida «{unknown[0]}»; las columnas posibles "
                f"son: {', '.join(columns)}"
            )
        repeated = sorted({h for h in self.header if h and self.header.count(h) > 1})
        if repeated:
            raise CsvError(f"{name}, fila 1: la columna «{repeated[0]}» está dos veces")
        missing = [c for c in required if c not in self.header]
        if missing:
            raise CsvError(f"{name}, fila 1: falta la columna «{missing[0]}»")

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        try:
            for cells in self._reader:
                if not any(cell.strip() for cell in cells):
                    continue
                line = self._reader.line_num
                if len(cells) > len(self.header):
                    raise CsvError(
                        f"{self.name}, fila {line}: tiene {len(cells)} celdas y la fila 1 "
                        f"nombra {len(self.header)} columnas"
                    )
                yield (
                    line,
                    {
                        column: cell.strip()
                        for column, cell in zip(self.header, cells, strict=False)
                        if column
                    },
                )
        except csv.Error as exc:
            line = self._reader.line_num
            raise CsvError(f"{self.name}, fila {line}: CSV mal formado ({exc})") from None

    def error(self, line: int, column: str, problem: str) -> CsvError:
        return CsvError(f"{self.name}, fila {line}, columna {column}: {problem}")


def _cell(
    rows: _Rows, line: int, row: Mapping[str, str], column: str, parse: Callable[[str], T]
) -> T | None:
    value = row.get(column, "")
    if not value:
        return None
    try:
        return parse(value)
    except ValueError as exc:
        raise rows.error(line, column, str(exc)) from None


def _integer(value: str) -> int:
    if not _INTEGER.match(value):
        raise ValueError(f"«{value}» no es un número entero; se espera p. ej. 12345 o 12.345")
    return int(value.replace(".", ""))


def _yes_no(value: str) -> bool:
    folded = _fold(value)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(f"«{value}» no es válido; se espera «si» o «no»")


def _level(value: str) -> Presence:
    try:
        return _LEVELS[_fold(value)]
    except KeyError:
        raise ValueError(
            f"«{value}» no es válido; se espera «no», «incipiente» o «consolidada»"
        ) from None


def _region(value: str) -> Region:
    try:
        return _REGIONS[_fold(value.replace("_", " "))]
    except KeyError:
        names = ", ".join(REGION_LABELS.values())
        raise ValueError(f"«{value}» no es una región; se espera una de: {names}") from None


def _province(value: str) -> str:
    try:
        return canonical_province(value)
    except DomainError:
        raise ValueError(
            f"«{value}» no es una provincia; se espera una de las 24 jurisdicciones "
            "(p. ej. «Salta», «Tierra del Fuego», «CABA»)"
        ) from None


def _entry(code: str) -> LocalGovernment | None:
    try:
        return by_code(code)
    except DomainError:
        return None


def read_candidates(data: bytes, name: str = "candidatas.csv") -> tuple[Candidate, ...]:
    """The candidates of a CSV (columns: ``CANDIDATE_COLUMNS``; only ``codigo`` required)."""
    rows = _Rows(decode(data, name), name, CANDIDATE_COLUMNS, ("codigo",))
    seen: dict[str, int] = {}
    out: list[Candidate] = []
    for line, row in rows:
        code = row.get("codigo", "")
        if not code:
            raise rows.error(line, "codigo", "está vacía; cada candidata necesita un código")
        if code in seen:
            raise rows.error(line, "codigo", f"«{code}» ya está en la fila {seen[code]}")
        seen[code] = line
        out.append(_candidate(rows, line, row, code, _entry(code)))
    if not out:
        raise CsvError(f"{name}: no tiene candidatas (solo la fila de títulos)")
    return tuple(out)


def _candidate(
    rows: _Rows, line: int, row: Mapping[str, str], code: str, entry: LocalGovernment | None
) -> Candidate:
    def needed(column: str, value: T | None, fallback: T | None, expected: str) -> T:
        if value is not None:
            return value
        if fallback is not None:
            return fallback
        raise rows.error(
            line,
            column,
            f"está vacía y el código «{code}» no está en el registro de gobiernos locales; "
            f"se espera {expected}",
        )

    file_source = f"Archivo {rows.name}"
    name = needed("nombre", row.get("nombre") or None, entry.name if entry else None, "el nombre")
    province = needed(
        "provincia",
        _cell(rows, line, row, "provincia", _province),
        entry.province if entry else None,
        "la provincia",
    )
    department = row.get("departamento", "") or (entry.department_code if entry else "")
    derived = _region_for(province, department)
    region = _cell(rows, line, row, "region", _region) or derived
    allowed = {derived}
    if province == BUENOS_AIRES:
        allowed |= {Region.PAMPEANA, Region.GRAN_BUENOS_AIRES}
    if region not in allowed:
        raise rows.error(
            line,
            "region",
            f"«{row.get('region')}» no corresponde a la provincia {province} "
            f"(región {REGION_LABELS[derived]})",
        )
    is_border = needed(
        "fronteriza",
        _cell(rows, line, row, "fronteriza", _yes_no),
        entry.is_border if entry else None,
        "«si» o «no»",
    )
    is_head = needed(
        "cabecera",
        _cell(rows, line, row, "cabecera", _yes_no),
        entry.is_department_head if entry else None,
        "«si» o «no»",
    )
    population = _cell(rows, line, row, "poblacion_2010", _integer)
    foreign_born = _cell(rows, line, row, "nacidos_extranjero_2010", _integer)
    source = row.get("fuente_nacidos_extranjero", "")
    foreign_source = NO_SOURCE
    if foreign_born is not None:
        registered = entry.foreign_born_2010 if entry else None
        if registered is not None and registered != foreign_born:
            raise rows.error(
                line,
                "nacidos_extranjero_2010",
                f"el registro tiene {registered} (Censo 2010) para {name}; deje la celda vacía "
                "para usar esa cifra",
            )
        if registered is not None:
            foreign_source = f"{CENSUS_SOURCE} (registro de gobiernos locales)"
        elif not source:
            raise rows.error(
                line,
                "fuente_nacidos_extranjero",
                "está vacía; indique de dónde sale la cifra de nacidos en el extranjero "
                "(p. ej. «INDEC, Censo 2010, cuadro P6»)",
            )
        else:
            foreign_source = source
    elif entry is not None and entry.foreign_born_2010 is not None:
        foreign_born = entry.foreign_born_2010
        foreign_source = f"{CENSUS_SOURCE} (registro de gobiernos locales)"
    territory_from_file = any(row.get(c) for c in ("region", "fronteriza", "cabecera"))
    if population is None and entry is not None:
        population = entry.population_2010
        population_source = REGISTER_SOURCE if population is not None else NO_SOURCE
    else:
        population_source = file_source if population is not None else NO_SOURCE
    if population is not None and population <= 0:
        raise rows.error(line, "poblacion_2010", f"{population} no es válida; debe ser mayor que 0")
    if foreign_born is not None and population is not None and foreign_born > population:
        raise rows.error(
            line,
            "nacidos_extranjero_2010",
            f"{foreign_born} supera la población 2010 de {name} ({population}); se espera la "
            "cantidad de personas nacidas en el extranjero según el Censo 2010",
        )
    structures = [
        _cell(rows, line, row, c, _level) for c in ("organismo", "programas", "convenios")
    ]
    institutional_columns = ("organismo", "programas", "convenios", "medidas_sistematicas")
    try:
        return Candidate(
            key=code,
            name=name,
            province=province,
            region=region,
            is_border=is_border,
            is_department_head=is_head,
            population_2010=population,
            foreign_born_2010=foreign_born,
            migration_body=structures[0],
            migrant_programmes=structures[1],
            agreements=structures[2],
            systematic_measures=_cell(rows, line, row, "medidas_sistematicas", _yes_no),
            emerging_demand=_cell(rows, line, row, "demanda_emergente", _yes_no),
            sources=CandidateSources(
                territory=file_source if territory_from_file or entry is None else REGISTER_SOURCE,
                population=population_source,
                foreign_born=foreign_source,
                institutional=f"{file_source} (sección 2 del formulario)"
                if any(row.get(c) for c in institutional_columns)
                else NO_SOURCE,
            ),
        )
    except DomainError as exc:
        raise CsvError(f"{rows.name}, fila {line}: {exc}") from None


def read_references(data: bytes, name: str = "regiones.csv") -> tuple[RegionReference, ...]:
    """Regional Census 2010 references (columns: ``REGION_COLUMNS``, all required)."""
    rows = _Rows(decode(data, name), name, REGION_COLUMNS, REGION_COLUMNS)
    out: dict[Region, RegionReference] = {}
    for line, row in rows:
        region = _cell(rows, line, row, "region", _region)
        foreign = _cell(rows, line, row, "nacidos_extranjero_2010", _integer)
        population = _cell(rows, line, row, "poblacion_2010", _integer)
        source = row.get("fuente", "")
        for column, value in (
            ("region", region),
            ("nacidos_extranjero_2010", foreign),
            ("poblacion_2010", population),
            ("fuente", source or None),
        ):
            if value is None:
                raise rows.error(line, column, "está vacía")
        assert region is not None and foreign is not None and population is not None
        if region in out:
            raise rows.error(line, "region", f"{REGION_LABELS[region]} ya tiene una fila")
        try:
            out[region] = RegionReference(region, foreign, population, source)
        except DomainError as exc:
            raise CsvError(f"{name}, fila {line}: {exc}") from None
    return tuple(out.values())


def _date(value: str) -> date:
    for form in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise ValueError(f"«{value}» no es una fecha; se espera dd/mm/aaaa")


def read_decisions(data: bytes, name: str = "decisiones.csv") -> tuple[TieDecision, ...]:
    """IOM/DNM's decisions on ties: the tie's id, the codes (or regions) it puts first, in
    order, separated by spaces, commas or semicolons; who decided, a note, the date."""
    rows = _Rows(decode(data, name), name, DECISION_COLUMNS, ("empate", "orden"))
    out: list[TieDecision] = []
    for line, row in rows:
        tie = row.get("empate", "").upper()
        if not re.fullmatch(r"E-[0-9A-F]{8}", tie):
            raise rows.error(
                line,
                "empate",
                f"«{row.get('empate', '')}» no es un empate; se espera p. ej. E-1A2B3C4D",
            )
        order = tuple(part for part in re.split(r"[;,\s]+", row.get("orden", "")) if part)
        if not order:
            raise rows.error(line, "orden", "está vacía; se esperan los códigos elegidos, en orden")
        try:
            out.append(
                TieDecision(
                    tie_id=tie,
                    order=order,
                    decided_by=row.get("decidido_por") or DECIDERS,
                    note=row.get("nota", ""),
                    decided_on=_cell(rows, line, row, "fecha", _date),
                )
            )
        except DomainError as exc:
            raise CsvError(f"{name}, fila {line}: {exc}") from None
    return tuple(out)


# --- writing -----------------------------------------------------------------------------------

RESULT_COLUMNS = (
    "region",
    "puesto",
    "codigo",
    "nombre",
    "provincia",
    "estado",
    "ronda",
    "puntaje_total",
    "poblacional_a",
    "poblacional_b",
    "institucional_a",
    "institucional_b",
    "institucional_c",
    "pct_nacidos_extranjero",
    "pct_region",
    "pct_promedio_otras",
    "fronteriza",
    "cabecera",
    "apoyo_financiero",
    "empate",
    "motivo",
    "fuente_nacidos_extranjero",
)


def _decimal(value: Decimal | None) -> str:
    return "" if value is None else str(value).replace(".", ",")


def _share(value: Decimal | None) -> str:
    return "" if value is None else format_share(value).removesuffix(" %")


def result_rows(outcome: Outcome) -> list[dict[str, str]]:
    """One row per candidate, in the results' order (region, rank, name)."""
    tie_of = {key: tie.id for tie in outcome.ties if tie.decision is None for key in tie.candidates}
    rows = []
    for result in outcome.results:
        c, s = result.candidate, result.score
        rows.append(
            {
                "region": REGION_LABELS[c.region],
                "puesto": "" if result.rank is None else str(result.rank),
                "codigo": c.key,
                "nombre": c.name,
                "provincia": c.province,
                "estado": STATUS_LABELS[result.status],
                "ronda": " y ".join(str(n) for n in result.rounds),
                "puntaje_total": _decimal(s.total if s else None),
                "poblacional_a": _decimal(s.population_a if s else None),
                "poblacional_b": _decimal(s.population_b if s else None),
                "institucional_a": _decimal(s.institutional_a if s else None),
                "institucional_b": _decimal(s.institutional_b if s else None),
                "institucional_c": _decimal(s.institutional_c if s else None),
                "pct_nacidos_extranjero": _share(s.share if s else None),
                "pct_region": _share(s.region_share if s else None),
                "pct_promedio_otras": _share(s.others_average if s else None),
                "fronteriza": "si" if c.is_border else "no",
                "cabecera": "si" if c.is_department_head else "no",
                "apoyo_financiero": result.support or "",
                "empate": tie_of.get(c.key, ""),
                "motivo": " ".join(result.reasons),
                "fuente_nacidos_extranjero": c.sources.foreign_born,
            }
        )
    return rows


def results_csv(outcome: Outcome) -> bytes:
    """The results for a Spanish spreadsheet: UTF-8 with BOM, semicolons, decimal commas."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, RESULT_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(result_rows(outcome))
    return buffer.getvalue().encode("utf-8-sig")


FIGURE_COLUMNS = ("codigo", "nacidos_extranjero_2010", "fuente")


def read_figures(data: bytes, name: str = "cifras.csv") -> list[tuple[str, int, str]]:
    """IOM's Census 2010 foreign-born figures per candidate: (code, figure, source) per row;
    ``codigo`` is the city's id or its INDEC code."""
    rows = _Rows(decode(data, name), name, FIGURE_COLUMNS, FIGURE_COLUMNS)
    out: list[tuple[str, int, str]] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        code = row.get("codigo", "")
        figure = _cell(rows, line, row, "nacidos_extranjero_2010", _integer)
        source = row.get("fuente", "")
        for column, value in (
            ("codigo", code),
            ("nacidos_extranjero_2010", figure),
            ("fuente", source),
        ):
            if value in (None, ""):
                raise rows.error(line, column, "está vacía")
        if code in seen:
            raise rows.error(line, "codigo", f"«{code}» ya está en la fila {seen[code]}")
        seen[code] = line
        assert figure is not None
        out.append((code, figure, source))
    return out
