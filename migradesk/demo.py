"""The demonstration city: a fictional, fully filled certification file.

*Santa Rosa del Cerro* (Jujuy) does not exist; nor do its people. Its file is in Phase 6: every
deliverable up to the action plan is approved, the city is certified and the plan is being
monitored. Every date is computed from ``today``, so the demo looks current, and every id is
derived, so writing it twice changes nothing.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from migradesk.domain import permissions
from migradesk.domain.application import Application, Presence
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record, Role, derived_id
from migradesk.domain.city import DEMO_CITY_ID, City, Region
from migradesk.domain.people import COURSE_STEPS, FocalPoint, Gender, Official
from migradesk.domain.plan import (
    Action,
    ActionStatus,
    AreaSource,
    MonitoringUpdate,
    Objective,
    PriorityArea,
)
from migradesk.domain.questionnaire import (
    AnswerOption,
    Indicator,
    Questionnaire,
    load_questionnaire,
)
from migradesk.domain.report import (
    Attendee,
    ReportSection,
    ReportStatus,
    ReportVersion,
    Workshop,
    WorkshopKind,
)
from migradesk.domain.review import (
    Certification,
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
)

if TYPE_CHECKING:  # the records need no storage (the server seeds its own from them)
    from migradesk.storage.store import Store

__all__ = ["DEMO_CITY_ID", "demo_records", "fill_demo", "write_demo"]


def _id(*parts: str) -> str:
    return derived_id("demo", *parts)


# --- Timeline: days before `today` of each step ---------------------------------------------

CAMPAIGN_LAUNCH = 460
LETTER_SIGNED = 438
APPLICATION_SENT = 436
RESULTS_NOTIFIED = 415
CONFIRMATION_SENT = 408
PHASE_1_START = 400
PHASE_2_START = 335
FOCAL_POINT_LETTER = 302
FOCAL_POINT_CHANGE = 300
SELF_ASSESSMENT_SENT = 265
SELF_ASSESSMENT_APPROVED = 258
DIAGNOSTIC_WORKSHOP = 245
REPORT_V1_SENT = 190
REPORT_COMMENTED = 172
REPORT_VALIDATED = 158
REPORT_V2_SENT = 150
REPORT_APPROVED = 140
PHASE_4_START = 135
LATE_ENROLMENT = 40  # after certification: two officials start the course for Phase 6
PLANNING_WORKSHOP = 110
PLAN_SENT = 75
PLAN_VALIDATED = 60
PHASE_6_START = 55
CERTIFIED = 30

# A line break inside a paragraph or list item (not before a blank line, heading or new item).
_SOFT_BREAK = re.compile(r"(?<!\n)\n(?!\n|#|- |> |\d+\. )[ \t]*")


@dataclasses.dataclass(frozen=True)
class _Clock:
    """Dates of the demo relative to ``today``; texts may name years as ``{y3}`` (3 years ago)."""

    today: date

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def at(self, days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
        return datetime.combine(self.day(days_ago), time(hour, minute), tzinfo=UTC)

    def year(self, years_ago: int) -> int:
        return self.today.year - years_ago

    def text(self, template: str) -> str:
        return template.format_map({f"y{n}": self.year(n) for n in range(15)})

    def markdown(self, source: str) -> str:
        """Markdown written soft-wrapped in this file, with each paragraph on one line."""
        return self.text(_SOFT_BREAK.sub(" ", source.strip()))


# --- The city, its application and its people -----------------------------------------------


def _city() -> City:
    return City(
        id=DEMO_CITY_ID,
        city_id=DEMO_CITY_ID,
        name="Santa Rosa del Cerro",
        province="Jujuy",
        region=Region.NOROESTE,
        department="Cerro Bravo",
        government_type="Municipio",
        is_border=True,
        is_department_head=True,
        population_2010=38_120,
        foreign_born_2010=3_104,
    )


MAYOR = "Elsa Noemí Vilte"

_MIGRATION_CONTEXT = """
Santa Rosa del Cerro es una ciudad de frontera con Bolivia y cabecera del departamento Cerro
Bravo. Conviven familias bolivianas instaladas desde hace décadas, una comunidad paraguaya más
reciente y, entre mayo y octubre, cientos de trabajadoras y trabajadores temporarios que llegan
para la cosecha con sus hijas e hijos. La demanda se concentra en los centros de salud, en las
escuelas de los parajes rurales y en la documentación: la Delegación de la DNM está en San
Salvador de Jujuy, a varias horas de viaje.
"""


def _application(clock: _Clock) -> Application:
    return Application(
        id=Application.id_for(DEMO_CITY_ID),
        city_id=DEMO_CITY_ID,
        current_population=41_300,
        area_km2=865.5,
        main_economic_activities=(
            "Horticultura, tabaco y caña de azúcar; ganadería caprina; comercio fronterizo; "
            "empleo público."
        ),
        main_origin_countries="Bolivia, Paraguay y Perú",
        migrant_population_estimate=4_500,
        municipal_address="Av. General Belgrano 450, Santa Rosa del Cerro, Jujuy",
        municipal_phone="(0388) 449-1200",
        municipal_email="intendencia@santarosadelcerro.gob.ar",
        municipal_website="https://www.santarosadelcerro.gob.ar",
        migration_context=clock.markdown(_MIGRATION_CONTEXT),
        migration_body=Presence.INCIPIENT,
        migration_body_description=(
            "Mesa de Atención al Migrante dentro de la Secretaría de Desarrollo Social, creada "
            f"por el Decreto municipal 87/{clock.year(3)}, con una persona a media jornada."
        ),
        migrant_programmes=Presence.INCIPIENT,
        migrant_programmes_description=(
            "Programa «Aulas en la Finca» (apoyo escolar para hijas e hijos de familias "
            "temporarias) y promotoras de salud que hablan quechua en dos centros de salud."
        ),
        agreements=Presence.ESTABLISHED,
        agreements_description=(
            f"Convenio con la Dirección Nacional de Migraciones ({clock.year(2)}) para jornadas de "
            "documentación y acta de colaboración con el Consulado General de Bolivia para "
            "consulados móviles."
        ),
        systematic_measures_last_two_years=True,
        systematic_measures_description=(
            "Dos jornadas de documentación por año con la DNM desde la firma del convenio, con "
            "cientos de trámites de radicación iniciados."
        ),
        emerging_demand=True,
        emerging_demand_description=(
            "Crece la llegada de familias para la cosecha y la demanda en los centros de salud; "
            "no hay oficina ni presupuesto propios para atenderla."
        ),
        mayor_name=MAYOR,
        mayor_title="Intendenta",
        letter_signed_on=clock.day(LETTER_SIGNED),
        submitted_on=clock.day(APPLICATION_SENT),
        confirmation_sent_on=clock.day(CONFIRMATION_SENT),
    )


FIRST_FOCAL_POINT = "Ramiro Andrés Guanuco"
FOCAL_POINT = "Lucía Fernanda Sajama"
REVIEWER = "Paula Ferreyra (OIM Argentina)"


def _focal_points(clock: _Clock) -> list[FocalPoint]:
    first = FocalPoint(
        id=FocalPoint.id_for(DEMO_CITY_ID),
        city_id=DEMO_CITY_ID,
        name=FIRST_FOCAL_POINT,
        post="Secretario de Desarrollo Social",
        area="Secretaría de Desarrollo Social",
        email="rguanuco@santarosadelcerro.gob.ar",
        phone="+54 9 388 415-2276",
        since=clock.day(LETTER_SIGNED),
        until=clock.day(FOCAL_POINT_CHANGE),
        reason_for_leaving=(
            "Cambio de gestión en la Secretaría de Desarrollo Social: pasó a la Secretaría de "
            "Obras y Servicios Públicos."
        ),
    )
    current = FocalPoint(
        id=FocalPoint.id_for(DEMO_CITY_ID, first.id),
        follows=first.id,
        city_id=DEMO_CITY_ID,
        name=FOCAL_POINT,
        post="Directora de Desarrollo Comunitario",
        area="Secretaría de Desarrollo Social",
        email="lsajama@santarosadelcerro.gob.ar",
        phone="+54 9 388 412-3387",
        since=clock.day(FOCAL_POINT_CHANGE),
        substitution_letter_on=clock.day(FOCAL_POINT_LETTER),
    )
    return [first, current]


@dataclasses.dataclass(frozen=True)
class _OfficialSpec:
    key: str
    name: str
    post: str
    area: str
    phone: str
    gender: Gender
    enrolled: int  # days ago
    steps: int = 6  # course steps completed
    focal_point: bool = False


_OFFICIALS = (
    _OfficialSpec(
        "lsajama",
        FOCAL_POINT,
        "Directora de Desarrollo Comunitario",
        "Secretaría de Desarrollo Social",
        "+54 9 388 412-3387",
        Gender.WOMAN,
        enrolled=397,
        focal_point=True,
    ),
    _OfficialSpec(
        "rguanuco",
        FIRST_FOCAL_POINT,
        "Secretario de Obras y Servicios Públicos",
        "Secretaría de Obras y Servicios Públicos",
        "+54 9 388 415-2276",
        Gender.MAN,
        enrolled=398,
    ),
    _OfficialSpec(
        "nrios",
        "Natalia Soledad Ríos",
        "Directora de Atención Primaria de la Salud",
        "Secretaría de Salud",
        "+54 9 388 418-0952",
        Gender.WOMAN,
        enrolled=396,
    ),
    _OfficialSpec(
        "hcruz",
        "Hugo Daniel Cruz",
        "Coordinador de Educación y Cultura",
        "Secretaría de Gobierno",
        "+54 9 388 410-7741",
        Gender.MAN,
        enrolled=396,
    ),
    _OfficialSpec(
        "vflores",
        "Verónica Alejandra Flores Mamani",
        "Jefa del Área de la Mujer y Diversidad",
        "Secretaría de Desarrollo Social",
        "+54 9 388 419-3320",
        Gender.WOMAN,
        enrolled=395,
    ),
    _OfficialSpec(
        "salancay",
        "Sergio Martín Alancay",
        "Director de Empleo y Producción",
        "Secretaría de Producción",
        "+54 9 388 416-5408",
        Gender.MAN,
        enrolled=394,
    ),
    _OfficialSpec(
        "achauque",
        "Ariel Chauque",
        "Coordinador de Juventudes",
        "Secretaría de Desarrollo Social",
        "+54 9 388 411-8863",
        Gender.NON_BINARY,
        enrolled=391,
    ),
    _OfficialSpec(
        "cgutierrez",
        "Carla Beatriz Gutiérrez",
        "Asesora Legal y Técnica",
        "Intendencia",
        "+54 9 388 417-2019",
        Gender.WOMAN,
        enrolled=LATE_ENROLMENT,
        steps=3,
    ),
    _OfficialSpec(
        "japaza",
        "Julio César Apaza",
        "Jefe de Defensa Civil",
        "Secretaría de Gobierno",
        "+54 9 388 413-6650",
        Gender.MAN,
        enrolled=LATE_ENROLMENT,
        steps=2,
    ),
)

# Days after enrolment when each course step was done (8 weeks in all).
_COURSE_DAYS = (3, 12, 21, 31, 42, 51)


def _officials(clock: _Clock) -> list[Official]:
    officials = []
    for n, spec in enumerate(_OFFICIALS):
        official = Official(
            id=_id("official", spec.key),
            city_id=DEMO_CITY_ID,
            name=spec.name,
            post=spec.post,
            area=spec.area,
            email=f"{spec.key}@santarosadelcerro.gob.ar",
            phone=spec.phone,
            gender=spec.gender,
            is_focal_point=spec.focal_point,
            enrolled_on=clock.day(spec.enrolled),
        )
        for step, offset in zip(COURSE_STEPS[: spec.steps], _COURSE_DAYS, strict=False):
            setattr(official, step, clock.day(spec.enrolled - offset - n % 3))
        officials.append(official)
    return officials


# --- Phase 2: the self-assessment ------------------------------------------------------------


class _Level(Enum):
    """An answer independent of the indicator's scale (Sí/Siempre, En desarrollo/A veces…)."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


@dataclasses.dataclass(frozen=True)
class _Measure:
    """An answer that counts as a measure, with the fields that describe it."""

    level: _Level
    text: str
    area: str
    law: str
    since: int  # years ago
    evidence: str
    groups: str = ""  # W: women, C: children, V: other vulnerable groups (named in `other`)
    other: str = ""


@dataclasses.dataclass(frozen=True)
class _Gap:
    """An answer without a measure ("No", "No sabe", "No aplica"), with the city's note."""

    level: _Level
    note: str


YES, PARTLY, NO, UNKNOWN, NOT_APPLICABLE = _Level

_APS = "Dirección de Atención Primaria de la Salud"
_SOCIAL = "Secretaría de Desarrollo Social"
_MESA = "Mesa de Atención al Migrante (Secretaría de Desarrollo Social)"
_EDUCATION = "Coordinación de Educación y Cultura"
_EMPLOYMENT = "Dirección de Empleo y Producción"
_WOMEN = "Área de la Mujer y Diversidad"
_GOVERNMENT = "Secretaría de Gobierno"
_PRESS = "Dirección de Prensa y Comunicación"
_PRACTICE = "Práctica institucional sin norma específica"
_DNM_AGREEMENT = "Convenio de colaboración con la DNM ({y2})"
_MESA_DECREE = "Decreto municipal 87/{y3}"
_SOCIAL_ORDINANCE = "Ordenanza Nº 1.203/{y4} (ayudas sociales)"
_CULTURE_ORDINANCE = "Ordenanza Nº 1.015/{y10} (calendario cultural municipal)"
_SEASONAL = "Trabajadoras y trabajadores temporarios de la cosecha"

_ANSWERS: dict[str, _Measure | _Gap] = {
    "a01": _Measure(
        YES,
        "Los cinco centros de atención primaria (CAPS) municipales atienden a toda persona que lo "
        "solicite sin pedir DNI argentino ni constancia de residencia. Si la persona no tiene "
        "ningún documento, se registran su nombre y su fecha de nacimiento.",
        _APS,
        "Resolución de la Secretaría de Salud 14/{y4}",
        4,
        "Resolución 14/{y4}; planillas de turnos de los CAPS San Cayetano y Villa Esperanza.",
        "WCV",
        _SEASONAL,
    ),
    "a02": _Measure(
        PARTLY,
        "Con la Mesa de Atención al Migrante se prepara una hoja de derivación para que cada CAPS "
        "entregue a las personas sin documentos los datos de la próxima jornada de la DNM.",
        f"{_APS} y Mesa de Atención al Migrante",
        _PRACTICE,
        1,
        "Borrador de la hoja de derivación (versión de trabajo).",
    ),
    "a03": _Measure(
        PARTLY,
        "Dos promotoras de salud que hablan quechua acompañan las consultas en los CAPS de San "
        "Cayetano y Villa Esperanza. En los demás centros se recurre a familiares o vecinos.",
        _APS,
        "Ordenanza Nº 1.187/{y3} (Promotoras Comunitarias de Salud)",
        3,
        "Legajos de las promotoras; registro de acompañamientos del último año.",
        "WC",
    ),
    "a04": _Gap(
        NO,
        "Solo el personal de enfermería de un CAPS participó de una charla. El personal "
        "administrativo, que da los turnos, no recibió capacitación.",
    ),
    "a05": _Gap(
        NO, "Las historias clínicas no registran la nacionalidad ni el país de nacimiento."
    ),
    "a06": _Measure(
        YES,
        "Los controles de embarazo y la consejería en salud sexual y reproductiva se brindan en "
        "todos los CAPS sin requisito documentario. Durante la cosecha se suman turnos en las "
        "postas rurales de las fincas.",
        f"{_APS} (Programa Materno Infantil)",
        "Ley nacional 25.673 y Resolución de la Secretaría de Salud 14/{y4}",
        6,
        "Libro de turnos de las postas rurales de la última temporada.",
        "WV",
        "Adolescentes embarazadas de familias temporarias",
    ),
    "a07": _Measure(
        YES,
        "Las vacunas del calendario nacional y los controles de niño sano se aplican con cualquier "
        "documento o sin él. El equipo de vacunación recorre las fincas al inicio de la cosecha.",
        f"{_APS} (Inmunizaciones)",
        "Ley nacional 27.491 de vacunación",
        8,
        "Informe de cobertura del operativo de vacunación en fincas ({y1}).",
        "C",
    ),
    "a08": _Measure(
        YES,
        "La campaña «Tu salud no pide papeles» difunde en castellano y quechua el derecho a la "
        "atención gratuita, con afiches y audios en la feria del sábado, la terminal de ómnibus "
        "y las radios comunitarias.",
        f"{_PRESS} y {_APS}",
        _PRACTICE,
        2,
        "Afiches y audios de la campaña «Tu salud no pide papeles».",
        "WC",
    ),
    "a09": _Gap(
        UNKNOWN,
        "La salud mental depende del Hospital Zonal, que es provincial. No sabemos si las "
        "personas migrantes encuentran barreras para acceder.",
    ),
    "b01": _Measure(
        YES,
        "Los dos jardines maternales municipales y el programa «Aulas en la Finca» inscriben a "
        "niñas y niños con cualquier documento o con una constancia provisoria mientras la "
        "familia tramita el DNI.",
        _EDUCATION,
        "Decreto municipal 112/{y5} (reglamento de los jardines maternales)",
        5,
        "Fichas de inscripción del último ciclo; reglamento de los jardines.",
        "C",
    ),
    "b02": _Gap(
        NO,
        "No hay apoyo de español como segunda lengua. Las docentes lo pidieron para niñas y niños "
        "que llegan hablando solo quechua.",
    ),
    "b03": _Gap(
        UNKNOWN,
        "Las consultas se derivan a la capital provincial; no sabemos cuántas familias iniciaron "
        "una convalidación.",
    ),
    "b04": _Measure(
        YES,
        "«Aulas en la Finca» ofrece apoyo escolar los sábados a hijas e hijos de familias "
        "trabajadoras temporarias y avisa a la escuela de origen cuando la familia se traslada, "
        "para que no pierdan el año.",
        _EDUCATION,
        "Ordenanza Nº 1.142/{y6} (programa «Aulas en la Finca»)",
        6,
        "Listas de asistencia; informe anual del programa.",
        "CV",
        "Familias trabajadoras temporarias",
    ),
    "b05": _Measure(
        YES,
        "El Centro de Educación de Adultos que funciona en el edificio municipal y los talleres de "
        "oficios admiten a personas migrantes sin requisitos documentarios. El municipio cubre el "
        "transporte desde los parajes.",
        _EDUCATION,
        "Convenio con el Ministerio de Educación de la provincia ({y7})",
        7,
        "Matrícula del último año: 64 estudiantes, 19 nacidos en Bolivia.",
        "W",
    ),
    "b06": _Measure(
        PARTLY,
        "Se prepara con las colectividades un ciclo de talleres sobre culturas andinas y guaraníes "
        "para los jardines municipales y «Aulas en la Finca».",
        _EDUCATION,
        _PRACTICE,
        1,
        "Borrador del ciclo de talleres; nota de la Asociación de Residentes Bolivianos.",
        "C",
    ),
    "b07": _Gap(
        NOT_APPLICABLE,
        "El municipio no tiene personal docente propio: las escuelas dependen de la provincia y "
        "«Aulas en la Finca» funciona con talleristas.",
    ),
    "b08": _Gap(
        NO, "La Supervisión Escolar tiene esos datos, pero no los comparte con el municipio."
    ),
    "b09": _Gap(
        UNKNOWN,
        "No tenemos información sobre el abandono escolar de adolescentes migrantes; se consultará "
        "a la Supervisión Escolar.",
    ),
    "c01": _Measure(
        YES,
        "Los módulos alimentarios, las ayudas económicas y los programas de Desarrollo Social se "
        "otorgan según el domicilio en el municipio, sin distinguir nacionalidad.",
        _SOCIAL,
        _SOCIAL_ORDINANCE,
        4,
        "Ordenanza Nº 1.203/{y4}, artículo 3 (requisito de domicilio, no de nacionalidad).",
        "WCV",
        "Personas mayores",
    ),
    "c02": _Measure(
        YES,
        "El registro social municipal acepta pasaporte, cédula del país de origen o constancia de "
        "trámite de la DNM; sin ningún documento, se registra a la persona con una declaración "
        "jurada.",
        _SOCIAL,
        "Decreto municipal 45/{y3}",
        3,
        "Formulario del registro social; Decreto 45/{y3}.",
    ),
    "c03": _Measure(
        YES,
        "En las heladas y en las inundaciones de verano, la ayuda de emergencia (colchones, chapas "
        "y alimentos) llegó a todas las familias relevadas por Defensa Civil, sin pedir "
        "documentación.",
        f"{_SOCIAL} y Defensa Civil",
        _SOCIAL_ORDINANCE,
        4,
        "Actas de entrega de la emergencia hídrica de {y2}.",
        "CV",
        "Familias que viven en las fincas",
    ),
    "c04": _Measure(
        PARTLY,
        "El municipio integra la mesa provincial contra la trata y difunde la línea 145 en la "
        "terminal. El protocolo municipal de detección y derivación está en revisión con la "
        "fiscalía.",
        _WOMEN,
        "Ordenanza Nº 1.098/{y8} (adhesión a la Ley nacional 26.364)",
        2,
        "Actas de la mesa provincial; borrador del protocolo.",
        "WCV",
        _SEASONAL,
    ),
    "c05": _Measure(
        YES,
        "El Área de la Mujer y Diversidad recibe consultas y acompaña denuncias sin pedir DNI. En "
        "el último año, el 18 % de las consultas fue de mujeres migrantes.",
        _WOMEN,
        "Ley nacional 26.485 y Ordenanza Nº 1.176/{y5}",
        5,
        "Registro de consultas del Área de la Mujer y Diversidad.",
        "WV",
        "Personas LGBTIQ+",
    ),
    "c06": _Gap(
        NO,
        "No hay alojamiento transitorio municipal; las derivaciones dependen de cupos provinciales "
        "en la capital.",
    ),
    "c07": _Gap(
        UNKNOWN,
        "Intervendría la Secretaría de Niñez provincial; no conocemos un procedimiento escrito "
        "para el municipio.",
    ),
    "c08": _Measure(
        YES,
        "La Mesa de Atención al Migrante orienta sobre la Asignación Universal por Hijo, las "
        "pensiones no contributivas y otras prestaciones de ANSES, y gestiona turnos en su "
        "operativo itinerante.",
        _MESA,
        _MESA_DECREE,
        3,
        "Registro de consultas de la Mesa de Atención al Migrante.",
        "WC",
    ),
    "c09": _Gap(
        NO,
        "Los programas de cuidado no registran la nacionalidad ni se difundieron entre las "
        "colectividades.",
    ),
    "d01": _Measure(
        YES,
        "La Oficina de Empleo inscribe a personas migrantes con residencia precaria, temporaria o "
        "permanente en la bolsa de trabajo y en los cursos de formación, que se difunden en la "
        "feria y en la radio comunitaria.",
        f"{_EMPLOYMENT} (Oficina de Empleo)",
        "Convenio con el Ministerio de Trabajo de la Nación (Red de Oficinas de Empleo)",
        6,
        "Listado de inscripciones de la Oficina de Empleo del último año.",
        "WV",
        "Jóvenes de 18 a 24 años",
    ),
    "d02": _Measure(
        YES,
        "La feria mensual «Sabores de la Frontera» reúne a emprendedoras bolivianas, paraguayas y "
        "argentinas. El municipio cede el espacio, tramita sin costo la habilitación "
        "bromatológica y da talleres de costos y precios.",
        _EMPLOYMENT,
        "Ordenanza Nº 1.221/{y3} (ferias de la economía social)",
        3,
        "Registro de feriantes; fotos de la feria.",
        "W",
    ),
    "d03": _Gap(
        NO,
        "No hay certificación de saberes; la demanda es alta en construcción y en costura.",
    ),
    "d04": _Gap(
        NO,
        "No se hicieron campañas. En el taller se mencionaron comentarios hostiles en redes "
        "sociales durante la cosecha.",
    ),
    "d05": _Gap(
        NO,
        "Las quejas entran por Mesa de Entradas como cualquier reclamo; no hay un canal "
        "específico.",
    ),
    "d06": _Gap(
        NOT_APPLICABLE,
        "El municipio no tiene programas de vivienda propios: dependen del Instituto de Vivienda "
        "provincial.",
    ),
    "d07": _Measure(
        PARTLY,
        "La Oficina de Empleo orienta sobre derechos laborales y deriva a la delegación de la "
        "Secretaría de Trabajo provincial. Se está formando una mesa con productores para mejorar "
        "el registro del trabajo temporario.",
        _EMPLOYMENT,
        _PRACTICE,
        1,
        "Notas a la Secretaría de Trabajo provincial; acta de la primera reunión con productores.",
        "V",
        _SEASONAL,
    ),
    "d08": _Measure(
        PARTLY,
        "A pedido de las emprendedoras, se organiza un espacio de cuidado infantil durante los "
        "talleres de la feria «Sabores de la Frontera».",
        f"{_WOMEN} y {_EMPLOYMENT}",
        _PRACTICE,
        1,
        "Nota de las emprendedoras; propuesta del espacio de cuidado.",
        "WC",
    ),
    "d09": _Measure(
        YES,
        "La liga infantil de fútbol municipal reúne a chicas y chicos de todas las "
        "nacionalidades, y cada año se organiza el Torneo de las Colectividades.",
        "Dirección de Deportes",
        _PRACTICE,
        5,
        "Planillas de inscripción de la liga; fotos del torneo.",
        "C",
    ),
    "e01": _Measure(
        YES,
        "Convenio con la DNM para realizar dos jornadas de documentación por año en el municipio; "
        "el municipio aporta el lugar, el personal de apoyo y la difusión.",
        _GOVERNMENT,
        _DNM_AGREEMENT,
        2,
        "Convenio firmado; informes de las jornadas.",
    ),
    "e02": _Measure(
        PARTLY,
        "Se coordina con el Ministerio de Desarrollo Humano y con la Secretaría de Derechos "
        "Humanos de la provincia en casos puntuales; se propuso un acta acuerdo para formalizar "
        "el trabajo conjunto.",
        _SOCIAL,
        _PRACTICE,
        2,
        "Nota de propuesta del acta acuerdo; correos de coordinación de casos.",
    ),
    "e03": _Measure(
        PARTLY,
        "El municipio participa en la red de municipios del norte jujeño, que trata temas de "
        "frontera; se propuso sumar la migración a su agenda.",
        "Intendencia",
        "Acta constitutiva de la red de municipios del norte jujeño ({y3})",
        3,
        "Actas de las reuniones de la red.",
    ),
    "e04": _Measure(
        PARTLY,
        "Estudiantes de Trabajo Social de la Universidad Nacional de Jujuy hacen sus prácticas en "
        "los barrios con más población migrante y colaboran en el relevamiento de las fincas.",
        _SOCIAL,
        "Convenio marco de prácticas con la Universidad Nacional de Jujuy ({y2})",
        2,
        "Convenio de prácticas; informe de avance del relevamiento.",
    ),
    "e05": _Measure(
        PARTLY,
        "Se trabaja con la Pastoral de Migraciones y con Cáritas en la entrega de ropa y alimentos "
        "y en la difusión de las jornadas de documentación, sin un acuerdo formal.",
        _SOCIAL,
        _PRACTICE,
        4,
        "Listas de entrega compartidas; difusión conjunta de las jornadas.",
    ),
    "e06": _Gap(
        NO,
        "Se trabaja con las colectividades en las fiestas, pero sin acuerdos ni proyectos "
        "conjuntos por escrito.",
    ),
    "e07": _Gap(
        NO,
        "No hay articulación con empresas ni sindicatos; los productores solo de manera informal.",
    ),
    "e08": _Gap(NO, "Fuera de MigraCiudades, no hay proyectos con organismos internacionales."),
    "e09": _Measure(
        YES,
        "Acta de colaboración con el Consulado General de Bolivia en San Salvador de Jujuy para "
        "realizar consulados móviles en el municipio y derivar consultas sobre partidas y "
        "antecedentes.",
        f"{_GOVERNMENT} y Mesa de Atención al Migrante",
        "Acta de colaboración con el Consulado General de Bolivia ({y2})",
        2,
        "Acta firmada; informe del último consulado móvil.",
    ),
    "f01": _Measure(
        YES,
        "Dos veces por año se hacen jornadas de documentación con la DNM en el Centro Cultural "
        "Municipal y en el barrio San Cayetano. En las últimas cuatro jornadas se iniciaron más "
        "de 600 trámites de radicación.",
        _MESA,
        _DNM_AGREEMENT,
        2,
        "Informes de las jornadas, con la cantidad de trámites por nacionalidad.",
        "WCV",
        "Personas mayores sin documentación",
    ),
    "f02": _Measure(
        YES,
        "La Mesa de Atención al Migrante explica los requisitos, saca turnos y ayuda a completar "
        "la radicación en línea (RaDEX) desde la computadora de la oficina.",
        _MESA,
        _MESA_DECREE,
        3,
        "Registro de consultas y de trámites acompañados.",
        "W",
    ),
    "f03": _Measure(
        PARTLY,
        "Se pide a la DNM la eximición de tasas para personas en situación de vulnerabilidad, y "
        "el consulado móvil de Bolivia facilita partidas de nacimiento. Todavía no hay un fondo "
        "municipal para cubrir costos.",
        f"{_MESA} y Asesoría Legal y Técnica",
        "Proyecto de convenio con la DNM (en trámite)",
        1,
        "Notas de pedido de eximición; constancias del consulado móvil.",
        "WV",
        "Personas mayores",
    ),
    "f04": _Measure(
        YES,
        "El folleto «Tus derechos, tus trámites» y micros radiales en castellano y quechua "
        "explican la Ley 25.871, los tipos de residencia y las fechas de las jornadas.",
        f"{_MESA} y {_PRESS}",
        _PRACTICE,
        2,
        "Folleto impreso; audios de los micros radiales.",
        "W",
    ),
    "f05": _Gap(NO, "Cada área deriva según su criterio; no hay un circuito acordado por escrito."),
    "f06": _Gap(
        NO,
        "El plan de Defensa Civil no menciona a la población migrante ni a las familias que viven "
        "en las fincas.",
    ),
    "f07": _Gap(
        NO,
        "No hay plan para llegadas numerosas, aunque la población crece en cada temporada de "
        "cosecha.",
    ),
    "f08": _Measure(
        YES,
        "Durante la cosecha, el municipio coordina con Gendarmería Nacional, la DNM y la Aduana un "
        "punto de información en el paso fronterizo, y mantiene contacto con el municipio vecino "
        "del lado boliviano.",
        _GOVERNMENT,
        "Actas de la comisión local de frontera ({y2})",
        2,
        "Actas de reunión; cronograma del punto de información.",
    ),
    "f09": _Gap(
        UNKNOWN,
        "Se conocen ofertas engañosas de trabajo en fincas, pero no sabemos si alguna área hizo "
        "acciones de prevención.",
    ),
    "g01": _Gap(NO, "No existe un consejo consultivo; se propone una mesa con las colectividades."),
    "g02": _Gap(
        NO, "Las colectividades se consultan de manera informal, sobre todo por las fiestas."
    ),
    "g03": _Measure(
        YES,
        "Las asociaciones de residentes bolivianos y paraguayos están inscriptas en el registro "
        "municipal de entidades de bien público, lo que les permite pedir subsidios y usar "
        "espacios municipales.",
        _GOVERNMENT,
        "Ordenanza Nº 987/{y12} (registro de entidades de bien público)",
        9,
        "Constancias de inscripción de tres asociaciones.",
    ),
    "g04": _Gap(
        UNKNOWN,
        "No sabemos cuántas personas extranjeras están empadronadas para votar en elecciones "
        "locales; se consultará al Tribunal Electoral provincial.",
    ),
    "g05": _Measure(
        YES,
        "El municipio apoya con escenario, sonido y seguridad las fiestas de la Virgen de "
        "Urkupiña y de la Virgen de Caacupé, y organiza en octubre la Feria de las "
        "Colectividades.",
        _EDUCATION,
        _CULTURE_ORDINANCE,
        10,
        "Calendario cultural; fotos y notas de prensa.",
        "WC",
    ),
    "g06": _Measure(
        PARTLY,
        "La radio municipal emite cada semana el programa «Ñuqanchik» en quechua, y algunas "
        "campañas se traducen. La web y los formularios están solo en castellano.",
        _PRESS,
        _PRACTICE,
        3,
        "Grilla de la radio municipal; afiches bilingües.",
        "W",
    ),
    "g07": _Gap(
        NO, "No hay acciones específicas; las mujeres migrantes participan sobre todo en la feria."
    ),
    "g08": _Gap(
        NOT_APPLICABLE,
        "El municipio no tiene presupuesto participativo ni otro mecanismo de ese tipo.",
    ),
    "g09": _Measure(
        YES,
        "Cada año el Concejo Deliberante declara de interés municipal el Día del Inmigrante (4 de "
        "septiembre), y se hace un acto con las colectividades en la plaza principal.",
        f"{_EDUCATION} y Concejo Deliberante",
        _CULTURE_ORDINANCE,
        10,
        "Resoluciones del Concejo Deliberante; programa del acto.",
    ),
    "h01": _Measure(
        YES,
        "La Mesa de Atención al Migrante, creada por decreto en la Secretaría de Desarrollo "
        "Social, tiene una persona a media jornada. Una ordenanza para convertirla en oficina "
        "está en el Concejo Deliberante.",
        _SOCIAL,
        _MESA_DECREE,
        3,
        "Decreto 87/{y3}; organigrama municipal.",
    ),
    "h02": _Gap(NO, "No hay estrategia escrita ni capítulo migratorio en el plan de desarrollo."),
    "h03": _Gap(
        NO,
        "Solo se presupuestan los gastos de las jornadas de documentación, dentro de Desarrollo "
        "Social.",
    ),
    "h04": _Gap(NO, "La coordinación depende del punto focal; no hay un espacio formal."),
    "h05": _Measure(
        PARTLY,
        "Siete personas funcionarias de distintas áreas completaron la capacitación virtual de "
        "MigraCiudades; falta un plan para el personal de atención al público.",
        "Punto focal MigraCiudades (Secretaría de Desarrollo Social)",
        "Carta de intención de la Intendenta ({y1})",
        1,
        "Constancias de avance del curso virtual.",
    ),
    "h06": _Gap(
        NO,
        "Se usan los datos del Censo 2010; los registros municipales no relevan la nacionalidad.",
    ),
    "h07": _Measure(
        PARTLY,
        "La Mesa de Atención al Migrante atiende de lunes a viernes por la mañana y por WhatsApp; "
        "se prevé una oficina propia con atención en jornada completa.",
        _MESA,
        _MESA_DECREE,
        3,
        "Registro de consultas; número de WhatsApp difundido en la radio.",
        "WV",
        _SEASONAL,
    ),
    "h08": _Gap(
        NO,
        "El plan de acción de MigraCiudades será la primera experiencia de seguimiento con metas.",
    ),
    "h09": _Gap(
        UNKNOWN,
        "Algunos trámites piden DNI argentino, pero no se hizo una revisión completa.",
    ),
    "h10": _Measure(
        PARTLY,
        "El Área de la Mujer y Diversidad participa en la Mesa de Atención al Migrante, y se "
        "revisan los programas sociales para priorizar a mujeres jefas de hogar y a niñas y niños "
        "de familias temporarias.",
        _WOMEN,
        _PRACTICE,
        1,
        "Actas de reunión; propuesta de criterios de prioridad.",
        "WCV",
        "Familias trabajadoras temporarias",
    ),
}

# Indicators of a later questionnaire version the demo does not know yet.
_NEW_INDICATOR = _Gap(
    UNKNOWN, "Pregunta nueva del formulario: el equipo la responderá en la próxima revisión."
)


def _option(indicator: Indicator, level: _Level) -> AnswerOption:
    """The option of the indicator's scale that says ``level``, whatever the scale."""
    options = indicator.scale.options
    measures = [o for o in options if o.counts_as_measure]
    others = [o for o in options if not o.counts_as_measure and not o.excluded]
    excluded = [o for o in options if o.excluded]
    unknown = [o for o in others if o.code == "no_sabe"]
    match level:
        case _Level.YES:
            return measures[0]
        case _Level.PARTLY:
            return measures[min(1, len(measures) - 1)]
        case _Level.NOT_APPLICABLE if excluded:
            return excluded[0]
        case _Level.UNKNOWN if unknown:
            return unknown[0]
        case _:
            return others[0]


def _answer(clock: _Clock, version: str, indicator: Indicator) -> IndicatorAnswer:
    answer = IndicatorAnswer.blank(DEMO_CITY_ID, version, indicator.id)
    spec = _ANSWERS.get(indicator.id, _NEW_INDICATOR)
    answer.answer = _option(indicator, spec.level).code
    if isinstance(spec, _Gap):
        answer.notes = spec.note
        return answer
    answer.measure_description = spec.text
    answer.responsible_area = spec.area
    answer.legal_instrument = clock.text(spec.law)
    answer.since_year = clock.year(spec.since)
    answer.evidence = clock.text(spec.evidence)
    if indicator.asks_groups:
        answer.reaches_women = "W" in spec.groups
        answer.reaches_children = "C" in spec.groups
        answer.reaches_other_vulnerable = "V" in spec.groups
        answer.other_groups = spec.other
    return answer


def _answers(clock: _Clock, questionnaire: Questionnaire) -> list[IndicatorAnswer]:
    return [_answer(clock, questionnaire.version, i) for i in questionnaire.indicators()]


# --- Phase 3: the diagnostic workshop and the evaluation report -------------------------------

_MUNICIPALITY = "Municipalidad de Santa Rosa del Cerro"

_CITY_TEAM = (
    Attendee(MAYOR, _MUNICIPALITY, "Intendenta"),
    Attendee(FOCAL_POINT, _MUNICIPALITY, "Punto focal; Directora de Desarrollo Comunitario"),
    Attendee("Natalia Soledad Ríos", _MUNICIPALITY, "Directora de Atención Primaria de la Salud"),
    Attendee("Hugo Daniel Cruz", _MUNICIPALITY, "Coordinador de Educación y Cultura"),
    Attendee(
        "Verónica Alejandra Flores Mamani", _MUNICIPALITY, "Jefa del Área de la Mujer y Diversidad"
    ),
    Attendee("Sergio Martín Alancay", _MUNICIPALITY, "Director de Empleo y Producción"),
    Attendee("Paula Ferreyra", "OIM Argentina", "Oficial de proyecto MigraCiudades"),
    Attendee("Tomás Aguirre", "CIPPEC", "Consultor; facilitación del taller"),
)

_DIAGNOSTIC_GUESTS = (
    Attendee(
        "Gabriela Sosa Ibarra",
        "Dirección Nacional de Migraciones, Delegación Jujuy",
        "Referente de operativos territoriales",
    ),
    Attendee(
        "Rolando Choque", "Consulado General de Bolivia en San Salvador de Jujuy", "Cónsul adjunto"
    ),
    Attendee("Esteban Vargas", "Hospital Zonal Santa Rosa del Cerro", "Director médico"),
    Attendee("Mirta Farfán", "Supervisión Escolar, Región VI", "Supervisora de nivel primario"),
    Attendee(
        "Freddy Limachi",
        "Asociación Civil de Residentes Bolivianos «Virgen de Urkupiña»",
        "Secretario",
    ),
    Attendee("Teodora Ayala Benítez", "Asociación Paraguaya «Virgen de Caacupé»", "Presidenta"),
    Attendee(
        "Clara Oviedo", "Pastoral de Migraciones, parroquia Santa Rosa de Lima", "Coordinadora"
    ),
    Attendee(
        "Daniel Cabana",
        "Concejo Deliberante de Santa Rosa del Cerro",
        "Concejal; presidente de la comisión de Acción Social",
    ),
)

_PLANNING_GUESTS = (
    Attendee("Carla Beatriz Gutiérrez", _MUNICIPALITY, "Asesora Legal y Técnica"),
    Attendee("Julio César Apaza", _MUNICIPALITY, "Jefe de Defensa Civil"),
    Attendee(
        "Gabriela Sosa Ibarra",
        "Dirección Nacional de Migraciones, Delegación Jujuy",
        "Referente de operativos territoriales",
    ),
    Attendee("Norma Quiroga", "Cooperativa de Productores del Valle", "Tesorera"),
    Attendee(
        "Freddy Limachi",
        "Asociación Civil de Residentes Bolivianos «Virgen de Urkupiña»",
        "Secretario",
    ),
    Attendee(
        "Daniel Cabana",
        "Concejo Deliberante de Santa Rosa del Cerro",
        "Concejal; presidente de la comisión de Acción Social",
    ),
)

_DIAGNOSTIC_NOTES = """
### Agenda

1. Apertura a cargo de la Intendenta y del equipo de OIM.
2. Presentación de los resultados de la autoevaluación, dimensión por dimensión.
3. Trabajo en grupos: buenas prácticas, iniciativas a profundizar y áreas a mejorar.
4. Plenario y acuerdos para el reporte de evaluación.

### Principales conclusiones

- Las **jornadas de documentación con la DNM** son la medida más valorada por las
  colectividades; piden que sean más frecuentes y que incluyan la entrega del DNI.
- Salud y educación atienden sin pedir documentos, pero el personal de ventanilla no siempre lo
  sabe: hace falta *capacitación* y una norma clara para todos los CAPS.
- Casi ningún registro municipal releva la nacionalidad: muchas respuestas «No sabe» nacen de
  esa falta de datos.
- La llegada de familias para la cosecha no está prevista en ningún plan municipal.

### Acuerdos

- El punto focal redacta el borrador del reporte con el apoyo de CIPPEC.
- Cada área envía en dos semanas los datos que faltan (matrícula, atenciones, trámites).
- La Asociación de Residentes Bolivianos y la Asociación Paraguaya revisan la sección de
  participación.
"""

_PLANNING_NOTES = """
### Agenda

1. Repaso de las áreas a fortalecer del reporte de evaluación.
2. Priorización: cada participante calificó importancia, urgencia y factibilidad de 1 a 5.
3. Redacción de objetivos y acciones por área seleccionada, con responsables y plazos.

### Resultados

- Se seleccionaron **cuatro áreas prioritarias**: salud sin barreras documentarias,
  regularización migratoria, información y atención, y trabajo estacional.
- La participación de las colectividades y los datos sobre población migrante quedaron para una
  segunda etapa, aunque varias acciones ya aportan a ambos temas.
- La DNM confirmó su interés en sumar una tercera jornada de documentación por año.

### Próximos pasos

- La Asesoría Legal y Técnica revisa los instrumentos (ordenanza, convenio, resolución).
- El punto focal completa la plantilla del plan y la envía a OIM para su validación.
"""


def _workshops(clock: _Clock) -> list[Workshop]:
    return [
        Workshop(
            id=Workshop.id_for(DEMO_CITY_ID, WorkshopKind.DIAGNOSTIC),
            city_id=DEMO_CITY_ID,
            kind=WorkshopKind.DIAGNOSTIC,
            held_on=clock.day(DIAGNOSTIC_WORKSHOP),
            place="Salón del Concejo Deliberante, Santa Rosa del Cerro",
            attendees=[*_CITY_TEAM, *_DIAGNOSTIC_GUESTS],
            notes=clock.markdown(_DIAGNOSTIC_NOTES),
        ),
        Workshop(
            id=Workshop.id_for(DEMO_CITY_ID, WorkshopKind.PLANNING),
            city_id=DEMO_CITY_ID,
            kind=WorkshopKind.PLANNING,
            held_on=clock.day(PLANNING_WORKSHOP),
            place="Centro Cultural Municipal, sala de usos múltiples",
            attendees=[*_CITY_TEAM[1:], *_PLANNING_GUESTS],
            notes=clock.markdown(_PLANNING_NOTES),
        ),
    ]


_REPORT_TEXTS: dict[str, str] = {
    "1": """
### Santa Rosa del Cerro en la provincia de Jujuy

Santa Rosa del Cerro es la cabecera del departamento Cerro Bravo, en el norte de la provincia de
Jujuy, a pocos kilómetros del límite con el Estado Plurinacional de Bolivia. Según el Censo 2010
tenía **38.120 habitantes**, de los cuales **3.104 habían nacido en el extranjero** (8,1 %, muy
por encima del promedio de la región Noroeste). La estimación municipal actual ronda las 41.300
personas.

La economía local combina la horticultura, el tabaco y la caña de azúcar con la ganadería
caprina, el comercio fronterizo y el empleo público. Cada cosecha atrae a trabajadoras y
trabajadores temporarios, en su mayoría de Bolivia y, en menor medida, de Paraguay y Perú.

### Movilidad humana en la zona

- **Migración de larga data**: familias bolivianas instaladas hace décadas en los barrios San
  Cayetano y Villa Esperanza y en las fincas del valle.
- **Migración estacional**: entre mayo y octubre llegan grupos familiares para la cosecha, con
  niñas y niños en edad escolar.
- **Movilidad transfronteriza cotidiana**: personas que cruzan por comercio, salud o estudio y
  regresan en el día.

### Marco provincial y nacional

La Ley de Migraciones Nº 25.871 garantiza el acceso a la salud y a la educación con
independencia de la situación migratoria. La Delegación Jujuy de la Dirección Nacional de
Migraciones (DNM) atiende en San Salvador de Jujuy, a varias horas de viaje, lo que encarece la
regularización para quienes viven en el interior. El Consulado General de Bolivia organiza
consulados móviles, aunque de manera esporádica.

*Fuentes: Censo 2010, registros municipales y aportes del taller de diagnóstico.*
""",
    "2a": """
### Acciones llevadas a cabo

El sistema de salud local se apoya en el Hospital Zonal, que es provincial, y en cinco centros de
atención primaria (CAPS) municipales. Desde la Resolución 14/{y4} de la Secretaría de Salud, los
CAPS atienden a toda persona que lo solicite **sin exigir DNI argentino** ni constancia de
residencia, en línea con la Ley 25.871.

- Dos promotoras de salud que hablan quechua acompañan a las familias recién llegadas en los
  CAPS de San Cayetano y Villa Esperanza.
- La campaña «Tu salud no pide papeles» se difunde en la feria del sábado y en las radios
  comunitarias, en castellano y quechua.
- Durante la cosecha se refuerzan los controles de embarazo y de niño sano en las postas rurales,
  y el equipo de vacunación recorre las fincas.

### Áreas de vacancia

- Las historias clínicas no registran la nacionalidad ni el país de nacimiento: **no es posible
  dimensionar la demanda** de la población migrante.
- El personal administrativo de los CAPS no recibió capacitación sobre los derechos de las
  personas migrantes, y persisten pedidos de DNI en la ventanilla de turnos.
- No hay un circuito acordado con el Hospital Zonal para derivar a personas sin documento ni
  información sobre el acceso a la salud mental.

> «Muchas familias llegan en mayo y se van en octubre: el turno no puede depender del papel.»
— *Directora de Atención Primaria de la Salud*
""",
    "2b": """
### Acciones llevadas a cabo

La educación obligatoria depende de la provincia, pero el municipio interviene en el nivel
inicial, en la educación de adultos y en la articulación con las escuelas.

- Los dos jardines maternales municipales inscriben a niñas y niños **con cualquier documento**
  o con una constancia provisoria.
- El programa «Aulas en la Finca» (Ordenanza Nº 1.142/{y6}) ofrece apoyo escolar los sábados a
  hijas e hijos de familias temporarias y avisa a la escuela de origen cuando la familia se
  traslada.
- El Centro de Educación de Adultos funciona en el edificio municipal y admite a personas
  migrantes sin requisitos documentarios; casi un tercio de su matrícula nació en Bolivia.

### Áreas de vacancia

- No hay apoyo de *español como segunda lengua* para niñas y niños que llegan hablando solo
  quechua.
- No existen datos compartidos con la Supervisión Escolar sobre la matrícula migrante ni sobre el
  abandono asociado a la migración estacional.
- Las familias deben viajar a la capital provincial para convalidar estudios cursados en
  Bolivia, y el municipio no sabe cuántas lo intentan.

En el taller, las docentes destacaron la buena disposición de las escuelas, pero pidieron
materiales interculturales y un trabajo conjunto sobre trayectorias escolares discontinuas.
""",
    "2c": """
### Acciones llevadas a cabo

- La Secretaría de Desarrollo Social entrega módulos alimentarios y ayudas económicas **sin
  distinguir nacionalidad**: basta con acreditar domicilio en el municipio (Ordenanza Nº
  1.203/{y4}).
- El registro social acepta pasaporte, cédula del país de origen o constancia de trámite de la
  DNM, y en las emergencias climáticas la ayuda llegó a todas las familias relevadas.
- El Área de la Mujer y Diversidad atiende situaciones de violencia de género sin pedir DNI; en el
  último año, el 18 % de las consultas fue de mujeres migrantes.
- El municipio integra la mesa provincial contra la trata de personas y difunde la línea 145 en
  la terminal de ómnibus.

### Áreas de vacancia

- No hay un alojamiento transitorio propio: las derivaciones dependen de cupos provinciales en la
  capital.
- No existe un procedimiento escrito para niñas, niños y adolescentes no acompañados.
- Las familias temporarias suelen quedar fuera de los programas por no tener domicilio estable.
- Los relevamientos socioeconómicos no registran la condición migratoria, lo que impide planificar.
""",
    "2d": """
### Acciones llevadas a cabo

- La Oficina de Empleo inscribe a personas migrantes en la bolsa de trabajo y en los cursos de
  formación (albañilería, gastronomía, costura).
- La feria mensual «Sabores de la Frontera» reúne a emprendedoras bolivianas, paraguayas y
  argentinas; el municipio cede el espacio y tramita sin costo la habilitación bromatológica.
- La liga infantil de fútbol y el Torneo de las Colectividades son espacios de convivencia muy
  valorados por las familias.

### Áreas de vacancia

- Los cursos exigen DNI argentino para emitir el certificado final, lo que desalienta a quienes
  tienen la residencia en trámite.
- No hay acciones para certificar los **saberes y oficios** adquiridos en el país de origen, sobre
  todo en construcción y costura.
- No se hicieron campañas contra la discriminación; en el taller se mencionaron comentarios
  hostiles en redes sociales durante la temporada de cosecha, y las quejas no tienen un canal
  propio.
- El municipio no tiene programas de vivienda: los provinciales exigen residencia permanente.

*La orientación sobre derechos laborales y la mesa con productores están en sus comienzos.*
""",
    "2e": """
### Acciones llevadas a cabo

- **Convenio con la DNM** ({y2}) para dos jornadas de documentación por año en el municipio.
- Acta de colaboración con el **Consulado General de Bolivia** para consulados móviles y para
  derivar consultas sobre partidas y antecedentes.
- Prácticas de estudiantes de Trabajo Social de la Universidad Nacional de Jujuy en los barrios
  con más población migrante.
- Participación en la red de municipios del norte jujeño, que trata temas de frontera.

### Áreas de vacancia

- El trabajo con la Pastoral de Migraciones, Cáritas y las colectividades es constante pero
  **informal**: depende de vínculos personales y no sobreviviría a un cambio de equipo.
- La coordinación con el gobierno provincial se da caso por caso; el acta acuerdo propuesta aún no
  se firmó.
- No hay vínculo con empresas, cámaras ni sindicatos para la inserción laboral, ni proyectos con
  organismos internacionales fuera de MigraCiudades.

El cambio de punto focal durante la autoevaluación mostró que los acuerdos escritos son los que
dan continuidad al trabajo.
""",
    "2f": """
### Acciones llevadas a cabo

Las **jornadas de documentación con la DNM** son la medida más valorada por la comunidad: en las
últimas cuatro jornadas se iniciaron más de 600 trámites de radicación.

- La Mesa de Atención al Migrante orienta sobre requisitos, turnos y tasas, y ayuda a completar
  la radicación en línea.
- El folleto «Tus derechos, tus trámites» y los micros radiales en quechua explican la Ley 25.871.
- Durante la cosecha, el municipio coordina con Gendarmería Nacional, la DNM y la Aduana un punto
  de información en el paso fronterizo.

### Áreas de vacancia

- Fuera de las jornadas, los trámites se hacen en San Salvador de Jujuy, con costos de traslado
  y tasas que muchas familias no pueden pagar.
- No hay un circuito acordado para derivar cada caso al servicio que corresponde, ni un protocolo
  para personas en situación de vulnerabilidad detectadas en los controles.
- El plan de Defensa Civil no considera a la población migrante ni prevé la llegada numerosa de
  familias en cada temporada.
""",
    "2g": """
### Acciones llevadas a cabo

- Las asociaciones de residentes bolivianos y paraguayos están inscriptas en el registro municipal
  de entidades de bien público.
- El municipio apoya las fiestas de la Virgen de Urkupiña y de la Virgen de Caacupé y organiza en
  octubre la **Feria de las Colectividades**; el Día del Inmigrante se celebra con un acto en la
  plaza principal.
- La radio municipal emite el programa semanal «Ñuqanchik», en quechua, producido por jóvenes de
  la comunidad boliviana.

### Áreas de vacancia

- No existe un consejo consultivo ni otro mecanismo formal para consultar a las personas
  migrantes sobre las políticas que las afectan: las consultas son informales y se limitan a las
  fiestas.
- No se sabe cuántas personas extranjeras están empadronadas para votar en las elecciones
  locales, ni se hicieron campañas de empadronamiento.
- La web municipal y los formularios están solo en castellano.
- No hay acciones que promuevan la participación de las **mujeres migrantes** en espacios de
  decisión.
""",
    "2h": """
### Situación actual

La atención a personas migrantes recae en la **Mesa de Atención al Migrante**, creada por el
Decreto municipal 87/{y3} dentro de la Secretaría de Desarrollo Social, con una sola persona a
media jornada.

- El punto focal coordina a un equipo de siete personas funcionarias de distintas áreas que
  completaron la capacitación virtual de MigraCiudades.
- Hay presupuesto para las jornadas de documentación (traslados y refrigerios), pero no una
  partida específica para la política migratoria.

### Áreas de vacancia

- El municipio no tiene una estrategia migratoria escrita ni un capítulo sobre migración en su
  plan de desarrollo.
- Los registros de salud, desarrollo social y empleo no relevan la nacionalidad de manera
  homogénea: el municipio trabaja con datos del Censo 2010.
- No existe un espacio estable de coordinación entre áreas; todo depende del punto focal.
- Nadie revisó de manera sistemática qué normas y trámites municipales piden DNI argentino sin
  necesidad.

*El plan de acción de MigraCiudades será la primera experiencia municipal de seguimiento con
metas e indicadores.*
""",
    "3": """
### Palabras de la Intendenta

> «Santa Rosa del Cerro se hizo con el trabajo de quienes llegaron de uno y otro lado de la
frontera. Esta certificación nos obliga a mirar lo que hacemos con esa historia y a hacerlo mejor,
con datos y con reglas claras.» — *Intendenta Elsa Noemí Vilte*

### Reflexiones del gabinete

- La autoevaluación permitió **ver en conjunto** acciones que cada área hacía por su cuenta: salud,
  educación y desarrollo social atendían a las mismas familias sin saberlo.
- Muchas respuestas fueron «No sabe». El gabinete lo entiende como un hallazgo: la falta de datos
  es en sí misma un área a fortalecer.
- El cambio de punto focal a mitad del proceso mostró la importancia de dejar todo documentado y
  de formalizar los acuerdos.
- Las autoridades valoran la metodología participativa del taller y el acompañamiento de OIM y
  CIPPEC, que permitió sumar la voz de las colectividades.

### Compromisos asumidos

La Intendenta se comprometió a:

1. Enviar al Concejo Deliberante una ordenanza que convierta la Mesa de Atención al Migrante en
   una **Oficina de Atención a Personas Migrantes**.
2. Prever una partida presupuestaria propia en el próximo ejercicio.
3. Sostener las jornadas de documentación y sumar una tercera por año, en acuerdo con la DNM.

El Concejo Deliberante, por su parte, declaró de interés municipal la participación de la ciudad
en MigraCiudades Argentina.
""",
    "4": """
### 1. Jornadas de documentación con la DNM

Dos veces por año, la DNM atiende en el Centro Cultural Municipal y en el barrio San Cayetano.
El municipio aporta el lugar, la difusión en las radios y un equipo que ayuda a reunir los
papeles antes de la jornada. **Más de 600 trámites iniciados** en cuatro jornadas muestran que
acercar el Estado reduce la irregularidad más que cualquier campaña.

### 2. Promotoras de salud que hablan quechua

Las promotoras acompañan a las familias recién llegadas, traducen en la consulta y explican
cómo sacar turno. Es una práctica de bajo costo que mejora la adherencia a los controles de
embarazo y al calendario de vacunación.

### 3. «Aulas en la Finca»

Apoyo escolar los sábados para hijas e hijos de familias temporarias, con un aviso a la escuela
de origen cuando la familia se traslada. Reduce la pérdida del año escolar y crea un vínculo de
confianza entre el municipio y las familias de las fincas.

### 4. Feria «Sabores de la Frontera»

Un espacio mensual donde emprendedoras bolivianas, paraguayas y argentinas venden sus productos,
con habilitación bromatológica gratuita. Es, además, el lugar donde el municipio difunde sus
campañas.

*Las cuatro prácticas comparten un rasgo: el municipio va adonde están las personas en lugar de
esperarlas en la ventanilla.*
""",
    "5": """
### Áreas a fortalecer

El diagnóstico muestra que las dimensiones con más respuestas «No» o «No sabe» son las
capacidades institucionales, la participación y la integración. En el taller se acordaron seis
áreas a fortalecer, que son la base de la priorización del plan de acción:

1. **Datos**: registrar la nacionalidad o el país de nacimiento en salud, desarrollo social y
   empleo, para planificar con información propia.
2. **Capacitación del personal de atención al público**, empezando por las ventanillas de turnos
   de los CAPS.
3. **Regularización fuera de la capital**: más jornadas con la DNM, consulados móviles y ayuda
   con las tasas para quienes no pueden pagarlas.
4. **Trabajo estacional**: condiciones de alojamiento en las fincas, acceso a la protección social
   y registro laboral de las familias temporarias.
5. **Institucionalidad**: una oficina con presupuesto y personal propios, y un espacio de
   coordinación entre áreas.
6. **Participación**: un mecanismo formal de consulta a las colectividades y campañas contra la
   discriminación.
""",
    "6": """
### Conclusiones

Santa Rosa del Cerro llega a la certificación con **prácticas valiosas y poco formalizadas**. La
atención sin requisitos documentarios en salud, educación y desarrollo social está extendida,
y las jornadas de documentación con la DNM muestran que la articulación con el nivel nacional
da resultados concretos.

Las debilidades se concentran en tres puntos:

- la falta de datos propios sobre la población migrante, que hace invisible su demanda;
- una institucionalidad incipiente, que depende de pocas personas y de acuerdos informales;
- la ausencia de respuestas específicas para la migración estacional, que cada año cambia la
  vida de la ciudad durante seis meses.

El plan de acción que sigue a este reporte prioriza el acceso a la salud sin barreras, la
regularización migratoria, la información y atención a personas migrantes y la protección de
las familias trabajadoras temporarias. La participación formal de las colectividades y la
producción de datos quedan como temas transversales de esas cuatro áreas.

*El proceso deja, sobre todo, un equipo de personas funcionarias que comparte un diagnóstico y un
lenguaje común sobre la migración en la ciudad.*
""",
}

# Paragraphs added to the report after IOM's comments on version 1.
_ADDED_AFTER_REVIEW: dict[str, str] = {
    "2c": """
### Población temporaria en las fincas

A partir de los comentarios de OIM se incorporó una estimación de la población temporaria: según
la Oficina de Empleo y la Cooperativa de Productores del Valle, entre **900 y 1.200 personas**
llegan en cada temporada, un tercio de ellas niñas, niños y adolescentes. Las condiciones de
alojamiento en las fincas son precarias y el municipio no las ha relevado.
""",
    "5": """
### Mirada transversal: mujeres, niñas y otros grupos en situación de vulnerabilidad

Las mujeres migrantes sostienen la feria y el cuidado de las familias temporarias, pero casi no
participan en espacios de decisión. Las niñas y adolescentes de las fincas corren más riesgo de
dejar la escuela por tareas de cuidado. Cada área a fortalecer deberá considerar estas
situaciones y medir sus resultados por género y edad.
""",
}


def _report_texts(clock: _Clock, *, final: bool) -> dict[str, str]:
    """The report by key ("1", "2a"…); version 1 lacks what IOM's comments asked for."""
    texts = {key: clock.markdown(source) for key, source in _REPORT_TEXTS.items()}
    if final:
        for key, added in _ADDED_AFTER_REVIEW.items():
            texts[key] += "\n\n" + clock.markdown(added)
    return texts


def _section(key: str) -> tuple[int, str]:
    return int(key[0]), key[1:]


def _report(clock: _Clock) -> list[ReportSection | ReportVersion]:
    final = _report_texts(clock, final=True)
    records: list[ReportSection | ReportVersion] = []
    for key, text in final.items():
        section, dimension = _section(key)
        records.append(
            ReportSection(
                id=ReportSection.id_for(DEMO_CITY_ID, section, dimension),
                city_id=DEMO_CITY_ID,
                section=section,
                dimension=dimension,
                text=text,
            )
        )
    records.append(
        ReportVersion(
            id=ReportVersion.id_for(DEMO_CITY_ID, 1),
            city_id=DEMO_CITY_ID,
            number=1,
            status=ReportStatus.SENT,
            created_at=clock.at(REPORT_V1_SENT, 16, 40),
            sections=_report_texts(clock, final=False),
            note="Primera versión enviada a OIM para su revisión.",
        )
    )
    records.append(
        ReportVersion(
            id=ReportVersion.id_for(DEMO_CITY_ID, 2),
            city_id=DEMO_CITY_ID,
            number=2,
            status=ReportStatus.FINAL,
            created_at=clock.at(REPORT_V2_SENT, 12, 15),
            sections=final,
            note="Versión final: incorpora los comentarios de OIM validados con CIPPEC.",
        )
    )
    return records


# --- Phases 4 and 6: priorities, action plan and monitoring ----------------------------------


@dataclasses.dataclass(frozen=True)
class _Update:
    days_ago: int
    status: ActionStatus
    percent: int
    note: str


@dataclasses.dataclass(frozen=True)
class _ActionSpec:
    title: str
    description: str
    responsible: str
    partners: str
    start: int  # days from today: negative in the past
    end: int
    resources: str
    indicator: str
    target: str
    updates: tuple[_Update, ...] = ()


@dataclasses.dataclass(frozen=True)
class _ObjectiveSpec:
    title: str
    description: str
    actions: tuple[_ActionSpec, ...]


@dataclasses.dataclass(frozen=True)
class _AreaSpec:
    key: str
    title: str
    description: str
    dimensions: tuple[str, ...]
    source: AreaSource
    ratings: tuple[int, int, int]  # importance, urgency, feasibility
    selected: bool
    objectives: tuple[_ObjectiveSpec, ...] = ()


IN_PROGRESS, DONE, DELAYED = ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DELAYED

_HEALTH = _AreaSpec(
    "salud",
    "Acceso a la salud sin barreras documentarias",
    "Que ninguna persona deje de ser atendida en los CAPS por su documentación y que el municipio "
    "conozca la demanda de salud de la población migrante.",
    ("a",),
    AreaSource.REPORT,
    (5, 5, 4),
    True,
    (
        _ObjectiveSpec(
            "Garantizar la atención en los CAPS sin pedido de DNI",
            "Llevar la práctica de los CAPS con promotoras a todos los centros y a sus "
            "ventanillas de turnos.",
            (
                _ActionSpec(
                    "Protocolo de admisión sin requisito documentario en los CAPS",
                    "Protocolo escrito que indique cómo registrar y atender a personas sin DNI "
                    "argentino, aprobado por resolución y exhibido en cada CAPS.",
                    _APS,
                    "Hospital Zonal; Asesoría Legal y Técnica",
                    -95,
                    -20,
                    "Horas del equipo de Atención Primaria; impresión del protocolo.",
                    "Protocolo aprobado por resolución",
                    "Protocolo vigente en los cinco CAPS",
                    (
                        _Update(50, IN_PROGRESS, 40, "Borrador revisado con el Hospital Zonal."),
                        _Update(
                            12,
                            DELAYED,
                            70,
                            "Falta la firma del Secretario de Salud; se tratará en la próxima "
                            "reunión de gabinete.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Capacitación del personal administrativo de los CAPS",
                    "Dos encuentros por CAPS sobre los derechos de las personas migrantes y la "
                    "atención intercultural, con las promotoras de salud como cofacilitadoras.",
                    _APS,
                    "OIM; Universidad Nacional de Jujuy",
                    -60,
                    45,
                    "Materiales del curso MigraCiudades; movilidad a los CAPS rurales.",
                    "Personas capacitadas por CAPS",
                    "Todo el personal de ventanilla de los cinco CAPS capacitado",
                    (
                        _Update(
                            40,
                            IN_PROGRESS,
                            30,
                            "Primer encuentro con 22 personas de los CAPS San Cayetano y Centro.",
                        ),
                        _Update(
                            8,
                            IN_PROGRESS,
                            55,
                            "Segundo encuentro realizado; falta el CAPS rural de Los Molles.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Cartelería bilingüe sobre el derecho a la salud",
                    "Carteles en castellano y quechua en cada CAPS y en la terminal: «Aquí se "
                    "atiende a todas las personas, con o sin documentos».",
                    _PRESS,
                    "Promotoras de salud; radio municipal",
                    -80,
                    -30,
                    "Diseño propio; impresión en la imprenta municipal.",
                    "Carteles instalados",
                    "Carteles en los cinco CAPS y en la terminal de ómnibus",
                    (
                        _Update(45, IN_PROGRESS, 60, "Diseño aprobado; traducción revisada."),
                        _Update(
                            28, DONE, 100, "Carteles instalados en los cinco CAPS y la terminal."
                        ),
                    ),
                ),
            ),
        ),
        _ObjectiveSpec(
            "Conocer la demanda de salud de la población migrante",
            "Contar con datos propios para planificar la atención.",
            (
                _ActionSpec(
                    "Registrar el país de nacimiento en el sistema de turnos de los CAPS",
                    "Agregar el campo «país de nacimiento» al sistema de turnos y explicar al "
                    "personal cómo preguntarlo sin que parezca un control migratorio.",
                    f"{_APS} y Área de Estadística",
                    "Área de Sistemas",
                    -30,
                    150,
                    "Horas de programación del Área de Sistemas.",
                    "Porcentaje de turnos con el campo completo",
                    "80 % de los turnos con el país de nacimiento registrado",
                    (
                        _Update(
                            10,
                            IN_PROGRESS,
                            20,
                            "Campo acordado con el programador; pruebas en el CAPS Centro.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Informe semestral de atenciones a personas migrantes",
                    "Informe con las atenciones por país de nacimiento, edad y género, "
                    "presentado al gabinete y a la Mesa de Atención al Migrante.",
                    "Área de Estadística",
                    _APS,
                    160,
                    340,
                    "Horas del Área de Estadística.",
                    "Informes publicados",
                    "Dos informes semestrales",
                ),
            ),
        ),
    ),
)

_REGULARISATION = _AreaSpec(
    "regularizacion",
    "Regularización migratoria y documentación",
    "Acercar los trámites de la DNM y de los consulados y reducir sus costos para las familias "
    "del interior del departamento.",
    ("f", "e"),
    AreaSource.REPORT,
    (5, 4, 5),
    True,
    (
        _ObjectiveSpec(
            "Acercar los trámites migratorios a la población",
            "Que regularizarse no exija viajar a la capital provincial.",
            (
                _ActionSpec(
                    "Tres jornadas de documentación por año con la DNM",
                    "Sumar una tercera jornada, en la temporada de cosecha, y llevar una de ellas "
                    "a los parajes rurales.",
                    _MESA,
                    "DNM, Delegación Jujuy; Registro Civil",
                    -90,
                    270,
                    "Salón, mobiliario y refrigerio; difusión radial; traslado del equipo.",
                    "Trámites de radicación iniciados por jornada",
                    "Tres jornadas y 450 trámites iniciados en el año",
                    (
                        _Update(52, IN_PROGRESS, 33, "Primera jornada: 184 trámites iniciados."),
                        _Update(
                            15,
                            IN_PROGRESS,
                            40,
                            "Fecha de la segunda jornada confirmada con la DNM.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Consulado móvil de Bolivia en la temporada de cosecha",
                    "Gestionar con el Consulado General de Bolivia un consulado móvil para "
                    "partidas, cédulas y certificados de antecedentes.",
                    _MESA,
                    "Consulado General de Bolivia en San Salvador de Jujuy",
                    -40,
                    120,
                    "Espacio en el Centro Cultural Municipal; difusión.",
                    "Documentos tramitados en el consulado móvil",
                    "Un consulado móvil con 150 personas atendidas",
                    (
                        _Update(
                            20,
                            IN_PROGRESS,
                            25,
                            "Nota enviada al Consulado; se propone hacerlo al inicio de la "
                            "cosecha.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Puesto de orientación en la terminal y en el paso fronterizo",
                    "Durante la cosecha, un puesto con personal de la Mesa de Atención al "
                    "Migrante que informa sobre trámites, salud y escuelas.",
                    _MESA,
                    "Gendarmería Nacional; DNM; Aduana",
                    150,
                    300,
                    "Gazebo, folletería y dos personas por turno.",
                    "Consultas atendidas en el puesto",
                    "Puesto abierto toda la temporada",
                ),
            ),
        ),
        _ObjectiveSpec(
            "Reducir el costo de la regularización",
            "Que las tasas y los traslados no impidan regularizarse a quienes están en situación "
            "de vulnerabilidad.",
            (
                _ActionSpec(
                    "Convenio con la DNM para la eximición de tasas",
                    "Acordar con la DNM que los informes sociales del municipio acrediten la "
                    "situación de vulnerabilidad para eximir del pago de tasas.",
                    "Asesoría Legal y Técnica",
                    "DNM, Delegación Jujuy",
                    -70,
                    -10,
                    "Horas de la Asesoría Legal y del equipo de Desarrollo Social.",
                    "Convenio firmado",
                    "Convenio firmado y eximiciones otorgadas",
                    (
                        _Update(55, IN_PROGRESS, 20, "Proyecto de convenio enviado a la DNM."),
                        _Update(
                            6,
                            DELAYED,
                            50,
                            "La DNM pidió ajustes al texto; se reenvía con la firma de la "
                            "Intendenta.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Fondo municipal para traslados a la Delegación de la DNM",
                    "Partida para pasajes de quienes deben completar trámites en la capital "
                    "provincial, con informe social previo.",
                    f"Secretaría de Hacienda y {_SOCIAL}",
                    "Concejo Deliberante",
                    30,
                    365,
                    "Partida presupuestaria para pasajes.",
                    "Personas que recibieron ayuda para el traslado",
                    "120 personas en el año",
                    (
                        _Update(
                            3,
                            ActionStatus.NOT_STARTED,
                            0,
                            "Incluido en el anteproyecto de presupuesto.",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

_INFORMATION = _AreaSpec(
    "informacion",
    "Información y atención a personas migrantes",
    "Una oficina con personal y presupuesto propios e información accesible en los idiomas de "
    "la comunidad.",
    ("h", "g"),
    AreaSource.GAP,
    (4, 4, 4),
    True,
    (
        _ObjectiveSpec(
            "Crear la Oficina de Atención a Personas Migrantes",
            "Transformar la Mesa de Atención al Migrante en una oficina formal.",
            (
                _ActionSpec(
                    "Ordenanza de creación de la Oficina de Atención a Personas Migrantes",
                    "Proyecto de ordenanza que crea la oficina, define sus funciones y la "
                    "coordinación con las demás áreas.",
                    "Asesoría Legal y Técnica",
                    "Concejo Deliberante",
                    -85,
                    20,
                    "Horas de la Asesoría Legal.",
                    "Ordenanza sancionada",
                    "Ordenanza sancionada y promulgada",
                    (
                        _Update(50, IN_PROGRESS, 30, "Proyecto presentado al Concejo Deliberante."),
                        _Update(
                            18,
                            IN_PROGRESS,
                            70,
                            "Dictamen favorable de la comisión de Acción Social.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Equipamiento de la oficina",
                    "Computadora, impresora, conexión a internet y mobiliario para atender en "
                    "privado.",
                    _GOVERNMENT,
                    "OIM (apoyo financiero del proyecto)",
                    -20,
                    90,
                    "Fondos de equipamiento de OIM, según el relevamiento de necesidades.",
                    "Equipamiento instalado",
                    "Oficina equipada y funcionando",
                    (_Update(7, IN_PROGRESS, 15, "Relevamiento de necesidades enviado a OIM."),),
                ),
                _ActionSpec(
                    "Designar y capacitar a dos personas para la atención al público",
                    "Dos personas de planta, con el curso de MigraCiudades y una pasantía en la "
                    "Delegación de la DNM.",
                    _SOCIAL,
                    "DNM, Delegación Jujuy",
                    20,
                    120,
                    "Dos cargos de planta reasignados.",
                    "Personas designadas y capacitadas",
                    "Dos personas atendiendo en jornada completa",
                ),
            ),
        ),
        _ObjectiveSpec(
            "Información accesible sobre derechos y trámites",
            "Que cada persona migrante sepa adónde ir y qué le corresponde.",
            (
                _ActionSpec(
                    "Guía de trámites y servicios en castellano, quechua y guaraní",
                    "Guía impresa y digital con los servicios municipales, las fechas de las "
                    "jornadas y los contactos de la DNM y de los consulados.",
                    _PRESS,
                    "Asociación de Residentes Bolivianos; Asociación Paraguaya",
                    -45,
                    75,
                    "Traducción voluntaria de las colectividades; impresión de 2.000 ejemplares.",
                    "Ejemplares distribuidos",
                    "2.000 guías distribuidas y versión en la web municipal",
                    (
                        _Update(
                            25,
                            IN_PROGRESS,
                            35,
                            "Textos en castellano listos; traducción al quechua en curso.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Sección de la web municipal y micro radial mensual sobre derechos",
                    "Una sección «Personas migrantes» en la web y un micro mensual en la radio "
                    "municipal, producido con el programa «Ñuqanchik».",
                    _PRESS,
                    "Radio municipal; colectividades",
                    60,
                    420,
                    "Horas del equipo de Prensa.",
                    "Micros emitidos y visitas a la sección",
                    "12 micros al año",
                ),
            ),
        ),
    ),
)

_SEASONAL_WORK = _AreaSpec(
    "trabajo_estacional",
    "Trabajo estacional agrícola y protección social",
    "Proteger a las familias que llegan para la cosecha y mejorar la inserción laboral de las "
    "personas migrantes.",
    ("c", "d"),
    AreaSource.REPORT,
    (5, 4, 3),
    True,
    (
        _ObjectiveSpec(
            "Proteger a las familias trabajadoras temporarias",
            "Conocer y mejorar sus condiciones de vida durante la temporada.",
            (
                _ActionSpec(
                    "Relevamiento de las condiciones de alojamiento en las fincas",
                    "Visitas a las fincas del valle con una ficha común de vivienda, agua, "
                    "escolaridad y acceso a la salud.",
                    _SOCIAL,
                    "Cooperativa de Productores del Valle; Universidad Nacional de Jujuy",
                    -75,
                    40,
                    "Movilidad; estudiantes de Trabajo Social en práctica.",
                    "Fincas relevadas",
                    "Las 38 fincas del valle relevadas",
                    (
                        _Update(50, IN_PROGRESS, 25, "Ficha de relevamiento acordada."),
                        _Update(14, IN_PROGRESS, 60, "Relevadas 23 de las 38 fincas."),
                    ),
                ),
                _ActionSpec(
                    "Ampliar «Aulas en la Finca» a tres fincas más",
                    "Sumar tres sedes en las fincas con más niñas y niños, según el relevamiento.",
                    _EDUCATION,
                    "Supervisión Escolar; Cooperativa de Productores del Valle",
                    100,
                    250,
                    "Tres talleristas; materiales escolares.",
                    "Niñas y niños que asisten",
                    "Seis sedes y 180 niñas y niños",
                ),
                _ActionSpec(
                    "Mesa de trabajo sobre el registro del trabajo temporario",
                    "Reuniones periódicas con productores y con la Secretaría de Trabajo "
                    "provincial para mejorar el registro laboral.",
                    _EMPLOYMENT,
                    "Secretaría de Trabajo de la provincia; Cooperativa de Productores del Valle",
                    -65,
                    200,
                    "Horas de la Dirección de Empleo y Producción.",
                    "Reuniones realizadas y acuerdos firmados",
                    "Un acta acuerdo firmada antes de la próxima cosecha",
                    (_Update(35, IN_PROGRESS, 20, "Primera reunión con 11 productores."),),
                ),
            ),
        ),
        _ObjectiveSpec(
            "Mejorar la inserción laboral de las personas migrantes",
            "Que la documentación no sea una barrera para formarse y trabajar.",
            (
                _ActionSpec(
                    "Certificados de los cursos sin requisito de DNI argentino",
                    "Resolución que permite emitir los certificados de la Oficina de Empleo con "
                    "pasaporte, cédula extranjera o constancia de trámite.",
                    f"{_EMPLOYMENT} (Oficina de Empleo)",
                    "Asesoría Legal y Técnica",
                    -50,
                    180,
                    "Sin costo adicional.",
                    "Personas migrantes certificadas",
                    "60 personas migrantes certificadas en el año",
                    (
                        _Update(
                            30,
                            IN_PROGRESS,
                            40,
                            "Resolución firmada; dos cursos abiertos con 14 personas migrantes.",
                        ),
                    ),
                ),
                _ActionSpec(
                    "Certificación de saberes en construcción y costura",
                    "Evaluación práctica de oficios aprendidos en el país de origen, con "
                    "certificado de la Oficina de Empleo.",
                    _EMPLOYMENT,
                    "Ministerio de Trabajo de la Nación; UOCRA seccional Jujuy",
                    120,
                    400,
                    "Evaluadores del programa nacional de certificación de competencias.",
                    "Personas certificadas",
                    "40 personas certificadas",
                ),
                _ActionSpec(
                    "Registro de emprendedoras de la feria «Sabores de la Frontera»",
                    "Registro con rubro, nacionalidad y necesidades de capacitación de cada "
                    "emprendedora.",
                    _EMPLOYMENT,
                    _WOMEN,
                    -100,
                    -40,
                    "Horas del equipo de la feria.",
                    "Emprendedoras registradas",
                    "Todas las feriantes registradas",
                    (
                        _Update(
                            55, DONE, 100, "68 emprendedoras registradas, 41 de ellas migrantes."
                        ),
                    ),
                ),
                _ActionSpec(
                    "Stand municipal en la exposición agrícola provincial",
                    "Difundir la bolsa de trabajo entre los productores que participan de la "
                    "exposición.",
                    _EMPLOYMENT,
                    "Cooperativa de Productores del Valle",
                    -30,
                    10,
                    "Stand y folletería.",
                    "Productores contactados",
                    "30 productores contactados",
                    (
                        _Update(
                            9,
                            ActionStatus.CANCELLED,
                            0,
                            "La provincia suspendió la exposición; los recursos pasan a los "
                            "cursos con certificado.",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

_AREAS = (
    _HEALTH,
    _REGULARISATION,
    _INFORMATION,
    _SEASONAL_WORK,
    _AreaSpec(
        "participacion",
        "Participación de las colectividades en las políticas locales",
        "Un consejo consultivo con las asociaciones de migrantes y campañas contra la "
        "discriminación.",
        ("g", "d"),
        AreaSource.GAP,
        (3, 2, 4),
        False,
    ),
    _AreaSpec(
        "datos",
        "Datos sobre la población migrante",
        "Un tablero municipal con datos de salud, desarrollo social, empleo y documentación.",
        ("h",),
        AreaSource.OTHER,
        (3, 3, 2),
        False,
    ),
)


def _action_id(area: str, objective: int, action: int) -> str:
    return _id("action", area, str(objective), str(action))


def _plan(clock: _Clock) -> list[PriorityArea | Objective | Action | MonitoringUpdate]:
    records: list[PriorityArea | Objective | Action | MonitoringUpdate] = []
    for area in _AREAS:
        importance, urgency, feasibility = area.ratings
        area_id = _id("priority_area", area.key)
        records.append(
            PriorityArea(
                id=area_id,
                city_id=DEMO_CITY_ID,
                title=area.title,
                description=area.description,
                dimensions=list(area.dimensions),
                source=area.source,
                importance=importance,
                urgency=urgency,
                feasibility=feasibility,
                selected=area.selected,
            )
        )
        for o, objective in enumerate(area.objectives, start=1):
            objective_id = _id("objective", area.key, str(o))
            records.append(
                Objective(
                    id=objective_id,
                    city_id=DEMO_CITY_ID,
                    priority_area_id=area_id,
                    title=objective.title,
                    description=objective.description,
                    position=o,
                )
            )
            for a, action in enumerate(objective.actions, start=1):
                action_id = _action_id(area.key, o, a)
                records.append(_action(clock, action, action_id, objective_id, a))
                records.extend(_updates(clock, action, action_id))
    return records


def _action(clock: _Clock, spec: _ActionSpec, action_id: str, objective_id: str, n: int) -> Action:
    return Action(
        id=action_id,
        city_id=DEMO_CITY_ID,
        objective_id=objective_id,
        title=spec.title,
        description=spec.description,
        responsible_area=spec.responsible,
        partners=spec.partners,
        start=clock.day(-spec.start),
        end=clock.day(-spec.end),
        resources=spec.resources,
        indicator=spec.indicator,
        target=spec.target,
        position=n,
    )


def _updates(clock: _Clock, spec: _ActionSpec, action_id: str) -> list[MonitoringUpdate]:
    return [
        MonitoringUpdate(
            id=_id("monitoring_update", action_id, str(n)),
            city_id=DEMO_CITY_ID,
            action_id=action_id,
            reported_on=clock.day(update.days_ago),
            status=update.status,
            percent_done=update.percent,
            note=update.note,
        )
        for n, update in enumerate(spec.updates, start=1)
    ]


# --- IOM's side: reviews, comments, phase dates and certification ----------------------------


@dataclasses.dataclass(frozen=True)
class _Event:
    deliverable: Deliverable
    state: ReviewState
    days_ago: int
    by: str
    note: str = ""


_FIRST_FOCAL_POINT_BY = f"{FIRST_FOCAL_POINT} (punto focal)"
_FOCAL_POINT_BY = f"{FOCAL_POINT} (punto focal)"
APPLICATION, SELF_ASSESSMENT = Deliverable.APPLICATION, Deliverable.SELF_ASSESSMENT
REPORT, ACTION_PLAN = Deliverable.REPORT, Deliverable.ACTION_PLAN
SENT, RECEIVED = ReviewState.SENT, ReviewState.RECEIVED
HAS_ISSUES, APPROVED = ReviewState.HAS_ISSUES, ReviewState.APPROVED
VALIDATED = ReviewState.VALIDATED

_EVENTS = (
    _Event(APPLICATION, SENT, APPLICATION_SENT, _FIRST_FOCAL_POINT_BY),
    _Event(APPLICATION, RECEIVED, APPLICATION_SENT - 1, REVIEWER),
    _Event(
        APPLICATION,
        APPROVED,
        RESULTS_NOTIFIED,
        REVIEWER,
        "Ciudad seleccionada en la región Noroeste (primera ronda).",
    ),
    _Event(SELF_ASSESSMENT, SENT, SELF_ASSESSMENT_SENT, _FOCAL_POINT_BY),
    _Event(SELF_ASSESSMENT, RECEIVED, SELF_ASSESSMENT_SENT - 1, REVIEWER),
    _Event(
        SELF_ASSESSMENT,
        APPROVED,
        SELF_ASSESSMENT_APPROVED,
        REVIEWER,
        "Formulario completo. Dejamos algunas sugerencias para el taller.",
    ),
    _Event(REPORT, SENT, REPORT_V1_SENT, _FOCAL_POINT_BY, "Versión 1."),
    _Event(REPORT, RECEIVED, REPORT_V1_SENT - 1, REVIEWER),
    _Event(
        REPORT,
        HAS_ISSUES,
        REPORT_COMMENTED,
        REVIEWER,
        "Pedimos completar las secciones 2c y 5; ver los comentarios.",
    ),
    _Event(REPORT, SENT, REPORT_V2_SENT, _FOCAL_POINT_BY, "Versión 2, con los cambios pedidos."),
    _Event(REPORT, APPROVED, REPORT_APPROVED, REVIEWER, "Reporte aprobado como versión final."),
    _Event(ACTION_PLAN, SENT, PLAN_SENT, _FOCAL_POINT_BY),
    _Event(
        ACTION_PLAN,
        APPROVED,
        PLAN_VALIDATED,
        REVIEWER,
        "Plan validado. La ciudad cumplió todas las fases para la certificación.",
    ),
    # Last in the list (ids follow the position), first in time after the comments:
    _Event(
        REPORT,
        VALIDATED,
        REPORT_VALIDATED,
        REVIEWER,
        "Comentarios validados con CIPPEC y la ciudad: se incorporan en la versión final.",
    ),
)


def _review_events(clock: _Clock) -> list[ReviewEvent]:
    return [
        ReviewEvent(
            id=_id("review_event", event.deliverable.value, str(n)),
            city_id=DEMO_CITY_ID,
            deliverable=event.deliverable,
            state=event.state,
            at=clock.at(event.days_ago, 11 + n % 6, 5 * n % 60),
            by=event.by,
            note=event.note,
        )
        for n, event in enumerate(_EVENTS, start=1)
    ]


@dataclasses.dataclass(frozen=True)
class _CommentSpec:
    key: str
    anchor_kind: str
    anchor: str  # an indicator id, a report section key or an action's (area, objective, action)
    days_ago: int
    body: str
    reply: str = ""  # the focal point's answer, a week later


_COMMENTS = (
    _CommentSpec(
        "a05",
        IndicatorAnswer.KIND,
        "a05",
        SELF_ASSESSMENT_SENT - 3,
        "Este es un punto clave: sin el país de nacimiento en los registros de salud no se puede "
        "medir el impacto de las medidas. Sugerimos llevarlo al taller de diagnóstico.",
    ),
    _CommentSpec(
        "f01",
        IndicatorAnswer.KIND,
        "f01",
        SELF_ASSESSMENT_SENT - 3,
        "Muy buena práctica. ¿Podrían indicar cuántos de los 600 trámites iniciados terminaron "
        "con la residencia otorgada? Ese dato fortalecería el reporte.",
    ),
    _CommentSpec(
        "h01",
        IndicatorAnswer.KIND,
        "h01",
        SELF_ASSESSMENT_SENT - 4,
        "¿El Decreto 87 asigna personal o presupuesto a la Mesa? Si no, tal vez corresponda "
        "responder «En desarrollo».",
    ),
    _CommentSpec(
        "2c",
        ReportSection.KIND,
        "2c",
        REPORT_COMMENTED,
        "Falta dimensionar la población temporaria de la cosecha: ¿cuántas personas llegan por "
        "temporada y en qué condiciones viven? Es el rasgo más propio de la ciudad.",
        "Incorporamos una estimación de la Oficina de Empleo y de la Cooperativa de Productores, "
        "y una descripción de las condiciones de alojamiento. ¡Gracias por la sugerencia!",
    ),
    _CommentSpec(
        "5",
        ReportSection.KIND,
        "5",
        REPORT_COMMENTED,
        "Recordamos que la metodología pide una mirada transversal sobre mujeres, niñas y otros "
        "grupos en situación de vulnerabilidad. Sugerimos sumar un apartado.",
        "Sumamos el apartado «Mujeres, niñas y niños migrantes» en la sección 5, con los datos "
        "de la Mesa de Atención al Migrante.",
    ),
    _CommentSpec(
        "4",
        ReportSection.KIND,
        "4",
        REPORT_COMMENTED,
        "Excelente sistematización de las buenas prácticas; podrían compartirse con las demás "
        "ciudades del proyecto.",
        "¡Gracias! Con gusto las compartimos en el encuentro de ciudades.",
    ),
    _CommentSpec(
        "protocolo",
        Action.KIND,
        "salud/1/1",
        PLAN_SENT - 3,
        "Sugerimos que el Hospital Zonal firme también el protocolo, para que la derivación "
        "desde los CAPS no se corte en la guardia.",
    ),
    _CommentSpec(
        "tasas",
        Action.KIND,
        "regularizacion/2/1",
        PLAN_SENT - 4,
        "Antes de avanzar, conviene verificar con la Delegación si el convenio vigente ya "
        "permite pedir la eximición con un informe social.",
    ),
)


def _anchor_id(version: str, spec: _CommentSpec) -> str:
    if spec.anchor_kind == IndicatorAnswer.KIND:
        return IndicatorAnswer.id_for(DEMO_CITY_ID, version, spec.anchor)
    if spec.anchor_kind == ReportSection.KIND:
        section, dimension = _section(spec.anchor)
        return ReportSection.id_for(DEMO_CITY_ID, section, dimension)
    area, objective, action = spec.anchor.split("/")
    return _action_id(area, int(objective), int(action))


def _comments(clock: _Clock, questionnaire: Questionnaire) -> list[Comment]:
    indicators = {i.id for i in questionnaire.indicators()}
    comments = []
    for spec in _COMMENTS:
        if spec.anchor_kind == IndicatorAnswer.KIND and spec.anchor not in indicators:
            continue
        anchor_id = _anchor_id(questionnaire.version, spec)
        comment = Comment(
            id=_id("comment", spec.key),
            city_id=DEMO_CITY_ID,
            anchor_kind=spec.anchor_kind,
            anchor_id=anchor_id,
            author=REVIEWER,
            author_role=Role.REVIEWER,
            body=spec.body,
            created_at=clock.at(spec.days_ago, 15, 20),
        )
        comments.append(comment)
        if spec.reply:
            comments.append(
                Comment(
                    id=_id("comment", spec.key, "reply"),
                    city_id=DEMO_CITY_ID,
                    anchor_kind=spec.anchor_kind,
                    anchor_id=anchor_id,
                    author=FOCAL_POINT,
                    author_role=Role.FOCAL_POINT,
                    body=spec.reply,
                    created_at=clock.at(spec.days_ago - 7, 9, 45),
                    reply_to=comment.id,
                )
            )
    return comments


_MILESTONES = {
    Milestone.CAMPAIGN_LAUNCH: CAMPAIGN_LAUNCH,
    Milestone.RESULTS_NOTIFIED: RESULTS_NOTIFIED,
    Milestone.PHASE_1_START: PHASE_1_START,
    Milestone.PHASE_2_START: PHASE_2_START,
    Milestone.PHASE_4_START: PHASE_4_START,
    Milestone.PHASE_6_START: PHASE_6_START,
}


def _phase_dates(clock: _Clock) -> list[PhaseDate]:
    return [
        PhaseDate(
            id=PhaseDate.id_for(DEMO_CITY_ID, milestone),
            city_id=DEMO_CITY_ID,
            milestone=milestone,
            on=clock.day(days_ago),
        )
        for milestone, days_ago in _MILESTONES.items()
    ]


def _certification(clock: _Clock) -> Certification:
    return Certification(
        id=Certification.id_for(DEMO_CITY_ID),
        city_id=DEMO_CITY_ID,
        certified_on=clock.day(CERTIFIED),
        ceremony_place="Plaza principal de Santa Rosa del Cerro, frente a la Municipalidad",
        note=(
            "Sello MigraCiudades Argentina entregado en acto público, con la Intendenta, OIM, la "
            "DNM y las colectividades boliviana y paraguaya."
        ),
    )


# --- The whole file ----------------------------------------------------------------------------


def demo_records(today: date) -> list[Record]:
    """Every record of the demo city's file, as it stands on ``today``."""
    clock = _Clock(today)
    questionnaire = load_questionnaire()
    return [
        _city(),
        _application(clock),
        *_focal_points(clock),
        *_officials(clock),
        *_answers(clock, questionnaire),
        *_workshops(clock),
        *_report(clock),
        *_plan(clock),
        *_review_events(clock),
        *_comments(clock, questionnaire),
        *_phase_dates(clock),
        _certification(clock),
    ]


def _stored_today(store: Store) -> date | None:
    """The ``today`` of a demo already written, so that writing it again changes nothing."""
    launch_id = PhaseDate.id_for(DEMO_CITY_ID, Milestone.CAMPAIGN_LAUNCH)
    launch = store.get(PhaseDate, launch_id, DEMO_CITY_ID)
    return None if launch is None else launch.on + timedelta(days=CAMPAIGN_LAUNCH)


def write_demo(data_dir: Path, today: date | None = None) -> str:
    """Write the demo city into the data dir's store and return its id (``fill_demo``)."""
    from migradesk.storage.store import Store

    with Store.open(data_dir) as store:
        return fill_demo(store, today)


def fill_demo(store: Store, today: date | None = None) -> str:
    """Write the demo city into ``store`` and return its id.

    Without ``today``, a demo already in the store keeps its dates; otherwise today's date is used.
    Comments and review events are append-only: those already stored are left as they are.

    Nothing of the demo is ever queued for sending (the store never queues the demo city's
    records); what this desktop's role may not write (IOM's certification, phase dates,
    comments and answers to reviews) is stored as IOM's, as a sync would bring it.
    """
    records = demo_records(today or _stored_today(store) or date.today())
    fresh = [r for r in records if not (r.APPEND_ONLY and store.get(type(r), r.id, r.city_id))]
    role = store.role()
    theirs = [r for r in fresh if permissions.record_refusal(role, r) is not None]
    store.save_all([r for r in fresh if r not in theirs])
    store.save_as_received(theirs)
    return DEMO_CITY_ID
