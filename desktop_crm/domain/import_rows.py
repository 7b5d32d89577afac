"""One imported row to a company and/or a person: Dutch names, normalised contact fields, problems.

Plain Python (no I/O). ``RowBuilder(mapping).build(values)`` returns a ``RowRecord``:

* names the Dutch way: "Jan van der Berg" in one column is split, a separate tussenvoegsel column is
  honoured, "v.d." becomes "van der", a prefix left in the last name is split off;
* a person's company from the company columns; a row that is a company (Group-Office's
  isOrganization, a vCard with X-ABShowAs:COMPANY, or a row with a company but no person name)
  becomes a company only; the address is the company's when the row names a company, otherwise the
  person's own; home address columns (Outlook's "Home Street", "Straße privat"...) are always the
  person's own (and then an address without a company goes to the notes);
* problems: *errors* make a row unimportable (no name, a mandatory field missing, an invalid e-mail
  address); *warnings* say a value could not be used and was kept in the notes, so nothing is lost.
"""

from __future__ import annotations

import json
import marshal
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from hashlib import blake2b

from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import COMPANY_REQUIRED, FIELD_LABELS, PERSON_REQUIRED
from desktop_crm.domain.import_mapping import JOINED, TYPED_ADDRESS, Mapping, normalise_header
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import PREFIXES, fold, normalise_prefix, split_prefix
from desktop_crm.domain.validation import (
    normalise_email,
    normalise_kvk,
    normalise_phone,
    normalise_postal_code,
    normalise_vat,
    normalise_website,
)

WRONG_VALUE_KEPT = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a valid {label}; it was added to the notes.")
EXTRA_CELLS = QT_TRANSLATE_NOOP(
    "Messages", "The row has more cells than the header; the extra cells were added to the notes.")
NO_COMPANY_FOR_DETAILS = QT_TRANSLATE_NOOP(
    "Messages", "The row has company details but no company name; they were added to the person's notes.")
COMPANY_NAME_REQUIRED = QT_TRANSLATE_NOOP("Messages", "A company needs a name.")
NUMBER_IGNORED = QT_TRANSLATE_NOOP(
    "Messages", "\"{value}\" is not a whole number for {label}; it was added to the notes.")
NAME_FROM_EMAIL = QT_TRANSLATE_NOOP("Messages", "The row has no name; \"{value}\" was taken from the e-mail address.")


# --- phones ------------------------------------------------------------------------------------------

_PHONE_JUNK = re.compile(r"[\s\-.()/]")
_NL_NUMBER = re.compile(r"^(?:\+31|0031)0?([1-9]\d{8})$")
_NL_NATIONAL = re.compile(r"^0([1-9]\d{8})$")


@cache
def _nl_template(key: str) -> str | None:
    """How phonenumbers writes Dutch numbers starting with ``key`` (4 digits), with {} for digits.

    Validity and grouping of a Dutch number depend only on its first digits, so libphonenumber is
    asked once per 4-digit start instead of once per number (it takes ~50 µs a call).
    """
    sample = normalise_phone("0" + key + "0" * (9 - len(key)), "NL")
    if sample is None:
        return None
    return sample[:4] + re.sub(r"\d", "{}", sample[4:])


def normalise_phone_fast(raw: str, region: str = "NL") -> str | None:
    """``validation.normalise_phone`` with a fast path for Dutch numbers; same results."""
    compact = _PHONE_JUNK.sub("", raw)
    match = _NL_NUMBER.match(compact) or (_NL_NATIONAL.match(compact) if region == "NL" else None)
    if match:
        digits = match.group(1)
        template = _nl_template(digits[:4])
        return template.format(*digits) if template else None
    return normalise_phone(raw, region)


# --- names -------------------------------------------------------------------------------------------


def fold_fast(text: str | None) -> str:
    """``names.fold`` with a fast path for plain ASCII (most names), where it is lower case and
    single spaces: the same result, without Unicode decomposition."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    return fold(text)


def person_sort_key_fast(last_name: str | None, middle_name: str | None = None, first_name: str | None = None) -> str:
    """``names.person_sort_key`` (the same key) on ``fold_fast``."""
    prefix, core = split_prefix(last_name or "")
    prefix = (middle_name or prefix or "").strip()
    return "\x1f".join((fold_fast(core), fold_fast(first_name), fold_fast(prefix)))


_HONORIFICS = {"dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
               "ir", "ir.", "ing", "ing.", "drs", "drs.", "prof", "prof.", "herr", "frau", "de heer", "mevrouw"}


def _is_prefix(text: str) -> bool:
    return " ".join(text.split()).casefold() in PREFIXES


def split_full_name(text: str) -> tuple[str, str, str, str]:
    """(salutation, first, prefix, last) of a name in one cell: "Jan van der Berg",
    "dhr. J. v.d. Berg", "Berg, Jan van der" or "Berg, van der, Jan"."""
    text = " ".join(text.split())
    if not text:
        return "", "", "", ""
    if "," in text:
        last, _, rest = text.partition(",")
        parts = [p.strip() for p in rest.split(",") if p.strip()]
        if len(parts) == 2 and _is_prefix(parts[0]):
            prefix, first = parts[0], parts[1]
        else:
            words, prefix = " ".join(parts).split(), ""
            for n in range(min(3, len(words) - 1), 0, -1):
                if _is_prefix(" ".join(words[-n:])):
                    prefix, words = " ".join(words[-n:]), words[:-n]
                    break
            first = " ".join(words)
        inner, core = split_prefix(last.strip())
        return "", first, normalise_prefix(prefix or inner), core
    words = text.split()
    salutation = ""
    while len(words) > 1 and words[0].casefold() in _HONORIFICS:
        salutation = f"{salutation} {words.pop(0)}".strip()
    if len(words) == 1:
        return salutation, "", "", words[0]
    for i in range(1, len(words) - 1):
        for n in range(min(3, len(words) - 1 - i), 0, -1):
            candidate = " ".join(words[i:i + n])
            if _is_prefix(candidate):
                return salutation, " ".join(words[:i]), normalise_prefix(candidate), " ".join(words[i + n:])
    return salutation, " ".join(words[:-1]), "", words[-1]


def person_name(first: str, middle: str, last: str, full: str = "") -> tuple[str, str, str, str]:
    """(salutation found in a full name, first, middle, last) the Dutch way.

    A prefix inside the last name is split off; a middle name that is no prefix (a second given
    name) joins the first name; "v.d." becomes "van der".
    """
    first, middle, last = " ".join(first.split()), " ".join(middle.split()), " ".join(last.split())
    salutation = ""
    if not first and not last and full:
        salutation, first, found, last = split_full_name(full)
        middle = middle or found
    if middle and not _is_prefix(middle):
        words = middle.split()
        if len(words) > 1 and _is_prefix(words[-1]):  # "Maria van": a second given name and a prefix
            first, middle = f"{first} {' '.join(words[:-1])}".strip(), words[-1]
        else:
            first, middle = f"{first} {middle}".strip(), ""
    if last and not middle:
        middle, last = split_prefix(last)
    return salutation, first, normalise_prefix(middle) if middle else "", last


def name_from_email(email: str) -> tuple[str, str]:
    """("Jan", "Jansen") from "jan.jansen@example.nl"; ("", "info") when there is one part."""
    local = email.split("@", 1)[0]
    words = [w for w in re.split(r"[._\-+]+", local) if w and not w.isdigit()]
    if len(words) >= 2 and all(w.isalpha() for w in words):
        return words[0].capitalize(), " ".join(w.capitalize() for w in words[1:])
    return "", local


# --- one row -----------------------------------------------------------------------------------------

_COUNTRY_REGIONS = {
    "nederland": "NL", "netherlands": "NL", "the netherlands": "NL", "holland": "NL", "nl": "NL",
    "niederlande": "NL", "nld": "NL", "belgie": "BE", "belgium": "BE", "belgien": "BE", "belgique": "BE",
    "be": "BE", "duitsland": "DE", "germany": "DE", "deutschland": "DE", "de": "DE", "allemagne": "DE",
    "frankrijk": "FR", "france": "FR", "fr": "FR", "luxemburg": "LU", "luxembourg": "LU", "lu": "LU",
    "verenigd koninkrijk": "GB", "united kingdom": "GB", "uk": "GB", "gb": "GB", "england": "GB",
    "verenigde staten": "US", "united states": "US", "united states of america": "US", "usa": "US", "us": "US",
    "u s a": "US", "vereinigte staaten": "US", "canada": "CA", "ca": "CA", "oostenrijk": "AT", "austria": "AT",
    "osterreich": "AT", "at": "AT", "zwitserland": "CH", "switzerland": "CH", "schweiz": "CH", "ch": "CH",
    "spanje": "ES", "spain": "ES", "es": "ES", "italie": "IT", "italy": "IT", "it": "IT", "denemarken": "DK",
    "denmark": "DK", "dk": "DK", "polen": "PL", "poland": "PL", "pl": "PL", "andorra": "AD", "ad": "AD",
}
_TRUE = {"1", "true", "yes", "ja", "j", "y", "company", "org", "organization", "organisation", "bedrijf", "x"}
_MULTI = re.compile(r"\s*:::\s*")
_HOUSE_NUMBER = re.compile(r"^\d+\s*[A-Za-z]{0,2}(?:[-/ ]?\w{1,4})?$")
_NOTES_HEADERS = {"notes", "notities", "opmerkingen", "opmerking", "notizen", "note", "memo", "comments"}
# Single-valued targets whose other mapped columns are kept in the notes when they differ.
_KEEP_OTHERS = frozenset({"email", "phone", "mobile", "company_phone", "company_email"})
_JOINED_TARGETS = JOINED


def region_of(country: str, default: str = "NL") -> str:
    key = normalise_header(country)
    return _COUNTRY_REGIONS.get(key, _COUNTRY_REGIONS.get(key.replace(" ", ""), default))


def split_multi(value: str) -> list[str]:
    """Google and Group-Office put several values in one cell: "a ::: b"."""
    if ":::" not in value:
        return [value.strip()]
    return [v for v in _MULTI.split(value.strip()) if v] or [""]


def join_street(parts: Iterable[str]) -> str:
    """Street lines into one: a house number joins with a space, other lines with a comma."""
    out = ""
    for part in parts:
        part = ", ".join(p.strip(" ,") for p in part.splitlines() if p.strip(" ,"))
        if not part:
            continue
        if not out:
            out = part
        elif _HOUSE_NUMBER.match(part):
            out = f"{out} {part}"
        else:
            out = f"{out}, {part}"
    return out


def list_values(text: str) -> list[str]:
    """List items in one cell, separated by , ; | or :::."""
    parts = re.split(r"\s*(?:,|;|\||:::)\s*", text)
    return [p for p in (" ".join(x.split()) for x in parts) if p]


@dataclass
class Problem:
    field: str
    message: Message
    error: bool  # True: the row cannot be imported as it is

    def english(self) -> str:
        return self.message.english()


def signature(values: dict[str, object]) -> bytes:
    """A 128-bit digest of the values (names and values, sets in order): equal for equal values."""
    items = sorted((k, sorted(v) if isinstance(v, set | frozenset) else v) for k, v in values.items())
    return blake2b(repr(items).encode(), digest_size=16).digest()


@dataclass
class RowRecord:
    """What one row becomes: company fields and/or person fields (list values still as text)."""

    company: dict[str, object] = field(default_factory=dict)
    person: dict[str, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # The sort keys the importer matches on (``add_keys``): worked out where the row is built, which
    # for a large file is another process.
    company_key: str = ""
    person_key: str = ""
    # A digest of every company value of the row (``signature``): rows of the same company (a person
    # file repeats the company on each of its persons' rows) have the same one.
    company_sig: bytes = b""
    # The person's text fields as the journal's JSON writes them (``person_log_text``), so the
    # importing process only adds the references; None: it works the snapshot out itself.
    person_log: str | None = None

    def add_keys(self) -> None:
        """Fill ``company_key`` (the company's name_sort), ``company_sig``, ``person_key`` (the
        person's sort_key) and ``person_log``."""
        if self.company and not self.company_sig:  # build() gives both for the companies it has seen
            self.company_key = fold_fast(str(self.company.get("name", "")))
            self.company_sig = signature(self.company)
        if self.person:
            person = self.person
            self.person_key = person_sort_key_fast(str(person.get("last_name", "")), str(person.get("middle_name", "")),
                                                   str(person.get("first_name", "")))
            self.person_log = person_log_text(person)

    @property
    def ok(self) -> bool:
        return not any(p.error for p in self.problems)

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]


# A new person's text fields, as the journal records its creation.
PERSON_LOGGED_TEXT = ("salutation", "first_name", "middle_name", "last_name", "position", "email", "phone", "mobile",
                      "street", "postal_code", "city", "country", "notes")
# The snapshot's other members, in sorted order; the text fields fall in the gaps between them.
PERSON_LOGGED_REFS = ("company_id", "interest_ids", "lead_status_id", "left_company")
_json_str = json.encoder.encode_basestring  # the C encoder json.dumps(..., ensure_ascii=False) uses
# The text fields in sorted order, in the gaps around PERSON_LOGGED_REFS: those before company_id,
# those between it and interest_ids, ... (a field goes after the references that sort before it).
_LOG_GAPS = tuple(tuple(name for name in sorted(PERSON_LOGGED_TEXT)
                        if sum(ref < name for ref in PERSON_LOGGED_REFS) == gap)
                  for gap in range(len(PERSON_LOGGED_REFS) + 1))
LOG_GAP_SEPARATOR = "\x00"  # never in JSON text: it escapes control characters


def person_log_text(person: dict[str, object]) -> str | None:
    """The non-empty ``PERSON_LOGGED_TEXT`` fields of ``person`` as the members of a JSON object, as
    ``json.dumps(..., ensure_ascii=False, sort_keys=True)`` writes them (``"city": "Zwolle"``), in
    the five gaps around ``PERSON_LOGGED_REFS`` (before company_id, between it and interest_ids, ...),
    the gaps separated by ``LOG_GAP_SEPARATOR``: the importing process puts the references in
    between (``services.import_writer``). None when a value is not text."""
    get = person.get
    gaps = []
    for names in _LOG_GAPS:
        members = []
        for name in names:
            value = get(name)
            if value:
                if type(value) is not str:
                    return None
                members.append(f'"{name}": {_json_str(value)}')
        gaps.append(", ".join(members))
    return LOG_GAP_SEPARATOR.join(gaps)


# The journal's JSON: the same text as ``db.journal.encode`` (one encoder, not one per call).
journal_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def person_snapshot_json(text: str, refs: dict[str, object]) -> str:
    """The JSON of the snapshot made of ``text`` (``person_log_text``) and ``refs`` (some of
    ``PERSON_LOGGED_REFS`` with their values): the same text as ``json.dumps`` of the whole dict with
    ``ensure_ascii=False, sort_keys=True``, which the journal writes."""
    gaps = text.split(LOG_GAP_SEPARATOR)
    members = [gaps[0]]
    for ref, gap in zip(PERSON_LOGGED_REFS, gaps[1:], strict=True):
        if ref in refs:
            members.append(f'"{ref}": {journal_json(refs[ref])}')
        members.append(gap)
    return "{" + ", ".join(filter(None, members)) + "}"


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


class RowBuilder:
    """Builds ``RowRecord``s for one mapping; the column plan is worked out once.

    ``build`` runs once per imported row (100,000 times for a large file), so the plan is flattened
    beforehand, values are taken with a plain ``dict.get`` and repeated phone numbers (a person's
    number is often the company's switchboard) are normalised once; the results are the same as
    building each row from scratch.
    """

    def __init__(self, mapping: Mapping, required: dict[str, Iterable[str]] | None = None) -> None:
        self.mapping = mapping
        self.company_kind = mapping.kind == "company"
        required = required or {}
        self.required_company = sorted((set(required.get("company", ())) | COMPANY_REQUIRED) - {"name"})
        self.required_person = sorted(set(required.get("person", ())) | PERSON_REQUIRED)
        plan: dict[str, list[int]] = {}
        for column, target in mapping.used():
            plan.setdefault(target, []).append(column)
        self.plan = plan
        self.headers = mapping.headers
        self.type_columns: dict[int, int | None] = {}
        # Google's "Phone 1 - Value" and "Address 1 - Street" have their kind in "Phone 1 - Type" and
        # "Address 1 - Type".
        position = {h: i for i, h in reversed(list(enumerate(self.headers)))}  # the first column of a name
        for column in plan.get("phone_any", []):
            self.type_columns[column] = position.get(re.sub(r"value", "Type", self.headers[column],
                                                            flags=re.IGNORECASE))
        for target in TYPED_ADDRESS:
            for column in plan.get(target, []):
                self.type_columns[column] = position.get(_ADDRESS_PART.sub("Type", self.headers[column]))
        # (target, column, header) in the order the values are taken.
        self._flat = [(target, column, self.headers[column]) for target, columns in plan.items() for column in columns]
        self._phones: dict[tuple[str, str], str | None] = {}
        self._regions: dict[str, str] = {}
        # The company part of rows seen (a person file repeats a company on each of its persons'
        # rows, often spread over the whole file): a digest of the row's company cells -> (the
        # company's values in marshal's format, its problems, name key, signature). Some 500 bytes
        # a company, so up to ``_COMPANIES_SEEN`` of them cost about 10 MB at most.
        self._companies: dict[bytes, tuple[bytes, tuple[Problem, ...], str, bytes]] = {}
        # The company and person fields as build() fills them: "" for a target the mapping does not
        # have, so only the mapped ones are looked up row by row.
        targets = set(plan)
        if "phone_any" in targets:
            targets |= {"phone", "mobile", "notes"}  # what _typed_phone makes of it
        for target, (work, home) in TYPED_ADDRESS.items():
            if target in targets:
                targets |= {work, home, "notes"}  # what _typed_address makes of it
        self._company_taken = tuple((key, target) for key, target in _COMPANY_TAKEN if target in targets)
        self._person_taken = tuple((key, target) for key, target in _PERSON_TAKEN if target in targets)

    def _cells(self, values: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        n = len(values)
        claimed: dict[str, int | None] = {}  # work/home -> the type column of the address that is it
        for target, column, header in self._flat:
            if column >= n:
                continue
            value = values[column].strip()
            if not value or value == "0.0.00" or not value.strip(": "):
                continue
            if target == "phone_any":
                target = self._typed_phone(values, column)
            elif target in TYPED_ADDRESS:
                target = self._typed_address(values, column, target, claimed)
            found = out.get(target)
            if found is None:
                out[target] = [(header, value)]
            else:
                found.append((header, value))
        return out

    def _typed_phone(self, values: Sequence[str], column: int) -> str:
        type_column = self.type_columns.get(column)
        kind = fold(values[type_column]) if type_column is not None and type_column < len(values) else ""
        if any(k in kind for k in ("mobile", "mobiel", "cell", "handy", "gsm")):
            return "mobile"
        if kind in ("", "work", "main", "werk", "zakelijk", "arbeit", "geschaftlich", "* work"):
            return "phone"
        return "notes"

    def _typed_address(self, values: Sequence[str], column: int, target: str, claimed: dict[str, int | None]) -> str:
        """The company's address (work, or no type), the person's own (home), or the notes (another type,
        or a second work or home address): the first address of each kind is the one kept."""
        type_column = self.type_columns.get(column)
        kind = fold(values[type_column]) if type_column is not None and type_column < len(values) else ""
        kind = kind.strip("* ")
        if kind in _HOME_TYPES:
            family = "home"
        elif kind in _WORK_TYPES:
            family = "work"
        else:
            return "notes"
        if claimed.setdefault(family, type_column) != type_column:
            return "notes"
        work, home = TYPED_ADDRESS[target]
        return home if family == "home" else work

    def _phone(self, raw: str, region: str) -> str | None:
        """``normalise_phone_fast``, remembered for the last few thousand numbers."""
        key = (raw, region)
        cached = self._phones.get(key, _UNSEEN)
        if cached is not _UNSEEN:
            return cached  # type: ignore[return-value]
        if len(self._phones) >= _MEMO_SIZE:
            self._phones.clear()
        normal = self._phones[key] = normalise_phone_fast(raw, region)
        return normal

    def _region(self, country: str) -> str:
        region = self._regions.get(country)
        if region is None:
            if len(self._regions) >= _MEMO_SIZE:
                self._regions.clear()
            region = self._regions[country] = region_of(country, self.mapping.region)
        return region

    def build(self, values: Sequence[str], extra: Sequence[str] = ()) -> RowRecord:
        cells = self._cells(values)
        record = RowRecord()
        notes: list[str] = []
        company_notes: list[str] = []

        found = cells.get("notes")
        if found:
            for header, value in found:
                notes.append(value if header.casefold() in _NOTES_HEADERS else f"{header}: {value}")
        found = cells.get("company_notes")
        if found:
            company_notes.extend(v for _, v in found)
        if extra:
            notes.append(" | ".join(extra))
            record.problems.append(Problem("notes", Message(EXTRA_CELLS), False))
        taken: dict[str, str] = {}  # target -> the value of its best non-empty column
        for target, found in cells.items():
            if target in _JOINED_TARGETS:
                continue
            header, value = found[0]
            if ":::" in value:
                parts = split_multi(value)
                notes.extend(f"{header}: {more}" for more in parts[1:] if more)
                value = parts[0]
            if len(found) > 1 and target in _KEEP_OTHERS:
                notes.extend(f"{h}: {v}" for h, v in found[1:] if v != found[0][1])
            taken[target] = value
        get = taken.get

        country = get("country") or get("country_code") or ""
        region = self._region(country) if country else self.mapping.region
        names = (get("first_name", ""), get("middle_name", ""), get("last_name", ""), get("full_name", ""))
        is_company_text = get("is_company")
        is_company = bool(is_company_text) and fold(is_company_text) in _TRUE
        company_name = get("company", "")
        if is_company and not company_name:
            company_name = names[3] or " ".join(p for p in names[:3] if p)
        company: dict[str, object] = _COMPANY_TEMPLATE.copy()  # the keys in this order, all ""
        company["name"] = " ".join(company_name.split())
        company["street"] = self._street(cells)
        if country and country.upper() not in ("NL", "NLD"):
            company["country"] = country
        for key, target in self._company_taken:
            company[key] = get(target, "")
        found = cells.get("company_interests")
        interests = [v for _, val in found for v in list_values(val)] if found else []
        has_person = not is_company and any(names)
        if company["name"] and (self.company_kind or is_company or not has_person):
            company["phone"] = company["phone"] or get("phone", "") or get("mobile", "")
            company["email"] = company["email"] or get("email", "")
        warnings: list[Problem] = []
        moved: list[str] = []
        # The person's own address: the home address columns, or without a company the row's address.
        address = self._home_address(cells, get)
        home_given = bool(address)
        if company["name"]:
            seen_key = blake2b(repr((*company.values(), region, company_notes, interests)).encode(),
                               digest_size=16).digest()
            seen = self._companies.get(seen_key)
            if seen is None:
                values, found_problems, name_key, sig = self._company(company, region, company_notes, interests)
                seen = (marshal.dumps(values), tuple(found_problems), name_key, sig)
                if len(self._companies) >= _COMPANIES_SEEN:
                    self._companies.clear()
                self._companies[seen_key] = seen
            record.company = marshal.loads(seen[0])  # its own dict: the importer resolves list values in place
            company_problems = seen[1]
            record.problems.extend(p for p in company_problems if p.error)
            warnings.extend(p for p in company_problems if not p.error)
            record.company_key, record.company_sig = seen[2], seen[3]
        else:
            for key, value in company.items():
                if key in _ADDRESS and not home_given:
                    if value:
                        address[key] = str(value)
                elif key != "name" and value not in ("", None):
                    moved.append(f"{_label({'category': 'category_id', 'business': 'business_id'}.get(key, key))}: "
                                 f"{value}")
            if moved and has_person:
                warnings.append(Problem("company_id", Message(NO_COMPANY_FOR_DETAILS), False))
        if has_person:
            self._person(record, names, taken, cells, region, notes, moved, warnings, address)
        elif record.company:
            extra_notes = [n for n in (*notes, *moved) if n]
            if extra_notes:
                record.company["notes"] = "\n".join(
                    n for n in (str(record.company.get("notes", "")), *extra_notes) if n)
                record.company_sig = b""  # not the seen company's values any more: add_keys works it out
        elif not self.company_kind and not is_company and get("email"):
            self._person(record, names, taken, cells, region, notes, moved, warnings, address)
        else:
            message = COMPANY_NAME_REQUIRED if (self.company_kind or is_company) else m.PERSON_NAME_REQUIRED
            record.problems.append(Problem("name" if message is COMPANY_NAME_REQUIRED else "last_name",
                                           Message(message), True))
        record.problems.extend(warnings)
        return record

    def _company(self, company: dict[str, object], region: str, notes: list[str], interests: list[str]
                 ) -> tuple[dict[str, object], list[Problem], str, bytes]:
        """The row's company cleaned: (its values, its problems: warnings and missing required
        fields, its name key, its signature)."""
        problems: list[Problem] = []
        notes = list(notes)
        self._clean_company(company, region, problems, notes)
        company["notes"] = "\n".join(notes)
        values = {k: v for k, v in company.items() if v not in ("", None)}
        if interests:
            values["interests"] = interests
        for name in self.required_company:
            key = {"category_id": "category", "business_id": "business", "interest_ids": "interests",
                   "our_contact_id": "our_contact"}.get(name, name)
            if not values.get(key):
                problems.append(Problem(name, Message(m.REQUIRED, {"label": _label(name)}), True))
        return values, problems, fold_fast(str(values.get("name", ""))), signature(values)

    @staticmethod
    def _street(cells: dict[str, list[tuple[str, str]]]) -> str:
        streets = cells.get("street")
        houses = cells.get("house_number")
        if not houses:
            if not streets:
                return ""
            if len(streets) == 1 and ":::" not in streets[0][1]:
                lines = streets[0][1].splitlines()
                if len(lines) == 1:  # the usual case: what join_street makes of one line
                    return lines[0].strip(" ,")
        street = join_street(split_multi(v)[0] for _, v in streets or ())
        number = " ".join(p for p in (split_multi(v)[0] for _, v in houses or ()) if p)
        return f"{street} {number}".strip() if number else street

    @staticmethod
    def _home_address(cells: dict[str, list[tuple[str, str]]], get) -> dict[str, str]:  # noqa: ANN001
        """The home address columns (Outlook's "Home Street"...), as the person's address fields."""
        found = cells.get("home_street")
        address = {"street": join_street(split_multi(v)[0] for _, v in found) if found else "",
                   "postal_code": get("home_postal_code", ""), "city": get("home_city", ""),
                   "country": get("home_country", "")}
        return {k: v for k, v in address.items() if v}

    def _person(self, record: RowRecord, names: tuple[str, str, str, str], taken: dict[str, str], cells,
                region: str, notes: list[str], moved: list[str], warnings: list[Problem],
                address: dict[str, str]) -> None:
        get = taken.get
        salutation, first_name, middle, last = person_name(*names)
        person: dict[str, object] = _PERSON_TEMPLATE.copy()  # the keys in this order, all ""
        person["salutation"] = get("salutation") or salutation
        person["first_name"] = first_name
        person["middle_name"] = middle
        person["last_name"] = last
        for key, target in self._person_taken:
            person[key] = get(target, "")
        person.update(address)
        if not first_name and not last and person["email"]:
            person["first_name"], person["last_name"] = name_from_email(str(person["email"]))
            warnings.append(Problem("last_name", Message(NAME_FROM_EMAIL, {"value": person["email"]}), False))
        self._clean_person(person, region, record.problems, warnings, notes)
        notes.extend(moved)
        person["notes"] = "\n".join(filter(None, notes)).replace("\r\n", "\n")
        record.person = {k: v for k, v in person.items() if v not in ("", None)}
        found = cells.get("person_interests")
        if found:
            interests = [v for _, val in found for v in list_values(val)]
            if interests:
                record.person["interests"] = interests
        if not record.person.get("first_name") and not record.person.get("last_name"):
            record.problems.append(Problem("last_name", Message(m.PERSON_NAME_REQUIRED), True))
        for name in self.required_person:
            key = {"lead_status_id": "lead_status", "interest_ids": "interests"}.get(name, name)
            if not record.person.get(key):
                record.problems.append(Problem(name, Message(m.REQUIRED, {"label": _label(name)}), True))

    @staticmethod
    def _moved(problems: list[Problem], notes: list[str], name: str, value: str,
               text: str = WRONG_VALUE_KEPT) -> None:
        problems.append(Problem(name, Message(text, {"value": value, "label": _label(name)}), False))
        notes.append(f"{_label(name)}: {value}")

    def _clean_company(self, company: dict[str, object], region: str, warnings: list[Problem],
                       notes: list[str]) -> None:
        # Every value here is a str (build() made them so).
        for name in ("name", "department", "street", "city", "country"):
            value = company[name]
            if value:
                company[name] = " ".join(str(value).split())[:250]
        for name, fn, text in _COMPANY_CHECKS:
            raw = company[name]
            if raw:
                raw = str(raw)
                if fn is None:  # the phone
                    normal = self._phone(raw, region)
                elif name == "postal_code":
                    normal = fn(raw, str(company["country"]))
                else:
                    normal = fn(raw)
                if normal is None:
                    company[name] = ""
                    self._moved(warnings, notes, name, raw, text)
                else:
                    company[name] = normal
        for name in ("employees", "branches"):
            if company[name] == "":
                company[name] = None
                continue
            raw = str(company[name]).replace(".", "").strip()
            company[name] = None
            if raw.isdigit():
                company[name] = int(raw)
            elif raw:
                self._moved(warnings, notes, name, raw, NUMBER_IGNORED)

    def _clean_person(self, person: dict[str, object], region: str, problems: list[Problem],
                      warnings: list[Problem], notes: list[str]) -> None:
        for name in ("salutation", "first_name", "middle_name", "last_name", "position"):
            value = person[name]
            if value:
                person[name] = " ".join(str(value).split())[:250]
        email = str(person["email"])
        if email:
            normal = normalise_email(email.removeprefix("mailto:"))
            if normal is None:
                problems.append(Problem("email", Message(m.EMAIL_INVALID, {"value": email}), True))
            else:
                person["email"] = normal
        for name in ("phone", "mobile"):
            raw = str(person[name])
            if raw:
                normal = self._phone(raw, region)
                if normal is None and region != "NL":
                    normal = self._phone(raw, "NL")
                if normal is None:
                    person[name] = ""
                    self._moved(warnings, notes, name, raw)
                else:
                    person[name] = normal
        if person["phone"] and person["phone"] == person["mobile"]:
            person["phone"] = ""
        for name in ("street", "city", "country"):
            value = person[name]
            if value:
                person[name] = " ".join(str(value).split())[:250]
        raw = str(person["postal_code"])
        if raw:
            normal = normalise_postal_code(raw, str(person["country"]))
            if normal is None:
                person["postal_code"] = ""
                self._moved(warnings, notes, "postal_code", raw, m.POSTAL_CODE_INVALID)
            else:
                person["postal_code"] = normal


_HOME_TYPES = frozenset({"home", "thuis", "prive", "privat", "zuhause", "woonadres", "private"})
_WORK_TYPES = frozenset({"", "work", "werk", "zakelijk", "business", "geschaftlich", "arbeit", "kantoor", "office",
                         "main", "bezoekadres", "postadres"})
_ADDRESS_PART = re.compile(r"(?i)(?:street|extended address|city|postal code|country|region|po box)\s*$")
_UNSEEN = object()
_MEMO_SIZE = 4096
_COMPANIES_SEEN = 20_000  # companies remembered by a RowBuilder (about 500 bytes each), then it starts again
# (field, target it is taken from) of the company and person dicts, after the template's order.
_COMPANY_TEMPLATE = dict.fromkeys(("name", "department", "street", "postal_code", "city", "country", "website", "kvk",
                                   "vat", "category", "business", "phone", "email", "employees", "branches"), "")
_COMPANY_TAKEN = (("department", "department"), ("postal_code", "postal_code"), ("city", "city"),
                  ("website", "website"), ("kvk", "kvk"), ("vat", "vat"), ("category", "category"),
                  ("business", "business"), ("phone", "company_phone"), ("email", "company_email"),
                  ("employees", "employees"), ("branches", "branches"))
_PERSON_TEMPLATE = dict.fromkeys(("salutation", "first_name", "middle_name", "last_name", "position", "email", "phone",
                                  "mobile", "street", "postal_code", "city", "country", "lead_status"), "")
# The company's address fields, which become the person's own when the row names no company.
_ADDRESS = frozenset({"street", "postal_code", "city", "country"})
_PERSON_TAKEN = (("position", "position"), ("email", "email"), ("phone", "phone"), ("mobile", "mobile"),
                 ("lead_status", "lead_status"))
# The company's values checked in this order: (field, normaliser (None: the phone), message when invalid).
_COMPANY_CHECKS = (("phone", None, WRONG_VALUE_KEPT), ("email", normalise_email, WRONG_VALUE_KEPT),
                   ("postal_code", normalise_postal_code, m.POSTAL_CODE_INVALID),
                   ("kvk", normalise_kvk, WRONG_VALUE_KEPT), ("vat", normalise_vat, WRONG_VALUE_KEPT),
                   ("website", normalise_website, WRONG_VALUE_KEPT))


def build_record(mapping: Mapping, values: Sequence[str], *, extra: Sequence[str] = (),
                 required: dict[str, Iterable[str]] | None = None) -> RowRecord:
    """One row with ``mapping`` (convenience over ``RowBuilder`` for a single row)."""
    return RowBuilder(mapping, required).build(values, extra)
