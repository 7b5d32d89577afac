"""A record's history reads like what the user did: names instead of UUIDs, newest first."""

from __future__ import annotations

from dataclasses import replace

from desktop_crm.db.models import Associate
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.services import companies, persons, pickers, trash
from desktop_crm.services import history as h
from desktop_crm.services import subscriptions as subs
from tests.services.helpers import category, list_id, status
from tests.services.test_subscriptions import add_list_item


def test_person_history_resolves_references(crm) -> None:
    co, _ = companies.save_company(Company(name="Bouwbedrijf Smit", category_id=category("Lead")))
    wifi = add_list_item(ListKind.PERSON_INTEREST, "Wifi")
    cloud = add_list_item(ListKind.PERSON_INTEREST, "Cloud")
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    p, _ = persons.save_person(Person(company_id=co.id, first_name="Jan", last_name="Smit"))
    p, _ = persons.save_person(replace(p, lead_status_id=status("Gekwalificeerd"), left_company=True,
                                       interest_ids=frozenset({wifi, cloud})))
    subs.set_subscription(p.id, news, True, "form")
    entries = h.record_history("person", p.id)
    admin = Associate.get().name
    assert all(e.who == admin for e in entries)
    assert entries[0].field == "subscriptions" and entries[0].subject == "Nieuwsbrief"
    assert (entries[0].old, entries[0].new, entries[0].value_kind) == (None, "subscribed", h.SUBSCRIPTION)
    by_field = {e.field: e for e in entries if e.op == "update"}
    assert (by_field["lead_status_id"].old, by_field["lead_status_id"].new) == ("Open", "Gekwalificeerd")
    assert (by_field["interest_ids"].old, by_field["interest_ids"].new) == (None, "Cloud, Wifi")
    assert (by_field["left_company"].old, by_field["left_company"].new) == (False, True)
    assert by_field["left_company"].value_kind == h.BOOL
    create = entries[-1]
    assert create.op == "create"
    snapshot = {f.field: f.value for f in create.snapshot}
    assert snapshot["company_id"] == "Bouwbedrijf Smit" and snapshot["lead_status_id"] == "Open"
    assert entries[0].at >= create.at and create.at.tzinfo is not None


def test_company_history_with_delete_and_restore(crm) -> None:
    co, _ = companies.save_company(Company(name="Smit", category_id=category("Klant")))
    co, _ = companies.save_company(replace(co, category_id=category("Lead"), business_id=list_id(ListKind.BUSINESS,
                                                                                                   "Horeca")))
    changes = companies.delete_company(co.id)
    trash.undo_delete(changes.undo)
    entries = h.record_history("company", co.id)
    assert [e.op for e in entries[:2]] == ["restore", "delete"]
    updates = {e.field: (e.old, e.new) for e in entries if e.op == "update"}
    assert updates == {"category_id": ("Klant", "Lead"), "business_id": (None, "Horeca")}
    assert h.record_history("company", 12345) == []


def test_find_companies_by_prefix_and_company_persons(crm) -> None:
    berg, _ = companies.save_company(Company(name="Van den Berg Transport", city="Zwolle"))
    companies.save_company(Company(name="Bergman Bakkers", city="Ede"))
    companies.save_company(Company(name="Müller Bouw", city="Venlo"))
    gone, _ = companies.save_company(Company(name="Bergen Weg"))
    companies.delete_company(gone.id)
    assert [name for _, name, _ in pickers.find_companies("berg")] == ["Bergman Bakkers", "Van den Berg Transport"]
    assert pickers.find_companies("muller") == [(pickers.find_companies("mül")[0][0], "Müller Bouw", "Venlo")]
    assert pickers.find_companies("van berg") == [(berg.id, "Van den Berg Transport", "Zwolle")]
    assert pickers.find_companies('"') == [] and pickers.find_companies("") == []
    assert len(pickers.find_companies("b", limit=1)) == 1
    persons.save_person(Person(company_id=berg.id, first_name="Piet", middle_name="van", last_name="Dam"))
    persons.save_person(Person(company_id=berg.id, first_name="Anna", last_name="Bakker", position="Inkoper"))
    assert [(r.name, r.position) for r in pickers.company_persons(berg.id)] == [("Anna Bakker", "Inkoper"),
                                                                                ("Piet van Dam", "")]
    summary = pickers.company_summary(berg.id)
    assert summary is not None and (summary.category_name, summary.group_name) == ("", "")
    companies.save_company(replace(companies.get_company(berg.id), category_id=category("Lead")))
    summary = pickers.company_summary(berg.id)
    assert (summary.category_name, summary.group_name) == ("Lead", "Potentiële klant")
    assert pickers.company_summary(None) is None
