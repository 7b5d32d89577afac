"""The field-rules grid: per field of companies and persons a Shown and a Mandatory box, a tab per kind.

Settings > Field rules and the configuration wizard's Fields page both show it; each decides what a
tick means (a saved rule there, the wizard's draft here) through ``toggled`` and shows the result again
with ``show_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from desktop_crm.i18n import tr_field

KINDS = ("company", "person")
NAME_ROLE = Qt.ItemDataRole.UserRole
SHOWN_COLUMN, REQUIRED_COLUMN = 1, 2


class RuleState(Protocol):
    """What a row shows of one field (``services.field_rules.FieldRule``, the wizard's ``FieldChoice``)."""

    shown: bool
    required: bool
    can_hide: bool
    can_require: bool


class FieldRulesGrid(QTabWidget):
    """Two tabs (companies, persons), each a table of Field / Shown / Mandatory.

    ``toggled(kind, name, rule, checked)`` reports a box the user ticked or cleared (``rule`` is
    "shown" or "required"); boxes that cannot change are disabled with a tooltip that says why.
    ``compact``: rows one line of text high, the field column taking the spare width (the wizard).
    """

    toggled = Signal(str, str, str, bool)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._compact = compact
        self._loading = False
        self.models: dict[str, QStandardItemModel] = {}
        self.views: dict[str, QTableView] = {}
        for kind in KINDS:
            model = QStandardItemModel(self)
            model.itemChanged.connect(lambda item, k=kind: self._changed(k, item))
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            if compact:
                view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 10)
            self.models[kind], self.views[kind] = model, view
            self.addTab(view, "")
        self.retranslate()

    def retranslate(self) -> None:
        """Tab and column titles in the current language (the rows' texts come with ``show_rules``)."""
        self.setTabText(0, self.tr("Companies"))
        self.setTabText(1, self.tr("Persons"))
        for model in self.models.values():
            model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Shown"), self.tr("Mandatory")])
        for view in self.views.values():  # once the columns exist
            header = view.horizontalHeader()
            if self._compact:
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
                for column in (SHOWN_COLUMN, REQUIRED_COLUMN):
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            else:
                for column in (0, SHOWN_COLUMN):
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
                header.setStretchLastSection(True)

    def show_rules(self, kind: str, rules: Iterable[tuple[str, RuleState]]) -> None:
        """Show ``rules`` (field name and its state, in card order) on the tab of ``kind``."""
        model = self.models[kind]
        self._loading = True
        try:
            model.removeRows(0, model.rowCount())
            for name, rule in rules:
                label = QStandardItem(tr_field(name))
                label.setData(name, NAME_ROLE)
                shown, required = QStandardItem(), QStandardItem()
                for cell, checked, enabled, why in (
                        (shown, rule.shown, rule.can_hide and not rule.required,
                         self.tr("Always shown") if not rule.can_hide else
                         self.tr("A mandatory field is always shown")),
                        (required, rule.required, rule.can_require,
                         self.tr("Always mandatory") if rule.required else self.tr("Cannot be mandatory"))):
                    cell.setCheckable(True)
                    cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                    cell.setData(name, NAME_ROLE)
                    cell.setEnabled(enabled)
                    if not enabled:
                        cell.setToolTip(why)
                model.appendRow([label, shown, required])
        finally:
            self._loading = False

    def rule_state(self, kind: str, name: str) -> tuple[bool, bool]:
        """(shown, mandatory) as the grid shows them."""
        row = self._row(kind, name)
        model = self.models[kind]
        return (model.item(row, SHOWN_COLUMN).checkState() == Qt.CheckState.Checked,
                model.item(row, REQUIRED_COLUMN).checkState() == Qt.CheckState.Checked)

    def set_rule(self, kind: str, name: str, *, shown: bool | None = None, required: bool | None = None) -> None:
        """Tick or untick a box as the user would."""
        row = self._row(kind, name)
        for column, value in ((SHOWN_COLUMN, shown), (REQUIRED_COLUMN, required)):
            if value is not None:
                # the item looked up for each box: a tick may have shown the rules anew
                self.models[kind].item(row, column).setCheckState(
                    Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)

    def _row(self, kind: str, name: str) -> int:
        model = self.models[kind]
        for row in range(model.rowCount()):
            if model.item(row, 0).data(NAME_ROLE) == name:
                return row
        raise KeyError(name)

    def _changed(self, kind: str, item: QStandardItem) -> None:
        if self._loading or item.column() == 0:
            return
        rule = "shown" if item.column() == SHOWN_COLUMN else "required"
        self.toggled.emit(kind, item.data(NAME_ROLE), rule, item.checkState() == Qt.CheckState.Checked)
