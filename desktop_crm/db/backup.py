"""Copies of the database file made with SQLite's online backup API, and putting one back.

Copies are made page by page through SQLite (safe while the app and other processes keep writing,
and consistent: one read snapshot), written to ``NAME.partial``, checked (``quick_check``), flushed
to the disk and only then renamed into place, so a power cut never leaves a half backup that looks
whole. Files that are not ours to change (a backup, a file the user picked to restore) are never
opened for writing: they are read through a private copy (``snapshot``), because even a read-only
SQLite connection to a WAL-mode file creates ``-wal``/``-shm`` files beside it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop_crm.db.connection import APPLICATION_ID, BUSY_TIMEOUT_MS, SQLITE_MAGIC

SUFFIX = ".sqlite"
_STAMP = re.compile(r"-(\d{8}-\d{6})(\d{3})?(?:-(\d+))?\.sqlite$")
_LABEL = re.compile(r"^(daily|manual|damaged|before-[a-z0-9]+(?:-[a-z0-9]+)*)$")
AUTOMATIC_LABELS = ("daily",)  # and every "before-..." label
SIDE_FILES = ("-wal", "-shm", "-journal")


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, dest: Path) -> Path:
    """Copy ``source`` (open or not, in WAL mode or not) to ``dest`` through SQLite, then verify the copy."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        copy_into(src, tmp)
    finally:
        src.close()
    tmp.replace(dest)
    fsync_dir(dest.parent)
    return dest


def copy_into(src: sqlite3.Connection, tmp: Path) -> None:
    """Back up the database of ``src`` into the new file ``tmp`` (rollback-journal mode), checked and flushed."""
    tmp.unlink(missing_ok=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            ok = out.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            out.close()
        if ok != "ok":
            raise sqlite3.DatabaseError(f"the backup copy failed its check: {ok}")
        fsync_file(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def stamp_now() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%d-%H%M%S") + f"{now.microsecond // 1000:03d}"


def timestamped_name(source: Path, label: str) -> str:
    return f"{source.stem}-{label}-{stamp_now()}{SUFFIX}"


def unique_dest(folder: Path, source: Path, label: str) -> Path:
    """A new file name in ``folder`` for a backup of ``source``; never one that exists."""
    dest = folder / timestamped_name(source, label)
    n = 1
    while dest.exists() or dest.with_name(dest.name + ".partial").exists():
        n += 1
        dest = folder / f"{dest.name.removesuffix(SUFFIX).rsplit('~', 1)[0]}~{n}{SUFFIX}"
    return dest


def backup_before_migration(source: Path, from_version: int) -> Path:
    """The copy taken before migrations run, next to the file in ``backups/``."""
    return backup_file(source, unique_dest(source.parent / "backups", source, f"before-migration-v{from_version}"))


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: which database (stem), why (label), when (UTC)."""

    path: Path
    label: str
    created: datetime

    @property
    def automatic(self) -> bool:
        return self.label in AUTOMATIC_LABELS or self.label.startswith("before-")


def parse_name(path: Path, stem: str) -> BackupName | None:
    """The parts of a backup file name of the database called ``stem``; None for any other file."""
    name = path.name.replace("~", "-")
    match = _STAMP.search(name)
    if not match or not name.startswith(stem + "-"):
        return None
    label = name[len(stem) + 1:match.start()]
    if not _LABEL.match(label):
        return None
    try:
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    created = created.replace(microsecond=int(match.group(2) or 0) * 1000)
    return BackupName(path, label, created)


def backups_in(folder: Path, stem: str) -> list[BackupName]:
    """The backups of database ``stem`` in ``folder``, newest first."""
    try:
        candidates = [p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()]
    except OSError:
        return []
    found = [b for p in candidates if (b := parse_name(p, stem)) is not None]
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


# Reading a file that is not ours to change -------------------------------------------------------


@dataclass
class FileCheck:
    """What a database file holds, read from a private copy; ``problem`` is None when it is usable."""

    problem: str | None = None  # "missing", "folder", "empty", "foreign", "damaged", "newer"
    detail: str = ""
    application_id: int = 0
    schema_version: int = 0
    integrity: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problem is None


def header_problem(path: Path) -> tuple[str, str] | None:
    """Why ``path`` cannot be an SQLite database, from its first 100 bytes; None when it might be."""
    try:
        if not path.exists():
            return "missing", "no such file"
        if path.is_dir():
            return "folder", "is a folder"
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return "missing", exc.strerror or str(exc)
    if not header:
        return "empty", "the file is empty"
    if not header.startswith(SQLITE_MAGIC):
        return "foreign", "not an SQLite file"
    if len(header) < 100:
        return "damaged", "the file is truncated"
    return None


@contextlib.contextmanager
def snapshot(path: Path, folder: Path | None = None) -> Iterator[Path]:
    """A private copy of ``path`` (with its ``-wal``, if any) in ``folder``, deleted afterwards.

    The copy is plain bytes, so a damaged file copies as it is; SQLite then opens only the copy.
    """
    folder = folder or Path(tempfile.gettempdir())
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".dcrm-check-", suffix=SUFFIX, dir=folder)
    os.close(fd)
    copy = Path(name)
    try:
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        yield copy
    finally:
        for extra in ("", *SIDE_FILES):
            Path(f"{copy}{extra}").unlink(missing_ok=True)


_COUNTS = {
    "companies": "SELECT count(*) FROM company WHERE deleted_at IS NULL",
    "persons": "SELECT count(*) FROM person WHERE deleted_at IS NULL",
    "journal": "SELECT count(*) FROM journal",
}


def check_copy(copy: Path, latest_version: int, *, full: bool = True) -> FileCheck:
    """Check a private copy: ours (application id), not newer, ``integrity_check`` ok; count its records.

    The copy is left in rollback-journal mode with its WAL folded in, ready to be restored from.
    """
    problem = header_problem(copy)
    if problem is not None:
        return FileCheck(*problem)
    try:
        con = sqlite3.connect(copy, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.DatabaseError as exc:
        return FileCheck("damaged", str(exc))
    try:
        return _check(con, latest_version, full, fold_wal=True)
    finally:
        con.close()


def _check(con: sqlite3.Connection, latest_version: int, full: bool, fold_wal: bool) -> FileCheck:
    con.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a damaged file may hold broken text
    try:
        result = FileCheck()
        result.application_id = con.execute("PRAGMA application_id").fetchone()[0]
        result.schema_version = con.execute("PRAGMA user_version").fetchone()[0]
        if result.application_id != APPLICATION_ID:
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            return FileCheck("empty" if tables == 0 else "foreign",
                             "an empty database" if tables == 0 else "an SQLite database of another program")
        if result.schema_version > latest_version:
            return FileCheck("newer", f"schema version {result.schema_version}",
                             result.application_id, result.schema_version)
        if result.schema_version < 1:
            return FileCheck("damaged", f"schema version {result.schema_version}", result.application_id,
                             result.schema_version)
        if fold_wal:
            con.execute("PRAGMA journal_mode=DELETE")
        pragma = "integrity_check" if full else "quick_check"
        result.integrity = [row[0] for row in con.execute(f"PRAGMA {pragma}(20)").fetchall()]
        if result.integrity != ["ok"]:
            result.problem, result.detail = "damaged", "; ".join(result.integrity[:3])
            return result
        for name, sql in _COUNTS.items():
            result.counts[name] = con.execute(sql).fetchone()[0]
        return result
    except (sqlite3.DatabaseError, UnicodeError) as exc:
        return FileCheck("damaged", str(exc))


def _plain_file(path: Path) -> bool:
    """A rollback-journal file with nothing beside it (every backup we make): safe to read as immutable."""
    with path.open("rb") as fh:
        header = fh.read(20)
    return header[18:20] == b"\x01\x01" and not any(Path(f"{path}{x}").exists() for x in SIDE_FILES)


def check_file(path: Path, latest_version: int, *, full: bool = True, work: Path | None = None) -> FileCheck:
    """``check_copy`` without writing to ``path``: read as immutable when it is a plain file, else a copy."""
    problem = header_problem(path)
    if problem is not None:
        return FileCheck(*problem)
    if _plain_file(path):
        try:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        except sqlite3.DatabaseError as exc:
            return FileCheck("damaged", str(exc))
        try:
            return _check(con, latest_version, full, fold_wal=False)
        finally:
            con.close()
    with snapshot(path, work) as copy:
        return check_copy(copy, latest_version, full=full)


# Putting a copy in place of the live database ----------------------------------------------------


def restore_into(copy: Path, live: Path) -> str:
    """Replace the content of ``live`` by the checked ``copy``; returns how ("backup-api" or "rename").

    A healthy live file gets the copy through SQLite's backup API: one write transaction on the live
    file, so a crash halfway rolls back and other processes that have it open see the new content
    (they are never left on an unlinked file). A live file SQLite cannot write (damaged) is replaced
    by renaming a flushed copy over it, and its stale ``-wal``/``-shm`` are removed.
    """
    if live.exists() and header_problem(live) is None:
        try:
            src = sqlite3.connect(copy)
            try:
                dst = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=WAL")
                    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    ok = dst.execute("PRAGMA quick_check").fetchone()[0]
                finally:
                    dst.close()
            finally:
                src.close()
            if ok == "ok":
                return "backup-api"
        except sqlite3.DatabaseError:
            pass  # the live file is too damaged to write through SQLite: replace the file
    tmp = live.with_name(f".{live.name}.restoring")
    shutil.copyfile(copy, tmp)
    fsync_file(tmp)
    for extra in SIDE_FILES:
        Path(f"{live}{extra}").unlink(missing_ok=True)
    os.replace(tmp, live)
    fsync_dir(live.parent)
    return "rename"


def copy_raw(source: Path, dest: Path) -> Path:
    """A byte copy (with ``-wal``) for a file SQLite cannot read: a damaged database is kept, never lost."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    wal = Path(f"{source}-wal")
    if wal.is_file():
        shutil.copyfile(wal, Path(f"{dest}-wal"))
    fsync_file(dest)
    return dest


def is_database_file(path: Path) -> bool:
    return header_problem(path) is None


def read_meta(path: Path, key: str) -> str | None:
    """A ``meta`` value of our database file that is not open (perhaps damaged); None when unreadable."""
    if header_problem(path) is not None:
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            con.text_factory = lambda raw: raw.decode("utf-8", "replace")
            row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return None
    return row[0] if row and row[0] else None


def quick_check_open(limit: int = 5) -> list[str]:
    """``PRAGMA quick_check`` of the open database ("ok" alone when it is healthy)."""
    from desktop_crm.db.connection import database

    return [row[0] for row in database.obj.execute_sql(f"PRAGMA quick_check({int(limit)})").fetchall()]


def remove_stale_partials(folder: Path, stem: str, older_than_s: float = 3600) -> list[Path]:
    """Half-written copies a crash left behind (``*.partial``); young ones may still be written by another process."""
    import time

    removed = []
    try:
        leftovers = list(folder.glob(f"{stem}-*{SUFFIX}.partial"))
    except OSError:
        return removed
    for leftover in leftovers:
        try:
            if time.time() - leftover.stat().st_mtime > older_than_s:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            continue
    return removed
