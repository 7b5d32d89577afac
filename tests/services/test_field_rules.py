"""Field rules: mandatory fields block a save everywhere with one message; hidden fields keep their data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_crm.db.models import Journal
from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import AssociateRole, Company, Person
from desktop_crm.domain.errors import PermissionDenied, RuleViolation, ValidationFailed
from desktop_crm.services import associates, companies, field_rules, fields, persons, session


def rule(kind: str, name: str) -> field_rules.FieldRule:
    return next(r for r in field_rules.field_rules(kind) if r.name == name)


def test_defaults_show_everything_and_require_only_the_company_name(crm) -> None:
    assert all(r.shown for r in field_rules.field_rules("company") + field_rules.field_rules("person"))
    assert [r.name for r in field_rules.field_rules("company") if r.required] == ["name"]
    assert not any(r.required for r in field_rules.field_rules("person"))
    name = rule("company", "name")
    assert not name.can_hide and not name.can_require


def test_mandatory_field_blocks_a_save_with_the_same_message(crm) -> None:
    field_rules.set_field_rule("company", "city", required=True)
    with pytest.raises(ValidationFailed) as info:
        companies.save_company(Company(name="Alfa"))
    assert [(e.field, e.message.text, e.message.params) for e in info.value.errors] == [
        ("city", m.REQUIRED, {"label": "City"})]
    companies.save_company(Company(name="Alfa", city="Utrecht"))
    field_rules.set_field_rule("person", "email", required=True)
    with pytest.raises(ValidationFailed) as info:
        persons.save_person(Person(first_name="Bea"))
    assert info.value.errors[0].message.text == m.REQUIRED and info.value.errors[0].field == "email"
    field_rules.set_field_rule("person", "email", required=False)
    persons.save_person(Person(first_name="Bea"))


def test_mandatory_implies_shown_and_hidden_implies_optional(crm) -> None:
    field_rules.set_field_rule("company", "website", shown=False)
    assert "website" not in fields.shown_fields("company")
    field_rules.set_field_rule("company", "website", required=True)
    assert rule("company", "website").shown and rule("company", "website").required
    field_rules.set_field_rule("company", "website", shown=False)
    assert not rule("company", "website").shown and not rule("company", "website").required
    assert "website" not in fields.required_fields("company")


def test_fixed_fields_refuse(crm) -> None:
    with pytest.raises(RuleViolation):
        field_rules.set_field_rule("company", "name", shown=False)
    with pytest.raises(RuleViolation):
        field_rules.set_field_rule("company", "name", required=False)
    with pytest.raises(RuleViolation):
        field_rules.set_field_rule("person", "left_company", required=True)
    with pytest.raises(ValueError):
        field_rules.set_field_rule("person", "lead_status_id", shown=False)


def test_hidden_fields_keep_their_data(crm) -> None:
    co, _ = companies.save_company(Company(name="Gamma", kvk="12345678", notes="Belangrijk"))
    field_rules.set_field_rule("company", "kvk", shown=False)
    field_rules.set_field_rule("company", "notes", shown=False)
    again = companies.get_company(co.id)
    assert (again.kvk, again.notes) == ("12345678", "Belangrijk")
    saved, _ = companies.save_company(replace(again, city="Delft"))  # a save from a card that hides them
    assert (companies.get_company(co.id).kvk, companies.get_company(co.id).notes) == ("12345678", "Belangrijk")
    assert saved.city == "Delft"


def test_rules_are_stored_in_the_database_and_journaled(crm) -> None:
    field_rules.set_field_rule("person", "position", required=True)
    row = Journal.select().where(Journal.record_kind == "setting").order_by(Journal.seq.desc()).first()
    assert row.record_uuid == "required_fields.person" and '"position"' in row.new_value
    assert field_rules.set_field_rule("person", "position", required=True).changed == {}


def test_only_administrators_set_field_rules(crm) -> None:
    user, _ = associates.add_associate("Lezer", AssociateRole.READ_ONLY)
    session.sign_in(user.id)
    with pytest.raises(PermissionDenied):
        field_rules.set_field_rule("company", "city", required=True)
