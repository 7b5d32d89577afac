"""Field rules (Settings > Field rules): which optional fields of companies and persons are shown, and
which are mandatory.

Stored in the meta table ("required_fields.<kind>", "hidden_fields.<kind>"), so they travel with the
data. Every way in enforces them through ``services.fields.required_fields`` (save_company and
save_person, hence the cards, the import and the command line, with the one message
"{label} is required."); the cards ask ``services.fields.shown_fields``. A mandatory field is always
shown; a company's name is always mandatory and shown. Hiding a field keeps its data.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.db.journal import Actor, action
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import COMPANY_REQUIRED, FIELD_LABELS, PERSON_REQUIRED
from desktop_crm.domain.errors import RuleViolation
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import fields, list_admin

KINDS = ("company", "person")
CHANGE_KIND = "field_rules"  # what the ChangeSet of a field-rule change names

# The fields an administrator can set rules for, in card order. Lead status is not among them: the
# lead rules decide where it shows.
CONFIGURABLE: dict[str, tuple[str, ...]] = {
    "company": ("name", "department", "category_id", "business_id", "kvk", "vat", "street", "postal_code", "city",
                "country", "phone", "email", "website", "employees", "branches", "our_contact_id", "notes",
                "interest_ids"),
    "person": ("company_id", "salutation", "first_name", "middle_name", "last_name", "position", "email", "phone",
               "mobile", "street", "postal_code", "city", "country", "notes", "left_company", "interest_ids"),
}
ALWAYS_REQUIRED: dict[str, frozenset[str]] = {"company": COMPANY_REQUIRED, "person": PERSON_REQUIRED}
NEVER_REQUIRED: dict[str, frozenset[str]] = {"company": frozenset(), "person": frozenset({"left_company"})}

ALWAYS_SHOWN_FIELD = QT_TRANSLATE_NOOP("Messages", "{label} is always shown.")
ALWAYS_REQUIRED_FIELD = QT_TRANSLATE_NOOP("Messages", "{label} is always mandatory.")
CANNOT_REQUIRE_FIELD = QT_TRANSLATE_NOOP("Messages", "{label} cannot be made mandatory.")


@dataclass(frozen=True)
class FieldRule:
    name: str
    label: str  # English, translatable in the "Fields" context
    shown: bool
    required: bool
    can_hide: bool
    can_require: bool  # False also when it is always mandatory (fixed)


def field_rules(kind: str) -> list[FieldRule]:
    """The rules of every configurable field of ``kind`` ("company" or "person"), in card order."""
    shown, required = fields.shown_fields(kind), required_fields(kind)
    out = []
    for name in CONFIGURABLE[kind]:
        fixed = name in ALWAYS_REQUIRED[kind]
        out.append(FieldRule(name, FIELD_LABELS.get(name, name), name in shown, name in required,
                             can_hide=not fixed and name not in fields.ALWAYS_SHOWN[kind],
                             can_require=not fixed and name not in NEVER_REQUIRED[kind]))
    return out


def required_fields(kind: str) -> frozenset[str]:
    """Mandatory fields of ``kind``, the always-mandatory ones included."""
    return fields.required_fields(kind) | ALWAYS_REQUIRED[kind]


def shown_fields(kind: str) -> frozenset[str]:
    return fields.shown_fields(kind)


def set_field_rule(kind: str, name: str, *, shown: bool | None = None, required: bool | None = None,
                   actor: Actor | None = None) -> ChangeSet:
    """Show or hide, and make mandatory or optional, one field. Making a field mandatory also shows it;
    hiding it also makes it optional. Raises RuleViolation for the fixed ones."""
    if kind not in KINDS or name not in CONFIGURABLE[kind]:
        raise ValueError(f"{kind}.{name}")
    actor = list_admin.require_administrator(actor)
    label = {"label": FIELD_LABELS.get(name, name)}
    hidden_set, required_set = set(fields.hidden_fields(kind)), set(fields.required_fields(kind))
    if required is not None:
        if name in ALWAYS_REQUIRED[kind]:
            if not required:
                raise RuleViolation(Message(ALWAYS_REQUIRED_FIELD, label))
        elif required:
            if name in NEVER_REQUIRED[kind]:
                raise RuleViolation(Message(CANNOT_REQUIRE_FIELD, label))
            required_set.add(name)
            hidden_set.discard(name)
        else:
            required_set.discard(name)
    if shown is not None:
        if shown:
            hidden_set.discard(name)
        elif name in fields.ALWAYS_SHOWN[kind] or name in ALWAYS_REQUIRED[kind]:
            raise RuleViolation(Message(ALWAYS_SHOWN_FIELD, label))
        else:
            hidden_set.add(name)
            required_set.discard(name)
    changes = ChangeSet()
    with action(actor) as act:
        wrote = list_admin.write_setting(act, f"required_fields.{kind}", _encode(required_set, kind))
        wrote |= list_admin.write_setting(act, f"hidden_fields.{kind}", _encode(hidden_set, kind))
        if wrote:
            changes.add(CHANGE_KIND)
    return changes


def _encode(names: set[str], kind: str) -> str:
    order = {n: i for i, n in enumerate(CONFIGURABLE[kind])}
    return ",".join(sorted(names, key=lambda n: order.get(n, len(order))))
