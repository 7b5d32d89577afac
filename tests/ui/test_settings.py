"""The settings window, driven through its real widgets: every list page (add, reorder, hide, merge),
the lead-status checkbox of categories, the default lead status, field rules, the workplace, and
the administrator-only door."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from desktop_crm.db.models import LeadStatus
from desktop_crm.domain.entities import AssociateRole, Company, ListKind, Person
from desktop_crm.services import associates, companies, fields, list_admin, lists, persons, session
from desktop_crm.ui.models.list_items_model import ListItemsModel
from desktop_crm.ui.windows.settings_pages import ListPage, MergeDialog, PasswordDialog
from desktop_crm.ui.windows.settings_window import SettingsWindow, open_settings
from tests.services.helpers import category, list_id, status


def make_page(qtbot, kind: ListKind) -> ListPage:  # noqa: ANN001
    page = ListPage(kind)
    qtbot.addWidget(page)
    page.resize(900, 500)
    return page


def names(page: ListPage) -> list[str]:
    return [i.name for i in page.model.items()]


def select(page: ListPage, name: str) -> None:
    page.select(next(i.id for i in page.model.all_items() if i.name == name))


def use(kind: ListKind, item_id: int) -> None:
    """Make one record use the item."""
    if kind == ListKind.CATEGORY_GROUP:
        list_admin.add_item(ListKind.CATEGORY, f"Categorie van {item_id}", group_id=item_id)
    elif kind in (ListKind.CATEGORY, ListKind.BUSINESS, ListKind.ASSOCIATE, ListKind.COMPANY_INTEREST):
        field = {ListKind.CATEGORY: "category_id", ListKind.BUSINESS: "business_id",
                 ListKind.ASSOCIATE: "our_contact_id"}.get(kind)
        extra = {field: item_id} if field else {"interest_ids": frozenset({item_id})}
        companies.save_company(Company(name=f"Gebruiker {item_id}", **extra))
    elif kind == ListKind.PERSON_INTEREST:
        persons.save_person(Person(first_name="Piet", interest_ids=frozenset({item_id})))
    elif kind == ListKind.LEAD_STATUS:
        co, _ = companies.save_company(Company(name="Leadbedrijf", category_id=category("Lead")))
        persons.save_person(Person(company_id=co.id, first_name="Lia", lead_status_id=item_id))


@pytest.mark.parametrize("kind", [k for k in ListKind if k != ListKind.SUBSCRIPTION_TYPE])
def test_list_page_add_reorder_hide_merge(crm, qtbot, monkeypatch, kind: ListKind) -> None:
    page = make_page(qtbot, kind)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for name in ("Eerste", "Tweede"):
        monkeypatch.setattr(page, "ask_text", lambda *_a, n=name: n)
        page.add_button.click()
    assert names(page)[-2:] == ["Eerste", "Tweede"] and page.current().name == "Tweede"
    # reorder: the up button, then dragging "Eerste" to the top
    page.up_button.click()
    assert names(page)[-2:] == ["Tweede", "Eerste"] and page.current().name == "Tweede"
    row = names(page).index("Eerste")
    data = page.model.mimeData([page.model.index(row, 0)])
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert names(page)[0] == "Eerste"
    # hide, greyed, and left out when hidden items are not shown
    select(page, "Tweede")
    page.hide_button.click()
    hidden_row = names(page).index("Tweede")
    assert page.model.index(hidden_row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert page.hide_button.text() == "Show"
    page.show_hidden.setChecked(False)
    assert "Tweede" not in names(page)
    page.show_hidden.setChecked(True)
    select(page, "Tweede")
    page.hide_button.click()
    assert not lists.item(kind, page.current().id).hidden
    # delete while in use: merge into "Eerste"
    second = page.current()
    use(kind, second.id)
    first_id = next(i.id for i in page.model.all_items() if i.name == "Eerste")
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(page, "ask_merge", lambda item, count: asked.append((item.name, count)) or ("merge", first_id))
    page.delete_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert asked == [("Tweede", 1)]
    assert "Tweede" not in names(page)
    assert list_admin.usage_count(kind, first_id) == 1
    assert page.model.usage(first_id) == 1


def test_unused_item_is_deleted_after_asking(crm, qtbot, monkeypatch) -> None:
    page = make_page(qtbot, ListKind.BUSINESS)
    select(page, "Landbouw")
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.delete_button.click()
    assert "Landbouw" not in names(page)


def test_subscription_type_in_use_can_only_be_hidden(crm, qtbot, monkeypatch) -> None:
    item, _ = list_admin.add_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    other, _ = list_admin.add_item(ListKind.SUBSCRIPTION_TYPE, "Evenementen")
    page = make_page(qtbot, ListKind.SUBSCRIPTION_TYPE)
    dialog = MergeDialog(ListKind.SUBSCRIPTION_TYPE, item, 3, [other])
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isVisibleTo(dialog) and dialog.hide_button.isVisibleTo(dialog)
    monkeypatch.setattr(list_admin, "usage_count", lambda kind, item_id: 3)
    monkeypatch.setattr(page, "ask_merge", lambda item, count: ("hide", None))
    select(page, "Nieuwsbrief")
    page.delete_button.click()
    assert lists.item(ListKind.SUBSCRIPTION_TYPE, item.id).hidden


def test_merge_dialog_offers_visible_items(crm, qtbot) -> None:
    horeca, ict = (lists.item(ListKind.BUSINESS, list_id(ListKind.BUSINESS, n)) for n in ("Horeca", "ICT"))
    dialog = MergeDialog(ListKind.BUSINESS, horeca, 2, [ict])
    qtbot.addWidget(dialog)
    assert dialog.target_id() == ict.id and dialog.merge_button.isVisibleTo(dialog)
    dialog.merge_button.click()
    assert dialog.choice == "merge" and dialog.result() == MergeDialog.DialogCode.Accepted


def test_lead_checkbox_only_for_prospect_groups(crm, qtbot, dutch) -> None:
    page = make_page(qtbot, ListKind.CATEGORY)
    column = page.model.columns.index("lead_enabled")
    select(page, "Klant")
    assert not page.lead_check.isEnabled() and not page.lead_check.isChecked()
    assert page.lead_check.text() == "Leadstatus voor deze categorie inschakelen"
    assert "Potentiële klant" in page.lead_check.toolTip()
    row = names(page).index("Klant")
    assert not page.model.flags(page.model.index(row, column)) & Qt.ItemFlag.ItemIsEnabled
    select(page, "Lead")
    assert page.lead_check.isEnabled() and page.lead_check.isChecked()
    assert not dutch.missing, dutch.missing


def test_switching_lead_status_says_how_many_and_applies_rule_4(crm, qtbot, monkeypatch, dutch) -> None:
    prospect = list_id(ListKind.CATEGORY_GROUP, "Potentiële klant")
    new_cat, _ = list_admin.add_item(ListKind.CATEGORY, "Beurscontact", group_id=prospect)
    co, _ = companies.save_company(Company(name="Beursbedrijf", category_id=new_cat.id))
    people = [persons.save_person(Person(company_id=co.id, first_name=n))[0] for n in ("Ada", "Bas", "Cor")]
    page = make_page(qtbot, ListKind.CATEGORY)
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    select(page, "Beurscontact")
    assert page.lead_check.isEnabled() and not page.lead_check.isChecked()
    page.lead_check.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "3 personen" in asked[0] and "Open" in asked[0]
    assert [persons.get_person(p.id).lead_status_id for p in people] == [status("Open")] * 3
    assert page.lead_check.isChecked()
    persons.save_person(replace(persons.get_person(people[0].id), lead_status_id=status("Gekwalificeerd")))
    page.lead_check.click()  # off: values kept
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "3 personen" in asked[1]
    assert not lists.item(ListKind.CATEGORY, new_cat.id).lead_enabled
    assert persons.get_person(people[0].id).lead_status_id == status("Gekwalificeerd")
    assert not dutch.missing, dutch.missing


def test_declining_the_question_changes_nothing(crm, qtbot, monkeypatch) -> None:
    page = make_page(qtbot, ListKind.CATEGORY)
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    select(page, "Kans")
    page.lead_check.click()
    assert lists.item(ListKind.CATEGORY, category("Kans")).lead_enabled and page.lead_check.isChecked()


def test_moving_a_category_to_a_customer_group_switches_lead_status_off(crm, qtbot) -> None:
    page = make_page(qtbot, ListKind.CATEGORY)
    row = names(page).index("Kans")
    index = page.model.index(row, page.model.columns.index("group"))
    page.model.setData(index, list_id(ListKind.CATEGORY_GROUP, "Klant"))
    assert index.data() == "Klant"
    assert not lists.item(ListKind.CATEGORY, category("Kans")).lead_enabled


def test_exactly_one_default_lead_status(crm, qtbot) -> None:
    page = make_page(qtbot, ListKind.LEAD_STATUS)
    column = page.model.columns.index("is_default")

    def defaults() -> list[str]:
        return [r.name for r in LeadStatus.select().where(LeadStatus.is_default == True)]  # noqa: E712

    select(page, "Gekwalificeerd")
    page.default_button.click()
    assert defaults() == ["Gekwalificeerd"] and not page.default_button.isEnabled()
    row = names(page).index("Open")
    page.model.setData(page.model.index(row, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert defaults() == ["Open"]
    # unticking the default does nothing: there is always one
    page.model.setData(page.model.index(row, column), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert defaults() == ["Open"]
    assert page.model.index(row, page.model.columns.index("name")).data(Qt.ItemDataRole.ToolTipRole) == \
        "Nieuwe lead: nog niet opgevolgd."


def test_associates_page_role_login_password(crm, qtbot, monkeypatch) -> None:
    page = make_page(qtbot, ListKind.ASSOCIATE)
    monkeypatch.setattr(page, "ask_text", lambda *_a: "Mila de Boer")
    page.add_button.click()
    mila = page.current()
    row = page.model.row_of(mila.id)
    page.model.setData(page.model.index(row, page.model.columns.index("login")), "mila")
    page.model.setData(page.model.index(row, page.model.columns.index("role")), AssociateRole.READ_ONLY.value)
    info = associates.associate(mila.id)
    assert (info.login, info.role, info.has_password) == ("mila", AssociateRole.READ_ONLY, False)
    monkeypatch.setattr(page, "ask_password", lambda item: "zonnebloem")
    page.password_button.click()
    assert associates.needs_password(mila.id) and page.clear_password_button.isEnabled()
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.clear_password_button.click()
    assert not associates.needs_password(mila.id)


def test_password_dialog_wants_the_same_password_twice(crm, qtbot) -> None:
    dialog = PasswordDialog("Mila")
    qtbot.addWidget(dialog)
    dialog.first.setText("een")
    dialog.second.setText("twee")
    dialog.buttons.accepted.emit()
    assert dialog.result() != PasswordDialog.DialogCode.Accepted and dialog.error.text()
    dialog.second.setText("een")
    dialog.buttons.accepted.emit()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted and dialog.password() == "een"


def test_field_rules_page(crm, qtbot) -> None:
    window = SettingsWindow()
    qtbot.addWidget(window)
    page = window.show_page("field_rules")
    page.grid.set_rule("company", "city", required=True)
    assert "city" in fields.required_fields("company") and page.grid.rule_state("company", "city") == (True, True)
    page.grid.set_rule("person", "position", shown=False)
    assert "position" not in fields.shown_fields("person")
    assert page.grid.rule_state("company", "name") == (True, True)
    name_row = next(r for r in range(page.grid.models["company"].rowCount())
                    if page.grid.models["company"].item(r, 0).data(Qt.ItemDataRole.UserRole) == "name")
    assert not page.grid.models["company"].item(name_row, 1).isEnabled()


def test_general_page_sets_the_workplace(crm, qtbot) -> None:
    window = SettingsWindow()
    qtbot.addWidget(window)
    page = window.show_page("general")
    assert page.laptop.isChecked()
    page.shared.click()
    assert associates.workplace() == associates.SHARED


def test_only_administrators_open_settings(crm, qtbot, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window = open_settings(None)
    assert isinstance(window, SettingsWindow) and window.isVisible() and not told
    window.close()
    user, _ = associates.add_associate("Gebruiker Gijs", AssociateRole.USER)
    session.sign_in(user.id)
    assert open_settings(None) is None
    assert told and "Gebruiker Gijs" in told[0]


def test_every_page_in_dutch(crm, qtbot, dutch, shots: Path) -> None:
    list_admin.set_hidden(ListKind.BUSINESS, list_id(ListKind.BUSINESS, "Landbouw"), True)
    window = SettingsWindow()
    qtbot.addWidget(window)
    window.resize(1000, 620)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Instellingen"
    for key in window.pages:
        page = window.show_page(key)
        if isinstance(page, ListPage) and page.model.rowCount():
            page.view.selectRow(0)
        window.grab().save(str(shots / f"settings_{key}_nl.png"))
    horeca, ict = (lists.item(ListKind.BUSINESS, list_id(ListKind.BUSINESS, n)) for n in ("Horeca", "ICT"))
    merge = MergeDialog(ListKind.BUSINESS, horeca, 12, [ict])
    qtbot.addWidget(merge)
    merge.show()
    merge.grab().save(str(shots / "settings_merge_dialog_nl.png"))
    password = PasswordDialog("Mila")
    qtbot.addWidget(password)
    password.show()
    password.grab().save(str(shots / "settings_password_dialog_nl.png"))
    assert not dutch.missing, dutch.missing


def test_list_model_passes_the_model_tester(crm, qtbot) -> None:
    for kind in ListKind:
        model = ListItemsModel(kind)
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.set_show_hidden(False)
        model.reload()


def test_cards_hide_fields_that_are_not_shown_and_keep_their_data(crm, qtbot) -> None:
    from desktop_crm.services import field_rules
    from desktop_crm.ui.hub import hub
    from desktop_crm.ui.windows.company_card import CompanyCard
    from desktop_crm.ui.windows.person_card import PersonCard

    co, _ = companies.save_company(Company(name="Verborgen BV", kvk="12345678", city="Delft"))
    field_rules.set_field_rule("company", "kvk", shown=False)
    field_rules.set_field_rule("company", "interest_ids", shown=False)
    card = CompanyCard(co.id)
    qtbot.addWidget(card)
    assert not card.edits["kvk"].isVisibleTo(card) and not card.labels["kvk"].isVisibleTo(card)
    assert card.edits["city"].isVisibleTo(card)
    assert not card.tabs.isTabVisible(card.tabs.indexOf(card.interests))
    card.edits["city"].setText("Leiden")
    assert card.save()
    assert (companies.get_company(co.id).kvk, companies.get_company(co.id).city) == ("12345678", "Leiden")
    hub().publish(field_rules.set_field_rule("company", "kvk", shown=True))  # live, while the card is open
    assert card.edits["kvk"].isVisibleTo(card)

    field_rules.set_field_rule("person", "position", shown=False)
    person_card = PersonCard(None)
    qtbot.addWidget(person_card)
    assert not person_card.labels["position"].isVisibleTo(person_card)
    assert person_card.labels["first_name"].isVisibleTo(person_card)
