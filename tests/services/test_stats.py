"""Counts of persons per lead status: visible values only, hidden ones (rule 5) apart."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from desktop_crm.db.connection import database
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, demo, persons, stats
from tests.services.helpers import category, status

STATUS_NAMES = ["Open", "Contact opnemen", "Gekwalificeerd", "Gediskwalificeerd", "Opnieuw benaderen"]


def test_every_status_is_listed_in_order_with_zero_counts(crm):
    assert stats.persons_per_lead_status() == [(name, 0) for name in STATUS_NAMES]
    assert stats.hidden_lead_status_counts() == [(name, 0) for name in STATUS_NAMES]


def test_counts_follow_the_company_category(crm):
    lead, _ = companies.save_company(Company(name="Bakkerij De Vries", category_id=category("Lead")))
    jan, _ = persons.save_person(Person(company_id=lead.id, first_name="Jan", last_name="Vries"))
    persons.save_person(Person(company_id=lead.id, first_name="Els", last_name="Bos",
                               lead_status_id=status("Gekwalificeerd")))
    persons.save_person(Person(first_name="Loes", last_name="Zonder"))  # no company: no lead status
    assert dict(stats.persons_per_lead_status()) == {**dict.fromkeys(STATUS_NAMES, 0), "Open": 1,
                                                     "Gekwalificeerd": 1}
    # Rule 5: the company becomes a customer; the values stay, hidden, and leave the lead counts.
    lead = companies.get_company(lead.id)
    companies.save_company(replace(lead, category_id=category("Klant")))
    assert dict(stats.persons_per_lead_status()) == dict.fromkeys(STATUS_NAMES, 0)
    assert dict(stats.hidden_lead_status_counts()) == {**dict.fromkeys(STATUS_NAMES, 0), "Open": 1,
                                                       "Gekwalificeerd": 1}
    # Deleted persons are not counted.
    persons.delete_person(jan.id)
    assert dict(stats.hidden_lead_status_counts())["Open"] == 0


def test_counts_match_a_hand_count_on_demo_data(crm):
    demo.generate(60, 600, seed=11)
    database.obj.execute_sql("UPDATE person SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id % 17 = 0")
    rows = database.obj.execute_sql("""
        SELECT p.lead_status_id, p.deleted_at, k.lead_enabled, g.role
        FROM person p LEFT JOIN company c ON c.id = p.company_id
        LEFT JOIN category k ON k.id = c.category_id LEFT JOIN category_group g ON g.id = k.group_id""").fetchall()
    names = dict(database.obj.execute_sql("SELECT id, name FROM lead_status").fetchall())
    visible, hidden = Counter(), Counter()
    for status_id, deleted_at, lead_enabled, role in rows:
        if status_id is None or deleted_at is not None:
            continue
        (visible if lead_enabled and role == "prospect" else hidden)[names[status_id]] += 1
    assert stats.persons_per_lead_status() == [(name, visible[name]) for name in STATUS_NAMES]
    assert stats.hidden_lead_status_counts() == [(name, hidden[name]) for name in STATUS_NAMES]
    assert sum(visible.values()) > 100 and sum(hidden.values()) > 0
