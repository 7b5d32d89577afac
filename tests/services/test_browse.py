"""Browsing: rows as the lists show them, the hidden lead status, columns, counts and groups."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import browse, companies, persons
from desktop_crm.services.browse import ListSpec
from tests.services.helpers import category, status


def _col(kind: str, key: str) -> int:
    """The position of a column's value in a browse row (after the id)."""
    return 1 + [c.key for c in browse.columns(kind)].index(key)


@pytest.fixture
def leads(crm: Path) -> dict[str, int]:
    lead_co, _ = companies.save_company(Company(name="Prospect BV", city="Delft", category_id=category("Lead")))
    jan, _ = persons.save_person(Person(first_name="Jan", middle_name="van den", last_name="Berg",
                                        company_id=lead_co.id, email="jan@prospect.nl"))
    kees, _ = persons.save_person(Person(first_name="Kees", last_name="de Vries", company_id=lead_co.id))
    loner, _ = persons.save_person(Person(first_name="Anna", last_name="Bos"))
    return {"company": lead_co.id, "jan": jan.id, "kees": kees.id, "anna": loner.id}


def test_rows_show_the_listed_name_and_company_values(leads: dict[str, int]) -> None:
    row = browse.rows("person", [leads["jan"]])[leads["jan"]]
    assert row[0] == leads["jan"]
    assert row[_col("person", "name")] == "Berg, Jan van den"
    assert row[_col("person", "company")] == "Prospect BV"
    assert row[_col("person", "city")] == "Delft"
    assert row[_col("person", "category")] == "Lead"
    assert row[_col("person", "category_group")] == "Potentiële klant"
    assert row[_col("person", "lead_status")] == "Open"
    assert row[_col("person", "left_company")] is False
    assert row[-1] is False  # the lead status is shown normally
    loner = browse.rows("person", [leads["anna"]])[leads["anna"]]
    assert loner[_col("person", "company")] is None and loner[_col("person", "lead_status")] is None
    assert loner[_col("person", "city")] is None


def test_a_person_without_a_company_is_listed_at_their_own_city(leads: dict[str, int]) -> None:
    anna = persons.get_person(leads["anna"])
    persons.save_person(replace(anna, street="Kerkweg 2", postal_code="3701AA", city="Zeist"))
    row = browse.rows("person", [leads["anna"]])[leads["anna"]]
    assert row[_col("person", "city")] == "Zeist"
    assert {g.label: g.count for g in browse.groups(ListSpec("person"), "city")} == {"Delft": 2, "Zeist": 1}
    by_city = list(browse.sorted_ids(ListSpec("person", sort="city")))
    assert by_city[-1] == leads["anna"]  # Delft, Delft, Zeist


def test_a_hidden_lead_status_is_still_in_the_row_and_marked(leads: dict[str, int]) -> None:
    company = companies.get_company(leads["company"])
    companies.save_company(replace(company, category_id=category("Klant")))
    row = browse.rows("person", [leads["jan"]])[leads["jan"]]
    assert row[_col("person", "lead_status")] == "Open" and row[-1] is True
    spec = ListSpec("person", company_id=leads["company"])
    assert {g.label: g.count for g in browse.groups(spec, "lead_status")} == {"Open": 2}


def test_pages_then_ids(leads: dict[str, int]) -> None:
    spec = ListSpec("person")
    first = browse.first_page(spec, size=2)
    assert first is not None and not first.done
    assert [r[_col("person", "name")] for r in first.rows] == ["Berg, Jan van den", "Bos, Anna"]
    rest = browse.next_page(spec, first.after, size=2)
    assert rest.done and [r[0] for r in rest.rows] == [leads["kees"]]
    assert list(browse.sorted_ids(spec)) == [leads["jan"], leads["anna"], leads["kees"]]
    assert browse.count(spec) == 3
    assert browse.first_page(replace(spec, sort="company")) is None  # not indexed: the worker's job
    assert browse.first_page(replace(spec, text="berg")) is None


def test_groups_by_lead_status_and_members(leads: dict[str, int]) -> None:
    persons.save_person(replace(persons.get_person(leads["kees"]), lead_status_id=status("Gekwalificeerd")))
    spec = ListSpec("person")
    groups = browse.groups(spec, "lead_status")
    assert [(g.label, g.count) for g in groups] == [("Open", 1), ("Gekwalificeerd", 1), (None, 1)]
    assert list(browse.group_ids(spec, "lead_status", groups[0].key)) == [leads["jan"]]
    assert list(browse.group_ids(spec, "lead_status", None)) == [leads["anna"]]
    left = browse.groups(spec, "left_company")
    assert [(g.label, g.count) for g in left] == [(False, 3)]


def test_columns_describe_labels_and_abilities(crm: Path) -> None:
    person = {c.key: c for c in browse.columns("person")}
    assert list(person)[:3] == ["name", "first_name", "last_name"]
    assert person["name"].indexed_sort and person["last_name"].indexed_sort and not person["company"].indexed_sort
    assert person["lead_status"].field == "lead_status_id" and person["lead_status"].groupable
    assert person["category_group"].groupable and person["city"].groupable and not person["email"].groupable
    company = {c.key: c for c in browse.columns("company")}
    assert set(company) == {"name", "city", "postal_code", "category", "category_group", "business", "phone",
                            "email", "our_contact", "employees", "created", "updated"}
    assert company["employees"].value_type == "int" and company["created"].value_type == "datetime"


def test_which_changes_a_list_shows() -> None:
    spec = ListSpec("person")
    assert browse.affects("person", ChangeSet().add("company", 1))
    assert not browse.affects("company", ChangeSet().add("person", 1))
    assert browse.affects("company", ChangeSet().add("business", 1))
    assert browse.changes_order(spec, ChangeSet().add("person", 1))
    assert not browse.changes_order(spec, ChangeSet().add("company", 1))  # only values in rows
    assert browse.changes_order(replace(spec, sort="company"), ChangeSet().add("company", 1))
    assert browse.changes_order(spec, ChangeSet().add("company", 1), group="city")
