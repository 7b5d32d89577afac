"""Opening files: pragmas, versioning, migrations with a backup first, refusals that change nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_crm.db import connection, migrations
from desktop_crm.db.connection import APPLICATION_ID, DamagedDatabase, MissingDatabase, NewerSchema, NotACrmDatabase
from desktop_crm.db.models import ALL_MODELS
from desktop_crm.db.schema import open_database
from desktop_crm.services import database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_schema_pragmas_and_marker(crm: Path) -> None:
    db = connection.database.obj
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.latest_version()


def test_models_match_the_migrated_tables(crm: Path) -> None:
    db = connection.database.obj
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()}
        assert columns, f"no table {table}"
        for field in model._meta.sorted_fields:
            assert field.column_name in columns, f"{table}.{field.column_name} missing"


def test_refuses_a_newer_schema_without_touching_it(crm: Path) -> None:
    database.close()
    con = sqlite3.connect(crm)
    con.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    con.close()
    before = digest(crm)
    with pytest.raises(NewerSchema):
        open_database(crm)
    assert digest(crm) == before


def test_refuses_a_foreign_sqlite_file_without_touching_it(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    before = digest(other)
    with pytest.raises(NotACrmDatabase):
        open_database(other)
    assert digest(other) == before
    assert not Path(str(other) + "-wal").exists()


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    text = tmp_path / "contacts.csv"
    text.write_text("naam;plaats\nJansen;Utrecht\n", encoding="utf-8")
    with pytest.raises(NotACrmDatabase):
        open_database(text)
    assert text.read_text(encoding="utf-8").startswith("naam;plaats")


def test_refuses_a_truncated_database(crm: Path, tmp_path: Path) -> None:
    database.close()
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(crm.read_bytes()[:60])
    with pytest.raises(DamagedDatabase):
        open_database(broken)


def test_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "nope.sqlite"
    with pytest.raises(MissingDatabase):
        open_database(path, create=False)
    assert not path.exists()


def test_migration_takes_a_backup_first_and_keeps_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An older file is copied before a newer migration runs; its records survive."""
    path = tmp_path / "old.sqlite"
    database.open_db(path)
    from desktop_crm.domain.entities import Company
    from desktop_crm.services import companies

    companies.save_company(Company(name="Bakkerij Bolletje"))
    database.close()

    latest = migrations.latest_version()
    real = migrations.available()

    class Extra:
        @staticmethod
        def migrate(execute) -> None:
            execute("ALTER TABLE company ADD COLUMN rating INTEGER")

    monkeypatch.setattr(migrations, "available", lambda: [*real, (latest + 1, Extra)])
    monkeypatch.setattr(migrations, "latest_version", lambda: latest + 1)
    db, result = open_database(path)
    try:
        assert result.from_version == latest and result.to_version == latest + 1
        assert result.backup is not None and result.backup.exists()
        assert db.execute_sql("SELECT name FROM company").fetchall() == [("Bakkerij Bolletje",)]
    finally:
        connection.close()
    copy = sqlite3.connect(result.backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == latest
    assert copy.execute("SELECT name FROM company").fetchall() == [("Bakkerij Bolletje",)]
    copy.close()


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.sqlite"
    database.open_db(path)
    database.close()
    latest = migrations.latest_version()
    real = migrations.available()

    class Broken:
        @staticmethod
        def migrate(execute) -> None:
            execute("ALTER TABLE company ADD COLUMN half INTEGER")
            raise RuntimeError("power cut in the middle")

    monkeypatch.setattr(migrations, "available", lambda: [*real, (latest + 1, Broken)])
    monkeypatch.setattr(migrations, "latest_version", lambda: latest + 1)
    with pytest.raises(RuntimeError):
        open_database(path)
    connection.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == latest
    columns = {row[1] for row in con.execute("PRAGMA table_info(company)")}
    assert "half" not in columns
    con.close()


def test_migration_0004_gives_every_person_an_empty_own_address(tmp_path: Path) -> None:
    """A file of schema version 1 (the committed one, copied) migrates; its persons get an address,
    empty, which the app reads and saves."""
    import shutil
    from dataclasses import replace

    from desktop_crm.services import persons

    path = tmp_path / "v1.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schema_v1.sqlite", path)
    result = database.open_db(path, create=False)
    try:
        assert result.from_version == 1 and result.to_version == migrations.latest_version() >= 4
        db = connection.database.obj
        columns = {row[1]: row for row in db.execute_sql("PRAGMA table_info(person)").fetchall()}
        for name in ("street", "postal_code", "city", "country"):
            _, _, kind, not_null, default, _ = columns[name]
            assert (kind, not_null, default) == ("TEXT", 1, "''")
        assert db.execute_sql("SELECT count(*) FROM person WHERE street || postal_code || city || country != ''"
                              ).fetchone()[0] == 0
        person_id = db.execute_sql("SELECT min(id) FROM person WHERE deleted_at IS NULL").fetchone()[0]
        person = persons.get_person(person_id)
        assert (person.street, person.postal_code, person.city, person.country) == ("", "", "", "")
        persons.save_person(replace(person, street="Dorpsstraat 1", postal_code="1234ab", city="Zeist"))
        assert persons.get_person(person_id).postal_code == "1234 AB"
    finally:
        database.close()


def test_migration_0006_keeps_every_person_findable_and_adds_their_place(tmp_path: Path) -> None:
    """The person search index is made again by 0006: the persons of an old file are still found by name,
    e-mail and phone, and a person's own city is found once it is filled in."""
    import shutil
    from dataclasses import replace

    from desktop_crm.services import persons
    from desktop_crm.services.search import quick_search

    path = tmp_path / "v1.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schema_v1.sqlite", path)
    db_before = sqlite3.connect(path)
    live = db_before.execute("SELECT id, last_name FROM person WHERE deleted_at IS NULL ORDER BY id").fetchall()
    db_before.close()
    database.open_db(path, create=False)
    try:
        db = connection.database.obj
        assert db.execute_sql("SELECT count(*) FROM person_fts_docsize").fetchone()[0] == len(live)  # rows indexed
        for person_id, last_name in live:
            assert person_id in [h.id for h in quick_search(last_name).persons], last_name
        loose = next(pid for pid, name in live if name == "Persoon")
        persons.save_person(replace(persons.get_person(loose), postal_code="3701aa", city="Zeist"))
        assert [h.id for h in quick_search("3701 AA").persons] == [loose]
        assert [h.id for h in quick_search("zeist persoon").persons] == [loose]
        assert db.execute_sql("SELECT count(*) FROM person_fts_docsize").fetchone()[0] == len(live)
    finally:
        database.close()


def test_migration_0007_puts_the_name_in_the_company_index_and_the_planner_seeks_pairs(tmp_path: Path) -> None:
    """person_by_company becomes (company_id, sort_key): an old file gets it, a company's persons are
    still read through it, and the importer's (company, name) look-up seeks it instead of reading
    every person of the company."""
    import shutil

    path = tmp_path / "v1.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schema_v1.sqlite", path)
    database.open_db(path, create=False)
    try:
        db = connection.database.obj
        columns = [r[2] for r in db.execute_sql("PRAGMA index_info(person_by_company)").fetchall()]
        assert columns == ["company_id", "sort_key"]

        def plan(sql: str, params: list) -> str:
            return " | ".join(r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())

        assert "person_by_company (company_id=?)" in plan("SELECT id FROM person WHERE company_id = ?", [1])
        from desktop_crm.db import importing

        company_id, sort_key = db.execute_sql(
            "SELECT company_id, sort_key FROM person WHERE company_id IS NOT NULL AND deleted_at IS NULL").fetchone()
        found = importing.persons_named_at_companies([(company_id, sort_key), (company_id, "nobody\x1f\x1f")])
        assert {(r[2], r[1]) for r in found} == {(company_id, sort_key)}
    finally:
        database.close()
