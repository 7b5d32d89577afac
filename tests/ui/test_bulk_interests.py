"""Interests in bulk: add and remove for many rows at once, in one undoable action."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.services import companies, list_admin, persons, undo
from desktop_crm.services.bulk import Cancelled
from desktop_crm.ui.hub import hub
from desktop_crm.ui.windows import bulk_interests_dialog
from desktop_crm.ui.windows.bulk_interests_dialog import BulkInterestsDialog


@pytest.fixture
def people(crm):  # noqa: ANN001, ANN201
    golf, _ = list_admin.add_item(ListKind.PERSON_INTEREST, "Golf")
    wine, _ = list_admin.add_item(ListKind.PERSON_INTEREST, "Wijn")
    co, _ = companies.save_company(Company(name="Interessant BV"))
    rows = [persons.save_person(Person(company_id=co.id, first_name=n, interest_ids=frozenset(i)))[0]
            for n, i in (("Ada", {golf.id}), ("Bob", set()), ("Cor", set()))]
    return golf, wine, rows


def interests(rows: list[Person]) -> list[frozenset[int]]:
    return [persons.get_person(p.id).interest_ids for p in rows]


def run(qtbot, dialog: BulkInterestsDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(hub().data_changed, timeout=5000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)


def test_add_and_remove_in_bulk(people, qtbot) -> None:
    golf, wine, rows = people
    dialog = BulkInterestsDialog("person", [p.id for p in rows])
    qtbot.addWidget(dialog)
    dialog.editor.set_item_checked(golf.id, True)
    dialog.editor.set_item_checked(wine.id, True)
    run(qtbot, dialog)
    assert interests(rows) == [{golf.id, wine.id}] * 3
    assert dialog.result_.changed == 3 and dialog.result_.changes.ids("person") == {p.id for p in rows}
    undo.undo_action(dialog.result_.changes.undo)  # one action, one undo
    assert interests(rows) == [{golf.id}, set(), set()]

    remove = BulkInterestsDialog("person", [p.id for p in rows])
    qtbot.addWidget(remove)
    remove.remove_radio.setChecked(True)
    remove.editor.set_item_checked(golf.id, True)
    run(qtbot, remove)
    assert interests(rows) == [set(), set(), set()] and remove.result_.changed == 1


def test_plain_checklist_when_the_card_editor_is_missing(people, qtbot, monkeypatch) -> None:
    golf, wine, rows = people
    monkeypatch.setattr(bulk_interests_dialog, "InterestsEditor", None)
    dialog = BulkInterestsDialog("person", [rows[1].id])
    qtbot.addWidget(dialog)
    dialog.editor.set_item_checked(wine.id, True)
    run(qtbot, dialog)
    assert interests(rows)[1] == {wine.id}


def test_nothing_checked_asks_for_a_choice(people, qtbot) -> None:
    _, _, rows = people
    dialog = BulkInterestsDialog("person", [p.id for p in rows])
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error.text() and not dialog.running


def test_large_sets_show_progress(people, qtbot, monkeypatch) -> None:
    golf, _, rows = people
    monkeypatch.setattr(bulk_interests_dialog, "PROGRESS_FROM", 1)
    dialog = BulkInterestsDialog("person", [p.id for p in rows])
    qtbot.addWidget(dialog)
    dialog.editor.set_item_checked(golf.id, True)
    run(qtbot, dialog)
    assert interests(rows) == [{golf.id}] * 3


def test_cancel_writes_nothing(people) -> None:
    golf, wine, rows = people
    with pytest.raises(Cancelled):
        list_admin.change_interests("person", [p.id for p in rows], [wine.id, golf.id], True,
                                    progress=lambda done, total: done < total)
    assert interests(rows) == [{golf.id}, set(), set()]


def test_bulk_interests_in_dutch(people, qtbot, dutch, shots: Path) -> None:
    _, _, rows = people
    dialog = BulkInterestsDialog("person", [p.id for p in rows])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Interesses in bulk"
    dialog.grab().save(str(shots / "bulk_interests_nl.png"))
    assert not dutch.missing, dutch.missing
