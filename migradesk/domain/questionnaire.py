"""Phase 2: the self-assessment indicator set (*formulario de evaluación*), as versioned data.

The indicators live in ``resources/questionnaire/v<version>.json``. This module reads and
validates them; answers are :class:`migradesk.domain.assessment.IndicatorAnswer` records that store
an answer code of the indicator's scale.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any, NoReturn

from migradesk.assets import resource
from migradesk.domain.base import DomainError

CURRENT_VERSION = "1"

#: The guide's eight dimensions, in order.
DIMENSION_CODES: tuple[str, ...] = ("a", "b", "c", "d", "e", "f", "g", "h")

#: Fields of an IndicatorAnswer that an indicator may ask to describe the measure.
MEASURE_FIELDS: tuple[str, ...] = (
    "measure_description",
    "responsible_area",
    "legal_instrument",
    "since_year",
    "evidence",
)

MIN_INDICATORS_PER_DIMENSION = 6

_VERSION_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")
_FILE_RE = re.compile(r"v([0-9A-Za-z][0-9A-Za-z._-]*)\.json")


class QuestionnaireError(DomainError):
    """The questionnaire data is missing, malformed or inconsistent, or an id is unknown."""


@dataclasses.dataclass(frozen=True)
class AnswerOption:
    code: str
    label: str
    counts_as_measure: bool
    excluded: bool = False  # e.g. "No aplica": left out of the share of indicators with measures


@dataclasses.dataclass(frozen=True)
class AnswerScale:
    id: str
    options: tuple[AnswerOption, ...]

    def option(self, code: str) -> AnswerOption:
        for candidate in self.options:
            if candidate.code == code:
                return candidate
        raise QuestionnaireError(
            f"escala {self.id!r}: código de respuesta desconocido {code!r} "
            f"(válidos: {', '.join(self.codes())})"
        )

    def codes(self) -> tuple[str, ...]:
        return tuple(o.code for o in self.options)


@dataclasses.dataclass(frozen=True)
class Indicator:
    id: str
    dimension: str
    number: int  # 1-based position in its dimension
    question: str
    guidance: str
    scale: AnswerScale
    measure_fields: tuple[str, ...]
    asks_groups: bool


@dataclasses.dataclass(frozen=True)
class Dimension:
    code: str
    name: str
    description: str
    indicators: tuple[Indicator, ...]

    @property
    def label(self) -> str:
        return f"{self.code}) {self.name}"


@dataclasses.dataclass(frozen=True)
class Questionnaire:
    version: str
    title: str
    published: date
    sources: tuple[str, ...]
    dimensions: tuple[Dimension, ...]
    scales: Mapping[str, AnswerScale] = dataclasses.field(hash=False)
    _by_id: Mapping[str, Indicator] = dataclasses.field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "scales", types.MappingProxyType(dict(self.scales)))
        index = {i.id: i for d in self.dimensions for i in d.indicators}
        object.__setattr__(self, "_by_id", types.MappingProxyType(index))

    def indicator(self, indicator_id: str) -> Indicator:
        try:
            return self._by_id[indicator_id]
        except KeyError:
            raise QuestionnaireError(
                f"indicador desconocido: {indicator_id!r} (cuestionario versión {self.version})"
            ) from None

    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(i for d in self.dimensions for i in d.indicators)

    def dimension(self, code: str) -> Dimension:
        for candidate in self.dimensions:
            if candidate.code == code:
                return candidate
        raise QuestionnaireError(
            f"dimensión desconocida: {code!r} (cuestionario versión {self.version})"
        )


# --- loading ---------------------------------------------------------------------------------


def _directory() -> Traversable:
    return resource("questionnaire")


def _version_key(version: str) -> tuple[int, int | str]:
    return (0, int(version)) if version.isdigit() else (1, version)


def available_versions() -> tuple[str, ...]:
    """Versions shipped with the application, oldest first."""
    found = []
    for entry in _directory().iterdir():
        match = _FILE_RE.fullmatch(entry.name)
        if match and entry.is_file():
            found.append(match.group(1))
    return tuple(sorted(found, key=_version_key))


def load_questionnaire(version: str = CURRENT_VERSION) -> Questionnaire:
    """The shipped questionnaire of a version (read and validated once per process)."""
    return _load(version)


@cache
def _load(version: str) -> Questionnaire:
    if not _VERSION_RE.fullmatch(version):
        raise QuestionnaireError(f"versión de cuestionario desconocida: {version!r}")
    resource = _directory() / f"v{version}.json"
    source = f"questionnaire/v{version}.json"
    if not resource.is_file():
        shipped = ", ".join(available_versions()) or "ninguna"
        raise QuestionnaireError(
            f"versión de cuestionario desconocida: {version!r} (disponibles: {shipped})"
        )
    try:
        text = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionnaireError(f"{source}: no se pudo leer el archivo: {exc}") from None
    questionnaire = parse_questionnaire_json(text, source)
    if questionnaire.version != version:
        raise QuestionnaireError(
            f"{source}: el archivo declara la versión {questionnaire.version!r}, "
            f"se esperaba {version!r}"
        )
    return questionnaire


def parse_questionnaire_json(text: str, source: str = "<data>") -> Questionnaire:
    """Parse and validate a questionnaire from JSON text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuestionnaireError(
            f"{source}: JSON inválido en la línea {exc.lineno}, columna {exc.colno}: {exc.msg}"
        ) from None
    return parse_questionnaire(data, source)


# --- validation ------------------------------------------------------------------------------


class _Reader:
    """Typed access to one JSON object, with errors that name the source and the object."""

    def __init__(self, data: object, source: str, where: str, keys: Sequence[str]) -> None:
        self.source = source
        self.where = where
        if not isinstance(data, Mapping):
            self.fail(f"se esperaba un objeto JSON, se encontró {_json_type(data)}")
        unknown = sorted(str(k) for k in data if k not in keys)
        if unknown:
            self.fail(f"claves desconocidas: {', '.join(unknown)}")
        self.data: Mapping[str, Any] = data

    def fail(self, problem: str) -> NoReturn:
        raise QuestionnaireError(f"{self.source}: {self.where}: {problem}")

    def _get(self, key: str, expected: type | tuple[type, ...], type_name: str) -> Any:
        if key not in self.data:
            self.fail(f"falta la clave {key!r}")
        value = self.data[key]
        if not isinstance(value, expected):
            self.fail(f"{key!r} debe ser {type_name}, se encontró {_json_type(value)}")
        return value

    def text(self, key: str, *, required: bool = True) -> str:
        value: str = self._get(key, str, "un texto")
        if required and not value.strip():
            self.fail(f"{key!r} está vacío")
        return value.strip()

    def flag(self, key: str, default: bool | None = None) -> bool:
        if default is not None and key not in self.data:
            return default
        value: bool = self._get(key, bool, "true o false")
        return value

    def items(self, key: str) -> list[Any]:
        value: list[Any] = self._get(key, list, "una lista")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        values = self.items(key)
        for n, value in enumerate(values, start=1):
            if not isinstance(value, str) or not value.strip():
                self.fail(f"{key!r}: el elemento {n} debe ser un texto no vacío")
        return tuple(v.strip() for v in values)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "un booleano"
    if isinstance(value, int | float):
        return "un número"
    if isinstance(value, str):
        return "un texto"
    if isinstance(value, list | tuple):
        return "una lista"
    if isinstance(value, Mapping):
        return "un objeto"
    return type(value).__name__


def parse_questionnaire(data: Mapping[str, Any], source: str = "<data>") -> Questionnaire:
    """Validate questionnaire data (as decoded from JSON) and build the typed questionnaire."""
    top = _Reader(
        data,
        source,
        "cuestionario",
        ("version", "title", "published", "sources", "scales", "dimensions"),
    )
    version = top.text("version")
    title = top.text("title")
    published_text = top.text("published")
    try:
        published = date.fromisoformat(published_text)
    except ValueError:
        top.fail(f"'published' no es una fecha ISO (AAAA-MM-DD): {published_text!r}")
    sources = top.texts("sources")
    scales = _parse_scales(top.items("scales"), source)
    dimensions = tuple(_parse_dimensions(top.items("dimensions"), scales, source))
    return Questionnaire(
        version=version,
        title=title,
        published=published,
        sources=sources,
        dimensions=dimensions,
        scales=scales,
    )


def _parse_scales(items: list[Any], source: str) -> dict[str, AnswerScale]:
    if not items:
        raise QuestionnaireError(f"{source}: 'scales' no define ninguna escala de respuesta")
    scales: dict[str, AnswerScale] = {}
    for n, item in enumerate(items, start=1):
        reader = _Reader(item, source, f"escala {n}", ("id", "options"))
        scale_id = reader.text("id")
        reader.where = f"escala {scale_id!r}"
        if scale_id in scales:
            reader.fail("id de escala duplicado")
        raw_options = reader.items("options")
        if not raw_options:
            reader.fail("la escala no tiene opciones")
        options: list[AnswerOption] = []
        for m, raw in enumerate(raw_options, start=1):
            opt = _Reader(
                raw,
                source,
                f"escala {scale_id!r}, opción {m}",
                ("code", "label", "counts_as_measure", "excluded"),
            )
            code = opt.text("code")
            option = AnswerOption(
                code=code,
                label=opt.text("label"),
                counts_as_measure=opt.flag("counts_as_measure"),
                excluded=opt.flag("excluded", default=False),
            )
            if any(o.code == code for o in options):
                reader.fail(f"código de opción duplicado {code!r}")
            if option.excluded and option.counts_as_measure:
                opt.fail(f"la opción {code!r} no puede ser excluida y contar como medida a la vez")
            options.append(option)
        if all(o.excluded for o in options):
            reader.fail("todas las opciones están excluidas")
        scales[scale_id] = AnswerScale(id=scale_id, options=tuple(options))
    return scales


def _parse_dimensions(
    items: list[Any], scales: Mapping[str, AnswerScale], source: str
) -> Iterator[Dimension]:
    readers = [
        _Reader(item, source, f"dimensión {n}", ("code", "name", "description", "indicators"))
        for n, item in enumerate(items, start=1)
    ]
    codes = [r.text("code") for r in readers]
    if tuple(codes) != DIMENSION_CODES:
        problems = []
        missing = [c for c in DIMENSION_CODES if c not in codes]
        if missing:
            problems.append(f"faltan {', '.join(missing)}")
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            problems.append(f"repetidas {', '.join(repeated)}")
        unknown = [c for c in codes if c not in DIMENSION_CODES]
        if unknown:
            problems.append(f"desconocidas {', '.join(repr(c) for c in unknown)}")
        if not problems:
            problems.append("fuera de orden")
        raise QuestionnaireError(
            f"{source}: las dimensiones deben ser a–h, una vez cada una y en orden; "
            f"se encontró [{', '.join(codes)}]: {'; '.join(problems)}"
        )
    seen: set[str] = set()
    for code, reader in zip(codes, readers, strict=True):
        reader.where = f"dimensión {code!r}"
        name = reader.text("name")
        description = reader.text("description", required=False)
        raw_indicators = reader.items("indicators")
        if len(raw_indicators) < MIN_INDICATORS_PER_DIMENSION:
            reader.fail(
                f"tiene {len(raw_indicators)} indicadores; "
                f"se requieren al menos {MIN_INDICATORS_PER_DIMENSION}"
            )
        indicators = tuple(
            _parse_indicator(raw, code, number, scales, seen, source)
            for number, raw in enumerate(raw_indicators, start=1)
        )
        yield Dimension(code=code, name=name, description=description, indicators=indicators)


def _parse_indicator(
    raw: object,
    dimension: str,
    number: int,
    scales: Mapping[str, AnswerScale],
    seen: set[str],
    source: str,
) -> Indicator:
    reader = _Reader(
        raw,
        source,
        f"dimensión {dimension!r}, indicador {number}",
        ("id", "question", "guidance", "scale", "measure_fields", "asks_groups"),
    )
    indicator_id = reader.text("id")
    reader.where = f"indicador {indicator_id!r}"
    if not indicator_id.startswith(dimension):
        reader.fail(f"el id debe empezar con la letra de su dimensión {dimension!r}")
    if not re.fullmatch(r"[a-h][0-9]{2}", indicator_id):
        reader.fail("formato de id inválido: letra de la dimensión y dos dígitos (p. ej. 'a01')")
    if indicator_id in seen:
        reader.fail("id de indicador duplicado")
    seen.add(indicator_id)
    question = reader.text("question")
    guidance = reader.text("guidance", required=False)
    scale_id = reader.text("scale")
    if scale_id not in scales:
        reader.fail(f"escala desconocida {scale_id!r} (definidas: {', '.join(scales)})")
    fields = reader.texts("measure_fields")
    unknown = [f for f in fields if f not in MEASURE_FIELDS]
    if unknown:
        reader.fail(
            f"campos de medida desconocidos: {', '.join(unknown)} "
            f"(válidos: {', '.join(MEASURE_FIELDS)})"
        )
    if len(set(fields)) != len(fields):
        reader.fail("campos de medida repetidos")
    return Indicator(
        id=indicator_id,
        dimension=dimension,
        number=number,
        question=question,
        guidance=guidance,
        scale=scales[scale_id],
        measure_fields=fields,
        asks_groups=reader.flag("asks_groups"),
    )


# --- results ---------------------------------------------------------------------------------


def measure_share(
    questionnaire: Questionnaire, answers: Mapping[str, str | None]
) -> dict[str, float]:
    """Per dimension code, the share (0.0–1.0) of indicators with a measure: the radar chart.

    The denominator leaves out indicators answered with an excluded option ("No aplica");
    unanswered indicators (missing, None or "") count as without measure. Answers for ids outside
    the questionnaire are ignored; an unknown answer code raises QuestionnaireError.
    """
    shares: dict[str, float] = {}
    for dimension in questionnaire.dimensions:
        counted = with_measure = 0
        for indicator in dimension.indicators:
            code = answers.get(indicator.id)
            if code:
                try:
                    option = indicator.scale.option(code)
                except QuestionnaireError as exc:
                    raise QuestionnaireError(f"indicador {indicator.id!r}: {exc}") from None
                if option.excluded:
                    continue
                if option.counts_as_measure:
                    with_measure += 1
            counted += 1
        shares[dimension.code] = with_measure / counted if counted else 0.0
    return shares
