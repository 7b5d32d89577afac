"""Validation and normalisation of company and person fields (Dutch conventions first)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

import phonenumbers

from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import COMPANY_REQUIRED, FIELD_LABELS, PERSON_REQUIRED, Company, Person
from desktop_crm.domain.errors import FieldError
from desktop_crm.domain.messages import Message
from desktop_crm.domain.names import PREFIXES, normalise_prefix

DEFAULT_REGION = "NL"
_NL_POSTAL = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
_KVK = re.compile(r"^[0-9]{8}$")
_NL_VAT = re.compile(r"^NL[0-9]{9}B[0-9]{2}$")
_EU_VAT = re.compile(r"^[A-Z]{2}[0-9A-Z+*]{2,13}$")
# Deliberately simple: one @, a dot in the domain, no spaces. Full RFC 5322 parsing rejects nothing
# a user would type by mistake that this does not, and accepts addresses no mail server delivers to.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/$.?#][^\s.]*(\.[^\s.]+)+(/\S*)?$", re.IGNORECASE)
_NL_NAMES = {"", "nl", "nederland", "netherlands", "the netherlands", "holland"}
MAX_TEXT = 250


def is_dutch(country: str | None) -> bool:
    return (country or "").strip().casefold() in _NL_NAMES


def normalise_postal_code(value: str, country: str = "") -> str | None:
    """"1234ab" -> "1234 AB" for the Netherlands; other countries are kept as typed (trimmed).

    Returns None when a Dutch postal code is not valid.
    """
    value = " ".join(value.split())
    if not value or not is_dutch(country):
        return value
    match = _NL_POSTAL.match(value)
    if not match:
        return None
    return f"{match.group(1)} {match.group(2).upper()}"


def normalise_phone(value: str, region: str = DEFAULT_REGION) -> str | None:
    """A phone number in international format ("+31 20 123 4567"); None when it is not valid."""
    value = value.strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(value: str) -> str | None:
    value = value.strip()
    if not value:
        return ""
    return value if _EMAIL.match(value) else None


def normalise_kvk(value: str) -> str | None:
    digits = re.sub(r"[\s.]", "", value)
    if not digits:
        return ""
    return digits if _KVK.match(digits) else None


def normalise_vat(value: str) -> str | None:
    compact = re.sub(r"[\s.\-]", "", value).upper()
    if not compact:
        return ""
    if compact.startswith("NL"):
        return compact if _NL_VAT.match(compact) else None
    return compact if _EU_VAT.match(compact) else None


def normalise_website(value: str) -> str | None:
    value = value.strip()
    if not value:
        return ""
    return value if _WEBSITE.match(value) else None


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def _check_texts(record: Company | Person, names: Iterable[str], errors: list[FieldError]) -> None:
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str) and len(value) > MAX_TEXT and name != "notes":
            errors.append(FieldError(name, Message(m.TOO_LONG, {"label": _label(name), "max": MAX_TEXT})))


def _is_empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, frozenset | set | list):
        return not value
    return value is None


def _required(record: Company | Person, required: Iterable[str], errors: list[FieldError]) -> None:
    for name in required:
        if _is_empty(getattr(record, name, None)):
            errors.append(FieldError(name, Message(m.REQUIRED, {"label": _label(name)})))


def _contact_fields(record: Company | Person, phone_fields: tuple[str, ...],
                    errors: list[FieldError]) -> dict[str, object]:
    changes: dict[str, object] = {}
    email = normalise_email(record.email)
    if email is None:
        errors.append(FieldError("email", Message(m.EMAIL_INVALID, {"value": record.email})))
    else:
        changes["email"] = email
    for name in phone_fields:
        raw = getattr(record, name)
        phone = normalise_phone(raw)
        if phone is None:
            errors.append(FieldError(name, Message(m.PHONE_INVALID, {"value": raw})))
        else:
            changes[name] = phone
    return changes


# The address fields a company and a person both have, besides the postal code.
_ADDRESS_TEXTS = ("street", "city", "country")


def _postal_code(record: Company | Person, errors: list[FieldError]) -> dict[str, object]:
    """The postal code written the way of its country ("1234 AB" in the Netherlands), or an error."""
    postal = normalise_postal_code(record.postal_code, record.country)
    if postal is None:
        errors.append(FieldError("postal_code", Message(m.POSTAL_CODE_INVALID, {"value": record.postal_code})))
        return {}
    return {"postal_code": postal}


def clean_company(company: Company, required: Iterable[str] = ()) -> tuple[Company, list[FieldError]]:
    """Normalise a company's fields and list every problem. The input is not changed."""
    errors: list[FieldError] = []
    stripped = {n: getattr(company, n).strip() for n in ("name", "department", *_ADDRESS_TEXTS)}
    company = replace(company, **stripped)
    _required(company, sorted(set(required) | COMPANY_REQUIRED, key=_field_order), errors)
    _check_texts(company, ("name", "department", *_ADDRESS_TEXTS), errors)
    changes = _contact_fields(company, ("phone",), errors)
    changes.update(_postal_code(company, errors))
    for name, fn in (("kvk", normalise_kvk), ("vat", normalise_vat), ("website", normalise_website)):
        value = fn(getattr(company, name))
        if value is None:
            msg = {"kvk": m.KVK_INVALID, "vat": m.VAT_INVALID, "website": m.WEBSITE_INVALID}[name]
            errors.append(FieldError(name, Message(msg, {"value": getattr(company, name)})))
        else:
            changes[name] = value
    for name in ("employees", "branches"):
        value = getattr(company, name)
        if value is not None and (not isinstance(value, int) or value < 0):
            errors.append(FieldError(name, Message(m.NUMBER_INVALID, {"label": _label(name)})))
    errors.sort(key=lambda e: _field_order(e.field))
    return replace(company, **changes), errors


def clean_person(person: Person, required: Iterable[str] = ()) -> tuple[Person, list[FieldError]]:
    """Normalise a person's fields and list every problem. The input is not changed."""
    errors: list[FieldError] = []
    texts = ("salutation", "first_name", "middle_name", "last_name", "position")
    person = replace(person, **{n: " ".join(getattr(person, n).split()) for n in texts},
                     **{n: getattr(person, n).strip() for n in _ADDRESS_TEXTS})
    if person.middle_name.casefold() in PREFIXES:
        person = replace(person, middle_name=normalise_prefix(person.middle_name))
    if not person.first_name and not person.last_name:
        errors.append(FieldError("last_name", Message(m.PERSON_NAME_REQUIRED)))
    _required(person, sorted(set(required) | PERSON_REQUIRED, key=_field_order), errors)
    _check_texts(person, (*texts, *_ADDRESS_TEXTS), errors)
    changes = _contact_fields(person, ("phone", "mobile"), errors)
    changes.update(_postal_code(person, errors))
    errors.sort(key=lambda e: _field_order(e.field))
    return replace(person, **changes), errors


_ORDER = {name: i for i, name in enumerate(FIELD_LABELS)}


def _field_order(name: str) -> int:
    return _ORDER.get(name, len(_ORDER))
