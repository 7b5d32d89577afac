"""Bulk update from a list: the dialog offers what fits the kind, runs in one transaction (with a
progress dialog on the worker for large sets), reports skips, and hands back an undo token."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons, undo
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.windows import bulk_update_dialog
from desktop_crm.ui.windows.bulk_update_dialog import BulkUpdateDialog
from tests.services.helpers import category, status


def people(crm) -> tuple[int, int]:  # noqa: ANN001
    lead, _ = companies.save_company(Company(name="Lead BV", category_id=category("Lead")))
    klant, _ = companies.save_company(Company(name="Klant BV", category_id=category("Klant")))
    a, _ = persons.save_person(Person(company_id=lead.id, first_name="Ada", last_name="Lead"))
    b, _ = persons.save_person(Person(company_id=klant.id, first_name="Bob", last_name="Klant"))
    return a.id, b.id


def choose(dialog: BulkUpdateDialog, action: str, value_name: str) -> None:
    dialog.action.setCurrentIndex(dialog.action.findData(action))
    dialog.value.setCurrentIndex(dialog.value.findText(value_name))


def test_lead_status_in_bulk_reports_skips_and_can_be_undone(crm, qtbot, dutch) -> None:
    a, b = people(crm)
    messages: list[str] = []
    hub().status_message.connect(messages.append)
    dialog = BulkUpdateDialog("person", [a, b])
    qtbot.addWidget(dialog)
    assert dialog.action.findData("lead_status") >= 0 and dialog.action.findData("subscribe") >= 0
    choose(dialog, "lead_status", "Gekwalificeerd")
    dialog.run()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.result_.changed, dialog.result_.skipped) == (1, 1)
    assert "1 overgeslagen" in messages[-1]
    assert persons.get_person(a).lead_status_id == status("Gekwalificeerd")
    undo.undo_action(dialog.result_.changes.undo)
    assert persons.get_person(a).lead_status_id == status("Open")
    hub().status_message.disconnect(messages.append)
    assert not dutch.missing, dutch.missing


def test_company_dialog_has_no_person_actions(crm, qtbot) -> None:
    dialog = BulkUpdateDialog("company", [1])
    qtbot.addWidget(dialog)
    assert dialog.action.findData("lead_status") == -1 and dialog.action.findData("subscribe") == -1


def test_large_sets_run_on_the_worker_with_progress(crm, qtbot, monkeypatch) -> None:
    a, b = people(crm)
    monkeypatch.setattr(bulk_update_dialog, "PROGRESS_FROM", 1)
    dialog = BulkUpdateDialog("person", [a, b])
    qtbot.addWidget(dialog)
    choose(dialog, "category", "Partner")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.run()
    worker.wait_idle()
    assert {companies.get_company(persons.get_person(p).company_id).category_id for p in (a, b)} == {
        category("Partner")}
