"""Small lookups for pickers and labels: companies by name prefix (FTS5), a company's persons, and
names of records and list items by UUID (for showing journal references)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_crm.db.connection import database
from desktop_crm.db.models import LIST_MODELS, Company, Person
from desktop_crm.domain.names import fold, full_name

# How many index hits are looked at before sorting by name: the FTS5 query stays bounded (the
# unranked first hits are fast even for a common two-letter prefix), the sort is over few rows.
_MAX_HITS = 1000
_TOKEN = re.compile(r"\w+", re.UNICODE)


def company_name_query(prefix: str) -> str | None:
    """An FTS5 MATCH expression: every word of ``prefix`` as a prefix of a word of the name."""
    tokens = _TOKEN.findall(prefix)
    if not tokens:
        return None
    return "name : (" + " ".join('"' + t.replace('"', '""') + '"*' for t in tokens) + ")"


def find_companies(prefix: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, name, city) of live companies whose name has words starting with the words of ``prefix``;
    names that start with the prefix come first, then by name."""
    match = company_name_query(prefix)
    if match is None or limit <= 0:
        return []
    starts = fold(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    cursor = database.execute_sql(
        "SELECT c.id, c.name, c.city FROM company AS c"
        " WHERE c.id IN (SELECT rowid FROM company_fts WHERE company_fts MATCH ? LIMIT ?)"
        "   AND c.deleted_at IS NULL"
        " ORDER BY (c.name_sort LIKE ? ESCAPE '\\') DESC, c.name_sort, c.id LIMIT ?",
        (match, _MAX_HITS, starts, limit))
    return [(row[0], row[1], row[2]) for row in cursor.fetchall()]


def company_persons(company_id: int) -> list[tuple[int, str, str, str, str, bool]]:
    """(id, first name, middle name, last name, position, e-mail, left company) of the company's live
    persons, in Dutch name order."""
    query = (Person.select(Person.id, Person.first_name, Person.middle_name, Person.last_name, Person.position,
                           Person.email, Person.left_company)
             .where(Person.company == company_id, Person.deleted_at.is_null())
             .order_by(Person.sort_key, Person.id))
    return [tuple(row) for row in query.tuples()]


def names_by_uuid(kind: str, uuids: Iterable[str]) -> dict[str, str]:
    """Names of the records or list items of ``kind`` with the given UUIDs (deleted ones included,
    so old journal rows still read well). ``kind`` is "company", "person" or a list kind."""
    wanted = sorted({u for u in uuids if u})
    if not wanted:
        return {}
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        if kind == "company":
            rows = Company.select(Company.uuid, Company.name).where(Company.uuid.in_(chunk)).tuples()
            out.update({u: n for u, n in rows})
        elif kind == "person":
            rows = (Person.select(Person.uuid, Person.first_name, Person.middle_name, Person.last_name)
                    .where(Person.uuid.in_(chunk)).tuples())
            out.update({u: full_name(f, m, n) for u, f, m, n in rows})
        else:
            model = LIST_MODELS[kind]
            rows = model.select(model.uuid, model.name).where(model.uuid.in_(chunk)).tuples()
            out.update({u: n for u, n in rows})
    return out
