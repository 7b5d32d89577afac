"""Companies, persons and list items as plain data, with the fields each one has."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum

from desktop_crm.domain.messages import QT_TRANSLATE_NOOP


class GroupRole(StrEnum):
    """What a category group means for the lead rules."""

    PROSPECT = "prospect"
    CUSTOMER = "customer"
    OTHER = "other"


class AssociateRole(StrEnum):
    ADMINISTRATOR = "administrator"
    USER = "user"
    READ_ONLY = "read_only"


class ListKind(StrEnum):
    """The lists an administrator maintains."""

    CATEGORY_GROUP = "category_group"
    CATEGORY = "category"
    BUSINESS = "business"
    COMPANY_INTEREST = "company_interest"
    PERSON_INTEREST = "person_interest"
    SUBSCRIPTION_TYPE = "subscription_type"
    LEAD_STATUS = "lead_status"
    ASSOCIATE = "associate"


LIST_LABELS: dict[ListKind, str] = {
    ListKind.CATEGORY_GROUP: QT_TRANSLATE_NOOP("Fields", "Category groups"),
    ListKind.CATEGORY: QT_TRANSLATE_NOOP("Fields", "Categories"),
    ListKind.BUSINESS: QT_TRANSLATE_NOOP("Fields", "Business"),
    ListKind.COMPANY_INTEREST: QT_TRANSLATE_NOOP("Fields", "Company interests"),
    ListKind.PERSON_INTEREST: QT_TRANSLATE_NOOP("Fields", "Person interests"),
    ListKind.SUBSCRIPTION_TYPE: QT_TRANSLATE_NOOP("Fields", "Subscription types"),
    ListKind.LEAD_STATUS: QT_TRANSLATE_NOOP("Fields", "Lead statuses"),
    ListKind.ASSOCIATE: QT_TRANSLATE_NOOP("Fields", "Associates"),
}


@dataclass
class ListItem:
    """One item of an administrator's list. ``extra`` holds the list's own attributes."""

    id: int | None
    kind: ListKind
    name: str
    description: str = ""
    rank: int = 0
    hidden: bool = False
    uuid: str = ""
    # category: group_id, lead_enabled; category group: role; lead status: is_default;
    # associate: role, login
    group_id: int | None = None
    role: str = ""
    lead_enabled: bool = False
    is_default: bool = False


@dataclass
class Company:
    id: int | None = None
    uuid: str = ""
    version: int = 0
    name: str = ""
    department: str = ""
    category_id: int | None = None
    business_id: int | None = None
    kvk: str = ""
    vat: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    employees: int | None = None
    branches: int | None = None
    our_contact_id: int | None = None
    notes: str = ""
    interest_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass
class Person:
    id: int | None = None
    uuid: str = ""
    version: int = 0
    company_id: int | None = None
    salutation: str = ""
    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    # The person's own (private) address; a person at a company is usually written to at the company's.
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    lead_status_id: int | None = None
    notes: str = ""
    left_company: bool = False
    interest_ids: frozenset[int] = field(default_factory=frozenset)


# Fields that are stored in the record's own row (interests live in link tables).
def column_fields(cls: type) -> list[str]:
    skip = {"id", "uuid", "version", "interest_ids"}
    return [f.name for f in fields(cls) if f.name not in skip]


FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "department": QT_TRANSLATE_NOOP("Fields", "Department"),
    "category_id": QT_TRANSLATE_NOOP("Fields", "Category"),
    "business_id": QT_TRANSLATE_NOOP("Fields", "Business"),
    "kvk": QT_TRANSLATE_NOOP("Fields", "KvK number"),
    "vat": QT_TRANSLATE_NOOP("Fields", "VAT number"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "employees": QT_TRANSLATE_NOOP("Fields", "Number of employees"),
    "branches": QT_TRANSLATE_NOOP("Fields", "Number of branches"),
    "our_contact_id": QT_TRANSLATE_NOOP("Fields", "Our contact"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "interest_ids": QT_TRANSLATE_NOOP("Fields", "Interests"),
    "company_id": QT_TRANSLATE_NOOP("Fields", "Company"),
    "salutation": QT_TRANSLATE_NOOP("Fields", "Salutation"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Fields", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "lead_status_id": QT_TRANSLATE_NOOP("Fields", "Lead status"),
    "left_company": QT_TRANSLATE_NOOP("Fields", "No longer works here"),
    "subscriptions": QT_TRANSLATE_NOOP("Fields", "Subscriptions"),
    "deleted": QT_TRANSLATE_NOOP("Fields", "Deleted"),
}

# Mandatory by default; field rules (set by the administrator) may add more.
COMPANY_REQUIRED = frozenset({"name"})
PERSON_REQUIRED: frozenset[str] = frozenset()
