"""The main window: navigator of the steps, the current page, menus, save and sync status."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from migradesk.ui import i18n, pdf_bridge, settings
from migradesk.ui.early_qt import ALIGN_CENTER
from migradesk.ui.events import Change
from migradesk.ui.formats import fmt_int
from migradesk.ui.navigator import Navigator
from migradesk.ui.pages import PAGE_IDS, create_page, spec
from migradesk.ui.search import SearchBox
from migradesk.ui.session import Session

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtGui import QCloseEvent, QResizeEvent
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    from migradesk.domain.cityfile import CityFile

    from migradesk.ui.data_actions import DataActions
    from migradesk.ui.pages.base import Page
    from migradesk.ui.pdf_export import PdfExporter
    from migradesk.ui.prebuild import PagePrebuilder
    from migradesk.ui.recovery import RecoveryPage
    from migradesk.ui.sync.controller import SyncController
    from migradesk.ui.widgets.forms import Banner
    from migradesk.ui.workspace.controller import WorkspaceController

    TextEditor = QLineEdit | QPlainTextEdit | QTextEdit

log = logging.getLogger("migradesk.ui")

TEXT_EDITORS = ("QLineEdit", "QPlainTextEdit", "QTextEdit")  # the report editor is a QTextEdit
SIDE_SHARE = 0.2  # of the window's width, at most, for the navigator
DAILY_COPY_DELAY_MS = 5000  # the day's automatic copy, once the city shows (data_actions.py)


class MainWindow(QMainWindow):
    page_shown = Signal(str)
    language_changed = Signal(str)
    first_painted = Signal()  # the window is on screen: start the slower work now
    # (data dir, demo): open a window there instead of this one (the Shell does; ``demo``:
    # write the demo city there if it is empty)
    open_requested = Signal(object, bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: dict[str, Page] = {}
        self.current_page_id: str | None = None
        self._welcome: QWidget | None = None
        self._requested_page: str | None = None  # clicked in the navigator while loading
        self._painted = False
        self._prebuilder: PagePrebuilder | None = None  # see prebuild_pages
        self._summarized: tuple[CityFile, date] | None = None  # what the navigator shows
        self.data_dir: Path | None = None  # set by app.start
        self.home_dir: Path | None = None  # the user's own data dir (the Shell sets it)
        self.loader: Callable[[], None] | None = None  # (re)opens the data: app.start
        self.recovery: RecoveryPage | None = None  # shown when the data could not be opened
        self._notice: Banner | None = None  # window-level notices (see ``notify``)
        self._data: DataActions | None = None  # made when first needed (data_actions.py)
        self.workspace: WorkspaceController | None = None  # IOM's accounts (ui/workspace/)
        self.sync_controller: SyncController | None = None  # ui/sync/install_sync sets it

        self.navigator = Navigator()
        self.navigator.page_requested.connect(self.show_page)
        self.search = SearchBox()
        self.search.file_getter = lambda: self.session.file
        self.search.page_requested.connect(self.show_page)
        side = QWidget()
        side.setObjectName("side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(10, 10, 10, 8)
        search_row.addWidget(self.search)
        side_layout.addLayout(search_row)
        side_layout.addWidget(self.navigator, 1)
        self.side = side  # as wide as the navigator's titles (retranslate)

        self.stack = QStackedWidget()
        self._exporter: PdfExporter | None = None  # made on first use (see ``exporter``)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self.stack, 1)
        self._main_column = main
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addLayout(main, 1)
        self.setCentralWidget(central)
        self._loading: QWidget | None = None
        if session.file is None:  # until the city's file arrives from the worker
            self._loading = QLabel()
            self._loading.setObjectName("muted")
            self._loading.setProperty("alignment", ALIGN_CENTER)  # early_qt
            self.stack.addWidget(self._loading)

        self.save_label = QLabel()
        self.pending_label = QLabel()
        self.sync_label = QLabel()
        for widget in (self.save_label, self.pending_label, self.sync_label):
            widget.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(widget)
        self.statusBar().setSizeGripEnabled(False)

        self._build_actions()
        self._build_menus()
        self.retranslate()

        session.loaded.connect(self._on_loaded)
        session.bus.changed.connect(self._on_change)
        session.save_state_changed.connect(self._update_status)
        session.writes_held.connect(self._writes_held)
        session.conflicts_opened.connect(self._conflicts_opened)
        session.setParent(self)
        # Bound methods (not lambdas): Qt drops these connections when the window goes away.
        session.undo_stack.canUndoChanged.connect(self._update_edit_actions)
        session.undo_stack.canRedoChanged.connect(self._update_edit_actions)
        QCoreApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._watched_editor: TextEditor | None = None
        self.resize(1280, 720)
        self._restore_geometry()
        # The steps answer the keyboard from the start; the search box's completer loads when
        # the user goes there (not during the first paint).
        self.navigator.setFocus()
        if session.file is not None:
            self._on_loaded()

    # Actions and menus

    def _build_actions(self) -> None:
        self.export_action = QAction(self)
        self.export_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.export_action.triggered.connect(self.export_pdf)
        self.document_actions: dict[str, QAction] = {}
        for kind in pdf_bridge.DOCUMENTS:
            action = QAction(self)
            action.triggered.connect(lambda _c=False, kind=kind: self.export_document(kind))
            self.document_actions[kind] = action
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        self.find_action = QAction(self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(self)  # (not QAction(text, …): its overloads load QIcon's enums)
            action.setText(name)  # language names are not translated
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        self.guide_action = QAction(self)
        self.guide_action.setShortcuts(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.triggered.connect(self.show_guide)
        self.data_folder_action = QAction(self)
        self.data_folder_action.triggered.connect(self.show_data_folder)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(lambda: self._data_actions().backup())
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self._data_actions().ask_restore())
        self.change_city_action = QAction(self)
        self.change_city_action.triggered.connect(lambda: self._data_actions().change_city())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setToolTipsVisible(True)
        self.file_menu.addAction(self.export_action)
        self.export_menu = self.file_menu.addMenu("")
        for kind, action in self.document_actions.items():
            if kind == pdf_bridge.DOSSIER:
                self.export_menu.addSeparator()
            self.export_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.change_city_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.preferences_menu = bar.addMenu("")
        self.language_menu = self.preferences_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.data_folder_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("MigraDesk"))
        self.fit_side()  # the titles' language
        self.search.retranslate()
        if self._data is not None:
            self._data.update_demo_banner()
        if isinstance(self._loading, QLabel):
            self._loading.setText(self.tr("Abriendo los datos de la ciudad…"))
        self.file_menu.setTitle(self.tr("&Archivo"))
        self.edit_menu.setTitle(self.tr("&Editar"))
        self.preferences_menu.setTitle(self.tr("&Preferencias"))
        self.language_menu.setTitle(self.tr("&Idioma"))
        self.help_menu.setTitle(self.tr("A&yuda"))
        self.export_action.setText(self.tr("Exportar esta etapa a PDF…"))
        self.export_menu.setTitle(self.tr("Exportar a &PDF"))
        for kind, action in self.document_actions.items():
            action.setText(pdf_bridge.label(kind) + "…")
        self.quit_action.setText(self.tr("&Salir"))
        self.undo_action.setText(self.tr("&Deshacer"))
        self.redo_action.setText(self.tr("&Rehacer"))
        self.find_action.setText(self.tr("&Buscar…"))
        self.about_action.setText(self.tr("&Acerca de MigraDesk"))
        self.guide_action.setText(self.tr("&Guía de esta etapa"))
        self.data_folder_action.setText(self.tr("&Mostrar la carpeta de datos"))
        self.backup_action.setText(self.tr("&Copia de seguridad…"))
        self.restore_action.setText(self.tr("&Restaurar una copia…"))
        self.change_city_action.setText(self.tr("Cambiar de &ciudad…"))
        self._update_data_actions()
        self.language_actions[i18n.current_language()].setChecked(True)
        self.sync_label.setText(self.tr("Última sincronización: —"))
        self._update_status()
        self._update_edit_actions()
        self._update_export_action()

    def fit_side(self) -> None:
        """The navigator as wide as its longest title, but never more than SIDE_SHARE of the
        window: on a small screen or at a large scale the page keeps its room and the longer
        titles wrap onto two lines (navigator.py)."""
        share = round(self.width() * SIDE_SHARE) if self.width() > 0 else 10**6
        width = min(self.navigator.sizeHint().width(), share)
        if self.side.maximumWidth() != width:
            self.side.setMaximumWidth(width)
            self.navigator.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_side()

    # Pages

    def show_page(self, page_id: str) -> None:
        if page_id not in PAGE_IDS:
            return
        if self.session.file is None:  # still loading: shown when the file arrives
            self._requested_page = page_id
            self.navigator.select(page_id)
            return
        current = self.pages.get(self.current_page_id or "")
        if current is not None and page_id != self.current_page_id:
            current.flush()
        page = self.pages.get(page_id) or self.build_page(page_id)
        page.complete()  # the prebuilder may have built part of it
        self.stack.setCurrentWidget(page)
        first = self.current_page_id is None
        self.current_page_id = page_id
        self.navigator.select(page_id)  # before the focus: a view without one picks row 0
        if first:
            self.navigator.setFocus()  # not the search box: its placeholder says what it does
        settings.LAST_PAGE.set(page_id)
        self.setWindowTitle(
            self.tr("%1 — %2 — MigraDesk")
            .replace("%1", spec(page_id).title)
            .replace("%2", self.session.file.city.name)
        )
        self._update_export_action()
        self.page_shown.emit(page_id)

    def build_page(self, page_id: str, complete: bool = True) -> Page:
        """Create a page (hidden) in the stack; ``show_page`` or the prebuilder call it
        (``complete=False``: the prebuilder builds the rest in steps, see ``Page.build_step``)."""
        page = create_page(page_id, self.session, complete=False)
        page.navigate.connect(self.show_page)
        page.export_requested.connect(self.export_document)
        if self.workspace is not None:
            self.workspace.adapt(page)  # IOM's view of the city's page, before it fills
        if complete:
            page.complete()
        self.pages[page_id] = page
        self.stack.addWidget(page)
        return page

    def prebuild_pages(self) -> None:
        """Build the pages not shown yet, one per turn of the event loop, once the first page
        is on screen: the first visit of a step is then a switch, not a build (run_app)."""
        if self._prebuilder is None:
            from migradesk.ui.prebuild import PagePrebuilder

            self._prebuilder = PagePrebuilder(self)
        self._prebuilder.start()

    @property
    def prebuilder(self) -> PagePrebuilder | None:
        """Made by ``prebuild_pages`` (None until then)."""
        return self._prebuilder

    def show_welcome(self) -> None:
        from migradesk.ui.pages.welcome import WelcomePage

        if self._welcome is None:
            self._welcome = WelcomePage(self.session)
            self._welcome.demo_requested.connect(lambda: self._data_actions().open_demo())
            self._welcome.complete()
            self.stack.addWidget(self._welcome)
        self.side.setVisible(False)
        self.stack.setCurrentWidget(self._welcome)
        self._update_export_action()
        self._update_data_actions()

    def _on_loaded(self) -> None:
        self._hide_recovery()
        if self.in_demo or self._data is not None:
            self._data_actions().update_demo_banner()
        if self.session.file is not None:
            self._forget_city_pages()  # another city: start afresh
            if not self.in_demo:
                settings.CITY_ID.set(self.session.file.city.id)
                QTimer.singleShot(DAILY_COPY_DELAY_MS, self, self._daily_copy)
        if self.workspace_mode:
            self._workspace_controller().loaded()
            return
        if self.session.file is None:
            self.show_welcome()
            return
        wanted = self._requested_page or settings.LAST_PAGE.get()
        self.show_city_pages(wanted)

    def _forget_city_pages(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.current_page_id = None
        self._refresh_navigator()

    def _drop_placeholders(self) -> None:
        """The welcome page and the loading label, once the data shows."""
        if self._welcome is not None:
            self.stack.removeWidget(self._welcome)
            self._welcome.deleteLater()
            self._welcome = None
        if self._loading is not None:
            self.stack.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None

    def show_city_pages(self, page_id: str) -> None:
        """The open city's steps in the navigator and ``page_id`` (Inicio if unknown)."""
        self.side.setVisible(True)
        self._drop_placeholders()
        self._requested_page = None
        self.show_page(page_id if page_id in PAGE_IDS else "inicio")
        self._update_data_actions()

    # IOM's workspace (ui/workspace/)

    @property
    def workspace_mode(self) -> bool:
        """Signed in with an IOM or partner account: the window is IOM's workspace."""
        from migradesk.ui.workspace import is_workspace_role

        return is_workspace_role(self.session.role)

    def _workspace_controller(self) -> WorkspaceController:
        if self.workspace is None:
            from migradesk.ui.workspace.controller import WorkspaceController

            self.workspace = WorkspaceController(self)
        return self.workspace

    def show_workspace_panel(self, view: QWidget) -> None:
        """The workspace's panel of every city, in place of the city's pages."""
        self._drop_placeholders()
        current = self.pages.get(self.current_page_id or "")
        if current is not None:
            current.flush()
        self.side.setVisible(False)
        self.stack.setCurrentWidget(view)
        self.setWindowTitle(self.tr("Espacio de trabajo — MigraDesk"))
        self._update_export_action()
        self._update_data_actions()

    def _on_change(self, change: Change) -> None:
        if self.workspace is None and self.workspace_mode and self.recovery is None:
            self._workspace_controller().loaded()  # signed in with an IOM or partner account
        if self.session.file is not None:
            self._refresh_navigator()
        self._update_status()
        self._update_export_action()

    def _refresh_navigator(self) -> None:
        file = self.session.file
        if file is None:
            return
        today = self.session.today()
        shown = self._summarized
        if shown is not None and shown[0] is file and shown[1] == today:
            return  # already summed up (the load's change follows ``loaded``)
        from migradesk.domain.process import summaries

        self.navigator.steps.set_summaries(summaries(file, today), today)
        self._summarized = (file, today)

    def _focus_search(self) -> None:
        if self.side.isVisible():
            from PySide6.QtCore import Qt  # (early_qt)

            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    # Status bar

    def _update_status(self) -> None:
        session = self.session
        if self.recovery is not None:
            return  # nothing is saved while the data cannot be opened
        if session.last_error:
            text = self.tr("No se pudo guardar: %1").replace("%1", session.last_error)
        elif session.saving:
            text = self.tr("Guardando…")
        else:
            text = self.tr("Guardado en este equipo")
        self.save_label.setText(text)
        if session.pending == 0:
            pending = self.tr("Nada por enviar")
        elif session.pending == 1:
            pending = self.tr("1 cambio por enviar")
        else:
            pending = self.tr("%1 cambios por enviar").replace("%1", fmt_int(session.pending))
        self.pending_label.setText(pending)

    def _conflicts_opened(self, count: int) -> None:
        """An edit found its text changed meanwhile (storage/edits.py): both are kept."""
        self.statusBar().showMessage(
            self.tr(
                "El texto había cambiado en este equipo mientras lo editaba: se guardaron las "
                "dos versiones. Elija cuál conservar en Sincronización ▸ Panel (Conflictos)."
            ),
            15000,
        )

    # Edit menu: the focused editor's own undo first, then the app-level stack

    def _text_editor(self) -> TextEditor | None:
        """The focused text editor (line, plain or rich text: the report editor is a QTextEdit)."""
        focus = QCoreApplication.instance().focusWidget()  # type: ignore[union-attr]
        # By class name: the editors' Python types (and their enums) load with the first editor,
        # not when the navigator takes the focus at start-up.
        if focus is None or not any(focus.inherits(name) for name in TEXT_EDITORS):
            return None
        return cast("TextEditor", focus)

    def undo(self) -> None:
        editor = self._text_editor()
        if editor is not None and _editor_can(editor, undo=True):
            editor.undo()
        else:
            self.current_page_flush()
            self.session.undo_stack.undo()

    def redo(self) -> None:
        editor = self._text_editor()
        if editor is not None and _editor_can(editor, undo=False):
            editor.redo()
        else:
            self.session.undo_stack.redo()

    def current_page_flush(self) -> None:
        page = self.pages.get(self.current_page_id or "")
        if page is not None:
            page.flush()

    def _focus_changed(self, *_args: object) -> None:
        """Follow the focused editor's own undo history (it changes as the user types)."""
        editor = self._text_editor()
        if editor is not self._watched_editor:
            for signal in _undo_signals(self._watched_editor):
                with contextlib.suppress(RuntimeError):  # already gone
                    signal.disconnect(self._update_edit_actions)
            for signal in _undo_signals(editor):
                signal.connect(self._update_edit_actions)
            self._watched_editor = editor
            if editor is not None:
                from PySide6.QtCore import Qt  # (early_qt)

                editor.destroyed.connect(self._editor_destroyed, Qt.ConnectionType.UniqueConnection)
        self._update_edit_actions()

    def _editor_destroyed(self, *_args: object) -> None:
        self._watched_editor = None

    def _update_edit_actions(self, *_args: object) -> None:
        stack = self.session.undo_stack
        editor = self._text_editor()
        self.undo_action.setEnabled(
            stack.canUndo() or (editor is not None and _editor_can(editor, undo=True))
        )
        self.redo_action.setEnabled(
            stack.canRedo() or (editor is not None and _editor_can(editor, undo=False))
        )

    # Export

    def _update_export_action(self) -> None:
        file = self.session.file
        on_page = on_current_page(self)
        kind = pdf_bridge.step_document(self.current_page_id, file) if on_page else None
        self.export_action.setEnabled(file is not None and kind is not None)
        if kind is not None:
            tip = self.tr("Exporta: %1").replace("%1", pdf_bridge.label(kind))
        else:
            tip = pdf_bridge.no_document_reason(self.current_page_id if on_page else None)
        self.export_action.setToolTip(tip)
        self.export_action.setStatusTip(tip)
        self.export_menu.setEnabled(file is not None)

    def export_pdf(self) -> None:
        """Ctrl+P: the current step's document."""
        if not on_current_page(self):
            return
        kind = pdf_bridge.step_document(self.current_page_id, self.session.file)
        if kind is not None:
            self.exporter.export(kind)

    def export_document(self, kind: str) -> None:
        """Archivo ▸ Exportar a PDF ▸ a document, or a page's export button."""
        self.exporter.export(kind)

    @property
    def exporter(self) -> PdfExporter:
        """The PDF export machinery, made on first use (not before the first paint)."""
        if self._exporter is None:
            from migradesk.ui.pdf_export import PdfExporter

            self._exporter = PdfExporter(self, self.session)
            self._exporter.notice.setProperty("placement", "window")  # margins: style.py
            self._main_column.insertWidget(0, self._exporter.notice)
        return self._exporter

    # Language, geometry, close

    def set_language(self, code: str) -> None:
        if code == i18n.current_language():
            return
        self.current_page_flush()
        settings.LANGUAGE.set(code)
        settings.sync()  # a preference the user just chose: on disk now, not at exit
        i18n.install(code)
        current = self.current_page_id
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.current_page_id = None
        self.retranslate()
        self.navigator.viewport().update()
        if self._welcome is not None:
            self.stack.removeWidget(self._welcome)
            self._welcome.deleteLater()
            self._welcome = None
            self.show_welcome()
        elif current is not None:
            self.show_page(current)
        if self._prebuilder is not None:
            self._prebuilder.restart()
        self.language_changed.emit(code)

    def _about(self) -> None:
        from migradesk.ui.about import AboutDialog

        AboutDialog(self.data_dir, self).open()

    def show_guide(self) -> None:
        """Ayuda ▸ the guide's section for the page on screen."""
        from migradesk.ui.guide import GuideDialog

        page = self.current_page_id if on_current_page(self) else None
        GuideDialog(page, self).open()

    def show_data_folder(self) -> None:
        if self.data_dir is not None:
            from migradesk.ui.backup_dialog import open_folder

            open_folder(self.data_dir)

    # Data: recovery, demo, backups

    @property
    def in_demo(self) -> bool:
        """The demo city is open (never sent; marked on every page)."""
        from migradesk.domain.city import DEMO_CITY_ID

        file = self.session.file
        return file is not None and file.city.id == DEMO_CITY_ID

    def _data_actions(self) -> DataActions:
        if self._data is None:
            from migradesk.ui.data_actions import DataActions

            self._data = DataActions(self)
        return self._data

    def _update_data_actions(self) -> None:
        """Copies and restores once the data is open (the recovery page has its own)."""
        opened = self.recovery is None and (
            self.session.file is not None or self._welcome is not None
        )
        self.backup_action.setEnabled(opened)
        self.restore_action.setEnabled(opened)
        self.change_city_action.setEnabled(
            opened and self.session.file is not None and self.workspace is None
        )

    def _writes_held(self) -> None:
        self._data_actions().show_held()

    def _daily_copy(self) -> None:
        if self.isVisible() and self.recovery is None:  # not once the window closed
            self._data_actions().daily_copy()

    def notify(self, text: str, tone: str = "info") -> Banner:
        """A notice at the top of the window (a restore done, a copy made)."""
        if self._notice is None:
            from migradesk.ui.widgets.forms import Banner

            self._notice = Banner()
            self._notice.setProperty("placement", "window")
            self._main_column.insertWidget(0, self._notice)
        self._notice.show_text(text, tone)
        return self._notice

    def show_recovery(self, error: BaseException) -> None:
        """The data could not be opened: say so and offer the ways on (recovery.py)."""
        from migradesk.ui import errors
        from migradesk.ui.recovery import RecoveryPage

        known = errors.is_known(error)
        log.warning("cannot open the data: %s", error, exc_info=None if known else error)
        self._hide_recovery()
        page = RecoveryPage(
            error,
            self.data_dir or Path.cwd(),
            lambda exc: errors.show_crash(type(exc), exc, exc.__traceback__, self),
        )
        page.retry_requested.connect(self.open_again)
        page.folder_chosen.connect(self.use_data_folder)
        page.quit_requested.connect(self.close)
        self.recovery = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.side.setVisible(False)
        if self._loading is not None:
            self.stack.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
        self.save_label.setText("")
        self.pending_label.setText("")
        self._update_data_actions()
        self._update_export_action()

    def _hide_recovery(self) -> None:
        if self.recovery is not None:
            self.stack.removeWidget(self.recovery)
            self.recovery.deleteLater()
            self.recovery = None

    def open_again(self) -> None:
        """Open the data again (after a retry, a restore, a new file)."""
        if self.loader is not None:
            self.loader()

    def use_data_folder(self, folder: Path) -> None:
        """Open another data folder, and keep using it (unless one is given when starting)."""
        settings.DATA_FOLDER.set(str(folder))
        settings.sync()
        self.open_requested.emit(folder, False)

    def _restore_geometry(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint is done

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.flush()
        if self._exporter is not None:
            self._exporter.wait()
        settings.WINDOW_GEOMETRY.set(QByteArray(self.saveGeometry()))
        settings.sync()
        try:
            self.session.worker.wait_idle()
        except Exception:  # the failure was already reported through the worker
            log.exception("pending saves failed at close")
        if self.session.held and not self._data_actions().close_with_held():
            event.ignore()  # the user keeps the window to save them
            return
        super().closeEvent(event)


def _undo_signals(editor: TextEditor | None) -> list[SignalInstance]:
    if editor is None:
        return []
    from PySide6.QtWidgets import QLineEdit

    if isinstance(editor, QLineEdit):
        return [editor.textChanged]
    return [editor.undoAvailable, editor.redoAvailable]


def _editor_can(editor: TextEditor, undo: bool) -> bool:
    from PySide6.QtWidgets import QLineEdit

    if editor.isReadOnly():
        return False
    if isinstance(editor, QLineEdit):
        return editor.isUndoAvailable() if undo else editor.isRedoAvailable()
    document = editor.document()
    return document.isUndoAvailable() if undo else document.isRedoAvailable()


def on_current_page(window: MainWindow) -> bool:
    page = window.pages.get(window.current_page_id or "")
    return page is not None and window.stack.currentWidget() is page
