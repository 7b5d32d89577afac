"""Copies of the database file made with SQLite's online backup API (safe while it is open)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_file(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` page by page through SQLite, then verify the copy."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            ok = out.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            out.close()
    finally:
        src.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the backup copy failed its check: {ok}")
    tmp.replace(dest)
    return dest


def timestamped_name(source: Path, label: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{source.stem}-{label}-{stamp}.sqlite"


def backup_before_migration(source: Path, from_version: int) -> Path:
    """The copy taken before migrations run, next to the file in ``backups/``."""
    dest = source.parent / "backups" / timestamped_name(source, f"before-migration-v{from_version}")
    return backup_file(source, dest)
