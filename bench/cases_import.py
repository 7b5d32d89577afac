"""Bench cases for issue 7: importing a person CSV with companies, and the duplicate search.

Importing this module registers its cases. Targets (issue 7):

- ``import_persons_rate``: ``services.importer.run_import`` of a 100,000-row person CSV (Dutch Excel
  style: semicolons, Windows-1252) with 10,000 companies: reading, mapping, validation and
  normalisation, matching against what is there, duplicate checks, journal, the import's selection;
  into a fresh scratch database (never the ``--db`` file). Raw: plain ``executemany`` of exactly the
  rows the app stores (10,000 companies + 100,000 persons, every column as the app wrote it: ids,
  UUIDs, normalised values, sort keys; read back once, untimed, from an app import into a scratch
  file) into a fresh copy of the same template (same schema, indexes and search-index triggers), in
  one transaction. The raw side does not read or parse the file, validate, match, check duplicates,
  write the journal or the selection, and inserts row by row (no staging table). Both figures are
  person rows per second. Target >= 20,000 rows/s and within 3x of raw.
- ``import_rate_cpu_bound``: the same import's rows divided by half the CPU time of both processes
  (the importing one and the helper that reads and builds the rows): the rate if the two shared their
  work perfectly over two cores. On a two-core machine no balancing beats it; it shows how far the
  measured rate is from that bound, and how far the bound itself is from the target.
- ``import_memory_peak_mb_20k`` / ``_100k``: Python's traced peak while importing 20,000 and 100,000
  rows of the same shape (10 persons per company: 2,000 and 10,000 companies): flat as the file grows
  (streamed, chunked, the journal flushed per chunk). The shape matters: a chunk reads the colleagues
  of its rows' companies for matching and the duplicate check, so more persons per company is more
  memory per chunk, whatever the file's length.
- ``import_reader_peak_mb_20k`` / ``_100k``: the peak resident memory of the helper process that reads
  the file and builds the rows (``services/import_feed.py``; tracemalloc does not see it), for the
  same imports: bounded (a bounded queue of chunks between the processes). The helper remembers the
  companies it has cleaned, about 500 bytes each and at most 20,000 (``RowBuilder._companies``), so
  the 100k file's 10,000 companies cost some 5 MB more than the 20k file's 2,000; beyond 20,000
  companies it stays where it is.
- ``duplicates_persons`` / ``duplicates_companies``: ``services.duplicates.find_duplicates`` over the
  ``--db`` file (read only). Target for 1,000,000 persons: under a minute.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.cases import Case, Context, _app_open, add_case, close_all, raw_connect
from desktop_crm.services import database, duplicates, import_feed, importer

ROWS = 100_000
COMPANIES = 10_000

FIRST = ["Jan", "Piet", "Klaas", "Anna", "Maria", "Sanne", "Lotte", "Daan", "Sem", "Emma", "Julia", "Lucas", "Mila",
         "Thijs", "Fleur", "Bram", "Noor", "Ruben", "Eva", "Joris", "Zoë", "Sören", "Inge", "Henk", "Ria"]
PREFIX = ["", "", "", "", "van", "de", "van der", "van den", "v.d.", "ter", "in 't"]
LAST = ["Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Berg", "Mulder", "Boer", "Groot", "Bos", "Vos",
        "Peters", "Hendriks", "Dekker", "Brouwer", "Wit", "Dijkstra", "Smits", "Graaf", "Müller", "Çelik", "Yılmaz"]
TRADE = ["Bakkerij", "Installatiebedrijf", "Autobedrijf", "Kapsalon", "Bouwbedrijf", "Advocatenkantoor", "Café",
         "Drukkerij", "Transport", "Tandartspraktijk", "Hoveniersbedrijf", "Schildersbedrijf"]
CITY = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
        "Nijmegen", "'s-Hertogenbosch", "Zwolle", "Leeuwarden", "Maastricht"]
HEADER = ["Bedrijfsnaam", "KvK-nummer", "Adres", "Postcode", "Plaats", "Telefoon bedrijf", "Voornaam",
          "Tussenvoegsel", "Achternaam", "Functie", "E-mailadres", "Telefoon", "Mobiel", "Opmerkingen"]


def _companies(rng: random.Random, count: int) -> list[list[str]]:
    out = []
    for i in range(count):
        name = f"{rng.choice(TRADE)} {rng.choice(LAST)} {i}"
        postal = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
        street = f"{rng.choice(['Dorpsstraat', 'Kerkweg', 'Stationsplein'])} {i % 200 + 1}"
        phone = f"0{rng.choice([20, 10, 30, 40, 50, 70])}-{rng.randint(1000000, 9999999)}"
        out.append([name, f"{10_000_000 + i}", street, postal, rng.choice(CITY), phone])
    return out


def write_csv(path: Path, rows: int, seed: int = 7, companies_count: int = COMPANIES) -> list[list[str]]:
    """A Dutch Excel export (semicolons, cp1252) of ``rows`` persons at ``companies_count`` companies
    (each company's persons spread over the file); returns the companies used."""
    rng = random.Random(seed)
    companies = _companies(rng, companies_count)
    with path.open("w", encoding="cp1252", errors="replace", newline="") as fh:
        fh.write(";".join(HEADER) + "\r\n")
        for i in range(rows):
            c = companies[i % companies_count]
            first, prefix, last = rng.choice(FIRST), rng.choice(PREFIX), rng.choice(LAST)
            email = f"{first.lower()}.{last.lower()}{i}@{c[0].split()[0].lower()}{i % companies_count}.nl"
            mobile = f"06-{rng.randint(10000000, 99999999)}" if i % 3 else ""
            notes = "Belt liever na 10 uur" if i % 10 == 0 else ""
            fh.write(";".join([*c, first, prefix, last, rng.choice(["Directeur", "Inkoop", "Verkoop", ""]), email,
                               c[5], mobile, notes]) + "\r\n")
    return companies


def _files(ctx: Context) -> Path:
    folder = ctx.scratch.get("import_dir")
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
        ctx.scratch["import_dir"] = folder
        write_csv(folder / "klanten.csv", ROWS)
        # The same shape (10 persons per company), a fifth of the size: the memory cases compare the two.
        write_csv(folder / "klanten20k.csv", 20_000, companies_count=20_000 * COMPANIES // ROWS)
        database.open_db(folder / "template.sqlite", language="nl")  # schema + default lists, nothing else
        database.close()
    return folder  # type: ignore[return-value]


def _fresh(folder: Path, name: str) -> Path:
    path = folder / name
    for old in folder.glob(name + "*"):
        old.unlink()
    shutil.copy(folder / "template.sqlite", path)
    return path


def _import(ctx: Context, csv_name: str = "klanten.csv", into: str = "app.sqlite") -> tuple[float, int]:
    folder = _files(ctx)
    path = _fresh(folder, into)
    database.open_db(path, create=False)
    try:
        table = importer.open_file(folder / csv_name)
        options = importer.ImportOptions(mapping=importer.suggest_mapping(table))
        import_feed.last_helper_cpu_seconds = None
        started, cpu = time.perf_counter(), time.process_time()
        result = importer.run_import(table, options)
        elapsed = time.perf_counter() - started
        ctx.scratch["import_cpu"] = (time.process_time() - cpu, import_feed.last_helper_cpu_seconds)
    finally:
        database.close()
    assert result.created == {"company": result.rows * COMPANIES // ROWS, "person": result.rows}, result.created
    return elapsed, result.rows


def _app_rate(ctx: Context) -> float:
    elapsed, rows = _import(ctx)
    ctx.scratch["import_app_seconds"] = elapsed
    return rows / elapsed


def _cpu_bound_rate(ctx: Context) -> float:
    """The rate if this process and the helper shared their CPU time perfectly over two cores:
    ``rows / ((this process's CPU + the helper's CPU) / 2)``, from an import of the same file. What
    better balance between the two could still give; beyond it only less CPU time per row helps."""
    _, rows = _import(ctx)
    main_cpu, helper_cpu = ctx.scratch["import_cpu"]  # type: ignore[misc]
    if helper_cpu is None:
        raise RuntimeError("the import did not use a helper process")
    print(f"    CPU: importing process {main_cpu:.2f} s, helper {helper_cpu:.2f} s", file=sys.stderr)
    return rows / ((main_cpu + helper_cpu) / 2)


def _stored_rows(ctx: Context) -> dict[str, tuple[list[str], list[tuple]]]:
    """The company and person rows as the app stores them (every column), from one untimed app import."""
    rows = ctx.scratch.get("import_raw_rows")
    if rows is None:
        folder = _files(ctx)
        _import(ctx, into="rows.sqlite")
        con = sqlite3.connect(f"{(folder / 'rows.sqlite').resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = {}
            for table in ("company", "person"):
                cur = con.execute(f"SELECT * FROM {table} ORDER BY id")
                rows[table] = ([d[0] for d in cur.description], cur.fetchall())
        finally:
            con.close()
        ctx.scratch["import_raw_rows"] = rows
    return rows  # type: ignore[return-value]


def _raw_rate(ctx: Context) -> float:
    """The rows the app stores, inserted with plain executemany in one transaction (see the module doc)."""
    rows = _stored_rows(ctx)
    path = _fresh(_files(ctx), "raw.sqlite")
    con = raw_connect(path)
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for table in ("company", "person"):
        columns, values = rows[table]
        con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        values)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return len(rows["person"][1]) / elapsed


def _memory(ctx: Context, csv_name: str) -> float:
    tracemalloc.start()
    try:
        _import(ctx, csv_name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The helper process that read the file (services/import_feed.py) is not traced here; its own peak
    # (resident memory) is kept for the _helper_memory case.
    ctx.scratch.setdefault(f"helper_peaks_{csv_name}", []).append(import_feed.last_helper_peak_mb)
    return peak / 1e6


def _helper_memory(csv_name: str):
    """The peak resident memory of the helper process that read and built the rows, in MB: one value
    per run of the memory case just before (which imports the same file), else from an import here."""
    def measure(ctx: Context) -> float:
        peaks = ctx.scratch.get(f"helper_peaks_{csv_name}") or []
        if not peaks:
            import_feed.last_helper_peak_mb = None
            _import(ctx, csv_name)
            peaks.append(import_feed.last_helper_peak_mb)
        peak = peaks.pop(0)
        if peak is None:
            raise RuntimeError("the import did not use a helper process (or this OS does not report its memory)")
        return peak
    return measure


def _teardown(ctx: Context) -> None:
    folder = ctx.scratch.pop("import_dir", None)
    ctx.scratch.pop("import_raw_rows", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _duplicates(kind: str):
    def measure(ctx: Context) -> float:
        _app_open(ctx)
        started = time.perf_counter()
        pairs = duplicates.find_duplicates(kind)
        elapsed = time.perf_counter() - started
        ctx.scratch[f"duplicates_{kind}"] = len(pairs)
        return elapsed
    return measure


add_case(Case("import_persons_rate", "records/s", _app_rate, _raw_rate,
              teardown=_teardown,
              note="100k-row person CSV with 10k companies into a fresh file (read, validate, match, duplicate "
                   "checks, journal, selection) vs plain executemany of the same stored company and person rows "
                   "into a fresh file with the same schema and triggers (no parsing, matching, journal or "
                   "selection; no staging)"))
add_case(Case("import_rate_cpu_bound", "records/s", _cpu_bound_rate, _raw_rate, teardown=_teardown,
              note="the same import's rows / ((importing process CPU s + helper process CPU s) / 2): the rate "
                   "with the two processes' work perfectly shared over two cores, vs the same raw executemany"))
add_case(Case("import_memory_peak_mb_20k", "MB", lambda ctx: _memory(ctx, "klanten20k.csv"), teardown=_teardown,
              note="traced Python peak while importing 20,000 rows"))
add_case(Case("import_memory_peak_mb_100k", "MB", lambda ctx: _memory(ctx, "klanten.csv"), teardown=_teardown,
              note="traced Python peak while importing 100,000 rows (flat: the same as for 20,000)"))
add_case(Case("import_reader_peak_mb_20k", "MB", _helper_memory("klanten20k.csv"), teardown=_teardown,
              note="peak resident memory of the helper process that reads and builds the 20,000 rows"))
add_case(Case("import_reader_peak_mb_100k", "MB", _helper_memory("klanten.csv"), teardown=_teardown,
              note="the same for 100,000 rows (bounded: plus the companies remembered, at most 20,000)"))
add_case(Case("duplicates_companies", "ms", _duplicates("company"), note="find_duplicates over the --db file"))
add_case(Case("duplicates_persons", "ms", _duplicates("person"), teardown=close_all,
              note="find_duplicates over the --db file (1M persons: under a minute)"))
