"""The guide's two criteria (section 3, i and ii), with our documented formulas.

Test names quote the guide. Every region's reference is 5 % foreign-born (selection_kit).
"""

from __future__ import annotations

from decimal import Decimal

from selection_kit import ESTABLISHED, INCIPIENT, NONE, cand, params

from migradesk.domain.city import Region
from migradesk.domain.selection_candidates import Candidate
from migradesk.domain.selection_params import AverageScope, RegionReference
from migradesk.domain.selection_scoring import Scoring, score_candidates


def scores(*candidates: Candidate, **changes: object) -> Scoring:
    return score_candidates(candidates, params(**changes))


def test_criterio_poblacional_a_porcentaje_de_la_ciudad_respecto_al_de_su_region() -> None:
    """a) "se considerará el porcentaje de personas migrantes en cada ciudad y se contrastará con
    el porcentaje de personas migrantes en esa región": 7.5 % against 5 % is a ratio of 1.5,
    2.5 × 1.5 / 2 = 1.875 → 1.88."""
    result = scores(cand("a", foreign_born=750), cand("b", foreign_born=750))
    assert result.scores["a"].population_a == Decimal("1.88")
    assert result.scores["a"].region_share == Decimal("0.05")


def test_a_con_el_porcentaje_de_la_region_la_mitad_y_con_el_doble_los_2_5_puntos() -> None:
    result = scores(
        cand("same", foreign_born=500),
        cand("double", foreign_born=1_000),
        cand("triple", foreign_born=1_500),
        cand("none", foreign_born=0),
    )
    points = {key: s.population_a for key, s in result.scores.items()}
    assert points == {
        "same": Decimal("1.25"),
        "double": Decimal("2.50"),
        "triple": Decimal("2.50"),
        "none": Decimal("0.00"),
    }


def test_criterio_poblacional_b_proporcion_respecto_al_promedio_de_otras_ciudades_candidatas() -> (
    None
):
    """b) "en contraste con el promedio de otras ciudades candidatas": 2 %, 4 % and 6 %; the
    average of the *others* is 5 %, 4 % and 3 %."""
    result = scores(
        cand("two", foreign_born=200),
        cand("four", foreign_born=400, region=Region.CUYO),
        cand("six", foreign_born=600, region=Region.PATAGONIA),
    )
    points = {key: s.population_b for key, s in result.scores.items()}
    assert points == {"two": Decimal("0.50"), "four": Decimal("1.25"), "six": Decimal("2.50")}
    assert result.scores["six"].others_average == Decimal("0.03")


def test_b_promedio_solo_de_la_region_cuando_se_ajusta() -> None:
    candidates = (
        cand("a", foreign_born=200),
        cand("b", foreign_born=600),
        cand("far", foreign_born=5_000, region=Region.CUYO),
    )
    everywhere = score_candidates(candidates, params())
    by_region = score_candidates(candidates, params(average_scope=AverageScope.REGION))
    assert everywhere.scores["a"].others_average == Decimal("0.28")  # (6 % + 50 %) / 2
    assert by_region.scores["a"].others_average == Decimal("0.06")
    assert by_region.scores["a"].population_b == Decimal("0.42")  # 2.5 × (2/6) / 2


def test_b_sin_otras_candidatas_la_ciudad_se_compara_consigo_misma() -> None:
    result = scores(cand("alone", foreign_born=300))
    assert result.scores["alone"].population_b == Decimal("1.25")


def test_b_promedio_de_las_candidatas_con_datos_del_censo_aunque_no_se_puntuen() -> None:
    """The average is over the others' census shares: a candidate refused for a missing answer of
    section 2 still counts; one without the census figure does not."""
    result = scores(
        cand("a", foreign_born=200),
        cand("no-answer", foreign_born=600, levels=(None, NONE, NONE)),
        cand("no-census", foreign_born=None),
    )
    assert set(result.scores) == {"a"}
    assert result.scores["a"].others_average == Decimal("0.06")


def test_referencia_cero_da_los_puntos_a_quien_tiene_poblacion_migrante() -> None:
    zero = tuple(RegionReference(r, 0, 1_000, "Prueba") for r in Region)
    result = score_candidates(
        [cand("some", foreign_born=10), cand("nil", foreign_born=0)],
        params(region_references=zero),
    )
    assert result.scores["some"].population_a == Decimal("2.50")
    assert result.scores["nil"].population_a == Decimal(0)


def test_criterio_poblacional_hasta_5_puntos() -> None:
    result = scores(cand("all", foreign_born=9_000), cand("few", foreign_born=1))
    assert result.scores["all"].population == Decimal(5)
    assert all(s.population <= 5 for s in result.scores.values())


def test_criterio_institucional_mayor_puntaje_a_ciudades_sin_estructura_o_incipiente() -> None:
    """ "En todos los subcriterios se valora con mayor puntaje a aquellas ciudades que no posean
    una estructura de gobernanza migratoria o cuya estructura sea incipiente"."""
    result = scores(
        cand("none", levels=(NONE, NONE, NONE)),
        cand("incipient", levels=(INCIPIENT, INCIPIENT, INCIPIENT)),
        cand("established", levels=(ESTABLISHED, ESTABLISHED, ESTABLISHED)),
        cand("mixed", levels=(NONE, INCIPIENT, ESTABLISHED)),
    )
    points = {key: s.institutional for key, s in result.scores.items()}
    assert points == {
        "none": Decimal(5),
        "incipient": Decimal("2.5"),
        "established": Decimal(0),
        "mixed": Decimal("2.75"),  # a) 2 × 1 + b) 1.5 × 0.5 + c) 1.5 × 0
    }


def test_subcriterios_institucionales_a_b_c_con_sus_puntos_ajustables() -> None:
    weights = (Decimal(1), Decimal(2), Decimal(2))
    result = scores(cand("x", levels=(NONE, ESTABLISHED, NONE)), institutional_weights=weights)
    score = result.scores["x"]
    assert (score.institutional_a, score.institutional_b, score.institutional_c) == (1, 0, 2)


def test_cada_parte_se_redondea_hacia_arriba_y_el_total_es_su_suma() -> None:
    """4.5 % against 5 %: 2.5 × 0.9 / 2 = 1.125, published as 1.13 (half up, not half even)."""
    result = scores(cand("x", foreign_born=450), cand("y", foreign_born=450))
    score = result.scores["x"]
    assert score.population_a == Decimal("1.13")
    assert score.total == score.population_a + score.population_b + score.institutional


def test_sin_nacidos_en_el_extranjero_no_se_puntua_ni_se_estima() -> None:
    result = scores(cand("gap", foreign_born=None), cand("ok"))
    assert "gap" not in result.scores
    assert result.refused["gap"] == ("población nacida en el extranjero 2010 (Censo 2010)",)


def test_sin_porcentaje_de_la_region_no_se_puntua() -> None:
    only_gba = (RegionReference(Region.GRAN_BUENOS_AIRES, 1, 10, "Prueba"),)
    result = score_candidates([cand("salta")], params(region_references=only_gba))
    assert result.refused["salta"] == (
        "el porcentaje de población nacida en el extranjero de la región Noroeste (Censo 2010) "
        "en los parámetros",
    )


def test_sin_respuesta_de_la_seccion_2_no_se_puntua() -> None:
    result = scores(cand("x", levels=(NONE, None, NONE)))
    assert result.refused["x"] == ("programas para migrantes (sección 2 del formulario)",)
