"""Repair the search index's update triggers.

0001 created ``*_fts_update_new`` after ``*_fts_update_old``. SQLite fires triggers of one event
most-recently-created first, so the new values were indexed before the old ones were deleted, and the
delete removed every word the old and new values share: after any edit a record was no longer found
by its unchanged fields. The triggers are recreated in the right order and the index is rebuilt from
the live rows. Frozen: the expressions are 0001's own.
"""

import importlib

_initial = importlib.import_module("desktop_crm.db.migrations.0001_initial")

_TABLES = {
    "company": ("name, city, postal_code, email, phone, kvk", _initial.COMPANY_FTS_VALUES,
                "name, city, postal_code, email, phone, kvk, deleted_at"),
    "person": ("name, email, phone", _initial.PERSON_FTS_VALUES,
               "first_name, middle_name, last_name, email, phone, mobile, deleted_at"),
}


def migrate(execute) -> None:
    for table, (columns, values, watched) in _TABLES.items():
        fts = f"{table}_fts"
        execute(f"DROP TRIGGER IF EXISTS {table}_fts_update_old")
        execute(f"DROP TRIGGER IF EXISTS {table}_fts_update_new")
        # Created first, so it fires last: insert the new values after the old ones are gone.
        execute(f"""CREATE TRIGGER {table}_fts_update_new AFTER UPDATE OF {watched} ON {table}
            WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {values.format(r="new")}); END""")
        execute(f"""CREATE TRIGGER {table}_fts_update_old AFTER UPDATE OF {watched} ON {table}
            WHEN old.deleted_at IS NULL BEGIN
            INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {values.format(r="old")}); END""")
        execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
        execute(f"INSERT INTO {fts}(rowid, {columns}) SELECT id, {values.format(r=table)} FROM {table} "
                "WHERE deleted_at IS NULL")
