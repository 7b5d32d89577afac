"""The selection search screen.

``SelectionSearch``: pick a target, edit criteria, run them (count and first screen from two quick
queries on the worker, then every id for scrolling), choose and sort columns, open records, save as a
dynamic or static selection, export, bulk update, open the board. The "Selecties" page around it is
``selections_page.SelectionsPage``.
"""

from __future__ import annotations

import json
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QMimeData, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import criteria as cr
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import selections
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.criteria_editor import CriteriaEditor, tr_criteria
from desktop_crm.ui.windows.export_dialog import run_with_progress

IDS_MIME = "application/x-desktop-crm-ids"  # {"kind": "person", "ids": [...]}: rows dragged between lists
FIRST_SCREEN = 100
PAGE = 100
CACHE_ROWS = 3000


def ids_mime(kind: str, ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(IDS_MIME, json.dumps({"kind": kind, "ids": ids}).encode())
    return mime


def ids_from_mime(mime: QMimeData) -> tuple[str, list[int]] | None:
    if not mime.hasFormat(IDS_MIME):
        return None
    data = json.loads(bytes(mime.data(IDS_MIME)).decode())
    return data.get("kind", ""), [int(i) for i in data.get("ids", [])]


class ResultModel(QAbstractTableModel):
    """Member ids in order plus an LRU cache of their rows, fetched a page at a time as painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = "person"
        self.columns: list[str] = list(selections.DEFAULT_COLUMNS["person"])
        self.ids: list[int] = []
        self.cache: OrderedDict[int, tuple] = OrderedDict()
        self.sort_column, self.descending = "name", False
        self.static_id: int | None = None  # accepts dropped rows when showing a static selection

    def reset(self, target: str, ids: list[int], columns: list[str] | None = None) -> None:
        self.beginResetModel()
        self.target = target
        if columns is not None:
            self.columns = columns
        self.ids = list(ids)
        self.cache.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            label = selections.RESULT_COLUMNS[self.target][self.columns[section]]
            context = "Criteria" if label in ("Created", "Updated") else "Fields"
            return QCoreApplication.translate(context, label)
        return None

    def row(self, row: int) -> tuple:
        rid = self.ids[row]
        if rid not in self.cache:
            start = row - row % PAGE
            page = [i for i in self.ids[start:start + PAGE] if i not in self.cache]
            found = selections.rows(self.target, page, self.columns)
            for i in page:
                self.cache[i] = found.get(i, ("",) * len(self.columns))
            while len(self.cache) > CACHE_ROWS:
                self.cache.popitem(last=False)
        self.cache.move_to_end(rid)
        return self.cache[rid]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.row(index.row())[index.column()]
            if value is None:
                return ""
            if self.columns[index.column()] in ("created", "updated"):
                return str(value)[:10]
            return str(value)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else \
            base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        rows = sorted({i.row() for i in indexes})
        return ids_mime(self.target, [self.ids[r] for r in rows])

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        found = ids_from_mime(data)
        return self.static_id is not None and found is not None and found[0] == self.target

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        """Rows dropped from another list join a static selection (then the list reloads)."""
        found = ids_from_mime(data)
        if self.static_id is None or found is None or found[0] != self.target:
            return False
        try:
            hub().publish(selections.add_members(self.static_id, found[1]))
        except CrmError as exc:
            hub().status_message.emit(tr_error(exc))
        return False  # the list reloads from the database instead of inserting rows itself


class SaveDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save selection"))
        form = QFormLayout(self)
        self.name = QLineEdit(name)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.dynamic = QRadioButton(self.tr("Dynamic: the criteria run again each time it opens"))
        self.static = QRadioButton(self.tr("Static: keep these members; add and remove them by hand"))
        self.dynamic.setChecked(True)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.dynamic)
        form.addRow(self.static)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SelectionSearch(QWidget):
    """Search with criteria, or show a saved selection; ``saved(id)`` after saving a new one."""

    saved = Signal(int)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, selection_id: int | None = None, target: str = "person") -> None:
        super().__init__(parent)
        self.selection_id: int | None = None
        self.kind = "dynamic"
        self.generation = 0
        self.total = -1
        self.last_mailing = None  # the plan of the last mailing export (who was left out and why)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.target_combo = QComboBox()
        for key in cr.TARGETS:
            self.target_combo.addItem(tr_criteria(cr.TARGET_LABELS[key]), key)
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("Target")))
        head.addWidget(self.target_combo)
        layout.addLayout(head)
        self.editor = CriteriaEditor(target)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.info = QLabel()
        self.info.setWordWrap(True)
        buttons = QHBoxLayout()
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as selection…"))
        self.update_button = QPushButton(self.tr("Save criteria"))
        self.board_button = QPushButton(self.tr("Board view"))
        self.export_button = QPushButton(self.tr("Export"))
        self.bulk_button = QPushButton(self.tr("Bulk update…"))
        self.count_label = QLabel()
        for button in (self.search_button, self.save_button, self.update_button, self.board_button,
                       self.export_button, self.bulk_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.model = ResultModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(170)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        header.sectionClicked.connect(self._sort_by_section)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._rows_menu)
        self.table.doubleClicked.connect(self._open)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(scroll, 1)
        top_layout.addWidget(self.info)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 360])
        scroll.setMinimumHeight(140)
        layout.addWidget(splitter, 1)
        export_menu = QMenu(self)
        for label, fmt, sep in ((self.tr("CSV with semicolons (Dutch Excel)…"), "csv", ";"),
                                (self.tr("CSV with commas…"), "csv", ","),
                                (self.tr("Excel workbook (XLSX)…"), "xlsx", ";"),
                                (self.tr("vCard…"), "vcard", ";")):
            export_menu.addAction(label, lambda f=fmt, s=sep: self.export_members(f, s))
        export_menu.addAction(self.tr("Mailing for a subscription…"), self.export_mailing)
        self.export_button.setMenu(export_menu)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.search_button.clicked.connect(self.run_search)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.update_button.clicked.connect(self.save_criteria)
        self.board_button.clicked.connect(self.open_board)
        self.bulk_button.clicked.connect(self.bulk_update)
        self.editor.changed.connect(self._criteria_changed)
        hub().data_changed.connect(self._on_data_changed)
        if selection_id is not None:
            self.open_selection(selection_id)
        else:
            self.new_search(target)

    # --- what is shown ------------------------------------------------------------------------
    @property
    def target(self) -> str:
        return str(self.target_combo.currentData())

    def source(self) -> selections.Source:
        if self.selection_id is not None and self.kind != "dynamic":
            return self.selection_id
        return self.editor.criteria()

    def new_search(self, target: str = "person") -> None:
        self.selection_id, self.kind = None, "dynamic"
        self.target_combo.blockSignals(True)
        self.target_combo.setCurrentIndex(self.target_combo.findData(target))
        self.target_combo.blockSignals(False)
        self.editor.set_target(target)
        self._columns_for(target)
        self._update_state()
        self.run_search()

    def open_selection(self, selection_id: int) -> None:
        info = selections.get(selection_id)
        self.selection_id, self.kind = selection_id, info.kind
        self.target_combo.blockSignals(True)
        self.target_combo.setCurrentIndex(self.target_combo.findData(info.target))
        self.target_combo.blockSignals(False)
        if info.kind == "dynamic":
            self.editor.set_criteria(selections.criteria_of(selection_id))
        else:
            self.editor.set_target(info.target)
        self._columns_for(info.target)
        self._update_state()
        self.run_search()

    def _update_state(self) -> None:
        saved = self.selection_id is not None
        info = selections.get(self.selection_id) if saved else None
        self.title.setText(info.name if info else self.tr("New search"))
        self.title.setToolTip(info.description if info else "")
        self.editor.setVisible(self.kind == "dynamic")
        self.target_combo.setEnabled(not saved)
        self.search_button.setVisible(self.kind == "dynamic")
        self.update_button.setVisible(saved and self.kind == "dynamic")
        self.board_button.setEnabled(self.target == "person")
        texts = {"static": self.tr("A static selection: its members are kept as they are. Add members by dropping "
                                   "rows from other lists here; remove them from the context menu."),
                 "combined": self.tr("A combined selection: it is worked out again from both selections each "
                                     "time it opens.")}
        self.info.setText(texts.get(self.kind, ""))
        self.info.setVisible(self.kind in texts)
        self.model.static_id = self.selection_id if self.kind == "static" else None

    def _target_changed(self) -> None:
        self.new_search(self.target)

    def _criteria_changed(self) -> None:
        problems = self.editor.problems()
        self.search_button.setEnabled(not problems)
        self.info.setVisible(bool(problems) or self.kind != "dynamic")
        if self.kind == "dynamic":
            self.info.setText(" ".join(problems))

    # --- running ------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Count and first screen first (two quick queries), then every id for scrolling."""
        if self.kind == "dynamic" and self.editor.problems():
            return
        source, sort, desc = self.source(), self.model.sort_column, self.model.descending
        if not selections.sortable(self.target, sort):
            sort = "name"
        self.generation += 1
        generation, target = self.generation, self.target
        self.total = -1
        self.count_label.setText(self.tr("Counting…"))

        def first() -> tuple[list[int], int]:
            return selections.first_screen(source, sort, desc, FIRST_SCREEN)

        def shown(result: tuple[list[int], int]) -> None:
            if generation != self.generation:
                return
            ids, total = result
            self.model.reset(target, ids)
            self.total = total
            self.count_label.setText(self.tr("%n member(s)", "", total))
            self.count_changed.emit(total)
            if total > len(ids):
                worker.run_task(lambda: selections.member_ids(source, sort, desc, total), all_ids, self._failed)

        def all_ids(ids: list[int]) -> None:
            if generation == self.generation:
                self.model.reset(target, ids)

        worker.run_task(first, shown, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.count_label.setText("")
        text = tr_error(exc) if isinstance(exc, CrmError) else str(exc)
        self.info.setText(text)
        self.info.setVisible(True)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        mine = self.selection_id is not None and self.selection_id in changes.ids("selection")
        if not (changes.touches(self.target) or mine):
            return
        if mine:
            try:
                selections.get(self.selection_id)  # type: ignore[arg-type]
            except CrmError:
                self.new_search(self.target)  # it was deleted
                return
            self._update_state()
        self.run_search()

    # --- columns and sorting ------------------------------------------------------------------
    def _columns_for(self, target: str) -> None:
        saved = QSettings().value(f"selections/columns/{target}", "")
        columns = [c for c in str(saved or "").split(",") if c in selections.RESULT_COLUMNS[target]]
        self.model.reset(target, [], columns or list(selections.DEFAULT_COLUMNS[target]))
        self.model.sort_column, self.model.descending = "name", False
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def set_columns(self, columns: list[str]) -> None:
        QSettings().setValue(f"selections/columns/{self.target}", ",".join(columns))
        self.model.reset(self.target, self.model.ids, columns)

    def _columns_menu(self, pos) -> None:
        menu = QMenu(self)
        for key, label in selections.RESULT_COLUMNS[self.target].items():
            context = "Criteria" if label in ("Created", "Updated") else "Fields"
            action = menu.addAction(QCoreApplication.translate(context, label))
            action.setCheckable(True)
            action.setChecked(key in self.model.columns)
            action.setEnabled(key != "name")
            action.toggled.connect(lambda on, k=key: self._toggle_column(k, on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _toggle_column(self, key: str, on: bool) -> None:
        columns = [c for c in self.model.columns if c != key]
        if on:
            order = list(selections.RESULT_COLUMNS[self.target])
            columns.append(key)
            columns.sort(key=order.index)
        self.set_columns(columns)

    def _sort_by_section(self, section: int) -> None:
        column = self.model.columns[section]
        if not selections.sortable(self.target, column):
            return
        if column == self.model.sort_column:
            self.model.descending = not self.model.descending
        else:
            self.model.sort_column, self.model.descending = column, False
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(section, order)
        self.run_search()

    # --- rows -------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows]

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            hub().open_record.emit(self.target, self.model.ids[index.row()])

    def _rows_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            menu.addAction(self.tr("Open"), lambda: self._open(index))
        menu.addAction(self.tr("Bulk update…"), self.bulk_update)
        if self.kind == "static" and self.selected_ids():
            menu.addAction(self.tr("Remove from this selection"), self.remove_selected)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def remove_selected(self) -> None:
        if self.selection_id is not None and self.kind == "static":
            self._publish(selections.remove_members(self.selection_id, self.selected_ids()),
                          self.tr("Removed from the selection."))

    def bulk_update(self) -> None:
        from desktop_crm.ui.windows.bulk_update_dialog import BulkUpdateDialog

        ids = self.selected_ids() or self.all_member_ids()
        if ids:
            BulkUpdateDialog(self.target, ids, self).open()

    def all_member_ids(self) -> list[int]:
        return self.model.ids if self.total == len(self.model.ids) else selections.member_ids(self.source())

    def open_board(self) -> BoardLike:
        from desktop_crm.ui.windows.board_view import BoardView

        board = BoardView(self.selection_id if self.selection_id is not None else self.editor.criteria(), None)
        board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        board.show()
        return board

    # --- saving and export --------------------------------------------------------------------
    def _publish(self, changes: ChangeSet, message: str) -> None:
        hub().publish(changes)
        hub().status_message.emit(message)

    def _guard(self, fn, *args):
        try:
            return fn(*args)
        except CrmError as exc:
            QMessageBox.warning(self, self.windowTitle() or self.tr("Selections"), tr_error(exc))
            return None

    def save_as(self, name: str | None = None, kind: str = "dynamic", description: str = "") -> int | None:
        """Save what is shown as a new selection (asks for name and kind when ``name`` is None)."""
        if name is None:
            dialog = SaveDialog(self.title.text() if self.selection_id else "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            name, description = dialog.name.text(), dialog.description.toPlainText()
            kind = "static" if dialog.static.isChecked() else "dynamic"
        if kind == "static" or self.kind != "dynamic":
            new_id = self._guard(selections.save_static_from, name, self.source(), description)
        else:
            new_id = self._guard(selections.save_dynamic, name, self.editor.criteria(), description)
        if new_id is not None:
            hub().publish(ChangeSet().add("selection", new_id))
            hub().status_message.emit(self.tr("Saved the selection \"{name}\".").format(name=name))
            self.open_selection(new_id)
            self.saved.emit(new_id)
        return new_id

    def save_criteria(self) -> None:
        if self.selection_id is not None and self.kind == "dynamic":
            changes = self._guard(selections.set_criteria, self.selection_id, self.editor.criteria())
            if changes is not None:
                self._publish(changes, self.tr("The criteria were saved."))

    def export_members(self, fmt: str = "csv", delimiter: str = ";", path: str | None = None) -> worker.Task | None:
        """Write the members to a file (asks for it when ``path`` is None) on the worker, with progress."""
        if path is None:
            filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                       "vcard": self.tr("vCard files (*.vcf)")}
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export members"), "", filters[fmt])
            if not path:
                return None
        source = self.source()

        def job(progress: worker.Progress) -> int:
            return selections.export_members(source, str(path), fmt, delimiter=delimiter, progress=progress.report)

        def done(count: int) -> None:
            hub().status_message.emit(self.tr("%n record(s) exported.", "", count))

        return run_with_progress(self, self.tr("Export members"), job, done)

    def export_mailing(self, type_id: int | None = None, path: str | None = None, channel: str = "email",
                       fmt: str = "csv", delimiter: str = ";") -> worker.Task | None:
        """A mailing file for one subscription type (asks for the type, e-mail or post, the format and the
        file when ``type_id`` is None), written on the worker with progress; the status bar says who was
        left out and why (the plan is kept in ``last_mailing``)."""
        from desktop_crm.domain.entities import ListKind
        from desktop_crm.i18n import tr_message
        from desktop_crm.services import lists, mailing
        from desktop_crm.ui.windows.mailing_dialog import MailingDialog

        if type_id is None:
            types = lists.items(ListKind.SUBSCRIPTION_TYPE, include_hidden=False)
            if not types:
                QMessageBox.information(self, self.tr("Mailing"), self.tr("There are no subscription types yet."))
                return None
            dialog = MailingDialog(types, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.choice()
            type_id, channel, fmt, delimiter = chosen.type_id, chosen.channel, chosen.fmt, chosen.delimiter
            file_filter = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("CSV files (*.csv)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export mailing"), "", file_filter)
            if not path:
                return None
            if not path.lower().endswith(chosen.suffix):
                path += chosen.suffix
        source = self.source()

        def job(progress: worker.Progress) -> mailing.MailingPlan:
            return mailing.export_mailing(source, type_id, str(path), channel=channel, fmt=fmt, delimiter=delimiter,
                                          progress=progress.report)

        def done(plan: mailing.MailingPlan) -> None:
            self.last_mailing = plan
            hub().status_message.emit(tr_message(plan.summary()))

        return run_with_progress(self, self.tr("Export mailing"), job, done)


BoardLike = QWidget
