"""The command line: a thin layer over ``desktop_crm.services``.

``desktop-crm`` alone starts the desktop app; ``desktop-crm --help`` lists the rest. A user mistake
prints one clear line on stderr and exits non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from desktop_crm import __version__
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import database
from desktop_crm.services.database import DatabaseFileError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 1."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        description="Desktop CRM: companies, persons and leads for small businesses. "
                    "Without a command, the desktop app starts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation on a temporary database (offscreen, no window) and exit")
    parser.add_argument("--db", metavar="PATH",
                        help=f"the database file (default: ${database.ENV_VAR}, else {database.default_path()})")
    parser.add_argument("--lang", choices=["nl", "en"], help="interface language (default: the system's)")
    parser.add_argument("--new-window", action="store_true",
                        help="open another window even when the app already runs on this database")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="start the desktop app (the default)")

    init = sub.add_parser("init", help="create a new database with the default lists")
    init.add_argument("--lang", dest="data_lang", choices=["nl", "en"],
                      help="language of the default list values (default: the interface language)")

    sub.add_parser("check", help="print schema version, record counts and the integrity check")

    demo = sub.add_parser("demo", help="fill the database with realistic Dutch demo data")
    demo.add_argument("--companies", type=_count, default=100, metavar="N")
    demo.add_argument("--persons", type=_count, default=500, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data (default 1)")

    backup = sub.add_parser("backup", help="back up the database now (SQLite's online backup API)")
    backup.add_argument("dest", nargs="?", metavar="DEST",
                        help="a folder or a .sqlite file (default: the backup folder)")

    restore = sub.add_parser("restore", help="replace the database by a backup (the current one is backed up first)")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")

    backups = sub.add_parser("backups", help="list the backups of the database, newest first")
    backups.add_argument("--check", action="store_true",
                         help="also check each backup and show its schema version and record counts")
    selection = sub.add_parser("selection", help="selection definition files (see docs/selection-format.md)")
    selection_sub = selection.add_subparsers(dest="selection_command", metavar="ACTION", required=True)
    run = selection_sub.add_parser("run", help="print the members of the selection defined in FILE.json")
    run.add_argument("file", metavar="FILE.json", help="a selection definition (dynamic, static or combined)")
    run.add_argument("--format", choices=["csv", "json"], default="csv",
                     help="csv (semicolons, a header row; the default) or json (a list of objects)")
    _import_parsers(sub)
    return parser


def _import_parsers(sub) -> None:
    imp = sub.add_parser("import", help="import companies or persons from a CSV, Excel (.xlsx) or vCard file")
    imp.add_argument("file", metavar="FILE", help="the file to import (encoding and separator are detected)")
    imp.add_argument("--kind", choices=["companies", "persons"],
                     help="what the rows are (default: guessed from the column names)")
    imp.add_argument("--mapping", metavar="MAP.json", help="a saved column mapping (default: the one used last "
                     "time for these columns, else a guess)")
    imp.add_argument("--on-match", choices=["skip", "fill", "overwrite"],
                     help="what to do with a record that exists already (default: fill its empty fields)")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    imp.add_argument("--skip-bad-rows", metavar="REPORT.csv",
                     help="import the good rows and write the rows with problems, and why, to REPORT.csv "
                          "(default: import nothing when a row has a problem)")
    imp.add_argument("--save-mapping", metavar="MAP.json", help="also save the mapping used to MAP.json")
    dup = sub.add_parser("duplicates", help="list likely duplicate companies or persons, with a score")
    dup.add_argument("--kind", choices=["companies", "persons"], help="only companies or only persons")
    dup.add_argument("--min-score", type=int, default=70, metavar="N", help="lowest score to list (default 70)")
    dup.add_argument("--limit", type=int, default=200, metavar="N", help="at most N pairs (default 200)")


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    logging.getLogger("desktop_crm").addHandler(logging.NullHandler())  # messages, not log lines, on stderr
    args = _parser().parse_args(argv)
    if args.selftest:
        from desktop_crm.selftest import run

        return run()
    path = database.resolve_path(args.db)
    try:
        if args.command in (None, "gui"):
            from desktop_crm.ui.app import run_gui

            explicit = bool(args.db or os.environ.get(database.ENV_VAR))
            return run_gui(path, args.lang, explicit=explicit, new_window=args.new_window)
        if args.command == "selection":
            return cmd_selection(path, args)
        if args.command in ("import", "duplicates"):
            return cmd_import(path, args) if args.command == "import" else cmd_duplicates(path, args)
        handler = {"init": cmd_init, "check": cmd_check, "demo": cmd_demo, "backup": cmd_backup,
                   "restore": cmd_restore, "backups": cmd_backups}[args.command]
        return handler(path, args)
    except (CliError, CrmError) as exc:
        return _fail(_message(exc))
    except DatabaseFileError as exc:
        return _fail(describe_file_error(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was half-written")
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or path}")
    except Exception as exc:
        from desktop_crm.services.storage_errors import as_crm_error

        failure = as_crm_error(exc)  # a full disk, a read-only or damaged file: one clear line
        if failure is None:
            raise
        return _fail(_message(failure))


def _fail(text: str) -> int:
    print(f"desktop-crm: {text}", file=sys.stderr)
    return EXIT_PROBLEM


def _message(exc: Exception) -> str:
    if isinstance(exc, CrmError):
        from desktop_crm.i18n import tr_error

        return tr_error(exc)
    return str(exc)


def describe_file_error(exc: DatabaseFileError) -> str:
    from desktop_crm.i18n import tr_file_error

    return tr_file_error(exc)


def cmd_init(path: Path, args: argparse.Namespace) -> int:
    language = args.data_lang or _language(args)
    if path.exists() and path.stat().st_size > 0:
        database.open_db(path, create=False)  # refuses a foreign or newer file
        database.close()
        print(f"{path} already exists; nothing was changed.")
        return EXIT_OK
    database.open_db(path, language=language)
    database.close()
    print(f"Created {path} with the default lists ({'Dutch' if language == 'nl' else 'English'}).")
    return EXIT_OK


def _refuse_empty(path: Path) -> None:
    """Opening an empty file makes a new database in it; commands that only read must not."""
    from desktop_crm.services.backup import is_blank

    if is_blank(path):
        raise CliError(f"{path} is empty: not a Desktop CRM database. It was not changed.")


def cmd_check(path: Path, args: argparse.Namespace) -> int:
    _refuse_empty(path)
    report = database.check(path)
    print(f"database:       {report.path}")
    print(f"schema version: {report.schema_version}")
    for name, count in report.counts.items():
        print(f"{name + ':':<16}{count:>12,}")
    if report.ok:
        print("integrity:      ok")
        return EXIT_OK
    for line in report.integrity[:20]:
        print(f"integrity:      {line}")
    return EXIT_PROBLEM


def cmd_demo(path: Path, args: argparse.Namespace) -> int:
    from desktop_crm.services import demo

    opened = database.open_db(path, language=_language(args))
    try:
        if not opened.created:
            from desktop_crm.services import backup

            backup.daily_backup_if_due()
        started = time.perf_counter()
        last = [0.0]

        def progress(done: int, total: int) -> bool:
            now = time.perf_counter()
            if now - last[0] > 2 or done == total:
                last[0] = now
                print(f"  {done:,}/{total:,} records", file=sys.stderr)
            return True

        result = demo.generate(args.companies, args.persons, seed=args.seed, progress=progress)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    rate = (result.companies + result.persons) / elapsed if elapsed else 0
    print(f"Added {result.companies:,} companies and {result.persons:,} persons to {path} "
          f"in {elapsed:.1f} s ({rate:,.0f} records/s).")
    return EXIT_OK


def cmd_backup(path: Path, args: argparse.Namespace) -> int:
    from desktop_crm.services import backup

    _refuse_empty(path)
    database.open_db(path, create=False)
    try:
        made = backup.backup_now(Path(args.dest) if args.dest else None)
        size = made.stat().st_size
    finally:
        database.close()
    print(f"Backed up {path} to {made} ({_size(size)}).")
    return EXIT_OK


def cmd_restore(path: Path, args: argparse.Namespace) -> int:
    from desktop_crm.services import backup

    language = _language(args)
    try:
        database.open_db(path, language=language, create=False)
    except DatabaseFileError as exc:
        if exc.kind not in ("damaged", "missing"):
            raise  # a newer or foreign file is not replaced from here
    try:
        result = backup.restore(Path(args.file), path, language=language)
    finally:
        database.close()
    counts = result.counts
    print(f"Restored {result.restored} into {result.database}: {counts['companies']:,} companies, "
          f"{counts['persons']:,} persons.")
    if result.previous is not None:
        print(f"The database as it was is kept in {result.previous}.")
    return EXIT_OK


def cmd_backups(path: Path, args: argparse.Namespace) -> int:
    from desktop_crm.services import backup

    _refuse_empty(path)
    try:
        database.open_db(path, create=False)
        entries = backup.list_backups()
        folder = backup.backup_folder()
    except DatabaseFileError as exc:
        if exc.kind != "damaged":
            raise
        entries, folder = backup.list_backups(path), backup.default_backup_folder(path)
    finally:
        database.close()
    print(f"backups of {path} in {folder}" + (", newest first:" if entries else ": none yet"))
    for entry in entries:
        when = entry.created.astimezone().strftime("%Y-%m-%d %H:%M")
        line = f"{when}  {entry.label:<24}{_size(entry.size):>10}  {entry.path}"
        if args.check:
            details = backup.inspect_backup(entry)
            state = (f"ok, v{details.schema_version}, {details.counts.get('companies', 0):,} companies, "
                     f"{details.counts.get('persons', 0):,} persons" if details.ok
                     else f"NOT USABLE: {details.problem} {details.detail}".rstrip())
            line += f"  [{state}]"
        print(line)
    return EXIT_OK


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


SELECTION_COLUMNS = {
    "person": ("uuid", "first_name", "middle_name", "last_name", "position", "company_id", "email", "phone",
               "city", "lead_status_id"),
    "company": ("uuid", "name", "category_id", "postal_code", "city", "country", "email", "phone"),
}


def cmd_selection(path: Path, args: argparse.Namespace) -> int:
    """``selection run FILE.json``: the members of a definition file, without saving anything."""
    import csv
    import json

    from desktop_crm.services import export, selections

    text = Path(args.file).read_bytes()
    database.open_db(path, create=False)
    try:
        definition, ids = selections.run_definition(text)
        columns = SELECTION_COLUMNS[definition.target]
        rows = export.rows(definition.target, ids, columns)
        if args.format == "json":
            out = [dict(zip(columns, row, strict=True)) for row in rows]
            json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow(["" if v is None else v for v in row])
    finally:
        database.close()
    return EXIT_OK


def cmd_import(path: Path, args: argparse.Namespace) -> int:
    """``import FILE``: a summary on stdout; exit 1 when nothing could be imported."""
    from desktop_crm.i18n import tr_message
    from desktop_crm.services import importer

    kind = {"companies": "company", "persons": "person", None: None}[args.kind]
    database.open_db(path, create=False)
    try:
        table = importer.open_file(args.file)
        if args.mapping:
            mapping = importer.load_mapping(args.mapping, table.headers)
            if kind:
                mapping.kind = kind
        else:
            mapping = importer.suggest_mapping(table, kind)
        if args.save_mapping:
            importer.save_mapping(mapping, args.save_mapping)
        options = importer.ImportOptions(
            mapping=mapping, on_match=args.on_match, skip_bad_rows=bool(args.skip_bad_rows),
            report_path=Path(args.skip_bad_rows) if args.skip_bad_rows else None, translate=tr_message)
        try:
            result = importer.run_import(table, options, dry_run=args.dry_run)
        except importer.ImportFailed as exc:
            _print_import(exc.result, table, tr_message, file=sys.stderr)
            raise
        _print_import(result, table, tr_message)
        if result.nothing_imported or (result.bad_rows and not options.skip_bad_rows):
            return EXIT_PROBLEM  # a dry run says what the real one would do
    finally:
        database.close()
    return EXIT_OK


def _rows(count: int) -> str:
    return f"{count:,} row" if count == 1 else f"{count:,} rows"


def _print_import(result, table, tr, file=None) -> None:
    file = file or sys.stdout
    what = "would not be" if result.dry_run else ("was not" if result.bad_rows == 1 else "were not")
    print(f"{result.file}: {_rows(result.rows)} ({table.format}"
          f"{', ' + table.encoding if table.encoding else ''}"
          f"{', separator ' + repr(table.delimiter) if table.delimiter else ''})", file=file)
    for kind, label in (("company", "companies"), ("person", "persons")):
        print(f"  {label + ':':<11}{result.created[kind]:>8,} new, {result.updated[kind]:,} updated, "
              f"{result.unchanged[kind]:,} unchanged", file=file)
    if result.skipped_rows:
        print(f"  {_rows(result.skipped_rows)} skipped as chosen", file=file)
    if result.bad_rows:
        where = f"; see {result.report_path}" if result.report_path else ""
        print(f"  {_rows(result.bad_rows)} with problems {what} imported{where}", file=file)
    for kind, values in result.unknown_values.items():
        listed = ", ".join(f"{text} ({n})" for text, n in values.items())
        print(f"  new {kind.replace('_', ' ')} values: {listed}", file=file)
    if result.duplicates:
        print(f"  {_rows(len(result.duplicates))} look like records already there "
              f"(see 'desktop-crm duplicates')", file=file)
    shown = [p for p in result.problems if p.error][:20] + [p for p in result.problems if not p.error][:10]
    for problem in sorted(shown, key=lambda p: p.row):
        print(f"  row {problem.row}: {tr(problem.message)}", file=file)
    if result.problem_count > len(shown):
        print(f"  ... {result.problem_count - len(shown):,} more remarks", file=file)
    if result.dry_run:
        print("Dry run: nothing was changed.", file=file)
    elif result.selection_ids:
        from desktop_crm.services import selections

        for selection_id in result.selection_ids.values():
            print(f"Selection \"{selections.get(selection_id).name}\" holds the records this import created or "
                  f"changed; the whole import can be undone from there.", file=file)


def cmd_duplicates(path: Path, args: argparse.Namespace) -> int:
    """``duplicates``: candidate pairs, best first."""
    from desktop_crm.services import duplicates

    kinds = {"companies": ["company"], "persons": ["person"], None: ["company", "person"]}[args.kind]
    database.open_db(path, create=False)
    try:
        for kind in kinds:
            pairs = duplicates.find_duplicates(kind, min_score=args.min_score, limit=args.limit)
            labels = duplicates.labels(kind, {i for p in pairs for i in (p.a, p.b)})
            print(f"{'Companies' if kind == 'company' else 'Persons'}: {len(pairs):,} likely duplicate pairs")
            for pair in pairs:
                why = ", ".join(duplicates.reason_text(r) for r in sorted(pair.reasons))
                print(f"  {pair.score:>3}  #{pair.a} {labels.get(pair.a, '')}  ~  #{pair.b} {labels.get(pair.b, '')}"
                      f"  ({why})")
    finally:
        database.close()
    return EXIT_OK


def _language(args: argparse.Namespace) -> str:
    if args.lang:
        return args.lang
    from desktop_crm.i18n import system_language

    return system_language()


if __name__ == "__main__":
    sys.exit(main())
