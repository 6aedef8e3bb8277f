"""The register of Argentine local governments shipped with MigraDesk.

The city picker and the selection engine read it; a city taken from it gets the register's facts as
defaults the user can correct (``LocalGovernment.to_city``). The data is
``resources/register/gobiernos_locales.csv``, built by ``packaging/build_register.py``
(sources and caveats in ``SOURCES.md`` beside it). Qt-free and SQL-free.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from migradesk.assets import resource
from migradesk.domain import matching
from migradesk.domain.base import DomainError
from migradesk.domain.city import City, Region, city_id_for

CABA = "Ciudad Autónoma de Buenos Aires"
BUENOS_AIRES = "Buenos Aires"

# The 24 jurisdictions, named as in the register, and the guide's region of each. Buenos Aires is
# Pampeana except the 24 partidos of Gran Buenos Aires (see region_for).
PROVINCE_REGIONS: Mapping[str, Region] = MappingProxyType(
    {
        CABA: Region.GRAN_BUENOS_AIRES,
        BUENOS_AIRES: Region.PAMPEANA,
        "Catamarca": Region.NOROESTE,
        "Chaco": Region.NORESTE,
        "Chubut": Region.PATAGONIA,
        "Córdoba": Region.PAMPEANA,
        "Corrientes": Region.NORESTE,
        "Entre Ríos": Region.PAMPEANA,
        "Formosa": Region.NORESTE,
        "Jujuy": Region.NOROESTE,
        "La Pampa": Region.PAMPEANA,
        "La Rioja": Region.NOROESTE,
        "Mendoza": Region.CUYO,
        "Misiones": Region.NORESTE,
        "Neuquén": Region.PATAGONIA,
        "Río Negro": Region.PATAGONIA,
        "Salta": Region.NOROESTE,
        "San Juan": Region.CUYO,
        "San Luis": Region.CUYO,
        "Santa Cruz": Region.PATAGONIA,
        "Santa Fe": Region.PAMPEANA,
        "Santiago del Estero": Region.NOROESTE,
        "Tierra del Fuego": Region.PATAGONIA,
        "Tucumán": Region.NOROESTE,
    }
)

# Other names users and files give to a jurisdiction (compared folded: accents and case ignored).
PROVINCE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "CABA": CABA,
        "Capital Federal": CABA,
        "Ciudad de Buenos Aires": CABA,
        "Provincia de Buenos Aires": BUENOS_AIRES,
        "Tierra del Fuego, Antártida e Islas del Atlántico Sur": "Tierra del Fuego",
    }
)

# The 24 partidos of Gran Buenos Aires (INDEC department code → name), from partidos_24_gba.csv.
GBA_PARTIDOS: Mapping[str, str] = MappingProxyType(
    {
        "06028": "Almirante Brown",
        "06035": "Avellaneda",
        "06091": "Berazategui",
        "06260": "Esteban Echeverría",
        "06270": "Ezeiza",
        "06274": "Florencio Varela",
        "06371": "General San Martín",
        "06408": "Hurlingham",
        "06410": "Ituzaingó",
        "06412": "José C. Paz",
        "06427": "La Matanza",
        "06434": "Lanús",
        "06490": "Lomas de Zamora",
        "06515": "Malvinas Argentinas",
        "06539": "Merlo",
        "06560": "Moreno",
        "06568": "Morón",
        "06658": "Quilmes",
        "06749": "San Fernando",
        "06756": "San Isidro",
        "06760": "San Miguel",
        "06805": "Tigre",
        "06840": "Tres de Febrero",
        "06861": "Vicente López",
    }
)

fold = matching.fold  # accents, case and repeated spaces ignored: "Córdoba" → "cordoba"


def _collation_key(text: str) -> tuple[str, str]:
    """Spanish-ish order: accents and case ignored ("Córdoba" before "Corrientes"), then the exact
    text, so that the order is total."""
    return fold(text), text


_PROVINCES_BY_FOLDED: Mapping[str, str] = MappingProxyType(
    {fold(name): name for name in PROVINCE_REGIONS}
    | {fold(alias): name for alias, name in PROVINCE_ALIASES.items()}
)
_GBA_NAMES = frozenset(fold(name) for name in GBA_PARTIDOS.values())


def canonical_province(province: str) -> str:
    """The register's name for a jurisdiction, from any spelling; DomainError if unknown."""
    try:
        return _PROVINCES_BY_FOLDED[fold(province)]
    except KeyError:
        raise DomainError(f"provincia desconocida: {province!r}") from None


def _is_gba_partido(department_code_or_name: str) -> bool:
    value = department_code_or_name.strip()
    if value in GBA_PARTIDOS:  # department code, 06028
        return True
    if len(value) == 6 and value.isdigit() and value[:2] + value[3:] in GBA_PARTIDOS:
        return True  # local-government code, 060028
    return fold(value) in _GBA_NAMES


def region_for(province: str, department_code_or_name: str = "") -> Region:
    """The guide's region of a local government.

    ``department_code_or_name`` matters only in Buenos Aires: one of the 24 partidos of Gran Buenos
    Aires, given by department code (06028), local-government code (060028) or name, is in Gran
    Buenos Aires; the rest of the province is Pampeana.
    """
    canonical = canonical_province(province)
    if (
        canonical == BUENOS_AIRES
        and department_code_or_name
        and (_is_gba_partido(department_code_or_name))
    ):
        return Region.GRAN_BUENOS_AIRES
    return PROVINCE_REGIONS[canonical]


@dataclasses.dataclass(frozen=True, slots=True)
class LocalGovernment:
    """One entry of the register (SOURCES.md says what each figure means and its source)."""

    code: str  # INDEC local-government code; "020000" for CABA (a MigraDesk convention)
    name: str
    government_type: str  # Municipio, Comuna, Comisión de Fomento… as the register says
    province: str
    department: str
    department_code: str  # Census 2010 code; "" when the department could not be matched
    region: Region
    is_border: bool
    is_department_head: bool
    population_2010: int | None
    population_2022: int | None
    foreign_born_2010: int | None  # only CABA and the 24 partidos of Gran Buenos Aires
    latitude: float | None
    longitude: float | None

    @property
    def label(self) -> str:
        """How the picker shows it: "Nombre (Provincia)"."""
        return f"{self.name} ({self.province})"

    def to_city(self) -> City:
        """A new City record with the register's facts as defaults; same id on every desktop."""
        city_id = city_id_for(self.province, self.code, self.name)
        return City(
            id=city_id,
            city_id=city_id,
            name=self.name,
            province=self.province,
            region=self.region,
            department=self.department,
            government_type=self.government_type,
            indec_code=self.code,
            is_border=self.is_border,
            is_department_head=self.is_department_head,
            population_2010=self.population_2010,
            foreign_born_2010=self.foreign_born_2010,
        )


# The shipped CSV's header; packaging/build_register.py writes these columns.
COLUMNS = (
    "codigo",
    "nombre",
    "tipo",
    "provincia",
    "departamento",
    "codigo_departamento",
    "region",
    "fronteriza",
    "cabecera",
    "poblacion_2010",
    "poblacion_2022",
    "nacidos_extranjero_2010",
    "latitud",
    "longitud",
)
_REGIONS: Mapping[str, Region] = MappingProxyType({region.value: region for region in Region})
_YES_NO: Mapping[str, bool] = MappingProxyType({"si": True, "no": False})


def _parse(row: list[str]) -> LocalGovernment:
    (code, name, kind, province, department, department_code, region, border, head) = row[:9]
    pop_2010, pop_2022, foreign_born, latitude, longitude = row[9:]
    return LocalGovernment(
        code=code,
        name=name,
        government_type=kind,
        province=province,
        department=department,
        department_code=department_code,
        region=_REGIONS[region],
        is_border=_YES_NO[border],
        is_department_head=_YES_NO[head],
        population_2010=int(pop_2010) if pop_2010 else None,
        population_2022=int(pop_2022) if pop_2022 else None,
        foreign_born_2010=int(foreign_born) if foreign_born else None,
        latitude=float(latitude) if latitude else None,
        longitude=float(longitude) if longitude else None,
    )


def register_text() -> str:
    """The shipped CSV, as text."""
    return resource("register", "gobiernos_locales.csv").read_text(encoding="utf-8")


@cache
def load_register() -> tuple[LocalGovernment, ...]:
    """Every local government of the register (2,305), sorted by province and name."""
    reader = csv.reader(io.StringIO(register_text(), newline=""))
    if tuple(next(reader, ())) != COLUMNS:
        raise DomainError("registro de gobiernos locales dañado: columnas inesperadas")
    entries: list[LocalGovernment] = []
    for row in reader:
        try:
            entries.append(_parse(row))
        except (KeyError, ValueError) as exc:
            raise DomainError(
                f"registro de gobiernos locales dañado, línea {reader.line_num}: {exc!r}"
            ) from None
    return tuple(entries)


@cache
def _by_code() -> Mapping[str, LocalGovernment]:
    return MappingProxyType({entry.code: entry for entry in load_register()})


@cache
def _search_index() -> tuple[tuple[matching.Key, LocalGovernment], ...]:
    """(the name prepared for matching, entry) for every entry."""
    return tuple((matching.key(entry.name), entry) for entry in load_register())


def search(query: str, province: str | None = None, limit: int = 20) -> list[LocalGovernment]:
    """Local governments whose name contains ``query``, accents and case ignored.

    Names that start with the query come first (an exact name before the rest), then names with a
    word that starts with it, then any other name containing it; alphabetical within each group.
    ``province`` (any spelling of a jurisdiction) narrows the search; DomainError if unknown.
    """
    if limit <= 0:
        return []
    return find(query, province)[:limit] if fold(query) else []


def find(query: str, province: str | None = None) -> list[LocalGovernment]:
    """Every match of ``search`` (no limit: a list says how many there are). An empty query
    with a province: all its local governments, alphabetically; with none: nothing."""
    wanted = matching.key(query)
    only = canonical_province(province) if province else None
    index = [(name, e) for name, e in _search_index() if only is None or e.province == only]
    if not wanted.folded:
        return (
            []
            if only is None
            else sorted((e for _, e in index), key=lambda e: _collation_key(e.name))
        )
    ranked: list[tuple[int, str, str, LocalGovernment]] = []
    for name, entry in index:
        rank = matching.rank(wanted, name)
        if rank is not None:
            ranked.append((rank, name.folded, fold(entry.province), entry))
    ranked.sort(key=lambda item: item[:3])
    return [entry for *_, entry in ranked]


def by_code(code: str) -> LocalGovernment:
    """The entry with this INDEC local-government code; DomainError if there is none."""
    try:
        return _by_code()[code.strip()]
    except KeyError:
        raise DomainError(f"código de gobierno local desconocido: «{code.strip()}»") from None


@cache
def provinces() -> tuple[str, ...]:
    """The 24 jurisdictions of the register, in alphabetical order (accents ignored)."""
    return tuple(sorted({entry.province for entry in load_register()}, key=_collation_key))
