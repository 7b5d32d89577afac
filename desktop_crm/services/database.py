"""Opening, creating and checking the database file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from desktop_crm import APP_NAME
from desktop_crm.db import connection
from desktop_crm.db.connection import DB_ERRORS, DatabaseFileError
from desktop_crm.db.journal import get_meta
from desktop_crm.db.models import LIST_MODELS, Company, Journal, Person
from desktop_crm.db.schema import OpenResult, open_database, schema_version
from desktop_crm.services.defaults import fill_defaults

ENV_VAR = "DESKTOP_CRM_DB"
FILE_NAME = "desktop-crm.sqlite"

__all__ = ["DatabaseFileError", "CheckReport", "check", "close", "default_path", "open_db", "resolve_path"]


def default_path() -> Path:
    """The database in the platform's user data folder (e.g. ~/.local/share/desktop-crm)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def resolve_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``$DESKTOP_CRM_DB``, then the default location."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_path()


def open_db(path: Path, *, language: str = "nl", create: bool = True) -> OpenResult:
    """Open (and if new, create and fill with the default lists) the database at ``path``."""
    connection.close()
    _, result = open_database(path, create=create)
    if result.created:
        fill_defaults(language)
    return result


def close() -> None:
    connection.close()


def end_thread() -> None:
    """A worker thread is done with the database: close its connection."""
    connection.close_thread_connection()


def current_path() -> Path | None:
    return connection.current_path()


def language() -> str:
    return get_meta("language", "nl") or "nl"


@dataclass
class CheckReport:
    path: Path
    schema_version: int
    integrity: list[str]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"]


def record_counts() -> dict[str, int]:
    counts = {
        "companies": Company.select().where(Company.deleted_at.is_null()).count(),
        "persons": Person.select().where(Person.deleted_at.is_null()).count(),
        "deleted": (Company.select().where(Company.deleted_at.is_null(False)).count()
                    + Person.select().where(Person.deleted_at.is_null(False)).count()),
        "journal": Journal.select().count(),
    }
    for kind, model in LIST_MODELS.items():
        counts[kind] = model.select().where(model.deleted_at.is_null()).count()
    return counts


def live_counts() -> dict[str, int]:
    """Companies and persons that are not deleted (for status bars)."""
    return {
        "companies": Company.select().where(Company.deleted_at.is_null()).count(),
        "persons": Person.select().where(Person.deleted_at.is_null()).count(),
    }


def check(path: Path, quick: bool = False) -> CheckReport:
    """Schema version, record counts and SQLite's integrity check. Never creates a file.

    Checks the open database in place when ``path`` is the one open; otherwise opens and closes it.
    """
    already_open = connection.current_path() is not None and Path(path).resolve() == connection.current_path().resolve()
    db = connection.database.obj if already_open else open_database(path, create=False)[0]
    try:
        version = schema_version(db)
        pragma = "quick_check" if quick else "integrity_check"
        try:
            problems = [row[0] for row in db.execute_sql(f"PRAGMA {pragma}").fetchall()]
            fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        except DB_ERRORS as exc:
            return CheckReport(path, version, [str(exc)])
        problems += [f"foreign key: {row[0]} row {row[1]} -> {row[2]}" for row in fk]
        if problems != ["ok"]:
            problems = [p for p in problems if p != "ok"] or problems
        try:
            counts = record_counts()
        except DB_ERRORS as exc:
            return CheckReport(path, version, [*problems, str(exc)] if problems != ["ok"] else [str(exc)])
        return CheckReport(path, version, problems, counts)
    finally:
        if not already_open:
            connection.close()
