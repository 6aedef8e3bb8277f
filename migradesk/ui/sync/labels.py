"""Spanish labels of sync: record badges, record kinds, long-text fields, and the SyncBadge pill.

Other pages may use ``badge_text(badge)`` and place a ``SyncBadge`` next to a record; the texts
go through ``QCoreApplication.translate`` so they follow the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from migradesk.storage.status_values import Badge

from migradesk.ui import style
from migradesk.ui.i18n import QT_TRANSLATE_NOOP
from migradesk.ui.pages import spec

CONTEXT = "SyncLabels"

# (badge, text colour, background): the app's one accent plus its status colours.
_BADGE_LOOK = {
    Badge.LOCAL: (style.MUTED, "#eef1f4"),
    Badge.PENDING: (style.ACCENT, style.ACCENT_SOFT),
    Badge.SYNCED: (style.OK, style.OK_SOFT),
    Badge.CONFLICT: (style.WARN, style.WARN_SOFT),
    Badge.REJECTED: (style.DANGER, "#fbe9e7"),
}
BADGE_ORDER = (Badge.SYNCED, Badge.PENDING, Badge.LOCAL, Badge.CONFLICT, Badge.REJECTED)

KIND_LABELS = {
    "city": QT_TRANSLATE_NOOP("SyncLabels", "Datos de la ciudad"),
    "application": QT_TRANSLATE_NOOP("SyncLabels", "Formulario de inscripción"),
    "focal_point": QT_TRANSLATE_NOOP("SyncLabels", "Puntos focales"),
    "official": QT_TRANSLATE_NOOP("SyncLabels", "Personas funcionarias"),
    "indicator_answer": QT_TRANSLATE_NOOP("SyncLabels", "Respuestas de la autoevaluación"),
    "workshop": QT_TRANSLATE_NOOP("SyncLabels", "Talleres"),
    "report_section": QT_TRANSLATE_NOOP("SyncLabels", "Secciones del reporte"),
    "report_version": QT_TRANSLATE_NOOP("SyncLabels", "Versiones del reporte"),
    "priority_area": QT_TRANSLATE_NOOP("SyncLabels", "Áreas prioritarias"),
    "objective": QT_TRANSLATE_NOOP("SyncLabels", "Objetivos"),
    "action": QT_TRANSLATE_NOOP("SyncLabels", "Acciones del plan"),
    "monitoring_update": QT_TRANSLATE_NOOP("SyncLabels", "Informes de monitoreo"),
    "comment": QT_TRANSLATE_NOOP("SyncLabels", "Comentarios"),
    "review_event": QT_TRANSLATE_NOOP("SyncLabels", "Revisiones de OIM"),
    "phase_date": QT_TRANSLATE_NOOP("SyncLabels", "Fechas de las fases"),
    "certification": QT_TRANSLATE_NOOP("SyncLabels", "Certificación"),
}

# Where each kind is edited (the navigator's steps); IOM's records go with the city's data.
STEP_OF_KIND = {
    "city": "inicio",
    "application": "inscripcion",
    "focal_point": "punto_focal",
    "official": "fase1",
    "indicator_answer": "fase2",
    "workshop": "fase3",
    "report_section": "fase3",
    "report_version": "fase3",
    "priority_area": "fase4",
    "objective": "fase4",
    "action": "fase4",
    "monitoring_update": "fase6",
    "comment": "inicio",
    "review_event": "inicio",
    "phase_date": "inicio",
    "certification": "fase5",
}

# Written only by IOM's reviewers: "theirs" is then IOM's version.
IOM_KINDS = frozenset({"comment", "review_event", "phase_date", "certification"})

FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("SyncLabels", "Texto"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Notas"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "Nota"),
    "description": QT_TRANSLATE_NOOP("SyncLabels", "Descripción"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "Título"),
    "measure_description": QT_TRANSLATE_NOOP("SyncLabels", "Descripción de la medida"),
    "evidence": QT_TRANSLATE_NOOP("SyncLabels", "Evidencia"),
    "migration_context": QT_TRANSLATE_NOOP("SyncLabels", "Contexto migratorio"),
    "migration_body_description": QT_TRANSLATE_NOOP("SyncLabels", "Organismo de migración"),
    "migrant_programmes_description": QT_TRANSLATE_NOOP(
        "SyncLabels", "Programas para personas migrantes"
    ),
    "agreements_description": QT_TRANSLATE_NOOP("SyncLabels", "Convenios"),
    "systematic_measures_description": QT_TRANSLATE_NOOP("SyncLabels", "Medidas sistemáticas"),
    "emerging_demand_description": QT_TRANSLATE_NOOP("SyncLabels", "Demanda emergente"),
    # Short fields, listed with the values of a record someone else deleted.
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Nombre"),
    "post": QT_TRANSLATE_NOOP("SyncLabels", "Cargo"),
    "area": QT_TRANSLATE_NOOP("SyncLabels", "Área"),
    "email": QT_TRANSLATE_NOOP("SyncLabels", "Correo"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "Teléfono"),
    "answer": QT_TRANSLATE_NOOP("SyncLabels", "Respuesta"),
    "responsible_area": QT_TRANSLATE_NOOP("SyncLabels", "Área responsable"),
    "partners": QT_TRANSLATE_NOOP("SyncLabels", "Socios"),
    "start": QT_TRANSLATE_NOOP("SyncLabels", "Inicio"),
    "end": QT_TRANSLATE_NOOP("SyncLabels", "Fin"),
    "resources": QT_TRANSLATE_NOOP("SyncLabels", "Recursos"),
    "indicator": QT_TRANSLATE_NOOP("SyncLabels", "Indicador"),
    "target": QT_TRANSLATE_NOOP("SyncLabels", "Meta"),
    "place": QT_TRANSLATE_NOOP("SyncLabels", "Lugar"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Estado"),
}
# Internal links and ordering: not shown among a deleted record's values.
HIDDEN_FIELDS = frozenset({"position", "questionnaire_version"})


def badge_text(badge: Badge) -> str:
    """The badge's label in the interface language ("guardado localmente", "por enviar"…)."""
    texts = {
        Badge.LOCAL: QCoreApplication.translate("SyncLabels", "guardado localmente"),
        Badge.PENDING: QCoreApplication.translate("SyncLabels", "por enviar"),
        Badge.SYNCED: QCoreApplication.translate("SyncLabels", "sincronizado"),
        Badge.CONFLICT: QCoreApplication.translate("SyncLabels", "en conflicto"),
        Badge.REJECTED: QCoreApplication.translate("SyncLabels", "rechazado"),
    }
    return texts[badge]


def badge_tip(badge: Badge) -> str:
    tips = {
        Badge.LOCAL: QCoreApplication.translate(
            "SyncLabels", "Guardado en este equipo; todavía no llegó al servidor."
        ),
        Badge.PENDING: QCoreApplication.translate(
            "SyncLabels", "Tiene cambios guardados en este equipo que se enviarán al sincronizar."
        ),
        Badge.SYNCED: QCoreApplication.translate(
            "SyncLabels", "Igual en este equipo y en el servidor."
        ),
        Badge.CONFLICT: QCoreApplication.translate(
            "SyncLabels",
            "Otra persona cambió el mismo texto o eliminó el registro: elija qué conservar en "
            "Sincronización.",
        ),
        Badge.REJECTED: QCoreApplication.translate(
            "SyncLabels", "El servidor no aceptó un cambio; vea el motivo en Sincronización."
        ),
    }
    return tips[badge]


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source else kind


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return QCoreApplication.translate(CONTEXT, source) if source else field


def step_title(kind: str) -> str:
    return spec(STEP_OF_KIND.get(kind, "inicio")).title


def badge_colors(badge: Badge) -> tuple[str, str]:
    return _BADGE_LOOK[badge]


def badge_icon(badge: Badge, size: int) -> QIcon:
    """A small mark for a list's row: the warning icon for a conflict or a rejection, else a
    dot in the badge's colour (the text is the row's tooltip)."""
    if badge in (Badge.CONFLICT, Badge.REJECTED):
        return style.icon("warning")
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(badge_colors(badge)[0]))
    painter.setBrush(QColor(badge_colors(badge)[1]))
    inset = size // 4
    painter.drawEllipse(inset, inset, size - 2 * inset - 1, size - 2 * inset - 1)
    painter.end()
    return QIcon(pixmap)


class SyncBadge(QLabel):
    """A small pill with a record's sync state; ``set_badge(None)`` hides it."""

    def __init__(self, badge: Badge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBadge")
        self.badge: Badge | None = None
        self.set_badge(badge)

    def set_badge(self, badge: Badge | None) -> None:
        self.badge = badge
        self.setVisible(badge is not None)
        if badge is None:
            return
        color, background = _BADGE_LOOK[badge]
        self.setText(badge_text(badge))
        self.setToolTip(badge_tip(badge))
        pad = max(2, style.em(self, 0.5))
        self.setStyleSheet(
            f"QLabel#syncBadge {{ color: {color}; background: {background};"
            f" border: 1px solid {color}; border-radius: {pad + 3}px; padding: 1px {pad}px; }}"
        )

    def retranslate(self) -> None:
        self.set_badge(self.badge)
