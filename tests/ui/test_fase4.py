from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QWidget

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record
from migradesk.domain.city import City, Region
from migradesk.domain.plan import Action, AreaSource, Objective, PriorityArea
from migradesk.domain.process import Stage, review
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.domain.report import ReportSection
from migradesk.domain.review import Deliverable
from migradesk.storage import Store

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase4 import TAB_GANTT, TAB_PLAN, Fase4Page
from migradesk.ui.pages.fase4_areas import FEASIBILITY, IMPORTANCE, SELECTED, URGENCY
from migradesk.ui.pages.fase4_model import RESOURCES, RESPONSIBLE, START, TITLE
from migradesk.ui.pages.fase4_plan import DETAIL_COLUMNS, PlanEditor

from .conftest import OpenWindow, citykit, close_window
from .typing_helper import replace_text, type_text

CITY = "11111111-1111-4111-8111-111111111111"
AREA = "22222222-2222-4222-8222-222222222222"


def city_dir(tmp_path: Path, *records: Record) -> Path:
    folder = tmp_path / "city"
    city = City(id=CITY, city_id=CITY, name="Añatuya", province="Santiago del Estero",
                region=Region.NOROESTE)  # fmt: skip
    with Store.open(folder) as store:
        store.save_all([city, *records])
    return folder


def page_of(window: MainWindow) -> Fase4Page:
    window.show_page("fase4")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase4Page)
    return page


def commit(editor: QWidget) -> None:
    """Enter in an inline editor: the delegate commits on the next turn of the event loop."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def plan_of(page: Fase4Page) -> PlanEditor:
    page.show_tab(TAB_PLAN)
    assert page.plan is not None
    return page.plan


def selected_area(city: str = CITY) -> PriorityArea:
    return PriorityArea(id=AREA, city_id=city, title="Acceso a la salud", selected=True,
                        importance=5, urgency=4, feasibility=4)  # fmt: skip


def test_candidate_from_gap_rated_from_the_keyboard_and_ranked(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    version = load_questionnaire().version
    answers = [
        IndicatorAnswer(
            id=IndicatorAnswer.id_for(CITY, version, code), city_id=CITY,
            questionnaire_version=version, indicator_id=code, answer=answer,
        )
        for code, answer in (("a01", "si"), ("a04", "no"), ("b02", "no_aplica"))
    ]  # fmt: skip
    report = ReportSection(
        id=ReportSection.id_for(CITY, 5), city_id=CITY, section=5,
        text="### Áreas a fortalecer\n\n1. **Datos**: registrar la nacionalidad.\n",
    )  # fmt: skip
    window = open_window(city_dir(tmp_path, *answers, report))
    page = page_of(window)
    titles = [s.title for s, _button in page.suggestion_buttons]
    assert titles == ["Datos", "Acceso a la salud"]  # "No aplica" is not a gap

    _gap, button = page.suggestion_buttons[1]
    button.click()
    areas = window.session.file.priority_areas  # type: ignore[union-attr]
    assert [(a.title, a.source, a.dimensions) for a in areas] == [
        ("Acceso a la salud", AreaSource.GAP, ["a"])
    ]
    assert [s.title for s, _b in page.suggestion_buttons] == ["Datos"]  # added ones say so

    type_text(page.new_area, "Participación de las colectividades")
    page.add_area_button.click()
    assert len(window.session.file.priority_areas) == 2  # type: ignore[union-attr]

    view, model = page.areas_view, page.areas_model
    row = model.row_of(next(a.id for a in model.areas if a.title.startswith("Participación")))
    view.setFocus()
    view.setCurrentIndex(model.index(row, IMPORTANCE))
    for key in (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_4):
        QTest.keyClick(view, key)
    rated = next(a for a in window.session.file.priority_areas if a.title.startswith("Partic"))  # type: ignore[union-attr]
    assert (rated.importance, rated.urgency, rated.feasibility, rated.score) == (5, 4, 4, 13)
    assert model.areas[0].id == rated.id  # rated areas rank first
    assert model.index(0, 0).data() == "1" and model.index(0, 6).data() == "13"

    other = model.row_of(next(a.id for a in model.areas if a.source is AreaSource.GAP))
    view.setCurrentIndex(model.index(other, IMPORTANCE))
    for key in (Qt.Key.Key_5, Qt.Key.Key_5, Qt.Key.Key_5):
        QTest.keyClick(view, key)
    assert [a.title for a in model.areas] == ["Acceso a la salud", rated.title]
    assert view.currentIndex().row() == 0  # the current area followed its new rank
    assert view.currentIndex().column() == FEASIBILITY
    QTest.keyClick(view, Qt.Key.Key_0)
    assert model.areas[-1].title == "Acceso a la salud"  # unrated go last
    assert model.areas[-1].feasibility is None and model.areas[-1].score is None

    model.setData(
        model.index(0, SELECTED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert [a.selected for a in window.session.file.priority_areas if a.id == rated.id] == [True]  # type: ignore[union-attr]
    assert model.index(0, URGENCY).data() == "4"


def test_plan_inline_editing_autosaves_and_reopens(open_window: OpenWindow, tmp_path: Path) -> None:
    folder = city_dir(tmp_path, selected_area())
    window = open_window(folder)
    plan = plan_of(page_of(window))
    model, tree = plan.model, plan.tree
    tree.setCurrentIndex(model.index_of(AREA))
    plan.add_objective()
    editor = plan.delegate.last_editor
    assert isinstance(editor, QLineEdit) and editor.text() == "Nuevo objetivo"
    replace_text(editor, "Atención sin barreras en los CAPS")
    commit(editor)
    objective = window.session.file.all(Objective)[0]  # type: ignore[union-attr]
    assert objective.title == "Atención sin barreras en los CAPS"

    plan.add_action()
    editor = plan.delegate.last_editor
    assert isinstance(editor, QLineEdit)
    replace_text(editor, "Capacitación en atención intercultural, ñandutí y señas")
    commit(editor)
    action = window.session.file.all(Action)[0]  # type: ignore[union-attr]
    assert action.title == "Capacitación en atención intercultural, ñandutí y señas"

    tree.setCurrentIndex(model.index_of(action.id, START))
    tree.edit(tree.currentIndex())
    date_editor = plan.delegate.last_editor
    assert isinstance(date_editor, QDateEdit) and date_editor.calendarPopup()
    assert date_editor.displayFormat() == "dd/MM/yyyy"
    date_editor.setDate(QDate(2026, 12, 1))
    commit(date_editor)
    tree.setCurrentIndex(model.index_of(action.id, RESPONSIBLE))
    tree.edit(tree.currentIndex())
    editor = plan.delegate.last_editor
    assert isinstance(editor, QLineEdit)
    type_text(editor, "Dirección de Atención Primaria")
    commit(editor)
    assert model.index_of(action.id, START).data() == "01/12/2026"
    close_window(window)

    again = open_window(folder)
    plan = plan_of(page_of(again))
    [saved] = plan.model.actions()
    assert saved.title == "Capacitación en atención intercultural, ñandutí y señas"
    assert saved.start == date(2026, 12, 1) and saved.end is None
    assert saved.responsible_area == "Dirección de Atención Primaria"
    index = plan.model.index_of(saved.id, TITLE)
    assert index.data() == saved.title and index.parent().data() == objective.title


def plan_records(city: str = CITY) -> list[Record]:
    objective = Objective(city_id=city, priority_area_id=AREA, title="Objetivo uno", position=1)
    actions = [
        Action(city_id=city, objective_id=objective.id, title=title, position=n,
               responsible_area="Salud", start=date(2026, 1, n), end=date(2026, 6, n))
        for n, title in enumerate(("Primera acción", "Segunda acción"), start=1)
    ]  # fmt: skip
    return [selected_area(city), objective, *actions]


def test_remove_with_undo_and_reorder(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window(city_dir(tmp_path, *plan_records()))
    plan = plan_of(page_of(window))
    file = window.session.file
    assert file is not None
    objective = file.all(Objective)[0]
    first, _second = file.actions_of(objective.id)

    plan.tree.setCurrentIndex(plan.model.index_of(first.id))
    plan.down_button.click()
    assert [a.title for a in window.session.file.actions_of(objective.id)] == [  # type: ignore[union-attr]
        "Segunda acción", "Primera acción",
    ]  # fmt: skip
    assert plan.model.record(plan.tree.currentIndex()).id == first.id  # type: ignore[union-attr]

    plan.tree.setCurrentIndex(plan.model.index_of(objective.id))
    plan.remove_button.click()
    assert not window.session.file.all(Objective) and not window.session.file.all(Action)  # type: ignore[union-attr]
    assert plan.model.rowCount(plan.model.index_of(AREA)) == 0
    window.navigator.setFocus()
    window.undo_action.trigger()
    restored = window.session.file  # type: ignore[union-attr]
    assert [o.title for o in restored.all(Objective)] == ["Objetivo uno"]  # type: ignore[union-attr]
    assert len(restored.all(Action)) == 2  # type: ignore[union-attr]
    assert plan.model.index_of(first.id).isValid()


def test_send_for_validation_makes_the_plan_read_only(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    incomplete = [selected_area()]
    window = open_window(city_dir(tmp_path, *incomplete))
    page = page_of(window)
    page.send_button.click()
    shown = page.confirm.text.text()
    assert page.confirm.isVisibleTo(page) and page.sending.missing
    assert "El área «Acceso a la salud» no tiene objetivos." in shown
    assert "El reporte de evaluación todavía no está en su versión final." in shown
    close_window(window)

    reported = citykit.Builder().reported()
    reported.add(*plan_records(reported.city.id))
    citykit.store_city(tmp_path / "ok", reported)
    window = open_window(tmp_path / "ok")
    page = page_of(window)
    plan = plan_of(page)
    page.send_button.click()
    assert not page.sending.missing
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    file = window.session.file
    assert file is not None
    assert review(file, Deliverable.ACTION_PLAN).stage is Stage.TO_SEND  # until the server has it
    assert page.banner.isVisibleTo(page) and "por enviar" in page.banner.text.text().lower()
    assert not page.send_card.isVisibleTo(page)
    assert not page.areas_model.editable and not plan.model.editable
    action_index = plan.model.index_of(file.all(Action)[0].id, TITLE)
    assert not plan.model.flags(action_index) & Qt.ItemFlag.ItemIsEditable
    assert not plan.model.setData(action_index, "Otro título")
    assert not plan.add_objective_button.isVisibleTo(page)
    assert not page.new_area.isVisibleTo(page)


def test_demo_plan_and_gantt(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    assert "validó" in page.banner.text.text()
    page.show_tab(TAB_GANTT)
    assert page.gantt is not None
    rows = page.gantt.rows
    assert any(r.heading for r in rows)
    from migradesk.ui.widgets.gantt import BarState

    assert any(r.state is BarState.OVERDUE for r in rows)
    assert any(r.state is BarState.DONE for r in rows)


def test_resources_indicator_and_target_below_the_tree(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    """The tree keeps the columns that fit beside the title; the selected action's resources,
    indicator and target are written below it (saved and undone as a cell's edit)."""
    folder = city_dir(tmp_path, *plan_records())
    window = open_window(folder)
    plan = plan_of(page_of(window))
    for column in DETAIL_COLUMNS:
        assert plan.tree.isColumnHidden(column)
    first = plan.model.actions()[0]
    assert not plan.detail_fields[RESOURCES].isEnabled() or plan.details_hint.isVisible()
    plan.tree.setCurrentIndex(plan.model.index_of(first.id, TITLE))
    assert not plan.details_hint.isVisible()
    field = plan.detail_fields[RESOURCES]
    assert field.isEnabled() and not field.isReadOnly()
    field.setFocus()
    type_text(field, "Horas del equipo; impresión del protocolo")
    commit(field)
    saved = next(a for a in window.session.file.all(Action) if a.id == first.id)  # type: ignore[union-attr]
    assert saved.resources == "Horas del equipo; impresión del protocolo"
    window.undo_action.trigger()
    undone = next(a for a in window.session.file.all(Action) if a.id == first.id)  # type: ignore[union-attr]
    assert undone.resources == first.resources
    plan.tree.setCurrentIndex(plan.model.index_of(AREA))
    assert plan.details_hint.isVisible() and field.text() == ""
