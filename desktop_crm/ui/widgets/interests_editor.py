"""The interests checklist of the company card and the person card (and, in bulk, of a list).

All interests of the list, filterable by typing (case and diacritics ignored), checked ones first;
a hidden interest is shown only when it is checked. Changes are the card's: ``changed`` tells the
card it is dirty and ``checked_ids()`` is saved with it.

Bulk use: ``set_checked(ids, partial=...)`` shows interests that some of the selected rows have as
partially checked; the user can cycle them, and ``added_ids()``/``removed_ids()`` say what to do.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop_crm.domain.entities import ListKind
from desktop_crm.services import lists

ID_ROLE = Qt.ItemDataRole.UserRole
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_ROLE = Qt.ItemDataRole.UserRole + 2


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._needle = _fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = _fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self._needle in str(index.data(FOLDED_ROLE) or "")


class InterestsEditor(QWidget):
    changed = Signal()

    def __init__(self, kind: ListKind = ListKind.COMPANY_INTEREST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._baseline: frozenset[int] = frozenset()
        self._partial: frozenset[int] = frozenset()
        self._read_only = False
        self._loading = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter interests…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._on_item_changed)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ORDER_ROLE)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel(self.tr("The list of interests is empty. An administrator can fill it in "
                                          "Settings."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.setFocusProxy(self.filter_edit)

    # -- the card's interface -----------------------------------------------------------------

    def set_checked(self, ids: Iterable[int], partial: Iterable[int] = ()) -> None:
        """Load the list with ``ids`` checked (and, for bulk use, ``partial`` partly checked)."""
        self._baseline = frozenset(ids)
        self._partial = frozenset(partial) - self._baseline
        self._fill(self._baseline, self._partial)

    def reload(self) -> None:
        """Read the list again, keeping what the user has checked so far."""
        self._fill(self.checked_ids(), self.partial_ids())

    def _fill(self, checked: frozenset[int], partial: frozenset[int]) -> None:
        self._loading = True
        try:
            self.model.clear()
            shown = [i for i in lists.items(self.kind) if not i.hidden or i.id in checked | partial]
            for item in shown:
                row = QStandardItem(item.name if not item.hidden else self.tr("{name} (hidden)").format(name=item.name))
                row.setData(item.id, ID_ROLE)
                row.setData(_fold(item.name), FOLDED_ROLE)
                row.setEditable(False)
                row.setCheckable(not self._read_only)
                flags = row.flags()
                if item.id in partial:
                    flags |= Qt.ItemFlag.ItemIsUserTristate
                if self._read_only:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                row.setFlags(flags)
                state = (Qt.CheckState.Checked if item.id in checked else
                         Qt.CheckState.PartiallyChecked if item.id in partial else Qt.CheckState.Unchecked)
                row.setCheckState(state)
                if item.description:
                    row.setToolTip(item.description)
                if item.hidden:
                    font = QFont(self.font())
                    font.setItalic(True)
                    row.setFont(font)
                self.model.appendRow(row)
            self._sort()
        finally:
            self._loading = False
        self.empty_label.setVisible(not shown)

    def checked_ids(self) -> frozenset[int]:
        return self._ids_in(Qt.CheckState.Checked)

    def partial_ids(self) -> frozenset[int]:
        return self._ids_in(Qt.CheckState.PartiallyChecked)

    def added_ids(self) -> frozenset[int]:
        """Bulk: checked now and not checked for every row before."""
        return self.checked_ids() - self._baseline

    def removed_ids(self) -> frozenset[int]:
        """Bulk: unchecked now while some or all rows had it before."""
        return (self._baseline | self._partial) - self.checked_ids() - self.partial_ids()

    def is_changed(self) -> bool:
        return self.checked_ids() != self._baseline or self.partial_ids() != self._partial

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.model.rowCount():
            self.reload()

    def shown_names(self) -> list[str]:
        """The names in view, in their order (what the user sees)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def set_item_checked(self, item_id: int, checked: bool) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) == item_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(item_id)

    # -- internals --------------------------------------------------------------------------------

    def _ids_in(self, state: Qt.CheckState) -> frozenset[int]:
        return frozenset(int(self.model.item(r).data(ID_ROLE)) for r in range(self.model.rowCount())
                         if self.model.item(r).checkState() == state)

    def _sort(self) -> None:
        """Checked first, then partly checked, then the rest, each in the administrator's order.
        Done on load and when the filter changes, not on every click, so rows don't jump away."""
        rank = {Qt.CheckState.Checked: 0, Qt.CheckState.PartiallyChecked: 1, Qt.CheckState.Unchecked: 2}
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            item.setData(rank[item.checkState()] * 1_000_000 + r, ORDER_ROLE)
        self.proxy.sort(0)

    def _on_filter(self, text: str) -> None:
        was = self._loading
        self._loading = True
        try:
            self._sort()
        finally:
            self._loading = was
        self.proxy.set_needle(text)

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._loading:
            self.changed.emit()
