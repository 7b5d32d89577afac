"""Two processes on one database: the same record (one save wins, the other is refused as stale, nothing
is lost) and different records at the same time (all saves succeed, nobody sees "database is locked")."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_crm.db.models import Journal
from desktop_crm.domain.entities import Company
from desktop_crm.domain.errors import StaleRecord
from desktop_crm.services import companies, database

ROOT = Path(__file__).resolve().parents[2]


def child(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.child", *args], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def event(proc: subprocess.Popen) -> dict:
    line = proc.stdout.readline()
    assert line, proc.stderr.read()
    return json.loads(line)


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "kantoor.sqlite"
    database.open_db(path, language="nl")
    a, _ = companies.save_company(Company(name="Bakkerij Bolletje", city="Utrecht"))
    b, _ = companies.save_company(Company(name="Slagerij Worst", city="Gouda"))
    database.close()
    return path, a.id, b.id


def test_same_record_one_save_wins_the_other_is_refused(shared: tuple[Path, int, int]) -> None:
    path, company_id, _ = shared
    first, second = child("edit", str(path), str(company_id), "Amersfoort"), child(
        "edit", str(path), str(company_id), "Zeist")
    assert event(first) == {"event": "read", "version": 1}
    assert event(second) == {"event": "read", "version": 1}
    for proc in (first, second):  # both saves go at the same moment
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [event(first), event(second)]
    for proc in (first, second):
        proc.communicate(timeout=30)
        assert proc.returncode == 0
    assert sorted(r["event"] for r in results) == ["saved", "stale"], results
    winner = "Amersfoort" if results[0]["event"] == "saved" else "Zeist"

    database.open_db(path, create=False)
    try:
        company = companies.get_company(company_id)
        assert (company.city, company.version) == (winner, 2)
        assert Journal.select().where(Journal.field == "city").count() == 1
        # The refused user reloads and saves again: both changes are there, none lost.
        with pytest.raises(StaleRecord):
            companies.save_company(replace(company, version=1, notes="from the second window"))
        saved, _ = companies.save_company(replace(company, notes="from the second window"))
        assert (saved.city, saved.notes, saved.version) == (winner, "from the second window", 3)
    finally:
        database.close()


def test_different_records_at_the_same_time_all_succeed(shared: tuple[Path, int, int]) -> None:
    path, a, b = shared
    saves = 40
    procs = [child("hammer", str(path), str(a), str(saves)), child("hammer", str(path), str(b), str(saves))]
    for proc in procs:
        assert event(proc)["event"] == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outcomes = [event(proc)["outcomes"] for proc in procs]
    for proc in procs:
        proc.communicate(timeout=60)
    assert outcomes == [{"saved": saves}, {"saved": saves}], outcomes  # no StaleRecord, no DatabaseBusy

    database.open_db(path, create=False)
    try:
        assert companies.get_company(a).version == 1 + saves
        assert companies.get_company(b).version == 1 + saves
        assert Journal.select().where(Journal.field == "notes").count() == 2 * saves
    finally:
        database.close()


def test_same_record_hammered_from_two_processes_loses_nothing(shared: tuple[Path, int, int]) -> None:
    """Read-change-save in a loop from two processes on one record: every save that reported success is
    in the journal, every other one was refused as stale; the version counts exactly the successes."""
    path, a, _ = shared
    saves = 30
    procs = [child("hammer", str(path), str(a), str(saves)) for _ in range(2)]
    for proc in procs:
        assert event(proc)["event"] == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outcomes = [event(proc)["outcomes"] for proc in procs]
    for proc in procs:
        proc.communicate(timeout=60)
    for outcome in outcomes:
        assert set(outcome) <= {"saved", "stale"}, outcome  # never "database is locked" or another error
    succeeded = sum(o.get("saved", 0) for o in outcomes)
    print(f"\ntwo processes, {saves} read-change-saves each on one record: {outcomes}")
    database.open_db(path, create=False)
    try:
        assert companies.get_company(a).version == 1 + succeeded
        assert Journal.select().where(Journal.field == "notes").count() == succeeded
    finally:
        database.close()
