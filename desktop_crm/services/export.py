"""Export of any list or selection of companies or persons to CSV, XLSX and vCard 3.0.

* CSV is written as UTF-8 with a BOM and ``;`` by default, which Dutch Excel opens correctly with
  a double click (it expects ``;`` under a Dutch locale and needs the BOM to read UTF-8).
* XLSX is streamed with openpyxl's write-only workbook: memory stays flat for any number of rows.
* vCard 3.0: persons as person cards (N, FN, ORG, TITLE, EMAIL, TEL, ADR of their company and their
  own as a HOME address),
  companies as organisation cards (``X-ABShowAs:COMPANY``, understood by Apple, Thunderbird, Outlook).

Every export writes to a temporary file beside ``path`` and renames it at the end, so a failed or
cancelled export never leaves half a file under the chosen name. ``progress(done, total) -> bool``
may cancel (return False): then nothing is written and ``Cancelled`` is raised.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop_crm.db import export as db_export
from desktop_crm.domain.entities import FIELD_LABELS
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP
from desktop_crm.domain.names import full_name
from desktop_crm.services.bulk import Cancelled

ProgressFn = Callable[[int, int], bool]

# Extra column labels that are not fields of the record itself.
QT_TRANSLATE_NOOP("Fields", "UUID")
_EXTRA_LABELS = {"uuid": "UUID",
                 "home_street": QT_TRANSLATE_NOOP("Fields", "Home street"),
                 "home_postal_code": QT_TRANSLATE_NOOP("Fields", "Home postal code"),
                 "home_city": QT_TRANSLATE_NOOP("Fields", "Home city"),
                 "home_country": QT_TRANSLATE_NOOP("Fields", "Home country")}

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "company": ("name", "department", "category_id", "business_id", "kvk", "vat", "street", "postal_code", "city",
                "country", "phone", "email", "website", "employees", "branches", "our_contact_id", "interest_ids",
                "notes"),
    "person": ("salutation", "first_name", "middle_name", "last_name", "position", "company_id", "email", "phone",
               "mobile", "street", "postal_code", "city", "country", "home_street", "home_postal_code", "home_city",
               "home_country", "lead_status_id", "interest_ids", "notes"),
}


def available_columns(kind: str) -> list[str]:
    """Every column that can be exported for ``kind`` ("company" or "person")."""
    return list(db_export.COLUMNS[_kind(kind)])


def column_label(name: str) -> str:
    """The English header of a column (translate it in the "Fields" context for the interface)."""
    return _EXTRA_LABELS.get(name) or FIELD_LABELS.get(name, name)


def _kind(kind: str) -> str:
    kind = {"companies": "company", "persons": "person"}.get(kind, kind)
    if kind not in db_export.COLUMNS:
        raise ValueError(f"unknown kind {kind!r}")
    return kind


def _columns(kind: str, columns: Sequence[str] | None) -> list[str]:
    cols = list(columns) if columns else list(DEFAULT_COLUMNS[kind])
    unknown = [c for c in cols if c not in db_export.COLUMNS[kind]]
    if unknown:
        raise ValueError(f"unknown column(s) for {kind}: {', '.join(unknown)}")
    return cols


def rows(kind: str, ids: Iterable[int] | None, columns: Sequence[str] | None = None) -> Iterator[tuple]:
    """The values of ``columns`` for each live record among ``ids`` (None: all), as tuples.

    References (category, company, lead status...) are given as names, interests as a
    comma-separated list; values are as stored (None for an empty number).
    """
    kind = _kind(kind)
    cols = _columns(kind, columns)
    yield from db_export.rows(kind, db_export.all_ids(kind) if ids is None else ids, cols)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


@contextmanager
def _replacing(path: Path, mode: str = "w", **kwargs) -> Iterator:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        if "b" in mode or mode == "xlsx":
            yield tmp
        else:
            with tmp.open(mode, **kwargs) as fh:
                yield fh
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _counted(values: Iterator[tuple], total: int, progress: ProgressFn | None) -> Iterator[tuple]:
    done = 0
    for row in values:
        yield row
        done += 1
        if progress is not None and (done % 500 == 0) and not progress(done, total):
            raise Cancelled()
    if progress is not None and not progress(done, total):
        raise Cancelled()


def export_csv(kind: str, ids: Sequence[int] | None, path: Path | str, columns: Sequence[str] | None = None,
               delimiter: str = ";", *, headers: Sequence[str] | None = None,
               progress: ProgressFn | None = None) -> int:
    """Write a CSV (UTF-8 with BOM, CRLF, ``delimiter`` ``;`` or ``,``); returns the number of rows.

    ``headers`` replaces the English column labels (e.g. translated by the interface).
    """
    kind = _kind(kind)
    cols = _columns(kind, columns)
    ids = db_export.all_ids(kind) if ids is None else list(ids)
    count = 0
    with _replacing(Path(path), "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(list(headers) if headers else [column_label(c) for c in cols])
        for row in _counted(db_export.rows(kind, ids, cols), len(ids), progress):
            writer.writerow([_text(v) for v in row])
            count += 1
    return count


# Control characters that XML 1.0 (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_xlsx(kind: str, ids: Sequence[int] | None, path: Path | str, columns: Sequence[str] | None = None, *,
                headers: Sequence[str] | None = None, progress: ProgressFn | None = None) -> int:
    """Write an Excel workbook with one sheet (streamed); returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    kind = _kind(kind)
    cols = _columns(kind, columns)
    ids = db_export.all_ids(kind) if ids is None else list(ids)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title="Companies" if kind == "company" else "Persons")
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for text in (list(headers) if headers else [column_label(c) for c in cols]):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    numeric = {"employees", "branches"}
    count = 0
    with _replacing(Path(path), "xlsx") as tmp:
        for row in _counted(db_export.rows(kind, ids, cols), len(ids), progress):
            out: list[object] = []
            for name, value in zip(cols, row, strict=True):
                if value is None:
                    out.append(None)
                elif name in numeric and isinstance(value, int):
                    out.append(value)
                elif name == "left_company":
                    out.append(bool(value))
                else:
                    out.append(_ILLEGAL_XML.sub("", str(value)))
            ws.append(out)
            count += 1
        wb.save(tmp)
    return count


# vCard 3.0 -------------------------------------------------------------------------------------------

_VCARD_PERSON = ("uuid", "salutation", "first_name", "middle_name", "last_name", "position", "email", "phone",
                 "mobile", "company_id", "department", "street", "postal_code", "city", "country", "website",
                 "notes", *db_export.OWN_ADDRESS)
_VCARD_COMPANY = ("uuid", "name", "department", "street", "postal_code", "city", "country", "phone", "email",
                  "website", "notes", "kvk")


def vcard_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
            .replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets (RFC 6350 3.2), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    parts: list[str] = []
    start, width = 0, limit
    while start < len(data):
        end = min(start + width, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: step back
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, width = end, limit - 1
    return "\r\n ".join(parts)


def _card(lines: list[str]) -> str:
    return "".join(fold_line(line) + "\r\n" for line in ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"])


_EMAIL = "EMAIL;TYPE=INTERNET,WORK,PREF"
_WORK_PHONE = "TEL;TYPE=WORK,VOICE"


def _filled(v: dict[str, str], *properties: tuple[str, str]) -> list[str]:
    """A ``PROPERTY:value`` line for each (property, field) pair whose field is filled, in order."""
    return [f"{prop}:{vcard_escape(v[field])}" for prop, field in properties if v[field]]


def _org(name: str, department: str) -> str:
    return "ORG:" + vcard_escape(name) + (f";{vcard_escape(department)}" if department else "")


def _address(kind: str, v: dict[str, str], prefix: str = "") -> list[str]:
    """An ``ADR;TYPE=kind`` line of the fields ``prefix + street`` etc., when any of them is filled."""
    street, postal_code, city, country = (v[prefix + k] for k in ("street", "postal_code", "city", "country"))
    if not any((street, postal_code, city, country)):
        return []
    e = vcard_escape
    return [f"ADR;TYPE={kind}:;;{e(street)};{e(city)};;{e(postal_code)};{e(country)}"]


def person_card(values: dict[str, object]) -> str:
    v = {k: _text(x) for k, x in values.items()}
    e = vcard_escape
    family = " ".join(p for p in (v["middle_name"], v["last_name"]) if p)
    fn = full_name(v["first_name"], v["middle_name"], v["last_name"]) or v["company_id"] or v["email"]
    lines = [f"UID:urn:uuid:{v['uuid']}", f"N:{e(family)};{e(v['first_name'])};;{e(v['salutation'])};",
             f"FN:{e(fn)}"]
    if v["company_id"]:
        lines.append(_org(v["company_id"], v["department"]))
    lines += _filled(v, ("TITLE", "position"), (_EMAIL, "email"), (_WORK_PHONE, "phone"), ("TEL;TYPE=CELL", "mobile"))
    if v["company_id"]:  # the address columns are the company's
        lines += _address("WORK", v)
    lines += _address("HOME", v, "own_")
    lines += _filled(v, ("URL", "website"), ("NOTE", "notes"))
    return _card(lines)


def company_card(values: dict[str, object]) -> str:
    v = {k: _text(x) for k, x in values.items()}
    lines = [f"UID:urn:uuid:{v['uuid']}", "N:;;;;", f"FN:{vcard_escape(v['name'])}", _org(v["name"], v["department"]),
             "X-ABShowAs:COMPANY"]
    lines += _filled(v, (_EMAIL, "email"), (_WORK_PHONE, "phone"))
    lines += _address("WORK", v)
    lines += _filled(v, ("URL", "website"), ("X-KVK", "kvk"), ("NOTE", "notes"))
    return _card(lines)


def export_vcard(ids: Sequence[int] | None, path: Path | str, kind: str = "person", *,
                 progress: ProgressFn | None = None) -> int:
    """Write vCard 3.0 cards (UTF-8, CRLF): persons (default) or, with ``kind="company"``, organisations."""
    kind = _kind(kind)
    cols = _VCARD_PERSON if kind == "person" else _VCARD_COMPANY
    make = person_card if kind == "person" else company_card
    ids = db_export.all_ids(kind) if ids is None else list(ids)
    count = 0
    with _replacing(Path(path), "w", encoding="utf-8", newline="") as fh:
        for row in _counted(db_export.rows(kind, ids, cols), len(ids), progress):
            fh.write(make(dict(zip(cols, row, strict=True))))
            count += 1
    return count
