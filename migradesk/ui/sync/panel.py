"""The sync panel (a dock of the main window): account and status, conflicts, rejected changes
with the server's reason, the state of the records per step, and the log to copy for support."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migradesk.storage.status_values import Badge

from migradesk.ui.formats import fmt_int
from migradesk.ui.pages import PAGE_IDS, spec
from migradesk.ui.style import em, scaled_font
from migradesk.ui.sync.conflicts import ConflictView
from migradesk.ui.sync.labels import (
    BADGE_ORDER,
    STEP_OF_KIND,
    badge_colors,
    badge_text,
    field_label,
    kind_label,
)
from migradesk.ui.sync.snapshot import RejectedItem, SyncSnapshot
from migradesk.ui.widgets.forms import Banner, ConfirmBar, at_least_em, data_label, label
from migradesk.ui.widgets.wrap import wrap_items


class RejectedView(QWidget):
    retry = Signal(str)  # mutation id
    discard = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[RejectedItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.empty = label(self.tr("El servidor aceptó todos los cambios enviados."), "muted")
        layout.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setObjectName("syncRejected")
        self.list.setMaximumHeight(em(self, 6))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        layout.addWidget(self.list)
        self.reason_title = label(self.tr("Motivo que dio el servidor"), "cardTitle")
        self.reason_title.setFont(scaled_font(self.reason_title, 1.0, bold=True))
        layout.addWidget(self.reason_title)
        self.reason = data_label("")
        self.reason.setObjectName("reason")
        layout.addWidget(self.reason)
        self.fields = data_label("", "muted")
        layout.addWidget(self.fields)
        self.hint = label(
            self.tr(
                "El cambio sigue guardado en este equipo. «Reintentar» lo envía de nuevo en la "
                "próxima sincronización (por ejemplo, después de que OIM corrija un permiso); "
                "«Descartar» vuelve al valor anterior y guarda el suyo en el historial."
            ),
            "hint",
        )
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Reintentar"))
        self.retry_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("Descartar…"))
        self.retry_button.clicked.connect(self._retry)
        self.discard_button.clicked.connect(self._ask_discard)
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        self.button_row = QWidget()
        self.button_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button_row)
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(self._discard)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.set_items([])

    def set_items(self, items: tuple[RejectedItem, ...] | list[RejectedItem]) -> None:
        keep = self.current()
        self.items = list(items)
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            e = item.entry
            text = kind_label(e.kind) + (f"\n{item.what}" if item.what else "")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, e.mutation_id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        has = bool(self.items)
        self.empty.setVisible(not has)
        for widget in (self.list, self.reason_title, self.reason, self.fields, self.hint):
            widget.setVisible(has)
        self.button_row.setVisible(has)
        if not has:
            self.confirm.setVisible(False)
            return
        ids = [i.entry.mutation_id for i in self.items]
        row = ids.index(keep.entry.mutation_id) if keep and keep.entry.mutation_id in ids else 0
        self.list.setCurrentRow(row)
        self._show_current(row)

    def current(self) -> RejectedItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self, _row: int) -> None:
        item = self.current()
        if item is None:
            return
        self.confirm.setVisible(False)
        self.reason.setText(item.entry.error or "—")
        self.fields.setText(", ".join(sorted(field_label(name) for name in item.entry.changes)))

    def _retry(self) -> None:
        item = self.current()
        if item is not None:
            self.retry.emit(item.entry.mutation_id)

    def _ask_discard(self) -> None:
        if self.current() is not None:
            self.confirm.ask(
                self.tr("¿Descartar este cambio? Su valor queda guardado en el historial."),
                self.tr("Descartar"),
            )

    def _discard(self) -> None:
        item = self.current()
        if item is not None:
            self.discard.emit(item.entry.mutation_id)


class BadgeTree(QTreeWidget):
    """Records per badge, grouped by step and kind (what the pages would show one by one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBadges")
        self.setColumnCount(1 + len(BADGE_ORDER))
        self.setRootIsDecorated(True)
        wrap_items(self, (0,))  # the panel is narrow: long step names on two lines
        self.setAlternatingRowColors(False)
        self.retranslate()

    def retranslate(self) -> None:
        # The counts' titles one word a line: the columns stay as narrow as their numbers.
        self.setHeaderLabels(
            [self.tr("Etapa y tipo de registro")]
            + [badge_text(b).replace(" ", "\n") for b in BADGE_ORDER]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(em(self, 4))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(BADGE_ORDER)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def set_counts(self, counts: dict[str, dict[Badge, int]]) -> None:
        self.clear()
        steps: dict[str, QTreeWidgetItem] = {}
        order = {page: i for i, page in enumerate(PAGE_IDS)}
        kinds = sorted(counts, key=lambda k: (order.get(STEP_OF_KIND.get(k, "inicio"), 0), k))
        totals: dict[str, dict[Badge, int]] = {}
        for kind in kinds:
            step = STEP_OF_KIND.get(kind, "inicio")
            parent = steps.get(step)
            if parent is None:
                parent = QTreeWidgetItem([spec(step).title])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.addTopLevelItem(parent)
                steps[step] = parent
                totals[step] = {}
            child = QTreeWidgetItem(parent, [kind_label(kind)])
            for column, badge in enumerate(BADGE_ORDER, start=1):
                n = counts[kind].get(badge, 0)
                totals[step][badge] = totals[step].get(badge, 0) + n
                self._cell(child, column, badge, n)
        for step, parent in steps.items():
            for column, badge in enumerate(BADGE_ORDER, start=1):
                self._cell(parent, column, badge, totals[step].get(badge, 0))
            attention = totals[step].get(Badge.CONFLICT, 0) + totals[step].get(Badge.REJECTED, 0)
            parent.setExpanded(attention > 0)

    def _cell(self, item: QTreeWidgetItem, column: int, badge: Badge, n: int) -> None:
        item.setText(column, fmt_int(n) if n else "·")
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        if n and badge is not Badge.SYNCED:
            color, _background = badge_colors(badge)
            from PySide6.QtGui import QBrush, QColor

            item.setForeground(column, QBrush(QColor(color)))


class SyncPanel(QWidget):
    sync_requested = Signal()
    cancel_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        at_least_em(self, 30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.account = data_label("", "muted")
        self.account_hint = label("", "muted")
        layout.addWidget(self.account_hint)
        layout.addWidget(self.account)
        self.status = label("")
        self.status.setObjectName("syncStatusLine")
        self.status.setFont(scaled_font(self.status, 1.05, bold=True))
        layout.addWidget(self.status)
        self.error = Banner()
        layout.addWidget(self.error)
        self.other_city = Banner()
        layout.addWidget(self.other_city)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"))
        self.sync_button.setObjectName("primary")
        self.sync_button.clicked.connect(self.sync_requested)
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setToolTip(
            self.tr("Detiene la sincronización; lo que falta enviar queda guardado en este equipo")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.setVisible(False)
        self.sign_in_button = QPushButton(self.tr("Iniciar sesión…"))
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.sign_in_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.conflicts = ConflictView()
        self.rejected = RejectedView()
        self.badges = BadgeTree()
        records = QWidget()
        records_layout = QVBoxLayout(records)
        records_layout.setContentsMargins(0, 8, 0, 0)
        self.badges_hint = label(
            self.tr("Estado de los registros de la ciudad en este equipo, por etapa."), "muted"
        )
        records_layout.addWidget(self.badges_hint)
        records_layout.addWidget(self.badges, 1)
        log_tab = QWidget()
        log_layout = QVBoxLayout(log_tab)
        log_layout.setContentsMargins(0, 8, 0, 0)
        log_layout.addWidget(
            label(
                self.tr(
                    "Pasos de las últimas sincronizaciones. No contiene contraseñas ni datos de "
                    "la ciudad: puede enviarlo a soporte."
                ),
                "muted",
            )
        )
        self.log = QPlainTextEdit()
        self.log.setObjectName("syncLog")
        self.log.setReadOnly(True)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log.setProperty("scrolls_sideways", True)  # one step a line, as long as it is
        self.log.setProperty("i18n_data", True)
        log_layout.addWidget(self.log, 1)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copiar registro"))
        self.copy_button.clicked.connect(self.copy_log)
        self.copied = label("", "muted")
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)
        log_layout.addLayout(copy_row)
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.rejected, "")
        self.tabs.addTab(records, "")
        self.tabs.addTab(log_tab, "")
        layout.addWidget(self.tabs, 1)
        self.snapshot: SyncSnapshot | None = None
        self.retranslate_tabs()

    def retranslate_tabs(self) -> None:
        s = self.snapshot
        n_conflicts = len(s.conflicts) if s else 0
        n_rejected = len(s.rejected) if s else 0
        self.tabs.setTabText(
            0,
            self.tr("Conflictos (%1)").replace("%1", fmt_int(n_conflicts))
            if n_conflicts
            else self.tr("Conflictos"),
        )
        self.tabs.setTabText(
            1,
            self.tr("Rechazados (%1)").replace("%1", fmt_int(n_rejected))
            if n_rejected
            else self.tr("Rechazados"),
        )
        self.tabs.setTabText(2, self.tr("Registros"))
        self.tabs.setTabText(3, self.tr("Registro de sincronización"))

    def set_snapshot(
        self,
        snapshot: SyncSnapshot,
        status_text: str,
        running: bool,
        failure: str | None = None,
    ) -> None:
        """``failure``: why this session's last sync stopped, in the interface language (else
        the reason kept by the database, from an earlier run, is shown)."""
        first = self.snapshot is None
        self.snapshot = snapshot
        settings = snapshot.settings
        if settings is None:
            self.account_hint.setText(
                self.tr(
                    "Este equipo todavía no está conectado a un servidor. Todo lo que carga queda "
                    "guardado aquí; inicie sesión para enviarlo y recibir los cambios de OIM."
                )
            )
            self.account.setText("")
            self.sign_in_button.setText(self.tr("Iniciar sesión…"))
        else:
            self.account_hint.setText(self.tr("Conectado al servidor como:"))
            self.account.setText(f"{settings.username} · {settings.server_url}")
            self.sign_in_button.setText(self.tr("Cambiar de cuenta…"))
        self.account.setVisible(settings is not None)
        self.status.setText(status_text)
        self.sync_button.setEnabled(settings is not None and not running)
        self.sync_button.setText(
            self.tr("Sincronizando…") if running else self.tr("Sincronizar ahora")
        )
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        reason = failure or snapshot.last_error
        if snapshot.last_error and reason:
            self.error.show_text(
                self.tr("La última sincronización no terminó: %1").replace("%1", reason),
                "warn",
            )
        else:
            self.error.setVisible(False)
        if snapshot.other_city == 1:
            shared = self.tr(
                "Un registro de esta ciudad tiene el mismo identificador que un registro de otra "
                "de sus ciudades."
            )
        else:
            shared = self.tr(
                "%1 registros de esta ciudad tienen el mismo identificador que registros de "
                "otra de sus ciudades."
            ).replace("%1", fmt_int(snapshot.other_city))
        self.other_city.show_text(
            shared
            + " "
            + self.tr(
                "Se guardan por separado, cada uno en su ciudad: ninguno cambia al otro. Avise "
                "a OIM para que los revise."
            )
            if snapshot.other_city
            else "",
            "warn",
        )
        self.conflicts.set_items(snapshot.conflicts)
        self.rejected.set_items(snapshot.rejected)
        if snapshot.detailed:
            self.badges.set_counts({k: dict(v) for k, v in snapshot.badges.items()})
            if self.log.toPlainText() != snapshot.log_text:
                self.log.setPlainText(snapshot.log_text)
                self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())
        self.retranslate_tabs()
        if first:
            if snapshot.conflicts:
                self.tabs.setCurrentIndex(0)
            elif snapshot.rejected:
                self.tabs.setCurrentIndex(1)

    def copy_log(self) -> None:
        text = self.log.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(
            self.tr("Copiado: %1 líneas. Péguelo en su mensaje a soporte.").replace(
                "%1", fmt_int(text.count("\n") + 1 if text else 0)
            )
        )
