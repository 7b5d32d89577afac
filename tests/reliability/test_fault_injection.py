"""Writes that fail half-way (a full disk, an I/O error, a read-only file, a lock held too long) leave the
database exactly as it was and raise a clear, translatable CrmError; the next write works again."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import peewee
import pytest

from desktop_crm.db import bulk as db_bulk
from desktop_crm.db import records
from desktop_crm.db.connection import database as proxy
from desktop_crm.db.models import Journal
from desktop_crm.domain.entities import Company
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import bulk, companies, database
from desktop_crm.services.storage_errors import (
    DamagedStorage,
    DatabaseBusy,
    DiskFull,
    DiskIOError,
    ReadOnlyStorage,
    StorageUnavailable,
    as_crm_error,
)
from tests.reliability.helpers import build, checksum
from tests.services.helpers import category


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "veel.sqlite"
    build(path, 1000)
    return path


@pytest.fixture
def many(template: Path, tmp_path: Path):
    """1000 companies (two bulk chunks), open."""
    path = tmp_path / "veel.sqlite"
    shutil.copyfile(template, path)
    database.open_db(path, create=False)
    yield path
    database.close()


def failing_on_call(real, n: int, message: str):
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == n:
            raise sqlite3.OperationalError(message)
        return real(*args, **kwargs)

    return wrapper


def state(path: Path) -> str:
    proxy.obj.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    return checksum(path)


@pytest.mark.parametrize(("message", "expected"), [
    ("database or disk is full", DiskFull),
    ("disk I/O error", DiskIOError),
    ("attempt to write a readonly database", ReadOnlyStorage),
])
def test_bulk_change_failing_half_way_changes_nothing(many: Path, monkeypatch, message: str, expected) -> None:
    before = state(many)
    # The first chunk of 900 is written; the second chunk's UPDATE fails.
    monkeypatch.setattr(db_bulk, "set_column", failing_on_call(db_bulk.set_column, 2, message))
    with pytest.raises(expected) as info:
        bulk.set_category(list(range(1, 1001)), category("Partner"))
    assert isinstance(info.value, CrmError)
    assert "not saved" in str(info.value) or "not saved" in info.value.message.english()
    assert state(many) == before
    monkeypatch.undo()
    assert bulk.set_category(list(range(1, 1001)), category("Partner")).changed == 1000  # works again


def test_save_failing_after_the_update_changes_nothing(crm: Path, monkeypatch) -> None:
    company, _ = companies.save_company(Company(name="Bakkerij Bolletje", city="Utrecht"))
    journal = Journal.select().count()
    monkeypatch.setattr(records, "set_company_interests",
                        failing_on_call(records.set_company_interests, 1, "disk I/O error"))
    with pytest.raises(DiskIOError):
        companies.save_company(replace(company, city="Zeist"))
    assert companies.get_company(company.id).city == "Utrecht"
    assert Journal.select().count() == journal
    monkeypatch.undo()
    saved, _ = companies.save_company(replace(company, city="Zeist"))
    assert saved.version == 2


def test_a_really_full_disk(many: Path) -> None:
    """SQLite's own SQLITE_FULL (the file may not grow), not an injected one."""
    before = state(many)
    proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = proxy.obj.execute_sql("PRAGMA page_count").fetchone()[0]
    proxy.obj.execute_sql(f"PRAGMA max_page_count = {pages}")
    big = "x" * 4000
    with pytest.raises(DiskFull):
        companies.save_company(Company(name="Groot", notes=big * 40))
    with pytest.raises(DiskFull):
        bulk.set_category(list(range(1, 1001)), category("Partner"))  # (the backup before it goes elsewhere)
    assert state(many) == before
    proxy.obj.execute_sql(f"PRAGMA max_page_count = {pages * 100}")
    assert companies.save_company(Company(name="Groot", notes=big))[0].id is not None


def test_a_read_only_database(crm: Path) -> None:
    company, _ = companies.save_company(Company(name="Bakkerij Bolletje"))
    proxy.obj.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(ReadOnlyStorage) as info:
            companies.save_company(replace(company, city="Zeist"))
        assert "read-only" in str(info.value)
    finally:
        proxy.obj.execute_sql("PRAGMA query_only = 0")
    assert companies.get_company(company.id).city == ""


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write read-only files")
def test_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    database.open_db(path)
    company, _ = companies.save_company(Company(name="Alfa"))
    database.close()
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        database.open_db(path, create=False)
        with pytest.raises(ReadOnlyStorage):
            companies.save_company(replace(company, city="Zeist"))
    finally:
        database.close()
        tmp_path.chmod(0o755)
        path.chmod(0o644)


def test_a_lock_held_too_long_is_a_clear_message_not_database_is_locked(crm: Path) -> None:
    company, _ = companies.save_company(Company(name="Alfa"))
    other = sqlite3.connect(crm, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    proxy.obj.execute_sql("PRAGMA busy_timeout = 150")
    try:
        with pytest.raises(DatabaseBusy) as info:
            companies.save_company(replace(company, city="Zeist"))
        assert "locked" not in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert companies.save_company(replace(company, city="Zeist"))[0].version == 2


@pytest.mark.parametrize(("error", "expected"), [
    (sqlite3.OperationalError("database or disk is full"), DiskFull),
    (sqlite3.OperationalError("disk I/O error"), DiskIOError),
    (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyStorage),
    (sqlite3.OperationalError("database is locked"), DatabaseBusy),
    (sqlite3.DatabaseError("database disk image is malformed"), DamagedStorage),
    (sqlite3.DatabaseError("file is not a database"), DamagedStorage),
    (sqlite3.OperationalError("unable to open database file"), StorageUnavailable),
    (peewee.OperationalError(sqlite3.OperationalError("database or disk is full")), DiskFull),
    (sqlite3.IntegrityError("UNIQUE constraint failed: company.uuid"), type(None)),
    (sqlite3.OperationalError("no such table: nothing"), type(None)),
    (ValueError("database or disk is full"), type(None)),
])
def test_which_errors_are_storage_failures(error: Exception, expected: type) -> None:
    assert type(as_crm_error(error)) is expected


def test_a_failed_rollback_still_names_the_first_error() -> None:
    """After SQLITE_FULL, SQLite may already have rolled back; peewee's ROLLBACK then fails too."""
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active") from None
    except peewee.OperationalError as exc:
        assert isinstance(as_crm_error(exc), DiskFull)
