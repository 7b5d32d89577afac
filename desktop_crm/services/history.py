"""A record's change journal as readable entries: when, who, and what changed from what to what.

Journal rows hold references as UUIDs (so a later sync can merge them); here they are turned back
into names: list items (category, lead status...), the company, the associate, interests (as a
comma-separated list) and subscription types. Labels and yes/no are translated by the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_crm.db import journal, records
from desktop_crm.db import pickers as db
from desktop_crm.db.models import Journal
from desktop_crm.services.subscriptions import JOURNAL_FIELD_PREFIX, local_time

TEXT = "text"
BOOL = "bool"
SUBSCRIPTION = "subscription"  # values are "subscribed", "unsubscribed" or None (never asked)

# Reference fields and the kind of record or list item their UUIDs name.
_REFERENCE_KIND = {
    "category_id": "category",
    "business_id": "business",
    "our_contact_id": "associate",
    "lead_status_id": "lead_status",
    "company_id": "company",
}
_INTEREST_KIND = {"company": "company_interest", "person": "person_interest"}
_BOOLEANS = {"left_company"}


@dataclass(frozen=True)
class FieldValue:
    """One field's value in a create snapshot."""

    field: str
    value: object
    value_kind: str = TEXT


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a record's history.

    ``op`` is "create", "update", "delete" or "restore". For an update, ``field`` is the key of the
    field's label (``desktop_crm.i18n.tr_field``; "subscriptions" for a subscription change, with the
    subscription type's name in ``subject``), and ``old``/``new`` are display values: text (names
    instead of references), numbers, booleans (``value_kind`` BOOL) or None for empty. A create entry
    carries the initial values in ``snapshot``.
    """

    seq: int
    at: datetime  # local time
    who: str  # the associate's name; "" for the system (the default lists of a new database)
    op: str
    field: str | None = None
    old: object = None
    new: object = None
    value_kind: str = TEXT
    subject: str = ""
    snapshot: tuple[FieldValue, ...] = ()


def record_history(kind: str, record_id: int, limit: int = 500) -> list[HistoryEntry]:
    """The history of a company or person (deleted ones too), newest first."""
    uuid = records.uuid_of(kind, record_id)
    if uuid is None:
        return []
    rows = journal.history(uuid, limit)
    decoded = [(row, journal.decode(row.old_value), journal.decode(row.new_value)) for row in rows]
    names = _names(kind, decoded)
    entries = []
    for row, old, new in decoded:
        who = names["associate"].get(row.associate_uuid or "", row.associate_name) if row.associate_uuid else ""
        at = local_time(row.at)
        assert at is not None
        if row.op == "create":
            snapshot = tuple(FieldValue(name, *_display(kind, name, value, names))
                             for name, value in (new or {}).items() if isinstance(new, dict))
            entries.append(HistoryEntry(row.seq, at, who, "create", snapshot=snapshot))
        elif row.op in ("delete", "restore"):
            entries.append(HistoryEntry(row.seq, at, who, row.op))
        elif row.field and row.field.startswith(JOURNAL_FIELD_PREFIX):
            type_uuid = row.field[len(JOURNAL_FIELD_PREFIX):]
            entries.append(HistoryEntry(row.seq, at, who, "update", "subscriptions", old, new, SUBSCRIPTION,
                                        subject=names["subscription_type"].get(type_uuid, "")))
        else:
            field = row.field or ""
            old_text, value_kind = _display(kind, field, old, names)
            new_text, _ = _display(kind, field, new, names)
            entries.append(HistoryEntry(row.seq, at, who, row.op, field, old_text, new_text, value_kind))
    return entries


def _names(kind: str, decoded: list[tuple[Journal, object, object]]) -> dict[str, dict[str, str]]:
    """Every name the rows refer to, looked up once per kind of reference."""
    wanted: dict[str, set[str]] = {k: set() for k in (*_REFERENCE_KIND.values(), *_INTEREST_KIND.values(),
                                                       "subscription_type")}
    for row, old, new in decoded:
        if row.associate_uuid:
            wanted["associate"].add(row.associate_uuid)
        pairs = list(new.items()) if row.op == "create" and isinstance(new, dict) else [(row.field, old),
                                                                                         (row.field, new)]
        for name, value in pairs:
            if not name:
                continue
            if name.startswith(JOURNAL_FIELD_PREFIX):
                wanted["subscription_type"].add(name[len(JOURNAL_FIELD_PREFIX):])
            elif name in _REFERENCE_KIND and isinstance(value, str):
                wanted[_REFERENCE_KIND[name]].add(value)
            elif name == "interest_ids" and isinstance(value, list) and kind in _INTEREST_KIND:
                wanted[_INTEREST_KIND[kind]].update(v for v in value if isinstance(v, str))
    return {k: db.names_by_uuid(k, uuids) for k, uuids in wanted.items()}


def _display(kind: str, field: str, value: object, names: dict[str, dict[str, str]]) -> tuple[object, str]:
    """A journal value as the user reads it, and its kind."""
    if field in _BOOLEANS:
        return bool(value), BOOL
    if value is None or value == "" or value == []:
        return None, TEXT
    if field in _REFERENCE_KIND:
        return names[_REFERENCE_KIND[field]].get(str(value), "?"), TEXT
    if field == "interest_ids" and isinstance(value, list):
        lookup = names.get(_INTEREST_KIND.get(kind, ""), {})
        return ", ".join(sorted((lookup.get(str(v), "?") for v in value), key=str.casefold)), TEXT
    if isinstance(value, list):
        return ", ".join(str(v) for v in value), TEXT
    return value, TEXT
