"""Fase 4: the action plan as a tree model (priority area → objectives → actions), edited inline.

Every edit is an undoable command on ``session.undo_stack``; the model shows it at once and the
file that comes back from the worker confirms it (``set_file`` keeps the tree when only values
changed, so the view keeps its expansion, selection and scroll position).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics

from migradesk.domain.base import Record
from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import Action, MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.plan_figures import plan_areas

from migradesk.ui import style
from migradesk.ui.formats import fmt_date
from migradesk.ui.session import Session
from migradesk.ui.sync.labels import badge_icon, badge_text, badge_tip
from migradesk.ui.undo import DeleteRecordsCommand, SaveRecordsCommand

Index = QModelIndex | QPersistentModelIndex
PlanRecord = PriorityArea | Objective | Action

TITLE, RESPONSIBLE, PARTNERS, START, END, RESOURCES, INDICATOR, TARGET, SYNC = range(9)
COLUMNS = 9  # SYNC: each record's sync state ("por enviar", "sincronizado"…), read-only
FIELDS = {
    TITLE: "title",
    RESPONSIBLE: "responsible_area",
    PARTNERS: "partners",
    START: "start",
    END: "end",
    RESOURCES: "resources",
    INDICATOR: "indicator",
    TARGET: "target",
}
DATE_COLUMNS = (START, END)


@dataclasses.dataclass(eq=False)
class Node:
    record: PlanRecord
    parent: Node | None
    row: int
    key: int
    children: list[Node] = dataclasses.field(default_factory=list)


class PlanModel(QAbstractItemModel):
    problem = Signal(str)  # an edit was refused: the message for the user

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.roots: list[Node] = []
        self.editable = True
        self._keys: dict[str, int] = {}
        self._nodes: dict[int, Node] = {}
        self._signature: list[tuple[str, str]] = []
        session.badges_changed.connect(self.badges_changed)

    # Filling

    def set_file(self, file: CityFile, editable: bool) -> None:
        areas = plan_areas(file)
        tree: list[tuple[PlanRecord, list[tuple[PlanRecord, list[PlanRecord]]]]] = [
            (area, [(o, list(file.actions_of(o.id))) for o in file.objectives_of(area.id)])
            for area in areas
        ]
        signature: list[tuple[str, str]] = []
        for area, objectives in tree:
            signature.append((area.id, ""))
            for objective, actions in objectives:
                signature.append((objective.id, area.id))
                signature += [(a.id, objective.id) for a in actions]
        if signature == self._signature and editable == self.editable:
            self._replace_records(tree)
            return
        self.beginResetModel()
        self.editable = editable
        self._signature = signature
        self._nodes.clear()
        self.roots = []
        for r, (area, objectives) in enumerate(tree):
            area_node = self._node(area, None, r)
            self.roots.append(area_node)
            for o, (objective, actions) in enumerate(objectives):
                objective_node = self._node(objective, area_node, o)
                area_node.children.append(objective_node)
                objective_node.children = [
                    self._node(action, objective_node, a) for a, action in enumerate(actions)
                ]
        self.endResetModel()

    def _node(self, record: PlanRecord, parent: Node | None, row: int) -> Node:
        key = self._keys.setdefault(record.id, len(self._keys) + 1)
        node = Node(record, parent, row, key)
        self._nodes[key] = node
        return node

    def _replace_records(
        self, tree: list[tuple[PlanRecord, list[tuple[PlanRecord, list[PlanRecord]]]]]
    ) -> None:
        for area_node, (area, objectives) in zip(self.roots, tree, strict=True):
            area_node.record = area
            for objective_node, (objective, actions) in zip(
                area_node.children, objectives, strict=True
            ):
                objective_node.record = objective
                for action_node, action in zip(objective_node.children, actions, strict=True):
                    action_node.record = action
        for node in self._nodes.values():
            if node.children:
                first = self.index(0, 0, self._index_of(node))
                last = self.index(len(node.children) - 1, COLUMNS - 1, self._index_of(node))
                self.dataChanged.emit(first, last)
        if self.roots:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.roots) - 1, COLUMNS - 1))

    # Lookup

    def node(self, index: Index) -> Node | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def _index_of(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, id=node.key)

    def index_of(self, record_id: str, column: int = 0) -> QModelIndex:
        key = self._keys.get(record_id)
        node = self._nodes.get(key) if key is not None else None
        return self._index_of(node, column) if node is not None else QModelIndex()

    def record(self, index: Index) -> PlanRecord | None:
        node = self.node(index)
        return node.record if node else None

    def actions(self) -> list[Action]:
        return [
            a.record  # type: ignore[misc]
            for area in self.roots
            for objective in area.children
            for a in objective.children
        ]

    # Qt model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self.roots if not parent.isValid() else self._children(parent)
        if not 0 <= row < len(siblings) or not 0 <= column < COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, id=siblings[row].key)

    def _children(self, parent: Index) -> list[Node]:
        node = self.node(parent)
        return node.children if node else []

    def parent(self, *args: Any) -> Any:  # QObject.parent() and QAbstractItemModel.parent(i)
        if not args:
            return super().parent()
        node = self.node(args[0])
        if node is None or node.parent is None:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.roots) if not parent.isValid() else len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == SYNC:
            return self.tr("Sincronización")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Objetivo / acción"),
            self.tr("Área responsable"),
            self.tr("Socios"),
            self.tr("Inicio"),
            self.tr("Fin"),
            self.tr("Recursos"),
            self.tr("Indicador"),
            self.tr("Meta"),
            "",  # SYNC: a mark per row; its title is the tooltip
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        record = self.record(index)
        if not self.editable or record is None or isinstance(record, PriorityArea):
            return base
        if (isinstance(record, Objective) and index.column() != TITLE) or index.column() == SYNC:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if column == SYNC:
            return self._badge_data(record, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(record, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return "\n\n".join(t for t in (record.title, record.description) if t)
            text = self._value(record, column, False)
            return text or None
        if role == Qt.ItemDataRole.FontRole and not isinstance(record, Action):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(record, PriorityArea):
            return QColor(style.ACCENT)
        return None

    def _badge_data(self, record: PlanRecord, role: int) -> Any:
        badge = self.session.badges.get(record.id)
        if badge is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:  # a mark, not the words in every row
            return badge_icon(badge, QFontMetrics(QFont()).height())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return badge_text(badge)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{badge_text(badge)}: {badge_tip(badge)}"
        return None

    def badges_changed(self) -> None:
        """The session has new sync badges: repaint the SYNC column only."""
        parents = [QModelIndex()] + [self._index_of(n) for n in self._nodes.values() if n.children]
        for parent in parents:
            rows = self.rowCount(parent)
            if rows:
                self.dataChanged.emit(
                    self.index(0, SYNC, parent), self.index(rows - 1, SYNC, parent)
                )

    def _value(self, record: PlanRecord, column: int, edit: bool) -> Any:
        if isinstance(record, PriorityArea):
            if column != TITLE:
                return None
            return record.title if edit else self.tr("Área: %1").replace("%1", record.title)
        if isinstance(record, Objective):
            return record.title if column == TITLE else None
        value = getattr(record, FIELDS[column])
        if column in DATE_COLUMNS:
            return value if edit else fmt_date(value)
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if (
            node is None
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        record, column = node.record, index.column()
        name = FIELDS[column]
        if column in DATE_COLUMNS:
            if value is not None and not isinstance(value, date):
                return False
        else:
            value = str(value or "").strip()
            if column == TITLE and not value:
                self.problem.emit(self.tr("El título no puede quedar vacío."))
                return False
        try:
            new = dataclasses.replace(record, **{name: value})
        except ValueError:
            self.problem.emit(self.tr("La fecha de fin no puede ser anterior a la de inicio."))
            return False
        if new == record:
            return False
        node.record = new
        self.dataChanged.emit(self._index_of(node), self._index_of(node, COLUMNS - 1))
        text = self.tr("Editar «%1»").replace("%1", record.title)
        self.session.undo_stack.push(SaveRecordsCommand(self.session, [record], [new], text, self))
        self.problem.emit("")
        return True

    # Structure: add, remove, reorder (each one undoable)

    def add_objective(self, area_index: Index, title: str) -> str | None:
        node = self._area_node(area_index)
        if node is None or not self.editable:
            return None
        position = max((c.record.position for c in node.children), default=0) + 1  # type: ignore[union-attr]
        objective = Objective(
            city_id=node.record.city_id, priority_area_id=node.record.id, title=title,
            position=position,
        )  # fmt: skip
        text = self.tr("Agregar objetivo")
        self.session.undo_stack.push(SaveRecordsCommand(self.session, [None], [objective], text))
        return objective.id

    def add_action(self, index: Index, title: str) -> str | None:
        node = self.node(index)
        if node is not None and isinstance(node.record, Action):
            node = node.parent
        if node is None or not isinstance(node.record, Objective) or not self.editable:
            return None
        position = max((c.record.position for c in node.children), default=0) + 1  # type: ignore[union-attr]
        action = Action(
            city_id=node.record.city_id, objective_id=node.record.id, title=title,
            position=position,
        )  # fmt: skip
        text = self.tr("Agregar acción")
        self.session.undo_stack.push(SaveRecordsCommand(self.session, [None], [action], text))
        return action.id

    def _area_node(self, index: Index) -> Node | None:
        node = self.node(index)
        while node is not None and node.parent is not None:
            node = node.parent
        return node

    def remove(self, index: Index) -> bool:
        node = self.node(index)
        file = self.session.file
        if node is None or file is None or isinstance(node.record, PriorityArea):
            return False
        if not self.editable:
            return False
        records: list[Record] = [node.record]
        actions = (
            [node.record] if isinstance(node.record, Action) else [c.record for c in node.children]
        )
        if isinstance(node.record, Objective):
            records += actions
        updates = file.all(MonitoringUpdate)
        records += [u for u in updates if any(u.action_id == a.id for a in actions)]
        text = self.tr("Quitar «%1»").replace("%1", node.record.title)
        self.session.undo_stack.push(DeleteRecordsCommand(self.session, records, text))
        return True

    def move(self, index: Index, delta: int) -> bool:
        node = self.node(index)
        if node is None or node.parent is None or not self.editable:
            return False
        siblings = node.parent.children
        target = node.row + delta
        if not 0 <= target < len(siblings):
            return False
        order = [s.record for s in siblings]
        order[node.row], order[target] = order[target], order[node.row]
        before: list[Record | None] = []
        after: list[Record] = []
        for position, record in enumerate(order, start=1):
            if record.position != position:  # type: ignore[union-attr]
                before.append(record)
                after.append(dataclasses.replace(record, position=position))  # type: ignore[arg-type]
        text = self.tr("Mover «%1»").replace("%1", node.record.title)
        self.session.undo_stack.push(SaveRecordsCommand(self.session, before, after, text))
        return True

    def completions(self, column: int) -> list[str]:
        """Values already used in a column (responsible areas, partners) for the completer."""
        name = FIELDS.get(column, "")
        found = {getattr(a, name) for a in self.actions() if getattr(a, name, "")}
        file = self.session.file
        if column == RESPONSIBLE and file is not None:
            found |= {o.area for o in file.officials if o.area}
        return sorted(found, key=str.casefold)
