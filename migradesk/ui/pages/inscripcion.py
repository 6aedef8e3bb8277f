"""Inscripción: the registration form (sections 1 and 2) and the letter of intent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from migradesk.domain.application import Application, Presence
from migradesk.domain.calendar import APPLICATION_WEEKS, CONFIRMATION_BUSINESS_DAYS
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import FocalPoint, next_term
from migradesk.domain.process.reviews import LOCKED
from migradesk.domain.review import Deliverable, ReviewEvent

from migradesk.ui import validators
from migradesk.ui.autosave import Binder, Validator
from migradesk.ui.pages.base import Page
from migradesk.ui.session import Session
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import (
    Banner,
    Card,
    ConfirmBar,
    GrowingText,
    add_row,
    choice_combo,
    multiline,
    set_editable,
)
from migradesk.ui.widgets.sending import Sender


def _new_application(file: CityFile) -> Application:
    return Application(id=Application.id_for(file.city.id), city_id=file.city.id)


class InscripcionPage(Page):
    PAGE_ID = "inscripcion"
    KINDS = (Application, City, FocalPoint, ReviewEvent)
    sending: Sender  # built in parts(), used by callbacks connected before it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.editors: list[QWidget] = []
        self.inputs: dict[str, QWidget] = {}  # "kind.field" → editor (tests use it too)
        self.finish()

    def parts(self) -> Iterator[None]:
        self.banner = Banner()
        self.content.addWidget(self.banner)
        city = self.bind(City, lambda f: f.city, label_text=self.tr("gobierno local"))
        application = self.bind(
            Application, lambda f: f.application, _new_application, self.tr("inscripción")
        )
        focal_point = self.bind(
            FocalPoint, lambda f: f.focal_point, self._new_focal_point, self.tr("punto focal")
        )
        self._city_card(city)
        self._section_1(application)
        yield
        self._section_2(application)
        yield
        self._letter(application, focal_point)
        self._sending(application)

    def description(self) -> str:
        return self.tr(
            "Formulario de inscripción y carta de intención. Se completa en las %1 semanas de la "
            "convocatoria; todo se guarda solo, en este equipo."
        ).replace("%1", str(APPLICATION_WEEKS))

    # Building

    def _field(
        self,
        card: Card,
        binder: Binder[Any],
        name: str,
        caption: str,
        kind: str = "text",
        validate: Validator | None = None,
        hint: str = "",
        placeholder: str = "",
    ) -> QWidget:
        """One labelled editor bound to ``name``; kind: text, long, int, number or date."""
        editor: QWidget
        if kind == "date":
            editor = DateEdit()
        elif kind == "long":
            editor = multiline(5)
        elif kind == "text":  # grows to show a long answer whole (locked too)
            editor = GrowingText()
            editor.setPlaceholderText(placeholder)
        else:
            editor = QLineEdit()
            editor.setPlaceholderText(placeholder)
        error = add_row(card.form, caption, editor, hint)
        if isinstance(editor, DateEdit):
            binder.date(name, editor, validate, error)
        elif isinstance(editor, QLineEdit) and kind in ("int", "number"):
            (binder.integer if kind == "int" else binder.number)(name, editor, validate, error)
        else:
            assert isinstance(editor, QLineEdit | QPlainTextEdit)
            binder.text(name, editor, validate, error)
        self.editors.append(editor)
        self.inputs[f"{binder.kind.KIND}.{name}"] = editor
        return editor

    def _city_card(self, b: Binder[City]) -> None:
        card = Card(
            self.tr("Gobierno local"),
            self.tr("Datos del registro de gobiernos locales. Corríjalos si no son correctos."),
        )
        self._field(card, b, "name", self.tr("Nombre"), validate=validators.required)
        self._field(
            card, b, "government_type", self.tr("Tipo de gobierno local"),
            placeholder=self.tr("Municipio, Comuna, Comisión de fomento…"),
        )  # fmt: skip
        self._field(card, b, "department", self.tr("Departamento o partido"))
        self._field(card, b, "population_2010", self.tr("Población (Censo 2010)"), "int")
        self._field(
            card, b, "foreign_born_2010", self.tr("Nacidos en el extranjero (Censo 2010)"), "int"
        )
        for name, text in (
            ("is_border", self.tr("Es ciudad fronteriza")),
            ("is_department_head", self.tr("Es cabecera de departamento")),
        ):
            box = QCheckBox(text)
            b.check(name, box)
            card.form.addRow("", box)
            self.editors.append(box)
        self.content.addWidget(card)

    def _section_1(self, b: Binder[Application]) -> None:
        card = Card(self.tr("Sección 1 · Características generales de la ciudad"))
        self._field(card, b, "current_population", self.tr("Población actual estimada"), "int")
        self._field(card, b, "area_km2", self.tr("Superficie (km²)"), "number")
        self._field(
            card, b, "migrant_population_estimate", self.tr("Población migrante estimada"), "int"
        )
        self._field(
            card, b, "main_origin_countries", self.tr("Principales países de origen"),
            placeholder=self.tr("Bolivia, Paraguay, Perú…"),
        )  # fmt: skip
        self._field(
            card, b, "main_economic_activities", self.tr("Principales actividades económicas")
        )
        self._field(card, b, "municipal_address", self.tr("Dirección del municipio"))
        self._field(card, b, "municipal_phone", self.tr("Teléfono"), validate=validators.phone)
        self._field(
            card, b, "municipal_email", self.tr("Correo electrónico"),
            validate=validators.email, placeholder=self.tr("nombre@municipio.gob.ar"),
        )  # fmt: skip
        self._field(card, b, "municipal_website", self.tr("Sitio web"), validate=validators.website)
        self._field(
            card, b, "migration_context", self.tr("Contexto migratorio"), "long",
            hint=self.tr("Quiénes llegan, desde cuándo, a qué barrios, con qué necesidades."),
        )  # fmt: skip
        self.content.addWidget(card)

    def _section_2(self, b: Binder[Application]) -> None:
        card = Card(
            self.tr("Sección 2 · Decisiones de política migratoria"),
            self.tr(
                "Lo que la ciudad hizo y hace hoy. Las ciudades sin estructuras o con estructuras "
                "incipientes también pueden inscribirse."
            ),
        )
        presence: list[tuple[str, object]] = [
            (self.tr("Sin responder"), None),
            (self.tr("No existe"), Presence.NONE),
            (self.tr("Incipiente"), Presence.INCIPIENT),
            (self.tr("Consolidada"), Presence.ESTABLISHED),
        ]
        yes_no: list[tuple[str, object]] = [
            (self.tr("Sin responder"), None),
            (self.tr("Sí"), True),
            (self.tr("No"), False),
        ]
        rows = (
            ("migration_body", presence, self.tr(
                "Área o persona responsable de la política migratoria local")),
            ("migrant_programmes", presence, self.tr(
                "Programas locales específicos para personas migrantes")),
            ("agreements", presence, self.tr(
                "Convenios con otros niveles de gobierno, organismos internacionales u ONG")),
            ("systematic_measures_last_two_years", yes_no, self.tr(
                "Medidas sistemáticas para personas migrantes en los últimos dos años")),
            ("emerging_demand", yes_no, self.tr(
                "Situaciones que demandan un área migratoria que hoy no existe")),
        )  # fmt: skip
        for name, items, caption in rows:
            combo = choice_combo(items)
            b.choice(name, combo)
            add_row(card.form, caption, combo)
            description = multiline(3)
            description.setPlaceholderText(self.tr("Descríbalo brevemente"))
            field = name.removesuffix("_last_two_years") + "_description"
            b.text(field, description)
            card.form.addRow("", description)
            self.editors += [combo, description]
            self.inputs[f"application.{name}"] = combo
            self.inputs[f"application.{field}"] = description
        self.content.addWidget(card)

    def _letter(self, b: Binder[Application], fp: Binder[FocalPoint]) -> None:
        card = Card(
            self.tr("Carta de intención"),
            self.tr(
                "Firmada por el/la intendente/a: expresa la voluntad de participar en la "
                "certificación y nombra al Punto Focal."
            ),
        )
        not_future = validators.not_after(self.session.today)
        self._field(card, b, "mayor_name", self.tr("Intendente/a"))
        self._field(card, b, "mayor_title", self.tr("Cargo con que firma"))
        self._field(card, b, "letter_signed_on", self.tr("Fecha de firma"), "date", not_future)
        self._field(
            card, fp, "name", self.tr("Punto Focal: nombre y apellido"),
            validate=validators.required,
        )  # fmt: skip
        self._field(card, fp, "post", self.tr("Cargo del Punto Focal"))
        self._field(card, fp, "email", self.tr("Correo del Punto Focal"), validate=validators.email)
        self._field(
            card, fp, "phone", self.tr("Teléfono del Punto Focal"), validate=validators.phone
        )
        self.letter_button = QPushButton(self.tr("Exportar carta para firmar…"))
        self.letter_button.clicked.connect(self.export_letter)
        row = QHBoxLayout()
        row.addWidget(self.letter_button)
        row.addStretch(1)
        card.body.addLayout(row)
        self.content.addWidget(card)

    def _sending(self, b: Binder[Application]) -> None:
        card = Card(
            self.tr("Envío a OIM"),
            self.tr(
                "Con el formulario y la carta completos, envíelos a OIM: MigraDesk dice qué falta "
                "antes de enviar."
            ),
        )
        row = QHBoxLayout()
        row.addStretch(1)
        self.send_button = QPushButton(self.tr("Enviar a OIM…"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.sending.ask())
        row.addWidget(self.send_button)
        card.body.addLayout(row)
        self.confirm = ConfirmBar()
        card.body.addWidget(self.confirm)
        self.sending = Sender(self, Deliverable.APPLICATION, self.banner, self.confirm)
        not_future = validators.not_after(self.session.today)
        self._field(
            card, b, "confirmation_sent_on", self.tr("Nota de confirmación enviada el"), "date",
            not_future,
            hint=self.tr(
                "Si la ciudad es seleccionada: nota del/de la intendente/a que ratifica al Punto "
                "Focal y compromete las seis fases, dentro de los %1 días hábiles."
            ).replace("%1", str(CONFIRMATION_BUSINESS_DAYS)),
        )  # fmt: skip
        self.content.addWidget(card)

    def _new_focal_point(self, file: CityFile) -> FocalPoint:
        # Its id says which term it is: two desktops that name it offline meet (sync G13).
        history = file.focal_point_history
        return next_term(file.city.id, history, name="", since=self.session.today())

    # Refresh and export

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        locked = self.sending.show_stage(file) in LOCKED
        # The confirmation note comes after selection: it stays editable.
        confirmation = self.inputs["application.confirmation_sent_on"]
        set_editable([e for e in self.editors if e is not confirmation], not locked)
        self.send_button.setEnabled(not locked)
        if locked:
            self.confirm.setVisible(False)

    def badge_ids(self) -> tuple[str, ...]:
        file = self.session.file
        if file is None:
            return ()
        records = (file.city, file.application, file.focal_point)
        return tuple(r.id for r in records if r is not None)

    def export_letter(self) -> None:
        """The letter of intent for the mayor to sign (the window asks where and writes it)."""
        self.export_requested.emit("letter-of-intent")
