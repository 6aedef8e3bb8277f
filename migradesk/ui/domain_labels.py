"""The core's Spanish labels, declared here for translation (the core imports no Qt).

``calendar_label(d.label)`` / ``dimension_short(code)`` return the text in the interface language.
Keep the sources identical to the core's strings (tests/ui/test_translations.py checks them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from migradesk.ui.i18n import QT_TRANSLATE_NOOP

CALENDAR_LABELS = (
    QT_TRANSLATE_NOOP("domain", "Enviar formulario de inscripción y carta de intención"),
    QT_TRANSLATE_NOOP("domain", "Comunicar los resultados de la selección"),
    QT_TRANSLATE_NOOP("domain", "Confirmar la participación con nota del/de la intendente/a"),
    QT_TRANSLATE_NOOP("domain", "Incorporar personas funcionarias a la capacitación"),
    QT_TRANSLATE_NOOP("domain", "Completar el curso virtual y el cuestionario final"),
    QT_TRANSLATE_NOOP("domain", "Completar el formulario de evaluación (autoevaluación)"),
    QT_TRANSLATE_NOOP("domain", "Revisar el formulario de evaluación"),
    QT_TRANSLATE_NOOP("domain", "Realizar el workshop de evaluación y diagnóstico"),
    QT_TRANSLATE_NOOP("domain", "Entregar el reporte de evaluación"),
    QT_TRANSLATE_NOOP("domain", "Revisar el reporte de evaluación (OIM – CIPPEC)"),
)

DIMENSION_SHORT = {
    "a": QT_TRANSLATE_NOOP("domain", "Salud"),
    "b": QT_TRANSLATE_NOOP("domain", "Educación"),
    "c": QT_TRANSLATE_NOOP("domain", "Asistencia social"),
    "d": QT_TRANSLATE_NOOP("domain", "Integración"),
    "e": QT_TRANSLATE_NOOP("domain", "Alianzas"),
    "f": QT_TRANSLATE_NOOP("domain", "Migración regular"),
    "g": QT_TRANSLATE_NOOP("domain", "Participación"),
    "h": QT_TRANSLATE_NOOP("domain", "Capacidades"),
}

DIMENSION_NAMES = {
    "a": QT_TRANSLATE_NOOP("domain", "Acceso a la salud"),
    "b": QT_TRANSLATE_NOOP("domain", "Acceso a la educación"),
    "c": QT_TRANSLATE_NOOP("domain", "Asistencia y protección social"),
    "d": QT_TRANSLATE_NOOP("domain", "Integración de personas migrantes"),
    "e": QT_TRANSLATE_NOOP(
        "domain",
        "Forjar alianzas duraderas para hacer frente a la migración y a las cuestiones conexas",
    ),
    "f": QT_TRANSLATE_NOOP("domain", "Velar por una migración segura, ordenada y regular"),
    "g": QT_TRANSLATE_NOOP("domain", "Participación política, social y cultural"),
    "h": QT_TRANSLATE_NOOP(
        "domain", "Capacidades y recursos institucionales para la gobernanza migratoria"
    ),
}

MILESTONE_LABELS = {
    "inicio_fase_4": QT_TRANSLATE_NOOP("domain", "Inicio de la Fase 4"),
    "plan_validado": QT_TRANSLATE_NOOP("domain", "Plan de acción validado"),
    "inicio_fase_6": QT_TRANSLATE_NOOP("domain", "Inicio de la Fase 6"),
    "certificacion": QT_TRANSLATE_NOOP("domain", "Certificación"),
}


# The answers of the indicator set's scales (resources/questionnaire: its options' labels).
OPTION_LABELS = (
    QT_TRANSLATE_NOOP("domain", "Sí"),
    QT_TRANSLATE_NOOP("domain", "En desarrollo"),
    QT_TRANSLATE_NOOP("domain", "No"),
    QT_TRANSLATE_NOOP("domain", "No sabe"),
    QT_TRANSLATE_NOOP("domain", "No aplica"),
    QT_TRANSLATE_NOOP("domain", "Siempre"),
    QT_TRANSLATE_NOOP("domain", "A veces"),
    QT_TRANSLATE_NOOP("domain", "Nunca"),
)

# The guide's regions (domain/city.py REGION_LABELS).
REGION_NAMES = (
    QT_TRANSLATE_NOOP("domain", "Noroeste"),
    QT_TRANSLATE_NOOP("domain", "Noreste"),
    QT_TRANSLATE_NOOP("domain", "Pampeana"),
    QT_TRANSLATE_NOOP("domain", "Cuyo"),
    QT_TRANSLATE_NOOP("domain", "Patagonia"),
    QT_TRANSLATE_NOOP("domain", "Gran Buenos Aires"),
)


def domain_text(source: str) -> str:
    """A core label in the interface language (unchanged when there is no translation)."""
    return QCoreApplication.translate("domain", source)


def dimension_short(code: str) -> str:
    return domain_text(DIMENSION_SHORT.get(code, code))


def dimension_name(code: str, fallback: str = "") -> str:
    source = DIMENSION_NAMES.get(code)
    return domain_text(source) if source else fallback
