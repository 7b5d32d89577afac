"""The benchmark cases: each times one app code path and, where there is one, the same work done
with hand-written sqlite3 on the same file.

To add a case, write a function that does one measurement and returns it (seconds for timings),
optionally a second one for the raw baseline, and register them with ``@case`` / ``add_case``.
Cases run in the order they are registered.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_crm.db import migrations
from desktop_crm.db.connection import BUSY_TIMEOUT_MS, PRAGMAS
from desktop_crm.services import database, demo, stats


@dataclass
class Context:
    """What every case may use: the database file and how it came about."""

    path: Path
    companies: int
    persons: int
    built: bool = False  # the runner generated the file in this run
    build_seconds: float | None = None
    build_records: int = 0
    scratch: dict[str, object] = field(default_factory=dict)  # for cases to keep things between runs


Measure = Callable[[Context], float]


@dataclass
class Case:
    name: str
    unit: str  # "ms" (value = seconds, shown as milliseconds) or "records/s"
    app: Measure
    raw: Measure | None = None
    applies: Callable[[Context], bool] = lambda ctx: True
    note: str = ""
    teardown: Callable[[Context], None] | None = None  # after all runs of the case


CASES: list[Case] = []


def add_case(case: Case) -> Case:
    if any(c.name == case.name for c in CASES):
        raise ValueError(f"duplicate bench case {case.name!r}")
    CASES.append(case)
    return case


def case(name: str, unit: str = "ms", raw: Measure | None = None,
         applies: Callable[[Context], bool] | None = None, note: str = "",
         teardown: Callable[[Context], None] | None = None) -> Callable[[Measure], Measure]:
    """Register the decorated function as the app side of a case."""
    def register(fn: Measure) -> Measure:
        add_case(Case(name, unit, fn, raw, applies or (lambda ctx: True), note, teardown))
        return fn
    return register


# --- helpers ---------------------------------------------------------------------------------------


def raw_connect(path: Path) -> sqlite3.Connection:
    """sqlite3 with the app's pragmas (connection.PRAGMAS), in autocommit mode."""
    con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    for name, value in PRAGMAS.items():
        con.execute(f"PRAGMA {name} = {value}")
    return con


def _app_open(ctx: Context) -> None:
    """Open the file through the app once and keep it open (warm), like the running app does."""
    if not ctx.scratch.get("app_open"):
        database.open_db(ctx.path, create=False)
        ctx.scratch["app_open"] = True


def _raw_con(ctx: Context) -> sqlite3.Connection:
    """One raw connection kept open (warm) for the case's raw runs."""
    con = ctx.scratch.get("raw_con")
    if con is None:
        con = ctx.scratch["raw_con"] = raw_connect(ctx.path)
    return con  # type: ignore[return-value]


def close_all(ctx: Context) -> None:
    """Teardown for cases that use ``_app_open`` / ``_raw_con``."""
    if ctx.scratch.pop("app_open", None):
        database.close()
    con = ctx.scratch.pop("raw_con", None)
    if con is not None:
        con.close()  # type: ignore[attr-defined]


# --- (a) opening the database ------------------------------------------------------------------------


def _raw_open(ctx: Context) -> float:
    started = time.perf_counter()
    con = raw_connect(ctx.path)
    con.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


@case("open_db", raw=_raw_open,
      note="services.database.open_db + one meta read vs sqlite3.connect + the same pragmas + the same read")
def _open(ctx: Context) -> float:
    database.close()
    started = time.perf_counter()
    database.open_db(ctx.path, create=False)
    database.language()
    elapsed = time.perf_counter() - started
    database.close()
    return elapsed


# --- (b) persons per lead status -------------------------------------------------------------------

LEAD_STATUS_SQL = """
    SELECT ls.name, coalesce(c.n, 0)
    FROM lead_status ls
    LEFT JOIN (
        SELECT p.lead_status_id AS sid, count(*) AS n
        FROM person p JOIN company co ON co.id = p.company_id
        WHERE p.deleted_at IS NULL AND p.lead_status_id IS NOT NULL
          AND co.category_id IN (SELECT cat.id FROM category cat JOIN category_group g ON g.id = cat.group_id
                                 WHERE cat.lead_enabled = 1 AND g.role = 'prospect')
        GROUP BY p.lead_status_id) c ON c.sid = ls.id
    WHERE ls.deleted_at IS NULL
    ORDER BY ls.rank, ls.id"""


def _raw_lead_status(ctx: Context) -> float:
    con = _raw_con(ctx)
    started = time.perf_counter()
    rows = con.execute(LEAD_STATUS_SQL).fetchall()
    elapsed = time.perf_counter() - started
    ctx.scratch["raw_lead_status"] = [tuple(r) for r in rows]
    return elapsed


@case("persons_per_lead_status", raw=_raw_lead_status, teardown=close_all,
      note="services.stats.persons_per_lead_status() vs the same counts in one hand-written query "
           "(both connections open and warm)")
def _lead_status(ctx: Context) -> float:
    _app_open(ctx)
    started = time.perf_counter()
    result = stats.persons_per_lead_status()
    elapsed = time.perf_counter() - started
    expected = ctx.scratch.get("raw_lead_status")
    if expected is not None and expected != result:
        raise AssertionError(f"persons_per_lead_status {result} != raw {expected}")
    return elapsed


# --- (c) the demo generator's rate -------------------------------------------------------------------

SCRATCH_COMPANIES, SCRATCH_PERSONS = 2_000, 20_000
RAW_ROWS = 20_000


def _build_rate(ctx: Context) -> float:
    assert ctx.build_seconds
    return ctx.build_records / ctx.build_seconds


def _scratch_rate(ctx: Context) -> float:
    """Generate a small demo database in a temporary folder (the big file is not touched)."""
    companies, persons = min(ctx.companies, SCRATCH_COMPANIES), min(ctx.persons, SCRATCH_PERSONS)
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
        path = Path(folder) / "scratch.sqlite"
        database.open_db(path, language="nl")
        try:
            started = time.perf_counter()
            result = demo.generate(companies, persons)
            elapsed = time.perf_counter() - started
        finally:
            database.close()
    return (result.companies + result.persons) / elapsed if elapsed else 0.0


def _raw_insert_rate(ctx: Context) -> float:
    """Raw executemany of the same company and person rows (copied from the file) into a fresh file
    with the same schema (every migration, search-index triggers included), 20k rows per transaction,
    without journal, interests or subscriptions."""
    src = sqlite3.connect(f"{ctx.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        lists = {}
        for table in ("associate", "category_group", "category", "business", "lead_status"):
            cur = src.execute(f"SELECT * FROM {table}")
            lists[table] = ([d[0] for d in cur.description], cur.fetchall())
        tables = {}
        cur = src.execute("SELECT * FROM company ORDER BY id LIMIT ?", (RAW_ROWS // 11 + 1,))
        tables["company"] = ([d[0] for d in cur.description], cur.fetchall())
        last_company = max((row[0] for row in tables["company"][1]), default=0)
        cur = src.execute("SELECT * FROM person WHERE company_id IS NULL OR company_id <= ? ORDER BY id LIMIT ?",
                          (last_company, RAW_ROWS))
        tables["person"] = ([d[0] for d in cur.description], cur.fetchall())
    finally:
        src.close()
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
        con = raw_connect(Path(folder) / "raw.sqlite")
        for _, migration in migrations.available():
            migration.migrate(con.execute)
        for table, (columns, rows) in lists.items():  # what the records point at; not timed
            con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                            rows)
        count = 0
        started = time.perf_counter()
        for table, (columns, rows) in tables.items():
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            for start in range(0, len(rows), 20_000):
                con.execute("BEGIN IMMEDIATE")
                con.executemany(sql, rows[start:start + 20_000])
                con.execute("COMMIT")
            count += len(rows)
        elapsed = time.perf_counter() - started
        con.close()
    return count / elapsed if elapsed else 0.0


add_case(Case("demo_generate_rate", "records/s", _build_rate, _raw_insert_rate, applies=lambda ctx: ctx.built,
              note="the build of this file (companies + persons per second, everything included) vs raw "
                   "executemany of the same company/person rows into an empty file with the same schema"))
add_case(Case("demo_generate_rate_scratch", "records/s", _scratch_rate, _raw_insert_rate,
              applies=lambda ctx: not ctx.built,
              note=f"demo.generate of {SCRATCH_COMPANIES:,} + {SCRATCH_PERSONS:,} into a temporary file "
                   "(when the file was reused) vs the same raw insert"))
