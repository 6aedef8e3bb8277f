"""Phase 2: ONE editor for the selected indicator (question, guidance, answer, measure, groups).

The page binds it to whichever indicator is selected, so 73 indicators never mean 73 forms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.questionnaire import Indicator

from migradesk.ui.autosave import Binder
from migradesk.ui.domain_labels import dimension_name, domain_text
from migradesk.ui.style import em, scaled_font
from migradesk.ui.sync.labels import SyncBadge
from migradesk.ui.widgets.flow import Responsive, flow_widget
from migradesk.ui.widgets.forms import (
    GrowingText,
    add_row,
    data_label,
    label,
    multiline,
    new_form,
)
from migradesk.ui.widgets.report_comments import CommentsPanel

MAX_OPTIONS = 6  # radio buttons kept; relabelled per indicator's scale


def parse_year(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not (text.isdigit() and len(text) == 4):
        raise ValueError(
            QCoreApplication.translate(
                "assessment", "Escriba el año con cuatro cifras, por ejemplo 2019."
            )
        )
    return int(text)


def _unfix_caption(form: QFormLayout, row: int) -> None:
    """Captions above their editors may use the whole width (add_row fixes a column width)."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    widget = item.widget() if item is not None else None
    if isinstance(widget, QLabel):
        widget.setMinimumWidth(0)
        widget.setMaximumWidth(16777215)
        widget.setWordWrap(False)


def bind_options(binder: Binder[Any], name: str, group: QButtonGroup, codes: list[str]) -> None:
    """Radio buttons whose n-th button means ``codes[n]`` (the list is updated in place)."""

    def read() -> Any:
        index = group.checkedId()
        return codes[index] if 0 <= index < len(codes) else None

    def write(value: Any) -> None:
        group.setExclusive(False)
        for index, button in enumerate(group.buttons()):
            button.setChecked(index < len(codes) and codes[index] == value)
        group.setExclusive(True)

    binder.custom(name, group.buttons()[0], read, write, group.idClicked)


def bind_year(
    binder: Binder[Any], name: str, widget: QLineEdit, error_label: QLabel | None = None
) -> None:
    """A four-digit year (empty: none)."""

    def write(value: Any) -> None:
        text = "" if value is None else str(value)
        if widget.text() != text:
            widget.setText(text)

    def read() -> int | None:
        return parse_year(widget.text())

    binder.custom(name, widget, read, write, widget.textChanged, None, error_label)


class IndicatorEditor(QFrame):
    """The selected indicator's card. ``previous`` / ``next`` ask the page to move."""

    previous = Signal()
    next = Signal()

    def __init__(self, comments: CommentsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.codes: list[str] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 16)
        outer.setSpacing(18)
        column = QVBoxLayout()
        column.setSpacing(8)
        outer.addLayout(column, 3)
        comments.setMinimumWidth(em(self, 12))
        comments.setMaximumWidth(em(self, 17))
        outer.addWidget(comments, 2)
        self.comments = comments
        # Narrow (1366×768 at 125 % or with a large font): the comments go below the answer,
        # which keeps about 36 em for its texts and options.
        self.responsive = Responsive(outer, comments, em(self, 56), em(self, 17))

        self.position = data_label("", "muted")
        self.badge = SyncBadge()  # this answer's sync state
        self.question = data_label("")
        self.question.setFont(scaled_font(self.question, 1.15, bold=True))
        self.guidance = data_label("", "hint")
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.question)
        column.addWidget(self.guidance)

        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for index in range(MAX_OPTIONS):
            radio = QRadioButton()
            radio.setProperty("i18n_data", True)  # the questionnaire's own labels
            radio.setToolTip(self.tr("Alt+%1").replace("%1", str(index + 1)))
            self.group.addButton(radio, index)
            self.radios.append(radio)
        radios, _flow = flow_widget(list(self.radios), spacing=14)  # wraps on narrow windows
        answer_caption = label(self.tr("Respuesta"))
        answer_caption.setFont(scaled_font(answer_caption, 1.0, bold=True))
        column.addWidget(answer_caption)
        column.addWidget(radios)
        column.addWidget(
            label(
                self.tr(
                    "Teclado: flechas o Alt+1 … Alt+5 para responder; Ctrl+↓ y Ctrl+↑ para pasar "
                    "al indicador siguiente o anterior."
                ),
                "hint",
            )
        )

        self.form: QFormLayout = new_form()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        column.addLayout(self.form)
        self.description = multiline(3)
        self.description.setMaximumHeight(self.description.minimumHeight() * 3 // 2)
        self.responsible_area = GrowingText()
        self.responsible_area.setPlaceholderText(self.tr("Secretaría, dirección u oficina"))
        self.legal_instrument = GrowingText()
        self.legal_instrument.setPlaceholderText(
            self.tr("Ordenanza, decreto, resolución, convenio…")
        )
        self.since_year = QLineEdit()
        self.since_year.setMaxLength(4)
        self.since_year.setPlaceholderText(self.tr("aaaa"))
        self.since_year.setMaximumWidth(em(self, 7))
        self.evidence = multiline(2)
        self.evidence.setMaximumHeight(self.evidence.minimumHeight())
        self.evidence.setPlaceholderText(self.tr("Documentos, enlaces, registros que lo muestran"))
        self.measure_rows: dict[str, int] = {}  # field → form row
        rows = (
            ("measure_description", self.tr("&Descripción de la medida"), self.description),
            ("responsible_area", self.tr("Área &responsable"), self.responsible_area),
            ("legal_instrument", self.tr("&Instrumento legal"), self.legal_instrument),
            ("since_year", self.tr("Desde el &año"), self.since_year),
            ("evidence", self.tr("&Evidencia"), self.evidence),
        )
        self.errors: dict[str, Any] = {}
        for name, caption, editor in rows:
            self.measure_rows[name] = self.form.rowCount()
            self.errors[name] = add_row(self.form, caption, editor)
            _unfix_caption(self.form, self.measure_rows[name])

        self.groups_box = QWidget()
        groups = QVBoxLayout(self.groups_box)
        groups.setContentsMargins(0, 4, 0, 0)
        groups.setSpacing(4)
        groups_caption = label(self.tr("Grupos alcanzados por la medida"))
        groups_caption.setFont(scaled_font(groups_caption, 1.0, bold=True))
        groups.addWidget(groups_caption)
        self.reaches_women = QCheckBox(self.tr("Mujeres migrantes"))
        self.reaches_children = QCheckBox(self.tr("Niñas, niños y adolescentes"))
        self.reaches_other = QCheckBox(self.tr("Otros grupos vulnerables"))
        boxes, _flow = flow_widget([self.reaches_women, self.reaches_children, self.reaches_other])
        groups.addWidget(boxes)
        self.other_groups = GrowingText()
        self.other_groups.setPlaceholderText(self.tr("¿Cuáles? (personas mayores, LGBTIQ+, …)"))
        groups.addWidget(self.other_groups)
        column.addWidget(self.groups_box)

        notes_form = new_form()
        notes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.notes = multiline(2)
        self.notes.setMaximumHeight(self.notes.minimumHeight() * 3 // 2)
        self.notes.setPlaceholderText(
            self.tr("Vacancias, dudas, lo que falta para tener la medida")
        )
        add_row(notes_form, self.tr("&Notas"), self.notes)
        _unfix_caption(notes_form, 0)
        column.addLayout(notes_form)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Anterior"))
        self.previous_button.setToolTip(self.tr("Indicador anterior (Ctrl+↑)"))
        self.next_button = QPushButton(self.tr("Siguiente ▶"))
        self.next_button.setToolTip(self.tr("Indicador siguiente (Ctrl+↓)"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        column.addLayout(buttons)
        column.addStretch(1)

        for index in range(min(MAX_OPTIONS, 9)):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=index: self.choose(i))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.responsive.update(event.size().width())
        super().resizeEvent(event)

    @property
    def editors(self) -> list[QWidget]:
        """Everything set_editable locks while IOM reviews."""
        return [
            *self.radios,
            self.description,
            self.responsible_area,
            self.legal_instrument,
            self.since_year,
            self.evidence,
            self.reaches_women,
            self.reaches_children,
            self.reaches_other,
            self.other_groups,
            self.notes,
        ]

    def bind(self, binder: Binder[IndicatorAnswer]) -> None:
        bind_options(binder, "answer", self.group, self.codes)
        binder.text(
            "measure_description", self.description, None, self.errors["measure_description"]
        )
        binder.text("responsible_area", self.responsible_area)
        binder.text("legal_instrument", self.legal_instrument)
        bind_year(binder, "since_year", self.since_year, self.errors["since_year"])
        binder.text("evidence", self.evidence)
        binder.check("reaches_women", self.reaches_women)
        binder.check("reaches_children", self.reaches_children)
        binder.check("reaches_other_vulnerable", self.reaches_other)
        binder.text("other_groups", self.other_groups)
        binder.text("notes", self.notes)

    def show_indicator(self, indicator: Indicator, total: int) -> None:
        """Relabel the editor for ``indicator`` (the binder loads the values afterwards)."""
        where = self.tr("Dimensión %1 · %2 — indicador %3 de %4")
        where = where.replace("%1", indicator.dimension)
        where = where.replace("%2", dimension_name(indicator.dimension, indicator.dimension))
        where = where.replace("%3", str(indicator.number)).replace("%4", str(total))
        self.position.setText(f"{indicator.id.upper()} · {where}")
        self.question.setText(indicator.question)
        self.guidance.setText(indicator.guidance)
        self.guidance.setVisible(bool(indicator.guidance))
        self.codes[:] = [o.code for o in indicator.scale.options][:MAX_OPTIONS]
        for index, radio in enumerate(self.radios):
            option = indicator.scale.options[index] if index < len(self.codes) else None
            radio.setVisible(option is not None)
            radio.setText(domain_text(option.label) if option is not None else "")
        for name, row in self.measure_rows.items():
            self.form.setRowVisible(row, name in indicator.measure_fields)
        self.groups_box.setVisible(indicator.asks_groups)

    def choose(self, index: int) -> None:
        if index < len(self.codes):
            radio = self.radios[index]
            radio.click()
            radio.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_answer(self) -> None:
        checked = self.group.checkedButton() or self.radios[0]
        checked.setFocus(Qt.FocusReason.ShortcutFocusReason)
