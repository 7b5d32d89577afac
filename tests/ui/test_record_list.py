"""The company and person lists, driven through the real widget: order, paging, sort, filter, groups,
the base filter, the hidden lead status, column choice and state, opening a record, refreshing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMenu

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import browse, companies, persons
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.models.grouped_record_model import GroupedRecordModel
from desktop_crm.ui.models.record_list_model import IdRole, RecordListModel
from desktop_crm.ui.widgets.record_list import RecordListWidget
from tests.services.helpers import category, status

NAMES = [("Kees", "de", "Vries"), ("Jan", "van den", "Berg"), ("Anna", "", "Bos"), ("Piet", "", "Berg"),
         ("Ada", "", "Aarts"), ("Tom", "ter", "Horst")]
LISTED = ["Aarts, Ada", "Berg, Jan van den", "Berg, Piet", "Bos, Anna", "Horst, Tom ter", "Vries, Kees de"]


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    worker.wait_idle()


@pytest.fixture
def data(crm: Path) -> dict[str, int]:
    lead_co, _ = companies.save_company(Company(name="Prospect BV", city="Delft", category_id=category("Lead")))
    client, _ = companies.save_company(Company(name="Klant & Co", city="Amsterdam", category_id=category("Klant")))
    ids: dict[str, int] = {"prospect": lead_co.id, "client": client.id}
    for n, (first, middle, last) in enumerate(NAMES):
        company = (lead_co, client, None)[n % 3]
        p, _ = persons.save_person(Person(first_name=first, middle_name=middle, last_name=last,
                                          company_id=company.id if company else None,
                                          email=f"{first.lower()}@example.nl"))
        ids[first] = p.id
    return ids


def model_tester(model) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def no_model_failures(qtlog) -> None:
    assert not [r.message for r in qtlog.records if "FAIL" in r.message], qtlog.records


def names(widget: RecordListWidget) -> list[str]:
    model = widget.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def make(qtbot, kind: str = "person", company_id: int | None = None, wait: bool = True,
         leads_only: bool = False) -> RecordListWidget:
    widget = RecordListWidget(kind, company_id, leads_only=leads_only)
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    if wait and not widget.model.complete:
        with qtbot.waitSignal(widget.model.loaded, timeout=5000):
            pass
    return widget


def test_person_list_in_dutch_order_with_dutch_headers(data, qtbot, dutch, qtlog, shots: Path) -> None:
    widget = make(qtbot, wait=False)
    check = model_tester(widget.model)
    assert names(widget) == LISTED  # six rows: the first keyset page was read at once
    header = widget.model.headerData
    labels = [header(i, Qt.Orientation.Horizontal) for i in range(widget.model.columnCount())]
    assert labels[:3] == ["Naam", "Voornaam", "Achternaam"]
    assert {"Bedrijf", "Categorie", "Categoriegroep", "Leadstatus", "Functie", "Plaats", "Werkt hier niet meer",
            "Aangemaakt", "Gewijzigd", "Mobiel", "Telefoon", "E-mail"} <= set(labels)
    qtbot.waitUntil(lambda: widget.count_label.text() == "6 personen")
    assert widget.visible_columns() == ["name", "company", "position", "email", "phone", "mobile", "city"]
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab().save(str(shots / "person_list_nl.png"))
    assert widget.group_label.text() == "Groeperen op:" and widget.columns_button.text() == "Kolommen"
    assert not dutch.missing, dutch.missing
    no_model_failures(qtlog)
    del check


def test_a_big_list_pages_then_knows_every_row(crm, qtbot, qtlog) -> None:
    demo = pytest.importorskip("desktop_crm.services.demo")
    demo.generate(60, 1500, seed=4)
    widget = make(qtbot, wait=False)
    model = widget.model
    assert model.rowCount() == browse.PAGE_SIZE and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))  # what the view does when scrolled to the end
    assert model.rowCount() == 2 * browse.PAGE_SIZE
    check = model_tester(model)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        pass
    expected = list(browse.sorted_ids(browse.ListSpec("person")))
    assert model.rowCount() == len(expected) == 1500 and list(model.ids()) == expected
    assert not model.canFetchMore(model.index(-1, -1))
    assert model.index(1499, 0).data(IdRole) == expected[-1]
    last_name = browse.rows("person", [expected[-1]])[expected[-1]][1]
    assert model.index(1499, 0).data() == last_name
    assert len(model.cache) <= 4000
    widget.show()
    widget.table.scrollToBottom()
    qtbot.wait(20)
    assert widget.total() == 1500
    no_model_failures(qtlog)
    del check


def test_sorting_by_clicking_a_header_happens_in_sql(data, qtbot, qtlog) -> None:
    widget = make(qtbot)
    check = model_tester(widget.model)
    widget.show()
    header = widget.table.horizontalHeader()
    section = widget.model.column_index("company")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert widget.model.spec.sort == "company" and not widget.model.spec.descending
    company = [widget.model.index(r, section).data() for r in range(widget.model.rowCount())]
    assert company == ["", "", "Klant & Co", "Klant & Co", "Prospect BV", "Prospect BV"]
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        widget.table.sortByColumn(widget.model.column_index("first_name"), Qt.SortOrder.DescendingOrder)
    assert [n.split(", ")[1].split()[0] for n in names(widget)] == ["Tom", "Piet", "Kees", "Jan", "Anna", "Ada"]
    widget.table.sortByColumn(widget.model.column_index("last_name"), Qt.SortOrder.DescendingOrder)
    assert names(widget) == LISTED[::-1]  # the Dutch sort key, instantly (keyset)
    no_model_failures(qtlog)
    del check


def test_filter_by_typing(data, dutch, qtbot, qtlog) -> None:
    widget = make(qtbot)
    check = model_tester(widget.model)
    widget.show()
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        qtbot.keyClicks(widget.filter_edit, "berg")
    assert names(widget) == ["Berg, Jan van den", "Berg, Piet"]
    assert widget.filter_text() == "berg"
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        qtbot.keyClicks(widget.filter_edit, " j")
    assert names(widget) == ["Berg, Jan van den"]
    qtbot.waitUntil(lambda: widget.count_label.text() == "1 persoon")
    widget.set_filter_text('"(NEAR -*')  # FTS syntax is just text
    qtbot.waitUntil(lambda: not widget.model.loading)
    widget.filter_edit.clear()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 6, timeout=5000)
    no_model_failures(qtlog)
    del check


def test_grouping_by_lead_status_counts_like_a_hand_count(crm, qtbot, qtlog, dutch, shots: Path) -> None:
    demo = pytest.importorskip("desktop_crm.services.demo")
    demo.generate(40, 600, seed=9)
    widget = make(qtbot)
    widget.show()
    widget.set_group_by("lead_status")
    grouped = widget.grouped_model
    assert grouped is not None and widget.grouped
    qtbot.waitUntil(lambda: grouped.rowCount() > 0, timeout=5000)
    ids = list(browse.sorted_ids(browse.ListSpec("person")))
    lead = 1 + [c.key for c in browse.columns("person")].index("lead_status")
    by_hand: dict[object, int] = {}
    for page in range(0, len(ids), 200):
        for row in browse.rows("person", ids[page:page + 200]).values():
            by_hand[row[lead]] = by_hand.get(row[lead], 0) + 1
    assert {g.label: g.count for g in grouped.groups} == by_hand
    assert sum(g.count for g in grouped.groups) == 600
    first = grouped.index(0, 0)
    assert first.data().startswith("Open (") and first.data(Qt.ItemDataRole.FontRole).bold()
    assert grouped.rowCount(first) == 0 and grouped.canFetchMore(first)  # lazy until expanded
    with qtbot.waitSignal(grouped.group_loaded, timeout=5000):
        widget.tree.expand(first)
    members = grouped.members(0)
    assert members is not None and len(members) == grouped.groups[0].count == grouped.rowCount(first)
    check = model_tester(grouped)
    assert set(members) <= set(ids)
    assert grouped.index(0, 0, first).data(IdRole) == members[0]
    assert grouped.index(0, 0, first).data()  # a name
    widget.grab().save(str(shots / "person_list_grouped_nl.png"))
    widget.tree.selectionModel().select(grouped.index(1, 0, first), widget.tree.selectionModel().SelectionFlag.Select)
    assert widget.selected_ids() == [members[1]]
    widget.set_group_by("category_group")
    qtbot.waitUntil(lambda: grouped.rowCount() > 0 and grouped.group_by == "category_group", timeout=5000)
    assert sum(g.count for g in grouped.groups) == 600
    widget.set_group_by(None)
    assert not widget.grouped and widget.model.rowCount() == 600
    assert not dutch.missing, dutch.missing
    no_model_failures(qtlog)
    del check


def test_company_tab_shows_its_persons_with_lead_columns(data, qtbot, qtlog, dutch, shots: Path) -> None:
    widget = make(qtbot, company_id=data["prospect"])
    check = model_tester(widget.model)
    assert names(widget) == ["Berg, Piet", "Vries, Kees de"]
    assert widget.visible_columns() == ["name", "position", "email", "phone", "mobile"]
    for key in ("category", "category_group", "lead_status"):
        widget.set_column_visible(key, True)
    assert widget.visible_columns() == ["name", "category", "category_group", "lead_status", "position", "email",
                                        "phone", "mobile"]
    lead = widget.model.column_index("lead_status")
    assert widget.model.index(0, lead).data() == "Open"
    assert widget.model.index(0, widget.model.column_index("category_group")).data() == "Potentiële klant"
    widget.set_group_by("lead_status")
    qtbot.waitUntil(lambda: widget.grouped_model.rowCount() == 1, timeout=5000)
    assert widget.grouped_model.index(0, 0).data() == "Open (2)"
    widget.set_group_by(None)
    widget.set_filter_text("kees")
    qtbot.waitUntil(lambda: names(widget) == ["Vries, Kees de"], timeout=5000)
    widget.show()
    widget.grab().save(str(shots / "company_persons_tab_nl.png"))
    assert not dutch.missing, dutch.missing
    no_model_failures(qtlog)
    del check


def test_a_hidden_lead_status_is_shown_dimmed(data, dutch, qtbot, shots: Path) -> None:
    company = companies.get_company(data["prospect"])
    companies.save_company(replace(company, category_id=category("Klant")))
    still_lead, _ = companies.save_company(Company(name="Nieuwe Lead BV", city="Zwolle", category_id=category("Lead")))
    persons.save_person(Person(first_name="Bas", last_name="Bakker", company_id=still_lead.id))
    widget = make(qtbot, company_id=data["prospect"])
    index = widget.model.index(0, widget.model.column_index("lead_status"))
    assert index.data() == "Open"  # not blank
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "categorie" in index.data(Qt.ItemDataRole.ToolTipRole)
    shown = widget.model.index(0, widget.model.column_index("name"))
    assert shown.data(Qt.ItemDataRole.FontRole) is None
    everyone = make(qtbot)
    for key in ("category", "lead_status"):
        everyone.set_column_visible(key, True)
    bas = everyone.model.index(everyone.model.row_of(browse.sorted_ids(browse.ListSpec("person", text="bas"))[0]),
                               everyone.model.column_index("lead_status"))
    assert bas.data() == "Open" and bas.data(Qt.ItemDataRole.FontRole) is None  # a visible one is plain
    everyone.show()
    everyone.grab().save(str(shots / "person_list_hidden_lead_nl.png"))
    assert not dutch.missing, dutch.missing


def test_column_choice_and_state_round_trip(data, qtbot) -> None:
    widget = make(qtbot)
    header = widget.table.horizontalHeader()
    menu = QMenu()
    widget._fill_columns_menu(menu)
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not actions["Name"].isEnabled()  # the name always shows
    actions["Lead status"].setChecked(True)
    actions["E-mail"].setChecked(False)
    header.moveSection(header.visualIndex(widget.model.column_index("lead_status")), 1)
    header.resizeSection(widget.model.column_index("company"), 333)
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        widget.table.sortByColumn(widget.model.column_index("company"), Qt.SortOrder.DescendingOrder)
    widget.set_group_by("city")
    state = widget.save_state()
    columns = widget.visible_columns()
    assert columns[:2] == ["name", "lead_status"] and "email" not in columns

    again = make(qtbot)
    assert again.restore_state(state)
    assert again.visible_columns() == columns
    assert again.table.horizontalHeader().sectionSize(again.model.column_index("company")) == 333
    assert again.group_by() == "city"
    assert again.grouped_model.spec.sort == "company" and again.grouped_model.spec.descending
    again.set_group_by(None)
    qtbot.waitUntil(lambda: again.model.spec.sort == "company" and again.model.complete, timeout=5000)
    assert again.visible_columns() == columns
    assert not again.restore_state("nonsense") and not again.restore_state(None)
    assert not make(qtbot, "company").restore_state(state)  # another kind's state does not apply
    assert again.restore_state(state.encode())


def test_activating_a_row_opens_the_record(data, qtbot) -> None:
    widget = make(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    opened: list[tuple[str, int]] = []
    hub().open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    rect = widget.table.visualRect(widget.model.index(1, 0))
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("person", data["Jan"])
    widget.table.setFocus()
    widget.table.setCurrentIndex(widget.model.index(3, 0))
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened[-1] == ("person", data["Anna"])
    widget.table.selectRow(2)
    assert widget.selected_ids() == [data["Piet"]] and widget.current_id() == data["Piet"]


def test_the_list_refreshes_after_a_save_and_keeps_its_place(crm, qtbot) -> None:
    demo = pytest.importorskip("desktop_crm.services.demo")
    demo.generate(20, 400, seed=2)
    widget = make(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    model = widget.model
    widget.table.scrollTo(model.index(200, 0), widget.table.ScrollHint.PositionAtTop)
    top_id = model.id_at(widget.table.rowAt(0))
    selected_id = model.id_at(widget.table.rowAt(0) + 2)
    widget.table.selectRow(widget.table.rowAt(0) + 2)
    person, changes = persons.save_person(Person(first_name="Aafje", last_name="Aaa"))
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        hub().publish(changes)
    assert model.rowCount() == 401 and model.id_at(0) == person.id
    qtbot.waitUntil(lambda: model.id_at(widget.table.rowAt(0)) == top_id, timeout=3000)
    assert widget.selected_ids() == [selected_id]
    # A change to a company only reads the shown rows again.
    company_id = browse.sorted_ids(browse.ListSpec("company"))[0]
    _, changes = companies.save_company(replace(companies.get_company(company_id), name="Hernoemd BV"))
    hub().publish(changes)
    assert not model.loading  # no reload: the rows are simply read again
    # Changes to other kinds of records leave the list alone.
    hub().publish(ChangeSet().add("journal", 1))
    assert not model.loading


def test_company_list_columns(data, qtbot, dutch) -> None:
    widget = make(qtbot, "company")
    check = model_tester(widget.model)
    assert [widget.model.index(r, 0).data() for r in range(2)] == ["Klant & Co", "Prospect BV"]
    labels = [widget.model.headerData(i, Qt.Orientation.Horizontal) for i in range(widget.model.columnCount())]
    assert labels == ["Naam", "Plaats", "Postcode", "Categorie", "Categoriegroep", "Branche", "Telefoon", "E-mail",
                      "Onze contactpersoon", "Aantal medewerkers", "Aangemaakt", "Gewijzigd"]
    assert widget.model.index(0, widget.model.column_index("created")).data()  # a local date and time
    qtbot.waitUntil(lambda: widget.count_label.text() == "2 bedrijven")
    assert not dutch.missing, dutch.missing
    del check


def test_standalone_models_pass_the_model_tester(data, qtbot, qtlog) -> None:
    flat = RecordListModel("company")
    check = model_tester(flat)
    grouped = GroupedRecordModel(browse.ListSpec("person"), "company")
    check2 = model_tester(grouped)
    with qtbot.waitSignal(grouped.loaded, timeout=5000):
        pass
    for row in range(grouped.rowCount()):
        grouped.fetchMore(grouped.index(row, 0))
    qtbot.waitUntil(lambda: not grouped.loading, timeout=5000)
    assert sum(grouped.rowCount(grouped.index(r, 0)) for r in range(grouped.rowCount())) == 6
    persons.save_person(replace(persons.get_person(data["Kees"]), lead_status_id=status("Gekwalificeerd")))
    grouped.refresh()
    qtbot.waitUntil(lambda: not grouped.loading, timeout=5000)
    no_model_failures(qtlog)
    del check, check2


def test_leads_view_and_stepping_through_records(data, qtbot) -> None:
    leads = make(qtbot, leads_only=True)
    assert names(leads) == ["Berg, Piet", "Vries, Kees de"]  # the persons of the lead company
    assert "lead_status" in leads.visible_columns()
    assert leads.step(1) == data["Piet"] and leads.step(1) == data["Kees"] and leads.step(1) is None
    assert leads.step(-1) == data["Piet"] and leads.current_id() == data["Piet"]
    company = companies.get_company(data["prospect"])
    _, changes = companies.save_company(replace(company, category_id=category("Klant")))
    with qtbot.waitSignal(leads.model.loaded, timeout=5000):
        hub().publish(changes)
    assert names(leads) == []  # no longer leads: their status is kept, hidden
