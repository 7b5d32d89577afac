"""Opening the one SQLite file: checks before touching it, pragmas, and the database proxy."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

# "DCRM" in the SQLite header's application_id field marks a Desktop CRM file.
APPLICATION_ID = 0x4443524D
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

database = DatabaseProxy()
DB_ERRORS = (sqlite3.DatabaseError, peewee.DatabaseError)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed transaction survives a power cut, also in WAL mode
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -32_000,  # 32 MB page cache
    "temp_store": 2,
}


class DatabaseFileError(Exception):
    """The file cannot be opened as a Desktop CRM database; it was not changed."""

    kind = "error"

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class NotACrmDatabase(DatabaseFileError):
    kind = "foreign"


class NewerSchema(DatabaseFileError):
    kind = "newer"

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, f"schema version {found}, this app knows up to {supported}")
        self.found, self.supported = found, supported


class DamagedDatabase(DatabaseFileError):
    kind = "damaged"


class MissingDatabase(DatabaseFileError):
    kind = "missing"


@dataclass(frozen=True)
class FileState:
    """What a file on disk is, read without changing it."""

    exists: bool
    empty: bool  # absent, zero bytes, or an SQLite file with no tables at all
    application_id: int = 0
    user_version: int = 0


def inspect_file(path: Path) -> FileState:
    """Read the header fields of ``path`` read-only. Raises when it is not an SQLite file."""
    if not path.exists():
        return FileState(exists=False, empty=True)
    if path.is_dir():
        raise NotACrmDatabase(path, "is a folder")
    size = path.stat().st_size
    if size == 0:
        return FileState(exists=True, empty=True)
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotACrmDatabase(path, "not an SQLite file")
    if len(header) < 100:
        raise DamagedDatabase(path, "the file is truncated")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(path, str(exc)) from exc
    return FileState(exists=True, empty=(tables == 0 and app_id == 0), application_id=app_id,
                     user_version=version)


def connect(path: Path) -> SqliteDatabase:
    """Open ``path`` with the app's pragmas and bind the proxy to it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db.connect(reuse_if_open=True)
    database.initialize(db)
    return db


def close() -> None:
    """Close the bound database (checkpointing the WAL) if one is open, and unbind the proxy so
    nothing can silently reopen it."""
    db = database.obj
    if db is not None and not db.is_closed():
        try:
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # noqa: BLE001 - a busy checkpoint is harmless; close anyway
            pass
        db.close()
    if db is not None:
        database.initialize(None)


def close_thread_connection() -> None:
    """Close this thread's connection (peewee keeps one per thread), e.g. at the end of a worker task."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def current_path() -> Path | None:
    db = database.obj
    return Path(db.database) if db is not None else None


@contextmanager
def write_transaction() -> Iterator[None]:
    """One user action's writes: BEGIN IMMEDIATE so two processes never deadlock on an upgrade
    from a read to a write lock; nested calls become savepoints."""
    db = database.obj
    if db.in_transaction():
        with db.atomic():
            yield
    else:
        with db.atomic("IMMEDIATE"):
            yield


def file_size(path: Path) -> int:
    return os.path.getsize(path) if path.exists() else 0
