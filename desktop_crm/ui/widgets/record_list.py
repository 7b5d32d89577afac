"""The company or person list as a reusable widget: filter field, grouping, column choice, the table.

``RecordListWidget("person")`` is the main window's person list; ``RecordListWidget("person",
company_id=42)`` is the company card's "Contactpersonen" tab (the same columns, filter and grouping,
limited to that company's persons); ``RecordListWidget("person", leads_only=True)`` the Leads view
(persons whose lead status shows). Activating a row (double-click, Enter) asks the app to open the
record through ``hub().open_record``; the list refreshes itself when ``hub().data_changed`` carries a
change it shows. ``save_state``/``restore_state`` give the header (column choice, order, widths,
sort) and the grouping as a string for QSettings.

Flat, the list is a ``QTableView`` on ``RecordListModel``; grouped, a ``QTreeView`` on
``GroupedRecordModel``. Both share one row cache and one set of column choices.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.ui.hub import hub
from desktop_crm.ui.models.grouped_record_model import GroupedRecordModel
from desktop_crm.ui.models.record_list_model import IdRole, RecordListModel, RowCache, column_label

FILTER_DELAY_MS = 200
STATE_VERSION = 1
RESTORE_SELECTION_MAX = 100
# The company card's persons tab starts with fewer columns: the company is the card's own.
_TAB_COLUMNS = ("name", "position", "email", "phone", "mobile")
_LEAD_COLUMNS = ("name", "company", "category", "lead_status", "email", "phone", "city")
_WIDE = {"name": 220, "company": 200, "email": 220}


class RecordListWidget(QWidget):
    """A lazy, sortable, filterable, groupable list of companies or persons.

    Signals: ``count_changed(int)`` (records in the list, -1 while counting), ``selection_changed()``.
    """

    count_changed = Signal(int)
    selection_changed = Signal()

    def __init__(self, kind: str, company_id: int | None = None, parent: QWidget | None = None, *,
                 leads_only: bool = False) -> None:
        super().__init__(parent)
        if kind not in ("company", "person"):
            raise ValueError(kind)
        self.kind = kind
        self.company_id = company_id
        self.leads_only = leads_only and kind == "person"
        self.cache = RowCache(kind)
        self.model = RecordListModel(kind, company_id, self, leads_only=self.leads_only, cache=self.cache,
                                     start=False)
        self.grouped_model: GroupedRecordModel | None = None
        self._saved_view: tuple[int | None, list[int], int | None] | None = None
        self._expanded_keys: list[object] = []
        self._flat_stale = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("listFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(self.filter_edit.fontMetrics().horizontalAdvance("M") * 9)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, e-mail or phone…") if kind == "person"
            else self.tr("Filter by name, city, postal code, e-mail or phone…"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self._apply_filter)

        self.group_label = QLabel(self.tr("Group by:"), self)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("groupBy")
        # Narrow panes (a card open beside the list on a laptop) must not push the bar's widgets over
        # each other: the combo may shrink to about ten characters.
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(10)
        self.group_combo.addItem(self.tr("(no grouping)"), None)
        for column in self.model.columns:
            if column.groupable:
                self.group_combo.addItem(column_label(column), column.key)
        self.group_label.setBuddy(self.group_combo)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo)

        # A push button with a menu: the style leaves room for its arrow (a tool button's overlaps the text).
        self.columns_button = QPushButton(self.tr("Columns"), self)
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        self.columns_button.setMenu(self.columns_menu)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widest = self.tr("%Ln person(s)", "", 8_888_888) if kind == "person" else self.tr("%Ln company(s)", "", 888_888)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest) + 8)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 4, 0)
        bar.addWidget(self.filter_edit, 3)
        bar.addSpacing(8)
        bar.addWidget(self.group_label)
        bar.addWidget(self.group_combo, 1)
        bar.addWidget(self.columns_button)
        bar.addStretch(0)
        bar.addWidget(self.count_label, 1)

        self.table = QTableView(self)
        self.table.setObjectName("recordTable")
        self._setup_view(self.table)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)

        self.tree = QTreeView(self)
        self.tree.setObjectName("groupedTree")
        self._setup_view(self.tree)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.expanded.connect(self._on_expanded)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.tree)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        header = self.table.horizontalHeader()
        self._default_columns(header)
        header.setSortIndicator(self.model.column_index(self.model.spec.sort), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.model.count_changed.connect(self._on_count)
        self.model.loading_changed.connect(self._on_loading)
        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.modelReset.connect(self._restore_view)
        self.model.failed.connect(hub().status_message)
        hub().data_changed.connect(self._on_data_changed)
        self.model.reload()
        self._update_count()

    def _setup_view(self, view: QTableView | QTreeView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.activated.connect(self._on_activated)
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultSectionSize(130)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos, h=header: self._header_menu(h, pos))

    def _default_columns(self, header: QHeaderView) -> None:
        shown = _TAB_COLUMNS if self.company_id is not None else _LEAD_COLUMNS if self.leads_only else None
        for section, column in enumerate(self.model.columns):
            visible = column.key in shown if shown is not None else column.visible
            header.setSectionHidden(section, not visible)
            header.resizeSection(section, _WIDE.get(column.key, 130))

    # --- the public interface ------------------------------------------------------------------------

    @property
    def grouped(self) -> bool:
        return self.stack.currentWidget() is self.tree

    def view(self) -> QTableView | QTreeView:
        """The view on screen: the table, or the tree when grouped."""
        return self.tree if self.grouped else self.table

    def header(self) -> QHeaderView:
        return self.tree.header() if self.grouped else self.table.horizontalHeader()

    def group_by(self) -> str | None:
        return self.grouped_model.group_by if self.grouped and self.grouped_model else None

    def filter_text(self) -> str:
        return self.model.spec.text if not self.grouped or not self.grouped_model else self.grouped_model.spec.text

    def set_filter_text(self, text: str) -> None:
        """Filter now (typing in the field filters after a short pause)."""
        self.filter_edit.setText(text)
        self._apply_filter()

    def selected_ids(self) -> list[int]:
        """The ids of the selected records, in list order (group rows are not records)."""
        view = self.view()
        found: dict[int, None] = {}
        for selection_range in view.selectionModel().selection():
            parent = selection_range.parent()
            if self.grouped:
                ids = self.grouped_model.members(parent.row()) if parent.isValid() and self.grouped_model else None
            else:
                ids = self.model.ids()
            if ids is None:
                continue
            for record_id in ids[selection_range.top():selection_range.bottom() + 1]:
                found[record_id] = None
        return list(found)

    def current_id(self) -> int | None:
        value = self.view().currentIndex().data(IdRole)
        return int(value) if value is not None else None

    def total(self) -> int:
        return self.model.total

    def step(self, delta: int) -> int | None:
        """Move the current row ``delta`` records down (up when negative), select it and return its
        id (the main window's next/previous record); None at either end or in an empty list."""
        view = self.view()
        current = view.currentIndex()
        if self.grouped and self.grouped_model is not None:
            parent = current.parent()
            if not parent.isValid():
                return None
            rows = self.grouped_model.rowCount(parent)
            model = self.grouped_model
        else:
            parent = QModelIndex()
            rows = self.model.rowCount()
            model = self.model
        if rows == 0:
            return None
        row = (current.row() + delta) if current.isValid() else (0 if delta > 0 else rows - 1)
        if not 0 <= row < rows:
            return None
        index = model.index(row, 0, parent)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        value = index.data(IdRole)
        return int(value) if value is not None else None

    def visible_columns(self) -> list[str]:
        """The keys of the shown columns, in the order they appear."""
        header = self.header()
        keys = [c.key for c in self.model.columns]
        return [keys[header.logicalIndex(v)] for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def set_column_visible(self, key: str, visible: bool) -> None:
        if key == "name":
            return  # the name is always shown
        section = self.model.column_index(key)
        for header in (self.table.horizontalHeader(), self.tree.header()):
            if header.count() > section:
                header.setSectionHidden(section, not visible)

    def set_group_by(self, key: str | None) -> None:
        """Group the list by the column ``key`` (None: a flat list)."""
        index = self.group_combo.findData(key)
        if index < 0:
            raise ValueError(f"cannot group by {key!r}")
        if index != self.group_combo.currentIndex():
            self.group_combo.setCurrentIndex(index)  # calls _apply_group
        else:
            self._apply_group(key)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Read the list again (only if ``changes`` touch what it shows), keeping its place."""
        if self.grouped and self.grouped_model is not None:
            self.grouped_model.refresh(changes)
            self._flat_stale = True
        else:
            self.model.refresh(changes)

    def save_state(self) -> str:
        """Columns (choice, order, widths), sort and grouping, as a string for QSettings."""
        state = {
            "version": STATE_VERSION,
            "kind": self.kind,
            "header": base64.b64encode(bytes(self.header().saveState().data())).decode("ascii"),
            "group_by": self.group_by(),
        }
        return json.dumps(state)

    def restore_state(self, state: str | bytes | QByteArray | None) -> bool:
        """Apply what ``save_state`` gave; False (and nothing changed) when it does not fit this list."""
        if state is None:
            return False
        try:
            if isinstance(state, QByteArray):
                state = bytes(state.data())
            if isinstance(state, bytes):
                state = state.decode("utf-8")
            data = json.loads(state)
            header_state = QByteArray(base64.b64decode(data["header"]))
        except (ValueError, KeyError, TypeError):
            return False
        if data.get("version") != STATE_VERSION or data.get("kind") != self.kind:
            return False
        group_by = data.get("group_by")
        if group_by is not None and self.group_combo.findData(group_by) < 0:
            group_by = None
        header = self.table.horizontalHeader()
        if self.grouped:
            self.set_group_by(None)
        if not header.restoreState(header_state):
            return False
        header.setSectionHidden(self.model.column_index("name"), False)
        self._sort_flat_like_header()
        if group_by is not None:
            self.set_group_by(group_by)
        return True

    # --- filter, sort, groups ------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text().strip()
        if self.grouped and self.grouped_model is not None:
            self.grouped_model.set_spec(replace(self.grouped_model.spec, text=text))
        else:
            self.model.set_filter_text(text)

    def _sort_flat_like_header(self) -> None:
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _on_group_combo(self, index: int) -> None:
        self._apply_group(self.group_combo.itemData(index))

    def _apply_group(self, key: str | None) -> None:
        if key is None:
            if not self.grouped or self.grouped_model is None:
                return
            spec = self.grouped_model.spec
            self.table.horizontalHeader().restoreState(self.tree.header().saveState())
            self.stack.setCurrentWidget(self.table)
            if self._flat_stale and spec == self.model.spec:
                self.model.refresh()
            self.model.set_spec(spec)
            self._flat_stale = False
            self._update_count()
            return
        spec = self.model.spec if not self.grouped or self.grouped_model is None else self.grouped_model.spec
        if self.grouped_model is None:
            self.grouped_model = GroupedRecordModel(spec, key, self, cache=self.cache)
            self.grouped_model.count_changed.connect(self._on_count)
            self.grouped_model.loading_changed.connect(self._on_loading)
            self.grouped_model.modelAboutToBeReset.connect(self._remember_expanded)
            self.grouped_model.loaded.connect(self._groups_loaded)
            self.grouped_model.failed.connect(hub().status_message)
            self.tree.setModel(self.grouped_model)
            self.tree.selectionModel().selectionChanged.connect(self.selection_changed)
        else:
            self._expanded_keys = []
            self.grouped_model.set_spec(spec)
            self.grouped_model.set_group_by(key)
        if not self.grouped:
            self.tree.header().restoreState(self.table.horizontalHeader().saveState())
            self.tree.setSortingEnabled(True)
            self.stack.setCurrentWidget(self.tree)
        self._update_count()

    def _remember_expanded(self) -> None:
        model = self.grouped_model
        if model is None:
            return
        self._expanded_keys = [g.key for row, g in enumerate(model.groups)
                               if self.tree.isExpanded(model.index(row, 0))]

    def _groups_loaded(self) -> None:
        model = self.grouped_model
        if model is None:
            return
        root = QModelIndex()
        for row in range(model.rowCount()):
            self.tree.setFirstColumnSpanned(row, root, True)
        keys = set(self._expanded_keys)
        for row, group in enumerate(model.groups):
            if group.key in keys:
                self.tree.expand(model.index(row, 0))

    def _on_expanded(self, index: QModelIndex) -> None:
        model = self.grouped_model
        if model is not None and model.canFetchMore(index):
            model.fetchMore(index)

    # --- keeping the place across a refresh ------------------------------------------------------------

    def _remember_view(self) -> None:
        if not self.model.keeps_view:
            self._saved_view = None
            return
        top = self.table.rowAt(0)
        top_id = self.model.id_at(top) if 0 <= top < self.model.rowCount() else None
        current = self.current_id() if not self.grouped else None
        self._saved_view = (top_id, self.selected_ids()[:RESTORE_SELECTION_MAX], current)

    def _restore_view(self) -> None:
        saved, self._saved_view = self._saved_view, None
        if saved is None:
            self.table.scrollToTop()
            return
        top_id, selected, current = saved
        selection = QItemSelection()
        for record_id in selected:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
        if top_id is not None and (row := self.model.row_of(top_id)) >= 0:
            index = self.model.index(row, 0)
            QTimer.singleShot(0, self, lambda: self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop))

    # --- reacting -------------------------------------------------------------------------------------

    def _on_data_changed(self, changes: ChangeSet) -> None:
        self.refresh(changes)

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        if record_id is not None:
            hub().open_record.emit(self.kind, int(record_id))

    def _on_loading(self, loading: bool) -> None:
        self._update_count()

    def _on_count(self, total: int) -> None:
        self._update_count()

    def _update_count(self) -> None:
        model = self.grouped_model if self.grouped and self.grouped_model is not None else self.model
        total = model.total
        for view in (self.table, self.tree):
            if model.loading and view is self.view():
                view.viewport().setCursor(Qt.CursorShape.BusyCursor)
            else:
                view.viewport().unsetCursor()
        if total < 0:
            text = self.tr("Counting…") if model.rowCount() > 0 else self.tr("Loading…")
        elif self.kind == "person":
            text = self.tr("%Ln person(s)", "", total)
        else:
            text = self.tr("%Ln company(s)", "", total)
        self.count_label.setText(text)
        self.count_changed.emit(total)

    # --- columns -------------------------------------------------------------------------------------

    def _header_menu(self, header: QHeaderView, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.popup(header.mapToGlobal(pos))

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.header()
        for section, column in enumerate(self.model.columns):
            action = QAction(column_label(column), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Default columns"))
        reset.triggered.connect(self._reset_columns)

    def _reset_columns(self) -> None:
        for header in (self.table.horizontalHeader(), self.tree.header()):
            if header.count() == len(self.model.columns):
                for section in range(header.count()):
                    header.moveSection(header.visualIndex(section), section)
        self._default_columns(self.table.horizontalHeader())
        if self.grouped:
            self._default_columns(self.tree.header())
