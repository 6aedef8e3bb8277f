#!/usr/bin/env python3
"""Build the shipped register of Argentine local governments from the shared reference data.

Reads the CSVs of ``../shared/data/argentina`` (REFEGLO register, INDEC Census 2010, Georef head
towns, derived border departments) and writes
``resources/register/gobiernos_locales.csv``: one row per local government, the 2,304
of the register plus the Ciudad Autónoma de Buenos Aires.
Standard library and the migradesk package only; deterministic: the same input always gives
the same bytes.

Usage (from the repository root)::

    python packaging/build_register.py [DATA_DIR] [--output PATH] [--check]

Conventions (also in ``resources/register/SOURCES.md``):

- CABA is not in the register; it gets the code ``020000`` (INDEC province code 02 + ``0000``), a
  MigraDesk convention, not an INDEC code. Its population and foreign-born are the Census 2010
  figures of ``provincias_2010.csv``; its 2022 population is not in the data, so it stays empty.
- ``codigo_departamento`` is the Census 2010 department code (``departamentos_2010.csv``), matched
  on province + department name (accent- and case-insensitive), then on the Georef names of
  ``cabeceras_departamento.csv``, then on the few renamings of ``DEPARTMENT_ALIASES``. Empty when
  nothing matches (Lezama, split from Chascomús in 2009; Tolhuin, a department only since 2010).
- ``fronteriza`` is "si" when the department is in ``departamentos_fronterizos.csv`` (a derived
  list) or the register says the local government has a border crossing.
- ``cabecera`` is "si" when the local government governs a head town of its department: the head
  town (``cabeceras_departamento.csv``) is among its ``localidades_administradas`` or, when no local
  government of the department lists it, Georef's ``municipio_id`` is its code. CABA, listed there
  as the national capital (CAPITAL_PAIS), counts as its own head.
- ``nacidos_extranjero_2010`` only for CABA and the 24 partidos of Gran Buenos Aires: no other
  figure exists in the data, and none is guessed.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT / ".." / "shared" / "data" / "argentina"
DEFAULT_OUTPUT = REPO_ROOT / "resources" / "register" / "gobiernos_locales.csv"

if str(REPO_ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from migradesk.domain.register import COLUMNS  # noqa: E402  (after the path fix above)

CABA = "Ciudad Autónoma de Buenos Aires"
CABA_CODE = "020000"
CABA_TYPE = "Ciudad Autónoma"

# The guide's six regions (values of migradesk.domain.city.Region). Buenos Aires is Pampeana
# except the 24 partidos of Gran Buenos Aires (partidos_24_gba.csv), which with CABA form the
# region Gran Buenos Aires.
PROVINCE_REGIONS = {
    CABA: "gran_buenos_aires",
    "Buenos Aires": "pampeana",
    "Catamarca": "noroeste",
    "Chaco": "noreste",
    "Chubut": "patagonia",
    "Córdoba": "pampeana",
    "Corrientes": "noreste",
    "Entre Ríos": "pampeana",
    "Formosa": "noreste",
    "Jujuy": "noroeste",
    "La Pampa": "pampeana",
    "La Rioja": "noroeste",
    "Mendoza": "cuyo",
    "Misiones": "noreste",
    "Neuquén": "patagonia",
    "Río Negro": "patagonia",
    "Salta": "noroeste",
    "San Juan": "cuyo",
    "San Luis": "cuyo",
    "Santa Cruz": "patagonia",
    "Santa Fe": "pampeana",
    "Santiago del Estero": "noroeste",
    "Tierra del Fuego": "patagonia",
    "Tucumán": "noroeste",
}

# Register department name → Census 2010 department name, where the two spell it differently and
# neither the census nor Georef has the register's spelling. Checked by hand: in La Rioja each
# department is one municipio whose code is the department code (460028 ↔ 46028 and so on).
DEPARTMENT_ALIASES = {
    ("La Rioja", "General Felipe Varela"): "Coronel Felipe Varela",
    ("La Rioja", "Ángel Vicente Peñaloza"): "General Angel V. Peñaloza",
    ("La Rioja", "General Juan Facundo Quiroga"): "General Juan F. Quiroga",
    ("La Rioja", "General Ortiz de Ocampo"): "General Ocampo",
    ("Santiago del Estero", "Juan Felipe Ibarra"): "Juan F. Ibarra",
}

# Georef head-town name → the name the register lists among the local government's localities.
HEAD_TOWN_ALIASES = {
    ("Santiago del Estero", "Villa General Mitre"): "Pinto",  # the same town, known as Pinto
}

Row = dict[str, str]


class DataError(Exception):
    """The input data broke an assumption of this script."""


def fold(text: str) -> str:
    """Accent- and case-insensitive form; "1° de Mayo" (degree) equals "1º de Mayo" (ordinal)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("°", "º").casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def province_key(name: str) -> str:
    """ "Tierra del Fuego, Antártida e Islas del Atlántico Sur" and "Tierra del Fuego" are one."""
    return fold(name.split(",")[0])


def read_csv(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def gba_department_code(local_code: str) -> str:
    """Register code 060028 → department code 06028 (true of the 24 partidos; checked below)."""
    return local_code[:2] + local_code[3:]


def department_table(
    departments: Iterable[Row], heads: Iterable[Row]
) -> dict[tuple[str, str], str]:
    """(province, department name) → Census 2010 department code, from every spelling we know."""
    table: dict[tuple[str, str], str] = {}
    for row in heads:  # Georef names (e.g. "Juan Martín de Pueyrredón" for San Luis' La Capital)
        if row["codigo_departamento"]:
            table[province_key(row["provincia"]), fold(row["departamento"])] = row[
                "codigo_departamento"
            ]
    for row in departments:  # census names and codes win (Tierra del Fuego's codes changed)
        table[province_key(row["provincia"]), fold(row["departamento"])] = row[
            "codigo_departamento"
        ]
    for (province, name), census_name in DEPARTMENT_ALIASES.items():
        table[province_key(province), fold(name)] = table[province_key(province), fold(census_name)]
    return table


def localities_of(row: Row) -> str:
    """The register's " - "-separated localities, folded and framed for whole-name search."""
    return f" - {fold(row['localidades_administradas'])} - "


def head_governments(
    register: Sequence[Row], heads: Iterable[Row], dept_code: Callable[[str, str], str]
) -> set[str]:
    """Codes of the local governments that govern a head town of their own department.

    The register's own localities decide first; Georef's ``municipio_id`` only when no local
    government of the department lists the town (it is wrong at times: Georef gives Susques to
    Coranzuli and Yerba Buena to Yerba Buena (Simoca), a rural comuna of another department).
    """
    by_department: dict[str, list[Row]] = {}
    for row in register:
        if code := dept_code(row["provincia"], row["departamento"]):
            by_department.setdefault(code, []).append(row)
    governing: set[str] = set()
    for head in heads:
        department = dept_code(head["provincia"], head["departamento"])
        if head["funcion"] == "CAPITAL_PAIS" or not department:
            continue
        town = HEAD_TOWN_ALIASES.get((head["provincia"], head["localidad"]), head["localidad"])
        candidates = by_department.get(department, [])
        listing = [row for row in candidates if f" - {fold(town)} - " in localities_of(row)]
        if not listing:
            listing = [
                row
                for row in candidates
                if row["codigo_gobierno_local_indec"] == head["municipio_id"]
            ]
        governing.update(row["codigo_gobierno_local_indec"] for row in listing)
    return governing


def build_rows(data_dir: Path) -> list[Row]:
    """The register's rows, in output order."""
    register = read_csv(data_dir / "gobiernos_locales.csv")
    departments = read_csv(data_dir / "departamentos_2010.csv")
    heads = read_csv(data_dir / "cabeceras_departamento.csv")
    borders = read_csv(data_dir / "departamentos_fronterizos.csv")
    gba = read_csv(data_dir / "partidos_24_gba.csv")
    provinces_2010 = {row["provincia"]: row for row in read_csv(data_dir / "provincias_2010.csv")}

    census_codes = {row["codigo_departamento"] for row in departments}
    dept_codes = department_table(departments, heads)

    def dept_code(province: str, department: str) -> str:
        code = dept_codes.get((province_key(province), fold(department)), "")
        if code and code not in census_codes:
            raise DataError(f"{province}/{department}: code {code} not in departamentos_2010.csv")
        return code

    # Border departments, by code and by name (Tolhuin has no 2010 code).
    border_codes: set[str] = set()
    border_names: set[tuple[str, str]] = set()
    for row in borders:
        border_names.add((province_key(row["provincia"]), fold(row["departamento"])))
        if code := dept_code(row["provincia"], row["departamento"]):
            border_codes.add(code)

    caba_coordinates = next(
        ((row["lat"], row["lon"]) for row in heads if row["funcion"] == "CAPITAL_PAIS"), ("", "")
    )
    governs_head = head_governments(register, heads, dept_code)

    gba_by_code = {row["codigo_departamento"]: row for row in gba}
    if len(gba_by_code) != 24:
        raise DataError(f"partidos_24_gba.csv has {len(gba_by_code)} partidos, expected 24")

    rows: list[Row] = []
    seen_gba: set[str] = set()
    for source in register:
        province = source["provincia"]
        if province not in PROVINCE_REGIONS:
            raise DataError(f"unknown province in the register: {province!r}")
        code = source["codigo_gobierno_local_indec"]
        department = source["departamento"]
        department_code = dept_code(province, department)
        region = PROVINCE_REGIONS[province]
        foreign_born = ""
        partido = gba_by_code.get(gba_department_code(code)) if province == "Buenos Aires" else None
        if partido is not None:
            if fold(partido["partido"]) != fold(source["nombre"]) or (
                partido["poblacion_total_2010"] != source["poblacion_censo_2010"]
            ):
                raise DataError(f"GBA partido {partido['partido']} does not match register {code}")
            region = "gran_buenos_aires"
            foreign_born = partido["nacidos_extranjero_2010"]
            seen_gba.add(partido["codigo_departamento"])
        is_border = (
            department_code in border_codes
            or (province_key(province), fold(department)) in border_names
            or fold(source["paso_o_centro_fronterizo"]) == "si"
        )
        is_head = code in governs_head
        rows.append(
            {
                "codigo": code,
                "nombre": source["nombre"],
                "tipo": source["tipo"],
                "provincia": province,
                "departamento": department,
                "codigo_departamento": department_code,
                "region": region,
                "fronteriza": "si" if is_border else "no",
                "cabecera": "si" if is_head else "no",
                "poblacion_2010": source["poblacion_censo_2010"],
                "poblacion_2022": source["poblacion_censo_2022_indec"],
                "nacidos_extranjero_2010": foreign_born,
                "latitud": source["latitud"],
                "longitud": source["longitud"],
            }
        )
    if missing := set(gba_by_code) - seen_gba:
        raise DataError(f"GBA partidos not found in the register: {sorted(missing)}")

    caba = provinces_2010[CABA]
    rows.append(
        {
            "codigo": CABA_CODE,
            "nombre": CABA,
            "tipo": CABA_TYPE,
            "provincia": CABA,
            "departamento": "",
            "codigo_departamento": "",
            "region": PROVINCE_REGIONS[CABA],
            "fronteriza": "no",
            "cabecera": "si",
            "poblacion_2010": caba["poblacion_total"],
            "poblacion_2022": "",  # not in the shared data; never guessed
            "nacidos_extranjero_2010": caba["nacidos_extranjero"],
            "latitud": caba_coordinates[0],
            "longitud": caba_coordinates[1],
        }
    )
    if len({row["codigo"] for row in rows}) != len(rows):
        raise DataError("duplicate local-government codes")
    rows.sort(key=lambda row: (fold(row["provincia"]), fold(row["nombre"]), row["codigo"]))
    return rows


def render(rows: Sequence[Row]) -> str:
    """The CSV text: UTF-8 without BOM, "\\n" line ends, minimal quoting."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="only check that the output is up to date"
    )
    args = parser.parse_args(argv)
    try:
        text = render(build_rows(args.data_dir))
    except (OSError, KeyError, DataError) as exc:
        print(f"build_register: {exc}", file=sys.stderr)
        return 2
    output: Path = args.output
    if args.check:
        current = output.read_bytes() if output.exists() else b""
        if current != text.encode("utf-8"):
            print(f"build_register: {output} is out of date", file=sys.stderr)
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(text.encode("utf-8"))
    print(f"wrote {text.count(chr(10)) - 1} local governments to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
