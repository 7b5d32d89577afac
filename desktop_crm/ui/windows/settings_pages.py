"""One settings page per administrator's list: add, rename, describe, reorder, hide, delete or merge,
plus each list's own settings (a category's group and lead status, a group's role, the default lead
status, an associate's login, role and password).

Every change is one service call (``services.list_admin`` / ``services.associates``) whose ChangeSet
is published on the hub; the page's model reloads from that. Changes that can touch many records
(merging, switching lead status on or off) run on the background worker. Texts use ``self.tr`` in
classes that are not subclassed, so their translation context is the class name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import LIST_LABELS, GroupRole, ListItem, ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import associates, list_admin, lists
from desktop_crm.services.list_admin import ItemInUse
from desktop_crm.ui import icons, worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.models.list_items_model import ListItemsModel, associate_role_labels, group_role_labels

Options = Callable[[QModelIndex], list[tuple[str, object]]]


def list_title(kind: ListKind) -> str:
    return QCoreApplication.translate("Fields", LIST_LABELS[kind])


def page_intro(kind: ListKind) -> str:
    texts = {
        ListKind.CATEGORY_GROUP: QCoreApplication.translate(
            "ListPage", "Category groups sort the categories. Only the categories of a group with the role "
            "Potential customer can use lead status."),
        ListKind.CATEGORY: QCoreApplication.translate(
            "ListPage", "Every company has one category, and its persons share it. Lead status can be switched "
            "on for the categories of a group with the role Potential customer."),
        ListKind.BUSINESS: QCoreApplication.translate("ListPage", "The business sectors a company can be in."),
        ListKind.COMPANY_INTEREST: QCoreApplication.translate(
            "ListPage", "What a company can be interested in; chosen on the company card and used in selections."),
        ListKind.PERSON_INTEREST: QCoreApplication.translate(
            "ListPage", "What a person can be interested in; chosen on the person card and used in selections."),
        ListKind.SUBSCRIPTION_TYPE: QCoreApplication.translate(
            "ListPage", "What a person can subscribe to, such as a newsletter. The subscriptions are the proof "
            "of consent (AVG), so a type in use can be hidden but not merged."),
        ListKind.LEAD_STATUS: QCoreApplication.translate(
            "ListPage", "The stages of a lead. The description is shown as the tooltip wherever a status is "
            "chosen. The default status is what every new lead starts with."),
        ListKind.ASSOCIATE: QCoreApplication.translate(
            "ListPage", "Who works with the CRM. Administrators may do everything, users may change records but "
            "not the settings, and read-only associates may only look."),
    }
    return texts[kind]


class ComboDelegate(QStyledItemDelegate):
    """An inline combo box; ``options(index)`` gives (label, value) pairs, the value is stored on choice."""

    def __init__(self, options: Options, parent: QWidget) -> None:
        super().__init__(parent)
        self._options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for label, value in self._options(index):
            combo.addItem(label, value)
        combo.activated.connect(lambda _=0, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MergeDialog(QDialog):
    """An item still in use is being deleted: merge it into another item, or hide it."""

    def __init__(self, kind: ListKind, item: ListItem, count: int, candidates: list[ListItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("“{name}” is in use").format(name=item.name))
        layout = QVBoxLayout(self)
        can_merge = list_admin.can_merge(kind) and bool(candidates)
        text = self.tr("“{name}” is used by %n record(s), so it cannot simply be deleted.", "", count)
        if can_merge:
            text += "\n\n" + self.tr("Merge it into another item: its records move over and “{name}” is deleted. "
                                     "Or hide it: the records keep it, but it cannot be chosen anew.")
        else:
            text += "\n\n" + self.tr("Hide it: the records keep it, but it cannot be chosen anew.")
        self.message = QLabel(text.format(name=item.name))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.target = QComboBox()
        for other in candidates:
            self.target.addItem(other.name, other.id)
            if other.description:
                self.target.setItemData(self.target.count() - 1, other.description, Qt.ItemDataRole.ToolTipRole)
        form = QFormLayout()
        form.addRow(self.tr("Merge into"), self.target)
        layout.addLayout(form)
        self.target.setVisible(can_merge)
        form.labelForField(self.target).setVisible(can_merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.hide_button = buttons.addButton(self.tr("Hide"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setVisible(can_merge)
        self.merge_button.clicked.connect(lambda: self._choose("merge"))
        self.hide_button.clicked.connect(lambda: self._choose("hide"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def target_id(self) -> int | None:
        return self.target.currentData()


class PasswordDialog(QDialog):
    """A new password, typed twice."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for {name}").format(name=name))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The password is stored as a salted hash, never as text. The app asks for it when "
                              "it starts on a shared PC."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Repeat"), self.second)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)

    def _check(self) -> None:
        if not self.first.text():
            self.error.setText(self.tr("Type a password, or cancel."))
        elif self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passwords are not the same."))
        else:
            self.accept()

    def password(self) -> str:
        return self.first.text()


class ListPage(QWidget):
    """The page of one list. Kind-specific parts: categories (group, lead status), category groups (role),
    lead statuses (default), associates (login, role, password)."""

    def __init__(self, kind: ListKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.busy = False
        self.model = ListItemsModel(kind, self)
        self.model.on_edit = self.apply_edit
        self.model.on_move = self.move_to

        title = QLabel(list_title(kind))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        intro = QLabel(page_intro(kind))
        intro.setWordWrap(True)

        self.view = QTableView()
        self.view.setObjectName(f"list_{kind.value}")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        stretch = "description" if "description" in self.model.columns else "name"
        header.setSectionResizeMode(self.model.columns.index(stretch), QHeaderView.ResizeMode.Stretch)
        if "role" in self.model.columns:
            labels = group_role_labels() if kind == ListKind.CATEGORY_GROUP else associate_role_labels()
            self.view.setItemDelegateForColumn(self.model.columns.index("role"), ComboDelegate(
                lambda _index: [(label, value) for value, label in labels.items()], self.view))
        if "group" in self.model.columns:
            self.view.setItemDelegateForColumn(self.model.columns.index("group"),
                                               ComboDelegate(self._group_options, self.view))

        self.show_hidden = QCheckBox(self.tr("Show hidden items"))
        self.show_hidden.setChecked(True)
        self.show_hidden.toggled.connect(self.model.set_show_hidden)

        self.add_button = self._button(self.tr("Add…"), self.add, "add")
        self.rename_button = self._button(self.tr("Rename"), self.rename)
        self.up_button = self._button(self.tr("Up"), lambda: self.move_by(-1), "up")
        self.down_button = self._button(self.tr("Down"), lambda: self.move_by(1), "down")
        self.hide_button = self._button(self.tr("Hide"), self.toggle_hidden)
        self.delete_button = self._button(self.tr("Delete…"), self.delete, "delete")
        buttons = [self.add_button, self.rename_button, self.up_button, self.down_button, self.hide_button,
                   self.delete_button]
        self.default_button = self.password_button = self.clear_password_button = None
        if kind == ListKind.LEAD_STATUS:
            self.default_button = self._button(self.tr("Make default"), self.make_default)
            buttons.append(self.default_button)
        if kind == ListKind.ASSOCIATE:
            self.password_button = self._button(self.tr("Set password…"), self.set_password)
            self.clear_password_button = self._button(self.tr("Clear password"), self.clear_password)
            buttons += [self.password_button, self.clear_password_button]
        side = QVBoxLayout()
        for button in buttons:
            side.addWidget(button)
        side.addStretch(1)

        table_row = QHBoxLayout()
        table_row.addWidget(self.view, 1)
        table_row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(table_row, 1)
        self.lead_check: QCheckBox | None = None
        if kind == ListKind.CATEGORY:
            self.lead_check = QCheckBox(self.tr("Enable lead status for this category"))
            self.lead_check.clicked.connect(self._lead_check_clicked)
            layout.addWidget(self.lead_check)
        layout.addWidget(self.show_hidden)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        self.model.dataChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def _button(self, text: str, slot: Callable[[], object],
                icon: str | None = None) -> QPushButton:
        """``icon``: the name of one of the program's icons (``ui.icons``)."""
        button = QPushButton(text)
        if icon is not None:
            button.setIcon(icons.icon(icon))
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- state ----------------------------------------------------------------------------------------------

    def current(self) -> ListItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def update_buttons(self) -> None:
        item = self.current()
        row = self.view.currentIndex().row() if item else -1
        for button in (self.rename_button, self.hide_button, self.delete_button):
            button.setEnabled(item is not None and not self.busy)
        self.up_button.setEnabled(item is not None and row > 0 and not self.busy)
        self.down_button.setEnabled(item is not None and 0 <= row < self.model.rowCount() - 1 and not self.busy)
        self.hide_button.setText(self.tr("Show") if item is not None and item.hidden else self.tr("Hide"))
        if self.default_button is not None:
            self.default_button.setEnabled(item is not None and not item.hidden and not item.is_default)
        if self.password_button is not None and self.clear_password_button is not None:
            self.password_button.setEnabled(item is not None)
            self.clear_password_button.setEnabled(item is not None and self.model.has_password(item))
        if self.lead_check is not None:
            self._update_lead_check(item)

    def _update_lead_check(self, item: ListItem | None) -> None:
        assert self.lead_check is not None
        allowed = item is not None and (self.model.lead_allowed(item) or item.lead_enabled)
        self.lead_check.setEnabled(allowed and not self.busy)
        self.lead_check.setChecked(bool(item and item.lead_enabled))
        if item is not None and not allowed:
            self.lead_check.setToolTip(self.model.data(self.model.index(self.model.row_of(item.id),
                                                                        self.model.columns.index("lead_enabled")),
                                                       Qt.ItemDataRole.ToolTipRole))
        else:
            self.lead_check.setToolTip(self.tr("Persons of companies in this category get a lead status; "
                                               "switching it on gives them all the default status."))

    def _group_options(self, index: QModelIndex) -> list[tuple[str, object]]:
        current = index.data(Qt.ItemDataRole.EditRole)
        options: list[tuple[str, object]] = [("", None)]
        for group in lists.choices(ListKind.CATEGORY_GROUP, current):
            options.append((group.name, group.id))
        return options

    # --- running services -----------------------------------------------------------------------------------

    def run(self, job: Callable[[], ChangeSet | tuple[object, ChangeSet]]) -> bool:
        """Run a quick service call on this thread; publish what changed, or explain why not."""
        try:
            result = job()
        except CrmError as exc:
            self.show_error(exc)
            return False
        changes = result[1] if isinstance(result, tuple) else result
        hub().publish(changes)
        return True

    def run_in_background(self, job: Callable[[], ChangeSet], done: Callable[[], None] | None = None) -> None:
        """Run a service call that may touch many records on the worker thread; the page waits, disabled."""
        self.busy = True
        self.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def finish() -> None:
            QApplication.restoreOverrideCursor()
            self.busy = False
            self.setEnabled(True)
            self.update_buttons()

        def on_done(changes: ChangeSet) -> None:
            finish()
            hub().publish(changes)
            if done is not None:
                done()

        def on_error(exc: Exception) -> None:
            finish()
            self.model.reload()
            self.show_error(exc)

        worker.run_task(job, on_done=on_done, on_error=on_error)

    def show_error(self, exc: Exception) -> None:
        text = tr_error(exc) if isinstance(exc, CrmError) else str(exc)
        QMessageBox.warning(self, list_title(self.kind), text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def ask_merge(self, item: ListItem, count: int) -> tuple[str, int | None] | None:
        """("merge", target id) or ("hide", None), or None when the user cancels."""
        candidates = [i for i in self.model.all_items() if i.id != item.id and not i.hidden]
        dialog = MergeDialog(self.kind, item, count, candidates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        return dialog.choice, dialog.target_id() if dialog.choice == "merge" else None

    def ask_password(self, item: ListItem) -> str | None:
        dialog = PasswordDialog(item.name, self)
        return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- actions --------------------------------------------------------------------------------------------

    def add(self) -> None:
        name = self.ask_text(self.tr("Add to {list}").format(list=list_title(self.kind)), self.tr("Name:"))
        if not name:
            return
        current = self.current()
        result: list[object] = []

        def job() -> tuple[object, ChangeSet]:
            if self.kind == ListKind.ASSOCIATE:
                out = associates.add_associate(name)
            else:
                group = current.group_id if self.kind == ListKind.CATEGORY and current is not None else None
                if group is not None and (g := lists.item(ListKind.CATEGORY_GROUP, group)) is not None and g.hidden:
                    group = None
                out = list_admin.add_item(self.kind, name, group_id=group)
            result.append(out[0])
            return out

        if self.run(job):
            self.select(getattr(result[0], "id", None))

    def rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(self.model.index(index.row(), self.model.columns.index("name")))

    def move_by(self, step: int) -> None:
        item = self.current()
        row = self.view.currentIndex().row()
        neighbour = self.model.item_at(row + step)
        if item is None or neighbour is None:
            return
        ids = [i.id for i in self.model.all_items()]
        assert item.id is not None
        self.move_to(item.id, ids.index(neighbour.id))

    def move_to(self, item_id: int, position: int) -> None:
        if self.run(lambda: list_admin.move_item(self.kind, item_id, position)):
            self.select(item_id)

    def toggle_hidden(self) -> None:
        item = self.current()
        if item is not None and item.id is not None:
            item_id = item.id
            self.run(lambda: list_admin.set_hidden(self.kind, item_id, not item.hidden))
            self.select(item_id)

    def delete(self) -> None:
        item = self.current()
        if item is None or item.id is None:
            return
        item_id = item.id
        count = list_admin.usage_count(self.kind, item_id)
        if count == 0:
            if not self.confirm(self.tr("Delete"), self.tr("Delete “{name}” from the list?").format(name=item.name)):
                return
            try:
                hub().publish(list_admin.delete_item(self.kind, item_id))
                return
            except ItemInUse as exc:  # someone used it in the meantime
                count = exc.count
            except CrmError as exc:
                self.show_error(exc)
                return
        choice = self.ask_merge(item, count)
        if choice is None:
            return
        if choice[0] == "hide":
            self.run(lambda: list_admin.set_hidden(self.kind, item_id, True))
        elif choice[1] is not None:
            target = int(choice[1])
            self.run_in_background(lambda: list_admin.merge_items(self.kind, item_id, target),
                                   done=lambda: self.select(target))

    def apply_edit(self, item: ListItem, column: str, value: object) -> bool:
        """An inline edit of the table (the model hands it over); True when it was saved."""
        assert item.id is not None
        item_id, kind = item.id, self.kind
        if column == "name":
            return self.run(lambda: list_admin.rename_item(kind, item_id, str(value)))
        if column == "description":
            return self.run(lambda: list_admin.describe_item(kind, item_id, str(value)))
        if column == "login":
            return self.run(lambda: associates.set_login(item_id, str(value)))
        if column == "role" and kind == ListKind.CATEGORY_GROUP:
            return self.run(lambda: list_admin.set_group_role(item_id, GroupRole(str(value))))
        if column == "role":
            return self.run(lambda: associates.set_role(item_id, str(value)))
        if column == "group":
            group = int(value) if value is not None else None  # type: ignore[call-overload]
            return self.run(lambda: list_admin.set_category_group(item_id, group))
        if column == "is_default":
            return bool(value) and self.run(lambda: list_admin.set_default_lead_status(item_id))
        if column == "lead_enabled":
            self.toggle_lead(item, bool(value))
        return False

    def make_default(self) -> None:
        item = self.current()
        if item is not None and item.id is not None:
            item_id = item.id
            self.run(lambda: list_admin.set_default_lead_status(item_id))

    def _lead_check_clicked(self, checked: bool) -> None:
        item = self.current()
        if item is not None:
            self.toggle_lead(item, checked)
        self.update_buttons()

    def toggle_lead(self, item: ListItem, enable: bool) -> None:
        """Switch lead status on or off for a category, after saying how many persons it affects."""
        assert item.id is not None
        item_id = item.id
        try:
            count = list_admin.lead_enable_impact(item_id, enable)
        except CrmError as exc:
            self.show_error(exc)
            return
        if enable:
            default = lists.item(ListKind.LEAD_STATUS, lists.default_lead_status() or -1)
            text = self.tr("Switch lead status on for “{name}”?\n\n%n person(s) of the companies in this category "
                           "get the default lead status “{status}”, whatever they have now.", "", count)
            text = text.format(name=item.name, status=default.name if default else "")
            title = self.tr("Switch lead status on")
        else:
            text = self.tr("Switch lead status off for “{name}”?\n\nThe lead status of %n person(s) is kept, but "
                           "hidden and read-only until it is switched on again.", "", count).format(name=item.name)
            title = self.tr("Switch lead status off")
        if not self.confirm(title, text):
            self.update_buttons()
            return
        self.run_in_background(lambda: list_admin.set_lead_enabled(item_id, enable), done=lambda: self.select(item_id))

    def set_password(self) -> None:
        item = self.current()
        if item is None or item.id is None:
            return
        password = self.ask_password(item)
        if password:
            item_id = item.id
            self.run(lambda: associates.set_password(item_id, password))

    def clear_password(self) -> None:
        item = self.current()
        if item is None or item.id is None:
            return
        text = self.tr("Remove the password of {name}? They then sign in without one.").format(name=item.name)
        if self.confirm(self.tr("Clear password"), text):
            item_id = item.id
            self.run(lambda: associates.set_password(item_id, None))
