"""Backups: daily and before risky changes, kept N, on demand, listed, checked, restored safely."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_crm.db import migrations
from desktop_crm.domain.entities import Company
from desktop_crm.services import backup, bulk, companies, database
from desktop_crm.services.backup import BackupFailed, RestoreRefused
from tests.services.helpers import category

DAY = date(2026, 3, 2)


def names_in(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM company WHERE deleted_at IS NULL ORDER BY name")]
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_daily_backup_once_a_day_next_to_the_database(crm: Path) -> None:
    companies.save_company(Company(name="Alfa"))
    first = backup.daily_backup_if_due(DAY)
    assert first is not None and first.parent == crm.parent / "backups"
    assert first.name.startswith("crm-daily-") and names_in(first) == ["Alfa"]
    assert backup.daily_backup_if_due(DAY) is None  # the date is remembered in the meta table
    database.close()
    database.open_db(crm)  # ... also across restarts
    assert backup.daily_backup_if_due(DAY) is None
    assert backup.daily_backup_if_due(DAY + timedelta(days=1)) is not None


def test_a_backup_is_a_checked_single_file(crm: Path) -> None:
    made = backup.backup_now()
    con = sqlite3.connect(f"{made.as_uri()}?mode=ro&immutable=1", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert not Path(f"{made}-wal").exists() and not list(made.parent.glob("*.partial"))


def test_only_the_last_n_automatic_backups_are_kept(crm: Path) -> None:
    backup.set_keep_count(3)
    manual = backup.backup_now()
    made = [backup.daily_backup_if_due(DAY + timedelta(days=i)) for i in range(5)]
    made.append(backup.before_risky_action("import"))
    left = backup.list_backups()
    automatic = [e.path for e in left if e.automatic]
    assert automatic == [made[5], made[4], made[3]]  # newest first
    assert manual in [e.path for e in left]  # made by hand: never pruned
    assert {e.label for e in left} == {"manual", "daily", "before-import"}


def test_keep_count_is_a_setting_with_a_default(crm: Path) -> None:
    assert backup.keep_count() == 14
    backup.set_keep_count(30)
    assert backup.keep_count() == 30
    with pytest.raises(Exception):  # noqa: B017 - a CrmError with a message
        backup.set_keep_count(0)


def test_bulk_change_backs_up_first(crm: Path) -> None:
    alfa, _ = companies.save_company(Company(name="Alfa", category_id=category("Klant")))
    bulk.set_category([alfa.id], category("Partner"))
    (entry,) = backup.list_backups()
    assert entry.label == "before-bulk" and entry.automatic
    con = sqlite3.connect(f"{entry.path.as_uri()}?mode=ro&immutable=1", uri=True)
    assert con.execute("SELECT category_id FROM company").fetchone()[0] == category("Klant")
    con.close()


def test_backup_now_to_a_folder_or_a_file(crm: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    in_folder = backup.backup_now(stick)
    assert in_folder.parent == stick and in_folder.name.startswith("crm-manual-")
    as_file = backup.backup_now(tmp_path / "kopie.sqlite")
    assert as_file == tmp_path / "kopie.sqlite" and backup.inspect_backup(as_file).ok
    with pytest.raises(BackupFailed):
        backup.backup_now(crm)  # never over the database itself


def test_chosen_folder_is_used_and_a_missing_one_falls_back(crm: Path, tmp_path: Path) -> None:
    share = tmp_path / "share" / "crm-backups"
    backup.set_backup_folder(share)
    assert backup.backup_folder() == share
    assert backup.before_risky_action("merge").parent == share
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    backup.set_backup_folder(blocker)  # the USB stick is gone: the backup still happens, next to the database
    assert backup.before_risky_action("merge").parent == crm.parent / "backups"
    backup.set_backup_folder(None)
    assert backup.backup_folder() == crm.parent / "backups"


def test_listing_ignores_other_files_and_other_databases(crm: Path) -> None:
    made = backup.backup_now()
    folder = made.parent
    (folder / "notes.txt").write_text("x")
    (folder / "crm-old-daily-20260101-120000000.sqlite").write_bytes(b"")  # database "crm-old"
    (folder / "other-daily-20260101-120000000.sqlite").write_bytes(b"")
    (folder / "crm-daily-garbage.sqlite").write_bytes(b"")
    assert [e.path for e in backup.list_backups()] == [made]


def test_inspect_reports_counts_and_problems_without_changing_the_file(crm: Path) -> None:
    companies.save_company(Company(name="Alfa"))
    made = backup.backup_now()
    before = digest(made)
    details = backup.inspect_backup(backup.list_backups()[0], full=True)
    assert details.ok and details.counts["companies"] == 1 and details.schema_version == migrations.latest_version()
    assert digest(made) == before and not Path(f"{made}-wal").exists()


def test_restore_replaces_the_content_after_backing_up_the_current(crm: Path) -> None:
    alfa, _ = companies.save_company(Company(name="Alfa"))
    made = backup.backup_now()
    source = digest(made)
    companies.save_company(replace(companies.get_company(alfa.id), name="Alfa gewijzigd"))
    companies.save_company(Company(name="Beta"))

    result = backup.restore(made)
    assert result.method == "backup-api" and result.counts["companies"] == 1
    assert companies.get_company(alfa.id).name == "Alfa"
    assert database.current_path() == crm
    assert digest(made) == source  # the backup itself is not changed
    assert result.previous is not None and names_in(result.previous) == ["Alfa gewijzigd", "Beta"]
    # The app keeps working on the restored file, and the previous state can be restored in turn.
    companies.save_company(Company(name="Gamma"))
    backup.restore(result.previous)
    assert sorted(c.name for c in map(companies.get_company, (1, 2))) == ["Alfa gewijzigd", "Beta"]


def test_restore_keeps_this_pcs_backup_settings(crm: Path, tmp_path: Path) -> None:
    made = backup.backup_now()
    backup.set_backup_folder(tmp_path / "elders")
    backup.set_keep_count(5)
    backup.restore(made)
    assert backup.backup_folder() == (tmp_path / "elders").resolve()
    assert backup.keep_count() == 5


@pytest.mark.parametrize("case", ["foreign", "newer", "damaged", "live", "missing"])
def test_restore_refuses_and_changes_nothing(crm: Path, tmp_path: Path, case: str) -> None:
    companies.save_company(Company(name="Alfa"))
    bad = tmp_path / f"{case}.sqlite"
    if case == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE x (y)")
        con.commit()
        con.close()
    elif case == "newer":
        backup.backup_now(bad)
        con = sqlite3.connect(bad)
        con.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
        con.close()
    elif case == "damaged":
        data = bytearray(backup.backup_now(bad).read_bytes())
        data[4096 * 2:4096 * 4] = b"\xa5" * (4096 * 2)
        bad.write_bytes(bytes(data))
    elif case == "live":
        bad = crm
    with pytest.raises(RestoreRefused) as info:
        backup.restore(bad)
    assert info.value.reason == ("foreign" if case == "foreign" else case)
    assert [c.name for c in [companies.get_company(1)]] == ["Alfa"]
    assert not any(e.label == "before-restore" for e in backup.list_backups())


def test_restore_into_a_damaged_file_keeps_the_damaged_one(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    database.open_db(path)
    companies.save_company(Company(name="Alfa"))
    good = backup.automatic_backup("daily")
    database.close()
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])  # the header was overwritten
    Path(f"{path}-wal").write_bytes(b"stale")

    assert backup.newest_good_backup(path).entry.path == good
    result = backup.restore(good, path, language="nl")
    try:
        assert result.method == "rename" and result.counts["companies"] == 1
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").read_bytes() != b"stale"
        assert result.previous is not None and result.previous.name.startswith("crm-damaged-")
        assert result.previous.read_bytes()[:100] == b"\x00" * 100  # kept as it was, not lost
    finally:
        database.close()


def test_newest_good_backup_skips_damaged_ones(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    database.open_db(path)
    good = backup.daily_backup_if_due(DAY)
    broken = backup.daily_backup_if_due(DAY + timedelta(days=1))
    database.close()
    broken.write_bytes(broken.read_bytes()[:5000])
    assert backup.newest_good_backup(path).entry.path == good


def test_startup_maintenance_checks_then_backs_up(crm: Path) -> None:
    result = backup.startup_maintenance(DAY)
    assert result.problem is None and result.daily is not None
    assert backup.startup_maintenance(DAY).daily is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_backup_that_cannot_be_written_anywhere_is_a_clear_error(crm: Path, monkeypatch) -> None:
    from desktop_crm.db import backup as files

    def no_space(source: Path, dest: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "backup_file", no_space)
    with pytest.raises(BackupFailed) as info:
        bulk.set_category([], category("Partner"))
    assert "No space left on device" in str(info.value) and "Nothing was changed" in str(info.value)
