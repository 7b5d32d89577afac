"""The database side of lead rules 4 and 5: what a company's move does to its persons."""

from __future__ import annotations

from desktop_crm.db import lists, records
from desktop_crm.db.journal import Action
from desktop_crm.domain import lead_rules
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.lead_rules import CategoryRule


def apply_company_move(act: Action, company_id: int, old: CategoryRule | None, new: CategoryRule | None,
                       changes: ChangeSet) -> int:
    """Give every person of the company the default lead status when the company enters a
    lead-enabled category (rule 4); leave the values alone otherwise (rule 5). Returns how many
    persons changed."""
    if not lead_rules.entering_leads(old, new):
        return 0
    default = lists.default_lead_status()
    persons = records.persons_of_company(company_id)
    return reset_lead_status(act, persons, default, changes)


def reset_lead_status(act: Action, persons: list[tuple[int, str, int | None]], status_id: int | None,
                      changes: ChangeSet) -> int:
    moved = [(pid, uuid, old) for pid, uuid, old in persons if old != status_id]
    if not moved:
        return 0
    records.set_lead_status([pid for pid, _, _ in moved], status_id, act.at, act.actor.id)
    new_uuid = lists.uuid_of(ListKind.LEAD_STATUS, status_id)
    for _pid, uuid, old in moved:
        act.log("person", uuid, "update", "lead_status_id", lists.uuid_of(ListKind.LEAD_STATUS, old), new_uuid)
    changes.add("person", *(pid for pid, _, _ in moved))
    return len(moved)
