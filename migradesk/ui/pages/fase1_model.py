"""The officials enrolled in Phase 1 as a Qt table model (read from the session's file)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from migradesk.domain.people import COURSE_STEPS, Gender, Official
from migradesk.domain.process.course import Course, CourseState, Participant

from migradesk.ui import style
from migradesk.ui.formats import fmt_date
from migradesk.ui.i18n import QT_TRANSLATE_NOOP


def gender_label(gender: Gender) -> str:
    """A gender in the interface language (declared in the "fase1" context below)."""
    return QCoreApplication.translate("fase1", GENDER_LABELS[gender])


GENDER_LABELS = {
    Gender.WOMAN: QT_TRANSLATE_NOOP("fase1", "Mujer"),
    Gender.MAN: QT_TRANSLATE_NOOP("fase1", "Varón"),
    Gender.NON_BINARY: QT_TRANSLATE_NOOP("fase1", "No binario"),
    Gender.OTHER: QT_TRANSLATE_NOOP("fase1", "Otro"),
    Gender.UNDISCLOSED: QT_TRANSLATE_NOOP("fase1", "Prefiere no decir"),
}
STEP_LABELS = {
    "initial_questionnaire": QT_TRANSLATE_NOOP("fase1", "Cuestionario inicial"),
    "module_1": QT_TRANSLATE_NOOP("fase1", "Módulo 1"),
    "module_2": QT_TRANSLATE_NOOP("fase1", "Módulo 2"),
    "module_3": QT_TRANSLATE_NOOP("fase1", "Módulo 3"),
    "module_4": QT_TRANSLATE_NOOP("fase1", "Módulo 4"),
    "final_questionnaire": QT_TRANSLATE_NOOP("fase1", "Cuestionario final"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("fase1", "Nombre"),
    QT_TRANSLATE_NOOP("fase1", "Cargo"),
    QT_TRANSLATE_NOOP("fase1", "Género"),
    QT_TRANSLATE_NOOP("fase1", "Inscripción"),
    QT_TRANSLATE_NOOP("fase1", "Avance del curso"),
    QT_TRANSLATE_NOOP("fase1", "Plazo del curso"),
)
IdRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2


class OfficialsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.officials: list[Official] = []
        self.people: list[Participant] = []
        self.today = date.today()

    def set_course(self, course: Course, today: date) -> None:
        """The enrolled people with each one's deadline and state (the process model's)."""
        self.beginResetModel()
        self.people = list(course.participants)
        self.officials = [p.official for p in self.people]
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.officials)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("fase1", COLUMNS[section])
        return None

    def row_of(self, official_id: str) -> int:
        return next((i for i, o in enumerate(self.officials) if o.id == official_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        official = self.officials[index.row()]
        column = index.column()
        if role == IdRole:
            return official.id
        if role == ProgressRole:
            return official.steps_done
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            lines = []
            for step in COURSE_STEPS:
                name = QCoreApplication.translate("fase1", STEP_LABELS[step])
                lines.append(f"{name}: {fmt_date(getattr(official, step)) or '—'}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            state = self.people[index.row()].state
            if state is CourseState.EXPIRED:
                return QColor(style.DANGER)
            return QColor(style.OK) if state is CourseState.COMPLETED else None
        return None

    def _text(self, row: int, column: int) -> str:
        person = self.people[row]
        official = person.official
        if column == 0:
            suffix = (
                QCoreApplication.translate("fase1", " (Punto Focal)")
                if official.is_focal_point
                else ""
            )
            return official.name + suffix
        if column == 1:
            return official.post
        if column == 2:
            return gender_label(official.gender) if official.gender else "—"
        if column == 3:
            return fmt_date(official.enrolled_on)
        if column == 4:
            return (
                QCoreApplication.translate("fase1", "%1 de %2")
                .replace("%1", str(official.steps_done))
                .replace("%2", str(len(COURSE_STEPS)))
            )
        if person.state is CourseState.COMPLETED:
            return QCoreApplication.translate("fase1", "completo")
        due = person.due
        if due is None:
            return "—"
        days = (due - self.today).days
        if person.state is CourseState.EXPIRED:
            return QCoreApplication.translate("fase1", "venció el %1").replace("%1", fmt_date(due))
        return (
            QCoreApplication.translate("fase1", "%1 · faltan %2 días")
            .replace("%1", fmt_date(due))
            .replace("%2", str(days))
        )
