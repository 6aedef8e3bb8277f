"""Every visible string is translatable, and every translatable string has its English text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from migradesk.ui import domain_labels, i18n_update
from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages import PAGE_IDS

from .conftest import OpenWindow

MARK = "⟦"
NO_WORDS = re.compile(r"^[\W\d_]*$")  # numbers, dates, percentages, punctuation


def test_every_string_has_a_finished_english_translation() -> None:
    missing = i18n_update.problems()
    assert not missing, (
        "Strings without English translation (run `python -m migradesk.ui.i18n_update`, "
        "translate resources/translations/migradesk_en.ts, run it again):\n" + "\n".join(missing)
    )


def test_shipped_qm_is_up_to_date() -> None:
    ts = i18n_update.TS_FILE
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_domain_labels_match_the_core() -> None:
    from migradesk.domain.calendar import _LABELS
    from migradesk.domain.city import REGION_LABELS
    from migradesk.domain.questionnaire import load_questionnaire

    assert set(_LABELS.values()) <= set(domain_labels.CALENDAR_LABELS)
    questionnaire = load_questionnaire()
    for dimension in questionnaire.dimensions:
        assert domain_labels.DIMENSION_NAMES[dimension.code] == dimension.name
    options = {o.label for i in questionnaire.indicators() for o in i.scale.options}
    assert options <= set(domain_labels.OPTION_LABELS), options - set(domain_labels.OPTION_LABELS)
    assert set(REGION_LABELS.values()) == set(domain_labels.REGION_NAMES)


def test_plan_status_labels_match_the_core() -> None:
    from migradesk.domain.plan_figures import STATUS_LABELS

    from migradesk.ui.widgets import plan_labels

    assert set(plan_labels.STATUS_SOURCES) == set(STATUS_LABELS.values())


def test_process_labels_match_the_core() -> None:
    """Every sentence of the process model is declared for translation, and nothing else."""
    import migradesk.domain.process  # noqa: F401 - declares the templates
    from migradesk.domain.phrases import templates
    from migradesk.domain.process.steps import SHORT_TITLES

    from migradesk.ui import process_labels
    from migradesk.ui.pages import PAGES

    assert set(templates()) == set(process_labels.PROCESS_LABELS), (
        "Declare the model's templates in migradesk/ui/process_labels.py: "
        f"{sorted(set(templates()) ^ set(process_labels.PROCESS_LABELS))}"
    )
    assert {p.id: p.title_source for p in PAGES} == SHORT_TITLES


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A translation where every tr() string becomes ⟦…⟧: untranslatable text shows bare."""
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "pseudo.ts"
    i18n_update.lupdate(ts)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms or [translation]:
            form.text = f"{MARK}{source}⟧"
    tree.write(ts, encoding="utf-8")
    qm = folder / "pseudo.qm"
    i18n_update.lrelease(ts, qm)
    return qm


@pytest.fixture
def pseudo(pseudo_qm: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the interface text a user sees in ``root``."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or _is_data(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            yield f"{name} tooltip", widget.toolTip()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and widget.isEditable() is False:
            for i in range(widget.count()):
                if widget.itemData(i) is not None or i == 0:
                    yield f"{name} item", widget.itemText(i)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{name} header", str(header or "")


def _is_data(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property("i18n_data"):
            return True
        widget = widget.parentWidget()  # type: ignore[assignment]
    return False


def untranslated(window: MainWindow) -> list[str]:
    texts = list(visible_texts(window.stack.currentWidget()))
    texts += [("window title", window.windowTitle())]
    texts += [(f"status {w.text()}", w.text()) for w in (window.save_label, window.pending_label)]
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(("menu", menu.title()))
        texts += [("action", a.text()) for a in menu.actions() if a.text() and not a.menu()]
    return bare(texts)


def bare(texts: list[tuple[str, str]]) -> list[str]:
    found = []
    for where, text in texts:
        plain = re.sub(r"<[^>]+>", "", text).replace("&", "").strip()
        if plain and not NO_WORDS.match(plain) and MARK not in plain and plain not in LANGUAGES:
            found.append(f"{where}: {plain!r}")
    return found


def test_the_check_catches_a_string_without_tr(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Texto escrito sin tr()"))
    layout.addWidget(QLabel(f"{MARK}Traducible⟧: 12"))
    layout.addWidget(QLabel("25/11/2026 · 75 %"))
    data = QLabel("Santa Rosa del Cerro")
    data.setProperty("i18n_data", True)
    layout.addWidget(data)
    root.show()
    assert bare(list(visible_texts(root))) == ["QLabel: 'Texto escrito sin tr()'"]


LANGUAGES = {"Español", "English"}  # each language is named in its own language


def test_every_visible_string_of_every_page_is_translatable(
    open_window: OpenWindow, demo_dir: Path, pseudo: None
) -> None:
    window = open_window(demo_dir)
    problems = []
    for page_id in PAGE_IDS:
        window.show_page(page_id)
        problems += [f"{page_id}: {p}" for p in untranslated(window)]
    assert not problems, "Visible text not going through tr():\n" + "\n".join(problems)


def test_welcome_page_is_translatable(
    open_window: OpenWindow, empty_dir: Path, pseudo: None
) -> None:
    window = open_window(empty_dir)
    assert not untranslated(window)


def test_switch_to_english_and_back(
    open_window: OpenWindow, demo_dir: Path, isolated_settings: Path
) -> None:
    window = open_window(demo_dir)
    window.show_page("fase1")
    english = window.language_actions["en"]
    english.trigger()
    assert window.file_menu.title() == "&File"
    assert window.save_label.text() == "Saved on this computer"
    assert window.current_page_id == "fase1"
    assert window.stack.currentWidget().heading.text() == "Phase 1 · Training of local officials"  # type: ignore[attr-defined]
    assert "en" in (isolated_settings / "migradesk.ini").read_text()
    window.language_actions["es"].trigger()
    assert window.file_menu.title() == "&Archivo"
    assert (
        window.stack.currentWidget().heading.text()
        == "Fase 1 · Capacitación del funcionariado local"
    )  # type: ignore[attr-defined]


def spanish_labels() -> dict[str, str]:
    """The interface's short Spanish labels that have another English text (states, answers,
    genders, dimensions, column titles…): what an English window must never show."""
    found: dict[str, str] = {}
    for message in ET.parse(i18n_update.TS_FILE).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.findtext("translation", "") or ""
        short = bool(source) and len(source.split()) <= 4 and "%" not in source
        if short and translation and translation != source and not NO_WORDS.match(source):
            found[source.replace("&", "")] = translation
    return found


SEGMENTS = re.compile(r"\s*(?:[·:;,()«»“”\"\n]|\s—\s|\s–\s)\s*")


CELL = re.compile(r"\s·\s")  # a cell is the city's data, or labels joined by " · "


def shown_texts(root: QWidget) -> Iterator[tuple[str, str, re.Pattern[str]]]:
    """(where, text, how to split it into labels) for the interface text a user sees in
    ``root``: widgets' texts (not the city's data: ``i18n_data``), the cells of lists and
    tables (a label is a whole cell, or a part between " · "), what charts paint."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _is_data(widget):
            continue
        name = type(widget).__name__
        for getter in ("text", "title", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value) and isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                text = value()
                if isinstance(text, str):
                    yield name, text, SEGMENTS
        if isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i), CELL) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            yield from ((name, widget.tabText(i), SEGMENTS) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            table = isinstance(widget, QTableView | QTreeView)
            parents = [QModelIndex()]
            while parents:
                parent = parents.pop()
                for row in range(model.rowCount(parent)):
                    for column in range(model.columnCount(parent) if table else 1):
                        index = model.index(row, column, parent)
                        yield name, str(index.data() or ""), CELL
                        if isinstance(widget, QTreeView) and column == 0 and model.rowCount(index):
                            parents.append(index)
            for column in range(model.columnCount(QModelIndex()) if table else 0):
                header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                yield f"{name} header", header, SEGMENTS
        boxes = getattr(widget, "text_boxes", None)
        if callable(boxes):
            yield from ((f"{name} painted", text, CELL) for text, _rect in boxes())
        if widget.accessibleDescription():
            yield f"{name} description", widget.accessibleDescription(), SEGMENTS


def test_no_spanish_label_reaches_an_english_window(
    open_window: OpenWindow, demo_dir: Path, isolated_settings: Path
) -> None:
    """States, answers, genders, dimensions, regions… in English wherever they show: in
    forms, lists and tables, charts (their texts and descriptions), menus."""
    from PySide6.QtWidgets import QTabWidget

    window = open_window(demo_dir)
    window.set_language("en")
    labels = spanish_labels()
    found: set[str] = set()

    def check(where: str) -> None:
        texts = list(shown_texts(window))
        texts += [
            ("menu", a.text(), SEGMENTS)
            for m in window.menuBar().findChildren(QMenu)
            for a in m.actions()
        ]
        for kind, text, splitter in texts:
            for segment in splitter.split(re.sub(r"<[^>]+>", " ", text)):
                if segment.strip().replace("&", "") in labels:
                    found.add(f"{where} {kind}: {segment.strip()!r} in {text[:60]!r}")

    for page_id in PAGE_IDS:
        window.show_page(page_id)
        page = window.stack.currentWidget()
        tabs = page.findChildren(QTabWidget)
        check(page_id)
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                check(f"{page_id}#{index}")
    assert not found, "Spanish in the English window:\n" + "\n".join(sorted(found))
