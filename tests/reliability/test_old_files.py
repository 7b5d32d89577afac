"""Real files of every released schema version (tests/data/schema_v*.sqlite) open, migrate to the
current version and keep every record and every journal row; the committed file is never changed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_crm.db import migrations
from desktop_crm.services import backup, companies, database, persons

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_FILES = sorted(DATA.glob("schema_v*.sqlite"), key=lambda p: int(p.stem.removeprefix("schema_v")))
# Tables whose rows are the user's data; migrations may add columns, never drop rows.
DATA_TABLES = ("company", "person", "company_interest_link", "person_interest_link", "subscription",
               "subscription_event", "journal", "meta", "associate", "category_group", "category", "business",
               "company_interest", "person_interest", "subscription_type", "lead_status")


def snapshot(path: Path) -> dict[str, dict[str, list[tuple]]]:
    """Every row of every data table, as {table: {column: ...}} read without changing the file."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        out = {}
        for table in DATA_TABLES:
            if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone():
                continue
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            out[table] = {"columns": columns,
                          "rows": sorted(con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
                                         key=repr)}
        return out
    finally:
        con.close()


def live_rows(snap: dict, table: str) -> list[dict]:
    columns = snap[table]["columns"]
    rows = [dict(zip(columns, row, strict=True)) for row in snap[table]["rows"]]
    return [row for row in rows if row["deleted_at"] is None]


def test_there_is_a_file_for_the_first_version() -> None:
    assert OLD_FILES and OLD_FILES[0].name == "schema_v1.sqlite"


@pytest.mark.parametrize("old", OLD_FILES, ids=lambda p: p.stem)
def test_old_file_migrates_and_keeps_every_record(old: Path, tmp_path: Path) -> None:
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    version = int(old.stem.removeprefix("schema_v"))
    before = snapshot(old)
    assert len(before["company"]["rows"]) >= 3 and len(before["person"]["rows"]) >= 5
    assert before["journal"]["rows"] and before["subscription_event"]["rows"]
    assert before["person_interest_link"]["rows"]

    copy = tmp_path / "klant.sqlite"
    shutil.copyfile(old, copy)
    result = database.open_db(copy, create=False)
    try:
        latest = migrations.latest_version()
        assert (result.from_version, result.to_version) == (version, latest)
        assert (result.backup is not None) == (version < latest)  # a copy first when there is work to do
        # Every record reads through the services as the app would show it.
        for row in live_rows(before, "company"):
            assert companies.get_company(row["id"]).name == row["name"]
        for row in live_rows(before, "person"):
            person = persons.get_person(row["id"])
            assert (person.last_name, person.lead_status_id) == (row["last_name"], row["lead_status_id"])
        # The file is a good backup source for this version, too.
        assert backup.inspect_backup(copy, full=True).ok
    finally:
        database.close()
    assert database.check(copy).ok

    after = snapshot(copy)
    for table, old_rows in before.items():
        columns = old_rows["columns"]
        assert set(columns) <= set(after[table]["columns"]), f"{table} lost a column"
        index = [after[table]["columns"].index(c) for c in columns]
        kept = sorted((tuple(row[i] for i in index) for row in after[table]["rows"]), key=repr)
        if table == "meta":  # the migration may add settings; the old ones stay
            assert set(old_rows["rows"]) <= set(kept)
        else:
            assert kept == old_rows["rows"], f"{table} changed"
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest  # the committed file is untouched
