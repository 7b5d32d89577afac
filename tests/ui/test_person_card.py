"""The person card: company picker, inherited category, the lead status field following the lead
rules (seed 002), subscriptions with their history, and the readable history tab."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.services import companies, lists, persons, session
from desktop_crm.services import subscriptions as subs
from desktop_crm.ui.widgets.subscriptions_editor import SubscriptionDialog
from desktop_crm.ui.windows.company_card import CompanyCard
from desktop_crm.ui.windows.person_card import PersonCard
from tests.services.helpers import category, status
from tests.services.test_subscriptions import add_list_item
from tests.ui.test_company_card import answer, no_unexpected_dialogs  # noqa: F401 - autouse fixture


def company(name: str, cat: str | None = None, **kw) -> Company:
    saved, _ = companies.save_company(Company(name=name, category_id=category(cat) if cat else None, **kw))
    return saved


def person(company_id: int | None, first: str = "Jan", last: str = "Jansen", **kw) -> Person:
    saved, _ = persons.save_person(Person(company_id=company_id, first_name=first, last_name=last, **kw))
    return saved


def card_for(qtbot, person_id: int | None = None, **kw) -> PersonCard:  # noqa: ANN001
    card = PersonCard(person_id, **kw)
    qtbot.addWidget(card)
    card.resize(900, 700)
    return card


def lead_row_shown(card: PersonCard) -> bool:
    assert card.lead_box is not None
    return card.lead_status_shown() and card.lead_box.isVisibleTo(card) and card.lead_status.isVisibleTo(card)


def test_edit_and_save_a_person(crm, qtbot, dutch) -> None:
    co = company("Jansen Installatie", "Klant", city="Utrecht")
    p = person(co.id)
    card = card_for(qtbot, p.id)
    assert card.kind == "person" and card.record_id == p.id and card.title() == "Jan Jansen"
    assert card.company_picker.edit.text() == "Jansen Installatie" and card.company_picker.link.isVisibleTo(card)
    assert card.category_label.text() == "Klant (Klant)" and not lead_row_shown(card)
    qtbot.keyClicks(card.edits["position"], "Inkoper")
    card.edits["middle_name"].setText("V.D.")
    card.left_company.setChecked(True)
    assert card.is_dirty()
    with qtbot.waitSignal(card.saved):
        assert card.save()
    stored = persons.get_person(p.id)
    assert (stored.position, stored.middle_name, stored.left_company) == ("Inkoper", "van der", True)
    assert card.title() == "Jan van der Jansen" and not card.is_dirty()
    opened: list[tuple[str, int]] = []
    from desktop_crm.ui.hub import hub

    hub().open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    card.company_picker.link.linkActivated.emit("company")
    assert opened == [("company", co.id)]
    assert not dutch.missing, dutch.missing


def test_new_person_through_the_company_picker(crm, qtbot) -> None:
    lead = company("Jansen Bouw", "Lead", city="Ede")
    company("Pietersen Transport", "Klant")
    card = card_for(qtbot)
    card.show()
    assert card.title() == "New person" and not lead_row_shown(card)
    card.company_picker.edit.setFocus()
    qtbot.keyClicks(card.company_picker.edit, "jans")
    qtbot.waitUntil(lambda: card.company_picker.model.rowCount() == 1)
    assert card.company_picker.model.item(0).text() == "Jansen Bouw — Ede"
    assert not card.company_picker.is_valid() and not card.save()
    assert card.error_text("company_id") != ""
    card.company_picker.choose_row(0)
    assert card.company_picker.company_id() == lead.id and card.company_picker.edit.text() == "Jansen Bouw"
    assert lead_row_shown(card) and card.lead_status.value() == status("Open")  # a new lead starts Open
    card.edits["last_name"].setText("de Boer")
    assert card.save()
    stored = persons.get_person(card.record_id)
    assert (stored.company_id, stored.lead_status_id, stored.last_name) == (lead.id, status("Open"), "de Boer")
    starting = card_for(qtbot, company_id=lead.id)
    assert starting.company_picker.company_id() == lead.id and lead_row_shown(starting)
    assert starting.lead_status.value() == status("Open") and not starting.is_dirty()
    card.company_picker.edit.clear()
    card.company_picker._on_edited("")
    assert card.company_picker.company_id() is None and card.category_label.text() == "(no company)"
    assert card.is_dirty()
    card.reload()
    assert not card.is_dirty() and card.company_picker.company_id() == lead.id


def test_lead_status_appears_and_disappears_with_the_company_category(crm, qtbot, monkeypatch) -> None:
    co = company("Prospect BV", "Lead")
    p = person(co.id)
    card = card_for(qtbot, p.id)
    assert lead_row_shown(card) and card.lead_status.isEnabled()
    assert card.lead_status.value() == status("Open") and card.category_label.text() == "Lead (Potentiële klant)"
    card.lead_status.set_value(status("Gekwalificeerd"))
    assert card.save()

    # The company moves to Klant through its card: the person card (open, clean) hides the field.
    company_card = CompanyCard(co.id)
    qtbot.addWidget(company_card)
    company_card.combos["category_id"].set_value(category("Klant"))
    assert company_card.save()
    assert not lead_row_shown(card) and card.category_label.text() == "Klant (Klant)"
    assert persons.get_person(p.id).lead_status_id == status("Gekwalificeerd")  # kept, hidden

    # Saving other fields keeps the hidden value untouched.
    card.edits["position"].setText("Directeur")
    assert card.save()
    assert persons.get_person(p.id).lead_status_id == status("Gekwalificeerd")

    # Back into leads: the field reappears, as Open (rule 4).
    company_card.combos["category_id"].set_value(category("Marketinggekwalificeerde lead"))
    assert company_card.save()
    assert lead_row_shown(card) and card.lead_status.value() == status("Open")
    assert persons.get_person(p.id).lead_status_id == status("Open")


def test_lead_status_is_re_evaluated_when_another_company_is_picked(crm, qtbot) -> None:
    customer = company("Klant BV", "Klant")
    lead = company("Lead BV", "Kans")
    p = person(customer.id, lead_status_id=None)
    card = card_for(qtbot, p.id)
    assert not lead_row_shown(card)
    card.company_picker.set_company(lead.id, "Lead BV")
    assert lead_row_shown(card) and card.lead_status.value() == status("Open")
    assert card.category_label.text() == "Kans (Potentiële klant)"
    card.lead_status.set_value(status("Contact opnemen"))
    card.company_picker.set_company(customer.id, "Klant BV")
    assert not lead_row_shown(card) and card.collect().lead_status_id is None
    card.company_picker.set_company(lead.id, "Lead BV")
    assert card.save()
    assert persons.get_person(p.id).lead_status_id == status("Open")


def test_lead_status_items_have_their_descriptions_as_tooltips(crm, qtbot, dutch) -> None:
    p = person(company("Tip BV", "Lead").id)
    card = card_for(qtbot, p.id)
    combo = card.lead_status
    descriptions = {s.id: s.description for s in lists.items(ListKind.LEAD_STATUS)}
    shown = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())}
    assert shown == descriptions and "U probeert de lead te bereiken." in shown.values()
    assert combo.toolTip() == descriptions[status("Open")]
    combo.set_value(status("Gekwalificeerd"))
    assert combo.toolTip() == "De lead past goed en toont interesse."
    card._load(card._loaded)
    assert not dutch.missing, dutch.missing


def test_subscription_history_survives_unsubscribe_and_resubscribe(crm, qtbot, monkeypatch) -> None:
    add_list_item(ListKind.SUBSCRIPTION_TYPE, "Uitnodigingen", 0)
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief", 1)
    p = person(company("Abonnee BV").id)
    card = card_for(qtbot, p.id)
    other = card_for(qtbot, p.id)  # the same person open elsewhere follows
    card.edits["position"].setText("Inkoper")  # unsaved: subscribing is recorded at once, apart from it
    editor = card.subscriptions
    assert editor.model.rowCount() == 2 and editor.model.item(1, 1).text() == "Never asked"
    editor.select_type(news)
    answers = iter([("form", "consent", "Webformulier"), ("email", "consent", ""), None, ("phone", "contract", "")])
    monkeypatch.setattr(SubscriptionDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    assert editor.change_selected(True)
    assert not editor.subscribe_button.isEnabled() and editor.unsubscribe_button.isEnabled()
    assert editor.change_selected(False)
    assert not editor.change_selected(True)  # cancelled: nothing recorded
    assert editor.change_selected(True)
    assert editor.selected_type() == news
    assert editor.model.item(1, 1).text() == "Subscribed" and editor.model.item(1, 3).text() == "Phone"
    assert editor.history_lines() == [("Subscribed", "Phone"), ("Unsubscribed", "E-mail"), ("Subscribed", "Form")]
    assert [e.state for e in subs.history_of(p.id, news)] == ["subscribed", "unsubscribed", "subscribed"]
    assert card.is_dirty() and card.notice.isHidden() and card.edits["position"].text() == "Inkoper"
    assert other.subscriptions.model.item(1, 1).text() == "Subscribed"
    assert card.save() and persons.get_person(p.id).position == "Inkoper"


def test_history_tab_reads_like_what_happened(crm, qtbot, dutch) -> None:
    p = person(company("Historie BV", "Lead").id)
    card = card_for(qtbot, p.id)
    card.show()
    card.lead_status.set_value(status("Gekwalificeerd"))
    card.edits["position"].setText("Inkoper")
    assert card.save()
    card.tabs.setCurrentWidget(card.history_view)
    lines = card.history_view.lines()
    assert "Leadstatus: Open → Gekwalificeerd" in lines[:2] and "Functie: (leeg) → Inkoper" in lines[:2]
    assert lines[-1] == "Aangemaakt"
    model = card.history_view.model
    assert model.item(0, 2).text() == session.current().name and ":" in model.item(0, 1).text()
    assert model.item(0, 0).text() != ""
    assert not dutch.missing, dutch.missing


def test_read_only_associate_on_the_person_card(crm, qtbot, dutch) -> None:
    add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    p = person(company("Lees BV", "Lead").id)
    session.sign_in(add_list_item(ListKind.ASSOCIATE, "Lotte", role="read_only"))
    card = card_for(qtbot, p.id)
    card.show()
    assert card.read_only_banner.isVisible() and "Alleen lezen" in card.read_only_banner.text.text()
    assert lead_row_shown(card) and not card.lead_status.isEnabled()
    assert card.edits["first_name"].isReadOnly() and card.company_picker.edit.isReadOnly()
    assert not card.left_company.isEnabled() and not card.save_button.isEnabled()
    assert not card.subscriptions.subscribe_button.isEnabled()
    assert not card.save() and not card.delete()
    assert not dutch.missing, dutch.missing


def test_person_card_in_dutch(crm, qtbot, dutch, monkeypatch, shots: Path) -> None:
    interests = [add_list_item(ListKind.PERSON_INTEREST, name, rank)
                 for rank, name in enumerate(["Duurzaam bouwen", "Zonnepanelen", "Warmtepompen", "Subsidies"])]
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief", 0, description="Maandelijkse nieuwsbrief")
    add_list_item(ListKind.SUBSCRIPTION_TYPE, "Uitnodigingen voor evenementen", 1)
    co = company("Van der Berg Installatietechniek B.V.", "Lead", city="Utrecht")
    p = person(co.id, "Fatima", "Amrani", middle_name="el", salutation="Mevrouw", position="Projectleider",
               email="fatima@vanderberg-installatie.nl", phone="030-2345678", mobile="06-12345678",
               interest_ids=frozenset({interests[1], interests[3]}), notes="Voorkeur voor contact per e-mail.")
    persons.save_person(replace(persons.get_person(p.id), lead_status_id=status("Contact opnemen")))
    subs.set_subscription(p.id, news, True, "form", note="Aanmelding via website")
    card = card_for(qtbot, p.id)
    card.show()
    qtbot.waitExposed(card)
    assert card.tabs.tabText(0) == "Interesses" and card.tabs.tabText(1) == "Abonnementen"
    assert card.tabs.tabText(2) == "Historie" and card.labels["lead_status_id"].text() == "Leadstatus"
    assert card.labels["category"].text() == "Categorie"
    card.grab().save(str(shots / "person_card_nl.png"))
    card.tabs.setCurrentWidget(card.subscriptions)
    assert card.subscriptions.model.item(0, 1).text() == "Aangemeld"
    assert card.subscriptions.model.item(1, 1).text() == "Nooit gevraagd"
    card.grab().save(str(shots / "person_card_subscriptions_nl.png"))
    card.tabs.setCurrentWidget(card.history_view)
    assert card.history_view.lines()[0] == "Abonnementen (Nieuwsbrief): Nooit gevraagd → Aangemeld"
    assert card.history_view.lines()[1] == "Leadstatus: Open → Contact opnemen"
    card.grab().save(str(shots / "person_card_history_nl.png"))
    session.sign_in(add_list_item(ListKind.ASSOCIATE, "Lotte de Vries", role="read_only"))
    reader = card_for(qtbot, p.id)
    reader.show()
    qtbot.waitExposed(reader)
    reader.grab().save(str(shots / "person_card_read_only_nl.png"))
    assert not dutch.missing, dutch.missing


def test_own_address_on_the_person_card(crm, qtbot, dutch, shots: Path) -> None:
    from desktop_crm.services import field_rules
    from desktop_crm.ui.hub import hub

    p = person(None, "Anna", "Vries", middle_name="de")
    card = card_for(qtbot, p.id)
    card.resize(900, 600)  # a card in its own window
    card.show()
    qtbot.waitExposed(card)
    assert card.address_heading.text() == "Adres"
    assert [card.labels[n].text() for n in ("street", "postal_code", "city", "country")] == [
        "Straat", "Postcode", "Plaats", "Land"]  # the company card's labels
    assert card.edits["country"].placeholderText() == "Nederland"
    card.edits["street"].setText("Lange Nieuwstraat 12")
    card.edits["postal_code"].setText("12345")
    assert not card.save()  # not a Dutch postal code: shown at the field, nothing written
    assert "12345" in card.error_text("postal_code") and persons.get_person(p.id).street == ""
    card.edits["postal_code"].setText("3512pn")
    card.edits["city"].setText("Utrecht")
    assert card.save()
    stored = persons.get_person(p.id)
    assert (stored.street, stored.postal_code, stored.city, stored.country) == ("Lange Nieuwstraat 12", "3512 PN",
                                                                                "Utrecht", "")
    assert card.edits["postal_code"].text() == "3512 PN"
    card.tabs.setCurrentWidget(card.history_view)
    assert "Postcode: (leeg) → 3512 PN" in card.history_view.lines()
    assert not card.scroll.verticalScrollBar().isVisible()  # the whole form in view
    card.grab().save(str(shots / "person_card_address_nl.png"))
    for name in ("street", "postal_code", "city", "country"):  # all four hidden: the heading goes too
        hub().publish(field_rules.set_field_rule("person", name, shown=False))
    assert not card.address_heading.isVisibleTo(card) and not card.labels["city"].isVisibleTo(card)
    hub().publish(field_rules.set_field_rule("person", "city", shown=True))
    assert card.address_heading.isVisibleTo(card) and card.labels["city"].isVisibleTo(card)
    assert not dutch.missing, dutch.missing
