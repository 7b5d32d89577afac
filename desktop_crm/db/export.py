"""Reading companies and persons for export: plain tuples, references resolved to names, in id order.

Exports read tuples (not model instances) in chunks of ids, so a list of any size streams.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from desktop_crm.db.addresses import ADDRESS_FIELDS, home_address, person_address
from desktop_crm.db.bulk import chunks
from desktop_crm.db.connection import database

# Column name -> SQL expression, per kind. "Name"-columns of references resolve to the list item's name.
_INTERESTS = ("(SELECT group_concat(name, ', ') FROM (SELECT i.name FROM {link} l JOIN {table} i "
              "ON i.id = l.interest_id WHERE l.{owner} = {alias}.id ORDER BY i.rank, i.id))")

COMPANY_COLUMNS: dict[str, str] = {
    "uuid": "c.uuid",
    "name": "c.name",
    "department": "c.department",
    "category_id": "(SELECT name FROM category WHERE id = c.category_id)",
    "business_id": "(SELECT name FROM business WHERE id = c.business_id)",
    "kvk": "c.kvk",
    "vat": "c.vat",
    "street": "c.street",
    "postal_code": "c.postal_code",
    "city": "c.city",
    "country": "c.country",
    "phone": "c.phone",
    "email": "c.email",
    "website": "c.website",
    "employees": "c.employees",
    "branches": "c.branches",
    "our_contact_id": "(SELECT name FROM associate WHERE id = c.our_contact_id)",
    "notes": "c.notes",
    "interest_ids": _INTERESTS.format(link="company_interest_link", table="company_interest", owner="company_id",
                                      alias="c"),
}

PERSON_COLUMNS: dict[str, str] = {
    "uuid": "p.uuid",
    "salutation": "p.salutation",
    "first_name": "p.first_name",
    "middle_name": "p.middle_name",
    "last_name": "p.last_name",
    "position": "p.position",
    "email": "p.email",
    "phone": "p.phone",
    "mobile": "p.mobile",
    "company_id": "c.name",
    "department": "c.department",
    # The address a person is written to: their company's when they work at one (as before), otherwise
    # their own. The same rule as the import's, so an exported person imports back the same way.
    **{f: person_address(f) for f in ADDRESS_FIELDS},
    # Their own (home) address when they work at a company (without one it is in the columns above):
    # headers the importer reads as the person's own address, so it comes back on import.
    **{f"home_{f}": home_address(f) for f in ADDRESS_FIELDS},
    "website": "c.website",
    "kvk": "c.kvk",
    "lead_status_id": "(SELECT name FROM lead_status WHERE id = p.lead_status_id)",
    "notes": "p.notes",
    "left_company": "p.left_company",
    "interest_ids": _INTERESTS.format(link="person_interest_link", table="person_interest", owner="person_id",
                                      alias="p"),
}

COLUMNS = {"company": COMPANY_COLUMNS, "person": PERSON_COLUMNS}
# Read for the vCard (its HOME address), not offered as export columns: the person's own address
# whether or not they work at a company.
OWN_ADDRESS: dict[str, str] = {f"own_{f}": f"p.{f}" for f in ADDRESS_FIELDS}
_EXPRESSIONS = {"company": COMPANY_COLUMNS, "person": {**PERSON_COLUMNS, **OWN_ADDRESS}}
_FROM = {
    "company": ("company c", "c"),
    "person": ("person p LEFT JOIN company c ON c.id = p.company_id", "p"),
}


def rows(kind: str, ids: Iterable[int], columns: Sequence[str]) -> Iterator[tuple]:
    """Tuples of ``columns`` for the live records among ``ids``, in the order of ``ids``."""
    exprs = ", ".join(_EXPRESSIONS[kind][c] for c in columns)
    source, alias = _FROM[kind]
    for batch in chunks(ids):
        marks = ",".join("?" * len(batch))
        sql = (f"SELECT {alias}.id, {exprs} FROM {source} "
               f"WHERE {alias}.deleted_at IS NULL AND {alias}.id IN ({marks})")
        found = {row[0]: row[1:] for row in database.obj.execute_sql(sql, batch).fetchall()}
        for record_id in batch:
            row = found.get(record_id)
            if row is not None:
                yield row


def all_ids(kind: str) -> list[int]:
    """Ids of every live record of ``kind``, in id order."""
    table = "company" if kind == "company" else "person"
    return [r[0] for r in database.obj.execute_sql(
        f"SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY id").fetchall()]
