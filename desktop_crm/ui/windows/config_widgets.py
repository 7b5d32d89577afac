"""Building blocks of the configuration wizard's pages: the page base (step, why it matters, problems,
live re-translation), a table model over one list of the draft, and the list editor (table + add,
remove, up, down, examples) with the question what happens to a removed item that is still in use.

Nothing here writes to the database: every edit changes the wizard's ``Draft``; Finish applies it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.domain import configuration as cfg
from desktop_crm.domain.configuration import Draft, DraftItem
from desktop_crm.domain.entities import AssociateRole, GroupRole, ListKind
from desktop_crm.domain.messages import Message
from desktop_crm.domain.names import fold
from desktop_crm.i18n import tr_message
from desktop_crm.services import list_admin
from desktop_crm.ui.models.list_items_model import associate_role_labels, group_role_labels
from desktop_crm.ui.widgets.subscriptions_editor import basis_label
from desktop_crm.ui.windows.settings_pages import ComboDelegate

STEPS = 12
Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()


@dataclass
class WizardState:
    """What the pages share: the draft, and who is running the wizard."""

    draft: Draft
    actor_id: int | None = None
    database_empty: bool = True
    can_import: bool = False


def basis_labels() -> dict[str, str]:
    return {code: basis_label(code) for code in cfg.LEGAL_BASES}


# --- the page base ----------------------------------------------------------------------------------------------


class ConfigPage(QWizardPage):
    """A wizard page: "Step n of 12" in the header, a short explanation of why the question matters,
    the page's own widgets, and a line for what is wrong when Next is refused. Subclasses build their
    widgets in ``build()`` and set every text in ``retranslate()``, which runs again on a language change."""

    STEP = 0
    KINDS: tuple[ListKind, ...] = ()  # the lists whose problems keep this page from going on

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.why = QLabel()
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        frame.setAutoFillBackground(True)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout(frame)
        row.addWidget(icon)
        row.addWidget(self.why, 1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        font = QFont(self.problem.font())
        font.setBold(True)
        self.problem.setFont(font)
        self.problem.hide()
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.problem)
        self.build()
        self._retranslate()

    def build(self) -> None:
        """Create the page's widgets into ``self.body``."""

    def retranslate(self) -> None:
        """Set every visible text (titles, labels, buttons)."""

    def page_title(self) -> str:
        return ""

    def refresh(self) -> None:
        """Show the draft again (another page may have changed it)."""

    @property
    def draft(self) -> Draft:
        return self.state.draft

    def _retranslate(self) -> None:
        self.setTitle(self.page_title())
        self.setSubTitle(QCoreApplication.translate("ConfigWizard", "Step {n} of {total}").format(
            n=self.STEP, total=STEPS))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.show_problem(None)
        self.refresh()

    def show_problem(self, message: Message | str | None) -> None:
        text = tr_message(message) if isinstance(message, Message) else (message or "")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        found = cfg.problems(self.draft, self.KINDS) if self.KINDS else []
        self.show_problem(found[0] if found else None)
        return not found


# --- a list of the draft as a table ----------------------------------------------------------------------------

TEXT_COLUMNS = {"name", "description", "purpose", "login"}
COMBO_COLUMNS = {"role", "group", "legal_basis"}
CHECK_COLUMNS = {"lead_enabled", "is_default"}


class DraftListModel(QAbstractTableModel):
    """The visible items of one list of the draft. Edits go straight into the draft's items."""

    edited = Signal()

    def __init__(self, state: WizardState, kind: ListKind, columns: tuple[str, ...],
                 read_only: frozenset[str] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.kind, self.columns, self.read_only = state, kind, columns, read_only
        self.rows: list[DraftItem] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self.state.draft.visible(self.kind)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(self.columns[section])

    def item_at(self, row: int) -> DraftItem | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, key: str) -> int:
        return next((n for n, item in enumerate(self.rows) if item.key == key), -1)

    def options(self, column: str) -> list[tuple[str, object]]:
        if column == "role" and self.kind == ListKind.ASSOCIATE:
            return [(label, role) for role, label in associate_role_labels().items()]
        if column == "role":
            return [(label, role) for role, label in group_role_labels().items()]
        if column == "group":
            return [(g.name, g.key) for g in self.state.draft.visible(ListKind.CATEGORY_GROUP)]
        if column == "legal_basis":
            return [(label, code) for code, label in basis_labels().items()]
        return []

    def _label(self, item: DraftItem, column: str) -> str:
        if column == "role":
            labels = associate_role_labels() if self.kind == ListKind.ASSOCIATE else group_role_labels()
            return labels.get(item.role, item.role)
        if column == "group":
            group = self.state.draft.find(ListKind.CATEGORY_GROUP, item.group)
            return group.name if group is not None else ""
        if column == "legal_basis":
            return basis_labels().get(item.legal_basis, item.legal_basis)
        if column == "password":
            return "●●●●●●" if item.password or item.has_password else ""
        return str(getattr(item, column, ""))

    def _checkable(self, item: DraftItem, column: str) -> bool:
        if column == "lead_enabled":
            return self.state.draft.group_role(item) == GroupRole.PROSPECT
        return column in CHECK_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        item = self.item_at(index.row())
        if item is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and column not in CHECK_COLUMNS:
            return self._label(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return "" if column == "password" else getattr(item, column, None)
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_COLUMNS and self._checkable(item, column):
            return Qt.CheckState.Checked if getattr(item, column) else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return item.key
        if role == Qt.ItemDataRole.ToolTipRole and column == "name" and item.usage:
            return QCoreApplication.translate("ConfigWizard", "In use by {count} record(s)").format(count=item.usage)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        item = self.item_at(index.row())
        if item is None:
            return base
        column = self.columns[index.column()]
        if column in self.read_only:
            return base
        if column in CHECK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable if self._checkable(item, column) else base & ~(
                Qt.ItemFlag.ItemIsEnabled)
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item_at(index.row())
        if item is None:
            return False
        column = self.columns[index.column()]
        if column in CHECK_COLUMNS and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            if column == "is_default":
                if not checked:
                    return False  # there is always one default: choose another one instead
                self.state.draft.set_default_status(item.key)
                self.dataChanged.emit(self.index(0, index.column()), self.index(len(self.rows) - 1, index.column()))
            else:
                item.lead_enabled = checked
                self.dataChanged.emit(index, index)
            self.edited.emit()
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == "password":
            item.password = str(value or "")
        elif column in TEXT_COLUMNS:
            setattr(item, column, str(value or "").strip() if column != "name" else " ".join(str(value).split()))
        elif column in COMBO_COLUMNS:
            setattr(item, column, value)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.edited.emit()
        return True

    def set_value(self, row: int, column: str, value: object) -> bool:
        """Edit a cell as the user would (tests and the add button)."""
        index = self.index(row, self.columns.index(column))
        if column in CHECK_COLUMNS:
            return self.setData(index, Qt.CheckState.Checked if value else Qt.CheckState.Unchecked,
                                Qt.ItemDataRole.CheckStateRole)
        return self.setData(index, value)


def column_title(column: str) -> str:
    titles = {
        "name": QCoreApplication.translate("ConfigWizard", "Name"),
        "description": QCoreApplication.translate("ConfigWizard", "Description"),
        "role": QCoreApplication.translate("ConfigWizard", "Role"),
        "group": QCoreApplication.translate("ConfigWizard", "Category group"),
        "lead_enabled": QCoreApplication.translate("ConfigWizard", "Lead status"),
        "is_default": QCoreApplication.translate("ConfigWizard", "Default"),
        "purpose": QCoreApplication.translate("ConfigWizard", "Purpose"),
        "legal_basis": QCoreApplication.translate("ConfigWizard", "Legal basis"),
        "login": QCoreApplication.translate("ConfigWizard", "Login"),
        "password": QCoreApplication.translate("ConfigWizard", "Password"),
    }
    return titles.get(column, column)


class PasswordDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        edit = QLineEdit(parent)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setPlaceholderText(QCoreApplication.translate("ConfigWizard", "New password"))
        return edit


# --- removing an item that is in use ---------------------------------------------------------------------------


class RetireDialog(QDialog):
    """An item that records use is being removed: merge it into another item, or hide it."""

    def __init__(self, name: str, count: int, candidates: list[tuple[str, str]], can_merge: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove \"{name}\"").format(name=name))
        text = QLabel(self.tr("\"{name}\" is used by {count} record(s). Those records keep a value: merge it into "
                              "another item (the records move over), or hide it (the records keep it, but it can "
                              "no longer be chosen).").format(name=name, count=count))
        text.setWordWrap(True)
        self.merge = QRadioButton(self.tr("Merge into:"))
        self.target = QComboBox()
        for label, key in candidates:
            self.target.addItem(label, key)
        self.hide_it = QRadioButton(self.tr("Hide it"))
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.hide_it)
        can_merge = can_merge and bool(candidates)
        self.merge.setEnabled(can_merge)
        self.target.setEnabled(can_merge)
        (self.merge if can_merge else self.hide_it).setChecked(True)
        if not can_merge and candidates:
            note = QLabel(self.tr("Subscriptions are the proof of consent, so this type can only be hidden."))
            note.setWordWrap(True)
        else:
            note = None
        row = QHBoxLayout()
        row.addWidget(self.merge)
        row.addWidget(self.target, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.hide_it)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(buttons)

    def choice(self) -> str | None:
        """The key of the item to merge into, or None to hide."""
        return self.target.currentData() if self.merge.isChecked() else None

    @classmethod
    def ask(cls, parent: QWidget, name: str, count: int, candidates: list[tuple[str, str]],
            can_merge: bool) -> tuple[bool, str | None]:
        """(go on, merge target or None for hide)."""
        dialog = cls(name, count, candidates, can_merge, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        return accepted, choice


# --- the list editor -------------------------------------------------------------------------------------------


class ListEditor(QWidget):
    """A list of the draft, editable in place, with Add, Remove, Up and Down (and Examples when given)."""

    changed = Signal()

    def __init__(self, state: WizardState, kind: ListKind, columns: tuple[str, ...], *,
                 examples: Callable[[], list[tuple[str, str]]] | None = None, movable: bool = True,
                 read_only: frozenset[str] = frozenset(), editable_list: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.kind = state, kind
        self.model = DraftListModel(state, kind, columns, read_only, self)
        self.model.edited.connect(self.changed)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().lineSpacing() + 12)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.view.horizontalHeader()
        for n, column in enumerate(columns):
            if column in COMBO_COLUMNS:
                self.view.setItemDelegateForColumn(n, ComboDelegate(
                    lambda index, c=column: self.model.options(c), self.view))
            if column == "password":
                self.view.setItemDelegateForColumn(n, PasswordDelegate(self.view))
            mode = QHeaderView.ResizeMode.Stretch if column in ("description", "purpose") else (
                QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(n, mode)
        if "description" not in columns and "purpose" not in columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.examples_button = QPushButton()
        style = self.style()
        self.up_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.examples_button.clicked.connect(self.add_examples)
        self._examples = examples
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.examples_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.up_button.setVisible(movable)
        self.down_button.setVisible(movable)
        self.examples_button.setVisible(examples is not None)
        self.add_button.setVisible(editable_list)
        self.remove_button.setVisible(editable_list)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        inner = QVBoxLayout()
        inner.addWidget(self.view, 1)
        inner.addWidget(self.message)
        layout.addLayout(inner, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.retranslate()
        self.update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("ConfigWizard", "Add"))
        self.remove_button.setText(QCoreApplication.translate("ConfigWizard", "Remove"))
        self.up_button.setToolTip(QCoreApplication.translate("ConfigWizard", "Move up"))
        self.down_button.setToolTip(QCoreApplication.translate("ConfigWizard", "Move down"))
        self.examples_button.setText(QCoreApplication.translate("ConfigWizard", "Add examples"))
        self.model.retranslate()

    def refresh(self) -> None:
        key = self.current_key()
        self.model.refresh()
        self.select(key)
        self.update_buttons()

    def current_key(self) -> str | None:
        item = self.model.item_at(self.view.currentIndex().row())
        return item.key if item is not None else None

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key) if key else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def new_name(self) -> str:
        base = QCoreApplication.translate("ConfigWizard", "New item")
        taken = {i.name.casefold() for i in self.state.draft.visible(self.kind)}
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def add(self, name: str | None = None, edit: bool = True, **extra: object) -> DraftItem:
        """Add an item (a fresh name to type over, or ``name``) and start editing its name."""
        self.say("")
        if self.kind == ListKind.ASSOCIATE:
            extra.setdefault("role", AssociateRole.USER.value)
        elif self.kind == ListKind.CATEGORY_GROUP:
            extra.setdefault("role", GroupRole.OTHER.value)
        elif self.kind == ListKind.CATEGORY:
            groups = self.state.draft.visible(ListKind.CATEGORY_GROUP)
            extra.setdefault("group", groups[0].key if groups else None)
        item = self.state.draft.add(self.kind, name or self.new_name(), **extra)
        self.model.refresh()
        row = self.model.row_of(item.key)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        if edit and name is None and self.view.isVisible():
            self.view.edit(index)
        self.update_buttons()
        self.changed.emit()
        return item

    def add_examples(self) -> None:
        if self._examples is None:
            return
        present = {fold(i.name) for i in self.state.draft.visible(self.kind)}
        for name, purpose in self._examples():
            if fold(name) not in present:
                extra: dict[str, object] = {"purpose": purpose} if self.kind == ListKind.SUBSCRIPTION_TYPE else {}
                self.state.draft.add(self.kind, name, **extra)
        self.refresh()
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.model.item_at(self.view.currentIndex().row())
        if item is not None:
            self.remove(item.key)

    def remove(self, key: str) -> bool:
        """Take the item out of the list; one in use asks whether to merge it or hide it."""
        self.say("")
        draft = self.state.draft
        item = draft.find(self.kind, key)
        if item is None:
            return False
        if self.kind == ListKind.ASSOCIATE and item.id is not None and item.id == self.state.actor_id:
            self.say(QCoreApplication.translate("ConfigWizard", "You cannot remove yourself: you are signed in as "
                                                                "{name}.").format(name=item.name))
            return False
        in_use = item.usage if item.id is not None else 0
        if self.kind == ListKind.CATEGORY_GROUP:
            in_use += sum(1 for c in draft.visible(ListKind.CATEGORY) if c.group == key)
        target = None
        if in_use:
            candidates = [(i.name, i.key) for i in draft.visible(self.kind) if i.key != key]
            go_on, target = RetireDialog.ask(self, item.name, in_use, candidates, list_admin.can_merge(self.kind))
            if not go_on:
                return False
        draft.remove(self.kind, key, target)
        self.refresh()
        self.changed.emit()
        return True

    def move_current(self, step: int) -> None:
        key = self.current_key()
        if key and self.state.draft.move(self.kind, key, step):
            self.refresh()
            self.changed.emit()


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
