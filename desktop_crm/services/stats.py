"""Counts for overviews and reports.

Lead status counts follow the lead rules: a person's lead status counts as a lead status only while
it is visible, that is while the person's company is in a lead-enabled category of a prospect group
(rule 3). Persons whose company left such a category keep their value (rule 5), hidden; those values
are counted separately by ``hidden_lead_status_counts`` rather than mixed into the lead figures, so
that "Open: 1,204" on a board means 1,204 leads someone can act on.
"""

from __future__ import annotations

from peewee import fn

from desktop_crm.db.models import Category, CategoryGroup, Company, LeadStatus, Person
from desktop_crm.domain.entities import GroupRole


def _lead_categories():
    """Ids of the categories where lead status is visible (lead-enabled, prospect group)."""
    return (Category.select(Category.id)
            .join(CategoryGroup, on=(Category.group == CategoryGroup.id))
            .where(Category.lead_enabled == True, CategoryGroup.role == GroupRole.PROSPECT.value))  # noqa: E712


def _per_status(counts: dict[int, int]) -> list[tuple[str, int]]:
    statuses = (LeadStatus.select(LeadStatus.id, LeadStatus.name)
                .where(LeadStatus.deleted_at.is_null())
                .order_by(LeadStatus.rank, LeadStatus.id).tuples())
    return [(name, counts.get(status_id, 0)) for status_id, name in statuses]


def _visible_counts() -> dict[int, int]:
    query = (Person.select(Person.lead_status, fn.COUNT(Person.id))
             .join(Company, on=(Person.company == Company.id))
             .where(Person.deleted_at.is_null(), Person.lead_status.is_null(False),
                    Company.category.in_(_lead_categories()))
             .group_by(Person.lead_status).tuples())
    return dict(query)


def persons_per_lead_status() -> list[tuple[str, int]]:
    """(status name, number of persons) for every lead status in list order, zero counts included.

    Counts non-deleted persons whose lead status is visible: their company is in a lead-enabled
    category. Hidden values (rule 5) are left out; see ``hidden_lead_status_counts``. Hidden list
    items (statuses no longer offered) are listed too, since records may still carry them.
    """
    return _per_status(_visible_counts())


def hidden_lead_status_counts() -> list[tuple[str, int]]:
    """(status name, number of persons) of lead status values that are kept but hidden (rule 5):
    non-deleted persons with a lead status whose company is not (or no longer) lead-enabled."""
    everyone = dict(Person.select(Person.lead_status, fn.COUNT(Person.id))
                    .where(Person.deleted_at.is_null(), Person.lead_status.is_null(False))
                    .group_by(Person.lead_status).tuples())
    visible = _visible_counts()
    return _per_status({status: n - visible.get(status, 0) for status, n in everyone.items()})
