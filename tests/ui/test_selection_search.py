"""The selection search screen and the Selecties page, offscreen in Dutch."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.domain import criteria as cr
from desktop_crm.domain.criteria import Condition, Criteria, Group, Match, Op, Span
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.services import companies, persons, selections
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.criteria_editor import CriteriaEditor, CriteriaRow
from desktop_crm.ui.windows.selection_search import IDS_MIME, SelectionSearch, ids_mime
from desktop_crm.ui.windows.selections_page import SelectionsPage
from tests.services.helpers import category, list_id, status


def _data() -> dict[str, int]:
    out = {}
    for name, cat, city in (("Bakkerij Utrecht", "Lead", "Utrecht"), ("Zeist Bouw", "Klant", "Zeist"),
                            ("Utrechtse Media", "Kans", "Utrecht")):
        company, _ = companies.save_company(Company(name=name, city=city, category_id=category(cat),
                                                    postal_code="3511 AB" if city == "Utrecht" else "3701 AA"))
        out[name] = company.id
    for first, last, company in (("Anne", "Jansen", "Bakkerij Utrecht"), ("Piet", "de Vries", "Zeist Bouw"),
                                 ("Sanne", "Bakker", "Utrechtse Media"), ("Jan", "Müller", "Bakkerij Utrecht")):
        person, _ = persons.save_person(Person(first_name=first, last_name=last, company_id=out[company]))
        out[f"{first} {last}"] = person.id
    return out


def _wait_count(qtbot, search: SelectionSearch, expected: int) -> None:
    qtbot.waitUntil(lambda: search.total == expected and len(search.model.ids) == expected, timeout=5000)


def test_criteria_editor_round_trips_groups(crm, qtbot) -> None:
    editor = CriteriaEditor("person")
    qtbot.addWidget(editor)
    criteria = Criteria("person", Group(Match.ALL, (
        Condition("lead_status", Op.IS_ONE_OF, (status("Open"), status("Opnieuw benaderen"))),
        Condition("company.category_group", Op.IS_ONE_OF, (list_id(ListKind.CATEGORY_GROUP, "Potentiële klant"),)),
        Condition("company.city", Op.BEGINS_WITH, "Utr"),
        Group(Match.ANY, (Condition("created", Op.IN_LAST, Span(3, "months")),
                          Condition("updated", Op.THIS, "quarter"),
                          Condition("company.postal_code", Op.BETWEEN, ("3500 AA", "3599 ZZ")),
                          Condition("company.employees", Op.BETWEEN, (10, None)),
                          Condition("created", Op.BETWEEN, (date(2024, 1, 1), date(2024, 12, 31))),
                          Condition("email_present", Op.EQUALS, False))),
    )))
    editor.set_criteria(criteria)
    assert len(editor.groups) == 2 and editor.groups[1].match.currentData() == "any"
    assert editor.criteria() == criteria
    assert editor.problems() == []
    only_or = Criteria("company", Group(Match.ANY, (Condition("city", Op.IS_EMPTY), Condition("name", Op.CONTAINS,
                                                                                             "bv"))))
    editor.set_criteria(only_or)
    assert editor.criteria() == only_or


def test_operators_and_value_editors_fit_every_field(crm, qtbot) -> None:
    for target in cr.TARGETS:
        row = CriteriaRow(target)
        qtbot.addWidget(row)
        for i in range(row.field.count()):
            row.field.setCurrentIndex(i)
            spec = row.spec()
            assert [row.op.itemData(j) for j in range(row.op.count())] == [str(op) for op in spec.ops]
            for j in range(row.op.count()):
                row.op.setCurrentIndex(j)
                condition = row.condition()
                problem = cr.check_condition(target, condition, 1)
                # Values that must be typed or picked start empty; everything else starts valid.
                assert problem is None or condition.op in cr.LIST_OPS or spec.kind in (
                    cr.Kind.TEXT, cr.Kind.NAME, cr.Kind.POSTAL) or (spec.kind == cr.Kind.NUMBER
                                                                    and condition.op == Op.BETWEEN), (spec, condition)


def test_search_screen_counts_sorts_and_opens(crm, qtbot, dutch, shots: Path) -> None:
    data = _data()
    search = SelectionSearch(target="person")
    qtbot.addWidget(search)
    search.resize(1000, 640)
    search.show()
    _wait_count(qtbot, search, 4)
    assert search.count_label.text() == "4 leden"
    group = search.editor.groups[0]
    row = group.add_row(Condition("company.city", Op.BEGINS_WITH, "utr"))
    row2 = group.add_row(Condition("lead_status", Op.IS_ONE_OF, (status("Open"),)))
    assert row2.op.currentText() == "is een van" and row.field.currentText() == "Bedrijf: plaats"
    search.run_search()
    _wait_count(qtbot, search, 3)
    QAbstractItemModelTester(search.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    names = [search.model.data(search.model.index(r, 0)) for r in range(3)]
    assert names == ["Bakker, Sanne", "Jansen, Anne", "Müller, Jan"]
    search._sort_by_section(0)  # the name column again: descending
    qtbot.waitUntil(lambda: search.model.data(search.model.index(0, 0)) == "Müller, Jan", timeout=5000)
    with qtbot.waitSignal(hub().open_record) as opened:
        search._open(search.model.index(0, 0))
    assert opened.args == ["person", data["Jan Müller"]]
    search.grab().save(str(shots / "selection_search_nl.png"))
    assert not dutch.missing, dutch.missing


def test_columns_can_be_chosen(crm, qtbot) -> None:
    _data()
    search = SelectionSearch(target="company")
    qtbot.addWidget(search)
    _wait_count(qtbot, search, 3)
    search._toggle_column("employees", True)
    assert "employees" in search.model.columns
    assert search.model.headerData(search.model.columns.index("employees"), __import__(
        "PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal) == "Number of employees"
    again = SelectionSearch(target="company")
    qtbot.addWidget(again)
    assert "employees" in again.model.columns  # remembered


def test_save_dynamic_and_static_and_drop_rows(crm, qtbot) -> None:
    data = _data()
    search = SelectionSearch(target="company")
    qtbot.addWidget(search)
    search.editor.groups[0].add_row(Condition("city", Op.EQUALS, "utrecht"))
    search.run_search()
    _wait_count(qtbot, search, 2)
    dynamic = search.save_as("Utrecht", "dynamic")
    assert selections.get(dynamic).kind == "dynamic" and search.selection_id == dynamic
    static = search.save_as("Utrecht vast", "static")
    assert selections.member_ids(static) == [data["Bakkerij Utrecht"], data["Utrechtse Media"]]
    _wait_count(qtbot, search, 2)
    mime = ids_mime("company", [data["Zeist Bouw"]])
    assert search.model.canDropMimeData(mime, None, -1, 0, QModelIndex())
    assert not search.model.canDropMimeData(ids_mime("person", [1]), None, -1, 0, QModelIndex())
    search.model.dropMimeData(mime, None, -1, 0, QModelIndex())
    _wait_count(qtbot, search, 3)
    search.table.selectRow(0)
    search.remove_selected()
    _wait_count(qtbot, search, 2)
    assert search.model.mimeData([search.model.index(0, 0)]).hasFormat(IDS_MIME)


def test_selections_page(crm, qtbot, dutch, shots: Path, tmp_path: Path, monkeypatch) -> None:
    data = _data()
    page = SelectionsPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    leads = selections.save_dynamic("Leads", cr.all_of("person", Condition("lead_status", Op.IS_ONE_OF,
                                                                           (status("Open"),))))
    beurs = selections.create_static("Beurs", "person", [data["Piet de Vries"]])
    page.reload()
    assert page.list.count() == 2
    page.select(leads)
    assert page.search.selection_id == leads
    _wait_count(qtbot, page.search, 3)
    page.rename_current("Open leads")
    page.describe_current("Voor de belronde")
    assert selections.get(leads).name == "Open leads" and page.list.currentItem().text() == "Open leads"
    copy = page.duplicate_current()
    assert copy and selections.get(copy).name == "Open leads (kopie)"
    combined = page.combine(leads, beurs, "union", "Iedereen")
    assert set(selections.member_ids(combined)) == {data["Anne Jansen"], data["Sanne Bakker"], data["Jan Müller"],
                                                    data["Piet de Vries"]}
    page.select(copy)
    page.delete_current()
    assert copy not in [s.id for s in selections.all_selections()] and page.undo_bar.isVisibleTo(page)
    page.undo()
    assert copy in [s.id for s in selections.all_selections()]
    page.select(leads)
    path = tmp_path / "leads.json"
    page.export_current(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["criteria"]["rows"][0]["value"] == ["Open"]
    imported = page.import_definition(str(path))
    assert imported and selections.member_ids(imported) == selections.member_ids(leads)
    page.drop_ids(beurs, "person", [data["Anne Jansen"]])
    assert data["Anne Jansen"] in selections.member_ids(beurs)
    page.select(leads)
    _wait_count(qtbot, page.search, 3)
    page.grab().save(str(shots / "selections_page_nl.png"))
    assert not dutch.missing, dutch.missing
    warnings: list[str] = []
    monkeypatch.setattr("desktop_crm.ui.windows.selections_page.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": cr.FORMAT, "version": 1, "target": "person", "criteria": {
        "rows": [{"field": "lead_status", "op": "is_one_of", "value": ["Heet"]}]}}), encoding="utf-8")
    before = [s.id for s in selections.all_selections()]
    assert page.import_definition(str(bad)) is None
    assert warnings and "Heet" in warnings[0] and [s.id for s in selections.all_selections()] == before


@pytest.mark.parametrize("target", ["company", "person"])
def test_new_search_of_each_target_renders(crm, qtbot, target: str) -> None:
    search = SelectionSearch(target=target)
    qtbot.addWidget(search)
    assert search.target == target and search.board_button.isEnabled() == (target == "person")


def test_mailing_dialog_asks_type_channel_and_format(crm, qtbot, dutch, shots: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    """Export > Mailing: the dialog offers the subscription types, e-mail or post and the file format;
    a post mailing as an Excel workbook gets one letter per person per address."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QDialog

    from desktop_crm.db.connection import database
    from desktop_crm.services import list_admin
    from desktop_crm.ui.windows import mailing_dialog

    data = _data()
    news = list_admin.add_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")[0].id
    for name in ("Anne Jansen", "Jan Müller"):
        database.obj.execute_sql("INSERT INTO subscription (person_id, type_id, state, changed_at) "
                                 "VALUES (?, ?, 'subscribed', '2025-01-01T00:00:00.000Z')", [data[name], news])
    bakery = companies.get_company(data["Bakkerij Utrecht"])
    bakery.street = "Oudegracht 1"
    companies.save_company(bakery)
    search = SelectionSearch(target="person")
    qtbot.addWidget(search)
    _wait_count(qtbot, search, 4)
    shown: list[mailing_dialog.MailingDialog] = []

    def exec_(dialog: mailing_dialog.MailingDialog) -> int:
        shown.append(dialog)
        assert [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())][0] == "Nieuwsbrief"
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(news))
        dialog.by_post.setChecked(True)
        dialog.format_combo.setCurrentIndex(2)  # Excel
        dialog.resize(dialog.sizeHint())
        dialog.grab().save(str(shots / "mailing_dialog_nl.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(mailing_dialog.MailingDialog, "exec", exec_)
    target = tmp_path / "brieven"
    monkeypatch.setattr("desktop_crm.ui.windows.selection_search.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    task = search.export_mailing()
    assert shown and task is not None  # written on the worker
    qtbot.waitUntil(lambda: search.last_mailing is not None, timeout=15_000)
    plan = search.last_mailing
    assert (plan.members, plan.not_subscribed, plan.no_address, plan.duplicates) == (4, 2, 0, 0)
    sheet = load_workbook(tmp_path / "brieven.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert sorted((r[3], r[6]) for r in rows) == [("Jansen", "Oudegracht 1"), ("Müller", "Oudegracht 1")]
    assert not dutch.missing, dutch.missing


def test_export_members_writes_the_file_on_the_worker_and_says_so(crm, qtbot, tmp_path, monkeypatch) -> None:
    import threading

    from desktop_crm.ui import worker

    _data()
    search = SelectionSearch(target="person")
    qtbot.addWidget(search)
    _wait_count(qtbot, search, 4)
    threads = []
    real = selections.export_members

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(selections, "export_members", spy)
    messages: list[str] = []
    hub().status_message.connect(messages.append)
    target = tmp_path / "leden.csv"
    task = search.export_members("csv", ";", path=str(target))
    assert task is not None
    qtbot.waitUntil(lambda: bool(messages), timeout=15_000)
    worker.wait_idle()
    assert threads and threads[0] is not threading.main_thread()  # not on the GUI thread
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 5 and ";" in lines[0]  # a header and the four members
    assert "4" in messages[-1]


def test_a_list_value_is_picked_from_a_checklist_that_opens_on_a_click(crm, qtbot, dutch) -> None:
    from PySide6.QtCore import Qt, QTimer

    from desktop_crm.ui.widgets.criteria_editor import ListPicker

    picker = ListPicker(ListKind.LEAD_STATUS)
    qtbot.addWidget(picker)
    picker.resize(220, picker.sizeHint().height())
    picker.show()
    assert picker.text() == "Kiezen…" and picker.value() == ()
    seen: list[bool] = []

    def tick_two_and_close() -> None:
        menu = picker.menu()
        seen.append(menu.isVisible())
        for name in ("Open", "Opnieuw benaderen"):
            picker.list.findItems(name, Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
        menu.close()

    QTimer.singleShot(100, tick_two_and_close)
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [True]
    assert picker.value() == (status("Open"), status("Opnieuw benaderen"))
    assert picker.text() == "Open, Opnieuw benaderen" and "Opnieuw benaderen" in picker.toolTip()
    # As tall as the combo boxes beside it in a criteria row.
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Leadstatus")
    assert picker.sizeHint().height() == combo.sizeHint().height()
