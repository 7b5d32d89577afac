"""SQLite failures of the disk or the file, turned into clear, translatable errors.

A full disk, a read-only file, an I/O error (a USB stick pulled out, a network drive gone), a file
that another program keeps locked past the busy timeout, or a file that turns out to be damaged are
not bugs: the user has to be told what happened and that nothing was saved. ``storage_error(exc)``
maps SQLite's error to one of the ``StorageError`` classes below (``CrmError``s, so every screen
that shows a rule violation shows these too); ``journal.action()`` raises them for every write.
Everything else (constraint violations, SQL mistakes) is a bug and is left as it is.
"""

from __future__ import annotations

import sqlite3

import peewee

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message

READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages", "The database file is read-only, so this change was not saved. Your input is still on screen: "
    "make the file writable (or copy it to a folder of your own) and save again.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Messages", "The disk is full, so this change was not saved. Your input is still on screen: "
    "free some space and save again.")
IO_ERROR = QT_TRANSLATE_NOOP(
    "Messages", "The disk could not be written or read (was a USB stick or network drive removed?), so this "
    "change was not saved. Your input is still on screen: save again when the disk is back.")
BUSY = QT_TRANSLATE_NOOP(
    "Messages", "The database is busy in another window or program, so this change was not saved yet. "
    "Your input is still on screen: save again in a moment.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The database file is damaged, so this change was not saved. Restore a backup "
    "(File > Backups).")
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Messages", "The database file cannot be reached (was a USB stick or network drive removed?), so this "
    "change was not saved. Your input is still on screen.")


class StorageError(CrmError):
    """The disk or the file refused a write (or a read); the transaction was rolled back."""

    kind = "storage"
    text = IO_ERROR

    def __init__(self, detail: str = "") -> None:
        super().__init__(Message(self.text))
        self.detail = detail


class ReadOnlyStorage(StorageError):
    kind, text = "read_only", READ_ONLY


class DiskFull(StorageError):
    kind, text = "disk_full", DISK_FULL


class DiskIOError(StorageError):
    kind, text = "io", IO_ERROR


class DatabaseBusy(StorageError):
    kind, text = "busy", BUSY


class DamagedStorage(StorageError):
    kind, text = "damaged", DAMAGED


class StorageUnavailable(StorageError):
    kind, text = "unavailable", UNAVAILABLE


# SQLite's primary result codes (the extended ones share the low byte) and message texts.
_BY_CODE: dict[int, type[StorageError]] = {
    8: ReadOnlyStorage,  # SQLITE_READONLY
    13: DiskFull,  # SQLITE_FULL
    10: DiskIOError,  # SQLITE_IOERR
    5: DatabaseBusy,  # SQLITE_BUSY
    6: DatabaseBusy,  # SQLITE_LOCKED
    11: DamagedStorage,  # SQLITE_CORRUPT
    26: DamagedStorage,  # SQLITE_NOTADB
    14: StorageUnavailable,  # SQLITE_CANTOPEN
}
_BY_TEXT: tuple[tuple[str, type[StorageError]], ...] = (
    ("readonly database", ReadOnlyStorage),
    ("read-only", ReadOnlyStorage),
    ("disk is full", DiskFull),
    ("disk i/o error", DiskIOError),
    ("database is locked", DatabaseBusy),
    ("database table is locked", DatabaseBusy),
    ("disk image is malformed", DamagedStorage),
    ("file is not a database", DamagedStorage),
    ("unable to open database file", StorageUnavailable),
)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (peewee keeps the sqlite3 error in ``orig``)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen) or len(seen) > 8:
            continue
        seen.append(item)
        todo.extend([getattr(item, "orig", None), item.__cause__, item.__context__])
        todo.extend(a for a in getattr(item, "args", ())[:1] if isinstance(a, BaseException))
    return seen


def storage_error(exc: BaseException) -> StorageError | None:
    """The StorageError for an SQLite (or peewee) error of the disk or the file; None for others."""
    if isinstance(exc, StorageError):
        return exc
    chain = _chain(exc)
    if not any(isinstance(e, (sqlite3.Error, peewee.DatabaseError)) for e in chain):
        return None
    for item in chain:
        code = getattr(item, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
            return _BY_CODE[code & 0xFF](str(item))
    for item in chain:
        text = str(item).lower()
        for needle, cls in _BY_TEXT:
            if needle in text:
                return cls(str(item))
    return None
