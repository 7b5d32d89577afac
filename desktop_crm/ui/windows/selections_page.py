"""The "Selecties" page: the saved selections beside a ``SelectionSearch``.

Open, rename, describe, duplicate, delete (with undo), combine, export and import of the JSON
definition, and rows dragged from a list dropped on a static selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import criteria as cr
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import selections
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.criteria_editor import tr_criteria
from desktop_crm.ui.windows.selection_search import IDS_MIME, SelectionSearch, ids_from_mime


class CombineDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine selections"))
        form = QFormLayout(self)
        self.first, self.second, self.operation = QComboBox(), QComboBox(), QComboBox()
        for info in selections.all_selections():
            label = f"{info.name} ({tr_criteria(cr.TARGET_LABELS[info.target])})"
            self.first.addItem(label, info.id)
            self.second.addItem(label, info.id)
        for op in cr.OPERATIONS:
            self.operation.addItem(tr_criteria(cr.OPERATION_LABELS[op]), op)
        self.name = QLineEdit()
        form.addRow(self.tr("First selection"), self.first)
        form.addRow(self.tr("Combine as"), self.operation)
        form.addRow(self.tr("Second selection"), self.second)
        form.addRow(self.tr("Name"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SelectionsPage(QWidget):
    """The saved selections beside the search screen, for the main window's "Selecties" view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_token: str | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Saved selections")))
        self.list = QListWidget()
        self.list.setAcceptDrops(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list.dragEnterEvent = self._drag_enter  # type: ignore[method-assign]
        self.list.dragMoveEvent = self._drag_enter  # type: ignore[method-assign]
        self.list.dropEvent = self._drop  # type: ignore[method-assign]
        side.addWidget(self.list, 1)
        self.buttons: dict[str, QPushButton] = {}
        grid = QVBoxLayout()
        for key, label in (("new_companies", self.tr("New search: companies")),
                           ("new_persons", self.tr("New search: persons")), ("rename", self.tr("Rename…")),
                           ("describe", self.tr("Describe…")), ("duplicate", self.tr("Duplicate")),
                           ("delete", self.tr("Delete")), ("combine", self.tr("Combine…")),
                           ("export", self.tr("Export definition…")), ("import", self.tr("Import definition…"))):
            button = QPushButton(label)
            self.buttons[key] = button
            grid.addWidget(button)
        side.addLayout(grid)
        self.undo_bar = QWidget()
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        side.addWidget(self.undo_bar)
        self.search = SelectionSearch(self)
        splitter.addWidget(left)
        splitter.addWidget(self.search)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        b = self.buttons
        b["new_companies"].clicked.connect(lambda: self.search.new_search("company"))
        b["new_persons"].clicked.connect(lambda: self.search.new_search("person"))
        b["rename"].clicked.connect(lambda: self.rename_current())
        b["describe"].clicked.connect(lambda: self.describe_current())
        b["duplicate"].clicked.connect(lambda: self.duplicate_current())
        b["delete"].clicked.connect(lambda: self.delete_current())
        b["combine"].clicked.connect(lambda: self.combine())
        b["export"].clicked.connect(lambda: self.export_current())
        b["import"].clicked.connect(lambda: self.import_definition())
        self.undo_button.clicked.connect(self.undo)
        self.list.currentItemChanged.connect(self._current_changed)
        self.search.saved.connect(self.reload)
        hub().data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, changes) -> None:  # noqa: ANN001 - a ChangeSet
        if changes.touches("selection"):
            self.reload()

    def reload(self, select: int | None = None) -> None:
        current = select if isinstance(select, int) else self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for info in selections.all_selections():
            item = QListWidgetItem(info.name)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            kind = tr_criteria(cr.KIND_LABELS[info.kind])
            if info.kind != "dynamic":
                font = item.font()
                font.setItalic(info.kind == "static")
                font.setBold(info.kind == "combined")
                item.setFont(font)
            item.setToolTip("\n".join(t for t in (f"{kind} · {tr_criteria(cr.TARGET_LABELS[info.target])}",
                                                  info.description) if t))
            self.list.addItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._enable()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, selection_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == selection_id:
                self.list.setCurrentRow(i)

    def _enable(self) -> None:
        has = self.current_id() is not None
        for key in ("rename", "describe", "duplicate", "delete", "export"):
            self.buttons[key].setEnabled(has)
        self.buttons["combine"].setEnabled(self.list.count() >= 2)

    def _current_changed(self, *_: object) -> None:
        self._enable()
        selection_id = self.current_id()
        if selection_id is not None and selection_id != self.search.selection_id:
            self.search.open_selection(selection_id)

    def _guard(self, fn, *args):
        try:
            return fn(*args)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Selections"), tr_error(exc))
            return None

    def _done(self, changes: ChangeSet | None, message: str, undo: bool = False) -> None:
        if changes is None:
            return
        hub().publish(changes)
        hub().status_message.emit(message)
        self.undo_token = changes.undo if undo else None
        self.undo_label.setText(message)
        self.undo_bar.setVisible(bool(self.undo_token))

    def rename_current(self, name: str | None = None) -> None:
        selection_id = self.current_id()
        if selection_id is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name"),
                                            text=selections.get(selection_id).name)
            if not ok:
                return
        self._done(self._guard(selections.rename, selection_id, name), self.tr("The selection was renamed."), True)

    def describe_current(self, text: str | None = None) -> None:
        selection_id = self.current_id()
        if selection_id is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Describe"), self.tr("Description"),
                                                     selections.get(selection_id).description)
            if not ok:
                return
        self._done(self._guard(selections.describe, selection_id, text), self.tr("The description was saved."), True)

    def duplicate_current(self) -> int | None:
        selection_id = self.current_id()
        if selection_id is None:
            return None
        name = self.tr("{name} (copy)").format(name=selections.get(selection_id).name)
        new_id = self._guard(selections.duplicate, selection_id, name)
        if new_id is not None:
            self._done(ChangeSet().add("selection", new_id), self.tr("The selection was duplicated."))
            self.select(new_id)
        return new_id

    def delete_current(self) -> None:
        selection_id = self.current_id()
        if selection_id is None:
            return
        name = selections.get(selection_id).name
        changes = self._guard(selections.delete, selection_id)
        if changes is not None:
            self.search.new_search(self.search.target)
            self._done(changes, self.tr("Deleted the selection \"{name}\".").format(name=name), True)

    def undo(self) -> None:
        if self.undo_token:
            changes = self._guard(selections.undo, self.undo_token)
            self.undo_bar.hide()
            self.undo_token = None
            if changes is not None:
                self._done(changes, self.tr("Undone."))
                self.search.run_search()

    def combine(self, first: int | None = None, second: int | None = None, operation: str = "union",
                name: str = "") -> int | None:
        if first is None or second is None:
            dialog = CombineDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            first, second = dialog.first.currentData(), dialog.second.currentData()
            operation, name = dialog.operation.currentData(), dialog.name.text()
            if not name.strip():
                name = f"{dialog.first.currentText()} / {dialog.second.currentText()}"
        new_id = self._guard(selections.combine, name, operation, first, second)
        if new_id is not None:
            self._done(ChangeSet().add("selection", new_id), self.tr("The combined selection was saved."))
            self.select(new_id)
        return new_id

    def export_current(self, path: str | None = None) -> None:
        selection_id = self.current_id()
        if selection_id is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export definition"),
                                                  selections.get(selection_id).name + ".json",
                                                  self.tr("Selection definitions (*.json)"))
            if not path:
                return
        text = self._guard(selections.export_definition, selection_id)
        if text is not None:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            hub().status_message.emit(self.tr("The definition was saved in {path}.").format(path=path))

    def import_definition(self, path: str | None = None) -> int | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import definition"), "",
                                                  self.tr("Selection definitions (*.json)"))
            if not path:
                return None
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Selections"), str(exc))
            return None
        new_id = self._guard(selections.import_definition, data)
        if new_id is not None:
            self._done(ChangeSet().add("selection", new_id), self.tr("The selection was imported."))
            self.select(new_id)
        return new_id

    # rows dropped on a static selection in the list join it
    def _drag_enter(self, event) -> None:
        if event.mimeData().hasFormat(IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _drop(self, event) -> None:
        item = self.list.itemAt(event.position().toPoint())
        found = ids_from_mime(event.mimeData())
        if item is None or found is None:
            event.ignore()
            return
        self.drop_ids(item.data(Qt.ItemDataRole.UserRole), *found)
        event.acceptProposedAction()

    def drop_ids(self, selection_id: int, kind: str, ids: list[int]) -> None:
        info = selections.get(selection_id)
        if info.kind != "static" or info.target != kind:
            hub().status_message.emit(self.tr("Rows can only be dropped on a static selection of the same kind."))
            return
        changes = self._guard(selections.add_members, selection_id, ids)
        self._done(changes, self.tr("Added to \"{name}\".").format(name=info.name), True)
