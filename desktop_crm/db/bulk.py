"""Set-based writes for bulk updates: chunked UPDATE/INSERT/DELETE over id lists, returning what changed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from desktop_crm.db.connection import database

CHUNK = 900  # stays under SQLite's default limit of host parameters


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    batch: list[int] = []
    for value in ids:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _marks(n: int) -> str:
    return ",".join("?" * n)


def column_values(table: str, column: str, ids: list[int]) -> list[tuple[int, str, object]]:
    """(id, uuid, value of ``column``) of live rows among ``ids``."""
    sql = (f"SELECT id, uuid, {column} FROM {table} WHERE deleted_at IS NULL AND id IN ({_marks(len(ids))})")
    return list(database.obj.execute_sql(sql, ids).fetchall())


def set_column(table: str, column: str, value: object, ids: list[int], at: str, actor_id: int | None) -> None:
    sql = (f"UPDATE {table} SET {column} = ?, updated_at = ?, version = version + 1, changed_by = ? "
           f"WHERE id IN ({_marks(len(ids))})")
    database.obj.execute_sql(sql, [value, at, actor_id, *ids])


def touch(table: str, ids: list[int], at: str, actor_id: int | None) -> None:
    sql = f"UPDATE {table} SET updated_at = ?, version = version + 1, changed_by = ? WHERE id IN ({_marks(len(ids))})"
    database.obj.execute_sql(sql, [at, actor_id, *ids])


def persons_with_company_category(person_ids: list[int]) -> list[tuple[int, str, int | None, int | None]]:
    """(person id, uuid, lead_status_id, company's category_id) of live persons among ``person_ids``."""
    sql = ("SELECT p.id, p.uuid, p.lead_status_id, c.category_id FROM person p "
           "LEFT JOIN company c ON c.id = p.company_id "
           f"WHERE p.deleted_at IS NULL AND p.id IN ({_marks(len(person_ids))})")
    return list(database.obj.execute_sql(sql, person_ids).fetchall())


def interest_links(link_table: str, owner: str, owner_ids: list[int]) -> dict[int, set[int]]:
    sql = f"SELECT {owner}, interest_id FROM {link_table} WHERE {owner} IN ({_marks(len(owner_ids))})"
    out: dict[int, set[int]] = {i: set() for i in owner_ids}
    for owner_id, interest_id in database.obj.execute_sql(sql, owner_ids).fetchall():
        out[owner_id].add(interest_id)
    return out


def add_links(link_table: str, owner: str, pairs: list[tuple[int, int]]) -> None:
    if pairs:
        database.obj.cursor().executemany(
            f"INSERT OR IGNORE INTO {link_table} ({owner}, interest_id) VALUES (?, ?)", pairs)


def remove_links(link_table: str, owner: str, pairs: list[tuple[int, int]]) -> None:
    if pairs:
        database.obj.cursor().executemany(
            f"DELETE FROM {link_table} WHERE {owner} = ? AND interest_id = ?", pairs)


def company_ids_of_persons(person_ids: list[int]) -> set[int]:
    out: set[int] = set()
    for batch in chunks(person_ids):
        sql = f"SELECT DISTINCT company_id FROM person WHERE company_id IS NOT NULL AND id IN ({_marks(len(batch))})"
        out.update(r[0] for r in database.obj.execute_sql(sql, batch).fetchall())
    return out
