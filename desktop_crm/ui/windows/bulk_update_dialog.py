"""Bulk update of the selected rows of a list: one action, one transaction, a progress dialog, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import bulk, lists
from desktop_crm.services.bulk import BulkResult
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub

PROGRESS_FROM = 500  # rows; smaller sets finish before a progress dialog would be worth showing


class BulkUpdateDialog(QDialog):
    """Choose what to change for ``ids`` of ``kind`` ("company" or "person"), then run it."""

    def __init__(self, kind: str, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.ids = kind, list(ids)
        self.result_: BulkResult | None = None
        self.setWindowTitle(self.tr("Bulk update"))
        layout = QVBoxLayout(self)
        noun = self.tr("%n company(s)", "", len(ids)) if kind == "company" else self.tr("%n person(s)", "", len(ids))
        layout.addWidget(QLabel(self.tr("Change {count} at once. You can undo it afterwards.").format(count=noun)))
        form = QFormLayout()
        self.action = QComboBox()
        self.actions: list[tuple[str, str]] = [("category", self.tr("Set category"))]
        if kind == "person":
            self.actions.append(("lead_status", self.tr("Set lead status (where allowed)")))
        self.actions += [("add_interest", self.tr("Add interest")), ("remove_interest", self.tr("Remove interest"))]
        if kind == "person":
            self.actions += [("subscribe", self.tr("Subscribe to")), ("unsubscribe", self.tr("Unsubscribe from"))]
        for key, label in self.actions:
            self.action.addItem(label, key)
        self.value = QComboBox()
        self.source = QComboBox()
        for key, label in (("form", self.tr("Form")), ("phone", self.tr("Phone")), ("email", self.tr("E-mail")),
                           ("import", self.tr("Import")), ("in_person", self.tr("In person"))):
            self.source.addItem(label, key)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Value"), self.value)
        self.source_label = QLabel(self.tr("Source of the consent"))
        form.addRow(self.source_label, self.source)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.action.currentIndexChanged.connect(self._fill_values)
        self._fill_values()

    def _fill_values(self) -> None:
        key = self.action.currentData()
        list_kind = {
            "category": ListKind.CATEGORY,
            "lead_status": ListKind.LEAD_STATUS,
            "add_interest": ListKind.COMPANY_INTEREST if self.kind == "company" else ListKind.PERSON_INTEREST,
            "remove_interest": ListKind.COMPANY_INTEREST if self.kind == "company" else ListKind.PERSON_INTEREST,
            "subscribe": ListKind.SUBSCRIPTION_TYPE,
            "unsubscribe": ListKind.SUBSCRIPTION_TYPE,
        }[key]
        self.source.setVisible(key in ("subscribe", "unsubscribe"))
        self.source_label.setVisible(key in ("subscribe", "unsubscribe"))
        self.value.clear()
        for item in lists.items(list_kind, include_hidden=key in ("remove_interest", "unsubscribe")):
            self.value.addItem(item.name, item.id)
            if item.description:
                self.value.setItemData(self.value.count() - 1, item.description, Qt.ItemDataRole.ToolTipRole)
        notes = {
            "category": self.tr("A person's category is their company's: for persons, their companies get this "
                                "category. Companies entering a lead category give their persons the default "
                                "lead status."),
            "lead_status": self.tr("Persons whose company is not in a lead-enabled category are skipped; their "
                                   "value is kept."),
            "subscribe": self.tr("Each person's consent is recorded with today's date, the source and you as "
                                 "the one who recorded it."),
            "unsubscribe": self.tr("The history of each subscription is kept; unsubscribing never deletes it."),
        }
        self.note.setText(notes.get(key, ""))

    def job(self) -> Callable[[Callable[[int, int], bool] | None], BulkResult]:
        key, value = self.action.currentData(), self.value.currentData()
        kind, ids = self.kind, self.ids
        if key == "category":
            return lambda progress: bulk.set_category(
                ids if kind == "company" else bulk.companies_of_persons(ids), value, progress=progress)
        if key == "lead_status":
            return lambda progress: bulk.set_lead_status(ids, value, progress=progress)
        if key in ("subscribe", "unsubscribe"):
            source = self.source.currentData()
            return lambda progress: bulk.change_subscription(ids, value, key == "subscribe", source,
                                                             progress=progress)
        add = key == "add_interest"
        return lambda progress: bulk.change_interest(kind, ids, value, add, progress=progress)

    def run(self) -> None:
        if self.value.currentData() is None:
            return
        job = self.job()
        if len(self.ids) < PROGRESS_FROM:
            try:
                self._done(job(None))
            except CrmError as exc:
                QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            return
        dialog = QProgressDialog(self.tr("Updating…"), self.tr("Cancel"), 0, len(self.ids), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        task = worker.run_task(lambda progress: job(progress.report), with_progress=True,
                               on_done=lambda r: (dialog.close(), self._done(r)),
                               on_error=lambda e: (dialog.close(), self._failed(e)),
                               on_progress=lambda done, total: dialog.setValue(done))
        dialog.canceled.connect(task.progress.cancel)

    def _done(self, result: BulkResult) -> None:
        self.result_ = result
        hub().publish(result.changes)
        text = self.tr("%n record(s) changed.", "", result.changed)
        if result.skipped:
            text += " " + self.tr("%n skipped: lead status is not available there.", "", result.skipped)
        hub().status_message.emit(text)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, CrmError):
            QMessageBox.information(self, self.windowTitle(), tr_error(exc))
        else:
            QMessageBox.critical(self, self.windowTitle(), str(exc))
