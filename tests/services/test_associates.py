"""Associates, roles, passwords (hashed, never stored in clear) and the sign-in."""

from __future__ import annotations

import pytest

from desktop_crm.db.models import Associate, Journal
from desktop_crm.domain.entities import AssociateRole, Company, ListKind
from desktop_crm.domain.errors import PermissionDenied, RuleViolation, ValidationFailed
from desktop_crm.domain.passwords import hash_password, verify_password
from desktop_crm.services import associates, companies, list_admin, session


def test_password_hash_is_salted_and_verifies() -> None:
    one, two = hash_password("geheim"), hash_password("geheim")
    assert one != two and "geheim" not in one and one.startswith("scrypt$")
    assert verify_password("geheim", one) and not verify_password("Geheim", one)
    assert not verify_password("geheim", "") and not verify_password("geheim", "scrypt$x$y")


def test_sign_in_with_and_without_password(crm) -> None:
    anna, _ = associates.add_associate("Anna", AssociateRole.USER, login="anna")
    bob, _ = associates.add_associate("Bob", AssociateRole.READ_ONLY)
    associates.set_password(anna.id, "tulp123")
    stored = Associate.get_by_id(anna.id).password_hash
    assert stored and "tulp123" not in stored
    assert associates.needs_password(anna.id) and not associates.needs_password(bob.id)
    with pytest.raises(PermissionDenied) as info:
        associates.sign_in(anna.id, "roos")
    assert info.value.message.text == associates.WRONG_PASSWORD
    assert associates.sign_in(anna.id, "tulp123").name == "Anna"
    assert session.current().name == "Anna" and session.can_edit() and not session.is_administrator()
    assert associates.sign_in(bob.id).name == "Bob" and not session.can_edit()
    journal = Journal.select().where(Journal.field == "password").first()
    assert journal.new_value == "true" and "tulp" not in (journal.old_value or "") + journal.new_value


def test_the_signed_in_associate_stamps_the_journal(crm) -> None:
    anna, _ = associates.add_associate("Anna", AssociateRole.USER)
    associates.sign_in(anna.id)
    co, _ = companies.save_company(Company(name="Stempel BV"))
    row = Journal.select().where(Journal.record_uuid == co.uuid).first()
    assert (row.associate_uuid, row.associate_name) == (anna.uuid, "Anna")


def test_hidden_associates_cannot_sign_in_and_remembered_one_comes_back(crm) -> None:
    anna, _ = associates.add_associate("Anna")
    assert associates.sign_in_remembered(anna.uuid).id == anna.id
    session.sign_out()
    list_admin.set_hidden(ListKind.ASSOCIATE, anna.id, True)
    assert associates.sign_in_remembered(anna.uuid) is None
    assert associates.sign_in_remembered("not-a-uuid") is None
    assert anna.id not in [a.id for a in associates.sign_in_choices()]
    with pytest.raises(PermissionDenied):
        associates.sign_in(anna.id)


def test_always_one_administrator(crm) -> None:
    (admin,) = associates.associates()
    assert admin.role == AssociateRole.ADMINISTRATOR
    with pytest.raises(RuleViolation):
        associates.set_role(admin.id, AssociateRole.USER)
    second, _ = associates.add_associate("Tweede", AssociateRole.ADMINISTRATOR)
    with pytest.raises(RuleViolation):  # not yourself
        list_admin.delete_item(ListKind.ASSOCIATE, admin.id, actor=session.current())
    associates.sign_in(second.id)
    with pytest.raises(RuleViolation):
        list_admin.set_hidden(ListKind.ASSOCIATE, second.id, True)
    associates.set_role(admin.id, AssociateRole.USER)
    with pytest.raises(RuleViolation):
        associates.set_role(second.id, AssociateRole.READ_ONLY)


def test_own_role_change_takes_effect_at_once(crm) -> None:
    (admin,) = associates.associates()
    second, _ = associates.add_associate("Tweede", AssociateRole.ADMINISTRATOR)
    associates.sign_in(admin.id)
    associates.set_role(admin.id, AssociateRole.USER)
    assert not session.is_administrator()


def test_logins_are_unique_and_passwords_are_admin_or_own(crm) -> None:
    anna, _ = associates.add_associate("Anna", login="anna")
    bob, _ = associates.add_associate("Bob")
    with pytest.raises(ValidationFailed):
        associates.set_login(bob.id, "ANNA")
    associates.sign_in(bob.id)
    associates.set_password(bob.id, "eigen")  # own password
    with pytest.raises(PermissionDenied):
        associates.set_password(anna.id, "niet-van-mij")
    associates.set_password(bob.id, None)
    assert not associates.needs_password(bob.id)


def test_workplace_setting(crm) -> None:
    assert associates.workplace() == associates.LAPTOP
    associates.set_workplace(associates.SHARED)
    assert associates.workplace() == associates.SHARED
    with pytest.raises(ValueError):
        associates.set_workplace("kantoor")
