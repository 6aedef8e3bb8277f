"""Labels and colours of the action plan's enums (status of an action, origin of an area)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from migradesk.domain.plan import ActionStatus, AreaSource
from migradesk.domain.plan_figures import STATUS_LABELS

from migradesk.ui import style
from migradesk.ui.i18n import QT_TRANSLATE_NOOP

# The core's status names (domain.plan_figures.STATUS_LABELS), declared for lupdate only
# (tests/ui/test_translations.py checks that they are the same).
STATUS_SOURCES = (
    QT_TRANSLATE_NOOP("plan", "Sin iniciar"),
    QT_TRANSLATE_NOOP("plan", "En curso"),
    QT_TRANSLATE_NOOP("plan", "Completada"),
    QT_TRANSLATE_NOOP("plan", "Demorada"),
    QT_TRANSLATE_NOOP("plan", "Cancelada"),
)

STATUS_COLORS: dict[ActionStatus, str] = {
    ActionStatus.NOT_STARTED: style.MUTED,
    ActionStatus.IN_PROGRESS: style.ACCENT,
    ActionStatus.DONE: style.OK,
    ActionStatus.DELAYED: style.WARN,
    ActionStatus.CANCELLED: style.MUTED,
}

SOURCE_LABELS: dict[AreaSource, str] = {
    AreaSource.REPORT: QT_TRANSLATE_NOOP("plan", "Reporte"),
    AreaSource.GAP: QT_TRANSLATE_NOOP("plan", "Autoevaluación"),
    AreaSource.OTHER: QT_TRANSLATE_NOOP("plan", "Propia"),
}


def status_label(status: ActionStatus | None) -> str:
    """A status's name in the interface language (None: not started)."""
    return QCoreApplication.translate("plan", STATUS_LABELS[status or ActionStatus.NOT_STARTED])


def source_label(source: AreaSource) -> str:
    return QCoreApplication.translate("plan", SOURCE_LABELS[source])
