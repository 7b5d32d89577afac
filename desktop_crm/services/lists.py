"""Reading the administrators' lists for pickers and labels (editing them is the settings screen's)."""

from __future__ import annotations

from desktop_crm.db import lists
from desktop_crm.domain.entities import ListItem, ListKind


def items(kind: ListKind, include_hidden: bool = True) -> list[ListItem]:
    """The list's items in the administrator's order; hidden ones included unless asked not to."""
    return lists.items(kind, include_hidden)


def item(kind: ListKind, item_id: int) -> ListItem | None:
    return lists.item(kind, item_id)


def choices(kind: ListKind, current: int | None = None) -> list[ListItem]:
    """What a picker offers: visible items, plus the record's current one even when hidden."""
    return [i for i in lists.items(kind) if not i.hidden or i.id == current]


def default_lead_status() -> int | None:
    return lists.default_lead_status()
