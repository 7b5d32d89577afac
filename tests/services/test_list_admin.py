"""Settings > Lists: add, rename, reorder, hide, delete, merge, and the lead settings of categories."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_crm.db.models import Company as CompanyRow
from desktop_crm.db.models import Journal, LeadStatus
from desktop_crm.domain.entities import AssociateRole, Company, GroupRole, ListKind, Person
from desktop_crm.domain.errors import NotFound, PermissionDenied, RuleViolation, ValidationFailed
from desktop_crm.services import associates, bulk, companies, list_admin, lists, persons, session
from desktop_crm.services.list_admin import ItemInUse
from tests.services.helpers import category, list_id, status


def names(kind: ListKind, include_hidden: bool = True) -> list[str]:
    return [i.name for i in lists.items(kind, include_hidden)]


def group(name: str) -> int:
    return list_id(ListKind.CATEGORY_GROUP, name)


def company(name: str, cat: str | None = None, **kw) -> Company:
    return companies.save_company(Company(name=name, category_id=category(cat) if cat else None, **kw))[0]


def person(company_id: int, first: str) -> Person:
    return persons.save_person(Person(company_id=company_id, first_name=first, last_name="Bakker"))[0]


ALL_KINDS = list(ListKind)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_add_rename_describe_reorder_hide_every_list(crm, kind: ListKind) -> None:
    list_admin.add_item(kind, "Anker")  # some lists start empty
    item, changes = list_admin.add_item(kind, "  Nieuw   item ", "Eerste omschrijving")
    assert item.name == "Nieuw item" and changes.ids(kind.value) == {item.id}
    assert names(kind)[-1] == "Nieuw item"
    list_admin.rename_item(kind, item.id, "Hernoemd")
    list_admin.describe_item(kind, item.id, "Tweede omschrijving")
    list_admin.move_item(kind, item.id, 0)
    assert names(kind)[0] == "Hernoemd"
    assert lists.item(kind, item.id).description == "Tweede omschrijving"
    list_admin.set_hidden(kind, item.id, True)
    assert "Hernoemd" in names(kind) and "Hernoemd" not in names(kind, include_hidden=False)
    list_admin.set_hidden(kind, item.id, False)
    assert "Hernoemd" in names(kind, include_hidden=False)
    logged = {(j.op, j.field) for j in Journal.select().where(Journal.record_uuid == item.uuid)}
    assert {("create", None), ("update", "name"), ("update", "description"), ("update", "rank"),
            ("update", "hidden")} <= logged
    assert all(j.record_kind == kind.value for j in Journal.select().where(Journal.record_uuid == item.uuid))


def test_names_must_be_filled_and_unique(crm) -> None:
    with pytest.raises(ValidationFailed):
        list_admin.add_item(ListKind.BUSINESS, "   ")
    with pytest.raises(ValidationFailed) as info:
        list_admin.add_item(ListKind.BUSINESS, "horeca")
    assert "already has" in str(info.value)
    ict = list_id(ListKind.BUSINESS, "ICT")
    with pytest.raises(ValidationFailed):
        list_admin.rename_item(ListKind.BUSINESS, ict, "Horeca")
    list_admin.rename_item(ListKind.BUSINESS, ict, "ict")  # its own name in other letters is fine


def test_move_keeps_ranks_dense_and_only_journals_what_moved(crm) -> None:
    before = names(ListKind.LEAD_STATUS)
    last = status(before[-1])
    changes = list_admin.move_item(ListKind.LEAD_STATUS, last, 1)
    assert names(ListKind.LEAD_STATUS) == [before[0], before[-1], *before[1:-1]]
    assert [i.rank for i in lists.items(ListKind.LEAD_STATUS)] == list(range(len(before)))
    assert status(before[0]) not in changes.ids("lead_status")


def test_unused_item_is_deleted_as_a_tombstone(crm) -> None:
    item, _ = list_admin.add_item(ListKind.PERSON_INTEREST, "Golf")
    assert list_admin.usage_count(ListKind.PERSON_INTEREST, item.id) == 0
    list_admin.delete_item(ListKind.PERSON_INTEREST, item.id)
    assert "Golf" not in names(ListKind.PERSON_INTEREST)
    assert lists.item(ListKind.PERSON_INTEREST, item.id) is not None  # the row stays, tombstoned
    with pytest.raises(NotFound):
        list_admin.rename_item(ListKind.PERSON_INTEREST, item.id, "Tennis")


def test_item_in_use_cannot_be_deleted_only_merged_or_hidden(crm) -> None:
    horeca, ict = list_id(ListKind.BUSINESS, "Horeca"), list_id(ListKind.BUSINESS, "ICT")
    a = company("Alfa", business_id=horeca)
    b = company("Beta", business_id=horeca)
    companies.delete_company(b.id)  # in the trash: still counts, still moves
    assert list_admin.usage_count(ListKind.BUSINESS, horeca) == 2
    with pytest.raises(ItemInUse) as info:
        list_admin.delete_item(ListKind.BUSINESS, horeca)
    assert info.value.count == 2
    changes = list_admin.merge_items(ListKind.BUSINESS, horeca, ict)
    assert companies.get_company(a.id).business_id == ict
    assert CompanyRow.get_by_id(b.id).business_id == ict
    assert "Horeca" not in names(ListKind.BUSINESS)
    assert changes.ids("company") == {a.id, b.id} and changes.touches("business")
    rows = Journal.select().where(Journal.record_uuid == a.uuid, Journal.field == "business_id",
                                  Journal.op == "update")
    assert [(r.old_value, r.new_value) for r in rows] == [
        (f'"{lists.item(ListKind.BUSINESS, horeca).uuid}"', f'"{lists.item(ListKind.BUSINESS, ict).uuid}"')]


def test_a_merge_takes_a_backup_first(crm) -> None:
    from desktop_crm.services import backup

    before = len(backup.list_backups())
    list_admin.merge_items(ListKind.BUSINESS, list_id(ListKind.BUSINESS, "Horeca"), list_id(ListKind.BUSINESS, "ICT"))
    assert len(backup.list_backups()) == before + 1


def test_merge_interests_keeps_one_link_per_record(crm) -> None:
    golf, _ = list_admin.add_item(ListKind.PERSON_INTEREST, "Golf")
    tennis, _ = list_admin.add_item(ListKind.PERSON_INTEREST, "Tennis")
    co = company("Gamma")
    both = persons.save_person(Person(company_id=co.id, first_name="Ada", interest_ids=frozenset({golf.id,
                                                                                                   tennis.id})))[0]
    one = persons.save_person(Person(company_id=co.id, first_name="Bob", interest_ids=frozenset({golf.id})))[0]
    list_admin.merge_items(ListKind.PERSON_INTEREST, golf.id, tennis.id)
    assert persons.get_person(both.id).interest_ids == {tennis.id}
    assert persons.get_person(one.id).interest_ids == {tennis.id}
    assert list_admin.usage_count(ListKind.PERSON_INTEREST, tennis.id) == 2


def test_merge_into_a_lead_category_applies_rule_4(crm) -> None:
    co = company("Delta", "Partner")
    p = person(co.id, "Cor")
    list_admin.merge_items(ListKind.CATEGORY, category("Partner"), category("Lead"))
    assert companies.get_company(co.id).category_id == category("Lead")
    assert persons.get_person(p.id).lead_status_id == status("Open")


def test_merge_refusals(crm) -> None:
    with pytest.raises(RuleViolation):
        list_admin.merge_items(ListKind.BUSINESS, list_id(ListKind.BUSINESS, "ICT"), list_id(ListKind.BUSINESS, "ICT"))
    hidden = list_id(ListKind.BUSINESS, "Overig")
    list_admin.set_hidden(ListKind.BUSINESS, hidden, True)
    with pytest.raises(ValidationFailed):
        list_admin.merge_items(ListKind.BUSINESS, list_id(ListKind.BUSINESS, "ICT"), hidden)
    with pytest.raises(RuleViolation):  # the default lead status stays
        list_admin.merge_items(ListKind.LEAD_STATUS, status("Open"), status("Gekwalificeerd"))


def test_merging_category_groups_moves_categories_and_switches_lead_status_off(crm) -> None:
    changes = list_admin.merge_items(ListKind.CATEGORY_GROUP, group("Potentiële klant"), group("Overig"))
    lead = lists.item(ListKind.CATEGORY, category("Lead"))
    assert lead.group_id == group("Overig") and not lead.lead_enabled
    assert category("Lead") in changes.ids("category")


def test_lead_enabled_only_in_a_prospect_group(crm) -> None:
    assert list_admin.can_enable_lead_status(category("Lead"))
    assert not list_admin.can_enable_lead_status(category("Klant"))
    with pytest.raises(RuleViolation):
        list_admin.set_lead_enabled(category("Klant"), True)
    # moving a lead category to a customer group switches it off
    list_admin.set_category_group(category("Kans"), group("Klant"))
    assert not lists.item(ListKind.CATEGORY, category("Kans")).lead_enabled
    # a group that stops being the prospect group switches its categories off
    list_admin.set_group_role(group("Potentiële klant"), GroupRole.OTHER)
    assert not lists.item(ListKind.CATEGORY, category("Lead")).lead_enabled


def test_enabling_lead_status_applies_rule_4_and_disabling_keeps_values(crm) -> None:
    new_cat, _ = list_admin.add_item(ListKind.CATEGORY, "Beurscontact", group_id=group("Potentiële klant"))
    a, b = company("Epsilon"), company("Zeta")
    bulk.set_category([a.id, b.id], new_cat.id)
    people = [person(a.id, "Dirk"), person(a.id, "Eva"), person(b.id, "Fien")]
    other = person(company("Eta", "Klant").id, "Gijs")
    assert list_admin.lead_enable_impact(new_cat.id, True) == 3
    changes = list_admin.set_lead_enabled(new_cat.id, True)
    assert [persons.get_person(p.id).lead_status_id for p in people] == [status("Open")] * 3
    assert persons.get_person(other.id).lead_status_id is None
    assert changes.ids("person") == {p.id for p in people}
    persons.save_person(replace(persons.get_person(people[0].id), lead_status_id=status("Gekwalificeerd")))
    assert list_admin.lead_enable_impact(new_cat.id, False) == 3
    assert list_admin.lead_enable_impact(new_cat.id, True) == 0  # already on
    list_admin.set_lead_enabled(new_cat.id, False)
    assert persons.get_person(people[0].id).lead_status_id == status("Gekwalificeerd")  # kept, hidden
    assert persons.lead_status_state(persons.get_person(people[0].id)) == (False, False)


def test_exactly_one_default_lead_status(crm) -> None:
    def defaults() -> list[int]:
        return [r.id for r in LeadStatus.select().where(LeadStatus.is_default == True)]  # noqa: E712

    assert defaults() == [status("Open")]
    list_admin.set_default_lead_status(status("Contact opnemen"))
    assert defaults() == [status("Contact opnemen")]
    with pytest.raises(RuleViolation):
        list_admin.set_hidden(ListKind.LEAD_STATUS, status("Contact opnemen"), True)
    with pytest.raises(RuleViolation):
        list_admin.delete_item(ListKind.LEAD_STATUS, status("Contact opnemen"))
    list_admin.set_hidden(ListKind.LEAD_STATUS, status("Open"), True)
    with pytest.raises(ValidationFailed):  # a hidden status cannot become the default
        list_admin.set_default_lead_status(status("Open"))
    assert defaults() == [status("Contact opnemen")]


def test_only_administrators_change_settings(crm) -> None:
    user, _ = associates.add_associate("Gebruiker Een", AssociateRole.USER)
    session.sign_in(user.id)
    with pytest.raises(PermissionDenied) as info:
        list_admin.add_item(ListKind.BUSINESS, "Sport")
    assert info.value.message.text == list_admin.ADMIN_ONLY
    with pytest.raises(PermissionDenied):
        list_admin.set_lead_enabled(category("Lead"), False)
    assert "Sport" not in names(ListKind.BUSINESS)


def test_subscription_types_in_use_are_hidden_not_merged(crm) -> None:
    a, _ = list_admin.add_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    b, _ = list_admin.add_item(ListKind.SUBSCRIPTION_TYPE, "Uitnodigingen")
    assert not list_admin.can_merge(ListKind.SUBSCRIPTION_TYPE)
    list_admin.merge_items(ListKind.SUBSCRIPTION_TYPE, a.id, b.id)  # unused: simply deleted
    assert "Nieuwsbrief" not in names(ListKind.SUBSCRIPTION_TYPE)
