"""Fase 3 · Reporte de evaluación: the report editor, the diagnostic workshop and the versions."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process.reviews import LOCKED, Stage
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.domain.report import ReportSection, ReportVersion, Workshop
from migradesk.domain.review import Comment, Deliverable, ReviewEvent
from migradesk.storage.status_values import Badge

from migradesk.ui import style
from migradesk.ui.formats import fmt_int
from migradesk.ui.pages.base import Page, set_pill
from migradesk.ui.pages.fase3_sections import (
    SECTION_KEYS,
    prefill_markdown,
    section_title,
    split_key,
)
from migradesk.ui.pages.fase3_versions import VersionsPanel
from migradesk.ui.pages.fase3_workshop import WorkshopPanel
from migradesk.ui.session import Session
from migradesk.ui.style import em
from migradesk.ui.sync.labels import SyncBadge, badge_text
from migradesk.ui.widgets.flow import Responsive
from migradesk.ui.widgets.forms import Banner, Card, ConfirmBar, data_label, label, side_by_side
from migradesk.ui.widgets.report_comments import CommentsPanel
from migradesk.ui.widgets.report_editor import (
    ReportEditor,
    bind_markdown,
    markdown_words,
    word_count,
)
from migradesk.ui.widgets.sending import Sender
from migradesk.ui.widgets.wrap import wrap_items

KEY_ROLE = Qt.ItemDataRole.UserRole


class Fase3Page(Page):
    PAGE_ID = "fase3"
    KINDS = (Workshop, ReportSection, ReportVersion, ReviewEvent, Comment, IndicatorAnswer)
    MAX_WIDTH_EM = 112.0
    editor: ReportEditor  # built in parts(), used by callbacks connected before it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.questionnaire = load_questionnaire()
        self.current_key = SECTION_KEYS[0]
        self.locked = False
        self._word_cache: dict[str, tuple[str, int]] = {}
        self._pending_action = ""
        self.finish()

    def parts(self) -> Iterator[None]:
        self.banner = Banner()
        self.content.addWidget(self.banner)
        self.confirm = ConfirmBar()
        self.content.addWidget(self.confirm)
        self.sending = Sender(self, Deliverable.REPORT, self.banner, self.confirm)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.content.addWidget(self.tabs)
        yield from self._report_tab()
        yield
        self.workshop = WorkshopPanel(self)
        self.tabs.addTab(self.workshop, self.tr("Taller de diagnóstico"))
        yield
        self.versions = VersionsPanel()
        self.tabs.addTab(self.versions, self.tr("Versiones y comparación"))
        self.binder = self.bind(
            ReportSection,
            lambda f: f.report_sections.get(self.current_key),
            self._new_section,
            self.tr("reporte"),
        )
        bind_markdown(self.binder, "text", self.editor)

    def description(self) -> str:
        return self.tr(
            "El workshop de diagnóstico con OIM y CIPPEC y el reporte de evaluación en seis "
            "secciones: versión preliminar, comentarios de OIM y CIPPEC, validación con CIPPEC y "
            "versión final. Todo se guarda solo."
        )

    # Building

    def _report_tab(self) -> Iterator[None]:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(12)
        actions = QHBoxLayout()
        self.total = data_label("", "muted")
        actions.addWidget(self.total, 1)
        self.final_button = QPushButton(self.tr("Enviar versión final…"))
        self.final_button.clicked.connect(lambda: self.sending.ask(final=True))
        self.send_button = QPushButton(self.tr("Enviar versión preliminar a OIM…"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.sending.ask())
        actions.addWidget(self.final_button)
        actions.addWidget(self.send_button)
        outer.addLayout(actions)

        left = Card(self.tr("Secciones"))
        self.sections = QTreeWidget()
        self.sections.setColumnCount(2)
        self.sections.setHeaderLabels([self.tr("Sección"), self.tr("Palabras")])
        self.sections.setRootIsDecorated(False)
        wrap_items(self.sections, (0,))  # long titles on two lines, never cut
        self.sections.setAccessibleName(self.tr("Secciones del reporte"))
        header = self.sections.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.section_items: dict[str, QTreeWidgetItem] = {}
        for key in SECTION_KEYS:
            item = QTreeWidgetItem([section_title(key, short=True), ""])
            item.setData(0, KEY_ROLE, key)
            item.setToolTip(0, section_title(key))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sections.addTopLevelItem(item)
            self.section_items[key] = item
        self.sections.setMinimumWidth(em(self, 14))
        self.sections.setMaximumWidth(em(self, 30))
        self.sections.currentItemChanged.connect(self._section_changed)
        self.sections.itemActivated.connect(lambda *_a: self.editor.setFocus())
        left.body.addWidget(self.sections, 1)
        yield

        right = Card("")
        self.section_heading = right.title
        self.section_badge = SyncBadge()  # the section's sync state
        title_row = QHBoxLayout()
        right.body.removeWidget(right.title)
        title_row.addWidget(right.title, 1)
        title_row.addWidget(self.section_badge, 0, Qt.AlignmentFlag.AlignTop)
        right.body.insertLayout(0, title_row)
        inner = QHBoxLayout()
        inner.setSpacing(18)
        column = QVBoxLayout()
        self.section_hint = label("", "hint")
        column.addWidget(self.section_hint)
        self.prefill_button = QPushButton(self.tr("Completar desde la autoevaluación"))
        self.prefill_button.setToolTip(
            self.tr(
                "Agrega al final las medidas en marcha y las áreas de vacancia de esta dimensión, "
                "según la autoevaluación. No borra nada de lo escrito."
            )
        )
        self.prefill_button.clicked.connect(self.prefill)
        prefill_row = QHBoxLayout()
        prefill_row.addWidget(self.prefill_button)
        prefill_row.addStretch(1)
        column.addLayout(prefill_row)
        self.editor = ReportEditor(lines=18)
        self.editor.words_changed.connect(self._live_words)
        column.addWidget(self.editor, 1)
        inner.addLayout(column, 3)
        self.comments = CommentsPanel(self.session, ReportSection.KIND)
        self.comments.setMinimumWidth(em(self, 12))
        self.comments.setMaximumWidth(em(self, 17))
        inner.addWidget(self.comments, 2)
        right.body.addLayout(inner, 1)
        # Narrow (1366×768 with a large font): the comments go below the text.
        self._responsive = Responsive(inner, self.comments, em(self, 50), em(self, 17))
        right.installEventFilter(self)
        outer.addWidget(side_by_side(left, right, (1, 2)), 1)
        self.tabs.addTab(tab, self.tr("Reporte de evaluación"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._responsive.update(watched.width())  # type: ignore[attr-defined]
        return super().eventFilter(watched, event)

    # Sections

    def _new_section(self, file: CityFile) -> ReportSection:
        section, dimension = split_key(self.current_key)
        return ReportSection(
            id=ReportSection.id_for(file.city.id, section, dimension),
            city_id=file.city.id,
            section=section,
            dimension=dimension,
        )

    def _section_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key:
            self.select_section(key)

    def select_section(self, key: str) -> None:
        if key == self.current_key:
            return
        self.binder.flush()
        self.current_key = key
        self._show_section()
        self.binder.load()
        self._update_words()

    def _show_section(self) -> None:
        key = self.current_key
        item = self.section_items[key]
        if self.sections.currentItem() is not item:
            self.sections.blockSignals(True)
            self.sections.setCurrentItem(item)
            self.sections.blockSignals(False)
        section, dimension = split_key(key)
        self.section_heading.setText(section_title(key))
        if dimension:
            hint = section_title("2").split(" · ", 1)[1]
            self.section_hint.setText(self.tr("Sección 2 · %1").replace("%1", hint))
        else:
            self.section_hint.setText("")
        self.section_hint.setVisible(bool(dimension))
        self.prefill_button.setVisible(bool(dimension))
        self.prefill_button.setEnabled(not self.locked)
        file = self.session.file
        if file is not None:
            self.comments.show_anchor(ReportSection.id_for(file.city.id, section, dimension))

    def prefill(self) -> None:
        """Append the self-assessment's measures and gaps; never replaces what is written."""
        file = self.session.file
        _section, dimension = split_key(self.current_key)
        if file is None or not dimension or self.locked:
            return
        text = prefill_markdown(self.questionnaire, file, dimension, self.session.today())
        self.editor.append_markdown(text)
        self.editor.setFocus()

    # Words

    def _words_of(self, key: str, text: str) -> int:
        cached = self._word_cache.get(key)
        if cached is None or cached[0] != text:
            cached = (text, markdown_words(text))
            self._word_cache[key] = cached
        return cached[1]

    def word_counts(self) -> dict[str, int]:
        file = self.session.file
        stored = file.report_sections if file is not None else {}
        counts = {}
        for key in SECTION_KEYS:
            if key == self.current_key:
                counts[key] = word_count(self.editor.plain_text())
            else:
                section = stored.get(key)
                counts[key] = self._words_of(key, section.text if section else "")
        return counts

    def _live_words(self, _count: int) -> None:
        self._update_words()

    def section_badges(self) -> dict[str, Badge]:
        """Each section's sync state (sections never written have none)."""
        file = self.session.file
        if file is None:
            return {}
        badges = self.session.badges
        found = {}
        for key in SECTION_KEYS:
            badge = badges.get(ReportSection.id_for(file.city.id, *split_key(key)))
            if badge is not None:
                found[key] = badge
        return found

    def update_badges(self) -> None:
        super().update_badges()
        self._update_words()

    def _update_words(self) -> None:
        counts = self.word_counts()
        comments = self._commented_keys()
        badges = self.section_badges()
        warn, muted = QBrush(QColor(style.WARN)), QBrush(QColor(style.MUTED))
        for key, item in self.section_items.items():
            words = counts[key]
            badge = badges.get(key)
            alarm = badge in (Badge.CONFLICT, Badge.REJECTED)
            marks = "● " if key in comments else ""
            item.setText(1, marks + (fmt_int(words) if words else "—"))
            item.setIcon(1, style.icon("warning") if alarm else QIcon())
            item.setForeground(1, warn if marks or alarm else muted)
            tip = section_title(key)
            item.setToolTip(0, f"{tip}\n({badge_text(badge)})" if badge else tip)
        set_pill(self.section_badge, badges.get(self.current_key))
        total = sum(counts.values())
        text = self.tr("Reporte completo: %1 palabras en %2 secciones con texto")
        text = text.replace("%1", fmt_int(total))
        self.total.setText(text.replace("%2", str(sum(1 for n in counts.values() if n))))

    def _commented_keys(self) -> set[str]:
        file = self.session.file
        if file is None:
            return set()
        ids = {ReportSection.id_for(file.city.id, *split_key(key)): key for key in SECTION_KEYS}
        return {
            ids[c.anchor_id]
            for c in file.all(Comment)
            if c.anchor_kind == ReportSection.KIND and c.anchor_id in ids
        }

    # Refresh

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        stage = self.sending.show_stage(file)
        self.locked = stage in LOCKED
        self.editor.set_read_only(self.locked)
        if self.locked:
            self.confirm.setVisible(False)
        self.send_button.setEnabled(not self.locked)
        self.final_button.setEnabled(not self.locked)
        # After validation the next send is the final version: make it the main button.
        self.final_button.setObjectName("primary" if stage is Stage.VALIDATED else "")
        self.send_button.setObjectName("" if stage is Stage.VALIDATED else "primary")
        for button in (self.final_button, self.send_button):
            button.style().unpolish(button)
            button.style().polish(button)
        self._show_section()
        self._update_words()
        self.workshop.refresh(file)
        self.versions.refresh(file, self.current_texts())

    def current_texts(self) -> dict[str, str]:
        file = self.session.file
        texts = {k: s.text for k, s in (file.report_sections if file else {}).items()}
        if self.binder.dirty:
            texts[self.current_key] = self.editor.markdown()
        return texts
