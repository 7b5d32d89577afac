"""Browsing the company and person lists: columns, pages of rows, counts and groups. No Qt.

The list screens (``ui/models/record_list_model.py``) call these; the SQL is in ``db/queries.py``.
A row is a tuple ``(id, value per column..., lead_hidden)``: values are what the list shows before
the UI formats them (text, numbers, booleans, ISO timestamps), the person's name already in its
listed form ("Berg, Jan van den"); ``lead_hidden`` is True when a person has a lead status that the
lead rules hide (the company's category is not lead-enabled): it stays in the database and is
searchable, and the list shows it dimmed rather than blank (seed 002).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_crm.db import queries
from desktop_crm.db.queries import PAGE_SIZE, ListSpec
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import GroupRole
from desktop_crm.domain.lead_rules import CategoryRule, lead_status_visible
from desktop_crm.domain.names import listed_name

__all__ = ["PAGE_SIZE", "ColumnInfo", "Group", "ListSpec", "Page", "affects", "columns", "count",
           "changes_order", "first_page", "group_ids", "groups", "next_page", "rows", "sorted_ids"]

KINDS = ("company", "person")

# What the UI needs to know to show and label a column. ``field`` is the FIELD_LABELS key when the
# domain has a label for it.
_TYPES = {"left_company": "bool", "employees": "int", "created": "datetime", "updated": "datetime",
          "lead_status": "lead_status"}
_FIELDS = {"company": "company_id", "category": "category_id", "lead_status": "lead_status_id",
           "business": "business_id", "our_contact": "our_contact_id"}
_VISIBLE = {
    "person": ("name", "company", "position", "email", "phone", "mobile", "city"),
    "company": ("name", "city", "postal_code", "category", "phone", "email", "our_contact"),
}


@dataclass(frozen=True)
class ColumnInfo:
    key: str
    field: str  # the FIELD_LABELS key (or the column key when the domain has no label for it)
    value_type: str  # "text", "int", "bool", "datetime", "lead_status"
    sortable: bool
    groupable: bool
    indexed_sort: bool  # sorting by it is instant (keyset on an index); others load on the worker
    visible: bool  # shown by default


@dataclass(frozen=True)
class Page:
    rows: list[tuple]
    after: tuple[object, int] | None  # where the next page starts
    done: bool  # no rows after this page


@dataclass(frozen=True)
class Group:
    key: object  # the value to pass to ``group_ids`` (None: records without a value)
    label: object  # shown as the column shows its values
    count: int


def columns(kind: str) -> list[ColumnInfo]:
    """The columns a list of ``kind`` can show, in their default order."""
    table = queries.TABLES[kind]
    return [ColumnInfo(key=c.key, field=_FIELDS.get(c.key, c.key), value_type=_TYPES.get(c.key, "text"),
                       sortable=c.sort is not None, groupable=c.group is not None, indexed_sort=c.indexed,
                       visible=c.key in _VISIBLE[kind]) for c in table.columns]


_PERSON_KEYS = [c.key for c in queries.PERSON.columns]
_PERSON_BOOL = 1 + _PERSON_KEYS.index("left_company")
_PERSON_LEAD = 1 + _PERSON_KEYS.index("lead_status")


def _format_person(raw: Sequence) -> tuple:
    first, middle, last = raw[1], raw[2], raw[3]
    values = [raw[0], listed_name(first, middle, last), *raw[4:-3]]
    values[_PERSON_BOOL] = bool(values[_PERSON_BOOL])
    hidden = values[_PERSON_LEAD] is not None and not _leads_shown(raw[-3] is not None, raw[-2], raw[-1])
    return (*values, hidden)


@lru_cache(maxsize=32)
def _leads_shown(has_company: bool, lead_enabled: object, role: str | None) -> bool:
    """Lead rules 1 and 3 for a person's company's category (few combinations: cached)."""
    rule = CategoryRule(GroupRole(role) if role else None, bool(lead_enabled)) if has_company else None
    return lead_status_visible(rule)


def _format_company(raw: Sequence) -> tuple:
    return (*raw, False)


def _format(kind: str, raws: Iterable[Sequence]) -> list[tuple]:
    fmt = _format_person if kind == "person" else _format_company
    return [fmt(raw) for raw in raws]


def first_page(spec: ListSpec, size: int = PAGE_SIZE) -> Page | None:
    """The first rows of the list at once, when its sort is served by an index (else None: load
    ``sorted_ids`` on the worker thread)."""
    if not spec.keyset:
        return None
    return next_page(spec, None, size)


def next_page(spec: ListSpec, after: tuple[object, int] | None, size: int = PAGE_SIZE) -> Page:
    """The ``size`` rows after ``after`` (keyset paging; only for ``spec.keyset`` lists)."""
    raws, key = queries.keyset_page(spec, after, size)
    return Page(_format(spec.kind, raws), key, done=len(raws) < size)


def rows(kind: str, ids: Sequence[int]) -> dict[int, tuple]:
    """The rows of ``ids`` (up to a page or so), by id. Ids no longer in the database are missing."""
    return {row[0]: row for row in _format(kind, queries.rows_by_id(kind, ids))}


def sorted_ids(spec: ListSpec) -> array:
    """Every id of the list in order (an ``array('q')``: 8 bytes a row). Slow on big lists: use
    the worker thread."""
    return queries.sorted_ids(spec)


def count(spec: ListSpec) -> int:
    return queries.count(spec)


def groups(spec: ListSpec, column: str) -> list[Group]:
    """The groups of the list by ``column``: each value with its number of records (GROUP BY)."""
    bool_column = column == "left_company"
    return [Group(key, bool(label) if bool_column and label is not None else label, n)
            for key, label, n in queries.groups(spec, column)]


def group_ids(spec: ListSpec, column: str, key: object) -> array:
    """The ids of one group, in the list's order."""
    return queries.group_ids(spec, column, key)


# Which changes a list has to show: its own records, and what its rows show of others.
_SHOWN = {
    "person": {"person", "company", "category", "category_group", "lead_status"},
    "company": {"company", "category", "category_group", "business", "associate"},
}


def affects(kind: str, changes: ChangeSet) -> bool:
    """Whether ``changes`` can change what a list of ``kind`` shows."""
    return any(changes.touches(k) for k in _SHOWN[kind])


_OWN = {
    "person": {"name", "first_name", "last_name", "position", "email", "phone", "mobile", "left_company",
               "created", "updated"},
    "company": {"name", "city", "postal_code", "phone", "email", "employees", "created", "updated"},
}


def changes_order(spec: ListSpec, changes: ChangeSet, group: str | None = None) -> bool:
    """Whether ``changes`` can change which records the list holds, their order or their groups
    (else only values shown in rows changed, and reading the visible rows again is enough)."""
    if changes.touches(spec.kind):
        return True
    if spec.leads_only and any(changes.touches(k) for k in ("company", "category", "category_group")):
        return True  # a company's category decides who is a lead
    return any(key not in _OWN[spec.kind] for key in (spec.sort, group) if key)
