"""SQL of the duplicate search: blocks of records that share a key, streamed in key order.

Each query returns rows ``(block key, id, name key)`` ordered by the block key, so the caller
holds one block at a time; exact-key groups (e-mail, phone, KvK) are found by SQLite with GROUP BY.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop_crm.db.addresses import person_address
from desktop_crm.db.connection import database

FETCH = 20_000


def _stream(sql: str, params: tuple = ()) -> Iterator[tuple]:
    cursor = database.obj.execute_sql(sql, params)
    while True:
        rows = cursor.fetchmany(FETCH)
        if not rows:
            break
        yield from rows


_NAME = {"company": "name_sort", "person": "sort_key"}


def email_groups(kind: str) -> Iterator[tuple]:
    """(lower e-mail, id, name key) of records sharing an e-mail address with another record."""
    table, name = kind, _NAME[kind]
    return _stream(f"SELECT k, id, n FROM (SELECT lower(email) k, id, {name} n, count(*) OVER (PARTITION BY "
                   f"lower(email)) c FROM {table} WHERE deleted_at IS NULL AND email != '') WHERE c > 1")


def _phone_token(phone: str) -> str:
    """A stored phone number as the search index holds it (digits, national form for Dutch numbers)."""
    text = phone.replace(" ", "").replace("-", "").replace("+31", "0")
    return "".join(c for c in text if c.isalnum()).lower()


def phone_groups(kind: str) -> Iterator[tuple]:
    """(phone digits, id, name key) of records sharing a phone (or mobile) number with another one.

    The search index already holds every number as a token: fts5vocab lists the tokens of the phone
    column found in more than one record (a fraction of a second), and only those records are read.
    """
    db = database.obj
    fts = f"{kind}_fts"
    db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_terms USING fts5vocab(main, '{fts}', 'col')")
    terms = [r[0] for r in db.execute_sql(f"SELECT term FROM temp.{fts}_terms WHERE col = 'phone' AND doc > 1")]
    wanted = set(terms)
    name, mobile = _NAME[kind], ("mobile" if kind == "person" else "''")
    found: list[tuple[str, int, str]] = []
    for start in range(0, len(terms), 300):
        query = "phone : (" + " OR ".join(f'"{t}"' for t in terms[start:start + 300]) + ")"
        for record_id, key, phone, other in db.execute_sql(
                f"SELECT t.id, t.{name}, t.phone, {mobile} FROM {fts} f JOIN {kind} t ON t.id = f.rowid "
                f"WHERE {fts} MATCH ? AND t.deleted_at IS NULL", [query]).fetchall():
            for token in {_phone_token(phone), _phone_token(other)} & wanted:
                found.append((token, record_id, key))
    found = sorted(set(found))
    return iter(found)


def email_domain_blocks() -> Iterator[tuple]:
    """(domain, lower e-mail, id, sort_key) of persons with an e-mail address, by domain and address:
    one pass serves both the same-address groups and the same-domain name blocks."""
    return _stream("SELECT lower(substr(email, instr(email, '@') + 1)) d, lower(email) e, id, sort_key FROM person "
                   "WHERE deleted_at IS NULL AND email LIKE '%@%' ORDER BY d, e")


def kvk_groups() -> Iterator[tuple]:
    return _stream("SELECT kvk, id, name_sort FROM company WHERE deleted_at IS NULL AND kvk != '' AND kvk IN "
                   "(SELECT kvk FROM company WHERE deleted_at IS NULL AND kvk != '' GROUP BY kvk "
                   "HAVING count(*) > 1) ORDER BY kvk")


def postal_blocks(kind: str) -> Iterator[tuple]:
    """(block, id, name key): companies by postal code; persons by their company's postal code, or
    by their company when it has none."""
    if kind == "company":
        return _stream("SELECT postal_code, id, name_sort FROM company WHERE deleted_at IS NULL AND postal_code != '' "
                       "ORDER BY postal_code")
    # CROSS JOIN keeps company outside: its postal code index gives the order, no sort of a million rows.
    return _stream("SELECT CASE WHEN c.postal_code != '' THEN c.postal_code ELSE '#' || c.id END, p.id, p.sort_key "
                   "FROM company c CROSS JOIN person p ON p.company_id = c.id "
                   "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY c.postal_code, c.id")


def private_postal_blocks() -> Iterator[tuple]:
    """(postal code, id, name key) of persons without a company, by their own postal code. The partial
    index person_by_postal_code gives the order (SQLite would otherwise take person_by_company for
    ``company_id IS NULL`` and sort every person without a company)."""
    return _stream(PRIVATE_POSTAL_BLOCKS)


PRIVATE_POSTAL_BLOCKS = ("SELECT postal_code, id, sort_key FROM person INDEXED BY person_by_postal_code "
                         "WHERE postal_code != '' AND company_id IS NULL AND deleted_at IS NULL ORDER BY postal_code")


def domain_blocks(kind: str) -> Iterator[tuple]:
    """(e-mail domain, id, name key) of records with an e-mail address, by domain."""
    table, name = kind, _NAME[kind]
    return _stream(f"SELECT lower(substr(email, instr(email, '@') + 1)) d, id, {name} FROM {table} "
                   "WHERE deleted_at IS NULL AND email LIKE '%@%' ORDER BY d")


def labels(kind: str, ids: list[int]) -> dict[int, tuple]:
    """Display values of the records: companies (name, city, postal code), persons (first, middle, last,
    company name, city: the company's, or their own without a company)."""
    out: dict[int, tuple] = {}
    for start in range(0, len(ids), 900):
        batch = ids[start:start + 900]
        marks = ",".join("?" * len(batch))
        if kind == "company":
            sql = f"SELECT id, name, city, postal_code FROM company WHERE id IN ({marks})"
        else:
            sql = (f"SELECT p.id, p.first_name, p.middle_name, p.last_name, c.name, {person_address('city')} "
                   f"FROM person p "
                   f"LEFT JOIN company c ON c.id = p.company_id WHERE p.id IN ({marks})")
        for row in database.obj.execute_sql(sql, batch).fetchall():
            out[row[0]] = row[1:]
    return out


# --- the card's hint: a few indexed look-ups for one record being typed ---------------------------------

def companies_matching(email: str, phone: str, kvk: str, postal_code: str, exclude: int | None,
                       limit: int = 50) -> list[tuple[int, str, str, str, str, str]]:
    """(id, name_sort, email, phone, kvk, postal_code) of live companies sharing a key with the one typed."""
    parts, params = [], []
    if kvk:
        parts.append("SELECT id FROM company WHERE kvk = ?")
        params.append(kvk)
    if postal_code:
        parts.append("SELECT id FROM company WHERE postal_code = ?")
        params.append(postal_code)
    if email:
        parts.append("SELECT id FROM company WHERE email IN (?, ?)")
        params += [email, email.lower()]
    if phone:
        parts.append("SELECT id FROM company WHERE phone = ?")
        params.append(phone)
    if not parts:
        return []
    sql = (f"SELECT id, name_sort, email, phone, kvk, postal_code FROM company WHERE deleted_at IS NULL "
           f"AND id IN ({' UNION '.join(parts)}) AND id != ? LIMIT ?")
    return list(database.obj.execute_sql(sql, [*params, exclude or 0, limit]).fetchall())


def persons_matching(email: str, company_id: int | None, postal_code: str, sort_keys: list[str],
                     exclude: int | None, limit: int = 200) -> list[tuple[int, str, str, str, str]]:
    """(id, sort_key, email, phone, mobile) of live persons with the e-mail, at the company or postal code,
    or with one of the exact name keys."""
    parts, params = [], []
    if email:
        parts.append("SELECT id FROM person WHERE email != '' AND email IN (?, ?)")  # the partial index
        params += [email, email.lower()]
    if company_id:
        parts.append("SELECT id FROM person WHERE company_id = ?")
        params.append(company_id)
    if postal_code:
        parts.append("SELECT p.id FROM person p JOIN company c ON c.id = p.company_id WHERE c.postal_code = ?")
        params.append(postal_code)
    for key in sort_keys:
        parts.append("SELECT id FROM person WHERE sort_key = ?")
        params.append(key)
    if not parts:
        return []
    sql = (f"SELECT id, sort_key, email, phone, mobile FROM person WHERE deleted_at IS NULL "
           f"AND id IN ({' UNION '.join(parts)}) AND id != ? LIMIT ?")
    return list(database.obj.execute_sql(sql, [*params, exclude or 0, limit]).fetchall())


def persons_with_phone(phones: list[str], exclude: int | None, limit: int = 20) -> list[tuple[int, str]]:
    """(id, sort_key) of live persons with one of the (stored, normalised) phone numbers, through the
    search index (which holds phone numbers as digits in national form)."""
    tokens = []
    for phone in phones:
        digits = phone.replace(" ", "").replace("-", "").replace("+31", "0").lstrip("+")
        if digits.isdigit():
            tokens.append(f'"{digits}"')
    if not tokens:
        return []
    sql = ("SELECT p.id, p.sort_key FROM person_fts f JOIN person p ON p.id = f.rowid "
           "WHERE person_fts MATCH ? AND p.deleted_at IS NULL AND p.id != ? LIMIT ?")
    return list(database.obj.execute_sql(sql, [f"phone : ({' OR '.join(tokens)})", exclude or 0, limit]).fetchall())


# --- merging two records ---------------------------------------------------------------------------------

SUBSCRIPTION_COLUMNS = ("type_id", "state", "changed_at", "source", "legal_basis", "recorded_by")


def subscription_rows(person_id: int) -> list[tuple]:
    cols = ", ".join(SUBSCRIPTION_COLUMNS)
    return list(database.obj.execute_sql(f"SELECT {cols} FROM subscription WHERE person_id = ? ORDER BY type_id",
                                         [person_id]).fetchall())


def replace_subscriptions(person_id: int, rows: list[tuple]) -> None:
    database.obj.execute_sql("DELETE FROM subscription WHERE person_id = ?", [person_id])
    if rows:
        cols = ", ".join(("person_id", *SUBSCRIPTION_COLUMNS))
        database.obj.cursor().executemany(f"INSERT INTO subscription ({cols}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                          [(person_id, *row) for row in rows])


def event_ids(person_id: int) -> list[int]:
    return [r[0] for r in database.obj.execute_sql(
        "SELECT id FROM subscription_event WHERE person_id = ? ORDER BY id", [person_id]).fetchall()]


def move_events(ids: list[int], person_id: int) -> None:
    for start in range(0, len(ids), 900):
        batch = ids[start:start + 900]
        marks = ",".join("?" * len(batch))
        database.obj.execute_sql(f"UPDATE subscription_event SET person_id = ? WHERE id IN ({marks})",
                                 [person_id, *batch])


def selections_with(target: str, record_id: int) -> list[int]:
    """Static selections of ``target`` records that hold ``record_id``."""
    return [r[0] for r in database.obj.execute_sql(
        "SELECT m.selection_id FROM selection_member m JOIN selection s ON s.id = m.selection_id "
        "WHERE s.target = ? AND m.record_id = ? ORDER BY m.selection_id", [target, record_id]).fetchall()]


def set_membership(selection_ids: list[int], record_id: int, member: bool) -> None:
    if not selection_ids:
        return
    sql = ("INSERT OR IGNORE INTO selection_member (selection_id, record_id) VALUES (?, ?)" if member
           else "DELETE FROM selection_member WHERE selection_id = ? AND record_id = ?")
    database.obj.cursor().executemany(sql, [(s, record_id) for s in selection_ids])


def persons_of_company_all(company_id: int) -> list[tuple[int, str, int | None]]:
    """(id, uuid, lead_status_id) of every person of the company, those in the trash included."""
    return list(database.obj.execute_sql("SELECT id, uuid, lead_status_id FROM person WHERE company_id = ? ORDER BY id",
                                         [company_id]).fetchall())


def set_person_company(person_id: int, company_id: int | None, lead_status_id: int | None, at: str,
                       actor_id: int | None) -> None:
    database.obj.execute_sql(
        "UPDATE person SET company_id = ?, lead_status_id = ?, updated_at = ?, changed_by = ?, version = version + 1 "
        "WHERE id = ?", [company_id, lead_status_id, at, actor_id, person_id])
