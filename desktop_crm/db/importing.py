"""SQL of the importer: batched look-ups of existing records and bulk writes on peewee's cursor.

Everything runs inside the import's one transaction (``journal.action``). Look-ups take a batch of
keys and use the indexes (kvk, name_sort, sort_key, email, postal_code, company_id); writes use
``executemany`` on the connection's cursor with explicit ids (the transaction holds the write
lock, so ``max(id) + 1`` onwards is ours).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_crm.db.bulk import chunks
from desktop_crm.db.connection import database

COMPANY_FIELDS = ("name", "department", "category_id", "business_id", "kvk", "vat", "street", "postal_code", "city",
                  "country", "phone", "email", "website", "employees", "branches", "our_contact_id", "notes")
PERSON_FIELDS = ("company_id", "salutation", "first_name", "middle_name", "last_name", "position", "email", "phone",
                 "mobile", "lead_status_id", "notes", "left_company")


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _select(sql: str, values: Sequence[object]) -> list[tuple]:
    out: list[tuple] = []
    for batch in chunks(values):
        out.extend(database.obj.execute_sql(sql.format(marks=_marks(len(batch))), batch).fetchall())
    return out


def companies_by(column: str, values: Iterable[str]) -> list[tuple[int, str, str, str]]:
    """(id, value of ``column``, postal_code, kvk) of live companies whose ``column`` is one of ``values``."""
    wanted = sorted({v for v in values if v})
    if not wanted:
        return []
    return _select(f"SELECT id, {column}, postal_code, kvk FROM company "
                   f"WHERE deleted_at IS NULL AND {column} IN ({{marks}})", wanted)


def persons_by_email(emails: Iterable[str]) -> list[tuple[int, str, int | None]]:
    """(id, email, company_id) of live persons with one of ``emails`` (as written, and lower case)."""
    wanted = sorted({v for e in emails if e for v in (e, e.lower())})
    if not wanted:
        return []
    # "email != ''" lets SQLite use the partial index person_by_email (WHERE email != '').
    return _select("SELECT id, email, company_id FROM person WHERE deleted_at IS NULL AND email != '' "
                   "AND email IN ({marks})", wanted)


def persons_near(company_ids: Iterable[int], postal_codes: Iterable[str], keys: Iterable[str]
                 ) -> list[tuple[int, str, int | None, str, str]]:
    """(id, sort_key, company_id, company's postal code, email): every live person of ``company_ids``
    (the candidates for matching by name, and for the duplicate check), and the persons with one of
    the name ``keys`` at a company at one of ``postal_codes``. Indexed, a few rows per company."""
    out: list[tuple] = []
    companies = sorted({c for c in company_ids if c is not None})
    if companies:
        out += _select("SELECT p.id, p.sort_key, p.company_id, c.postal_code, p.email FROM person p "
                       "JOIN company c ON c.id = p.company_id "
                       "WHERE p.deleted_at IS NULL AND p.company_id IN ({marks})", companies)
    codes = sorted({c for c in postal_codes if c})
    names = sorted({k for k in keys if k})
    for start in range(0, len(codes), 900):
        batch = codes[start:start + 900]
        out += database.obj.execute_sql(
            "SELECT p.id, p.sort_key, p.company_id, c.postal_code, p.email FROM company c CROSS JOIN person p "
            f"ON p.company_id = c.id WHERE c.postal_code IN ({_marks(len(batch))}) AND c.deleted_at IS NULL "
            f"AND p.deleted_at IS NULL AND p.sort_key IN ({_marks(len(names))})", [*batch, *names]).fetchall()
    return list(dict.fromkeys(out))


def persons_without_company(keys: Iterable[str]) -> list[tuple[int, str, None, str, str]]:
    """(id, sort_key, None, "", email) of live persons without a company with one of the name ``keys``."""
    wanted = sorted({k for k in keys if k})
    if not wanted:
        return []
    return _select("SELECT id, sort_key, company_id, '', email FROM person WHERE deleted_at IS NULL "
                   "AND company_id IS NULL AND sort_key IN ({marks})", wanted)


def rows_of(table: str, fields: Sequence[str], ids: Iterable[int]) -> dict[int, dict[str, object]]:
    """Current values (plus id, uuid, version) of the given records."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    cols = ", ".join(("id", "uuid", "version", *fields))
    out: dict[int, dict[str, object]] = {}
    for row in _select(f"SELECT {cols} FROM {table} WHERE id IN ({{marks}})", wanted):
        out[row[0]] = dict(zip(("id", "uuid", "version", *fields), row, strict=True))
    return out


def interest_ids(link_table: str, owner: str, ids: Iterable[int]) -> dict[int, set[int]]:
    wanted = sorted(set(ids))
    out: dict[int, set[int]] = {i: set() for i in wanted}
    for owner_id, interest_id in _select(f"SELECT {owner}, interest_id FROM {link_table} WHERE {owner} IN ({{marks}})",
                                         wanted):
        out[owner_id].add(interest_id)
    return out


def next_id(table: str) -> int:
    row = database.obj.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    return int(row[0]) + 1


def insert_companies(rows: list[tuple]) -> None:
    """Rows of (id, uuid, created_at, updated_at, changed_by, name_sort, *COMPANY_FIELDS)."""
    if rows:
        cols = ("id", "uuid", "created_at", "updated_at", "changed_by", "name_sort", *COMPANY_FIELDS)
        database.obj.cursor().executemany(
            f"INSERT INTO company ({', '.join(cols)}) VALUES ({_marks(len(cols))})", rows)


def insert_persons(rows: list[tuple]) -> None:
    """Rows of (id, uuid, created_at, updated_at, changed_by, sort_key, *PERSON_FIELDS)."""
    if rows:
        cols = ("id", "uuid", "created_at", "updated_at", "changed_by", "sort_key", *PERSON_FIELDS)
        database.obj.cursor().executemany(
            f"INSERT INTO person ({', '.join(cols)}) VALUES ({_marks(len(cols))})", rows)


def update_rows(table: str, fields: Sequence[str], rows: list[tuple]) -> None:
    """Rows of (*values of ``fields``, updated_at, changed_by, id); the version goes up by one."""
    if rows:
        sets = ", ".join(f"{f} = ?" for f in fields)
        database.obj.cursor().executemany(
            f"UPDATE {table} SET {sets}, updated_at = ?, changed_by = ?, version = version + 1 WHERE id = ?", rows)


def add_interest_links(link_table: str, owner: str, pairs: list[tuple[int, int]]) -> None:
    if pairs:
        database.obj.cursor().executemany(
            f"INSERT OR IGNORE INTO {link_table} ({owner}, interest_id) VALUES (?, ?)", pairs)


def company_uuids(ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    return dict(_select("SELECT id, uuid FROM company WHERE id IN ({marks})", wanted)) if wanted else {}


def companies_at_postal_codes(codes: Iterable[str]) -> list[tuple[int, str, str]]:
    """(id, postal_code, name_sort) of the live companies at these postal codes."""
    wanted = sorted({c for c in codes if c})
    if not wanted:
        return []
    return _select("SELECT id, postal_code, name_sort FROM company WHERE deleted_at IS NULL "
                   "AND postal_code IN ({marks})", wanted)


def add_selection_members(selection_id: int, ids: Sequence[int]) -> None:
    """Members of the import's static selection, in one executemany."""
    database.obj.cursor().executemany("INSERT OR IGNORE INTO selection_member (selection_id, record_id) VALUES (?, ?)",
                                      [(selection_id, i) for i in ids])


def uuids_of(table: str, ids: Sequence[int]) -> list[str]:
    return sorted(r[0] for r in _select(f"SELECT uuid FROM {table} WHERE id IN ({{marks}})", list(ids)))


def set_selection_description(selection_id: int, description: str) -> None:
    database.obj.execute_sql("UPDATE selection SET description = ? WHERE id = ?", [description, selection_id])
