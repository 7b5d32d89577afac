"""The quick search field: hits grouped by type as you type, arrows, Enter opens, Esc closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.quick_search import QuickSearchField, RowKindRole, SearchResultsModel


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    worker.wait_idle()


@pytest.fixture
def book(crm: Path) -> dict[str, int]:
    bakker, _ = companies.save_company(Company(name="Bakkerij Müller", city="Amsterdam", postal_code="1234 AB",
                                               phone="020 123 4567"))
    berg, _ = companies.save_company(Company(name="Bergman Installatie", city="Utrecht"))
    jan, _ = persons.save_person(Person(first_name="Jan", middle_name="van den", last_name="Berg",
                                        company_id=bakker.id, email="jan@bakkerij.nl"))
    piet, _ = persons.save_person(Person(first_name="Piet", last_name="Berg", email="piet@example.nl"))
    return {"bakker": bakker.id, "bergman": berg.id, "jan": jan.id, "piet": piet.id}


@pytest.fixture
def opened() -> list[tuple[str, int]]:
    got: list[tuple[str, int]] = []

    def record(kind: str, record_id: int) -> None:
        got.append((kind, record_id))

    hub().open_record.connect(record)
    yield got
    hub().open_record.disconnect(record)


@pytest.fixture
def field(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    search = QuickSearchField(window)
    layout.addWidget(search)
    layout.addStretch(1)
    window.resize(460, 80)
    window.show()
    qtbot.waitExposed(window)
    search.setFocus()
    yield search  # the window lives as long as the test


def popup_texts(search: QuickSearchField) -> list[str]:
    model = search.results_model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_typing_shows_hits_grouped_by_type_and_enter_opens_the_top_hit(book, dutch, field, qtbot, opened, qtlog,
                                                                        shots: Path) -> None:
    check = QAbstractItemModelTester(field.results_model, QAbstractItemModelTester.FailureReportingMode.Warning)
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        qtbot.keyClicks(field, "berg")
    assert popup_texts(field) == ["Bedrijven", "Bergman Installatie", "Personen", "Jan van den Berg", "Piet Berg"]
    assert field.popup.isVisible()
    assert field.current_hit().id == book["bergman"]  # the top hit is selected
    field.popup.grab().save(str(shots / "quick_search_popup_nl.png"))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert opened == [("company", book["bergman"])]
    assert not field.popup.isVisible()
    assert field.placeholderText() == "Zoek bedrijven en personen…"
    assert not dutch.missing, dutch.missing
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    del check


def test_arrows_move_over_hits_only_and_enter_opens_the_selected_one(book, field, qtbot, opened) -> None:
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        qtbot.keyClicks(field, "berg")
    qtbot.keyClick(field, Qt.Key.Key_Down)  # skips the "Persons" header
    assert field.current_hit().id == book["jan"]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)  # stays on the last hit
    assert field.current_hit().id == book["piet"]
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field.popup, Qt.Key.Key_Enter)  # keys that reach the popup work the same
    assert opened == [("person", book["jan"])]


def test_enter_before_the_hits_arrive_opens_the_top_hit_when_they_do(book, field, qtbot, opened) -> None:
    field.setText("0201234567")
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert opened == [("company", book["bakker"])]


def test_esc_closes_the_popup_then_clears(book, dutch, field, qtbot) -> None:
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        qtbot.keyClicks(field, "1234 ab")
    assert popup_texts(field) == ["Bedrijven", "Bakkerij Müller"]
    assert field.popup.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.popup.isVisible() and field.text() == "1234 ab"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""


def test_typing_goes_on_while_the_popup_is_open(book, dutch, field, qtbot) -> None:
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        qtbot.keyClicks(field, "ber")
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        qtbot.keyClicks(field.popup, "gm")  # the popup hands typing to the field
    assert field.text() == "bergm"
    assert popup_texts(field) == ["Bedrijven", "Bergman Installatie"]


@pytest.mark.parametrize("text", ['"', "*", "(", "-", "NEAR", "AND", 'berg" OR (', "NEAR(jan berg)", "-berg*"])
def test_fts_syntax_in_the_field_does_not_crash(book, dutch, field, qtbot, text: str) -> None:
    with qtbot.waitSignal(field.results_ready, timeout=5000):
        field.setText(text)
        field.search_now()
    kinds = [field.results_model.index(r).data(RowKindRole) for r in range(field.results_model.rowCount())]
    assert set(kinds) <= {"header", "hit", "note"}
    if kinds == ["note"]:
        assert popup_texts(field) == ["Niets gevonden"]


def test_results_model_passes_the_model_tester(book, qtbot, qtlog) -> None:
    from desktop_crm.services.search import quick_search

    model = SearchResultsModel()
    check = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_results(quick_search("berg", limit=1))
    assert [model.index(r).data(RowKindRole) for r in range(model.rowCount())] == [
        "header", "hit", "header", "hit", "note"]
    assert model.hit_rows() == [1, 3]
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    model.set_results(quick_search(""))
    assert model.rowCount() == 0
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    del check
