"""A combo box over one of the administrator's lists (category, business, lead status...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_crm.domain.entities import ListKind
from desktop_crm.services import lists

ID_ROLE = Qt.ItemDataRole.UserRole


class ListCombo(QComboBox):
    """Offers the list's visible items, plus the record's current one even when it is hidden
    (``services.lists.choices``). Each item's description is its tooltip, and the combo's tooltip
    follows the current value. ``value()`` is the chosen item's id (None for the empty entry)."""

    value_changed = Signal(object)  # int | None

    def __init__(self, kind: ListKind, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.allow_empty = allow_empty
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(self._on_index)
        self._filling = False
        self.reload(None)

    def reload(self, current: int | None = None) -> None:
        """Fill from the list again, selecting ``current``."""
        self._filling = True
        try:
            self.clear()
            if self.allow_empty or current is None:
                self.addItem("", None)
            for item in lists.choices(self.kind, current):
                text = item.name if not item.hidden else self.tr("{name} (hidden)").format(name=item.name)
                self.addItem(text, item.id)
                index = self.count() - 1
                if item.description:
                    self.setItemData(index, item.description, Qt.ItemDataRole.ToolTipRole)
                if item.hidden:
                    font = QFont(self.font())
                    font.setItalic(True)
                    self.setItemData(index, font, Qt.ItemDataRole.FontRole)
            self._select(current)
        finally:
            self._filling = False
        self._update_tooltip()

    def value(self) -> int | None:
        data = self.currentData(ID_ROLE)
        return int(data) if data is not None else None

    def set_value(self, item_id: int | None) -> None:
        """Select ``item_id``; an item the combo does not offer (hidden, or new) is loaded first."""
        if self.findData(item_id, ID_ROLE) < 0:
            self.reload(item_id)
        else:
            self._select(item_id)

    def item_ids(self) -> list[int | None]:
        return [self.itemData(i, ID_ROLE) for i in range(self.count())]

    def _select(self, item_id: int | None) -> None:
        index = self.findData(item_id, ID_ROLE)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)

    def _on_index(self, _index: int) -> None:
        self._update_tooltip()
        if not self._filling:
            self.value_changed.emit(self.value())

    def _update_tooltip(self) -> None:
        tip = self.currentData(Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(str(tip) if tip else "")
