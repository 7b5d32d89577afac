"""Backups: automatic (once a day, before risky actions), on demand, listing, checking and restoring.

Where: a folder the user chose (the ``backup_folder`` setting in the ``meta`` table: a USB stick, a
network share, a local folder for a database in a cloud folder), else ``backups/`` next to the
database, which for the default database is the user data folder (``default_backup_folder``).
Automatic backups (daily and "before-...") are pruned to the last ``backup_keep`` (default 14);
backups made on demand and the kept copies of damaged files are never deleted.

A restore checks the chosen file on a private copy (a Desktop CRM database, not newer than this
app, ``integrity_check`` ok), backs up the current database, puts the copy in place
(``db.backup.restore_into``) and reopens it (migrating an older backup, with its own backup first).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop_crm.db import backup as files
from desktop_crm.db import connection, migrations
from desktop_crm.db.connection import DB_ERRORS, DatabaseFileError
from desktop_crm.db.journal import get_meta, set_meta
from desktop_crm.db.schema import OpenResult
from desktop_crm.db.storage import StorageError, storage_error
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import database

log = logging.getLogger(__name__)

DEFAULT_KEEP = 14
KEY_FOLDER, KEY_KEEP, KEY_LAST_DAILY = "backup_folder", "backup_keep", "backup_last_daily"

NO_DATABASE = QT_TRANSLATE_NOOP("Messages", "No database is open.")
BACKUP_FAILED = QT_TRANSLATE_NOOP("Messages", "The backup could not be made ({detail}). Nothing was changed.")
NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "{file} does not exist. Nothing was restored.")
NOT_OURS = QT_TRANSLATE_NOOP("Messages", "{file} is not a Desktop CRM database. Nothing was restored.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "Messages", "{file} was made by a newer version of Desktop CRM; update the app to restore it. "
    "Nothing was restored.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "{file} is damaged ({detail}). Nothing was restored; choose another backup.")
IS_LIVE = QT_TRANSLATE_NOOP("Messages", "{file} is the database itself; choose a backup to restore.")
BAD_KEEP = QT_TRANSLATE_NOOP("Messages", "Keep between 1 and 999 automatic backups.")


class BackupFailed(CrmError):
    def __init__(self, detail: str) -> None:
        super().__init__(Message(BACKUP_FAILED, {"detail": detail}))
        self.detail = detail


class RestoreRefused(CrmError):
    """The chosen file cannot be restored; the database was not changed."""

    def __init__(self, text: str, file: Path, detail: str = "", reason: str = "") -> None:
        super().__init__(Message(text, {"file": str(file), "detail": detail}))
        self.reason = reason


@dataclass(frozen=True)
class BackupEntry:
    """One backup file of the open database, as its name and the file system tell (no opening)."""

    path: Path
    created: datetime  # UTC
    label: str  # daily, manual, damaged, before-bulk, before-restore, before-migration-v1, ...
    size: int
    automatic: bool


@dataclass
class BackupDetails:
    """A backup checked on a private copy: usable or why not, its schema version and record counts."""

    entry: BackupEntry
    ok: bool
    problem: str | None = None
    detail: str = ""
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class RestoreResult:
    restored: Path
    database: Path
    previous: Path | None  # the backup (or, for a damaged file, the byte copy) of what was replaced
    method: str  # "backup-api" or "rename"
    opened: OpenResult
    counts: dict[str, int]


def _live() -> Path:
    path = connection.current_path()
    if path is None:
        raise CrmError(Message(NO_DATABASE))
    return path


# Settings (kept in the database, so they travel with it) -----------------------------------------


def default_backup_folder(db_path: Path | None = None) -> Path:
    """``backups/`` next to the database; for the default database that is the user data folder."""
    return (db_path or _live()).resolve().parent / "backups"


def _meta(key: str) -> str | None:
    try:
        return get_meta(key)
    except DB_ERRORS:
        return None


def _write_meta(key: str, value: str) -> None:
    try:
        with connection.write_transaction():
            set_meta(key, value)
    except DB_ERRORS as exc:
        raise (storage_error(exc) or exc) from exc


def is_blank(path: Path) -> bool:
    """An existing file with nothing in it yet (zero bytes, or SQLite without tables): opening it makes a
    new database there, which a command that only reads must not do."""
    try:
        state = connection.inspect_file(Path(path))
    except DatabaseFileError:
        return False
    return state.exists and state.empty


def backup_folder() -> Path:
    chosen = _meta(KEY_FOLDER)
    return Path(chosen) if chosen else default_backup_folder()


def set_backup_folder(folder: Path | None) -> None:
    """Send backups to ``folder`` (None: back next to the database)."""
    _write_meta(KEY_FOLDER, str(Path(folder).expanduser().resolve()) if folder else "")


def keep_count() -> int:
    try:
        return max(1, int(_meta(KEY_KEEP) or DEFAULT_KEEP))
    except ValueError:
        return DEFAULT_KEEP


def set_keep_count(n: int) -> None:
    if not 1 <= n <= 999:
        raise CrmError(Message(BAD_KEEP))
    _write_meta(KEY_KEEP, str(n))  # older ones go at the next automatic backup, not while the user types


# Making backups ----------------------------------------------------------------------------------


def _make(label: str, folder: Path | None = None) -> Path:
    live = _live()
    targets = [folder] if folder is not None else [backup_folder()]
    if folder is None and targets[0] != default_backup_folder(live):
        targets.append(default_backup_folder(live))  # the chosen USB stick or share is not there
    error: Exception | None = None
    for target in targets:
        try:
            return files.backup_file(live, files.unique_dest(target, live, label))
        except (OSError, *DB_ERRORS) as exc:
            log.info("backup to %s failed: %s", target, exc)
            error = exc
    detail = getattr(error, "strerror", None) or str(error)
    failure = storage_error(error) if error is not None else None
    raise BackupFailed(failure.detail if failure else detail) from error


def backup_now(dest: Path | None = None) -> Path:
    """A backup on demand (never pruned): into the backup folder, into folder ``dest``, or as file ``dest``."""
    live = _live()
    if dest is None:
        return _make("manual")
    dest = Path(dest).expanduser()
    if dest.is_dir() or not dest.suffix:
        return _make("manual", dest)
    if dest.resolve() == live.resolve():
        raise BackupFailed(str(dest))
    try:
        return files.backup_file(live, dest)
    except (OSError, *DB_ERRORS) as exc:
        raise BackupFailed(getattr(exc, "strerror", None) or str(exc)) from exc


def automatic_backup(label: str) -> Path:
    """A backup that counts towards the last N kept (``label``: "daily" or "before-...")."""
    path = _make(label)
    prune()
    return path


def before_risky_action(label: str) -> Path:
    """The backup taken before a bulk change, an import or a merge; raises BackupFailed (nothing changed)."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in label.lower()).strip("-") or "change"
    return automatic_backup(f"before-{safe}")


def daily_backup_if_due(today: date | None = None) -> Path | None:
    """The first start of each (local) day makes a backup; the date is remembered in ``meta``."""
    today = today or date.today()
    if _meta(KEY_LAST_DAILY) == today.isoformat():
        return None
    path = automatic_backup("daily")
    try:
        _write_meta(KEY_LAST_DAILY, today.isoformat())
    except StorageError as exc:  # a read-only file still gets its backup, just not the date
        log.warning("could not remember the backup date: %s", exc)
    return path


def prune(keep: int | None = None) -> list[Path]:
    """Delete automatic backups of this database beyond the newest ``keep``; returns what was deleted."""
    keep = keep or keep_count()
    live = _live()
    removed = []
    for folder in dict.fromkeys([backup_folder(), default_backup_folder(live)]):
        files.remove_stale_partials(folder, live.stem)
        automatic = [b for b in files.backups_in(folder, live.stem) if b.automatic]
        for old in automatic[keep:]:
            try:
                old.path.unlink()
                removed.append(old.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", old.path, exc)
    return removed


# Listing and checking ----------------------------------------------------------------------------


def _entry(name: files.BackupName) -> BackupEntry | None:
    try:
        size = name.path.stat().st_size
    except OSError:
        return None
    return BackupEntry(name.path, name.created, name.label, size, name.automatic)


def list_backups(db_path: Path | None = None, folders: Iterable[Path] = ()) -> list[BackupEntry]:
    """Backups of the database (the open one, or ``db_path``), newest first, from every place they go."""
    live = db_path or _live()
    places = list(folders)
    if db_path is None or connection.current_path() == db_path:
        places.append(backup_folder())
    places.append(default_backup_folder(live))
    seen: set[Path] = set()
    out = []
    for folder in dict.fromkeys(p.resolve() for p in places):
        for name in files.backups_in(folder, live.stem):
            if name.path not in seen and (entry := _entry(name)) is not None:
                seen.add(name.path)
                out.append(entry)
    out.sort(key=lambda e: e.created, reverse=True)
    return out


def inspect_backup(entry: BackupEntry | Path, *, full: bool = False) -> BackupDetails:
    """Check a backup on a private copy (``quick_check``, or ``integrity_check`` with ``full``); never changes it."""
    if isinstance(entry, Path):
        path = entry
        entry = BackupEntry(path, datetime.fromtimestamp(0).astimezone(), "", 0, False)
        try:
            stat = path.stat()
            entry = BackupEntry(path, datetime.fromtimestamp(stat.st_mtime).astimezone(), "", stat.st_size, False)
        except OSError:
            pass
    try:
        result = files.check_file(entry.path, migrations.latest_version(), full=full)
    except OSError as exc:
        return BackupDetails(entry, False, "missing", exc.strerror or str(exc))
    return BackupDetails(entry, result.ok, result.problem, result.detail, result.schema_version, result.counts)


def newest_good_backup(db_path: Path, folders: Iterable[Path] = ()) -> BackupDetails | None:
    """The newest backup of ``db_path`` that passes the check, for a database that cannot be used."""
    extra = list(folders)
    chosen = _folder_setting_of(db_path)
    if chosen:
        extra.append(chosen)
    for entry in list_backups(db_path, extra):
        if entry.label == "damaged":
            continue
        details = inspect_backup(entry)
        if details.ok:
            return details
    return None


def _folder_setting_of(db_path: Path) -> Path | None:
    """The backup folder setting of a database that is not open (perhaps damaged): best effort."""
    value = files.read_meta(db_path, KEY_FOLDER)
    return Path(value) if value else None


# Restoring ---------------------------------------------------------------------------------------


def _refusal(source: Path, check: files.FileCheck) -> RestoreRefused:
    texts = {"missing": NOT_FOUND, "folder": NOT_OURS, "empty": NOT_OURS, "foreign": NOT_OURS, "newer": TOO_NEW}
    return RestoreRefused(texts.get(check.problem or "", DAMAGED), source, check.detail, check.problem or "")


def restore(source: Path, db_path: Path | None = None, *, language: str = "nl") -> RestoreResult:
    """Replace the database (the open one, or ``db_path``) by the backup ``source``, and open it.

    ``source`` is never changed. Refused (RestoreRefused, nothing changed) unless it is a Desktop CRM
    database, not newer than this app, that passes SQLite's integrity check. The current database is
    backed up first (a damaged one is kept as a byte copy), then replaced, then opened (and migrated).
    The backup settings of this PC (folder, how many to keep) stay as they were.
    """
    source = Path(source).expanduser()
    live = Path(db_path or _live()).expanduser()
    if source.exists() and live.exists() and source.resolve() == live.resolve():
        raise RestoreRefused(IS_LIVE, source, reason="live")
    problem = files.header_problem(source)
    if problem is not None:
        raise RestoreRefused(NOT_FOUND if problem[0] == "missing" else NOT_OURS, source, problem[1], problem[0])
    live.parent.mkdir(parents=True, exist_ok=True)
    current = connection.current_path()
    was_open = current is not None and current.resolve() == live.resolve()
    settings = {k: _meta(k) for k in (KEY_FOLDER, KEY_KEEP)} if was_open else {}
    with files.snapshot(source, live.parent) as copy:
        check = files.check_copy(copy, migrations.latest_version(), full=True)
        if not check.ok:
            raise _refusal(source, check)
        previous = _keep_current(live, was_open)
        connection.close()
        try:
            method = files.restore_into(copy, live)
        except (OSError, *DB_ERRORS) as exc:
            if was_open:
                _reopen_quietly(live, language)
            failure = storage_error(exc) if not isinstance(exc, OSError) else None
            raise failure or BackupFailed(getattr(exc, "strerror", None) or str(exc)) from exc
    try:
        opened = database.open_db(live, language=language, create=False)
    except (DatabaseFileError, *DB_ERRORS) as exc:
        _put_back(previous, live, language)
        raise RestoreRefused(DAMAGED, source, getattr(exc, "detail", "") or str(exc), "damaged") from exc
    _after_restore(settings)
    log.info("restored %s into %s (%s); previous content kept in %s", source, live, method, previous)
    return RestoreResult(source, live, previous, method, opened, database.live_counts())


def _keep_current(live: Path, was_open: bool) -> Path | None:
    """Back up what is about to be replaced: through SQLite when it reads, as bytes when it does not."""
    if not live.exists() or live.stat().st_size == 0:
        return None
    fallback = default_backup_folder(live)
    folder = backup_folder() if was_open else (_folder_setting_of(live) or fallback)
    try:
        for target in dict.fromkeys([folder, fallback]):
            try:
                return files.backup_file(live, files.unique_dest(target, live, "before-restore"))
            except OSError:
                if target == fallback:
                    raise
        return None
    except DB_ERRORS:
        pass  # SQLite cannot read it (damaged): keep the bytes instead
    except OSError as exc:
        raise BackupFailed(exc.strerror or str(exc)) from exc
    try:
        return files.copy_raw(live, files.unique_dest(fallback, live, "damaged"))
    except OSError as exc:
        raise BackupFailed(exc.strerror or str(exc)) from exc


def _put_back(previous: Path | None, live: Path, language: str) -> None:
    """The restored file does not open after all (it passed every check): put back what was there."""
    connection.close()
    if previous is not None:
        try:
            files.restore_into(previous, live)
        except (OSError, *DB_ERRORS) as exc:
            log.error("could not put %s back into %s: %s", previous, live, exc)
            return
    _reopen_quietly(live, language)


def _reopen_quietly(live: Path, language: str) -> None:
    try:
        database.open_db(live, language=language, create=False)
    except (DatabaseFileError, OSError, *DB_ERRORS) as exc:
        log.warning("could not reopen %s after a failed restore: %s", live, exc)


def _after_restore(settings: dict[str, str | None]) -> None:
    """Keep this PC's backup settings, and count the restore as today's backup (the content is one)."""
    try:
        with connection.write_transaction():
            for key, value in settings.items():
                set_meta(key, value or "")
            set_meta(KEY_LAST_DAILY, date.today().isoformat())
    except DB_ERRORS as exc:
        log.warning("could not write the backup settings after a restore: %s", exc)


# At start ----------------------------------------------------------------------------------------


@dataclass
class Maintenance:
    """What the start-up check found: ``problem`` (the open file is damaged), the daily backup made."""

    problem: str | None = None
    daily: Path | None = None
    backup_error: CrmError | None = None


def health_check() -> str | None:
    """SQLite's ``quick_check`` of the open database: None when it is healthy, else what is wrong."""
    try:
        rows = files.quick_check_open()
    except DB_ERRORS as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def startup_maintenance(today: date | None = None) -> Maintenance:
    """Run once after the app opened the database (on a worker thread): check it, then the daily backup.

    A damaged database gets no daily backup (it would fail its check anyway), so the good backups
    it would have pushed out stay.
    """
    result = Maintenance(problem=health_check())
    if result.problem is None:
        try:
            result.daily = daily_backup_if_due(today)
        except CrmError as exc:
            result.backup_error = exc
    return result
