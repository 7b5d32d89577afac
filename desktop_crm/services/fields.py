"""Field rules shared by every way in (cards, import, command line): mandatory fields, list choices,
and how values are written to the journal."""

from __future__ import annotations

from desktop_crm.db import lists
from desktop_crm.db.journal import get_meta
from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import LIST_LABELS, Company, ListKind, Person, column_fields
from desktop_crm.domain.errors import FieldError
from desktop_crm.domain.messages import Message

# Which list each reference field points into, for writing its UUID to the journal.
REFERENCES: dict[str, ListKind] = {
    "category_id": ListKind.CATEGORY,
    "business_id": ListKind.BUSINESS,
    "our_contact_id": ListKind.ASSOCIATE,
    "lead_status_id": ListKind.LEAD_STATUS,
    "company_interest_ids": ListKind.COMPANY_INTEREST,
    "person_interest_ids": ListKind.PERSON_INTEREST,
}


def required_fields(kind: str) -> frozenset[str]:
    """Fields the administrator made mandatory for ``kind`` ("company" or "person")."""
    value = get_meta(f"required_fields.{kind}", "")
    return frozenset(f for f in (value or "").split(",") if f)


# Fields the cards always show, whatever the field rules say (the name, and what the lead rules hang on).
ALWAYS_SHOWN: dict[str, frozenset[str]] = {
    "company": frozenset({"name", "category_id"}),
    "person": frozenset({"company_id", "first_name", "last_name", "lead_status_id"}),
}


def all_fields(kind: str) -> tuple[str, ...]:
    """Every field of a company or a person (interests included), in card order."""
    return (*column_fields(Company if kind == "company" else Person), "interest_ids")


def hidden_fields(kind: str) -> frozenset[str]:
    """Optional fields the administrator chose not to show for ``kind``; their data is kept."""
    value = get_meta(f"hidden_fields.{kind}", "")
    return frozenset(f for f in (value or "").split(",") if f)


def shown_fields(kind: str) -> frozenset[str]:
    """Fields the cards show for ``kind`` ("company" or "person"): all but the hidden ones; a mandatory
    field is always shown. (Lead status still follows the lead rules on top of this.)"""
    return (frozenset(all_fields(kind)) - hidden_fields(kind)) | required_fields(kind) | ALWAYS_SHOWN[kind]


def journal_value(name: str, value: object) -> object:
    """A value as the journal stores it: references by UUID, sets as sorted lists."""
    if name == "company_id":
        from desktop_crm.db import records

        return records.uuid_of("company", value)  # type: ignore[arg-type]
    kind = REFERENCES.get(name)
    if kind is not None:
        if isinstance(value, frozenset | set):
            return sorted(u for u in (lists.uuid_of(kind, i) for i in value) if u)
        return lists.uuid_of(kind, value)  # type: ignore[arg-type]
    if isinstance(value, frozenset | set):
        return sorted(value)
    return value


def journal_fields(kind: str, record: Company | Person) -> dict[str, object]:
    """What the journal records of a new ``record``: every filled field, interests included."""
    logged = {name: journal_value(name, getattr(record, name))
              for name in column_fields(type(record)) if getattr(record, name) not in ("", None, False)}
    if record.interest_ids:
        logged["interest_ids"] = journal_value(f"{kind}_interest_ids", record.interest_ids)
    return logged


def journal_diff(kind: str, old: Company | Person, new: Company | Person) -> dict[str, tuple[object, object]]:
    """The fields that differ between ``old`` and ``new`` (interests included), as journal (old, new) values."""
    diff = {name: (journal_value(name, getattr(old, name)), journal_value(name, getattr(new, name)))
            for name in column_fields(type(old)) if getattr(old, name) != getattr(new, name)}
    if old.interest_ids != new.interest_ids:
        interests = f"{kind}_interest_ids"
        diff["interest_ids"] = (journal_value(interests, old.interest_ids), journal_value(interests, new.interest_ids))
    return diff


def check_list_choice(kind: ListKind, field_name: str, new: int | None, old: int | None) -> FieldError | None:
    """A hidden list item stays on records that have it, but cannot be chosen anew."""
    if new is None or new == old:
        return None
    item = lists.item(kind, new)
    if item is None:
        return FieldError(field_name, Message(m.UNKNOWN_LIST_ITEM, {"value": new, "list": LIST_LABELS[kind]}))
    if item.hidden:
        return FieldError(field_name, Message(m.HIDDEN_LIST_ITEM, {"value": item.name, "list": LIST_LABELS[kind]}))
    return None
