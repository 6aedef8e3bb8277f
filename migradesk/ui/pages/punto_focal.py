"""Punto focal: the current focal point, the history, and the non-modal replacement flow."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from migradesk.domain.base import DomainError, Record
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import FocalPoint, Official, next_term, replace_focal_point

from migradesk.ui import pdf_bridge, validators
from migradesk.ui.formats import fmt_date
from migradesk.ui.pages.base import Page
from migradesk.ui.session import Session
from migradesk.ui.undo import SaveRecordsCommand
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import Banner, BannerButton, Card, add_row, label
from migradesk.ui.widgets.table_fit import fit_columns, when_columns_settle

REASON = 4  # the history's column of free text: it stretches and wraps


class PuntoFocalPage(Page):
    PAGE_ID = "punto_focal"
    KINDS = (FocalPoint, Official)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.finish()

    def parts(self) -> Iterator[None]:
        self.notice = Banner()
        self.content.addWidget(self.notice)
        self._current_card()
        yield
        self._replacement_card()
        yield
        self._history_card()

    def description(self) -> str:
        return self.tr(
            "La persona que el/la intendente/a designó como responsable de la certificación. Si "
            "deja el cargo, registre aquí a quien la reemplaza: el trabajo de la ciudad continúa."
        )

    # Current focal point: edited in place, autosaved

    def _current_card(self) -> None:
        self.current = Card(self.tr("Punto Focal actual"))
        self.since_label = label("", "muted")
        self.current.body.addWidget(self.since_label)
        b = self.bind(FocalPoint, lambda f: f.focal_point, label_text=self.tr("punto focal"))
        self.fields: dict[str, QLineEdit] = {}
        for name, caption, check in (
            ("name", self.tr("Nombre y apellido"), validators.required),
            ("post", self.tr("Cargo"), None),
            ("area", self.tr("Área o secretaría"), None),
            ("email", self.tr("Correo electrónico"), validators.email),
            ("phone", self.tr("Teléfono"), validators.phone),
        ):
            editor = QLineEdit()
            b.text(name, editor, check, add_row(self.current.form, caption, editor))
            self.fields[name] = editor
        self.content.addWidget(self.current)

    # Replacement (or first designation), inline

    def _replacement_card(self) -> None:
        card = Card(self.tr("Reemplazar al Punto Focal"))
        self.replace_intro = label(
            self.tr(
                "Cuando el Punto Focal deja el cargo (fin de funciones, cambio de gestión, "
                "reestructuración), el/la intendente/a envía a OIM una nota que nombra a la nueva "
                "persona con su cargo y contacto."
            ),
            "muted",
        )
        card.body.addWidget(self.replace_intro)
        self.open_button = QPushButton(self.tr("Reemplazar al Punto Focal…"))
        self.open_button.clicked.connect(lambda: self.show_form(True))
        self.letter_button = QPushButton(self.tr("Exportar nota de sustitución para firmar…"))
        self.letter_button.clicked.connect(self.export_letter)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.letter_button)
        row.addStretch(1)
        card.body.addLayout(row)

        self.form_widget = QWidget()
        form_card = Card("")  # layout helper only
        form_card.title.setVisible(False)
        form = form_card.form
        self.new: dict[str, QLineEdit] = {}
        for name, caption in (
            ("name", self.tr("Nombre y apellido de la nueva persona")),
            ("post", self.tr("Cargo")),
            ("area", self.tr("Área o secretaría")),
            ("email", self.tr("Correo electrónico")),
            ("phone", self.tr("Teléfono")),
        ):
            editor = QLineEdit()
            self.new[name] = editor
            add_row(form, caption, editor)
        self.on_date = DateEdit()
        self.on_date_error = add_row(form, self.tr("Fecha del reemplazo"), self.on_date)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                self.tr("Fin de sus funciones"),
                self.tr("Cambio de gestión"),
                self.tr("Reestructuración del municipio"),
            ]
        )
        self.reason.setCurrentIndex(-1)
        reason_line = self.reason.lineEdit()
        assert reason_line is not None  # an editable combo box has one
        reason_line.setPlaceholderText(self.tr("Elija o escriba el motivo"))
        self.reason_error = add_row(form, self.tr("Motivo"), self.reason)
        self.letter_date = DateEdit()
        add_row(
            form,
            self.tr("Nota del/de la intendente/a"),
            self.letter_date,
            self.tr("Fecha de la nota que nombra a la nueva persona (si ya la firmó)."),
        )
        self.enrol = QCheckBox(self.tr("Inscribirla en la capacitación de la Fase 1"))
        self.enrol.setChecked(True)
        form.addRow("", self.enrol)
        self.form_error = label("", "error")
        self.form_error.setVisible(False)
        form_card.body.addWidget(self.form_error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Registrar el reemplazo"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.register_replacement)
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.clicked.connect(lambda: self.show_form(False))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        form_card.body.addLayout(buttons)
        form_card.setObjectName("")
        card.body.addWidget(form_card)
        self.form_card = form_card
        self.form_card.setVisible(False)
        self.content.addWidget(card)
        self.replacement = card

    def show_form(self, visible: bool) -> None:
        self.form_card.setVisible(visible)
        self.open_button.setVisible(not visible)
        if visible:
            for editor in self.new.values():
                editor.clear()
            self.on_date.set_date(self.session.today())
            self.letter_date.set_date(None)
            self.reason.setCurrentIndex(-1)
            self.reason.setEditText("")
            self.form_error.setVisible(False)
            self.new["name"].setFocus()

    def register_replacement(self) -> None:
        file = self.session.file
        assert file is not None
        problems = []
        name = self.new["name"].text().strip()
        if not name:
            problems.append(self.tr("Escriba el nombre de la nueva persona."))
        for field, check in (("email", validators.email), ("phone", validators.phone)):
            message = check(self.new[field].text())
            if message:
                problems.append(message)
        try:
            on = self.on_date.date()
            letter_on = self.letter_date.date()
        except ValueError as exc:
            problems.append(str(exc))
            on = letter_on = None
        if on is None and not problems:
            problems.append(self.tr("Indique la fecha del reemplazo."))
        current = file.focal_point
        reason = self.reason.currentText().strip()
        if current is not None and not reason:
            problems.append(self.tr("Indique el motivo del reemplazo."))
        if problems:
            return self._fail(problems)
        assert on is not None
        successor = next_term(  # replace_focal_point makes it the current one's successor
            file.city.id,
            file.focal_point_history,
            name=name,
            **{f: self.new[f].text().strip() for f in ("post", "area", "email", "phone")},
            since=on,
            substitution_letter_on=letter_on,
        )
        before: list[Record | None]
        after: list[Record]
        if current is None:
            before, after = [None], [successor]
        else:
            try:
                ended, started = replace_focal_point(current, successor, on, reason)
            except DomainError as exc:
                return self._fail([str(exc)])
            before, after = [current, None], [ended, started]
        extra_before: list[Record | None] = []
        extra_after: list[Record] = []
        if self.enrol.isChecked():
            extra_before, extra_after = self._enrolment(file, successor)
        text = self.tr("Reemplazar al Punto Focal")
        self.session.undo_stack.push(
            SaveRecordsCommand(self.session, before + extra_before, after + extra_after, text, self)
        )
        self.show_form(False)
        self.notice.show_text(
            self.tr(
                "Se registró a %1 como Punto Focal desde el %2. Todo el trabajo de la ciudad "
                "sigue disponible."
            )
            .replace("%1", name)
            .replace("%2", fmt_date(on)),
            "ok",
            [
                BannerButton(self.tr("Exportar la nota para firmar…"), self.export_letter, True),
                BannerButton(self.tr("Cerrar"), lambda: None),
            ]
            if current is not None
            else [],
        )

    def export_letter(self) -> None:
        """The mayor's note naming the new focal point (the window asks where and writes it)."""
        self.export_requested.emit("focal-point-change")

    def _enrolment(
        self, file: CityFile, successor: FocalPoint
    ) -> tuple[list[Record | None], list[Record]]:
        before: list[Record | None] = []
        after: list[Record] = []
        for official in file.officials:
            if official.is_focal_point:
                before.append(official)
                after.append(dataclasses.replace(official, is_focal_point=False))
        newcomer = Official(
            city_id=file.city.id,
            name=successor.name,
            post=successor.post,
            area=successor.area,
            email=successor.email,
            phone=successor.phone,
            is_focal_point=True,
            enrolled_on=successor.since,
        )
        return [*before, None], [*after, newcomer]

    def _fail(self, problems: list[str]) -> None:
        self.form_error.setText("\n".join(problems))
        self.form_error.setVisible(True)

    # History

    def _history_card(self) -> None:
        card = Card(self.tr("Historial"))
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                self.tr("Nombre"),
                self.tr("Cargo"),
                self.tr("Desde"),
                self.tr("Hasta"),
                self.tr("Motivo"),
            ]
        )
        self.history.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The reason (free text) takes the width left and wraps; never wider than the card.
        fit_columns(self.history, REASON, nowrap=(2, 3))
        when_columns_settle(self.history.header(), self._fit_rows)  # the tree's height
        card.body.addWidget(self.history)
        self.content.addWidget(card)

    def badge_ids(self) -> tuple[str, ...]:
        focal_point = self.session.file.focal_point if self.session.file else None
        return (focal_point.id,) if focal_point is not None else ()

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        current = file.focal_point
        has_current = current is not None
        for editor in self.fields.values():
            editor.setEnabled(has_current)
        if current is None:
            self.since_label.setText(self.tr("Todavía no hay un Punto Focal registrado."))
            self.replacement.title.setText(self.tr("Designar al Punto Focal"))
            self.open_button.setText(self.tr("Designar al Punto Focal…"))
        else:
            since = fmt_date(current.since) if current.since else self.tr("fecha sin registrar")
            text = self.tr("En funciones desde el %1.").replace("%1", since)
            if current.substitution_letter_on:
                text += " " + self.tr("Nota de designación del %1.").replace(
                    "%1", fmt_date(current.substitution_letter_on)
                )
            self.since_label.setText(text)
            self.replacement.title.setText(self.tr("Reemplazar al Punto Focal"))
            self.open_button.setText(self.tr("Reemplazar al Punto Focal…"))
        self.reason.setEnabled(has_current)
        replaced = pdf_bridge.step_document(self.PAGE_ID, file) == "focal-point-change"
        self.letter_button.setEnabled(replaced)
        self.letter_button.setToolTip(
            ""
            if replaced
            else self.tr("Disponible cuando se registra el reemplazo de un Punto Focal.")
        )
        self.history.clear()
        for person in reversed(file.focal_point_history):
            item = QTreeWidgetItem(
                [
                    person.name,
                    person.post,
                    fmt_date(person.since),
                    fmt_date(person.until) if person.until else self.tr("actual"),
                    person.reason_for_leaving,
                ]
            )
            self.history.addTopLevelItem(item)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The history shows every row (the page scrolls, not the tree); its rows are as high
        as their wrapped text (table_fit)."""
        history = self.history
        history.doItemsLayout()
        rows = (history.topLevelItem(row) for row in range(history.topLevelItemCount()))
        total = sum(history.visualItemRect(item).height() for item in rows if item is not None)
        least = self.fontMetrics().height() * 2
        height = history.header().sizeHint().height() + max(total, least)
        history.setFixedHeight(height + 2 * history.frameWidth() + 2)
