"""The shipped register of local governments and its builder."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from migradesk.domain.base import DomainError
from migradesk.domain.city import City, Region, city_id_for
from migradesk.domain.register import (
    GBA_PARTIDOS,
    PROVINCE_REGIONS,
    LocalGovernment,
    by_code,
    find,
    fold,
    load_register,
    provinces,
    region_for,
    register_text,
    search,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO_ROOT / "packaging" / "build_register.py"
CABA = "Ciudad Autónoma de Buenos Aires"


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_register", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def named(name: str, province: str) -> LocalGovernment:
    matches = [e for e in load_register() if e.name == name and e.province == province]
    assert len(matches) == 1, (name, province, matches)
    return matches[0]


def test_register_has_every_local_government_plus_caba() -> None:
    entries = load_register()
    assert len(entries) == 2305
    assert len({e.code for e in entries}) == 2305
    assert load_register() is entries  # cached


def test_caba_is_one_local_government_with_its_census_figures() -> None:
    caba = by_code("020000")
    assert caba.name == CABA
    assert caba.province == CABA
    assert caba.region is Region.GRAN_BUENOS_AIRES
    assert caba.population_2010 == 2_890_151
    assert caba.foreign_born_2010 == 381_778
    assert caba.population_2022 is None  # not in the data: never guessed
    assert caba.latitude is not None and caba.longitude is not None
    assert -35 < caba.latitude < -34 and -59 < caba.longitude < -58


def test_the_24_gba_partidos_are_gran_buenos_aires_with_foreign_born() -> None:
    gba = [e for e in load_register() if e.region is Region.GRAN_BUENOS_AIRES]
    partidos = [e for e in gba if e.province == "Buenos Aires"]
    assert len(gba) == 25
    assert len(partidos) == 24
    assert {e.department_code for e in partidos} == set(GBA_PARTIDOS)
    assert {e.name for e in partidos} == set(GBA_PARTIDOS.values())
    assert all(e.foreign_born_2010 for e in gba)
    assert sum(e.population_2010 or 0 for e in partidos) == 9_916_715
    assert sum(e.foreign_born_2010 or 0 for e in partidos) == 742_859
    assert named("La Matanza", "Buenos Aires").foreign_born_2010 == 171_682


def test_rest_of_buenos_aires_is_pampeana() -> None:
    la_plata = named("La Plata", "Buenos Aires")
    assert la_plata.region is Region.PAMPEANA
    assert la_plata.foreign_born_2010 is None
    outside = [e for e in load_register() if e.province == "Buenos Aires"]
    assert len(outside) == 135
    assert sum(e.region is Region.PAMPEANA for e in outside) == 135 - 24


def test_foreign_born_only_in_gba_and_caba() -> None:
    for entry in load_register():
        if entry.region is not Region.GRAN_BUENOS_AIRES:
            assert entry.foreign_born_2010 is None, entry.label


def test_every_province_maps_to_a_region() -> None:
    assert len(provinces()) == 24
    assert set(provinces()) == set(PROVINCE_REGIONS)
    for province in provinces():
        assert isinstance(region_for(province), Region)
    assert region_for("Jujuy") is Region.NOROESTE
    assert region_for("misiones") is Region.NORESTE
    assert region_for("San Juan") is Region.CUYO
    assert region_for("Tierra del Fuego, Antártida e Islas del Atlántico Sur") is Region.PATAGONIA
    assert region_for("Buenos Aires") is Region.PAMPEANA
    assert region_for("CABA") is Region.GRAN_BUENOS_AIRES
    for department in ("06028", "060028", "Almirante Brown", "jose c. paz", "Morón"):
        assert region_for("Buenos Aires", department) is Region.GRAN_BUENOS_AIRES
    assert region_for("Buenos Aires", "La Plata") is Region.PAMPEANA
    assert region_for("Corrientes", "Ituzaingó") is Region.NORESTE  # same name, other province


def test_the_shipped_regions_agree_with_region_for() -> None:
    for entry in load_register():
        assert region_for(entry.province, entry.department_code) is entry.region, entry.label
        assert region_for(entry.province, entry.code) is entry.region, entry.label


def test_provinces_are_sorted_ignoring_accents() -> None:
    names = provinces()
    assert names.index("Córdoba") < names.index("Corrientes") < names.index("Entre Ríos")
    assert names[0] == "Buenos Aires"
    assert names[-1] == "Tucumán"


def test_region_for_unknown_province_names_it() -> None:
    with pytest.raises(DomainError, match="Narnia"):
        region_for("Narnia")


def test_search_is_accent_and_case_insensitive_prefix_first() -> None:
    results = search("cordoba")
    assert results[0].name == "Córdoba"
    assert results[0].province == "Córdoba"
    assert search("CÓRDOBA")[0] == results[0]
    names = [e.name for e in search("posadas")]
    assert names.index("Posadas") < names.index("Lago Posadas")


def test_search_ranks_prefix_before_substring() -> None:
    results = search("rosa", limit=200)
    folded = [e.name.casefold() for e in results]
    prefixed = [i for i, name in enumerate(folded) if name.startswith("rosa")]
    others = [i for i, name in enumerate(folded) if not name.startswith("rosa")]
    assert prefixed and others
    assert max(prefixed) < min(others)


def test_search_by_province_and_limits() -> None:
    results = search("san", province="Jujuy", limit=50)
    assert results
    assert all(e.province == "Jujuy" for e in results)
    assert len(search("san", limit=5)) == 5
    assert search("san", province="jujuy") == search("san", province="Jujuy")
    assert search("") == []
    assert search("   ") == []
    assert search("zzzz") == []
    with pytest.raises(DomainError, match="Narnia"):
        search("san", province="Narnia")


def test_find_lists_a_province_with_nothing_typed_and_everything_found() -> None:
    jujuy = find("", province="jujuy")
    assert len(jujuy) > 40 and all(e.province == "Jujuy" for e in jujuy)
    folded = [fold(e.name) for e in jujuy]
    assert folded == sorted(folded)
    assert find("") == [] and find("  ") == []  # no province: nothing
    everything = find("san")
    assert len(everything) > 50  # no limit: the list can say how many there are
    assert search("san", limit=50) == everything[:50]
    assert find("anatuya")[0].name == "Añatuya"


def test_border_cities_are_flagged() -> None:
    assert named("La Quiaca", "Jujuy").is_border
    assert named("Posadas", "Misiones").is_border
    assert named("Ushuaia", "Tierra del Fuego").is_border
    assert not named("Córdoba", "Córdoba").is_border
    assert not by_code("020000").is_border


def test_department_heads_are_flagged() -> None:
    assert named("Posadas", "Misiones").is_department_head
    assert named("Humahuaca", "Jujuy").is_department_head
    assert named("Susques", "Jujuy").is_department_head
    assert not named("Coranzuli", "Jujuy").is_department_head
    assert not named("Yerba Buena (Simoca)", "Tucumán").is_department_head


def test_by_code_and_unknown_code() -> None:
    assert by_code("060441").name == "La Plata"
    assert by_code(" 060441 ").name == "La Plata"
    with pytest.raises(DomainError, match="999999"):
        by_code("999999")


def test_label() -> None:
    assert named("La Quiaca", "Jujuy").label == "La Quiaca (Jujuy)"


def test_to_city_round_trip() -> None:
    entry = named("La Matanza", "Buenos Aires")
    city = entry.to_city()
    assert isinstance(city, City)
    assert city.id == city.city_id == city_id_for("Buenos Aires", "060427", "La Matanza")
    assert city.id == entry.to_city().id  # same id on every desktop
    assert (city.name, city.province, city.department) == (
        entry.name,
        entry.province,
        entry.department,
    )
    assert city.region is Region.GRAN_BUENOS_AIRES
    assert city.indec_code == entry.code
    assert city.government_type == entry.government_type
    assert city.is_border == entry.is_border
    assert city.is_department_head == entry.is_department_head
    assert city.population_2010 == 1_775_816
    assert city.foreign_born_2010 == 171_682
    assert city.foreign_born_share == pytest.approx(0.0967, abs=1e-4)
    assert by_code(city.indec_code) == entry


def test_build_script_regions_match_the_domain() -> None:
    build = load_build_script()
    assert {name: Region(value) for name, value in build.PROVINCE_REGIONS.items()} == dict(
        PROVINCE_REGIONS
    )


def test_shipped_csv_is_what_the_build_script_produces() -> None:
    build = load_build_script()
    data_dir = Path(build.DEFAULT_DATA_DIR)
    if not (data_dir / "gobiernos_locales.csv").is_file():
        pytest.skip(f"shared data not found: {data_dir}")
    assert build.render(build.build_rows(data_dir)) == register_text()
