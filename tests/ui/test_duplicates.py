"""Duplicates window, merge dialog and the card's duplicate hint, through their widgets; in Dutch too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.duplicate_hint import DuplicateHint
from desktop_crm.ui.windows.duplicates_window import DuplicatesWindow
from desktop_crm.ui.windows.merge_dialog import MergeDialog


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


def _people() -> dict[str, int]:
    a, _ = companies.save_company(Company(name="Bakkerij De Vries B.V.", postal_code="1234 AB", city="Utrecht"))
    b, _ = companies.save_company(Company(name="Bakkerij de Vries", postal_code="1234 AB", phone="030 1234567"))
    jan, _ = persons.save_person(Person(company_id=a.id, first_name="Jan", middle_name="van der", last_name="Berg",
                                        email="jan@devries.nl", notes="Eerste notitie"))
    j, _ = persons.save_person(Person(company_id=b.id, first_name="J.", middle_name="v.d.", last_name="Berg",
                                      mobile="06 12345678", position="Inkoper", notes="Tweede notitie"))
    return {"a": a.id, "b": b.id, "jan": jan.id, "j": j.id}


def _search(qtbot, window: DuplicatesWindow) -> None:  # noqa: ANN001
    window.search()
    qtbot.waitUntil(lambda: window.task is None, timeout=15_000)


def test_find_merge_and_undo(crm, qtbot, monkeypatch) -> None:
    ids = _people()
    window = DuplicatesWindow("person")
    qtbot.addWidget(window)
    QAbstractItemModelTester(window.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    _search(qtbot, window)
    assert window.model.rowCount() == 1
    pair = window.model.pairs[0]
    assert {pair.a, pair.b} == {ids["jan"], ids["j"]}
    assert "Jan van der Berg" in window.model.data(window.model.index(0, 2))
    window.view.selectRow(0)
    opened = []
    hub().open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    window.open_current()
    assert sorted(opened) == [("person", ids["jan"]), ("person", ids["j"])]

    def run_dialog(dialog: QDialog) -> int:
        dialog.choose("mobile", 1)
        dialog.choose("position", 1)
        dialog.choose("notes", 2)
        dialog.run()
        assert not dialog.isEnabled()  # merging on the worker; the dialog waits
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", run_dialog)
    window.merge_current()
    merged = persons.get_person(ids["jan"])
    assert (merged.mobile, merged.position, merged.notes) == ("+31 6 12345678", "Inkoper",
                                                              "Eerste notitie\nTweede notitie")
    assert window.model.rowCount() == 0 and window.undo_button.isEnabled()
    window.undo_last()
    assert not window.undo_button.isEnabled()  # undoing on the worker
    qtbot.waitUntil(lambda: "undone" in window.status.text(), timeout=15_000)
    assert persons.get_person(ids["j"]).position == "Inkoper"
    assert persons.get_person(ids["jan"]).mobile == ""


def test_company_merge_dialog_keeps_the_chosen_record(crm, qtbot) -> None:
    ids = _people()
    dialog = MergeDialog("company", ids["a"], ids["b"])
    qtbot.addWidget(dialog)
    dialog.keep.button(1).setChecked(True)  # keep the second; its defaults follow
    assert dialog.chosen()["city"] == "other" and dialog.chosen()["name"] == "keep"
    dialog.run()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    assert dialog.isEnabled()
    kept = companies.get_company(ids["b"])
    assert (kept.name, kept.city, kept.phone) == ("Bakkerij de Vries", "Utrecht", "+31 30 123 4567")
    assert persons.get_person(ids["jan"]).company_id == ids["b"]  # the persons moved along


def test_hint_while_typing(crm, qtbot) -> None:
    ids = _people()
    hint = DuplicateHint("person")
    qtbot.addWidget(hint)
    hint.update_values({"first_name": "Jan", "last_name": "van den Berg", "company_id": ids["a"]})
    hint.look_up()
    qtbot.waitUntil(lambda: bool(hint.hints), timeout=15_000)
    assert hint.isVisibleTo(hint.parentWidget() or hint) and "Jan van der Berg" in hint.label.text()
    opened = []
    hub().open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    hint._open(str(hint.hints[0].record_id))
    assert opened == [("person", ids["jan"])]
    hint.update_values({"first_name": "Iemand", "last_name": "Anders"})
    hint.look_up()
    qtbot.waitUntil(lambda: not hint.hints, timeout=15_000)
    worker.wait_idle()
    assert hint.isHidden()


def test_duplicates_in_dutch(crm, qtbot, dutch, shots: Path, monkeypatch) -> None:
    ids = _people()
    window = DuplicatesWindow("person")
    qtbot.addWidget(window)
    window.show()
    _search(qtbot, window)
    window.view.selectRow(0)
    window.grab().save(str(shots / "duplicates_window_nl.png"))
    dialog = MergeDialog("person", ids["jan"], ids["j"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(shots / "merge_dialog_nl.png"))
    hint = DuplicateHint("company")
    qtbot.addWidget(hint)
    hint.resize(500, 40)
    hint.update_values({"name": "bakkerij de vries", "postal_code": "1234AB"})
    hint.look_up()
    qtbot.waitUntil(lambda: bool(hint.hints), timeout=15_000)
    hint.grab().save(str(shots / "duplicate_hint_nl.png"))
    assert "al in het bestand" in hint.label.text()
    assert not dutch.missing, sorted(dutch.missing)


def test_cards_show_the_hint_while_typing(crm, qtbot, monkeypatch) -> None:
    from desktop_crm.ui.windows.company_card import CompanyCard
    from desktop_crm.ui.windows.person_card import PersonCard

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    ids = _people()
    card = CompanyCard(None)
    qtbot.addWidget(card)
    card.show()
    qtbot.keyClicks(card.edits["name"], "Bakkerij de Vries BV")
    qtbot.keyClicks(card.edits["postal_code"], "1234ab")
    card.duplicate_hint.look_up()
    qtbot.waitUntil(lambda: bool(card.duplicate_hint.hints), timeout=15_000)
    assert {h.record_id for h in card.duplicate_hint.hints} <= {ids["a"], ids["b"]}
    assert card.duplicate_hint.isVisible()
    person = PersonCard(ids["jan"])
    qtbot.addWidget(person)
    person.show()
    person.duplicate_hint.look_up()
    worker.wait_idle()
    assert not person.duplicate_hint.hints  # an unchanged record is not its own duplicate
    person.edits["email"].setText("jan@devries.nl")
    person.edits["first_name"].setText("J.")
    person.duplicate_hint.look_up()
    qtbot.waitUntil(lambda: bool(person.duplicate_hint.hints), timeout=15_000)
    assert person.duplicate_hint.hints[0].record_id == ids["j"]


def test_a_merge_that_fails_says_why_and_keeps_the_dialog_open(crm, qtbot, monkeypatch) -> None:
    from desktop_crm.domain.errors import CrmError
    from desktop_crm.domain.messages import Message
    from desktop_crm.services import merge

    ids = _people()
    dialog = MergeDialog("company", ids["a"], ids["b"])
    qtbot.addWidget(dialog)

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003
        raise CrmError(Message("The disk is full."))

    monkeypatch.setattr(merge, "merge", refuse)
    warnings: list[str] = []
    monkeypatch.setattr("desktop_crm.ui.windows.merge_dialog.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    dialog.run()
    qtbot.waitUntil(lambda: bool(warnings), timeout=15_000)
    assert "disk is full" in warnings[0]
    assert dialog.isEnabled() and dialog.result() != QDialog.DialogCode.Accepted and dialog.undo_tx is None
    from PySide6.QtWidgets import QApplication

    assert QApplication.overrideCursor() is None  # the busy cursor is gone again
    assert companies.get_company(ids["b"]).name  # nothing merged: both records are still there
