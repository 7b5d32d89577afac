"""The demo data generator: reproducible, complete, consistent with the lead rules and the journal."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop_crm.db.connection import database
from desktop_crm.db.journal import get_meta
from desktop_crm.domain.names import company_sort_key, person_sort_key
from desktop_crm.domain.validation import normalise_email, normalise_phone, normalise_vat
from desktop_crm.services import database as db_service
from desktop_crm.services import demo

REPO = Path(__file__).resolve().parents[2]
POSTAL = re.compile(r"^[1-9][0-9]{3} [A-Z]{2}$")


def q(sql: str, *params: object) -> list[tuple]:
    return list(database.obj.execute_sql(sql, params).fetchall())


def one(sql: str, *params: object) -> object:
    return q(sql, *params)[0][0]


def snapshot() -> dict[str, list[tuple]]:
    return {
        "companies": q("SELECT uuid, name, city, postal_code, category_id, business_id, created_at FROM company"
                       " ORDER BY id"),
        "persons": q("SELECT uuid, first_name, middle_name, last_name, company_id, lead_status_id, email"
                     " FROM person ORDER BY id"),
        "links": q("SELECT * FROM person_interest_link ORDER BY person_id, interest_id"),
        "subscriptions": q("SELECT person_id, type_id, state, changed_at, source FROM subscription"
                           " ORDER BY person_id, type_id"),
        "events": q("SELECT uuid, person_id, state, at FROM subscription_event ORDER BY id"),
    }


def fresh(path: Path) -> None:
    db_service.close()
    db_service.open_db(path, language="nl")


def test_same_seed_same_data_different_seed_differs(crm, tmp_path):
    demo.generate(12, 90, seed=7)
    first = snapshot()
    fresh(tmp_path / "b.sqlite")
    demo.generate(12, 90, seed=7)
    assert snapshot() == first  # names, places, links, statuses and even the UUIDs
    fresh(tmp_path / "c.sqlite")
    demo.generate(12, 90, seed=8)
    other = snapshot()
    assert [c[1:4] for c in other["companies"]] != [c[1:4] for c in first["companies"]]
    assert [p[1:4] for p in other["persons"]] != [p[1:4] for p in first["persons"]]


@pytest.mark.parametrize(("companies", "persons"), [(7, 53), (0, 12), (4, 0), (1, 45), (0, 0)])
def test_exact_counts(crm, companies, persons):
    result = demo.generate(companies, persons)
    assert (result.companies, result.persons, result.stopped) == (companies, persons, False)
    assert one("SELECT count(*) FROM company") == companies
    assert one("SELECT count(*) FROM person") == persons
    if companies == 0:
        assert one("SELECT count(*) FROM person WHERE company_id IS NOT NULL") == 0


def test_fields_are_valid_and_normalised(crm):
    demo.generate(40, 300, seed=3)
    for name, name_sort, postal, phone, email, kvk, vat, created, updated in q(
            "SELECT name, name_sort, postal_code, phone, email, kvk, vat, created_at, updated_at FROM company"):
        assert POSTAL.match(postal), postal
        assert name_sort == company_sort_key(name)
        assert normalise_phone(phone) == phone
        assert normalise_email(email) == email
        assert kvk == "" or re.fullmatch(r"[1-9][0-9]{7}", kvk)
        assert normalise_vat(vat) == vat
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", created) and updated == created
    rows = q("SELECT first_name, middle_name, last_name, sort_key, phone, mobile, email, version, changed_by"
             " FROM person")
    admin = one("SELECT id FROM associate WHERE role = 'administrator' ORDER BY id LIMIT 1")
    for first, middle, last, sort_key, phone, mobile, email, version, changed_by in rows:
        assert sort_key == person_sort_key(last, middle, first)
        assert normalise_phone(phone) == phone and normalise_phone(mobile) == mobile
        assert mobile == "" or mobile.startswith("+31 6 ")
        assert normalise_email(email) == email
        assert (version, changed_by) == (1, admin)
    assert any(middle for _, middle, *_ in rows)  # tussenvoegsels are stored apart
    left = one("SELECT count(*) FROM person WHERE left_company = 1")
    assert 0 < left < 30
    assert one("SELECT count(*) FROM company WHERE category_id IS NULL") < 12


def test_lead_statuses_follow_the_lead_rules(crm):
    demo.generate(80, 800, seed=2)
    lead_company = """company_id IN (SELECT c.id FROM company c JOIN category k ON k.id = c.category_id
                      JOIN category_group g ON g.id = k.group_id WHERE k.lead_enabled = 1 AND g.role = 'prospect')"""
    assert one(f"SELECT count(*) FROM person WHERE {lead_company}") > 50
    assert one(f"SELECT count(*) FROM person WHERE {lead_company} AND lead_status_id IS NULL") == 0
    spread = Counter(r[0] for r in q(f"SELECT lead_status_id FROM person WHERE {lead_company}"))
    assert len(spread) == one("SELECT count(*) FROM lead_status")
    default = one("SELECT id FROM lead_status WHERE is_default = 1")
    assert spread.most_common(1)[0][0] == default  # Open is the most common
    hidden = one(f"SELECT count(*) FROM person WHERE company_id IS NOT NULL AND NOT {lead_company}"
                 " AND lead_status_id IS NOT NULL")
    others = one(f"SELECT count(*) FROM person WHERE company_id IS NOT NULL AND NOT {lead_company}")
    assert 0 < hidden < others * 0.15  # rule 5: some kept a (hidden) value
    assert one("SELECT count(*) FROM person WHERE company_id IS NULL AND lead_status_id IS NOT NULL") == 0
    assert one("SELECT count(*) FROM person WHERE company_id IS NULL") > 0


def test_journal_has_one_create_row_per_record(crm):
    demo.generate(15, 120, seed=5)
    for kind in ("company", "person"):
        counts = dict(q("SELECT record_uuid, count(*) FROM journal WHERE record_kind = ? GROUP BY record_uuid",
                        kind))
        uuids = {r[0] for r in q(f"SELECT uuid FROM {kind}")}
        assert set(counts) == uuids and set(counts.values()) == {1}
        assert {r[0] for r in q("SELECT op || coalesce(field, '') FROM journal WHERE record_kind = ?", kind)} == {
            "create"}
    node = get_meta("node_id")
    hlcs = [r[0] for r in q("SELECT hlc FROM journal ORDER BY seq")]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    assert get_meta("hlc_last") == hlcs[-1] and hlcs[-1].endswith(node)
    # The snapshot holds the non-empty fields, references as the referenced item's UUID.
    uuid, company_uuid, status_uuid = q(
        "SELECT p.uuid, c.uuid, s.uuid FROM person p JOIN company c ON c.id = p.company_id"
        " JOIN lead_status s ON s.id = p.lead_status_id LIMIT 1")[0]
    new = json.loads(one("SELECT new_value FROM journal WHERE record_uuid = ?", uuid))
    assert new["company_id"] == company_uuid and new["lead_status_id"] == status_uuid
    assert "" not in new.values() and None not in new.values()
    admin = q("SELECT uuid, name FROM associate WHERE role = 'administrator' ORDER BY id LIMIT 1")[0]
    assert set(q("SELECT associate_uuid, associate_name FROM journal WHERE record_kind = 'person'")) == {admin}


def test_interest_and_subscription_lists_are_created_once(crm):
    demo.generate(5, 30)
    kinds = ("company_interest", "person_interest", "subscription_type")
    sizes = {k: one(f"SELECT count(*) FROM {k}") for k in kinds}
    assert sizes == {"company_interest": 12, "person_interest": 12, "subscription_type": 4}
    assert one("SELECT count(*) FROM journal WHERE record_kind IN (?,?,?)", *kinds) == 28
    assert one("SELECT purpose FROM subscription_type WHERE name = 'Nieuwsbrief'")
    demo.generate(5, 30)
    assert {k: one(f"SELECT count(*) FROM {k}") for k in kinds} == sizes


def test_subscriptions_have_their_events(crm):
    demo.generate(30, 300, seed=4)
    subscribed = one("SELECT count(DISTINCT person_id) FROM subscription")
    assert 0.25 * 300 < subscribed < 0.55 * 300
    assert one("SELECT count(*) FROM subscription WHERE state = 'unsubscribed'") > 0
    # Every current state is the last of its events, and every event is recorded properly.
    last = {(p, t): (s, at, src) for p, t, s, at, src in q(
        "SELECT person_id, type_id, state, at, source FROM subscription_event ORDER BY at, id")}
    assert last == {(p, t): (s, at, src) for p, t, s, at, src in q(
        "SELECT person_id, type_id, state, changed_at, source FROM subscription")}
    assert {r[0] for r in q("SELECT DISTINCT source FROM subscription_event")} <= {
        "form", "phone", "email", "import", "in_person"}
    assert {r[0] for r in q("SELECT DISTINCT legal_basis FROM subscription_event")} == {"consent"}
    assert one("SELECT count(*) FROM subscription s JOIN person p ON p.id = s.person_id WHERE p.email = ''") == 0


def test_search_index_finds_demo_persons(crm):
    demo.generate(20, 300, seed=1)
    hits = {r[0] for r in q("SELECT rowid FROM person_fts WHERE person_fts MATCH 'berg*'")}
    assert hits
    names = q(f"SELECT first_name, middle_name, last_name, email FROM person WHERE id IN "
              f"({','.join(map(str, hits))})")
    assert all("berg" in " ".join(n).lower() for n in names)
    company_hits = q("SELECT count(*) FROM company_fts WHERE company_fts MATCH ?",
                     '"' + one("SELECT city FROM company LIMIT 1") + '"')
    assert company_hits[0][0] > 0


def test_database_stays_consistent_and_can_append(crm):
    demo.generate(10, 80)
    demo.generate(10, 80)  # appends; the same seed does not repeat UUIDs on a filled database
    assert one("SELECT count(*) FROM company") == 20 and one("SELECT count(*) FROM person") == 160
    assert q("PRAGMA integrity_check") == [("ok",)]
    assert q("PRAGMA foreign_key_check") == []
    assert one("SELECT count(*) FROM journal WHERE record_kind IN ('company', 'person')") == 180
    assert one("SELECT count(*) FROM sqlite_temp_master") == 0  # staging tables are gone


def test_progress_false_stops_after_whole_chunks(crm):
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    result = demo.generate(20, 400, progress=progress, chunk_records=60)
    assert len(calls) == 2 and calls[0][1] == 420
    assert result.stopped and result.companies + result.persons == calls[-1][0] < 420
    assert one("SELECT count(*) FROM company") == result.companies
    assert one("SELECT count(*) FROM person") == result.persons
    assert one("SELECT count(*) FROM journal WHERE record_kind IN ('company', 'person')") == calls[-1][0]
    assert not database.obj.in_transaction()


def test_bench_runs_and_writes_json(tmp_path):
    out = tmp_path / "bench.json"
    db = tmp_path / "bench.sqlite"
    args = [sys.executable, "-m", "bench", "--companies", "5", "--persons", "20", "--repeat", "1",
            "--only", "open_db", "--only", "persons_per_lead_status", "--only", "demo_generate_rate",
            "--db", str(db), "--json", str(out)]
    done = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert [r["name"] for r in results] == ["open_db", "persons_per_lead_status", "demo_generate_rate"]
    for r in results:
        assert set(r) == {"name", "value", "unit", "baseline", "ratio"}
        assert r["value"] > 0
    assert "ratio" in done.stdout
    again = subprocess.run([*args[:-2], "--only", "demo_generate_rate_scratch"], cwd=REPO, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0 and "Reusing" in again.stderr
    assert "demo_generate_rate_scratch" in again.stdout
    too_big = subprocess.run([*args[:4], "500", *args[5:]], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert too_big.returncode == 2 and "fewer than" in too_big.stderr
