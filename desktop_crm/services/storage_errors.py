"""Disk and file failures as user-facing errors, for the UI and the command line (which never import db/).

Every write goes through ``db.journal.action()``, which raises these ``CrmError``s instead of raw
SQLite errors: a card that catches ``CrmError`` shows the message and keeps the user's input.
``as_crm_error`` does the same mapping for anything else that reached the UI (a read on a file that
went away, a damaged page found while painting a list).
"""

from __future__ import annotations

from desktop_crm.db.storage import (
    DamagedStorage,
    DatabaseBusy,
    DiskFull,
    DiskIOError,
    ReadOnlyStorage,
    StorageError,
    StorageUnavailable,
    storage_error,
)
from desktop_crm.domain.errors import CrmError

__all__ = ["DamagedStorage", "DatabaseBusy", "DiskFull", "DiskIOError", "ReadOnlyStorage", "StorageError",
           "StorageUnavailable", "as_crm_error"]


def as_crm_error(exc: BaseException) -> CrmError | None:
    """``exc`` as a CrmError with a clear message, or None when it is not a failure of the disk or file."""
    if isinstance(exc, CrmError):
        return exc
    return storage_error(exc)
