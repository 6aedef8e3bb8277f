"""Fase 5 · Certificación: what certification needs, item by item, and the date IOM sets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

from migradesk.domain.application import Application
from migradesk.domain.people import FocalPoint, Official
from migradesk.domain.process import Item, ItemState, checklist
from migradesk.domain.report import ReportVersion, Workshop
from migradesk.domain.review import Certification, Comment, PhaseDate, ReviewEvent

from migradesk.ui import style
from migradesk.ui.formats import fmt_long_date
from migradesk.ui.pages import spec
from migradesk.ui.pages.base import Page
from migradesk.ui.process_labels import phrase_text
from migradesk.ui.session import Session
from migradesk.ui.style import scaled_font
from migradesk.ui.widgets.forms import Card, clear_layout, data_label, label

STATE_COLORS = {
    ItemState.MET: style.OK,
    ItemState.WAITING: style.ACCENT,
    ItemState.PENDING: style.WARN,
}


class Fase5Page(Page):
    PAGE_ID = "fase5"
    KINDS = (
        Application, FocalPoint, Official, ReviewEvent, Workshop, ReportVersion, Certification,
        Comment, PhaseDate,
    )  # fmt: skip

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.seal_card = Card(self.tr("Certificación MigraCiudades"))
        self.seal_title = label("")
        self.seal_title.setFont(scaled_font(self.seal_title, 1.5, bold=True))
        self.seal_place = data_label()
        self.seal_note = data_label("", "muted")
        self.seal_hint = label("", "muted")
        for widget in (self.seal_title, self.seal_place, self.seal_note, self.seal_hint):
            self.seal_card.body.addWidget(widget)
        self.content.addWidget(self.seal_card)

        self.list_card = Card(
            self.tr("Requisitos"),
            self.tr(
                "Lo que OIM verifica antes de certificar. Cada requisito se calcula con los datos "
                "de la ciudad; el botón lleva a la etapa donde se completa."
            ),
        )
        self.summary = label("")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(style.em(self, 0.8))
        self.progress.setAccessibleName(self.tr("Requisitos cumplidos"))
        self.list_card.body.addWidget(self.summary)
        self.list_card.body.addWidget(self.progress)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.list_card.body.addSpacing(6)
        self.list_card.body.addLayout(self.grid)
        self.content.addWidget(self.list_card)
        self.items: list[Item] = []
        self.state_labels: dict[str, QLabel] = {}
        self.go_buttons: dict[str, QPushButton] = {}
        self.finish()

    def description(self) -> str:
        return self.tr(
            "Con el plan de acción validado y todas las fases cumplidas, OIM entrega el sello "
            "MigraCiudades en un acto público. Certifica el proceso, no la calidad de las "
            "políticas."
        )

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        today = self.session.today()
        self.items = checklist(file, today)
        done = sum(i.met for i in self.items)
        self.summary.setText(
            self.tr("%1 de %2 requisitos cumplidos.")
            .replace("%1", str(done))
            .replace("%2", str(len(self.items)))
        )
        self.progress.setRange(0, len(self.items))
        self.progress.setValue(done)
        self._show_items()
        self._show_certification(done == len(self.items))

    def _show_certification(self, complete: bool) -> None:
        file = self.session.file
        assert file is not None
        certification = file.certification
        on = certification.certified_on if certification else None
        place = certification.ceremony_place if certification else ""
        note = certification.note if certification else ""
        if on is not None and on <= self.session.today():
            text = self.tr("Ciudad certificada el %1").replace("%1", fmt_long_date(on))
            color, hint = style.OK, ""
        elif on is not None:
            text = self.tr("Ceremonia de certificación: %1").replace("%1", fmt_long_date(on))
            color, hint = style.ACCENT, ""
        else:
            text = self.tr("Fecha de certificación: pendiente")
            color = style.TEXT
            hint = (
                self.tr("OIM fijará la fecha y el lugar del acto público. Los requisitos están "
                        "cumplidos.")
                if complete
                else self.tr("OIM fija la fecha y el lugar del acto cuando se cumplen todos los "
                             "requisitos.")
            )  # fmt: skip
        self.seal_title.setText(text)
        self.seal_title.setStyleSheet(f"color: {color};")
        self.seal_place.setText(self.tr("Lugar del acto: %1").replace("%1", place) if place else "")
        self.seal_place.setVisible(bool(place))
        self.seal_note.setText(note)
        self.seal_note.setVisible(bool(note))
        self.seal_hint.setText(hint)
        self.seal_hint.setVisible(bool(hint))

    def _show_items(self) -> None:
        clear_layout(self.grid)
        self.state_labels.clear()
        self.go_buttons.clear()
        words = {
            ItemState.MET: self.tr("Cumplido"),
            ItemState.WAITING: self.tr("Espera a OIM"),
            ItemState.PENDING: self.tr("Pendiente"),
        }
        for row, item in enumerate(self.items):
            state = label(words[item.state], wrap=False)
            state.setFont(scaled_font(state, 1.0, bold=True))
            state.setStyleSheet(f"color: {STATE_COLORS[item.state]};")
            state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(state, row, 0, Qt.AlignmentFlag.AlignTop)
            text = QWidget()
            column = QGridLayout(text)
            column.setContentsMargins(0, 0, 0, 0)
            column.setVerticalSpacing(0)
            title = label(phrase_text(item.title))
            column.addWidget(title, 0, 0)
            column.addWidget(data_label(phrase_text(item.detail), "muted"), 1, 0)
            self.grid.addWidget(text, row, 1)
            button = QPushButton(self.tr("Ir a %1").replace("%1", spec(item.page_id).title))
            button.clicked.connect(lambda _c=False, p=item.page_id: self.navigate.emit(p))
            if item.met:
                button.setFlat(True)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.state_labels[item.requirement.value] = state
            self.go_buttons[item.requirement.value] = button
