"""Saving, deleting and restoring companies, applying the lead rules to their persons."""

from __future__ import annotations

from dataclasses import replace

from desktop_crm.db import lists, records
from desktop_crm.db.journal import Action, Actor, action
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import Company, ListKind, column_fields
from desktop_crm.domain.errors import NotFound, StaleRecord, ValidationFailed
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.messages import Message
from desktop_crm.domain.names import company_sort_key
from desktop_crm.domain.validation import clean_company
from desktop_crm.services import session
from desktop_crm.services.fields import check_list_choice, journal_diff, journal_fields, required_fields
from desktop_crm.services.lead_effects import apply_company_move

KIND = "company"
_LIST_OF = {"category_id": ListKind.CATEGORY, "business_id": ListKind.BUSINESS,
            "our_contact_id": ListKind.ASSOCIATE}


def get_company(company_id: int) -> Company:
    company = records.get_company(company_id)
    if company is None:
        raise NotFound(Message(m.RECORD_NOT_FOUND))
    return company


def save_company(company: Company, actor: Actor | None = None) -> tuple[Company, ChangeSet]:
    """Create (``id`` None) or update a company; raises ValidationFailed, StaleRecord or RuleViolation.

    ``company.version`` is the version the user started editing from: if the row has moved on
    since, nothing is written (optimistic concurrency).
    """
    actor = actor or session.current()
    session.require_editor(actor)
    company, errors = clean_company(company, required_fields(KIND))
    if errors:
        raise ValidationFailed(errors)
    changes = ChangeSet()
    with action(actor) as act:
        old = records.get_company(company.id) if company.id is not None else None
        if company.id is not None and old is None:
            raise NotFound(Message(m.RECORD_NOT_FOUND))
        errors = [err for name, kind in _LIST_OF.items()
                  if (err := check_list_choice(kind, name, getattr(company, name),
                                               getattr(old, name) if old else None))]
        if errors:
            raise ValidationFailed(errors)
        if old is None:
            company = _create(act, company)
        else:
            if old.version != company.version:
                raise StaleRecord(Message(m.STALE_RECORD))
            company = _update(act, old, company, changes)
        changes.add(KIND, company.id)
    return company, changes


def _values(company: Company) -> dict[str, object]:
    values = {name: getattr(company, name) for name in column_fields(Company)}
    values["name_sort"] = company_sort_key(company.name)
    return values


def _create(act: Action, company: Company) -> Company:
    uuid = new_uuid()
    company_id = records.insert(KIND, _values(company), uuid=uuid, at=act.at, actor_id=act.actor.id)
    records.set_company_interests(company_id, frozenset(), company.interest_ids)
    act.log(KIND, uuid, "create", None, None, journal_fields(KIND, company))
    return replace(company, id=company_id, uuid=uuid, version=1)


def _update(act: Action, old: Company, new: Company, changes: ChangeSet) -> Company:
    diff = journal_diff(KIND, old, new)
    if not diff:
        return old
    assert old.id is not None
    records.update(KIND, old.id, _values(new), expected_version=old.version, at=act.at, actor_id=act.actor.id)
    records.set_company_interests(old.id, old.interest_ids, new.interest_ids)
    act.log_changes(KIND, old.uuid, "update", diff)
    if old.category_id != new.category_id:
        apply_company_move(act, old.id, lists.category_rule(old.category_id),
                           lists.category_rule(new.category_id), changes)
    return replace(new, uuid=old.uuid, version=old.version + 1)


def delete_company(company_id: int, actor: Actor | None = None) -> ChangeSet:
    """Soft-delete a company and its persons; ``ChangeSet.undo`` restores them."""
    from desktop_crm.services.trash import delete_records

    return delete_records({KIND: [company_id]}, actor)
