"""Cloud-synced folders and network shares, told from the path alone (no such folder needs to exist),
and moving the database to a local folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_crm.domain.entities import Company
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import backup, companies, database, location
from desktop_crm.services.location import CLOUD, LOCAL, NETWORK, classify, parse_mounts

WINDOWS = [
    (r"C:\Users\jan\OneDrive\Documenten\crm.sqlite", CLOUD, "OneDrive"),
    (r"C:\Users\jan\OneDrive - Bakkerij Bolletje BV\Administratie\crm.sqlite", CLOUD, "OneDrive"),
    (r"C:\Users\jan\Dropbox\crm.sqlite", CLOUD, "Dropbox"),
    (r"D:\Dropbox (Bolletje)\crm.sqlite", CLOUD, "Dropbox"),
    (r"G:\My Drive\crm.sqlite", CLOUD, "Google Drive"),
    (r"G:\Mijn Drive\klanten\crm.sqlite", CLOUD, "Google Drive"),
    (r"C:\Users\jan\Google Drive\crm.sqlite", CLOUD, "Google Drive"),
    (r"C:\Users\jan\iCloudDrive\crm.sqlite", CLOUD, "iCloud Drive"),
    (r"C:\Users\jan\Nextcloud\crm.sqlite", CLOUD, "Nextcloud"),
    (r"C:\Users\jan\ownCloud\crm.sqlite", CLOUD, "ownCloud"),
    (r"\\nas\administratie\crm.sqlite", NETWORK, r"\\nas"),
    (r"\\SERVER.kantoor.local\Data\CRM\crm.sqlite", NETWORK, r"\\SERVER.kantoor.local"),
    (r"\\?\UNC\nas\administratie\crm.sqlite", NETWORK, r"\\nas"),
    ("//nas/administratie/crm.sqlite", NETWORK, r"\\nas"),
    (r"C:\Users\jan\AppData\Local\desktop-crm\crm.sqlite", LOCAL, ""),
    (r"C:\Users\jan\Documents\dropbox-export.sqlite", LOCAL, ""),  # only folders count, not the file name
    (r"\\?\C:\Users\jan\Documents\crm.sqlite", LOCAL, ""),  # a long local path, not UNC
]
POSIX = [
    ("/Users/jan/Library/Mobile Documents/com~apple~CloudDocs/crm.sqlite", CLOUD, "iCloud Drive"),
    ("/Users/jan/Library/CloudStorage/OneDrive-Persoonlijk/crm.sqlite", CLOUD, "OneDrive"),
    ("/Users/jan/Library/CloudStorage/GoogleDrive-jan@example.nl/My Drive/crm.sqlite", CLOUD, "Google Drive"),
    ("/Users/jan/Library/CloudStorage/Dropbox/crm.sqlite", CLOUD, "Dropbox"),
    ("/home/jan/Dropbox/crm.sqlite", CLOUD, "Dropbox"),
    ("/home/jan/Nextcloud/Documenten/crm.sqlite", CLOUD, "Nextcloud"),
    ("/home/jan/stack/crm.sqlite", CLOUD, "STACK"),
    ("/home/jan/.local/share/desktop-crm/crm.sqlite", LOCAL, ""),
    ("/home/jan/stacks/crm.sqlite", LOCAL, ""),
]
MOUNTS = "\n".join([
    "/dev/sda2 / ext4 rw,relatime 0 0",
    "/dev/sda3 /home ext4 rw,relatime 0 0",
    "nas:/export/kantoor /mnt/kantoor nfs4 rw,relatime,vers=4.2 0 0",
    "//nas/administratie /mnt/my\\040share cifs rw,relatime 0 0",
    "jan@server:/data /home/jan/server fuse.sshfs rw,nosuid 0 0",
    "/dev/sdb1 /media/jan/USB-STICK vfat rw 0 0",
])


@pytest.mark.parametrize(("path", "kind", "provider"), WINDOWS)
def test_windows_paths(path: str, kind: str, provider: str) -> None:
    found = classify(path, windows=True, env={})
    assert (found.kind, found.provider) == (kind, provider)
    assert found.risky == (kind != LOCAL)


@pytest.mark.parametrize(("path", "kind", "provider"), POSIX)
def test_macos_and_linux_paths(path: str, kind: str, provider: str) -> None:
    found = classify(path, windows=False, env={})
    assert (found.kind, found.provider) == (kind, provider)


def test_onedrive_folder_from_the_environment_even_when_renamed() -> None:
    env = {"OneDriveCommercial": r"C:\Users\jan\Bolletje Cloud"}
    assert classify(r"C:\Users\jan\Bolletje Cloud\crm.sqlite", windows=True, env=env).kind == CLOUD
    assert classify(r"c:\users\jan\bolletje cloud\sub\crm.sqlite", windows=True, env=env).kind == CLOUD
    assert classify(r"C:\Users\jan\Bolletje Cloudy\crm.sqlite", windows=True, env=env).kind == LOCAL


@pytest.mark.parametrize(("path", "kind", "provider"), [
    ("/mnt/kantoor/crm.sqlite", NETWORK, "nfs4"),
    ("/mnt/kantoor/sub/dir/crm.sqlite", NETWORK, "nfs4"),
    ("/mnt/my share/crm.sqlite", NETWORK, "cifs"),
    ("/home/jan/server/crm.sqlite", NETWORK, "fuse.sshfs"),
    ("/home/jan/crm.sqlite", LOCAL, ""),
    ("/mnt/kantoor-oud/crm.sqlite", LOCAL, ""),  # a sibling of a mount point is not inside it
    ("/media/jan/USB-STICK/crm.sqlite", LOCAL, ""),  # a USB stick is local (backups may go there)
])
def test_linux_mounts(path: str, kind: str, provider: str) -> None:
    found = classify(path, windows=False, mounts=MOUNTS, env={})
    assert (found.kind, found.provider) == (kind, provider)


def test_mount_table_escapes() -> None:
    assert ("/mnt/my share", "cifs") in parse_mounts(MOUNTS)


def test_this_test_folder_is_local(tmp_path: Path) -> None:
    assert location.detect(tmp_path / "crm.sqlite").kind in (LOCAL, NETWORK)  # whatever CI runs on, no crash


def test_move_to_a_local_folder_copies_verifies_and_switches(crm: Path, tmp_path: Path, monkeypatch) -> None:
    company, _ = companies.save_company(Company(name="Bakkerij Bolletje"))
    target = tmp_path / "lokaal"
    new_path = location.move_database(target)
    assert new_path == target / crm.name
    assert database.current_path() == new_path
    assert companies.get_company(company.id).name == "Bakkerij Bolletje"
    assert backup.default_backup_folder() == target / "backups"
    companies.save_company(Company(name="Alleen lokaal"))
    old = sqlite3.connect(f"{crm.as_uri()}?mode=ro", uri=True)  # the old file is left where it was
    try:
        assert old.execute("SELECT name FROM company").fetchall() == [("Bakkerij Bolletje",)]
    finally:
        old.close()


def test_move_refuses_an_existing_file_and_another_cloud_folder(crm: Path, tmp_path: Path, monkeypatch) -> None:
    taken = tmp_path / "bezet"
    taken.mkdir()
    (taken / crm.name).write_bytes(b"mine")
    with pytest.raises(CrmError):
        location.move_database(taken)
    assert (taken / crm.name).read_bytes() == b"mine"
    with pytest.raises(CrmError):
        location.move_database(tmp_path / "Dropbox")
    assert database.current_path() == crm
