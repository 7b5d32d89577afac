"""Interests in bulk: add or remove interests for the selected rows of a list, or a selection's members.

One action, one transaction (``services.bulk.change_interests``),
run on the background worker with a progress dialog and Cancel for large sets; cancelling writes
nothing. The result is published on the hub, and ``result_.changes.undo`` is the action to undo.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import bulk, lists
from desktop_crm.services.bulk import BulkResult, Cancelled
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub

try:  # the card's checklist (filter by typing, checked first); written alongside this dialog
    from desktop_crm.ui.widgets.interests_editor import InterestsEditor
except ImportError:  # pragma: no cover - only while that widget is not in the tree
    InterestsEditor = None  # type: ignore[assignment,misc]


class _Checklist(QListWidget):
    """A plain checklist of the list's visible interests, used when InterestsEditor is not available."""

    def __init__(self, kind: ListKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def set_checked(self, ids: Iterable[int]) -> None:
        checked = set(ids)
        self.clear()
        for interest in lists.items(self.kind, include_hidden=False):
            row = QListWidgetItem(interest.name, self)
            row.setData(Qt.ItemDataRole.UserRole, interest.id)
            row.setToolTip(interest.description)
            row.setCheckState(Qt.CheckState.Checked if interest.id in checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> frozenset[int]:
        return frozenset(self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())
                         if self.item(r).checkState() == Qt.CheckState.Checked)

    def set_item_checked(self, item_id: int, checked: bool) -> None:
        for r in range(self.count()):
            if self.item(r).data(Qt.ItemDataRole.UserRole) == item_id:
                self.item(r).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


PROGRESS_FROM = 500  # rows; smaller sets finish before a progress dialog would be worth showing
LIST_OF = {"company": ListKind.COMPANY_INTEREST, "person": ListKind.PERSON_INTEREST}


class BulkInterestsDialog(QDialog):
    """Add or remove interests for ``ids`` of ``kind`` ("company" or "person")."""

    def __init__(self, kind: str, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.ids = kind, list(dict.fromkeys(ids))
        self.result_: BulkResult | None = None
        self.running = False
        self.setWindowTitle(self.tr("Interests in bulk"))
        count = len(self.ids)
        text = (self.tr("Add interests to, or remove them from, %n company(s) at once.", "", count)
                if kind == "company" else
                self.tr("Add interests to, or remove them from, %n person(s) at once.", "", count))
        intro = QLabel(text + " " + self.tr("You can undo it afterwards."))
        intro.setWordWrap(True)
        self.add_radio = QRadioButton(self.tr("Add the checked interests"))
        self.remove_radio = QRadioButton(self.tr("Remove the checked interests"))
        self.add_radio.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.add_radio)
        modes.addButton(self.remove_radio)
        self.editor = (InterestsEditor or _Checklist)(LIST_OF[kind], self)
        self.editor.set_checked(())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.add_radio)
        layout.addWidget(self.remove_radio)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(440, 480)

    def run(self) -> None:
        interest_ids = sorted(self.editor.checked_ids())
        if not interest_ids:
            self.error.setText(self.tr("Check at least one interest."))
            return
        if self.running:
            return
        self.running = True
        self.buttons.setEnabled(False)
        kind, ids, add = self.kind, self.ids, self.add_radio.isChecked()
        dialog: QProgressDialog | None = None
        if len(ids) >= PROGRESS_FROM:
            dialog = QProgressDialog(self.tr("Changing interests…"), self.tr("Cancel"), 0,
                                     len(ids) * len(interest_ids), self)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)

        def close_progress() -> None:
            if dialog is not None:
                dialog.close()

        task = worker.run_task(
            lambda progress: bulk.change_interests(kind, ids, interest_ids, add, progress=progress.report),
            with_progress=True,
            on_done=lambda r: (close_progress(), self._done(r)),
            on_error=lambda e: (close_progress(), self._failed(e)),
            on_progress=(lambda done, _total: dialog.setValue(done)) if dialog is not None else None)
        if dialog is not None:
            dialog.canceled.connect(task.progress.cancel)

    def _done(self, result: BulkResult) -> None:
        self.running = False
        self.result_ = result
        hub().publish(result.changes)
        hub().status_message.emit(self.tr("%n record(s) changed.", "", result.changed))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.buttons.setEnabled(True)
        if isinstance(exc, Cancelled):
            hub().status_message.emit(tr_error(exc))
            self.reject()
        elif isinstance(exc, CrmError):
            QMessageBox.information(self, self.windowTitle(), tr_error(exc))
        else:
            QMessageBox.critical(self, self.windowTitle(), str(exc))
