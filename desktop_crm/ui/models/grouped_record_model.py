"""A list grouped by a column: group rows (value + count from SQL GROUP BY) that expand lazily.

Two levels. The top level holds the groups, read with one GROUP BY on the worker thread. A group's
members are not read until the view expands it: ``canFetchMore(group)`` is True, ``fetchMore``
queues the group's sorted ids on the worker and inserts them when they arrive. Member rows are read
a page at a time into the same ``RowCache`` as the flat list, so a group of 300,000 leads costs its
ids (8 bytes each) and the rows on screen.

Index layout: a group's index has internal id 0; a member's index has the internal id of its group's
row + 1, so ``parent()`` needs no lookups.
"""

from __future__ import annotations

from array import array
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.services import browse
from desktop_crm.services.browse import ColumnInfo, Group, ListSpec
from desktop_crm.ui.models.loading import LoadingCounter
from desktop_crm.ui.models.record_list_model import (
    CELL_ROLES,
    IdRole,
    RowCache,
    cell_data,
    column_label,
    group_label,
)
from desktop_crm.ui.worker import run_task

GroupKeyRole = Qt.ItemDataRole.UserRole + 2


class GroupedRecordModel(QAbstractItemModel):
    """``spec``'s records grouped by the column ``group_by`` (a groupable column key)."""

    loading_changed = Signal(bool)
    loaded = Signal()  # the groups are in
    group_loaded = Signal(int)  # the members of the group at this row are in
    count_changed = Signal(int)
    failed = Signal(str)

    def __init__(self, spec: ListSpec, group_by: str, parent: QObject | None = None, *,
                 cache: RowCache | None = None) -> None:
        super().__init__(parent)
        self.kind = spec.kind
        self.columns = browse.columns(spec.kind)
        self.cache = cache or RowCache(spec.kind)
        self._spec = spec
        self._group_by = self._checked(group_by)
        self._groups: list[Group] = []
        self._members: dict[int, array] = {}
        self._fetching: set[int] = set()
        self._generation = 0
        self._queries = LoadingCounter(self.loading_changed.emit)
        self._total = -1
        self.reload()

    def _checked(self, key: str) -> str:
        column = next((c for c in self.columns if c.key == key), None)
        if column is None or not column.groupable:
            raise ValueError(f"cannot group {self.kind} by {key!r}")
        return key

    @property
    def spec(self) -> ListSpec:
        return self._spec

    @property
    def group_by(self) -> str:
        return self._group_by

    @property
    def group_column(self) -> ColumnInfo:
        return next(c for c in self.columns if c.key == self._group_by)

    @property
    def groups(self) -> list[Group]:
        return list(self._groups)

    @property
    def total(self) -> int:
        """The number of records in all groups (-1 while the groups are read)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._queries.busy

    def members(self, group_row: int) -> array | None:
        """The ids of an expanded group (None while not loaded)."""
        return self._members.get(group_row)

    def set_spec(self, spec: ListSpec) -> None:
        if spec != self._spec:
            self._spec = spec
            self.reload()

    def set_group_by(self, key: str) -> None:
        if key != self._group_by:
            self._group_by = self._checked(key)
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sortable:
            self.set_spec(replace(self._spec, sort=self.columns[column].key,
                                  descending=order == Qt.SortOrder.DescendingOrder))

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is not None and not browse.affects(self.kind, changes):
            return
        self.cache.clear()
        if changes is not None and not browse.changes_order(self._spec, changes, self._group_by):
            self._repaint()
            return
        self.reload()

    def _repaint(self) -> None:
        last = len(self.columns) - 1
        for row, ids in self._members.items():
            if ids:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(ids) - 1, last, parent))

    # --- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the groups again; the view re-expands what was expanded (the widget does that)."""
        self._generation += 1
        generation, spec, group_by = self._generation, self._spec, self._group_by
        if self._total != -1:
            self._total = -1
            self.count_changed.emit(-1)
        self._queries.start()
        run_task(lambda: (generation, browse.groups(spec, group_by)), self._on_groups, self._on_error)

    def _on_error(self, exc: Exception) -> None:
        self._queries.finish()
        self.failed.emit(str(exc))

    def _on_groups(self, result: tuple[int, list[Group]]) -> None:
        self._queries.finish()
        generation, groups = result
        if generation != self._generation:
            return
        self.beginResetModel()
        self._groups = groups
        self._members.clear()
        self._fetching.clear()
        self.endResetModel()
        self._total = sum(g.count for g in groups)
        self.count_changed.emit(self._total)
        self.loaded.emit()

    def _on_members(self, result: tuple[int, int, array]) -> None:
        self._queries.finish()
        generation, row, ids = result
        if generation != self._generation:
            return
        if ids:
            self.beginInsertRows(self.index(row, 0), 0, len(ids) - 1)
            self._members[row] = ids
            self.endInsertRows()
        else:
            self._members[row] = ids
        self._fetching.discard(row)
        self.group_loaded.emit(row)

    # --- Qt's model interface ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
              ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def _is_group(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.internalId() == 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if self._is_group(parent) and parent.column() == 0:
            return len(self._members.get(parent.row(), ()))
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if not parent.isValid():
            return bool(self._groups)
        if self._is_group(parent) and parent.column() == 0:
            return self._groups[parent.row()].count > 0
        return False

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not (self._is_group(parent) and parent.column() == 0):
            return False
        row = parent.row()
        return row not in self._members and row not in self._fetching and self._groups[row].count > 0

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        row = parent.row()
        self._fetching.add(row)
        generation, spec, group_by, key = self._generation, self._spec, self._group_by, self._groups[row].key
        self._queries.start()
        run_task(lambda: (generation, row, browse.group_ids(spec, group_by, key)), self._on_members, self._on_error)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self._is_group(index):
            group = self._groups[index.row()]
            if role == GroupKeyRole:
                return group.key
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return group_label(self.group_column, group.label, group.count)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        ids = self._members.get(index.internalId() - 1)
        if ids is None or index.row() >= len(ids):
            return None
        if role == IdRole:
            return ids[index.row()]
        if role not in CELL_ROLES:
            return None
        return cell_data(self.columns[index.column()], self.cache.row(ids, index.row()), index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_label(self.columns[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._is_group(index):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
