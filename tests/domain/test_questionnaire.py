"""The shipped self-assessment indicator set and its loader."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from migradesk.assets import resource
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import DomainError
from migradesk.domain.questionnaire import (
    CURRENT_VERSION,
    MEASURE_FIELDS,
    AnswerOption,
    AnswerScale,
    Questionnaire,
    QuestionnaireError,
    available_versions,
    load_questionnaire,
    measure_share,
    parse_questionnaire,
    parse_questionnaire_json,
)

GUIDE_DIMENSIONS = {
    "a": "Acceso a la salud",
    "b": "Acceso a la educación",
    "c": "Asistencia y protección social",
    "d": "Integración de personas migrantes",
    "e": "Forjar alianzas duraderas para hacer frente a la migración y a las cuestiones conexas",
    "f": "Velar por una migración segura, ordenada y regular",
    "g": "Participación política, social y cultural",
    "h": "Capacidades y recursos institucionales para la gobernanza migratoria",
}


def raw_v1() -> dict[str, Any]:
    """A fresh copy of the shipped JSON, to mutate into bad data."""
    text = resource("questionnaire", "v1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return copy.deepcopy(data)


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return load_questionnaire()


# --- the shipped v1 ------------------------------------------------------------------------------


def test_v1_loads_and_is_current(q: Questionnaire) -> None:
    assert CURRENT_VERSION == "1"
    assert q.version == "1"
    assert q.title == "Formulario de evaluación de la gobernanza migratoria local"
    assert "1" in available_versions()
    assert load_questionnaire("1") is q  # cached
    assert q.sources
    assert any("25.871" in s for s in q.sources)


def test_eight_dimensions_named_as_in_the_guide(q: Questionnaire) -> None:
    assert {d.code: d.name for d in q.dimensions} == GUIDE_DIMENSIONS
    assert [d.code for d in q.dimensions] == list("abcdefgh")
    assert q.dimension("a").label == "a) Acceso a la salud"
    assert q.dimension("h").label == (
        "h) Capacidades y recursos institucionales para la gobernanza migratoria"
    )
    assert all(d.description.strip() for d in q.dimensions)


def test_indicator_counts(q: Questionnaire) -> None:
    assert 64 <= len(q.indicators()) <= 80
    for d in q.dimensions:
        assert 8 <= len(d.indicators) <= 10, d.code


def test_ids_unique_stable_and_numbered(q: Questionnaire) -> None:
    ids = [i.id for i in q.indicators()]
    assert len(ids) == len(set(ids))
    for d in q.dimensions:
        for n, ind in enumerate(d.indicators, start=1):
            assert re.fullmatch(r"[a-h][0-9]{2}", ind.id)
            assert ind.id.startswith(d.code)
            assert ind.dimension == d.code
            assert ind.number == n
            assert q.indicator(ind.id) is ind
    assert q.indicators()[0].id == "a01"


def test_scales(q: Questionnaire) -> None:
    existencia = q.scales["existencia"]
    assert existencia.options == (
        AnswerOption("si", "Sí", True),
        AnswerOption("en_desarrollo", "En desarrollo", True),
        AnswerOption("no", "No", False),
        AnswerOption("no_sabe", "No sabe", False),
        AnswerOption("no_aplica", "No aplica", False, excluded=True),
    )
    assert existencia.codes() == ("si", "en_desarrollo", "no", "no_sabe", "no_aplica")
    assert existencia.option("no_aplica").excluded
    with pytest.raises(QuestionnaireError, match="quizas"):
        existencia.option("quizas")
    for ind in q.indicators():
        assert q.scales[ind.scale.id] is ind.scale
        for code in ind.scale.codes():
            assert ind.scale.option(code).label


def test_indicator_content(q: Questionnaire) -> None:
    answer_fields = set(IndicatorAnswer.__dataclass_fields__)
    assert set(MEASURE_FIELDS) <= answer_fields
    for ind in q.indicators():
        assert ind.question.startswith(("¿", "En municipios de frontera: ¿")), ind.id
        assert ind.question.endswith("?"), ind.id
        assert len(ind.guidance) > 80, ind.id
        assert set(ind.measure_fields) <= set(MEASURE_FIELDS)
    assert sum(i.asks_groups for i in q.indicators()) > len(q.indicators()) // 2


def test_spanish_text_has_no_placeholders(q: Questionnaire) -> None:
    texts = [q.title, *q.sources]
    for d in q.dimensions:
        texts += [d.name, d.description]
        for ind in d.indicators:
            texts += [ind.question, ind.guidance]
    for scale in q.scales.values():
        texts += [o.label for o in scale.options]
    for text in texts:
        assert not re.search(r"TODO|FIXME|TBD|XXX|\?\?\?", text), text
        assert not re.search(r"lorem|ipsum|xxx|placeholder", text, re.IGNORECASE), text
        assert text == text.strip()
        assert "  " not in text
    joined = " ".join(texts)
    for accented in ("ó", "í", "á", "é", "ñ", "¿"):
        assert accented in joined


def test_unknown_indicator_and_dimension(q: Questionnaire) -> None:
    with pytest.raises(QuestionnaireError, match="indicador desconocido: 'z99'"):
        q.indicator("z99")
    with pytest.raises(QuestionnaireError, match="dimensión desconocida: 'z'"):
        q.dimension("z")


def test_unknown_version() -> None:
    with pytest.raises(QuestionnaireError, match="versión de cuestionario desconocida: '99'"):
        load_questionnaire("99")
    with pytest.raises(QuestionnaireError, match="desconocida"):
        load_questionnaire("../v1")


def test_errors_are_domain_errors() -> None:
    assert issubclass(QuestionnaireError, DomainError)


# --- validation ----------------------------------------------------------------------------------


def test_raw_copy_parses_like_the_shipped_file(q: Questionnaire) -> None:
    assert parse_questionnaire(raw_v1(), "copia") == q


def _dimension(data: dict[str, Any], code: str) -> dict[str, Any]:
    found: dict[str, Any] = next(d for d in data["dimensions"] if d["code"] == code)
    return found


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def _duplicate_id(data: dict[str, Any]) -> None:
    _dimension(data, "b")["indicators"][1]["id"] = "b01"


def _swap_dimensions(data: dict[str, Any]) -> None:
    dims = data["dimensions"]
    dims[2], dims[3] = dims[3], dims[2]


def _repeat_dimension(data: dict[str, Any]) -> None:
    data["dimensions"][7] = copy.deepcopy(data["dimensions"][6])


def _duplicate_option(data: dict[str, Any]) -> None:
    options = data["scales"][0]["options"]
    options.append(copy.deepcopy(options[0]))


def _duplicate_scale(data: dict[str, Any]) -> None:
    data["scales"].append(copy.deepcopy(data["scales"][0]))


def _too_few(data: dict[str, Any]) -> None:
    del _dimension(data, "e")["indicators"][5:]


BAD_DATA: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing version", _delete(("version",)), r"falta la clave 'version'"),
    ("missing dimensions", _delete(("dimensions",)), r"falta la clave 'dimensions'"),
    ("title not text", _set(("title",), 3), r"'title' debe ser un texto"),
    ("bad date", _set(("published",), "25/11/2026"), r"'published' no es una fecha ISO"),
    ("sources not list", _set(("sources",), "OIM"), r"'sources' debe ser una lista"),
    ("unknown top key", _set(("extra",), 1), r"claves desconocidas: extra"),
    (
        "missing question",
        _delete(("dimensions", 0, "indicators", 2, "question")),
        r"indicador 'a03'.*falta la clave 'question'",
    ),
    (
        "asks_groups not bool",
        _set(("dimensions", 1, "indicators", 0, "asks_groups"), "sí"),
        r"indicador 'b01'.*'asks_groups' debe ser true o false",
    ),
    (
        "indicator not object",
        _set(("dimensions", 0, "indicators", 0), "a01"),
        r"dimensión 'a', indicador 1: se esperaba un objeto JSON",
    ),
    ("duplicate id", _duplicate_id, r"indicador 'b01'.*id de indicador duplicado"),
    (
        "id of another dimension",
        _set(("dimensions", 2, "indicators", 0, "id"), "d42"),
        r"indicador 'd42'.*debe empezar con la letra de su dimensión 'c'",
    ),
    (
        "bad id format",
        _set(("dimensions", 2, "indicators", 0, "id"), "c1"),
        r"indicador 'c1'.*formato de id inválido",
    ),
    ("dimensions out of order", _swap_dimensions, r"dimensiones deben ser a–h.*fuera de orden"),
    ("dimension repeated", _repeat_dimension, r"dimensiones deben ser a–h.*faltan h.*repetidas g"),
    ("dimension missing", lambda d: d["dimensions"].pop(), r"dimensiones deben ser a–h.*faltan h"),
    (
        "unknown dimension",
        _set(("dimensions", 7, "code"), "z"),
        r"dimensiones deben ser a–h.*desconocidas 'z'",
    ),
    ("too few indicators", _too_few, r"dimensión 'e': tiene 5 indicadores.*al menos 6"),
    (
        "unknown scale",
        _set(("dimensions", 5, "indicators", 0, "scale"), "likert"),
        r"indicador 'f01'.*escala desconocida 'likert'",
    ),
    (
        "duplicate option",
        _duplicate_option,
        r"escala 'existencia'.*código de opción duplicado 'si'",
    ),
    ("no options", _set(("scales", 0, "options"), []), r"escala 'existencia'.*no tiene opciones"),
    ("no scales", _set(("scales",), []), r"no define ninguna escala"),
    ("duplicate scale", _duplicate_scale, r"escala 'existencia'.*id de escala duplicado"),
    (
        "unknown measure field",
        _set(("dimensions", 6, "indicators", 0, "measure_fields"), ["evidence", "budget"]),
        r"indicador 'g01'.*campos de medida desconocidos: budget",
    ),
    (
        "empty question",
        _set(("dimensions", 7, "indicators", 0, "question"), "   "),
        r"indicador 'h01'.*'question' está vacío",
    ),
    (
        "excluded option counting",
        _set(("scales", 0, "options", 4, "counts_as_measure"), True),
        r"'no_aplica' no puede ser excluida y contar como medida",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "message"), [(m, msg) for _, m, msg in BAD_DATA], ids=[c for c, _, _ in BAD_DATA]
)
def test_validation_errors_name_the_problem(
    mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = raw_v1()
    mutate(data)
    with pytest.raises(QuestionnaireError, match=message) as raised:
        parse_questionnaire(data, "prueba.json")
    assert str(raised.value).startswith("prueba.json: ")


@pytest.mark.parametrize("data", [[], "texto", 3, None])
def test_not_a_json_object(data: Any) -> None:
    with pytest.raises(QuestionnaireError, match=r"prueba\.json: .*se esperaba un objeto JSON"):
        parse_questionnaire(data, "prueba.json")


def test_invalid_json_text() -> None:
    with pytest.raises(QuestionnaireError, match=r"roto.json: JSON inválido en la línea 2"):
        parse_questionnaire_json('{"version": "1",\n  title: }', "roto.json")


def test_json_text_round_trip(q: Questionnaire) -> None:
    text = json.dumps(raw_v1(), ensure_ascii=False)
    assert parse_questionnaire_json(text) == q


# --- measure_share -------------------------------------------------------------------------------


def test_measure_share_empty_answers(q: Questionnaire) -> None:
    assert measure_share(q, {}) == dict.fromkeys("abcdefgh", 0.0)


def test_measure_share_arithmetic(q: Questionnaire) -> None:
    a = [i.id for i in q.dimension("a").indicators]
    b = [i.id for i in q.dimension("b").indicators]
    answers: dict[str, str | None] = {
        a[0]: "si",
        a[1]: "en_desarrollo",
        a[3]: "no",
        a[4]: "no_sabe",
        a[5]: "no_aplica",  # left out of the denominator
        a[6]: None,  # unanswered: no measure
        b[0]: "si",
        "zz99": "si",  # not in this questionnaire: ignored
    }
    shares = measure_share(q, answers)
    assert shares["a"] == pytest.approx(2 / (len(a) - 1))
    assert shares["b"] == pytest.approx(1 / len(b))
    assert shares["c"] == 0.0


def test_measure_share_frequency_scale(q: Questionnaire) -> None:
    freq = [i for i in q.indicators() if i.scale.id == "frecuencia"]
    assert freq, "v1 uses the frecuencia scale somewhere"
    ind = freq[0]
    size = len(q.dimension(ind.dimension).indicators)
    assert measure_share(q, {ind.id: "a_veces"})[ind.dimension] == pytest.approx(1 / size)
    assert measure_share(q, {ind.id: "nunca"})[ind.dimension] == 0.0


def test_measure_share_all_excluded_is_zero(q: Questionnaire) -> None:
    answers: dict[str, str | None] = {i.id: "no_aplica" for i in q.dimension("f").indicators}
    answers.update({i.id: "si" for i in q.dimension("h").indicators})
    shares = measure_share(q, answers)
    assert shares["f"] == 0.0
    assert shares["h"] == 1.0


def test_measure_share_unknown_code(q: Questionnaire) -> None:
    with pytest.raises(QuestionnaireError, match=r"indicador 'a01'.*'quizas'"):
        measure_share(q, {"a01": "quizas"})


def test_measure_share_small_questionnaire() -> None:
    yes_no = AnswerScale(
        "sn",
        (AnswerOption("si", "Sí", True), AnswerOption("na", "No aplica", False, excluded=True)),
    )
    data = raw_v1()
    data["scales"] = [
        {"id": yes_no.id, "options": [dataclass_dict(o) for o in yes_no.options]},
    ]
    for dim in data["dimensions"]:
        dim["indicators"] = dim["indicators"][:6]
        for ind in dim["indicators"]:
            ind["scale"] = "sn"
    q = parse_questionnaire(data)
    assert q.scales == {"sn": yes_no}
    answers: dict[str, str | None] = {"a01": "si", "a02": "si", "a03": "na", "b01": "na"}
    shares = measure_share(q, answers)
    assert shares["a"] == pytest.approx(2 / 5)
    assert shares["b"] == 0.0


def dataclass_dict(option: AnswerOption) -> dict[str, Any]:
    return {
        "code": option.code,
        "label": option.label,
        "counts_as_measure": option.counts_as_measure,
        "excluded": option.excluded,
    }
