"""Saving persons: their category comes from the company; lead status follows the lead rules."""

from __future__ import annotations

from dataclasses import replace

from desktop_crm.db import lists, records
from desktop_crm.db.journal import Action, Actor, action
from desktop_crm.domain import lead_rules
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind, Person, column_fields
from desktop_crm.domain.errors import FieldError, NotFound, RuleViolation, StaleRecord, ValidationFailed
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.lead_rules import CategoryRule
from desktop_crm.domain.messages import Message
from desktop_crm.domain.names import person_sort_key
from desktop_crm.domain.validation import clean_person
from desktop_crm.services import session
from desktop_crm.services.fields import check_list_choice, journal_diff, journal_fields, required_fields

KIND = "person"


def get_person(person_id: int) -> Person:
    person = records.get_person(person_id)
    if person is None:
        raise NotFound(Message(m.RECORD_NOT_FOUND))
    return person


def category_of_company(company_id: int | None) -> CategoryRule | None:
    """Rule 2: a person's category is their company's."""
    if company_id is None:
        return None
    company = records.get_company(company_id)
    return lists.category_rule(company.category_id) if company else None


def lead_status_state(person: Person) -> tuple[bool, bool]:
    """(visible, editable) of the person's lead status field, for the signed-in associate."""
    rule = category_of_company(person.company_id)
    visible = lead_rules.lead_status_visible(rule)
    return visible, lead_rules.lead_status_editable(rule, not session.can_edit())


def save_person(person: Person, actor: Actor | None = None) -> tuple[Person, ChangeSet]:
    """Create or update a person. Raises ValidationFailed, StaleRecord or RuleViolation."""
    actor = actor or session.current()
    session.require_editor(actor)
    person, errors = clean_person(person, required_fields(KIND))
    if errors:
        raise ValidationFailed(errors)
    changes = ChangeSet()
    with action(actor) as act:
        old = records.get_person(person.id) if person.id is not None else None
        if person.id is not None and old is None:
            raise NotFound(Message(m.RECORD_NOT_FOUND))
        if person.company_id is not None and records.get_company(person.company_id) is None:
            raise ValidationFailed([FieldError("company_id", Message(m.RECORD_NOT_FOUND))])
        error = check_list_choice(ListKind.LEAD_STATUS, "lead_status_id", person.lead_status_id,
                                  old.lead_status_id if old else None)
        if error:
            raise ValidationFailed([error])
        if old is None:
            person = _create(act, person)
        else:
            if old.version != person.version:
                raise StaleRecord(Message(m.STALE_RECORD))
            person = _update(act, old, person)
        changes.add(KIND, person.id)
    return person, changes


def _values(person: Person) -> dict[str, object]:
    values = {name: getattr(person, name) for name in column_fields(Person)}
    values["sort_key"] = person_sort_key(person.last_name, person.middle_name, person.first_name)
    return values


def _create(act: Action, person: Person) -> Person:
    rule = category_of_company(person.company_id)
    try:
        status = lead_rules.lead_status_for_new_person(rule, person.lead_status_id, lists.default_lead_status())
    except RuleViolation as exc:
        raise ValidationFailed([FieldError("lead_status_id", exc.message)]) from exc
    person = replace(person, lead_status_id=status)
    uuid = new_uuid()
    person_id = records.insert(KIND, _values(person), uuid=uuid, at=act.at, actor_id=act.actor.id)
    records.set_person_interests(person_id, frozenset(), person.interest_ids)
    act.log(KIND, uuid, "create", None, None, journal_fields(KIND, person))
    return replace(person, id=person_id, uuid=uuid, version=1)


def _update(act: Action, old: Person, new: Person) -> Person:
    old_rule, new_rule = category_of_company(old.company_id), category_of_company(new.company_id)
    if old.company_id != new.company_id:
        # Moving to another company is a category move for this person (rules 4 and 5).
        status = lead_rules.lead_status_after_company_move(old_rule, new_rule, old.lead_status_id,
                                                           lists.default_lead_status())
        if new.lead_status_id != old.lead_status_id and lead_rules.lead_status_visible(new_rule):
            status = new.lead_status_id  # the user chose one on the card at the same time
        new = replace(new, lead_status_id=status)
    else:
        try:
            lead_rules.check_lead_status_edit(new_rule, old.lead_status_id, new.lead_status_id)
        except RuleViolation as exc:
            raise ValidationFailed([FieldError("lead_status_id", exc.message)]) from exc
    diff = journal_diff(KIND, old, new)
    if not diff:
        return old
    assert old.id is not None
    records.update(KIND, old.id, _values(new), expected_version=old.version, at=act.at, actor_id=act.actor.id)
    records.set_person_interests(old.id, old.interest_ids, new.interest_ids)
    act.log_changes(KIND, old.uuid, "update", diff)
    return replace(new, uuid=old.uuid, version=old.version + 1)


def delete_person(person_id: int, actor: Actor | None = None) -> ChangeSet:
    from desktop_crm.services.trash import delete_records

    return delete_records({KIND: [person_id]}, actor)
