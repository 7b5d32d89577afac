"""Bulk updates: one transaction, the lead rules respected, cancel writes nothing, undo reverts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_crm.db.models import Journal, PersonInterest
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import bulk, companies, persons, undo
from desktop_crm.services.bulk import Cancelled
from tests.services.helpers import category, status


def make(crm_names: list[tuple[str, str | None]]) -> list[Company]:
    out = []
    for name, cat in crm_names:
        out.append(companies.save_company(Company(name=name, category_id=category(cat) if cat else None))[0])
    return out


def add_person(company_id: int, first: str) -> Person:
    return persons.save_person(Person(company_id=company_id, first_name=first, last_name="Jansen"))[0]


def test_set_category_moves_companies_and_applies_rule_4(crm) -> None:
    a, b = make([("Alfa", "Klant"), ("Beta", None)])
    pa = add_person(a.id, "Anna")
    result = bulk.set_category([a.id, b.id], category("Lead"))
    assert result.changed == 2
    assert persons.get_person(pa.id).lead_status_id == status("Open")
    assert companies.get_company(b.id).category_id == category("Lead")
    undone = undo.undo_action(result.changes.undo)
    assert companies.get_company(a.id).category_id == category("Klant")
    assert companies.get_company(b.id).category_id is None
    assert persons.get_person(pa.id).lead_status_id is None
    assert undone.ids("company") == {a.id, b.id}


def test_set_lead_status_only_where_allowed(crm) -> None:
    lead, klant = make([("Lead BV", "Lead"), ("Klant BV", "Klant")])
    p1, p2 = add_person(lead.id, "Piet"), add_person(klant.id, "Kees")
    result = bulk.set_lead_status([p1.id, p2.id], status("Gekwalificeerd"))
    assert (result.changed, result.skipped) == (1, 1)
    assert persons.get_person(p1.id).lead_status_id == status("Gekwalificeerd")
    assert persons.get_person(p2.id).lead_status_id is None


def test_cancel_writes_nothing(crm) -> None:
    cos = make([(f"Bedrijf {i}", "Klant") for i in range(3)])
    before = Journal.select().count()
    with pytest.raises(Cancelled):
        bulk.set_category([c.id for c in cos], category("Partner"), progress=lambda done, total: False)
    assert all(companies.get_company(c.id).category_id == category("Klant") for c in cos)
    assert Journal.select().count() == before


def test_add_and_remove_interest_in_bulk_with_undo(crm) -> None:
    from desktop_crm.domain.ids import new_uuid

    interest = PersonInterest.create(uuid=new_uuid(), created_at="x", updated_at="x", name="Golf")
    (co,) = make([("Gamma", None)])
    people = [add_person(co.id, n) for n in ("Ada", "Bob", "Cor")]
    persons.save_person(replace(persons.get_person(people[0].id), interest_ids=frozenset({interest.id})))
    result = bulk.change_interest("person", [p.id for p in people], interest.id, add=True)
    assert result.changed == 2
    assert all(interest.id in persons.get_person(p.id).interest_ids for p in people)
    undo.undo_action(result.changes.undo)
    assert [interest.id in persons.get_person(p.id).interest_ids for p in people] == [True, False, False]
    removed = bulk.change_interest("person", [p.id for p in people], interest.id, add=False)
    assert removed.changed == 1 and not persons.get_person(people[0].id).interest_ids


def test_undo_never_overwrites_a_later_edit(crm) -> None:
    (co,) = make([("Delta", "Klant")])
    result = bulk.set_category([co.id], category("Partner"))
    companies.save_company(replace(companies.get_company(co.id), category_id=category("Leverancier")))
    undo.undo_action(result.changes.undo)
    assert companies.get_company(co.id).category_id == category("Leverancier")


def test_undo_of_a_delete_and_of_a_create(crm) -> None:
    (co,) = make([("Epsilon", None)])
    deleted = companies.delete_company(co.id)
    undo.undo_action(deleted.undo)
    assert companies.get_company(co.id).name == "Epsilon"


def test_bulk_subscribe_keeps_history_and_undo_adds_to_it(crm) -> None:
    from desktop_crm.db.models import SubscriptionType
    from desktop_crm.domain.ids import new_uuid
    from desktop_crm.services import subscriptions as subs

    letter = SubscriptionType.create(uuid=new_uuid(), created_at="x", updated_at="x", name="Nieuwsbrief")
    (co,) = make([("Zeta", None)])
    a, b = add_person(co.id, "Ada"), add_person(co.id, "Bob")
    subs.set_subscription(a.id, letter.id, True, "form")
    result = bulk.change_subscription([a.id, b.id], letter.id, True, "phone")
    assert result.changed == 1  # Ada was subscribed already
    state = {s.type_id: s.state for s in subs.subscriptions_of(b.id)}
    assert state[letter.id] == subs.SUBSCRIBED
    undo.undo_action(result.changes.undo)
    state = {s.type_id: s.state for s in subs.subscriptions_of(b.id)}
    assert state[letter.id] not in (subs.SUBSCRIBED, subs.UNSUBSCRIBED)  # never asked again
    assert [e.state for e in subs.history_of(b.id, letter.id)] == ["unsubscribed", "subscribed"]
    off = bulk.change_subscription([a.id], letter.id, False, "email")
    assert off.changed == 1 and len(subs.history_of(a.id, letter.id)) == 2
