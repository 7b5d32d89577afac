"""Merging duplicates: fields from either record, everything that hangs off both kept, journaled,
and an undo that restores both records exactly."""

from __future__ import annotations

import pytest

from desktop_crm.db import lists
from desktop_crm.db.connection import database
from desktop_crm.db.journal import history
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.domain.errors import CrmError, NotFound
from desktop_crm.services import companies, list_admin, merge, persons, selections, subscriptions
from tests.services.helpers import category, status


def state(kind: str, *ids: int) -> tuple:
    """Everything a merge may change about these records, to compare before and after an undo."""
    db = database.obj
    cols = ("id, uuid, deleted_at, " + ", ".join(merge.fields(kind)))
    marks = ",".join("?" * len(ids))
    rows = db.execute_sql(f"SELECT {cols} FROM {kind} WHERE id IN ({marks}) ORDER BY id", list(ids)).fetchall()
    link = "company_interest_link" if kind == "company" else "person_interest_link"
    links = db.execute_sql(f"SELECT * FROM {link} WHERE {kind}_id IN ({marks}) ORDER BY 1, 2", list(ids)).fetchall()
    members = db.execute_sql(f"SELECT * FROM selection_member WHERE record_id IN ({marks}) ORDER BY 1, 2",
                             list(ids)).fetchall()
    out = [rows, links, members]
    if kind == "person":
        out.append(db.execute_sql(f"SELECT * FROM subscription WHERE person_id IN ({marks}) ORDER BY 1, 2",
                                  list(ids)).fetchall())
        out.append(db.execute_sql(f"SELECT id, person_id FROM subscription_event WHERE person_id IN ({marks}) "
                                  "ORDER BY id", list(ids)).fetchall())
    else:
        out.append(db.execute_sql(f"SELECT id, company_id, lead_status_id FROM person WHERE company_id IN ({marks}) "
                                  "ORDER BY id", list(ids)).fetchall())
    return tuple(out)


def _two_persons() -> tuple[Person, Person, int]:
    company, _ = companies.save_company(Company(name="Jansen BV", postal_code="1234 AB"))
    interest_a = list_admin.add_item(ListKind.PERSON_INTEREST, "Nieuwsbrief")[0].id
    keep, _ = persons.save_person(Person(company_id=company.id, first_name="Jan", last_name="Jansen",
                                         email="jan@jansen.nl", notes="Klant sinds 2010",
                                         interest_ids=frozenset({interest_a})))
    other, _ = persons.save_person(Person(company_id=company.id, first_name="J.", last_name="Jansen",
                                          mobile="06 12345678", position="Inkoper", notes="Belt liever",
                                          street="Dorpsstraat 1", postal_code="3701ab", city="Zeist"))
    sub_type = (lists.items(ListKind.SUBSCRIPTION_TYPE) or [list_admin.add_item(ListKind.SUBSCRIPTION_TYPE,
                                                                                "Nieuwsbrief")[0]])[0].id
    subscriptions.set_subscription(other.id, sub_type, True, "form")
    subscriptions.set_subscription(other.id, sub_type, False, "email")
    sel = selections.create_static("Nieuwsbrief", "person", [other.id])
    return keep, other, sel


def test_person_merge_keeps_everything_and_undo_restores_both(crm) -> None:
    keep, other, sel = _two_persons()
    before = state("person", keep.id, other.id)
    choices = {"mobile": "other", "position": "other", "notes": "both", "first_name": "keep"}
    changes = merge.merge("person", keep.id, other.id, choices)
    after = persons.get_person(keep.id)
    assert (after.first_name, after.mobile, after.position, after.email) == ("Jan", "+31 6 12345678", "Inkoper",
                                                                              "jan@jansen.nl")
    assert after.notes == "Klant sinds 2010\nBelt liever"
    # The own address is among the fields to choose; the survivor had none, so it takes the other's.
    assert {"street", "postal_code", "city", "country"} <= set(merge.fields("person"))
    assert (after.street, after.postal_code, after.city, after.country) == ("Dorpsstraat 1", "3701 AB", "Zeist", "")
    assert after.uuid == keep.uuid
    with pytest.raises(NotFound):
        persons.get_person(other.id)  # tombstoned
    assert [s.state for s in subscriptions.subscriptions_of(keep.id) if s.state] == ["unsubscribed"]
    assert len(subscriptions.history_of(keep.id)) == 2  # the proof of consent moved along
    members = database.obj.execute_sql("SELECT record_id FROM selection_member WHERE selection_id = ?",
                                       [sel]).fetchall()
    assert members == [(keep.id,)]
    note = history(other.uuid)[0]
    assert (note.op, note.field, note.new_value) == ("delete", "merged_into", f'"{keep.uuid}"')
    assert merge.is_merge(changes.undo)

    merge.undo_merge(changes.undo)
    assert state("person", keep.id, other.id) == before
    with pytest.raises(CrmError):
        merge.undo_merge(changes.undo)


def test_company_merge_moves_persons_and_applies_lead_rules(crm) -> None:
    keep, _ = companies.save_company(Company(name="Bakkerij De Vries", postal_code="1234 AB", city="Utrecht",
                                             category_id=category("Lead")))
    other, _ = companies.save_company(Company(name="Bakkerij de Vries B.V.", postal_code="1234 AB",
                                              kvk="12345678", phone="030 1234567", category_id=category("Klant")))
    anna, _ = persons.save_person(Person(company_id=other.id, first_name="Anna", last_name="de Vries"))
    piet, _ = persons.save_person(Person(company_id=keep.id, first_name="Piet", last_name="de Vries"))
    assert persons.get_person(piet.id).lead_status_id == status("Open")
    before = state("company", keep.id, other.id)
    changes = merge.merge("company", keep.id, other.id)  # defaults: keep's values, the other's where empty
    merged = companies.get_company(keep.id)
    assert (merged.name, merged.kvk, merged.phone, merged.category_id) == (
        "Bakkerij De Vries", "12345678", "+31 30 123 4567", category("Lead"))
    moved = persons.get_person(anna.id)
    assert moved.company_id == keep.id and moved.lead_status_id == status("Open")  # rule 4: entering leads
    merge.undo_merge(changes.undo)
    assert state("company", keep.id, other.id) == before
    assert persons.get_person(anna.id).lead_status_id is None


def test_merge_taking_the_others_category_and_undo(crm) -> None:
    keep, _ = companies.save_company(Company(name="Alfa", category_id=category("Klant")))
    other, _ = companies.save_company(Company(name="Alfa BV", category_id=category("Lead")))
    piet, _ = persons.save_person(Person(company_id=keep.id, first_name="Piet", last_name="Alfa"))
    before = state("company", keep.id, other.id)
    changes = merge.merge("company", keep.id, other.id, {"category_id": "other"})
    assert persons.get_person(piet.id).lead_status_id == status("Open")
    merge.undo_merge(changes.undo)
    assert state("company", keep.id, other.id) == before


def test_merge_refuses_itself_and_missing(crm) -> None:
    keep, other, _ = _two_persons()
    with pytest.raises(CrmError):
        merge.merge("person", keep.id, keep.id)
    persons.delete_person(other.id)
    with pytest.raises(CrmError):
        merge.merge("person", keep.id, other.id)


def test_default_choices() -> None:
    keep = Person(first_name="Jan", last_name="Jansen", email="", notes="a")
    other = Person(first_name="J.", last_name="Jansen", email="j@x.nl", notes="b")
    choices = merge.default_choices("person", keep, other)
    assert (choices["first_name"], choices["email"], choices["notes"]) == ("keep", "other", "both")


def test_default_choices_do_not_mix_two_addresses() -> None:
    keep = Person(last_name="Vries", street="Kerkstraat 1", postal_code="1234 AB", city="Zeist")
    other = Person(last_name="Vries", street="Dorpsstraat 9", city="Utrecht", country="België")
    address = ("street", "postal_code", "city", "country")
    choices = merge.default_choices("person", keep, other)
    assert [choices[n] for n in address] == ["keep"] * 4  # another address: the survivor's, whole
    other = Person(last_name="Vries", postal_code="1234 AB", city="ZEIST", country="Nederland")
    choices = merge.default_choices("person", keep, other)
    assert [choices[n] for n in address] == ["keep", "keep", "keep", "other"]  # the same one: filled in
    choices = merge.default_choices("person", Person(last_name="Vries"), other)
    assert [choices[n] for n in address] == ["keep", "other", "other", "other"]  # none of its own
