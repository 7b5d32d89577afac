"""The items of one administrator's list, as a table for the settings pages.

Lists are short (tens of items), so the model holds them all. Order is the administrator's order
(``rank``), changed by dragging rows or by the page's up/down buttons. Edits do not change the model
directly: ``setData`` hands them to ``on_edit`` (the page, which calls a service and publishes the
ChangeSet), and the model reloads when the hub says its list changed. Hidden items are greyed and
italic, and are left out unless ``show_hidden`` is on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop_crm import i18n
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import AssociateRole, GroupRole, ListItem, ListKind
from desktop_crm.domain.messages import Message
from desktop_crm.services import associates, list_admin, lists
from desktop_crm.ui.hub import hub

MIME_TYPE = "application/x-desktop-crm-list-item"
ItemIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole

COLUMNS: dict[ListKind, tuple[str, ...]] = {
    ListKind.CATEGORY_GROUP: ("name", "role", "description", "usage"),
    ListKind.CATEGORY: ("name", "group", "lead_enabled", "description", "usage"),
    ListKind.LEAD_STATUS: ("name", "is_default", "description", "usage"),
    ListKind.ASSOCIATE: ("name", "login", "role", "password", "usage"),
}
DEFAULT_COLUMNS = ("name", "description", "usage")
EDITABLE = {"name", "description", "login", "role", "group"}
CHECKABLE = {"lead_enabled", "is_default"}

# Which other lists a page shows names or rules of, so it reloads when they change too.
DEPENDS_ON: dict[ListKind, tuple[str, ...]] = {ListKind.CATEGORY: (ListKind.CATEGORY_GROUP.value,)}


def group_role_labels() -> dict[str, str]:
    return {
        GroupRole.PROSPECT.value: QCoreApplication.translate("ListItemsModel", "Potential customer"),
        GroupRole.CUSTOMER.value: QCoreApplication.translate("ListItemsModel", "Customer"),
        GroupRole.OTHER.value: QCoreApplication.translate("ListItemsModel", "Other"),
    }


def associate_role_labels() -> dict[str, str]:
    return {
        AssociateRole.ADMINISTRATOR.value: QCoreApplication.translate("ListItemsModel", "Administrator"),
        AssociateRole.USER.value: QCoreApplication.translate("ListItemsModel", "User"),
        AssociateRole.READ_ONLY.value: QCoreApplication.translate("ListItemsModel", "Read only"),
    }


class ListItemsModel(QAbstractTableModel):
    def __init__(self, kind: ListKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS.get(kind, DEFAULT_COLUMNS)
        self.show_hidden = True
        self.on_edit: Callable[[ListItem, str, object], bool] | None = None
        self.on_move: Callable[[int, int], None] | None = None  # item id, position among all live items
        self._all: list[ListItem] = []
        self._rows: list[ListItem] = []
        self._usage: dict[int, int] = {}
        self._groups: dict[int, ListItem] = {}
        self._logins: dict[int, tuple[str, bool]] = {}
        self.reload()
        hub().data_changed.connect(self._on_data_changed)

    # --- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again; rows that stay the same are updated in place (editors stay open)."""
        self._all = list_admin.items(self.kind)
        self._usage = list_admin.usage_counts(self.kind)
        if self.kind == ListKind.CATEGORY:
            self._groups = {g.id: g for g in lists.items(ListKind.CATEGORY_GROUP) if g.id is not None}
        if self.kind == ListKind.ASSOCIATE:
            self._logins = {a.id: (a.login, a.has_password) for a in associates.associates()}
        rows = [i for i in self._all if self.show_hidden or not i.hidden]
        if [i.id for i in rows] == [i.id for i in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def set_show_hidden(self, show: bool) -> None:
        self.show_hidden = show
        self.reload()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.kind.value) or any(changes.touches(k) for k in DEPENDS_ON.get(self.kind, ())):
            self.reload()

    # --- access ---------------------------------------------------------------------------------------------

    def item_at(self, row: int) -> ListItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int | None) -> int:
        return next((r for r, i in enumerate(self._rows) if i.id == item_id), -1)

    def items(self) -> list[ListItem]:
        """The items in view, in order."""
        return list(self._rows)

    def all_items(self) -> list[ListItem]:
        """Every live item of the list, hidden ones included, in order."""
        return list(self._all)

    def usage(self, item_id: int | None) -> int:
        return self._usage.get(item_id or -1, 0)

    def group_of(self, item: ListItem) -> ListItem | None:
        return self._groups.get(item.group_id) if item.group_id is not None else None

    def has_password(self, item: ListItem) -> bool:
        return self._logins.get(item.id or -1, ("", False))[1]

    def lead_allowed(self, item: ListItem) -> bool:
        group = self.group_of(item)
        return group is not None and group.role == GroupRole.PROSPECT.value

    def position_for(self, item_id: int, before_row: int) -> int:
        """The position among all live items for moving ``item_id`` before view row ``before_row``."""
        ids = [i.id for i in self._all]
        if before_row >= len(self._rows):
            anchor = ids.index(self._rows[-1].id) + 1 if self._rows else len(ids)
        else:
            anchor = ids.index(self._rows[max(before_row, 0)].id)
        if ids.index(item_id) < anchor:
            anchor -= 1
        return anchor

    # --- Qt model interface ---------------------------------------------------------------------------------

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return {
            "name": self.tr("Name"), "description": self.tr("Description"), "usage": self.tr("In use"),
            "role": self.tr("Role"), "group": self.tr("Category group"),
            "lead_enabled": self.tr("Lead status"), "is_default": self.tr("Default"),
            "login": self.tr("Login"), "password": self.tr("Password"),
        }[self.columns[section]]

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        item, column = self._rows[index.row()], self.columns[index.column()]
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if column in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "lead_enabled":
            if self.lead_allowed(item) or item.lead_enabled:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        if column == "is_default" and not item.hidden and not item.is_default:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item, column = self._rows[index.row()], self.columns[index.column()]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.FontRole and item.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.hidden:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "usage":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECKABLE:
            checked = item.lead_enabled if column == "lead_enabled" else item.is_default
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(item, column, role == Qt.ItemDataRole.EditRole)
        return None

    def _value(self, item: ListItem, column: str, edit: bool) -> object:
        if column == "name":
            return item.name
        if column == "description":
            return item.description
        if column == "usage":
            return self.usage(item.id)
        if column == "role":
            if edit:
                return item.role
            labels = group_role_labels() if self.kind == ListKind.CATEGORY_GROUP else associate_role_labels()
            return labels.get(item.role, item.role)
        if column == "group":
            group = self.group_of(item)
            return item.group_id if edit else (group.name if group else "")
        if column == "login":
            return self._logins.get(item.id or -1, ("", False))[0]
        if column == "password":
            has = self._logins.get(item.id or -1, ("", False))[1]
            return self.tr("Yes") if has else self.tr("No")
        return None

    def _tooltip(self, item: ListItem, column: str) -> str | None:
        if column == "lead_enabled":
            if not self.lead_allowed(item) and not item.lead_enabled:
                return i18n.tr_message(Message(m.LEAD_ENABLE_NOT_PROSPECT))
            return self.tr("Persons of companies in this category have a lead status.")
        if column == "is_default":
            return self.tr("Every new lead starts with the default status. There is always exactly one.")
        if column == "usage":
            return self.tr("Used by %n record(s), deleted ones included.", "", self.usage(item.id))
        if item.hidden:
            hidden = self.tr("Hidden: kept on the records that have it, but it cannot be chosen anew.")
            return f"{item.description}\n\n{hidden}" if item.description else hidden
        return item.description or None

    def setData(self, index: ItemIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.on_edit is None:
            return False
        item, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECKABLE:
            value = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[arg-type]
        elif role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        return self.on_edit(item, column, value)

    # --- dragging rows to reorder ---------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].id).encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: ItemIndex) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: ItemIndex) -> bool:
        """Move the dragged item before ``row`` (or before the row dropped on). Returns False so the view
        does not remove the source row itself: the model reloads in the new order instead."""
        if not self.canDropMimeData(data, action, row, column, parent) or self.on_move is None:
            return False
        item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        if item_id in [i.id for i in self._all]:
            self.on_move(item_id, self.position_for(item_id, row))
        return False
