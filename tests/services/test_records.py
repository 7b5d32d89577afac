"""Saving companies and persons: validation, the lead rules end to end, the journal, undo, concurrency."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_crm.db import journal
from desktop_crm.db.models import Associate, Journal
from desktop_crm.domain.entities import Company, Person
from desktop_crm.domain.errors import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from desktop_crm.services import companies, persons, session, trash
from tests.services.helpers import category, status


def company(name: str = "Bakkerij de Vries", cat: str | None = None, **kw) -> Company:
    saved, _ = companies.save_company(Company(name=name, category_id=category(cat) if cat else None, **kw))
    return saved


def person(company_id: int | None, first: str = "Jan", last: str = "Berg", **kw) -> Person:
    saved, _ = persons.save_person(Person(company_id=company_id, first_name=first, last_name=last, **kw))
    return saved


def test_invalid_input_changes_nothing_and_names_every_field(crm) -> None:
    with pytest.raises(ValidationFailed) as info:
        companies.save_company(Company(name=" ", kvk="123", email="jan@", postal_code="12AB", country="NL"))
    assert [e.field for e in info.value.errors] == ["name", "kvk", "postal_code", "email"]
    assert Journal.select().where(Journal.record_kind == "company").count() == 0


def test_new_lead_starts_open_and_other_persons_have_no_status(crm) -> None:
    lead_co = company("Prospect BV", "Lead")
    customer_co = company("Klant BV", "Klant")
    assert person(lead_co.id).lead_status_id == status("Open")
    assert person(customer_co.id, "Piet").lead_status_id is None
    with pytest.raises(ValidationFailed) as info:
        person(customer_co.id, "Kees", lead_status_id=status("Gekwalificeerd"))
    assert info.value.errors[0].field == "lead_status_id"


def test_company_moves_apply_rules_4_and_5(crm) -> None:
    co = company("Van der Berg Transport", "Klant")
    a = person(co.id, "Anna")
    b = person(co.id, "Bram")
    assert (a.lead_status_id, b.lead_status_id) == (None, None)

    # Rule 4: into a lead-enabled category: everybody starts Open.
    co, changes = companies.save_company(replace(co, category_id=category("Lead")))
    assert persons.get_person(a.id).lead_status_id == status("Open")
    assert changes.ids("person") == {a.id, b.id}

    # Rule 6: persons of one company can differ.
    a2, _ = persons.save_person(replace(persons.get_person(a.id), lead_status_id=status("Gekwalificeerd")))
    assert persons.get_person(b.id).lead_status_id == status("Open")

    # Moving between two lead-enabled categories keeps each person's status.
    co, _ = companies.save_company(replace(co, category_id=category("Kans")))
    assert persons.get_person(a.id).lead_status_id == status("Gekwalificeerd")

    # Rule 5: out of leads: values kept, hidden, read-only.
    co, _ = companies.save_company(replace(co, category_id=category("Klant")))
    hidden = persons.get_person(a.id)
    assert hidden.lead_status_id == status("Gekwalificeerd")
    assert persons.lead_status_state(hidden) == (False, False)
    with pytest.raises(ValidationFailed):
        persons.save_person(replace(hidden, lead_status_id=status("Open")))
    # Editing other fields of that person keeps the hidden value.
    kept, _ = persons.save_person(replace(hidden, position="Inkoper"))
    assert kept.lead_status_id == status("Gekwalificeerd")

    # Rule 4 again, whatever they had before.
    companies.save_company(replace(co, category_id=category("Marketinggekwalificeerde lead")))
    assert persons.get_person(a.id).lead_status_id == status("Open")


def test_journal_records_fields_with_who_and_ordered_clock(crm) -> None:
    co = company("Jansen Installatie", "Lead", city="Utrecht")
    p = person(co.id, "Jan", "Jansen")
    persons.save_person(replace(persons.get_person(p.id), lead_status_id=status("Contact opnemen")))
    entries = journal.history(p.uuid)
    newest = entries[0]
    assert (newest.op, newest.field) == ("update", "lead_status_id")
    from desktop_crm.db import lists
    from desktop_crm.domain.entities import ListKind

    assert journal.decode(newest.old_value) == lists.uuid_of(ListKind.LEAD_STATUS, status("Open"))
    assert journal.decode(newest.new_value) == lists.uuid_of(ListKind.LEAD_STATUS, status("Contact opnemen"))
    admin = Associate.get()
    assert newest.associate_uuid == admin.uuid and newest.associate_name == admin.name
    all_rows = list(Journal.select().order_by(Journal.seq))
    stamps = [row.hlc for row in all_rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_clock_stays_ordered_when_the_pc_clock_jumps_back(crm, monkeypatch) -> None:
    company("Eerste")
    first = Journal.select().order_by(Journal.seq.desc()).first().hlc
    import time as time_module

    real = time_module.time
    monkeypatch.setattr(time_module, "time", lambda: real() - 3600 * 24)
    company("Tweede")
    second = Journal.select().order_by(Journal.seq.desc()).first().hlc
    assert second > first


def test_every_save_increments_version_and_stale_save_is_refused(crm) -> None:
    co = company("Versie BV")
    mine = companies.get_company(co.id)
    theirs = companies.get_company(co.id)
    saved, _ = companies.save_company(replace(theirs, city="Gouda"))
    assert saved.version == 2
    with pytest.raises(StaleRecord):
        companies.save_company(replace(mine, city="Delft"))
    assert companies.get_company(co.id).city == "Gouda"


def test_delete_is_soft_covers_persons_and_can_be_undone(crm) -> None:
    co = company("Weg BV")
    p = person(co.id)
    changes = companies.delete_company(co.id)
    with pytest.raises(NotFound):
        companies.get_company(co.id)
    with pytest.raises(NotFound):
        persons.get_person(p.id)
    restored = trash.undo_delete(changes.undo)
    assert restored.ids("company") == {co.id} and restored.ids("person") == {p.id}
    assert companies.get_company(co.id).name == "Weg BV"
    assert persons.get_person(p.id).first_name == "Jan"
    ops = [e.op for e in journal.history(co.uuid)]
    assert ops[:3] == ["restore", "delete", "create"]


def test_a_failing_action_leaves_nothing_behind(crm, monkeypatch) -> None:
    co = company("Heel BV", "Klant")
    person(co.id)
    before = Journal.select().count()
    from desktop_crm.services import lead_effects

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(lead_effects, "reset_lead_status", boom)
    with pytest.raises(OSError):
        companies.save_company(replace(co, category_id=category("Lead")))
    assert companies.get_company(co.id).category_id == category("Klant")
    assert companies.get_company(co.id).version == 1
    assert Journal.select().count() == before


def test_read_only_associate_cannot_change_anything(crm) -> None:
    reader = Associate.create(uuid="r-1", created_at="x", updated_at="x", name="Lees Alleen", role="read_only")
    session.sign_in(reader.id)
    with pytest.raises(PermissionDenied):
        companies.save_company(Company(name="Mag niet"))
    session.sign_out()


def test_hidden_list_item_stays_but_cannot_be_chosen_anew(crm) -> None:
    from desktop_crm.db.models import Category

    co = company("Verborgen BV", "Partner")
    Category.update(hidden=True).where(Category.id == category("Partner")).execute()
    kept, _ = companies.save_company(replace(co, city="Zwolle"))
    assert kept.category_id == category("Partner")
    with pytest.raises(ValidationFailed):
        company("Nieuw BV", "Partner")


def test_dutch_conventions_on_save(crm) -> None:
    co = company("Müller & Zn", postal_code="3511ab", country="Nederland", phone="030-1234567")
    assert co.postal_code == "3511 AB"
    assert co.phone == "+31 30 123 4567"
    p = person(co.id, "Jan", "Berg", middle_name="v.d.")
    assert p.middle_name == "van der"
