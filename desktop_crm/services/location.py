"""Is the database in a folder a cloud client syncs, or on a network share? And moving it to a local folder.

SQLite's locking and its write-ahead log rely on a local file system: a sync client that uploads
(or replaces) the file between two writes, or a network share that caches or drops locks, is how
SQLite files get corrupted. ``classify`` decides from the path alone (and, on Linux, the mount
table), so it is testable without such folders: cloud folders by their well-known names
(OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud, ownCloud, Box, pCloud, macOS's
``~/Library/CloudStorage``), the OneDrive environment variables on Windows, UNC paths
(``\\\\server\\share``), and Linux network mounts (nfs, cifs/smb, sshfs, davfs, ...).
``move_database`` copies the database with SQLite's backup API to a local folder, verifies the copy
and opens it; the caller remembers the new path.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import platformdirs

from desktop_crm import APP_NAME
from desktop_crm.db import backup as files
from desktop_crm.db import connection
from desktop_crm.db.connection import DB_ERRORS
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import database

LOCAL, CLOUD, NETWORK = "local", "cloud", "network"

TARGET_EXISTS = QT_TRANSLATE_NOOP("Messages", "{file} already exists; choose another folder.")
MOVE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The database could not be copied to {folder} ({detail}). It stays where it was.")
MOVE_MISMATCH = QT_TRANSLATE_NOOP(
    "Messages", "The copy in {folder} does not match the database, so it stays where it was.")
STILL_NOT_LOCAL = QT_TRANSLATE_NOOP("Messages", "{folder} is itself a cloud or network folder; choose a local one.")

# Folder names (compared case-insensitively, as a whole path part or its start) of sync clients.
_CLOUD_PARTS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),  # "OneDrive", "OneDrive - Contoso", "OneDrive-Personal"
    ("dropbox", "Dropbox"),  # "Dropbox", "Dropbox (Contoso)"
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),  # ~/Library/CloudStorage/GoogleDrive-x@y
    ("my drive", "Google Drive"),  # G:\My Drive
    ("mijn drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),  # ~/Library/Mobile Documents/com~apple~CloudDocs
    ("com~apple~clouddocs", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("box sync", "Box"),
    ("pcloud drive", "pCloud"),
    ("sync.com", "Sync.com"),
    ("megasync", "MEGA"),
    ("yandex.disk", "Yandex Disk"),
)
_EXACT_PARTS = {"box": "Box", "stack": "STACK"}  # Box Drive's ~/Box; TransIP STACK (Dutch)
_CLOUD_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2",
    "fuse.rclone", "fuse.s3fs", "afs", "ceph", "glusterfs", "fuse.glusterfs", "9p", "ncpfs", "fuse.gvfsd-fuse",
    "fuse.onedriver", "fuse.google-drive-ocamlfuse",
})
_CLOUD_FS = {"fuse.onedriver": "OneDrive", "fuse.google-drive-ocamlfuse": "Google Drive"}


@dataclass(frozen=True)
class Location:
    kind: str  # LOCAL, CLOUD or NETWORK
    provider: str = ""  # "OneDrive", "Dropbox", ... or the file system type ("nfs4", "cifs") or "\\\\server"

    @property
    def risky(self) -> bool:
        return self.kind != LOCAL


def _pure(path: str | os.PathLike[str], windows: bool) -> PurePath:
    return PureWindowsPath(path) if windows else PurePosixPath(path)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from the text of /proc/mounts (octal escapes decoded)."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), parts[1])
            out.append((point, parts[2]))
    return out


def _mount_of(path: PurePosixPath, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def classify(path: str | os.PathLike[str], *, windows: bool | None = None, mounts: str | None = None,
             env: Mapping[str, str] | None = None) -> Location:
    """Where the file ``path`` lives, from the path itself, the mount table text and the environment.

    All inputs are plain values (``windows`` defaults to this system), so every case is testable
    anywhere. For a folder, pass a file name inside it.
    """
    windows = sys.platform == "win32" if windows is None else windows
    text = os.fspath(path)
    pure = _pure(text, windows)
    if windows:  # UNC paths: \\server\share\..., //server/share/..., \\?\UNC\server\share\...
        unc = text.replace("/", "\\")
        if unc.upper().startswith("\\\\?\\UNC\\") or (unc.startswith("\\\\") and unc[2:3] not in ("?", ".", "")):
            rest = unc[8:] if unc.upper().startswith("\\\\?\\UNC\\") else unc[2:]
            return Location(NETWORK, "\\\\" + rest.split("\\")[0])
    for variable in _CLOUD_ENV:
        root = (env or {}).get(variable)
        if root:
            base = _pure(root, windows)
            if windows:
                inside = str(pure).lower() == str(base).lower() or str(pure).lower().startswith(
                    str(base).lower().rstrip("\\") + "\\")
            else:
                inside = pure == base or base in pure.parents
            if inside:
                return Location(CLOUD, "OneDrive")
    for part in pure.parts[:-1]:
        lowered = part.lower().rstrip("\\/")
        if lowered in _EXACT_PARTS:
            return Location(CLOUD, _EXACT_PARTS[lowered])
        for prefix, provider in _CLOUD_PARTS:
            if lowered == prefix or lowered.startswith(prefix + " ") or lowered.startswith(prefix + "-") or (
                    lowered.startswith(prefix + "(") or lowered.startswith(prefix + " (")):
                return Location(CLOUD, provider)
    if not windows and mounts:
        found = _mount_of(PurePosixPath(text), parse_mounts(mounts))
        if found is not None:
            fstype = found[1].lower()
            if fstype in _CLOUD_FS:
                return Location(CLOUD, _CLOUD_FS[fstype])
            if fstype in NETWORK_FS or fstype.startswith("nfs") or fstype.startswith("smb"):
                return Location(NETWORK, found[1])
    return Location(LOCAL)


def _windows_drive_is_remote(path: Path) -> bool:
    """A mapped network drive (Z:) on Windows; False elsewhere or when it cannot be told."""
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        drive = os.path.splitdrive(str(path))[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
    except (OSError, AttributeError, ValueError):
        return False


def detect(path: Path) -> Location:
    """``classify`` for this computer: the resolved path, the real mount table and environment."""
    try:
        resolved = Path(path).expanduser().resolve()
    except OSError:
        resolved = Path(path).expanduser().absolute()
    mounts = None
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = None
    found = classify(resolved, mounts=mounts, env=os.environ)
    if found.kind == LOCAL and _windows_drive_is_remote(resolved):
        return Location(NETWORK, os.path.splitdrive(str(resolved))[0])
    return found


def local_folder() -> Path:
    """The suggested local folder: the user data folder (on Windows %LOCALAPPDATA%, never roamed or synced)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def move_database(folder: Path, *, language: str = "nl") -> Path:
    """Copy the open database into ``folder`` with the backup API, verify the copy, and open it there.

    The old file stays where it was, unchanged (a fallback, and what a sync client still shows).
    Returns the new path; the caller remembers it (the app in QSettings "database/path").
    """
    live = connection.current_path()
    if live is None:
        raise CrmError(Message(MOVE_FAILED, {"folder": str(folder), "detail": "no database is open"}))
    folder = Path(folder).expanduser()
    if detect(folder / live.name).risky:
        raise CrmError(Message(STILL_NOT_LOCAL, {"folder": str(folder)}))
    target = folder / live.name
    if target.exists():
        raise CrmError(Message(TARGET_EXISTS, {"file": str(target)}))
    before = database.live_counts()
    try:
        files.backup_file(live, target)
    except (OSError, *DB_ERRORS) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise CrmError(Message(MOVE_FAILED, {"folder": str(folder), "detail": detail})) from exc
    try:
        database.open_db(target, language=language, create=False)
        same = database.live_counts() == before
    except Exception:
        same = False
    if not same:
        database.open_db(live, language=language, create=False)
        target.unlink(missing_ok=True)
        raise CrmError(Message(MOVE_MISMATCH, {"folder": str(folder)}))
    return target
