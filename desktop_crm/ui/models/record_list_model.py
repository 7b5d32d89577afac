"""The company and person lists as a lazy table model: row ids in an array, row contents in a small cache.

Why this design (a hybrid of keyset paging and Anki's "ids + lazy rows"):

- **First screen at once.** When the sort is served by an index (persons by the Dutch sort key,
  companies by name) and there is no filter text, the model reads the first page synchronously with
  keyset paging (``WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 100``: under a
  millisecond anywhere in a million rows, never OFFSET) and offers more through
  ``canFetchMore``/``fetchMore``, which read the next keyset page as the user scrolls.
- **Then the whole scroll range.** Meanwhile the worker thread reads every id of the list in order
  (~0.5 s and 8 MB at a million rows, as an ``array('q')``) and a cheap COUNT for the status bar.
  When the ids arrive, the rows not yet fetched are appended, so the scroll bar covers the whole
  list and the user can drag it to "Z" without fetching every page on the way; rows already on screen
  stay where they are. Pure keyset paging cannot jump; loading all ids first (Anki) costs about a
  second before the first frame at a million rows.
- **Sorts and filters no index serves** (first name, company, city, created..., or text through the
  FTS index) only take the worker path: the list keeps showing what it showed until the new ids are
  in, then resets.
- **Row contents** are read a page (100 rows) at a time by primary key when a row is first painted
  (about a millisecond), as tuples, into an LRU cache of a few thousand rows, shared with the grouped
  model. Memory stays at the ids plus the cache, whatever the user scrolls through.

``QAbstractItemModelTester`` checks this model and the grouped one in the tests.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop_crm import i18n
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import FIELD_LABELS
from desktop_crm.services import browse
from desktop_crm.services.browse import PAGE_SIZE, ColumnInfo, ListSpec
from desktop_crm.ui.models.loading import LoadingCounter
from desktop_crm.ui.worker import run_task

CACHE_ROWS = 4000
IdRole = Qt.ItemDataRole.UserRole + 1


class RowCache:
    """The most recently used rows of one kind, by id (an LRU of a few thousand tuples)."""

    def __init__(self, kind: str, capacity: int = CACHE_ROWS) -> None:
        self.kind = kind
        self.capacity = capacity
        self._rows: OrderedDict[int, tuple] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, record_id: int) -> tuple | None:
        row = self._rows.get(record_id)
        if row is not None:
            self._rows.move_to_end(record_id)
        return row

    def put(self, rows: Sequence[tuple]) -> None:
        for row in rows:
            self._rows[row[0]] = row
            self._rows.move_to_end(row[0])
        while len(self._rows) > self.capacity:
            self._rows.popitem(last=False)

    def load(self, ids: Sequence[int]) -> None:
        """Read the rows of ``ids`` that are not cached (one query)."""
        missing = [i for i in ids if i not in self._rows]
        if missing:
            found = browse.rows(self.kind, missing)
            self.put([found[i] for i in missing if i in found])

    def row(self, ids: Sequence[int], position: int) -> tuple | None:
        """The row at ``position`` of ``ids``, reading its whole page when it is not cached."""
        record_id = ids[position]
        row = self.get(record_id)
        if row is None:
            start = position - position % PAGE_SIZE
            self.load(ids[start:start + PAGE_SIZE])
            row = self.get(record_id)
        return row

    def clear(self) -> None:
        self._rows.clear()


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordListModel", text)


def column_label(column: ColumnInfo) -> str:
    """A column's header text in the interface language."""
    if column.field in FIELD_LABELS:
        return i18n.tr_field(column.field)
    own = {
        "category_group": QCoreApplication.translate("RecordListModel", "Category group"),
        "created": QCoreApplication.translate("RecordListModel", "Created"),
        "updated": QCoreApplication.translate("RecordListModel", "Updated"),
    }
    return own.get(column.key, column.key)


def format_value(column: ColumnInfo, value: object) -> str:
    """How a list shows a value of ``column``."""
    if value is None or value == "":
        return ""
    if column.value_type == "bool":
        return QCoreApplication.translate("RecordListModel", "Yes") if value else ""
    if column.value_type == "int":
        return QLocale().toString(int(value))  # type: ignore[call-overload]
    if column.value_type == "datetime":
        moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            return str(value)
        return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
    return str(value)


def group_label(column: ColumnInfo, value: object, count: int) -> str:
    if value is None or value == "":
        text = QCoreApplication.translate("RecordListModel", "(none)")
    elif column.value_type == "bool":
        text = (QCoreApplication.translate("RecordListModel", "Yes") if value
                else QCoreApplication.translate("RecordListModel", "No"))
    else:
        text = format_value(column, value)
    return f"{text} ({QLocale().toString(count)})"


def cell_data(column: ColumnInfo, row: tuple | None, position: int, role: int) -> Any:
    """``data()`` of one cell: ``row`` is the browse row, ``position`` the column's index in it."""
    if row is None:
        return None
    value = row[position + 1]
    if role == Qt.ItemDataRole.DisplayRole:
        return format_value(column, value)
    if role == IdRole:
        return row[0]
    if role == Qt.ItemDataRole.TextAlignmentRole and column.value_type == "int":
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if column.value_type == "lead_status" and value is not None and row[-1]:
        # A hidden lead status: kept and searchable, shown dimmed rather than blank (seed 002).
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "RecordListModel", "Hidden: the company's category does not use lead statuses. The value is kept.")
    if role == Qt.ItemDataRole.ToolTipRole and column.value_type == "datetime":
        return format_value(column, value)
    return None


class RecordListModel(QAbstractTableModel):
    """The lazy list of companies or persons (see the module docstring).

    ``count_changed(n)`` reports the number of records (a COUNT on the worker, -1 while unknown);
    ``loading_changed(bool)`` whether a query runs on the worker; ``loaded`` when the whole id list
    is known (tests and the bench wait for it); ``failed(message)`` when a query failed.
    """

    count_changed = Signal(int)
    loading_changed = Signal(bool)
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, kind: str, company_id: int | None = None, parent: QObject | None = None, *,
                 leads_only: bool = False, cache: RowCache | None = None, start: bool = True) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = browse.columns(kind)
        self.cache = cache or RowCache(kind)
        self._spec = ListSpec(kind, company_id=company_id, leads_only=leads_only)
        self._ids = array("q")
        self._after: tuple[object, int] | None = None
        self._complete = False
        self._total = -1
        self._generation = 0
        self._queries = LoadingCounter(self.loading_changed.emit)
        self._fetching = False
        self.keeps_view = False  # the coming reset is a refresh: the view keeps its place
        if start:
            self.reload()

    # --- what the list shows ---------------------------------------------------------------------

    @property
    def spec(self) -> ListSpec:
        return self._spec

    @property
    def total(self) -> int:
        """The number of records in the list (-1 while the count runs)."""
        return self._total

    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def loading(self) -> bool:
        return self._queries.busy

    def ids(self) -> array:
        return self._ids

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int:
        """The row of ``record_id`` or -1 (a scan of the id array: milliseconds at a million)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def column_index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def set_spec(self, spec: ListSpec) -> None:
        if spec != self._spec:
            self._spec = spec
            self.reload()

    def set_filter_text(self, text: str) -> None:
        self.set_spec(replace(self._spec, text=text.strip()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.set_spec(replace(self._spec, sort=self.columns[column].key,
                              descending=order == Qt.SortOrder.DescendingOrder))

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Show ``changes`` (all of them when None), keeping the view's place."""
        if changes is not None and not browse.affects(self.kind, changes):
            return
        self.cache.clear()
        if changes is not None and not browse.changes_order(self._spec, changes):
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))
            return
        self.reload(keep=True)

    # --- loading -----------------------------------------------------------------------------------

    def reload(self, keep: bool = False) -> None:
        """Query the list again. ``keep``: a refresh; the rows stay until the new ids are in."""
        self._generation += 1
        generation, spec = self._generation, self._spec
        if not keep:
            page = browse.first_page(spec)
            if page is not None:
                self.keeps_view = False
                self.beginResetModel()
                self.cache.put(page.rows)
                self._ids = array("q", (row[0] for row in page.rows))
                self._after, self._complete = page.after, page.done
                self.endResetModel()
                if page.done:
                    self._set_total(len(self._ids))
                    self.loaded.emit()
                    return
        self.keeps_view = keep
        if not keep:
            self._set_total(-1)
        self._queries.start()
        run_task(lambda: (generation, browse.count(spec)), self._on_count, self._on_error)
        self._queries.start()
        run_task(lambda: (generation, browse.sorted_ids(spec)), self._on_ids, self._on_error)

    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.count_changed.emit(total)

    def _on_error(self, exc: Exception) -> None:
        self._queries.finish()
        self.failed.emit(str(exc))

    def _on_count(self, result: tuple[int, int]) -> None:
        self._queries.finish()
        generation, total = result
        if generation == self._generation and not self._complete:
            self._set_total(total)

    def _on_ids(self, result: tuple[int, array]) -> None:
        self._queries.finish()
        generation, ids = result
        if generation != self._generation:
            return
        known, was_complete, keeps_view = len(self._ids), self._complete, self.keeps_view
        self._complete, self._after = True, None  # no keyset fetches from here on
        if not was_complete and not keeps_view and ids[:known] == self._ids:
            # The keyset pages shown so far are the head of the list: append the rest.
            if len(ids) > known:
                self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        elif ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        self.keeps_view = False
        self._set_total(len(ids))
        self.loaded.emit()

    # --- Qt's model interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        return (not parent.isValid() and not self._complete and not self._fetching and self._after is not None
                and self._spec.keyset)

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        page = browse.next_page(self._spec, self._after)
        self.cache.put(page.rows)
        self._after = page.after
        self._complete = page.done
        if page.rows:
            start = len(self._ids)
            self._fetching = True  # a view or tester asking for more while rows go in gets nothing
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._ids.extend(row[0] for row in page.rows)
            self.endInsertRows()
            self._fetching = False
        if page.done:
            self._set_total(len(self._ids))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in CELL_ROLES:
            return None
        column = index.column()
        return cell_data(self.columns[column], self.cache.row(self._ids, index.row()), column, role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_label(self.columns[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].value_type == "int":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


CELL_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole})
