"""The Abonnementen tab of the person card: every active subscription type with the person's state,
since when, from which source and on which legal basis; subscribe and unsubscribe (asking how the
consent or the withdrawal came in); and the selected type's history, which is never deleted.

Subscribing and unsubscribing are saved at once (each one is a recorded event, the proof of
consent), not with the card's Save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import subscriptions as subs
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.history_view import to_qdatetime

TYPE_ROLE = Qt.ItemDataRole.UserRole


def source_label(code: str) -> str:
    return {
        "form": QCoreApplication.translate("Subscriptions", "Form"),
        "phone": QCoreApplication.translate("Subscriptions", "Phone"),
        "email": QCoreApplication.translate("Subscriptions", "E-mail"),
        "import": QCoreApplication.translate("Subscriptions", "Import"),
        "in_person": QCoreApplication.translate("Subscriptions", "In person"),
    }.get(code, code)


def basis_label(code: str) -> str:
    return {
        "consent": QCoreApplication.translate("Subscriptions", "Consent"),
        "contract": QCoreApplication.translate("Subscriptions", "Contract"),
        "legitimate_interest": QCoreApplication.translate("Subscriptions", "Legitimate interest"),
    }.get(code, code)


def state_label(code: str) -> str:
    return {
        subs.SUBSCRIBED: QCoreApplication.translate("Subscriptions", "Subscribed"),
        subs.UNSUBSCRIBED: QCoreApplication.translate("Subscriptions", "Unsubscribed"),
    }.get(code, QCoreApplication.translate("Subscriptions", "Never asked"))


def when_text(value) -> str:  # noqa: ANN001 - datetime or None
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


class SubscriptionDialog(QDialog):
    """Asks how a subscription or a withdrawal came in: the source, the legal basis and a note."""

    def __init__(self, type_name: str, subscribe: bool, legal_basis: str = "consent",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Subscribe") if subscribe else self.tr("Unsubscribe"))
        intro = (self.tr("Subscribe to \"{type}\". How did the person give consent?") if subscribe
                 else self.tr("Unsubscribe from \"{type}\". How did the person ask for it?"))
        label = QLabel(intro.format(type=type_name), self)
        label.setWordWrap(True)
        self.source = QComboBox(self)
        for code in subs.SOURCES:
            self.source.addItem(source_label(code), code)
        self.basis = QComboBox(self)
        for code in subs.LEGAL_BASES:
            self.basis.addItem(basis_label(code), code)
        self.basis.setCurrentIndex(max(self.basis.findData(legal_basis), 0))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("For example: web form of 3 March"))
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def values(self) -> tuple[str, str, str]:
        return str(self.source.currentData()), str(self.basis.currentData()), self.note.text()

    @classmethod
    def ask(cls, parent: QWidget | None, type_name: str, subscribe: bool,
            legal_basis: str = "consent") -> tuple[str, str, str] | None:
        """(source, legal basis, note), or None when cancelled."""
        dialog = cls(type_name, subscribe, legal_basis, parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class SubscriptionsEditor(QWidget):
    """``publish`` passes each change on (default ``hub().publish``; the person card passes its own,
    so it does not take its own change for someone else's)."""

    def __init__(self, parent: QWidget | None = None,
                 publish: Callable[[ChangeSet], None] | None = None) -> None:
        super().__init__(parent)
        self.publish = publish or hub().publish
        self.person_id: int | None = None
        self._read_only = False
        self._states: list[subs.SubscriptionState] = []

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("Subscription"), self.tr("State"), self.tr("Since"),
                                              self.tr("Source"), self.tr("Legal basis")])
        self.table = self._table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _i: self.toggle_selected())

        self.subscribe_button = QPushButton(self.tr("Subscribe…"), self)
        self.subscribe_button.clicked.connect(lambda: self.change_selected(True))
        self.unsubscribe_button = QPushButton(self.tr("Unsubscribe…"), self)
        self.unsubscribe_button.clicked.connect(lambda: self.change_selected(False))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.history_label = QLabel(self.tr("History"), self)
        self.history_model = QStandardItemModel(0, 6, self)
        self.history_model.setHorizontalHeaderLabels([self.tr("When"), self.tr("State"), self.tr("Source"),
                                                      self.tr("Legal basis"), self.tr("Recorded by"),
                                                      self.tr("Note")])
        self.history_table = self._table(self.history_model)

        buttons = QHBoxLayout()
        buttons.addWidget(self.subscribe_button)
        buttons.addWidget(self.unsubscribe_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_table, 2)
        self._update_buttons()

    def _table(self, model: QStandardItemModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        for column in range(model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # -- public -------------------------------------------------------------------------------------

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected_type()
        self.model.removeRows(0, self.model.rowCount())
        self._states = subs.subscriptions_of(self.person_id) if self.person_id is not None else []
        for state in self._states:
            name = state.type_name if not state.hidden else self.tr("{name} (hidden)").format(name=state.type_name)
            row = [QStandardItem(name), QStandardItem(state_label(state.state)), QStandardItem(when_text(state.since)),
                   QStandardItem(source_label(state.source)),
                   QStandardItem(basis_label(state.legal_basis) if state.state != subs.NEVER_ASKED else "")]
            tip = state.description or state.purpose
            if tip:
                row[0].setToolTip(tip)
            if state.recorded_by:
                row[1].setToolTip(self.tr("Recorded by {name}").format(name=state.recorded_by))
            row[0].setData(state.type_id, TYPE_ROLE)
            self.model.appendRow(row)
        if self.person_id is None:
            self.notice.setText(self.tr("Save the person first; then subscriptions can be recorded."))
        elif not self._states:
            self.notice.setText(self.tr("There are no subscription types yet. An administrator can add them in "
                                        "Settings."))
        self.notice.setVisible(self.person_id is None or not self._states)
        if self._states:
            rows = [r for r in range(self.model.rowCount()) if self.model.item(r, 0).data(TYPE_ROLE) == selected]
            self.table.selectRow(rows[0] if rows else 0)
        self._show_history()
        self._update_buttons()

    def selected_type(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row(), 0).data(TYPE_ROLE)

    def select_type(self, type_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(TYPE_ROLE) == type_id:
                self.table.selectRow(row)
                return
        raise KeyError(type_id)

    def state_of(self, type_id: int | None) -> subs.SubscriptionState | None:
        return next((s for s in self._states if s.type_id == type_id), None)

    def change_selected(self, subscribe: bool) -> bool:
        """Ask for the source and subscribe or unsubscribe the selected type; True when recorded."""
        type_id = self.selected_type()
        if type_id is None or self.person_id is None or self._read_only:
            return False
        state = self.state_of(type_id)
        if state is None:
            return False
        answer = SubscriptionDialog.ask(self, state.type_name, subscribe, state.legal_basis)
        if answer is None:
            return False
        source, basis, note = answer
        try:
            changes = subs.set_subscription(self.person_id, type_id, subscribe, source, basis, note)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Subscriptions"), i18n.tr_error(exc))
            return False
        self.refresh()
        self.publish(changes)
        return True

    def toggle_selected(self) -> bool:
        state = self.state_of(self.selected_type())
        if state is None:
            return False
        return self.change_selected(state.state != subs.SUBSCRIBED)

    def history_lines(self) -> list[tuple[str, str]]:
        """(state, source) of the shown history rows, newest first."""
        return [(self.history_model.item(r, 1).text(), self.history_model.item(r, 2).text())
                for r in range(self.history_model.rowCount())]

    # -- internals ---------------------------------------------------------------------------------

    def _on_current(self, *_args: object) -> None:
        self._show_history()
        self._update_buttons()

    def _show_history(self) -> None:
        self.history_model.removeRows(0, self.history_model.rowCount())
        state = self.state_of(self.selected_type())
        if state is None or self.person_id is None:
            self.history_label.setText(self.tr("History"))
            return
        self.history_label.setText(self.tr("History of {type}").format(type=state.type_name))
        for event in subs.history_of(self.person_id, state.type_id):
            row = [QStandardItem(when_text(event.at)), QStandardItem(state_label(event.state)),
                   QStandardItem(source_label(event.source)), QStandardItem(basis_label(event.legal_basis)),
                   QStandardItem(event.recorded_by or self.tr("System")), QStandardItem(event.note)]
            self.history_model.appendRow(row)

    def _update_buttons(self) -> None:
        state = self.state_of(self.selected_type())
        editable = not self._read_only and self.person_id is not None and state is not None
        current = state.state if state else None
        self.subscribe_button.setEnabled(editable and current != subs.SUBSCRIBED)
        self.unsubscribe_button.setEnabled(editable and current == subs.SUBSCRIBED)
