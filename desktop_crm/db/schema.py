"""Opening a database file: refuse what is not ours, back up, migrate to the latest schema."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from desktop_crm.db import connection, migrations
from desktop_crm.db.backup import backup_before_migration
from desktop_crm.db.connection import (
    APPLICATION_ID,
    DB_ERRORS,
    DamagedDatabase,
    MissingDatabase,
    NewerSchema,
    NotACrmDatabase,
    inspect_file,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenResult:
    path: Path
    created: bool  # the file had no schema before this open
    from_version: int
    to_version: int
    backup: Path | None


def open_database(path: Path, *, create: bool = True) -> tuple[SqliteDatabase, OpenResult]:
    """Open ``path`` and bring its schema up to date.

    Refuses, without writing to it, a file that is not a Desktop CRM database, one written by a
    newer version of the app, and (with ``create=False``) a missing one. A copy is taken with the
    backup API before migrations run on a file that already holds data.
    """
    path = Path(path)
    latest = migrations.latest_version()
    state = inspect_file(path)
    if not state.exists and not create:
        raise MissingDatabase(path, "no such file")
    if not state.empty and state.application_id != APPLICATION_ID:
        raise NotACrmDatabase(path, "an SQLite database of another program")
    if state.user_version > latest:
        raise NewerSchema(path, state.user_version, latest)
    backup = None
    if not state.empty and 0 < state.user_version < latest:
        backup = backup_before_migration(path, state.user_version)
        log.info("backed up %s to %s before migrating", path, backup)
    try:
        db = connection.connect(path)
    except DB_ERRORS as exc:
        raise DamagedDatabase(path, str(exc)) from exc
    try:
        version = migrate(db, latest)
    except DB_ERRORS as exc:
        db.close()
        raise DamagedDatabase(path, str(exc)) from exc
    except Exception:
        db.close()
        raise
    return db, OpenResult(path, state.empty, state.user_version, version, backup)


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, latest: int) -> int:
    """Run every migration above the file's version, each in its own transaction."""
    current = schema_version(db)
    for number, module in migrations.available():
        if number <= current:
            continue
        with db.atomic("EXCLUSIVE"):
            # Re-read inside the lock: another process may have migrated meanwhile.
            if schema_version(db) >= number:
                continue
            module.migrate(db.execute_sql)
            if number == 1:
                db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute_sql(f"PRAGMA user_version = {number}")
        log.info("migrated %s to schema version %d", db.database, number)
    return schema_version(db)
