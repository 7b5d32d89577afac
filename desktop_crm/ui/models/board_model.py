"""One board column's cards: a lazy list model that fetches pages in name order (keyset paging).

The first page comes with the board's load on the worker; further pages are fetched as the column's
list view scrolls (``canFetchMore``/``fetchMore``), each one indexed query, so a column with tens of
thousands of cards opens as fast as one with ten. Cards of a lead-status column can be dragged to
another one; the drop asks the board (``card_dropped``) to change the status through a service.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractListModel, QDateTime, QLocale, QMimeData, QModelIndex, Qt, Signal

from desktop_crm.services import selections
from desktop_crm.services.selections import BoardColumn, Card

CARD_MIME = "application/x-desktop-crm-board-cards"
PAGE = 60
IdRole = Qt.ItemDataRole.UserRole
CardRole = Qt.ItemDataRole.UserRole + 1


def local_time(utc_text: str) -> str:
    """A record's UTC timestamp as local date and time in the interface language's short format."""
    moment = QDateTime.fromString(utc_text, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return utc_text
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class BoardColumnModel(QAbstractListModel):
    """The cards of one column; ``source`` is a compiled query (``selections.query``), so paging
    never compiles the criteria again."""

    card_dropped = Signal(list, object, object)  # card ids, from column value, to column value

    def __init__(self, source: object, group_by: str, column: BoardColumn, cards: list[Card] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.source, self.group_by, self.column = source, group_by, column
        self.cards: list[Card] = list(cards or [])
        self._more = len(self.cards) < column.count

    # --- reading ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.cards)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt override
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt override
        if parent.isValid() or not self._more:
            return
        after = self.cards[-1].key if self.cards else None
        page = selections.board_cards(self.source, self.group_by, self.column.value, after, PAGE,  # type: ignore[arg-type]
                                      self.column.count)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.cards), len(self.cards) + len(page) - 1)
            self.cards.extend(page)
            self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join((card.title, card.subtitle or " ", local_time(card.updated_at)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (card.title, card.subtitle) if t)
        if role == IdRole:
            return card.id
        if role == CardRole:
            return card
        return None

    # --- drag and drop ------------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.column.droppable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.column.droppable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [CARD_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        ids = [self.cards[i.row()].id for i in indexes if i.isValid()]
        mime = QMimeData()
        mime.setData(CARD_MIME, json.dumps({"ids": ids, "from": self.column.value}).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: N802
        if not self.column.droppable or not data.hasFormat(CARD_MIME):
            return False
        return json.loads(bytes(data.data(CARD_MIME)).decode()).get("from") != self.column.value

    def dropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = json.loads(bytes(data.data(CARD_MIME)).decode())
        self.card_dropped.emit([int(i) for i in payload["ids"]], payload.get("from"), self.column.value)
        return False  # the board reloads both columns from the database; Qt removes nothing itself
