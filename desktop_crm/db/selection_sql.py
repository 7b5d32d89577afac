"""Saved selections in the database: their rows and members, and the compiler from criteria to SQL.

The compiler turns a domain criteria tree (``desktop_crm.domain.criteria``) into ONE SQL query with
parameters that returns the ids of the matching companies or persons; counts, pages and exports wrap
that query. Nothing is filtered in Python.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_crm.db.bulk import chunks
from desktop_crm.db.connection import database

TARGET_TABLES = {"company": "company", "person": "person"}


def _marks(n: int) -> str:
    return ",".join("?" * n)


# --- selection rows -------------------------------------------------------------------------------

SELECTION_COLUMNS = ("id", "uuid", "created_at", "updated_at", "version", "changed_by", "deleted_at", "name",
                     "description", "target", "kind", "criteria_json", "combine_op", "left_id", "right_id")


def insert_selection(values: dict[str, object], *, uuid: str, at: str, actor_id: int | None) -> int:
    row = dict(values, uuid=uuid, created_at=at, updated_at=at, version=1, changed_by=actor_id)
    names = list(row)
    cursor = database.obj.execute_sql(
        f"INSERT INTO selection ({', '.join(names)}) VALUES ({_marks(len(names))})", [row[n] for n in names])
    return int(cursor.lastrowid)


def selection_row(selection_id: int, include_deleted: bool = False) -> dict[str, object] | None:
    sql = f"SELECT {', '.join(SELECTION_COLUMNS)} FROM selection WHERE id = ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    row = database.obj.execute_sql(sql, [selection_id]).fetchone()
    return dict(zip(SELECTION_COLUMNS, row, strict=True)) if row else None


def selection_rows(target: str | None = None) -> list[dict[str, object]]:
    sql = f"SELECT {', '.join(SELECTION_COLUMNS)} FROM selection WHERE deleted_at IS NULL"
    params: list[object] = []
    if target:
        sql += " AND target = ?"
        params.append(target)
    sql += " ORDER BY name COLLATE NOCASE, id"
    return [dict(zip(SELECTION_COLUMNS, r, strict=True)) for r in database.obj.execute_sql(sql, params).fetchall()]


def update_selection(selection_id: int, values: dict[str, object], at: str, actor_id: int | None) -> None:
    row = dict(values, updated_at=at, changed_by=actor_id)
    sets = ", ".join(f"{name} = ?" for name in row)
    database.obj.execute_sql(f"UPDATE selection SET {sets}, version = version + 1 WHERE id = ?",
                             [*row.values(), selection_id])


def selection_id_of(uuid: str) -> int | None:
    row = database.obj.execute_sql("SELECT id FROM selection WHERE uuid = ?", [uuid]).fetchone()
    return row[0] if row else None


def selections_using(selection_id: int) -> list[int]:
    """Live combined selections that name ``selection_id`` as one of their two sides."""
    sql = "SELECT id FROM selection WHERE deleted_at IS NULL AND (left_id = ? OR right_id = ?)"
    return [r[0] for r in database.obj.execute_sql(sql, [selection_id, selection_id]).fetchall()]


# --- static members -------------------------------------------------------------------------------

def live_ids(target: str, ids: Iterable[int]) -> list[int]:
    """The ids among ``ids`` of live (not deleted) companies or persons, in the given order."""
    table = TARGET_TABLES[target]
    wanted = list(dict.fromkeys(int(i) for i in ids))
    found: set[int] = set()
    for batch in chunks(wanted):
        sql = f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id IN ({_marks(len(batch))})"
        found.update(r[0] for r in database.obj.execute_sql(sql, batch).fetchall())
    return [i for i in wanted if i in found]


def member_ids_among(selection_id: int, ids: Iterable[int]) -> set[int]:
    out: set[int] = set()
    for batch in chunks(list(ids)):
        sql = f"SELECT record_id FROM selection_member WHERE selection_id = ? AND record_id IN ({_marks(len(batch))})"
        out.update(r[0] for r in database.obj.execute_sql(sql, [selection_id, *batch]).fetchall())
    return out


def add_members(selection_id: int, ids: list[int]) -> None:
    if ids:
        database.obj.cursor().executemany(
            "INSERT OR IGNORE INTO selection_member (selection_id, record_id) VALUES (?, ?)",
            [(selection_id, i) for i in ids])


def remove_members(selection_id: int, ids: list[int]) -> None:
    if ids:
        database.obj.cursor().executemany(
            "DELETE FROM selection_member WHERE selection_id = ? AND record_id = ?", [(selection_id, i) for i in ids])


def copy_members(from_id: int, to_id: int) -> None:
    database.obj.execute_sql(
        "INSERT OR IGNORE INTO selection_member (selection_id, record_id) "
        "SELECT ?, record_id FROM selection_member WHERE selection_id = ?", [to_id, from_id])


def uuids_of(target: str, ids: list[int]) -> dict[int, str]:
    table = TARGET_TABLES[target]
    out: dict[int, str] = {}
    for batch in chunks(ids):
        sql = f"SELECT id, uuid FROM {table} WHERE id IN ({_marks(len(batch))})"
        out.update(database.obj.execute_sql(sql, batch).fetchall())
    return out


def ids_of_uuids(target: str, uuids: list[str]) -> dict[str, int]:
    table = TARGET_TABLES[target]
    out: dict[str, int] = {}
    for batch in chunks(uuids):
        sql = f"SELECT uuid, id FROM {table} WHERE uuid IN ({_marks(len(batch))})"
        out.update(database.obj.execute_sql(sql, batch).fetchall())
    return out
