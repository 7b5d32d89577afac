"""Lookups for pickers and card labels: find a company by name, a company's persons, the category
(and its group) a person inherits from their company."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.db import lists, records
from desktop_crm.db import pickers as db
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.names import full_name


def find_companies(prefix: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, name, city) of companies whose name matches ``prefix`` word by word (case, diacritics and
    word order ignored: "berg" finds "Van den Berg BV"), names starting with it first; uses the
    company_fts index with a bounded number of hits, so it is fast on any list size."""
    return db.find_companies(prefix, limit)


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    position: str
    email: str
    left_company: bool


def company_persons(company_id: int) -> list[PersonRow]:
    """The company's persons, sorted the Dutch way ("van den Berg" under B)."""
    return [PersonRow(pid, full_name(first, middle, last), position, email, bool(left))
            for pid, first, middle, last, position, email, left in db.company_persons(company_id)]


@dataclass(frozen=True)
class CompanySummary:
    id: int
    name: str
    city: str
    category_id: int | None
    category_name: str  # "" without a category
    group_name: str  # the category's group, "" without one


def company_summary(company_id: int | None) -> CompanySummary | None:
    """What a person card shows of the company: its name and the category the person inherits."""
    if company_id is None:
        return None
    company = records.get_company(company_id)
    if company is None or company.id is None:
        return None
    category = lists.item(ListKind.CATEGORY, company.category_id) if company.category_id is not None else None
    group = lists.item(ListKind.CATEGORY_GROUP, category.group_id) if category and category.group_id else None
    return CompanySummary(company.id, company.name, company.city, company.category_id,
                          category.name if category else "", group.name if group else "")
