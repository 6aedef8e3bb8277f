"""Fase 3: the report's section keys and titles, and the prefill from the self-assessment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import DIMENSION_CODES, Questionnaire, QuestionnaireError
from migradesk.domain.report import REPORT_SECTIONS

from migradesk.ui.domain_labels import dimension_name, dimension_short, domain_text
from migradesk.ui.formats import fmt_date
from migradesk.ui.i18n import QT_TRANSLATE_NOOP

# The core's section titles, declared for translation (sources identical to REPORT_SECTIONS).
SECTION_TITLES = {
    1: QT_TRANSLATE_NOOP("domain", "Breve descripción del contexto local y provincial"),
    2: QT_TRANSLATE_NOOP(
        "domain", "Acciones llevadas a cabo o áreas de vacancia en cada dimensión"
    ),
    3: QT_TRANSLATE_NOOP("domain", "Comentarios y reflexiones de las autoridades locales"),
    4: QT_TRANSLATE_NOOP("domain", "Buenas prácticas detectadas"),
    5: QT_TRANSLATE_NOOP("domain", "Áreas a fortalecer"),
    6: QT_TRANSLATE_NOOP("domain", "Conclusiones"),
}
assert all(SECTION_TITLES[n] == REPORT_SECTIONS[n] for n in REPORT_SECTIONS)

SECTION_KEYS: tuple[str, ...] = (
    "1",
    *(f"2{code}" for code in DIMENSION_CODES),
    "3",
    "4",
    "5",
    "6",
)


def split_key(key: str) -> tuple[int, str]:
    return int(key[0]), key[1:]


def section_title(key: str, short: bool = False) -> str:
    """'1 · Breve descripción…', '2b · Acceso a la educación' (short: '2b · Educación')."""
    section, dimension = split_key(key)
    if dimension:
        name = dimension_short(dimension) if short else dimension_name(dimension, dimension)
        return f"{key} · {name}"
    return f"{key} · {domain_text(REPORT_SECTIONS[section])}"


def prefill_markdown(
    questionnaire: Questionnaire, file: CityFile, dimension: str, today: object
) -> str:
    """Section 2 of one dimension drafted from the answers: the measures in place and the gaps."""
    answers = file.answers(questionnaire.version)
    in_place: list[str] = []
    gaps: list[str] = []
    for indicator in questionnaire.dimension(dimension).indicators:
        answer = answers.get(indicator.id)
        option = None
        if answer is not None and answer.answer:
            try:
                option = indicator.scale.option(answer.answer)
            except QuestionnaireError:
                option = None
        if option is not None and option.excluded:
            continue
        if option is not None and option.counts_as_measure and answer is not None:
            details = [
                text
                for text in (
                    answer.responsible_area,
                    answer.legal_instrument,
                    QCoreApplication.translate("Fase3Page", "desde %1").replace(
                        "%1", str(answer.since_year)
                    )
                    if answer.since_year
                    else "",
                )
                if text
            ]
            measure = answer.measure_description.strip() or indicator.question
            line = f"- **{indicator.id.upper()}** {measure}"
            if option.code != indicator.scale.options[0].code:
                line += f" ({option.label.lower()})"
            if details:
                line += f" — {'; '.join(details)}"
            in_place.append(line)
        else:
            state = (
                option.label
                if option is not None
                else QCoreApplication.translate("Fase3Page", "sin responder")
            )
            line = f"- **{indicator.id.upper()}** {indicator.question} ({state.lower()})"
            if answer is not None and answer.notes.strip():
                line += f" {answer.notes.strip()}"
            gaps.append(line)
    when = fmt_date(today)  # type: ignore[arg-type]
    heading = QCoreApplication.translate("Fase3Page", "Desde la autoevaluación (%1)").replace(
        "%1", when
    )
    doing, missing = (
        QCoreApplication.translate("Fase3Page", "Acciones en marcha"),
        QCoreApplication.translate("Fase3Page", "Áreas de vacancia"),
    )
    parts = [f"### {heading}", "", f"**{doing}**", ""]
    parts += in_place or [
        QCoreApplication.translate("Fase3Page", "Ninguna medida registrada en la autoevaluación.")
    ]
    parts += ["", f"**{missing}**", ""]
    parts += gaps or [
        QCoreApplication.translate("Fase3Page", "No se registraron vacancias en la autoevaluación.")
    ]
    return "\n".join(line.replace("\n", " ") for line in parts) + "\n"
