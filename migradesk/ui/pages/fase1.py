"""Fase 1 · Capacitación: officials enrolled, the 2-week window, course progress, gender balance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from migradesk.domain import process
from migradesk.domain.base import new_id
from migradesk.domain.calendar import COURSE_WEEKS, ENROLMENT_WEEKS, Step
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import COURSE_STEPS, Gender, Official

from migradesk.ui import validators
from migradesk.ui.formats import fmt_date
from migradesk.ui.pages.base import Page
from migradesk.ui.pages.fase1_model import (
    GENDER_LABELS,
    STEP_LABELS,
    IdRole,
    OfficialsModel,
    gender_label,
)
from migradesk.ui.session import Session
from migradesk.ui.undo import DeleteRecordCommand
from migradesk.ui.widgets.balance import BalanceBar
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import Card, add_row, choice_combo, label, new_form
from migradesk.ui.widgets.table_fit import fit_columns

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class Fase1Page(Page):
    PAGE_ID = "fase1"
    KINDS = (Official, "phase_date")
    MAX_WIDTH_EM = 85.0

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.selected_id: str | None = None
        self._new_id: str | None = None
        self.finish()

    def parts(self) -> Iterator[None]:
        window = Card(self.tr("Plazos"))
        self.enrolment_text = label("")
        self.course_text = label("")
        window.body.addWidget(self.enrolment_text)
        window.body.addWidget(self.course_text)
        window.body.addWidget(
            label(
                self.tr(
                    "Prefiera personas con poder de decisión y cuide la diversidad de género. "
                    "El curso es obligatorio para el Punto Focal; para pasar a la Fase 2, todas "
                    "las personas inscriptas deben completarlo."
                ),
                "muted",
            )
        )
        self.balance = BalanceBar()
        self.balance_text = label("")
        window.body.addWidget(self.balance)
        window.body.addWidget(self.balance_text)
        self.content.addWidget(window)
        yield

        people = Card(self.tr("Personas inscriptas"))
        self.model = OfficialsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Names and posts take the width left; rows as tall as their wrapped text.
        fit_columns(self.table, 1, nowrap=(3,), fit_rows=self._fit_rows)
        people.body.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Agregar persona"))
        self.add_button.clicked.connect(self.add_official)
        self.remove_button = QPushButton(self.tr("Quitar de la capacitación"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        people.body.addLayout(buttons)
        self.content.addWidget(people)
        yield

        self.detail = Card(self.tr("Datos y avance"))
        yield from self._build_detail()
        self.content.addWidget(self.detail)

    def description(self) -> str:
        return self.tr(
            "Curso virtual autoadministrado de 4 módulos, con un cuestionario inicial y uno "
            "final. Registre quiénes lo hacen y cómo avanzan."
        )

    # Detail editor (autosaved, bound to the selected person)

    def _build_detail(self) -> Iterator[None]:
        b = self.bind(Official, self._selected, self._create, self.tr("persona funcionaria"))
        self.binder = b
        columns = QHBoxLayout()
        columns.setSpacing(24)
        data_form, course_form = new_form(), new_form()
        self.inputs: dict[str, QWidget] = {}
        for name, caption, check in (
            ("name", self.tr("Nombre y apellido"), validators.required),
            ("post", self.tr("Cargo"), None),
            ("area", self.tr("Área"), None),
            ("email", self.tr("Correo electrónico"), validators.email),
            ("phone", self.tr("Teléfono"), validators.phone),
        ):
            editor = QLineEdit()
            b.text(name, editor, check, add_row(data_form, caption, editor))
            self.inputs[name] = editor
        genders: list[tuple[str, object]] = [(self.tr("Sin indicar"), None)]
        genders += [(gender_label(g), g) for g in GENDER_LABELS]
        self.gender = choice_combo(genders)
        b.choice("gender", self.gender)
        add_row(data_form, self.tr("Género"), self.gender)
        self.inputs["gender"] = self.gender
        self.is_focal_point = QCheckBox(self.tr("Es el Punto Focal"))
        b.check("is_focal_point", self.is_focal_point)
        data_form.addRow("", self.is_focal_point)
        yield
        for name, caption in [("enrolled_on", self.tr("Fecha de inscripción"))] + [
            (step, translate("fase1", STEP_LABELS[step])) for step in COURSE_STEPS
        ]:
            date_editor = DateEdit()
            target = data_form if name == "enrolled_on" else course_form
            b.date(
                name,
                date_editor,
                validators.not_after(self.session.today),
                add_row(target, caption, date_editor),
            )
            self.inputs[name] = date_editor
        columns.addLayout(data_form, 3)
        course_box = Card(self.tr("Curso: fecha en que completó cada parte"))
        course_box.body.addLayout(course_form)
        columns.addWidget(course_box, 2)
        self.detail_editors = QWidget()
        self.detail_editors.setLayout(columns)
        columns.setContentsMargins(0, 0, 0, 0)
        self.detail.body.addWidget(self.detail_editors)
        self.empty_detail = label(
            self.tr("Elija una persona de la lista o agregue una nueva."), "muted"
        )
        self.detail.body.addWidget(self.empty_detail)

    def _selected(self, file: CityFile) -> Official | None:
        return next((o for o in file.all(Official) if o.id == self.selected_id), None)

    def _create(self, file: CityFile) -> Official:
        return Official(
            id=self.selected_id or new_id(), city_id=file.city.id, name="",
            enrolled_on=self.session.today(),
        )  # fmt: skip

    def add_official(self) -> None:
        self.binder.flush()
        self.table.clearSelection()
        self.selected_id = new_id()
        self.binder.load()
        self.inputs["enrolled_on"].set_date(self.session.today())  # type: ignore[attr-defined]
        self.binder.mark_edited("enrolled_on")
        self._show_detail(True)
        self.inputs["name"].setFocus()

    def remove_selected(self) -> None:
        file = self.session.file
        official = self._selected(file) if file else None
        if official is None:
            return
        text = self.tr("Quitar a %1").replace("%1", official.name)
        self.session.undo_stack.push(DeleteRecordCommand(self.session, official, text))
        self.selected_id = None
        self._show_detail(False)

    def select(self, official_id: str) -> None:
        row = self.model.row_of(official_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.binder.flush()
        self.selected_id = indexes[0].data(IdRole)
        self.binder.load()
        self._show_detail(True)

    def _show_detail(self, visible: bool) -> None:
        self.detail_editors.setVisible(visible)
        self.remove_button.setEnabled(visible and self.selected_id is not None)
        self.empty_detail.setVisible(not visible)

    # Refresh

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        today = self.session.today()
        deadlines = {d.step: d for d in process.deadlines(file, today)}
        enrolment, course = deadlines.get(Step.ENROLMENT), deadlines.get(Step.COURSE)
        if enrolment is None:
            self.enrolment_text.setText(
                self.tr(
                    "La inscripción dura %1 semanas desde la confirmación; la fecha de inicio "
                    "aún no está fijada."
                ).replace("%1", str(ENROLMENT_WEEKS))
            )
        else:
            self.enrolment_text.setText(
                self.tr("Inscripción de personas funcionarias: del %1 al %2 (%3).")
                .replace("%1", fmt_date(enrolment.opens))
                .replace("%2", fmt_date(enrolment.due))
                .replace("%3", self._days_text(enrolment.due, today))
            )
        if course is None:
            self.course_text.setText(
                self.tr("Curso: %1 semanas después de la inscripción.").replace(
                    "%1", str(COURSE_WEEKS)
                )
            )
        else:
            self.course_text.setText(
                self.tr("Curso: del %1 al %2 (%3).")
                .replace("%1", fmt_date(course.opens))
                .replace("%2", fmt_date(course.due))
                .replace("%3", self._days_text(course.due, today))
            )
        self.model.set_course(process.course(file, today), today)
        self._fit_rows()
        counts = Counter(o.gender for o in file.officials)
        parts = [(gender_label(g), counts[g]) for g in Gender if counts[g]] + (
            [(self.tr("Sin indicar"), counts[None])] if counts[None] else []
        )
        self.balance.set_counts(parts)
        total = len(file.officials)
        summary = " · ".join(f"{text}: {n}" for text, n in parts)
        if total:
            text = self.tr("%1 personas inscriptas · %2").replace("%1", str(total))
            self.balance_text.setText(text.replace("%2", summary))
        else:
            self.balance_text.setText(self.tr("Todavía no hay personas inscriptas."))
        self.balance.setVisible(bool(total))
        row = self.model.row_of(self.selected_id) if self.selected_id else -1
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)
        self._show_detail(self.selected_id is not None)  # or a new person, not saved yet

    def row_air(self) -> int:
        return self.fontMetrics().height() // 2

    def _fit_rows(self) -> None:
        """Each row as tall as its text wrapped at the current widths; the table shows them all
        (the page scrolls, not the table)."""
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):  # half a line of air: two-line rows breathe
            self.table.setRowHeight(row, self.table.rowHeight(row) + self.row_air())
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + max(rows, self.fontMetrics().height() * 3) + 4)

    def _days_text(self, due: date, today: date) -> str:
        days = (due - today).days
        if days < 0:
            return self.tr("cerrado")
        if days == 0:
            return self.tr("vence hoy")
        return self.tr("faltan %1 días").replace("%1", str(days))
