"""The person search index gets a "place" column: a person's own city and postal code.

Since 0004 a person (usually one without a company) can have an address of their own. The quick
search and the person list's filter find companies by city and postal code; with this column they
find such a person by theirs too ("Zeist", "3701 AA", "3701aa"). FTS5 tables cannot gain a column, so
person_fts is made again with the same tokenizer and prefixes, its triggers are made again (the
update triggers in 0003's order: "new" created first, so it fires last) and it is filled from the
live persons. Frozen SQL: the expressions are 0001's, plus the place, written as 0001 writes a
company's postal code (with and without its space).
"""

import importlib

_initial = importlib.import_module("desktop_crm.db.migrations.0001_initial")

COLUMNS = "name, email, phone, place"
VALUES = (_initial.PERSON_FTS_VALUES + ", "
          "{r}.city || ' ' || {r}.postal_code || ' ' || replace({r}.postal_code, ' ', '')")
WATCHED = "first_name, middle_name, last_name, email, phone, mobile, city, postal_code, deleted_at"


def migrate(execute) -> None:
    for trigger in ("insert", "delete", "update_old", "update_new"):
        execute(f"DROP TRIGGER IF EXISTS person_fts_{trigger}")
    execute("DROP TABLE IF EXISTS person_fts")
    execute(f"""CREATE VIRTUAL TABLE person_fts USING fts5(
        {COLUMNS},
        content='person', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""")
    old, new = VALUES.format(r="old"), VALUES.format(r="new")
    execute(f"""CREATE TRIGGER person_fts_insert AFTER INSERT ON person WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO person_fts(rowid, {COLUMNS}) VALUES (new.id, {new}); END""")
    execute(f"""CREATE TRIGGER person_fts_delete AFTER DELETE ON person WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO person_fts(person_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {old}); END""")
    execute(f"""CREATE TRIGGER person_fts_update_new AFTER UPDATE OF {WATCHED} ON person
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO person_fts(rowid, {COLUMNS}) VALUES (new.id, {new}); END""")
    execute(f"""CREATE TRIGGER person_fts_update_old AFTER UPDATE OF {WATCHED} ON person
        WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO person_fts(person_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {old}); END""")
    execute(f"INSERT INTO person_fts(rowid, {COLUMNS}) SELECT id, {VALUES.format(r='person')} FROM person "
            "WHERE deleted_at IS NULL")
