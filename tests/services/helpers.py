"""Small lookups for service tests."""

from __future__ import annotations

from desktop_crm.db import lists
from desktop_crm.domain.entities import ListKind


def list_id(kind: ListKind, name: str) -> int:
    for item in lists.items(kind):
        if item.name == name:
            assert item.id is not None
            return item.id
    raise KeyError(name)


def category(name: str) -> int:
    return list_id(ListKind.CATEGORY, name)


def status(name: str) -> int:
    return list_id(ListKind.LEAD_STATUS, name)
