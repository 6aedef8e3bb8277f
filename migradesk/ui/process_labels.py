"""The process model's sentences (``migradesk.domain.phrases``), declared for translation.

The core imports no Qt: its templates are repeated here for lupdate (sources identical,
``tests/ui/test_translations.py`` checks), and ``phrase_text`` shows a phrase in the interface
language with dates and numbers as Argentina writes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from migradesk.ui.formats import fmt_date, fmt_int
from migradesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from migradesk.domain.actors import Actor
    from migradesk.domain.phrases import Phrase, Value
    from migradesk.domain.process import NextAction

PROCESS_LABELS = (
    QT_TRANSLATE_NOOP("domain", "la ciudad"),
    QT_TRANSLATE_NOOP("domain", "OIM"),
    QT_TRANSLATE_NOOP("domain", "CIPPEC"),
    QT_TRANSLATE_NOOP("domain", "la DNM"),
    QT_TRANSLATE_NOOP("domain", "{first} y {second}"),
    QT_TRANSLATE_NOOP("domain", "{first} o {second}"),
    QT_TRANSLATE_NOOP("domain", "Inscripción"),
    QT_TRANSLATE_NOOP("domain", "Autoevaluación"),
    QT_TRANSLATE_NOOP("domain", "Reporte de evaluación"),
    QT_TRANSLATE_NOOP("domain", "Plan de acción"),
    QT_TRANSLATE_NOOP("domain", "borrador"),
    QT_TRANSLATE_NOOP("domain", "por enviar"),
    QT_TRANSLATE_NOOP("domain", "enviada a OIM"),
    QT_TRANSLATE_NOOP("domain", "recibida por OIM"),
    QT_TRANSLATE_NOOP("domain", "con observaciones de OIM"),
    QT_TRANSLATE_NOOP("domain", "en revisión por OIM"),
    QT_TRANSLATE_NOOP("domain", "revisada por OIM"),
    QT_TRANSLATE_NOOP("domain", "enviado a OIM"),
    QT_TRANSLATE_NOOP("domain", "en revisión por OIM y CIPPEC"),
    QT_TRANSLATE_NOOP("domain", "comentado por OIM y CIPPEC"),
    QT_TRANSLATE_NOOP("domain", "comentarios validados con CIPPEC"),
    QT_TRANSLATE_NOOP("domain", "versión final"),
    QT_TRANSLATE_NOOP("domain", "validado por OIM"),
    QT_TRANSLATE_NOOP("domain", "sin iniciar"),
    QT_TRANSLATE_NOOP("domain", "en curso"),
    QT_TRANSLATE_NOOP("domain", "completo"),
    QT_TRANSLATE_NOOP("domain", "venció"),
    QT_TRANSLATE_NOOP("domain", "El Punto Focal no está inscripto en el curso."),
    QT_TRANSLATE_NOOP("domain", "El Punto Focal, {name}, no está inscripto en el curso."),
    QT_TRANSLATE_NOOP("domain", "El curso de {name} venció el {due} sin completarse."),
    QT_TRANSLATE_NOOP("domain", "{name} no completó el curso ({done} de {total} partes)."),
    QT_TRANSLATE_NOOP(
        "domain", "{name} no completó el curso ({done} de {total} partes; vence el {due})."
    ),
    QT_TRANSLATE_NOOP("domain", "No hay personas inscriptas en el curso."),
    QT_TRANSLATE_NOOP("domain", "Sección 1: falta la población actual estimada."),
    QT_TRANSLATE_NOOP("domain", "Sección 1: falta la población migrante estimada."),
    QT_TRANSLATE_NOOP("domain", "Sección 1: faltan los principales países de origen."),
    QT_TRANSLATE_NOOP("domain", "Sección 1: faltan las principales actividades económicas."),
    QT_TRANSLATE_NOOP("domain", "Sección 1: falta el correo electrónico del municipio."),
    QT_TRANSLATE_NOOP("domain", "Sección 1: falta el contexto migratorio."),
    QT_TRANSLATE_NOOP("domain", "Sección 2: falta responder si hay un área o persona responsable."),
    QT_TRANSLATE_NOOP(
        "domain", "Sección 2: falta responder si hay programas para personas migrantes."
    ),
    QT_TRANSLATE_NOOP("domain", "Sección 2: falta responder si hay convenios."),
    QT_TRANSLATE_NOOP(
        "domain", "Sección 2: falta responder si hubo medidas sistemáticas en los últimos dos años."
    ),
    QT_TRANSLATE_NOOP(
        "domain", "Sección 2: falta responder si hay situaciones que demandan un área."
    ),
    QT_TRANSLATE_NOOP("domain", "Carta de intención: falta el nombre del/de la intendente/a."),
    QT_TRANSLATE_NOOP("domain", "Carta de intención: falta la fecha de firma."),
    QT_TRANSLATE_NOOP("domain", "Carta de intención: falta el Punto Focal que designa."),
    QT_TRANSLATE_NOOP("domain", "Carta de intención: falta el cargo del Punto Focal."),
    QT_TRANSLATE_NOOP(
        "domain",
        "Faltan {missing} de {total} indicadores por responder (No sabe y No aplica también son "
        "respuestas).",
    ),
    QT_TRANSLATE_NOOP("domain", "La sección {section} del reporte no tiene texto."),
    QT_TRANSLATE_NOOP("domain", "Marque al menos un área como prioritaria."),
    QT_TRANSLATE_NOOP("domain", "El área «{area}» no tiene objetivos."),
    QT_TRANSLATE_NOOP("domain", "El objetivo «{objective}» no tiene acciones."),
    QT_TRANSLATE_NOOP("domain", "La acción «{action}» no tiene fechas de inicio y fin."),
    QT_TRANSLATE_NOOP("domain", "La acción «{action}» no tiene área responsable."),
    QT_TRANSLATE_NOOP("domain", "Inscripción enviada y recibida por OIM"),
    QT_TRANSLATE_NOOP("domain", "Punto Focal designado"),
    QT_TRANSLATE_NOOP("domain", "Nota de confirmación del/de la intendente/a enviada"),
    QT_TRANSLATE_NOOP(
        "domain", "Curso completado por el Punto Focal y todas las personas inscriptas"
    ),
    QT_TRANSLATE_NOOP("domain", "Autoevaluación enviada y revisada por OIM"),
    QT_TRANSLATE_NOOP("domain", "Workshop de evaluación y diagnóstico realizado"),
    QT_TRANSLATE_NOOP("domain", "Reporte de evaluación en su versión final"),
    QT_TRANSLATE_NOOP("domain", "Plan de acción validado por OIM"),
    QT_TRANSLATE_NOOP("domain", "Workshop de planeamiento estratégico realizado"),
    QT_TRANSLATE_NOOP("domain", "Cumplido el {date}."),
    QT_TRANSLATE_NOOP("domain", "Todavía no se envió a OIM."),
    QT_TRANSLATE_NOOP("domain", "Por enviar: sale de este equipo cuando haya conexión."),
    QT_TRANSLATE_NOOP("domain", "Enviado el {date}; OIM todavía no respondió."),
    QT_TRANSLATE_NOOP("domain", "OIM lo devolvió con observaciones el {date}."),
    QT_TRANSLATE_NOOP("domain", "Comentarios validados el {date}: falta enviar la versión final."),
    QT_TRANSLATE_NOOP("domain", "{name} es el Punto Focal."),
    QT_TRANSLATE_NOOP("domain", "Falta designar al Punto Focal."),
    QT_TRANSLATE_NOOP("domain", "Enviada el {date}."),
    QT_TRANSLATE_NOOP("domain", "Falta enviar la nota de confirmación."),
    QT_TRANSLATE_NOOP("domain", "{done} de {total} personas completaron el curso."),
    QT_TRANSLATE_NOOP("domain", "Realizado el {date}."),
    QT_TRANSLATE_NOOP("domain", "Previsto para el {date}."),
    QT_TRANSLATE_NOOP("domain", "Realizado el {date}: faltan los participantes."),
    QT_TRANSLATE_NOOP("domain", "Sin fecha registrada."),
    QT_TRANSLATE_NOOP("domain", "Esto le corresponde a {actor}."),
    QT_TRANSLATE_NOOP("domain", "Solo el reporte de evaluación tiene comentarios para validar."),
    QT_TRANSLATE_NOOP("domain", "Ya está por enviar: sale de este equipo cuando haya conexión."),
    QT_TRANSLATE_NOOP("domain", "Ya fue enviado: OIM lo está revisando."),
    QT_TRANSLATE_NOOP("domain", "OIM ya lo aprobó: el paso está cumplido."),
    QT_TRANSLATE_NOOP("domain", "Los comentarios ya están validados: envíe la versión final."),
    QT_TRANSLATE_NOOP(
        "domain", "Antes de la versión final, CIPPEC y la ciudad validan los comentarios de OIM."
    ),
    QT_TRANSLATE_NOOP("domain", "No hay un envío pendiente que se pueda retirar."),
    QT_TRANSLATE_NOOP("domain", "No se edita mientras está enviado a OIM o ya aprobado."),
    QT_TRANSLATE_NOOP("domain", "No hay nada enviado esperando la respuesta de OIM."),
    QT_TRANSLATE_NOOP(
        "domain", "La versión en revisión no es la final: coméntela o espere la versión final."
    ),
    QT_TRANSLATE_NOOP("domain", "El reporte no tiene comentarios de OIM por validar."),
    QT_TRANSLATE_NOOP(
        "domain", "Falta que la ciudad responda {count} comentarios sobre el reporte."
    ),
    QT_TRANSLATE_NOOP("domain", "La inscripción todavía no fue recibida por OIM."),
    QT_TRANSLATE_NOOP("domain", "Falta la nota de confirmación del/de la intendente/a."),
    QT_TRANSLATE_NOOP("domain", "OIM todavía no revisó la autoevaluación."),
    QT_TRANSLATE_NOOP(
        "domain", "Falta registrar el workshop de evaluación y diagnóstico (fecha y participantes)."
    ),
    QT_TRANSLATE_NOOP("domain", "El reporte de evaluación todavía no está en su versión final."),
    QT_TRANSLATE_NOOP("domain", "Falta: {requirement}."),
    QT_TRANSLATE_NOOP("domain", "Inicio"),
    QT_TRANSLATE_NOOP(
        "domain",
        "Inscripción: carta de intención, designación del Punto Focal y formulario de inscripción",
    ),
    QT_TRANSLATE_NOOP("domain", "La persona designada como Punto Focal"),
    QT_TRANSLATE_NOOP("domain", "Fase 1 · Capacitación del funcionariado local"),
    QT_TRANSLATE_NOOP(
        "domain", "Fase 2 · Capacidades y recursos institucionales para la gobernanza migratoria"
    ),
    QT_TRANSLATE_NOOP("domain", "Fase 3 · Workshop de evaluación y diagnóstico"),
    QT_TRANSLATE_NOOP(
        "domain", "Fase 4 · Priorización, plan de acción y workshop de planeamiento estratégico"
    ),
    QT_TRANSLATE_NOOP("domain", "Fase 5 · Finalización y certificación"),
    QT_TRANSLATE_NOOP("domain", "Fase 6 · Implementación y monitoreo"),
    QT_TRANSLATE_NOOP("domain", "enviado"),
    QT_TRANSLATE_NOOP("domain", "con comentarios"),
    QT_TRANSLATE_NOOP("domain", "comentarios validados"),
    QT_TRANSLATE_NOOP("domain", "aprobado"),
    QT_TRANSLATE_NOOP("domain", "completado"),
    QT_TRANSLATE_NOOP("domain", "cuando OIM fije la fecha"),
    QT_TRANSLATE_NOOP(
        "domain",
        "Completar el formulario de inscripción y la carta de intención (faltan {count} datos).",
    ),
    QT_TRANSLATE_NOOP("domain", "Enviar la inscripción a OIM."),
    QT_TRANSLATE_NOOP(
        "domain", "Corregir la inscripción según las observaciones de OIM y volver a enviarla."
    ),
    QT_TRANSLATE_NOOP(
        "domain", "Conectarse a Internet para que salga {what}: está por enviar en este equipo."
    ),
    QT_TRANSLATE_NOOP("domain", "Recibir la inscripción de la ciudad."),
    QT_TRANSLATE_NOOP("domain", "Comunicar los resultados de la selección."),
    QT_TRANSLATE_NOOP("domain", "Enviar la nota de confirmación firmada por el/la intendente/a."),
    QT_TRANSLATE_NOOP("domain", "Designar al Punto Focal."),
    QT_TRANSLATE_NOOP("domain", "Inscribir al Punto Focal en el curso virtual."),
    QT_TRANSLATE_NOOP("domain", "{name}: completar el curso virtual ({done} de {total} partes)."),
    QT_TRANSLATE_NOOP("domain", "El curso de {name} venció: pedir a OIM que lo reabra."),
    QT_TRANSLATE_NOOP(
        "domain", "Completar la autoevaluación ({done} de {total} indicadores respondidos)."
    ),
    QT_TRANSLATE_NOOP("domain", "Enviar la autoevaluación a OIM."),
    QT_TRANSLATE_NOOP("domain", "Revisar la autoevaluación de la ciudad."),
    QT_TRANSLATE_NOOP(
        "domain", "Responder las observaciones de OIM y volver a enviar la autoevaluación."
    ),
    QT_TRANSLATE_NOOP("domain", "Realizar el workshop de evaluación y diagnóstico en la ciudad."),
    QT_TRANSLATE_NOOP(
        "domain", "Realizar el workshop de evaluación y diagnóstico (previsto para el {date})."
    ),
    QT_TRANSLATE_NOOP(
        "domain", "Registrar los participantes del workshop de evaluación y diagnóstico."
    ),
    QT_TRANSLATE_NOOP(
        "domain", "Redactar el reporte de evaluación con CIPPEC ({done} de {total} secciones)."
    ),
    QT_TRANSLATE_NOOP("domain", "Enviar la versión preliminar del reporte de evaluación a OIM."),
    QT_TRANSLATE_NOOP("domain", "Revisar el reporte de evaluación y comentarlo."),
    QT_TRANSLATE_NOOP("domain", "Aprobar la versión final del reporte de evaluación."),
    QT_TRANSLATE_NOOP(
        "domain",
        "Responder los comentarios de OIM y CIPPEC sobre el reporte ({count} sin respuesta).",
    ),
    QT_TRANSLATE_NOOP(
        "domain", "Validar con la ciudad los comentarios a incorporar en la versión final."
    ),
    QT_TRANSLATE_NOOP("domain", "Enviar la versión final del reporte de evaluación a OIM."),
    QT_TRANSLATE_NOOP(
        "domain", "Priorizar áreas y completar el plan de acción ({count} pendientes)."
    ),
    QT_TRANSLATE_NOOP("domain", "Enviar el plan de acción a OIM para su validación."),
    QT_TRANSLATE_NOOP("domain", "Validar el plan de acción."),
    QT_TRANSLATE_NOOP(
        "domain", "Corregir el plan de acción según las observaciones de OIM y volver a enviarlo."
    ),
    QT_TRANSLATE_NOOP("domain", "Realizar el workshop de planeamiento estratégico."),
    QT_TRANSLATE_NOOP("domain", "Certificar a la ciudad y fijar la ceremonia pública."),
    QT_TRANSLATE_NOOP("domain", "Ceremonia pública de certificación."),
    QT_TRANSLATE_NOOP(
        "domain", "Completar los requisitos pendientes de la certificación ({count})."
    ),
    QT_TRANSLATE_NOOP("domain", "Informar el avance de la acción «{action}»."),
    QT_TRANSLATE_NOOP("domain", "la inscripción"),
    QT_TRANSLATE_NOOP("domain", "la autoevaluación"),
    QT_TRANSLATE_NOOP("domain", "el reporte de evaluación"),
    QT_TRANSLATE_NOOP("domain", "el plan de acción"),
)


def phrase_text(phrase: Phrase) -> str:
    """The phrase translated, its values filled in (nested phrases translated too)."""
    out = QCoreApplication.translate("domain", phrase.text)
    for name, value in phrase.values:
        out = out.replace("{" + name + "}", _value(value))
    return out


def _value(value: Value) -> str:
    from datetime import date

    from migradesk.domain.phrases import Phrase

    if isinstance(value, Phrase):
        return phrase_text(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, int):
        return fmt_int(value)
    return value


def step_title(step_id: str) -> str:
    """The guide's title of a step of the app, in the interface language."""
    from migradesk.domain.process.steps import TITLES

    return QCoreApplication.translate("domain", TITLES[step_id])


def actors_text(actors: Iterable[Actor]) -> str:
    """'la ciudad', 'OIM y CIPPEC', in the interface language."""
    from migradesk.domain.actors import actor_names

    return phrase_text(actor_names(actors))


def due_text(action: NextAction, today: date) -> str:
    """When a next action is due: 'Vence el 12/03/2026: faltan 9 días.', 'Venció el …',
    'Cuando OIM fije la fecha.'."""
    from migradesk.domain.calendar import DeadlineStatus

    translate = QCoreApplication.translate
    due = action.due
    if due is None:
        return translate("process", "Cuando OIM fije la fecha.")
    days = (due - today).days
    status = action.status(today)
    if status is DeadlineStatus.OVERDUE:
        return translate("process", "Venció el %1.").replace("%1", fmt_date(due))
    if status is DeadlineStatus.NOT_STARTED and action.opens is not None:
        text = translate("process", "Empieza el %1 y vence el %2.")
        return text.replace("%1", fmt_date(action.opens)).replace("%2", fmt_date(due))
    if days == 0:
        return translate("process", "Vence hoy.")
    if days == 1:
        return translate("process", "Vence mañana (%1).").replace("%1", fmt_date(due))
    text = translate("process", "Vence el %1: faltan %2 días.")
    return text.replace("%1", fmt_date(due)).replace("%2", str(days))
