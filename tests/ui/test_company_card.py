"""The company card, driven through its real widgets on a fresh database."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.services import companies, database, persons, session, trash
from desktop_crm.ui.widgets.interests_editor import InterestsEditor
from desktop_crm.ui.windows import card_base
from desktop_crm.ui.windows.company_card import CompanyCard, CompanyPersonsList
from tests.services.helpers import category, list_id
from tests.services.test_subscriptions import add_list_item

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail instead (tests answer with ``answer``)."""

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make every QMessageBox.question answer ``button``; returns the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def card_for(qtbot, company_id: int | None = None, **kw) -> CompanyCard:  # noqa: ANN001
    card = CompanyCard(company_id, **kw)
    qtbot.addWidget(card)
    card.resize(900, 700)
    return card


def test_create_and_save_a_company(crm, qtbot, dutch) -> None:
    card = card_for(qtbot)
    assert card.kind == "company" and card.record_id is None and card.title() == "Nieuw bedrijf"
    assert card.labels["name"].text() == "Naam *" and card.labels["city"].text() == "Plaats"
    assert not card.is_dirty()
    qtbot.keyClicks(card.edits["name"], "Bakkerij de Vries")
    qtbot.keyClicks(card.edits["postal_code"], "3511ab")
    qtbot.keyClicks(card.edits["employees"], "12x")  # the validator keeps only digits
    card.combos["category_id"].set_value(category("Klant"))
    assert card.is_dirty() and card.save_button.isEnabled()
    titles: list[str] = []
    card.title_changed.connect(titles.append)
    with qtbot.waitSignal(card.saved) as saved:
        assert card.save()
    assert saved.args == ["company", card.record_id]
    stored = companies.get_company(card.record_id)
    assert (stored.name, stored.postal_code, stored.employees) == ("Bakkerij de Vries", "3511 AB", 12)
    assert stored.category_id == category("Klant")
    assert card.edits["postal_code"].text() == "3511 AB"  # shows what was stored
    assert titles == ["Bakkerij de Vries"] and not card.is_dirty() and not card.save_button.isEnabled()
    assert not dutch.missing, dutch.missing


def test_validation_errors_show_next_to_their_fields_and_nothing_is_saved(crm, qtbot, dutch) -> None:
    card = card_for(qtbot)
    card.show()
    qtbot.keyClicks(card.edits["kvk"], "1234")
    qtbot.keyClicks(card.edits["email"], "info@")
    assert not card.save()
    assert card.error_text("name") == "Naam is verplicht."
    assert card.error_text("kvk").startswith("Een KvK-nummer heeft precies 8 cijfers")
    assert "geen geldig e-mailadres" in card.error_text("email")
    assert card.error_text("city") == ""
    assert card.focusWidget() is card.edits["name"]  # the first bad field
    assert database.record_counts()["companies"] == 0 and card.record_id is None
    qtbot.keyClicks(card.edits["name"], "X")  # typing in a field clears its error
    assert card.error_text("name") == "" and card.error_text("kvk") != ""
    card.edits["kvk"].setText("12345678")
    card.edits["email"].setText("info@devries.nl")
    assert card.save() and database.record_counts()["companies"] == 1
    assert not dutch.missing, dutch.missing
    card.close()


def test_closing_a_dirty_card_asks(crm, qtbot, monkeypatch) -> None:
    co, _ = companies.save_company(Company(name="Jansen BV"))
    card = card_for(qtbot, co.id)
    assert card.maybe_close()  # nothing changed: no question
    card.edits["city"].setText("Delft")
    asked = answer(monkeypatch, Button.Cancel)
    assert not card.maybe_close() and card.is_dirty() and asked
    answer(monkeypatch, Button.Discard)
    assert card.maybe_close() and not card.is_dirty() and card.edits["city"].text() == ""
    card.edits["city"].setText("Gouda")
    answer(monkeypatch, Button.Save)
    assert card.maybe_close() and companies.get_company(co.id).city == "Gouda"


def test_delete_asks_and_the_undo_token_brings_it_back(crm, qtbot, monkeypatch) -> None:
    co, _ = companies.save_company(Company(name="Weg BV"))
    p, _ = persons.save_person(Person(company_id=co.id, first_name="Piet", last_name="Weg"))
    card = card_for(qtbot, co.id)
    asked = answer(monkeypatch, Button.No)
    assert not card.delete() and companies.get_company(co.id)
    assert "Weg BV" in asked[0] and "(1)" in asked[0]
    answer(monkeypatch, Button.Yes)
    with qtbot.waitSignal(card.deleted) as deleted:
        assert card.delete()
    changes = deleted.args[0]
    assert changes.undo and changes.ids("company") == {co.id} and changes.ids("person") == {p.id}
    assert not card.save_button.isEnabled() and not card.delete_button.isEnabled()
    restored = trash.undo_delete(changes.undo)
    assert restored.ids("company") == {co.id}
    assert persons.get_person(p.id).first_name == "Piet"


def test_read_only_associate_sees_a_notice_and_cannot_change(crm, qtbot, dutch) -> None:
    co, _ = companies.save_company(Company(name="Alleen Kijken BV"))
    session.sign_in(add_list_item(ListKind.ASSOCIATE, "Lotte", role="read_only"))
    card = card_for(qtbot, co.id)
    card.show()
    assert card.read_only_banner.isVisible()
    assert "Alleen lezen" in card.read_only_banner.text.text() and "Lotte" in card.read_only_banner.text.text()
    assert card.edits["name"].isReadOnly() and not card.combos["category_id"].isEnabled()
    assert not card.save_button.isEnabled() and not card.delete_button.isEnabled()
    card.edits["name"].setText("Toch gewijzigd")
    assert not card.save() and not card.delete() and not card.is_dirty()
    assert companies.get_company(co.id).name == "Alleen Kijken BV"
    assert not dutch.missing, dutch.missing


@pytest.mark.parametrize("choice", [card_base.OVERWRITE, card_base.RELOAD])
def test_stale_save_asks_to_reload_or_overwrite(crm, qtbot, monkeypatch, choice) -> None:
    co, _ = companies.save_company(Company(name="Versie BV", city="Ede"))
    card = card_for(qtbot, co.id)
    card.edits["city"].setText("Delft")
    companies.save_company(replace(companies.get_company(co.id), phone="030 123 4567"))  # someone else
    asked: list[bool] = []
    monkeypatch.setattr(CompanyCard, "ask_stale", lambda self: asked.append(True) or choice)
    saved = card.save()
    stored = companies.get_company(co.id)
    assert asked and stored.phone == "+31 30 123 4567"
    if choice == card_base.OVERWRITE:
        assert saved and stored.city == "Delft" and stored.version == 3
    else:
        assert not saved and stored.city == "Ede" and card.edits["city"].text() == "Ede"
        assert card.edits["phone"].text() == "+31 30 123 4567" and not card.is_dirty()


def test_card_reloads_when_changed_elsewhere_unless_dirty(crm, qtbot) -> None:
    from desktop_crm.ui.hub import hub

    co, _ = companies.save_company(Company(name="Eerst"))
    card = card_for(qtbot, co.id)
    co, changes = companies.save_company(replace(co, name="Daarna"))
    hub().publish(changes)
    assert card.edits["name"].text() == "Daarna" and card.title() == "Daarna"
    card.edits["city"].setText("Zeist")
    _, changes = companies.save_company(replace(co, name="Nog later"))
    hub().publish(changes)
    assert card.edits["name"].text() == "Daarna" and card.is_dirty() and not card.notice.isHidden()


def test_interests_editor_filters_and_puts_checked_first(crm, qtbot) -> None:
    names = ["Beveiliging", "Cloud", "Café-inrichting", "Wifi"]
    ids = {n: add_list_item(ListKind.COMPANY_INTEREST, n, rank) for rank, n in enumerate(names)}
    fax = add_list_item(ListKind.COMPANY_INTEREST, "Fax", 9, hidden=True)
    editor = InterestsEditor(ListKind.COMPANY_INTEREST)
    qtbot.addWidget(editor)
    editor.set_checked({ids["Wifi"]})
    assert editor.shown_names() == ["Wifi", "Beveiliging", "Cloud", "Café-inrichting"]  # no hidden Fax
    editor.set_checked({ids["Cloud"], fax})
    assert editor.shown_names() == ["Cloud", "Fax (hidden)", "Beveiliging", "Café-inrichting", "Wifi"]
    with qtbot.waitSignal(editor.changed):
        editor.set_item_checked(ids["Beveiliging"], True)
    assert editor.shown_names()[2] == "Beveiliging"  # no jumping while clicking
    qtbot.keyClicks(editor.filter_edit, "CAFE")  # case and accents ignored
    assert editor.shown_names() == ["Café-inrichting"]
    editor.filter_edit.clear()
    assert editor.shown_names()[:3] == ["Beveiliging", "Cloud", "Fax (hidden)"]  # re-sorted: checked first
    assert editor.checked_ids() == {ids["Beveiliging"], ids["Cloud"], fax}
    # Bulk use: partly checked interests, and what to add and remove.
    editor.set_checked({ids["Cloud"]}, partial={ids["Wifi"]})
    editor.set_item_checked(ids["Wifi"], False)
    editor.set_item_checked(ids["Beveiliging"], True)
    assert (editor.added_ids(), editor.removed_ids()) == ({ids["Beveiliging"]}, {ids["Wifi"]})

    co, _ = companies.save_company(Company(name="Interesse BV", interest_ids=frozenset({ids["Cloud"]})))
    card = card_for(qtbot, co.id)
    card.interests.set_item_checked(ids["Wifi"], True)
    assert card.is_dirty() and card.save()
    assert companies.get_company(co.id).interest_ids == {ids["Cloud"], ids["Wifi"]}


def test_persons_tab_uses_the_injected_view_or_a_simple_list(crm, qtbot) -> None:
    co, _ = companies.save_company(Company(name="Lijst BV"))
    persons.save_person(Person(company_id=co.id, first_name="Anna", last_name="Bakker", position="Inkoper"))
    made: list[int] = []

    def factory(company_id: int) -> QLabel:
        made.append(company_id)
        return QLabel(f"persons of {company_id}")

    card = card_for(qtbot, co.id, persons_view_factory=factory)
    assert made == [co.id] and isinstance(card.persons_view, QLabel)
    new = card_for(qtbot, persons_view_factory=factory)
    assert new.persons_view is None and not new.persons_placeholder.isHidden()
    new.edits["name"].setText("Nieuw BV")
    assert new.save() and made[-1] == new.record_id and new.persons_placeholder.isHidden()
    plain = card_for(qtbot, co.id)
    assert isinstance(plain.persons_view, CompanyPersonsList)
    plain.persons_view.refresh()
    assert plain.persons_view.names() == ["Anna Bakker"]


def test_company_card_in_dutch(crm, qtbot, dutch, shots: Path) -> None:
    for rank, name in enumerate(["Cloud", "Kantoorautomatisering", "Netwerkbeheer", "Telefonie", "Wifi"]):
        add_list_item(ListKind.COMPANY_INTEREST, name, rank)
    co, _ = companies.save_company(Company(
        name="Van der Berg Installatietechniek B.V.", department="Verkoop binnendienst",
        category_id=category("Lead"), business_id=list_id(ListKind.BUSINESS, "Bouw en installatie"),
        kvk="12345678", vat="NL123456789B01", street="Oudegracht 231", postal_code="3511NK", city="Utrecht",
        country="Nederland", phone="030-2345678", email="info@vanderberg-installatie.nl",
        website="www.vanderberg-installatie.nl", employees=48, branches=3,
        notes="Klant sinds 2016. Onderhoudscontract loopt tot eind 2025."))
    for first, middle, last, position in (("Anna", "", "Bakker", "Inkoper"), ("Jan", "van den", "Berg", "Directeur"),
                                          ("Fatima", "el", "Amrani", "Projectleider")):
        persons.save_person(Person(company_id=co.id, first_name=first, middle_name=middle, last_name=last,
                                   position=position, email=f"{first.lower()}@vanderberg-installatie.nl"))
    companies.save_company(replace(companies.get_company(co.id), category_id=category("Kans")))
    card = card_for(qtbot, co.id)
    card.show()
    qtbot.waitExposed(card)
    assert card.tabs.tabText(0) == "Contactpersonen" and card.tabs.tabText(1) == "Interesses"
    assert card.tabs.tabText(2) == "Historie" and card.save_button.text() == "Opslaan"
    assert card.labels["kvk"].text() == "KvK-nummer" and card.labels["name"].text() == "Naam *"
    card.grab().save(str(shots / "company_card_nl.png"))
    card.tabs.setCurrentWidget(card.history_view)
    lines = card.history_view.lines()
    assert lines[0] == "Categorie: Lead → Kans" and lines[-1] == "Aangemaakt"
    card.grab().save(str(shots / "company_card_history_nl.png"))
    card.tabs.setCurrentWidget(card.interests)
    card.interests.set_item_checked(list_id(ListKind.COMPANY_INTEREST, "Wifi"), True)
    card.edits["kvk"].setText("123")
    assert not card.save()
    card.grab().save(str(shots / "company_card_error_nl.png"))
    assert card.interests.model.item(0).checkState() == Qt.CheckState.Unchecked
    assert not dutch.missing, dutch.missing
    card._load(card._loaded)  # leave it clean so closing asks nothing
