"""Importing companies and persons from a file: mapping, preview, matching, one transaction, undo.

``open_file`` reads the file's headers; ``suggest_mapping`` gives the remembered mapping for files
with these columns, else a guess; ``preview`` runs the whole import in a transaction that is rolled
back and reports what would happen (counts, problem rows and why, unknown list values, likely
duplicates); ``run_import`` does it for real in one transaction, streamed in chunks (memory stays
flat), and makes a static selection "Import dd-mm-jjjj <file>" of every record it created or
changed. ``undo_import`` reverts the whole import (updates included) through the journal.

Matching: a company by KvK number, by name and postal code, by e-mail, or by name alone when it is
unique and one side has no postal code; a person by e-mail, or by name at the same company (or the
same postal code, or both without a company). Matched records are skipped, have only their empty
fields filled, or are overwritten (``on_match``, per row in ``row_actions``); unmatched rows are
added. Importing the same file twice therefore creates nothing new.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_crm.db import importing as sql
from desktop_crm.db.journal import Actor, action, get_meta, set_meta
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.import_mapping import ON_MATCH, Mapping, guess_mapping
from desktop_crm.domain.import_rows import Problem, RowRecord
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import import_feed, session
from desktop_crm.services.bulk import Cancelled
from desktop_crm.services.fields import required_fields
from desktop_crm.services.import_writer import ChunkWriter, ListResolver, Outcome
from desktop_crm.services.readers import SourceRow, Table, open_table

ProgressFn = Callable[[int, int], bool]
Translate = Callable[[Message], str]

CHUNK = 2000
_LIST_TARGETS = frozenset({"category", "business", "lead_status", "company_interests", "person_interests"})
MAX_LISTED = 2000  # problems, matches and duplicates kept for display (all are counted)
CHANGESET_IDS = 10_000  # more changed records than this: the ChangeSet names the kind only
META_MAPPING = "import.mapping."
META_TX = "import.tx."

HAS_ERRORS = QT_TRANSLATE_NOOP(  # worded for one row as well as for many
    "Messages", "Rows with problems: {count}, so nothing was imported. Correct them in the file, or choose to skip "
    "the rows with problems.")
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("Messages", "Nothing could be imported from {file}.")
NOT_AN_IMPORT = QT_TRANSLATE_NOOP("Messages", "This selection was not made by an import, so it cannot be undone "
                                  "as one.")
BAD_MAPPING_FILE = QT_TRANSLATE_NOOP("Messages", "{file} is not a saved import mapping: {detail}")


class ImportFailed(CrmError):
    """The import wrote nothing (rolled back); ``result`` holds what was found."""

    def __init__(self, message: Message, result: ImportResult) -> None:
        super().__init__(message)
        self.result = result


@dataclass
class ImportOptions:
    mapping: Mapping
    on_match: str | None = None  # skip / fill / overwrite; None: the mapping's choice
    row_actions: dict[int, str] = field(default_factory=dict)  # row -> skip / fill / overwrite / new
    skip_bad_rows: bool = False
    report_path: Path | None = None  # the bad rows with why, when skip_bad_rows
    list_values: dict[tuple[str, str], int] = field(default_factory=dict)  # (list kind, text) -> item id
    create_list_values: bool = True  # unknown list values become new items (else: a problem)
    check_duplicates: bool = True
    expected_rows: int = 0  # for progress, when known (the preview's count)
    selection_suffixes: tuple[str, str] = (" (companies)", " (persons)")
    translate: Translate | None = None  # for the report file; English when None
    parallel: bool | None = None  # read and build rows in a helper process; None: for large files


@dataclass
class RowProblem:
    row: int
    field: str
    message: Message
    error: bool

    def english(self) -> str:
        return self.message.english()


@dataclass
class RowMatch:
    """A row that matched an existing record (shown so the user can change what happens to it)."""

    row: int
    kind: str
    record_id: int
    action: str


@dataclass
class PossibleDuplicate:
    row: int
    kind: str
    record_id: int  # the record the row created or updated
    other_id: int  # the existing record it looks like
    score: int


@dataclass
class ImportResult:
    file: str = ""
    dry_run: bool = False
    rows: int = 0
    imported_rows: int = 0
    bad_rows: int = 0  # rows with errors (skipped, or the reason nothing was imported)
    skipped_rows: int = 0  # rows the user chose to skip
    created: dict[str, int] = field(default_factory=lambda: {"company": 0, "person": 0})
    updated: dict[str, int] = field(default_factory=lambda: {"company": 0, "person": 0})
    unchanged: dict[str, int] = field(default_factory=lambda: {"company": 0, "person": 0})
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    unknown_values: dict[str, dict[str, int]] = field(default_factory=dict)  # list kind -> text -> rows
    matches: list[RowMatch] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    selection_ids: dict[str, int] = field(default_factory=dict)  # "company"/"person" -> selection id
    tx: str | None = None
    report_path: Path | None = None
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def total_created(self) -> int:
        return sum(self.created.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    @property
    def nothing_imported(self) -> bool:
        return self.imported_rows == 0


# --- files and mappings ------------------------------------------------------------------------------


def open_file(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None,
              sheet: str | None = None) -> Table:
    """The file as a table (raises ``readers.ReadError`` with a clear message when it cannot be read)."""
    return open_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet)


def suggest_mapping(table: Table, kind: str | None = None) -> Mapping:
    """The mapping used last time for a file with these columns, else one guessed from the headers."""
    saved = get_meta(META_MAPPING + guess_mapping(table.headers).signature())
    if saved:
        try:
            mapping = Mapping.from_json(saved, table.headers)
        except (ValueError, KeyError, TypeError):
            mapping = None
        if mapping is not None and (kind is None or mapping.kind == kind):
            return mapping
    return guess_mapping(table.headers, kind)


def remember_mapping(mapping: Mapping, actor: Actor | None = None) -> None:
    """Keep the mapping for the next file with the same columns (in the database: it travels with the data)."""
    with action(actor or session.current()):
        set_meta(META_MAPPING + mapping.signature(), mapping.to_json())


def save_mapping(mapping: Mapping, path: Path | str) -> None:
    Path(path).write_text(mapping.to_json(), encoding="utf-8")


def load_mapping(path: Path | str, headers: list[str] | None = None) -> Mapping:
    path = Path(path)
    try:
        return Mapping.from_json(path.read_text(encoding="utf-8-sig"), headers)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CrmError(Message(BAD_MAPPING_FILE, {"file": path.name, "detail": str(exc)})) from exc


# --- running -----------------------------------------------------------------------------------------


def preview(table: Table, options: ImportOptions, *, actor: Actor | None = None,
            progress: ProgressFn | None = None) -> ImportResult:
    """Everything the import would do, without changing anything."""
    return run_import(table, options, actor=actor, progress=progress, dry_run=True)


class _DryRun(Exception):
    pass


def run_import(table: Table, options: ImportOptions, *, actor: Actor | None = None,
               progress: ProgressFn | None = None, dry_run: bool = False) -> ImportResult:
    """Import the file in one transaction. Raises ``ImportFailed`` (nothing written) when rows have
    errors and bad rows are not to be skipped, or when nothing could be imported; ``Cancelled`` when
    ``progress`` returns False. ``readers.ReadError`` when the file turns out to be unreadable."""
    actor = actor or session.current()
    session.require_editor(actor)
    if options.on_match is not None and options.on_match not in ON_MATCH:
        raise ValueError(f"on_match must be one of {ON_MATCH}")
    result = ImportResult(file=table.path.name, dry_run=dry_run)
    if not dry_run:
        _backup_first()
    report = _Report(options, table) if options.skip_bad_rows and options.report_path else None
    try:
        with _staged(), action(actor) as act:
            importer = _Importer(table, options, act, result, report)
            importer.run(progress)
            if result.bad_rows and not options.skip_bad_rows and not dry_run:
                raise ImportFailed(Message(HAS_ERRORS, {"count": result.bad_rows}), result)
            if result.nothing_imported and not dry_run:
                raise ImportFailed(Message(NOTHING_IMPORTED, {"file": table.path.name}), result)
            if dry_run:
                raise _DryRun()
            importer.finish()
            result.tx = act.tx
            set_meta(META_MAPPING + options.mapping.signature(), options.mapping.to_json())
    except _DryRun:
        result.selection_ids.clear()  # rolled back with everything else
    except ImportFailed:
        result.selection_ids.clear()
        if report is not None:
            result.report_path = report.close()
        raise
    except BaseException:
        if report is not None:
            report.discard()
        raise
    if report is not None:
        result.report_path = report.close()
    return result


@contextmanager
def _staged() -> Iterator[None]:
    """The import's staging tables (db.importing) are dropped when its transaction has ended."""
    try:
        yield
    finally:
        sql.drop_stages()


def _backup_first() -> None:
    from desktop_crm.services import backup

    before = getattr(backup, "before_risky_action", None)
    if before is not None:
        before("import")


class _Report:
    """The rows with problems, as they were in the file, with why (UTF-8 with BOM, ;)."""

    def __init__(self, options: ImportOptions, table: Table) -> None:
        assert options.report_path is not None
        self.path = Path(options.report_path)
        self.tmp = self.path.with_name(f".{self.path.name}.part")
        self.translate = options.translate or (lambda message: message.english())
        self.fh = self.tmp.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.fh, delimiter=";", lineterminator="\r\n")
        self.writer.writerow([*table.headers, "Row", "Problem"])

    def add(self, row: SourceRow, problems: list[Problem]) -> None:
        why = " ".join(self.translate(p.message) for p in problems if p.error)
        self.writer.writerow([*row.values, *row.extra, row.number, why])

    def close(self) -> Path:
        self.fh.close()
        os.replace(self.tmp, self.path)
        return self.path

    def discard(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


class _Importer:
    def __init__(self, table: Table, options: ImportOptions, act, result: ImportResult,
                 report: _Report | None) -> None:
        self.table, self.options, self.act, self.result, self.report = table, options, act, result, report
        self.required = {"company": required_fields("company"), "person": required_fields("person")}
        self.has_lists = bool(_LIST_TARGETS & set(options.mapping.targets))  # else no row has list values
        self.on_match = options.on_match or options.mapping.on_match
        self.lists = ListResolver(options.list_values, options.create_list_values, act)
        self.writer = ChunkWriter(act, self.lists, check_duplicates=options.check_duplicates)
        self.selections: dict[str, tuple[int, str]] = {}  # kind -> (selection id, uuid), made when needed
        self.changed_ids: dict[str, set[int]] = {"company": set(), "person": set()}  # for the ChangeSet, capped

    def run(self, progress: ProgressFn | None) -> None:
        total = self.options.expected_rows
        skip = frozenset(n for n, choice in self.options.row_actions.items() if choice == "skip")
        # A good row's cells are only looked at again for the report, when list values can still
        # make it a bad row.
        cells = self.report is not None and self.has_lists
        for chunk in import_feed.chunks(self.table, self.options.mapping, self.required, CHUNK, skip,
                                        parallel=self.options.parallel, cells=cells):
            batch: list[tuple[SourceRow, RowRecord]] = []
            for row, record in chunk:
                self.result.rows += 1
                if record is None:  # the user chose to skip this row
                    self.result.skipped_rows += 1
                else:
                    batch.append((row, record))
            if batch:
                self._chunk(batch)
            if progress is not None and not progress(self.result.rows, max(total, self.result.rows)):
                raise Cancelled()
        # The duplicate check of the persons made: once, at the end (a company's persons are read
        # once, not once per chunk that names the company).
        self._absorb_problems(self.writer.person_duplicates())
        if progress is not None and not progress(self.result.rows, max(total, self.result.rows)):
            raise Cancelled()

    def _chunk(self, batch: list[tuple[SourceRow, RowRecord]]) -> None:
        good: list[tuple[SourceRow, RowRecord]] = []
        for row, record in batch:
            if self.has_lists and record.ok:
                self.lists.resolve(record)  # unknown list values become ids, new items or problems
            self._problems(row.number, record.problems)
            if record.ok:
                good.append((row, record))
            else:
                self.result.bad_rows += 1
                if self.report is not None:
                    self.report.add(row, record.problems)
        outcome = self.writer.write(good, self.on_match, self.options.row_actions)
        self._absorb_problems(outcome)
        self.result.imported_rows += outcome.imported_rows
        for kind in ("company", "person"):
            self.result.created[kind] += outcome.created[kind]
            self.result.updated[kind] += outcome.updated[kind]
            self.result.unchanged[kind] += outcome.unchanged[kind]
            if outcome.touched[kind]:
                self._add_to_selection(kind, sorted(outcome.touched[kind]), outcome.uuids[kind])
        for match in outcome.matches:
            if len(self.result.matches) < MAX_LISTED:
                self.result.matches.append(RowMatch(*match))
        for kind, texts in self.lists.unknown.items():
            target = self.result.unknown_values.setdefault(kind, {})
            for text, count in texts.items():
                target[text] = count
        sql.flush_journal(self.act)  # journal rows of this chunk (staged): memory stays flat

    def _absorb_problems(self, outcome: Outcome) -> None:
        """The problems and possible duplicates the writer found."""
        for number, problems in outcome.problems.items():
            self._problems(number, problems)
        for dup in outcome.duplicates:
            if len(self.result.duplicates) < MAX_LISTED:
                self.result.duplicates.append(PossibleDuplicate(*dup))

    def _problems(self, number: int, problems: list[Problem]) -> None:
        for problem in problems:
            self.result.problem_count += 1
            if len(self.result.problems) < MAX_LISTED:
                self.result.problems.append(RowProblem(number, problem.field, problem.message, problem.error))

    def _selection_name(self, kind: str) -> str:
        name = f"Import {datetime.now().strftime('%d-%m-%Y')} {self.table.path.name}"
        if kind == self.options.mapping.kind:
            return name
        return name + self.options.selection_suffixes[0 if kind == "company" else 1]

    def _add_to_selection(self, kind: str, ids: list[int], uuids: dict[int, str]) -> None:
        """The records a chunk created or changed join the import's selection at once (memory stays flat)."""
        from desktop_crm.services import selections

        if kind not in self.selections:
            # Made empty and filled here: selections.create_static checks membership id by id, which
            # takes minutes for an import of 100,000 records.
            selection_id = selections.create_static(self._selection_name(kind), kind, [], "", actor=self.act.actor)
            self.selections[kind] = (selection_id, selections.get(selection_id).uuid)
            self.result.selection_ids[kind] = selection_id
        selection_id, uuid = self.selections[kind]
        sql.add_selection_members(selection_id, ids)
        self.act.log("selection", uuid, "update", "members", None, sorted(uuids[i] for i in ids))
        if len(self.changed_ids[kind]) < CHANGESET_IDS:
            self.changed_ids[kind].update(ids)

    def finish(self) -> None:
        self.writer.close()
        summary = (f"{self.table.path.name}: {self.result.total_created} created, {self.result.total_updated} "
                   f"updated, {self.result.bad_rows} rows skipped. Undo: {self.act.tx}")
        for kind, (selection_id, uuid) in self.selections.items():
            sql.set_selection_description(selection_id, summary)
            self.act.log("selection", uuid, "update", "description", "", summary)
            set_meta(META_TX + str(selection_id), self.act.tx)
            self.result.changes.add("selection", selection_id)
            self.result.changes.add(kind, *self.changed_ids[kind])  # a kind without ids: "reload it all"
        self.result.changes.merge(self.writer.changes)
        self.result.changes.undo = self.act.tx


def import_tx(selection_id: int) -> str | None:
    """The transaction id of the import that made this selection (None when it was not an import)."""
    return get_meta(META_TX + str(selection_id))


def undo_import(selection_id: int, actor: Actor | None = None) -> ChangeSet:
    """Undo the whole import that made the selection: created records go to the trash, updated
    fields get their old values back (where nobody changed them since)."""
    from desktop_crm.services.undo import undo_action

    tx = import_tx(selection_id)
    if tx is None:
        raise CrmError(Message(NOT_AN_IMPORT))
    return undo_action(tx, actor)
