"""Build (or reuse) the benchmark database, run every case ``--repeat`` times, print and save medians."""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.cases import CASES, Case, Context
from desktop_crm.services import database, demo


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float | None
    ratio: float | None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Time app code paths next to hand-written sqlite3 on the same demo database.")
    parser.add_argument("--companies", type=int, default=10_000, metavar="N", help="companies (default 10,000)")
    parser.add_argument("--persons", type=int, default=100_000, metavar="M", help="persons (default 100,000)")
    parser.add_argument("--db", metavar="PATH",
                        help="database file: reused when it already holds at least N companies and M persons, "
                             "built there when it does not exist (default: a temporary file, removed afterwards)")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument("--repeat", type=int, default=5, metavar="K", help="runs per case; medians (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="demo data seed when building (default 1)")
    parser.add_argument("--only", metavar="NAME", action="append", help="run only this case (repeatable)")
    return parser


def load_case_modules() -> list[str]:
    """Import every ``bench/cases_*.py`` next to ``cases.py``: importing one registers its cases.

    A module that fails to import is reported and skipped, so one broken file does not stop the rest.
    """
    loaded = []
    for file in sorted(Path(__file__).parent.glob("cases_*.py")):
        name = f"bench.{file.stem}"
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - report and go on with the other cases
            print(f"bench: skipped {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        else:
            loaded.append(name)
    return loaded


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    load_case_modules()
    unknown = set(args.only or ()) - {c.name for c in CASES}
    if unknown:
        print(f"bench: unknown case(s): {', '.join(sorted(unknown))}; known: {', '.join(c.name for c in CASES)}",
              file=sys.stderr)
        return 2
    if args.companies < 0 or args.persons < 0 or args.repeat < 1:
        print("bench: counts must be 0 or more and --repeat at least 1", file=sys.stderr)
        return 2
    temp_dir = None
    if args.db:
        path = Path(args.db).expanduser()
    else:
        temp_dir = Path(tempfile.mkdtemp(prefix="crm-bench-"))
        path = temp_dir / "bench.sqlite"
    try:
        ctx = _prepare(path, args.companies, args.persons, args.seed)
        if ctx is None:
            return 2
        failed: list[str] = []
        results = run_cases(ctx, args.repeat, args.only, failed)
    finally:
        database.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
    print_table(results, sys.stdout)
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    if failed:
        print(f"bench: failed: {', '.join(failed)} (left out of the table)", file=sys.stderr)
        return 1
    return 0


def _counts(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        companies = con.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()[0]
        persons = con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()
    return companies, persons


def _prepare(path: Path, companies: int, persons: int, seed: int) -> Context | None:
    """Reuse ``path`` when it is big enough; build it when it does not exist; refuse otherwise."""
    if path.exists() and path.stat().st_size > 0:
        try:
            have_c, have_p = _counts(path)
        except sqlite3.DatabaseError as exc:
            print(f"bench: {path} is not a Desktop CRM database ({exc})", file=sys.stderr)
            return None
        if have_c < companies or have_p < persons:
            print(f"bench: {path} holds {have_c:,} companies and {have_p:,} persons, fewer than the "
                  f"{companies:,} / {persons:,} asked for; it is left unchanged. Give a new path to build one, "
                  "or lower --companies/--persons.", file=sys.stderr)
            return None
        print(f"Reusing {path} ({have_c:,} companies, {have_p:,} persons).", file=sys.stderr)
        return Context(path, have_c, have_p)
    print(f"Building {path}: {companies:,} companies, {persons:,} persons ...", file=sys.stderr)
    database.open_db(path, language="nl")
    last = [time.perf_counter()]

    def progress(done: int, total: int) -> bool:
        now = time.perf_counter()
        if now - last[0] > 5 or done == total:
            last[0] = now
            print(f"  {done:,}/{total:,} records", file=sys.stderr)
        return True

    try:
        started = time.perf_counter()
        result = demo.generate(companies, persons, seed=seed, progress=progress)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    return Context(path, result.companies, result.persons, built=True, build_seconds=elapsed,
                   build_records=result.companies + result.persons)


def _measure(case: Case, ctx: Context, repeat: int) -> Result:
    values: list[float] = []
    baselines: list[float] = []
    try:
        for _ in range(repeat):
            if case.raw is not None:  # raw first: a case may check its result against the raw one
                baselines.append(case.raw(ctx))
            values.append(case.app(ctx))
    finally:
        if case.teardown is not None:
            case.teardown(ctx)
    scale = 1000.0 if case.unit == "ms" else 1.0
    value = statistics.median(values) * scale
    baseline = statistics.median(baselines) * scale if baselines else None
    ratio = value / baseline if baseline else None
    return Result(case.name, value, case.unit, baseline, ratio)


def run_cases(ctx: Context, repeat: int, only: Sequence[str] | None = None,
              failed: list[str] | None = None) -> list[Result]:
    """Measure every applicable case; a case that raises is reported, added to ``failed`` and left out."""
    results = []
    for case in CASES:
        if only and case.name not in only:
            continue
        if not case.applies(ctx):
            continue
        print(f"  {case.name} ...", file=sys.stderr)
        try:
            results.append(_measure(case, ctx, repeat))
        except Exception:  # noqa: BLE001 - one broken case should not hide the others' figures
            traceback.print_exc(file=sys.stderr)
            if failed is not None:
                failed.append(case.name)
            database.close()
    return results


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "records/s" or abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def print_table(results: Sequence[Result], out) -> None:
    header = ("case", "median", "unit", "raw median", "ratio app/raw")
    rows = [(r.name, _fmt(r.value, r.unit), r.unit, _fmt(r.baseline, r.unit),
             f"{r.ratio:.2f}" if r.ratio is not None else "-") for r in results]
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths,
                                                                                              strict=True)))

    print(line(header), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in rows:
        print(line(row), file=out)
