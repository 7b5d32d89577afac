"""The write side of an import: list values resolved, rows matched to records, one chunk written.

Used by ``services.importer`` inside its one transaction. A chunk of rows is matched with a few
batched look-ups (one query per key kind and chunk, on the indexes), merged (skip / fill empty
fields / overwrite), written through staging tables (``db.importing.stage_insert``), and journaled:
a create is one journal row with a JSON snapshot, an update one row per changed field, references as
UUIDs, so ``services.undo.undo_action(tx)`` reverts the whole import.

This runs for every row of files with 100,000 rows and more: the per-row work is plain dict and
tuple handling, everything that can be is looked up once per chunk, and a matched record that the
row does not change is not copied. A company repeated on many rows (a person file names it on every
person's row) is matched once and remembered (``_seen_companies``); the persons made are checked for
duplicates once, at the end (``person_duplicates``), and put into the search index then (``close``).
A new person's journal snapshot is made from its text fields as JSON, which come with the row
(``RowRecord.person_log``: worked out in the helper process for a large file).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from desktop_crm.db import importing as sql
from desktop_crm.db import lists as db_lists
from desktop_crm.db.journal import Action, _load_clock
from desktop_crm.domain import dedupe, lead_rules
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import LIST_LABELS, ListKind
from desktop_crm.domain.errors import CrmError, RuleViolation
from desktop_crm.domain.hlc import HlcTimestamp
from desktop_crm.domain.ids import new_uuids
from desktop_crm.domain.import_rows import (
    PERSON_LOGGED_TEXT,
    Problem,
    RowRecord,
    fold_fast,
    journal_json,
    person_snapshot_json,
    person_sort_key_fast,
)
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import fold
from desktop_crm.services.lead_effects import apply_company_move
from desktop_crm.services.readers import SourceRow

POSSIBLE_DUPLICATE = QT_TRANSLATE_NOOP(
    "Messages", "This looks like a record that is already in the database (similarity {score}%).")
LIST_VALUE_CREATED = QT_TRANSLATE_NOOP("Messages", "\"{value}\" was added to the list {list}.")

_LIST_FIELDS = {
    "company": (("category", "category_id", ListKind.CATEGORY), ("business", "business_id", ListKind.BUSINESS)),
    "person": (("lead_status", "lead_status_id", ListKind.LEAD_STATUS),),
}
_INTEREST_LISTS = {"company": ListKind.COMPANY_INTEREST, "person": ListKind.PERSON_INTEREST}
_REF_LISTS = {"category_id": ListKind.CATEGORY, "business_id": ListKind.BUSINESS,
              "our_contact_id": ListKind.ASSOCIATE, "lead_status_id": ListKind.LEAD_STATUS}
# Companies remembered per import for rows that repeat one (``ChunkWriter._seen_companies``): about
# 150 bytes each, so at most some 7 MB however large the file is.
SEEN_COMPANIES = 50_000
_DEDUPE_KEYS_KEPT = 50_000  # names' dedupe keys remembered by the duplicate check
BIG_COMPANY = 2000  # more persons than this at one company: the duplicate check compares by first letter
_REPEATABLE = ("skip", "fill")
_LINKS = {"company": ("company_interest_link", "company_id"), "person": ("person_interest_link", "person_id")}
_COMPANY_DEFAULTS = tuple(None if f in ("employees", "branches", "category_id", "business_id", "our_contact_id") else ""
                          for f in sql.COMPANY_FIELDS)
_PERSON_DEFAULTS = tuple(None if f in ("company_id", "lead_status_id") else "" for f in sql.PERSON_FIELDS)


class ListResolver:
    """List values written as text -> item ids; unknown ones mapped, created, or made a problem."""

    def __init__(self, chosen: dict[tuple[str, str], int], create: bool, act: Action) -> None:
        self.chosen = {(kind, fold(text)): item for (kind, text), item in chosen.items()}
        self.create = create
        self.act = act
        self.items: dict[ListKind, dict[str, tuple[int, bool]]] = {}
        self.unknown: dict[str, dict[str, int]] = {}
        self.created: dict[tuple[ListKind, str], str] = {}  # items this import made -> the text counted
        self.uuids: dict[tuple[ListKind, int], str | None] = {}

    def _items(self, kind: ListKind) -> dict[str, tuple[int, bool]]:
        if kind not in self.items:
            self.items[kind] = {fold(i.name): (i.id, i.hidden) for i in db_lists.items(kind) if i.id is not None}
        return self.items[kind]

    def uuid(self, kind: ListKind, item_id: int | None) -> str | None:
        if item_id is None:
            return None
        key = (kind, item_id)
        if key not in self.uuids:
            self.uuids[key] = db_lists.uuid_of(kind, item_id)
        return self.uuids[key]

    def lookup(self, kind: ListKind, text: str, problems: list[Problem], field_name: str) -> int | None:
        key = fold(text)
        chosen = self.chosen.get((kind.value, key))
        if chosen is not None:
            return chosen
        found = self._items(kind).get(key)
        if found is not None:
            item_id, hidden = found
            if (kind, key) in self.created:
                counts = self.unknown[kind.value]
                counts[self.created[(kind, key)]] += 1
            if hidden:
                problems.append(Problem(field_name, Message(m.HIDDEN_LIST_ITEM,
                                                            {"value": text, "list": LIST_LABELS[kind]}), False))
                return None
            return item_id
        counts = self.unknown.setdefault(kind.value, {})
        counts[text] = counts.get(text, 0) + 1
        if not self.create:
            problems.append(Problem(field_name, Message(m.UNKNOWN_LIST_ITEM,
                                                        {"value": text, "list": LIST_LABELS[kind]}), True))
            return None
        from desktop_crm.services import list_admin

        try:
            item, _ = list_admin.add_item(kind, text, actor=self.act.actor)
        except CrmError as exc:
            problems.append(Problem(field_name, exc.message, True))
            return None
        assert item.id is not None
        self._items(kind)[key] = (item.id, False)
        self.created[(kind, key)] = text
        self.uuids[(kind, item.id)] = item.uuid
        problems.append(Problem(field_name, Message(LIST_VALUE_CREATED, {"value": text, "list": LIST_LABELS[kind]}),
                                False))
        return item.id

    def resolve(self, record: RowRecord) -> None:
        """Replace list texts in the record by ids (in place)."""
        for part_name, part in (("company", record.company), ("person", record.person)):
            if not part:
                continue
            for text_key, id_key, kind in _LIST_FIELDS[part_name]:
                text = part.pop(text_key, None)
                if text:
                    item = self.lookup(kind, str(text), record.problems, id_key)
                    if item is not None:
                        part[id_key] = item
            texts = part.pop("interests", None)
            if texts:
                ids = {i for t in texts if (i := self.lookup(_INTEREST_LISTS[part_name], t, record.problems,
                                                             "interest_ids")) is not None}
                if ids:
                    part["interest_ids"] = ids


@dataclass
class Outcome:
    imported_rows: int = 0
    created: dict[str, int] = field(default_factory=lambda: {"company": 0, "person": 0})
    updated: dict[str, int] = field(default_factory=lambda: {"company": 0, "person": 0})
    unchanged: dict[str, int] = field(default_factory=lambda: {"company": 0, "person": 0})
    touched: dict[str, set[int]] = field(default_factory=lambda: {"company": set(), "person": set()})
    uuids: dict[str, dict[int, str]] = field(default_factory=lambda: {"company": {}, "person": {}})  # of touched
    problems: dict[int, list[Problem]] = field(default_factory=dict)
    matches: list[tuple[int, str, int, str]] = field(default_factory=list)
    duplicates: list[tuple[int, str, int, int, int]] = field(default_factory=list)


def _empty(value: object) -> bool:
    return value in ("", None) or (isinstance(value, set | frozenset) and not value)


def _merged(current: dict[str, object], incoming: dict[str, object], how: str) -> dict[str, object]:
    """The values after applying ``incoming`` with ``how`` (see ``merge``); ``current`` itself (not a
    copy) when nothing changes, so an unchanged record costs no copy and no field-by-field comparison."""
    if how == "skip":
        return current
    out: dict[str, object] | None = None
    overwrite = how == "overwrite"
    for name, value in incoming.items():
        # _empty(value) and _empty(old), spelled out: this runs for every field of every matched row.
        if value is None or value == "" or (not value and isinstance(value, set | frozenset)):
            continue
        old = (current if out is None else out).get(name)
        old_empty = old is None or old == "" or (not old and isinstance(old, set | frozenset))
        if name == "interest_ids":
            new = set(old or ()) | set(value)  # type: ignore[arg-type]
        elif name == "notes":
            text = str(value)
            if old_empty:
                new = text
            elif overwrite and text not in str(old):
                new = f"{old}\n{text}"
            else:
                continue
        elif overwrite or old_empty:
            new = value
        else:
            continue
        if new == old:
            continue  # already so (the key is there: ``new`` is never empty)
        if out is None:
            out = dict(current)
        out[name] = new
    return current if out is None else out


def merge(current: dict[str, object], incoming: dict[str, object], how: str) -> dict[str, object]:
    """The values after applying ``incoming`` with ``how`` (fill: only empty fields; overwrite: every
    field the row has a value for; notes are added to, never replaced; interests are added)."""
    return dict(_merged(current, incoming, how))


def _differ(mine: str, theirs: str) -> bool:
    """Two records with different KvK numbers (or e-mail addresses) are not the same one."""
    return bool(mine and theirs and mine.lower() != theirs.lower())


# Keys of records already in the database (looked up per chunk) and of those the chunk creates:
# companies: key -> [(id, postal code, KvK number)]; persons by e-mail: key -> [(id, company_id)];
# persons by name: sort key -> [(id, company_id, postal code, e-mail)]. First come, first matched.
_CompanyIndex = dict[str, list[tuple[int, str, str]]]


def _find_company(by_kvk: _CompanyIndex, by_name: _CompanyIndex, by_email: _CompanyIndex,
                  values: dict[str, object], kvk: str, name_sort: str, postal: str) -> int | None:
    """By KvK number; by name at the same postal code; by e-mail; by name alone when one side has no
    postal code (a different KvK number always says: another company)."""
    if kvk:
        found = by_kvk.get(kvk)
        if found:
            return found[0][0]
    same_name = [c for c in by_name.get(name_sort, ()) if not _differ(kvk, c[2])] if name_sort else []
    if postal:
        for cid, their_postal, _ in same_name:
            if their_postal == postal:
                return cid
    email = str(values.get("email", "")).lower()
    if email:
        for cid, _, their_kvk in by_email.get(email, ()):
            if not _differ(kvk, their_kvk):
                return cid
    for cid, their_postal, _ in same_name:
        if not postal or not their_postal:
            return cid
    return None


def _find_person(by_email: dict[str, list[tuple[int, int | None]]],
                 by_name: dict[str, list[tuple[int, int | None, str, str]]],
                 email: str, key: str, company_id: int | None, postal: str) -> int | None:
    """By e-mail (preferring the one at the same company); by name at the same company or postal code
    unless the e-mail addresses differ. ``email`` and the e-mail addresses in ``by_name`` are lower case."""
    found = by_email.get(email) if email else None
    if found:
        for pid, their_company in found:
            if their_company == company_id:
                return pid
        return found[0][0]
    for pid, their_company, their_postal, their_email in by_name.get(key, ()):
        if email and their_email and email != their_email:
            continue  # the same name with another e-mail address: someone else
        if their_company == company_id or (postal and their_postal == postal):
            return pid
    return None


class _DedupeKeys(dict[str, str]):
    def __missing__(self, sort_key: str) -> str:
        key = self[sort_key] = dedupe.key_from_sort_key(sort_key)
        return key


def _stamps(act: Action, n: int) -> list[str]:
    """``n`` journal stamps in a row, as ``n`` calls of ``act.clock.now()`` in the same millisecond give
    them (the counter goes up; the clock's ``last`` is the final one)."""
    if act.clock is None:
        act.clock = _load_clock()
    clock = act.clock
    first = clock.now()
    wall, counter, node = first.wall_ms, first.counter, first.node
    out = [first.encode()]
    for _ in range(n - 1):
        if counter >= 0xFFFF:
            wall, counter = wall + 1, 0
        else:
            counter += 1
        out.append(f"{wall:013d}-{counter:04x}-{node}")
    clock.last = HlcTimestamp(wall, counter, node)
    return out


def _choice(number: int, on_match: str, row_actions: dict[int, str]) -> str:
    """What happens to row ``number`` when it matches: the user's choice for that row, or the import's."""
    return row_actions.get(number) or on_match


class RowRuns:
    """The row each person an import made came from, by id, as runs of (first id, first row, count):
    ids and rows go up together, so a new run starts only after a row that made no new person
    (matched, bad, skipped). A file of new persons is one run, however long."""

    def __init__(self) -> None:
        self.ids, self.rows, self.counts = array("q"), array("q"), array("q")

    def add(self, record_id: int, row: int) -> None:
        if self.ids and record_id == self.ids[-1] + self.counts[-1] and row == self.rows[-1] + self.counts[-1]:
            self.counts[-1] += 1
        else:
            self.ids.append(record_id)
            self.rows.append(row)
            self.counts.append(1)

    @property
    def first_id(self) -> int | None:
        """The first id made (None: none yet)."""
        return self.ids[0] if self.ids else None

    def row(self, record_id: int) -> int:
        """The row ``record_id`` was made from (0: not made by this import)."""
        i = bisect_right(self.ids, record_id) - 1
        if i >= 0 and record_id < self.ids[i] + self.counts[i]:
            return self.rows[i] + record_id - self.ids[i]
        return 0


class _DeferredPersonIndex:
    """The person search index of one import, filled in bulk (``sql.pause_person_index``): paused at
    the first insert, caught up before any update of a person made since, and back at ``close``."""

    def __init__(self) -> None:
        self.paused: sql.PausedIndex | None = None
        self.tried = False  # paused already, or the trigger is not of a shape that can be
        self.unindexed_from: int | None = None  # the first id made since the last catch-up

    def before_insert(self, first_id: int) -> None:
        if not self.tried:
            self.tried = True
            self.paused = sql.pause_person_index()
        if self.paused is not None and self.unindexed_from is None:
            self.unindexed_from = first_id

    def before_update(self, ids: Iterable[int]) -> None:
        """Their update triggers take their old values out of the index: so they must be in it."""
        if self.unindexed_from is not None and any(i >= self.unindexed_from for i in ids):
            self._catch_up()

    def _catch_up(self) -> None:
        if self.paused is not None and self.unindexed_from is not None:
            sql.index_persons(self.paused, self.unindexed_from)
            self.unindexed_from = None

    def close(self) -> None:
        self._catch_up()
        if self.paused is not None:
            sql.resume_person_index(self.paused)
            self.paused = None


class ChunkWriter:
    def __init__(self, act: Action, lists: ListResolver, *, check_duplicates: bool = True) -> None:
        self.act = act
        self.lists = lists
        self.check_duplicates = check_duplicates
        self.changes = ChangeSet()
        self.default_status = db_lists.default_lead_status()
        self.rules: dict[int | None, lead_rules.CategoryRule | None] = {}
        self.next_ids: dict[str, int] = {}
        # company_sig + how -> the company an earlier chunk matched or created for those values.
        self.seen_companies: dict[bytes, int] = {}
        self.created_rows = RowRuns()  # the row of each person made
        self.person_index = _DeferredPersonIndex()  # filled at the end of the import
        self.dedupe_keys = _DedupeKeys()  # sort key -> dedupe key (names repeat)

    def _rule(self, category_id: int | None) -> lead_rules.CategoryRule | None:
        if category_id not in self.rules:
            self.rules[category_id] = db_lists.category_rule(category_id)
        return self.rules[category_id]

    def _new_id(self, table: str) -> int:
        if table not in self.next_ids:
            self.next_ids[table] = sql.next_id(table)
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def _journal(self, name: str, value: object, company_uuids: dict[int, str]) -> object:
        if name == "company_id":
            return company_uuids.get(value) if value is not None else None  # type: ignore[arg-type]
        if name in _REF_LISTS:
            return self.lists.uuid(_REF_LISTS[name], value)  # type: ignore[arg-type]
        if name == "interest_ids":
            return None
        if isinstance(value, set | frozenset):
            return sorted(value)
        if name == "left_company":
            return bool(value)
        return value

    def _interest_uuids(self, kind: str, ids: object) -> list[str]:
        return sorted(u for i in (ids or ()) if (u := self.lists.uuid(_INTEREST_LISTS[kind], i)))  # type: ignore[union-attr]

    def _log_creates(self, kind: str, items: list[tuple[str, dict[str, object] | str]]) -> None:
        """One 'create' journal row per (uuid, snapshot), as ``Action.log`` writes it (a snapshot given
        as text is already the JSON)."""
        if not items:
            return
        act = self.act
        stamps = _stamps(act, len(items))
        tx, node, at, actor_uuid, actor_name = act.tx, act.clock.node, act.at, act.actor.uuid, act.actor.name  # type: ignore[union-attr]
        act.rows.extend((stamp, tx, node, kind, uuid, "create", None, None,
                         snapshot if type(snapshot) is str else journal_json(snapshot), at, actor_uuid, actor_name)
                        for stamp, (uuid, snapshot) in zip(stamps, items, strict=True))

    @staticmethod
    def _current(kind: str, fields: tuple[str, ...], ids: set[int]) -> dict[int, dict[str, object]]:
        """Current values (with id, uuid, version and interest_ids) of existing records."""
        if not ids:
            return {}
        current = sql.rows_of(kind, fields, ids)
        interests = sql.interest_ids(*_LINKS[kind], ids)
        for record_id, values in current.items():
            values["interest_ids"] = interests.get(record_id, set())
        return current

    def _merge_existing(self, kind: str, fields: tuple[str, ...],
                        matched: list[tuple[int, int, dict[str, object], str]], created: dict[int, dict[str, object]]
                        ) -> tuple[dict[int, dict[str, object]], dict[int, dict[str, object]]]:
        """(before, after) of the existing records the rows matched, each merged with its rows in order;
        ``after[id] is before[id]`` when the rows change nothing.

        A merge only looks at the fields the rows have, so those are read first; the records that do
        change (usually few: a company comes back on every row of its persons) are then read whole and
        merged again from their full values."""
        rows = [m for m in matched if m[1] not in created]
        if not rows:
            return {}, {}
        ids = {record_id for _, record_id, _, _ in rows}
        used = set().union(*(values.keys() for _, _, values, _ in rows))
        narrow = tuple(f for f in fields if f in used)
        before = self._current(kind, narrow, ids) if "interest_ids" in used else sql.rows_of(kind, narrow, ids)
        after = dict(before)
        for _, record_id, values, how in rows:
            if record_id in after:
                after[record_id] = _merged(after[record_id], values, how)
        changing = {record_id for record_id, values in after.items() if values is not before[record_id]}
        if changing:
            full = self._current(kind, fields, changing)
            before.update(full)
            after.update(full)
            for _, record_id, values, how in rows:
                if record_id in full:
                    after[record_id] = _merged(after[record_id], values, how)
        return before, after

    # --- one chunk ---------------------------------------------------------------------------------

    def write(self, rows: list[tuple[SourceRow, RowRecord]], on_match: str, row_actions: dict[int, str]) -> Outcome:
        out = Outcome()
        if not rows:
            return out
        for _, rec in rows:  # the match keys, where the row was built elsewhere than import_feed
            if (rec.company and not rec.company_sig) or (rec.person and not rec.person_key):
                rec.add_keys()
        company_of_row, new_companies = self._companies(rows, on_match, row_actions, out)
        self._persons(rows, company_of_row, new_companies, on_match, row_actions, out)
        out.imported_rows = len(rows)
        return out

    def _problem(self, out: Outcome, row: int, problem: Problem) -> None:
        out.problems.setdefault(row, []).append(problem)

    @staticmethod
    def _needs_email(values: dict[str, object], kvk: str, postal: str, by_kvk: _CompanyIndex,
                     same_name: list[tuple[int, str, str]] | tuple) -> bool:
        """Whether matching this row may get to the e-mail address (``_find_company``): not when a
        company in the database has its KvK number, or its name at its postal code."""
        if not values.get("email"):
            return False
        if kvk and kvk in by_kvk:
            return False
        return not (postal and any(p == postal and not _differ(kvk, k) for _, p, k in same_name))

    def _companies(self, rows, on_match: str, row_actions: dict[int, str], out: Outcome
                   ) -> tuple[dict[int, int], set[int]]:
        company_of_row: dict[int, int] = {}
        with_company, repeated = self._seen_companies(rows, on_match, row_actions, company_of_row, out)
        out.unchanged["company"] += len(repeated)
        parts = [(number, rec.company) for number, rec in with_company]
        if not parts:
            return company_of_row, set()
        hows = [_choice(number, on_match, row_actions) for number, _ in parts]
        names = [rec.company_key for _, rec in with_company]  # company_sort_key, worked out with the row
        kvks = [str(c.get("kvk", "")) for _, c in parts]
        postals = [str(c.get("postal_code", "")) for _, c in parts]
        by_kvk: _CompanyIndex = {}
        by_name: _CompanyIndex = {}
        by_email: _CompanyIndex = {}
        for cid, kvk, postal, _ in sql.companies_by("kvk", kvks):
            by_kvk.setdefault(kvk, []).append((cid, postal or "", kvk or ""))
        # By name: only for the rows whose KvK number matches no company (the others never get further).
        for cid, name_sort, postal, kvk in sql.companies_by(
                "name_sort", (names[i] for i in range(len(parts)) if not (kvks[i] and kvks[i] in by_kvk))):
            by_name.setdefault(name_sort, []).append((cid, postal or "", kvk or ""))
        # By e-mail (no index on company.email, so a table scan): only when a row needs it, one that
        # neither its KvK number nor its name with postal code matches.
        if any(self._needs_email(c, kvks[i], postals[i], by_kvk, by_name.get(names[i], ()))
               for i, (_, c) in enumerate(parts) if hows[i] != "new"):
            emails = [v for _, c in parts if (e := str(c.get("email", ""))) for v in (e, e.lower())]
            for cid, email, postal, kvk in sql.companies_by("email", emails):
                by_email.setdefault(email.lower(), []).append((cid, postal or "", kvk or ""))
        created: dict[int, dict[str, object]] = {}
        matched: list[tuple[int, int, dict[str, object], str]] = []
        new_id = self._new_id
        for i, (number, values) in enumerate(parts):
            how = hows[i]
            kvk, name_sort, postal = kvks[i], names[i], postals[i]
            found = None if how == "new" else _find_company(by_kvk, by_name, by_email, values, kvk, name_sort, postal)
            if found is None:
                cid = new_id("company")
                created[cid] = values  # not changed in place: merges make new dicts
                entry = (cid, postal, kvk)
                if kvk:
                    by_kvk.setdefault(kvk, []).append(entry)
                if name_sort:
                    by_name.setdefault(name_sort, []).append(entry)
                email = str(values.get("email", "")).lower()
                if email:
                    by_email.setdefault(email, []).append(entry)
            else:
                cid = found
                matched.append((number, cid, values, how))
            company_of_row[number] = cid
        before, working = self._merge_existing("company", sql.COMPANY_FIELDS, matched, created)
        out.unchanged["company"] -= len(repeated & working.keys())  # counted once, below
        for number, cid, values, how in matched:
            if cid in created:
                created[cid] = _merged(created[cid], values, "fill" if how == "skip" else how)
            elif cid in working:
                out.matches.append((number, "company", cid, how))
        self._write_companies(created, before, working, out)
        if self.check_duplicates and created:
            self._company_duplicates(created, company_of_row, out)
        seen = self.seen_companies
        for (number, rec), how in zip(with_company, hows, strict=True):
            if how in _REPEATABLE and rec.company_sig and len(seen) < SEEN_COMPANIES:
                seen[rec.company_sig + how.encode()] = company_of_row[number]
        return company_of_row, set(created)

    def _seen_companies(self, rows, on_match: str, row_actions: dict[int, str], company_of_row: dict[int, int],
                        out: Outcome) -> tuple[list[tuple[int, RowRecord]], set[int]]:
        """The rows with a company that an earlier chunk did not already settle.

        A row whose company values an earlier row had too (with the same choice, skip or fill) gets
        that row's company: matching would find it again, and merging the same values again with
        skip or fill changes nothing (fill only fills empty fields, which the earlier row filled).
        A person file repeats its company on every person's row, so most of its rows go here. Not
        with overwrite: a row in between may have overwritten a field that this row sets back."""
        seen = self.seen_companies
        repeated: set[int] = set()
        if not seen:
            return [(row.number, rec) for row, rec in rows if rec.company], repeated
        rest: list[tuple[int, RowRecord]] = []
        for row, rec in rows:
            if not rec.company:
                continue
            number = row.number
            how = _choice(number, on_match, row_actions)
            cid = seen.get(rec.company_sig + how.encode())
            if cid is None:
                rest.append((number, rec))
                continue
            company_of_row[number] = cid
            out.matches.append((number, "company", cid, how))
            repeated.add(cid)
        return rest, repeated

    def _write_companies(self, created: dict[int, dict[str, object]], before: dict[int, dict[str, object]],
                         working: dict[int, dict[str, object]], out: Outcome) -> None:
        act = self.act
        at, actor_id = act.at, act.actor.id
        uuids = out.uuids["company"]
        inserts, links, logs = [], [], []
        fields = sql.COMPANY_FIELDS
        for (cid, values), uuid in zip(created.items(), new_uuids(len(created)), strict=True):
            uuids[cid] = uuid
            inserts.append((cid, uuid, at, at, actor_id, fold_fast(str(values["name"])),
                            *map(values.get, fields, _COMPANY_DEFAULTS)))
            interest_ids = values.get("interest_ids")
            if interest_ids:
                links.extend((cid, i) for i in sorted(interest_ids))  # type: ignore[call-overload]
            snapshot = {f: self._journal(f, values[f], {}) for f in fields if not _empty(values.get(f))}
            if interest_ids:
                snapshot["interest_ids"] = self._interest_uuids("company", interest_ids)
            logs.append((uuid, snapshot))
        sql.insert_companies(inserts)
        sql.add_interest_links(*_LINKS["company"], links)
        self._log_creates("company", logs)
        out.created["company"] += len(created)
        out.touched["company"].update(created)
        updates, moves = [], []
        for cid, new in working.items():
            old = before[cid]
            changed = [] if new is old else [f for f in (*fields, "interest_ids") if new.get(f) != old.get(f)]
            if not changed:
                out.unchanged["company"] += 1
                continue
            out.updated["company"] += 1
            out.touched["company"].add(cid)
            uuids[cid] = str(old["uuid"])
            updates.append((fold_fast(str(new["name"])), *(new[f] for f in fields), at, actor_id, cid))
            for f in changed:
                if f == "interest_ids":
                    act.log("company", str(old["uuid"]), "update", "interest_ids",
                            self._interest_uuids("company", old[f]), self._interest_uuids("company", new[f]))
                    sql.add_interest_links(*_LINKS["company"], [(cid, i) for i in sorted(set(new[f]) - set(old[f]))])  # type: ignore[arg-type]
                else:
                    act.log("company", str(old["uuid"]), "update", f, self._journal(f, old[f], {}),
                            self._journal(f, new[f], {}))
            if "category_id" in changed:
                moves.append((cid, old["category_id"], new["category_id"]))
        sql.update_rows("company", ("name_sort", *fields), updates)
        for cid, old_cat, new_cat in moves:
            apply_company_move(act, cid, self._rule(old_cat), self._rule(new_cat), self.changes)  # type: ignore[arg-type]

    def _company_duplicates(self, created: dict[int, dict[str, object]], company_of_row: dict[int, int],
                            out: Outcome) -> None:
        row_of = {cid: row for row, cid in company_of_row.items()}
        postal = {cid: str(v.get("postal_code", "")) for cid, v in created.items() if v.get("postal_code")}
        near: dict[str, list[tuple[int, str]]] = {}
        for other, code, name_sort in sql.companies_at_postal_codes(postal.values()):
            near.setdefault(code, []).append((other, dedupe.company_key(name_sort)))
        for cid, code in postal.items():
            key = dedupe.company_key(str(created[cid]["name"]))
            for other, other_key in near.get(code, ()):
                if other == cid or (other in created and other > cid):
                    continue
                score = dedupe.company_similarity(key, other_key)
                if score >= dedupe.NAME_THRESHOLD:
                    out.duplicates.append((row_of.get(cid, 0), "company", cid, other, int(score)))
                    self._problem(out, row_of.get(cid, 0), Problem(
                        "name", Message(POSSIBLE_DUPLICATE, {"score": int(score)}), False))
                    break

    def _persons(self, rows, company_of_row: dict[int, int], new_companies: set[int], on_match: str,
                 row_actions: dict[int, str], out: Outcome) -> None:
        with_person = [rec for _, rec in rows if rec.person]
        parts = [(row.number, rec.person, company_of_row.get(row.number), str(rec.company.get("postal_code", "")))
                 for row, rec in rows if rec.person]
        if not parts:
            return
        keys = [rec.person_key for rec in with_person]  # sort keys, worked out with the row
        by_email: dict[str, list[tuple[int, int | None]]] = {}
        for pid, email, company_id in sql.persons_by_email(str(p["email"]) for _, p, _, _ in parts if p.get("email")):
            by_email.setdefault(email.lower(), []).append((pid, company_id))
        wanted = set(keys)
        # Candidates for matching by name: the persons of the row's company (the companies this chunk
        # made have none yet), those at a company at the row's postal code, those without a company.
        companies = {c for _, _, c, _ in parts if c is not None and c not in new_companies}
        by_name: dict[str, list[tuple[int, int | None, str, str]]] = {}
        for pid, key, company_id, postal, email in (
                *sql.persons_named_at_companies((c, keys[i]) for i, (_, _, c, _) in enumerate(parts)
                                                if c in companies),
                *sql.persons_at_postal_codes((p for _, _, _, p in parts), wanted, companies),
                *sql.persons_without_company(wanted)):
            if key in wanted:
                by_name.setdefault(key, []).append((pid, company_id, postal or "", email.lower() if email else ""))
        created: dict[int, dict[str, object]] = {}
        logged: dict[int, str] = {}  # the new persons' text fields as JSON (RowRecord.person_log)
        matched: list[tuple[int, int, dict[str, object], str]] = []
        person_of_row: dict[int, int] = {}
        new_id = self._new_id
        for i, (number, values, company_id, postal) in enumerate(parts):
            how = _choice(number, on_match, row_actions)
            values = dict(values)
            if company_id is not None:
                values["company_id"] = company_id
            email = str(values.get("email", "")).lower()
            key = keys[i]
            found = None if how == "new" else _find_person(by_email, by_name, email, key, company_id, postal)
            if found is None:
                pid = new_id("person")
                self.created_rows.add(pid, number)
                values["_sort_key"] = key
                created[pid] = values
                log = with_person[i].person_log
                if log is not None:
                    logged[pid] = log
                if email:
                    by_email.setdefault(email, []).append((pid, company_id))
                by_name.setdefault(key, []).append((pid, company_id, postal, email))
            else:
                pid = found
                matched.append((number, pid, values, how))
            person_of_row[number] = pid
        before, working = self._merge_existing("person", sql.PERSON_FIELDS, matched, created)
        for number, pid, values, how in matched:
            if pid in created:
                merged = _merged(created[pid], values, "fill" if how == "skip" else how)
                if merged is not created[pid]:
                    logged.pop(pid, None)  # the row's own text fields are not all of it any more
                    created[pid] = merged
                if how == "overwrite":
                    created[pid].pop("_sort_key", None)  # the name may have changed
            elif pid in working:
                out.matches.append((number, "person", pid, how))
        self._write_persons(created, before, working, person_of_row, out, logged)

    def _write_persons(self, created: dict[int, dict[str, object]], before: dict[int, dict[str, object]],
                       working: dict[int, dict[str, object]], person_of_row: dict[int, int], out: Outcome,
                       logged: dict[int, str]) -> None:
        act = self.act
        at, actor_id = act.at, act.actor.id
        row_of = {pid: row for row, pid in person_of_row.items()}
        changing = [pid for pid, new in working.items() if new is not before[pid]]
        company_ids = {v["company_id"] for v in (*created.values(), *(working[pid] for pid in changing),
                                                 *(before[pid] for pid in changing)) if v.get("company_id") is not None}
        details = sql.company_details(company_ids)  # type: ignore[arg-type]
        categories = {cid: category for cid, (_, category) in details.items()}
        company_uuids = {cid: uuid for cid, (uuid, _) in details.items()}
        uuids = out.uuids["person"]
        inserts, links, logs = [], [], []
        fields = sql.PERSON_FIELDS
        for (pid, values), uuid in zip(created.items(), new_uuids(len(created)), strict=True):
            company_id = values.get("company_id")
            rule = self._rule(categories.get(company_id))  # type: ignore[arg-type]
            chosen = values.get("lead_status_id")
            try:
                status = lead_rules.lead_status_for_new_person(rule, chosen, self.default_status)  # type: ignore[arg-type]
            except RuleViolation as exc:
                self._problem(out, row_of.get(pid, 0), Problem("lead_status_id", exc.message, False))
                status = lead_rules.lead_status_for_new_person(rule, None, self.default_status)
            values["lead_status_id"] = status
            values.setdefault("left_company", 0)
            sort_key = values.get("_sort_key")
            if not sort_key:
                sort_key = values["_sort_key"] = person_sort_key_fast(str(values.get("last_name", "")),
                                                                      str(values.get("middle_name", "")),
                                                                      str(values.get("first_name", "")))
            uuids[pid] = uuid
            inserts.append((pid, uuid, at, at, actor_id, sort_key, *map(values.get, fields, _PERSON_DEFAULTS)))
            interest_ids = values.get("interest_ids")
            if interest_ids:
                links.extend((pid, i) for i in sorted(interest_ids))  # type: ignore[call-overload]
            refs: dict[str, object] = {}  # the snapshot's references (PERSON_LOGGED_REFS)
            if company_id is not None:
                refs["company_id"] = company_uuids.get(company_id)  # type: ignore[call-overload]
            if status is not None:
                refs["lead_status_id"] = self.lists.uuid(ListKind.LEAD_STATUS, status)
            if values.get("left_company"):
                refs["left_company"] = True
            if interest_ids:
                refs["interest_ids"] = self._interest_uuids("person", interest_ids)
            text = logged.get(pid)  # the text fields as JSON, when they came with the row
            logs.append((uuid, person_snapshot_json(text, refs) if text is not None else
                         {**{f: v for f in PERSON_LOGGED_TEXT if (v := values.get(f))}, **refs}))
        if inserts:
            self.person_index.before_insert(inserts[0][0])  # ids go up: the first of this chunk's
        sql.insert_persons(inserts)
        sql.add_interest_links(*_LINKS["person"], links)
        self._log_creates("person", logs)
        out.created["person"] += len(created)
        out.touched["person"].update(created)
        updates = []
        for pid, new in working.items():
            old = before[pid]
            if new is old:  # the rows changed nothing (and so no lead rule applies)
                out.unchanged["person"] += 1
                continue
            self._person_status(old, new, categories, out, row_of.get(pid, 0))
            changed = [f for f in (*fields, "interest_ids") if new.get(f) != old.get(f)]
            if not changed:
                out.unchanged["person"] += 1
                continue
            out.updated["person"] += 1
            out.touched["person"].add(pid)
            uuids[pid] = str(old["uuid"])
            updates.append((person_sort_key_fast(str(new["last_name"]), str(new["middle_name"]),
                                                 str(new["first_name"])),
                            *(new[f] for f in fields), at, actor_id, pid))
            for f in changed:
                if f == "interest_ids":
                    act.log("person", str(old["uuid"]), "update", "interest_ids",
                            self._interest_uuids("person", old[f]), self._interest_uuids("person", new[f]))
                    sql.add_interest_links(*_LINKS["person"], [(pid, i) for i in sorted(set(new[f]) - set(old[f]))])  # type: ignore[arg-type]
                else:
                    act.log("person", str(old["uuid"]), "update", f, self._journal(f, old[f], company_uuids),
                            self._journal(f, new[f], company_uuids))
        self.person_index.before_update(row[-1] for row in updates)
        sql.update_rows("person", ("sort_key", *fields), updates)

    def close(self) -> None:
        """Before the import commits: the persons it made into the search index, and its insert
        trigger back (a rollback brings the trigger back by itself)."""
        self.person_index.close()

    def _person_status(self, old: dict[str, object], new: dict[str, object], categories: dict[int, int | None],
                       out: Outcome, row: int) -> None:
        """The lead rules for a matched person whose company or lead status the row changes."""
        old_rule = self._rule(categories.get(old.get("company_id")))  # type: ignore[arg-type]
        new_rule = self._rule(categories.get(new.get("company_id")))  # type: ignore[arg-type]
        if old.get("company_id") != new.get("company_id"):
            new["lead_status_id"] = lead_rules.lead_status_after_company_move(
                old_rule, new_rule, old.get("lead_status_id"), self.default_status)  # type: ignore[arg-type]
        elif new.get("lead_status_id") != old.get("lead_status_id"):
            try:
                lead_rules.check_lead_status_edit(new_rule, old.get("lead_status_id"),  # type: ignore[arg-type]
                                                  new.get("lead_status_id"))  # type: ignore[arg-type]
            except RuleViolation as exc:
                self._problem(out, row, Problem("lead_status_id", exc.message, False))
                new["lead_status_id"] = old.get("lead_status_id")

    def person_duplicates(self) -> Outcome:
        """The persons this import made whose name is much like that of a colleague at the same
        company who came before them (already there, or made earlier in the import); run once, at
        the end, a company at a time (``sql.company_groups_from``). In a company of more than
        ``BIG_COMPANY`` persons only names with the same first letter are compared (every pair would
        be billions of comparisons for a members' organisation of 50,000)."""
        out = Outcome()
        first = self.created_rows.first_id
        if not self.check_duplicates or first is None:
            return out
        keys = self.dedupe_keys
        for group in sql.company_groups_from(first):
            if len(group) < 2 or group[-1][0] < first:
                continue
            if len(keys) > _DEDUPE_KEYS_KEPT:
                keys.clear()
            named = [(r[0], keys[r[1]]) for r in group]  # (id, dedupe key) in id order
            if len(named) <= BIG_COMPANY:
                self._duplicates_among(named, first, out)
                continue
            blocks: dict[str, list[tuple[int, str]]] = {}
            for pid, key in named:
                blocks.setdefault(key[:1], []).append((pid, key))
            for block in blocks.values():
                self._duplicates_among(block, first, out)
        out.duplicates.sort()
        return out

    def _duplicates_among(self, named: list[tuple[int, str]], first: int, out: Outcome) -> None:
        """Each person made by this import (id >= ``first``) against those before them in ``named``."""
        rows = self.created_rows
        ids: list[int] = []
        names: list[str] = []
        for pid, key in named:
            if pid >= first and names:
                for _, _, k in process.extract(key, names, scorer=fuzz.ratio, score_cutoff=75, limit=None):
                    score = dedupe.person_similarity(key, names[k])
                    if score >= dedupe.NAME_THRESHOLD:
                        row = rows.row(pid)
                        out.duplicates.append((row, "person", pid, ids[k], int(score)))
                        self._problem(out, row, Problem(
                            "last_name", Message(POSSIBLE_DUPLICATE, {"score": int(score)}), False))
                        break
            ids.append(pid)
            names.append(key)
