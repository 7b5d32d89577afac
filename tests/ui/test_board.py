"""The board view: columns per lead status with counts, drag to change the status (with undo), the lead
rules (persons of a company that is not lead-enabled are shown apart and cannot move), lazy columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.domain.criteria import Criteria
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons, selections
from desktop_crm.ui.hub import hub
from desktop_crm.ui.models.board_model import PAGE
from desktop_crm.ui.windows.board_view import BoardView
from tests.services.helpers import category, status


def _company(name: str, cat: str) -> int:
    company, _ = companies.save_company(Company(name=name, category_id=category(cat)))
    return company.id


def _person(first: str, last: str, company_id: int) -> int:
    person, _ = persons.save_person(Person(first_name=first, last_name=last, company_id=company_id))
    return person.id


def _board(qtbot, selection) -> BoardView:
    board = BoardView(selection)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: bool(board.columns), timeout=5000)
    return board


def _reloaded(qtbot, board: BoardView, before: int) -> None:
    qtbot.waitUntil(lambda: board.generation > before and board.columns and
                    all(c.model.parent() is board for c in board.columns), timeout=5000)
    qtbot.wait(50)


def test_board_columns_drag_and_undo(crm, qtbot, dutch, shots: Path, monkeypatch) -> None:
    lead_co, customer = _company("Bakkerij Utrecht", "Lead"), _company("Zeist Bouw", "Klant")
    anne = _person("Anne", "Jansen", lead_co)
    jan = _person("Jan", "Müller", lead_co)
    piet = _person("Piet", "de Vries", customer)
    sid = selections.save_dynamic("Alle personen", Criteria("person"))
    board = _board(qtbot, sid)
    board.resize(1300, 520)
    board.show()
    labels = [c.header.text() for c in board.columns]
    assert labels == ["Open (2)", "Contact opnemen (0)", "Gekwalificeerd (0)", "Gediskwalificeerd (0)",
                      "Opnieuw benaderen (0)", "Geen lead (bedrijf niet in een leadcategorie) (1)"]
    open_col, contacting, apart = board.columns[0], board.columns[1], board.columns[-1]
    assert open_col.model.data(open_col.model.index(0)).split("\n")[:2] == ["Jansen, Anne", "Bakkerij Utrecht"]
    # persons whose company is not lead-enabled are apart and cannot be dragged
    assert apart.model.cards[0].id == piet
    assert not apart.model.flags(apart.model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not apart.model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert open_col.model.flags(open_col.model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    board.grab().save(str(shots / "board_nl.png"))
    # drag Anne from Open to Contact opnemen
    mime = open_col.model.mimeData([open_col.model.index(0)])
    assert contacting.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert not open_col.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert not apart.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    before = board.generation
    with qtbot.waitSignal(hub().status_message) as message:
        contacting.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert message.args == ["Leadstatus van Jansen, Anne gewijzigd in Contact opnemen."]
    assert persons.get_person(anne).lead_status_id == status("Contact opnemen")
    assert board.undo_button.isEnabled()
    _reloaded(qtbot, board, before)
    assert [c.header.text() for c in board.columns][:2] == ["Open (1)", "Contact opnemen (1)"]
    board.grab().save(str(shots / "board_after_drag_nl.png"))
    before = board.generation
    board.undo()
    assert persons.get_person(anne).lead_status_id == status("Open")
    _reloaded(qtbot, board, before)
    assert board.columns[0].header.text() == "Open (2)"
    # a card of a person who is not a lead, dropped anyway: refused by the lead rules, nothing changes
    shown: list[str] = []
    monkeypatch.setattr("desktop_crm.ui.windows.board_view.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    assert not board.move_cards([piet], selections.APART, status("Gekwalificeerd"))
    assert shown and "Vries" in shown[0]
    assert persons.get_person(piet).lead_status_id is None
    assert jan
    assert not dutch.missing, dutch.missing


def test_board_by_category_and_for_criteria(crm, qtbot) -> None:
    lead_co, customer = _company("Bakkerij Utrecht", "Lead"), _company("Zeist Bouw", "Klant")
    _person("Anne", "Jansen", lead_co)
    _person("Piet", "de Vries", customer)
    board = _board(qtbot, Criteria("person"))
    before = board.generation
    board.group_combo.setCurrentIndex(board.group_combo.findData("category"))
    _reloaded(qtbot, board, before)
    counts = {c.column.label: c.column.count for c in board.columns}
    assert counts["Lead"] == 1 and counts["Klant"] == 1
    assert not any(c.column.droppable for c in board.columns)  # only lead statuses move by dragging


def test_thousands_of_cards_load_a_page_at_a_time(crm, qtbot) -> None:
    from desktop_crm.db.connection import database

    lead_co = _company("Groot BV", "Lead")
    open_id = status("Open")
    rows = [(f"u-{i}", "2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z", lead_co, f"Naam{i:05d}",
             f"naam{i:05d}\x1f\x1f", open_id) for i in range(3000)]
    with database.obj.atomic():
        database.obj.cursor().executemany(
            "INSERT INTO person (uuid, created_at, updated_at, company_id, last_name, sort_key, lead_status_id)"
            " VALUES (?,?,?,?,?,?,?)", rows)
    board = _board(qtbot, Criteria("person"))
    model = board.columns[0].model
    assert board.columns[0].column.count == 3000
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    assert [c.title for c in model.cards[:2]] == ["Naam00000", "Naam00001"]
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
