"""The lead rules of seeds 001 and 002, as pure functions.

1. Lead status can only be enabled on a category whose group has the prospect role; moving a
   category to another group switches it off.
2. A person's category is their company's category; it cannot be set on the person.
3. Lead status is stored on the person. It is visible and editable only while the company's
   category is lead-enabled.
4. When a company moves into a lead-enabled category from one that is not, every person of it gets
   the default lead status (Open), whatever value they had before.
5. When a company moves out of a lead-enabled category, its persons keep their lead status value:
   it is hidden and read-only, but still searchable.
6. Persons of the same company can have different lead statuses.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import GroupRole
from desktop_crm.domain.errors import RuleViolation
from desktop_crm.domain.messages import Message


@dataclass(frozen=True)
class CategoryRule:
    """What the lead rules need to know of a category."""

    group_role: GroupRole | None
    lead_enabled: bool

    @property
    def leads_active(self) -> bool:
        """Lead status applies only to a lead-enabled category in a prospect group (rules 1, 3)."""
        return self.lead_enabled and self.group_role == GroupRole.PROSPECT


NO_CATEGORY = CategoryRule(group_role=None, lead_enabled=False)


def can_enable_lead_status(group_role: GroupRole | None) -> bool:
    """Rule 1: only categories in a group with the prospect role may have lead status."""
    return group_role == GroupRole.PROSPECT


def check_enable_lead_status(group_role: GroupRole | None, enable: bool) -> None:
    """Raise when lead status is being switched on for a category outside a prospect group."""
    if enable and not can_enable_lead_status(group_role):
        raise RuleViolation(Message(m.LEAD_ENABLE_NOT_PROSPECT))


def lead_enabled_after_group_change(lead_enabled: bool, new_group_role: GroupRole | None) -> bool:
    """Rule 1: moving a category to a group that is not a prospect group switches lead status off."""
    return lead_enabled and can_enable_lead_status(new_group_role)


def lead_status_visible(category: CategoryRule | None) -> bool:
    """Rule 3: the lead status field shows (and can be edited) only for a lead-enabled category."""
    return (category or NO_CATEGORY).leads_active


def lead_status_editable(category: CategoryRule | None, read_only_user: bool = False) -> bool:
    return lead_status_visible(category) and not read_only_user


def entering_leads(old: CategoryRule | None, new: CategoryRule | None) -> bool:
    """Rule 4 applies when the company goes from a category without lead status to one with it."""
    return not lead_status_visible(old) and lead_status_visible(new)


def lead_status_after_company_move(old: CategoryRule | None, new: CategoryRule | None,
                                   current_status: int | None, default_status: int | None) -> int | None:
    """A person's lead status after their company's category changed from ``old`` to ``new``.

    Rule 4: entering a lead-enabled category gives every person the default status, whatever they had.
    Rule 5: leaving it keeps the value (hidden, read-only, searchable). Moving between two lead-enabled
    categories, or between two that are not, changes nothing.
    """
    if entering_leads(old, new):
        return default_status
    return current_status


def lead_status_for_new_person(category: CategoryRule | None, requested: int | None,
                               default_status: int | None) -> int | None:
    """A new person of a lead-enabled company starts with the requested status or the default (Open);
    a person of any other company starts without one (rule 3: it cannot be set there)."""
    if not lead_status_visible(category):
        if requested is not None:
            raise RuleViolation(Message(m.LEAD_STATUS_NOT_ALLOWED))
        return None
    return requested if requested is not None else default_status


def check_lead_status_edit(category: CategoryRule | None, old_status: int | None, new_status: int | None) -> None:
    """Rule 3: the stored value may only change while it is visible; otherwise it is read-only."""
    if old_status != new_status and not lead_status_visible(category):
        raise RuleViolation(Message(m.LEAD_STATUS_NOT_ALLOWED))
