"""The write side of an import: list values resolved, rows matched to records, one chunk written.

Used by ``services.importer`` inside its one transaction. A chunk of rows is matched with a few
batched look-ups, merged (skip / fill empty fields / overwrite), written with ``executemany``, and
journaled: a create is one journal row with a JSON snapshot, an update one row per changed field,
references as UUIDs, so ``services.undo.undo_action(tx)`` reverts the whole import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from desktop_crm.db import importing as sql
from desktop_crm.db import lists as db_lists
from desktop_crm.db.journal import Action
from desktop_crm.domain import dedupe, lead_rules
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import LIST_LABELS, ListKind
from desktop_crm.domain.errors import CrmError, RuleViolation
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.import_rows import Problem, RowRecord, fold_fast, person_sort_key_fast
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
_LINKS = {"company": ("company_interest_link", "company_id"), "person": ("person_interest_link", "person_id")}
_PERSON_TEXT = ("salutation", "first_name", "middle_name", "last_name", "position", "email", "phone", "mobile", "notes")


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
    problems: dict[int, list[Problem]] = field(default_factory=dict)
    matches: list[tuple[int, str, int, str]] = field(default_factory=list)
    duplicates: list[tuple[int, str, int, int, int]] = field(default_factory=list)


def _empty(value: object) -> bool:
    return value in ("", None) or (isinstance(value, set | frozenset) and not value)


def merge(current: dict[str, object], incoming: dict[str, object], how: str) -> dict[str, object]:
    """The values after applying ``incoming`` with ``how`` (fill: only empty fields; overwrite: every
    field the row has a value for; notes are added to, never replaced; interests are added)."""
    out = dict(current)
    if how == "skip":
        return out
    for name, value in incoming.items():
        if _empty(value):
            continue
        old = out.get(name)
        if name == "interest_ids":
            out[name] = set(old or ()) | set(value)  # type: ignore[arg-type]
        elif name == "notes":
            text = str(value)
            if _empty(old):
                out[name] = text
            elif how == "overwrite" and text not in str(old):
                out[name] = f"{old}\n{text}"
        elif how == "overwrite" or _empty(old):
            out[name] = value
    return out


class _Index:
    """Keys of records already in the database (looked up per chunk) and those the chunk creates:
    key -> [(id, company_id, postal code, a value that must not differ: KvK or e-mail)]."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], list[tuple[int, int | None, str, str]]] = {}

    def add(self, key_kind: str, key: str, record_id: int, company_id: int | None = None, postal: str = "",
            other: str = "") -> None:
        if key:
            self.keys.setdefault((key_kind, key), []).append((record_id, company_id, postal or "", other or ""))

    def get(self, key_kind: str, key: str) -> list[tuple[int, int | None, str, str]]:
        return self.keys.get((key_kind, key), []) if key else []


def _differ(mine: str, theirs: str) -> bool:
    """Two records with different KvK numbers (or e-mail addresses) are not the same one."""
    return bool(mine and theirs and mine.lower() != theirs.lower())


class ChunkWriter:
    def __init__(self, act: Action, lists: ListResolver, *, check_duplicates: bool = True) -> None:
        self.act = act
        self.lists = lists
        self.check_duplicates = check_duplicates
        self.changes = ChangeSet()
        self.default_status = db_lists.default_lead_status()
        self.rules: dict[int | None, lead_rules.CategoryRule | None] = {}
        self.next_ids: dict[str, int] = {}

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

    # --- one chunk ---------------------------------------------------------------------------------

    def write(self, rows: list[tuple[SourceRow, RowRecord]], on_match: str, row_actions: dict[int, str]) -> Outcome:
        out = Outcome()
        if not rows:
            return out
        company_of_row = self._companies(rows, on_match, row_actions, out)
        self._persons(rows, company_of_row, on_match, row_actions, out)
        out.imported_rows = len(rows)
        return out

    def _problem(self, out: Outcome, row: int, problem: Problem) -> None:
        out.problems.setdefault(row, []).append(problem)

    def _companies(self, rows, on_match: str, row_actions: dict[int, str], out: Outcome) -> dict[int, int]:
        parts = [(row, rec.company) for row, rec in rows if rec.company]
        index = _Index()
        if parts:
            kvks = [str(c.get("kvk", "")) for _, c in parts]
            for _, c in parts:
                c["_name_sort"] = fold_fast(str(c["name"]))  # company_sort_key, once per row
            names = [str(c["_name_sort"]) for _, c in parts]
            emails = [v for _, c in parts if (e := str(c.get("email", ""))) for v in (e, e.lower())]
            for cid, kvk, postal, _ in sql.companies_by("kvk", kvks):
                index.add("kvk", kvk, cid, None, postal, kvk)
            for cid, name_sort, postal, kvk in sql.companies_by("name_sort", names):
                index.add("name", name_sort, cid, None, postal, kvk)
            for cid, email, postal, kvk in sql.companies_by("email", emails):
                index.add("email", email.lower(), cid, None, postal, kvk)
        created: dict[int, dict[str, object]] = {}
        matched: list[tuple[SourceRow, int, dict[str, object], str]] = []
        company_of_row: dict[int, int] = {}
        for row, values in parts:
            how = row_actions.get(row.number) or on_match
            name_sort = str(values.pop("_name_sort"))
            postal = str(values.get("postal_code", ""))
            found = None if how == "new" else self._find_company(index, values, name_sort, postal)
            if found is None:
                cid = self._new_id("company")
                created[cid] = dict(values)
                kvk = str(values.get("kvk", ""))
                index.add("kvk", kvk, cid, None, postal, kvk)
                index.add("name", name_sort, cid, None, postal, kvk)
                index.add("email", str(values.get("email", "")).lower(), cid, None, postal, kvk)
            else:
                cid = found
                matched.append((row, cid, values, "fill" if how == "new" else how))
            company_of_row[row.number] = cid
        existing_ids = {cid for _, cid, _, _ in matched if cid not in created}
        current = sql.rows_of("company", sql.COMPANY_FIELDS, existing_ids)
        interests = sql.interest_ids(*_LINKS["company"], existing_ids)
        before = {cid: dict(current[cid], interest_ids=interests.get(cid, set())) for cid in current}
        working = {cid: dict(values) for cid, values in before.items()}
        for row, cid, values, how in matched:
            if cid in created:
                created[cid] = merge(created[cid], values, "fill" if how == "skip" else how)
            elif cid in working:
                working[cid] = merge(working[cid], values, how)
                out.matches.append((row.number, "company", cid, how))
        self._write_companies(created, before, working, out)
        if self.check_duplicates and created:
            self._company_duplicates(created, company_of_row, out)
        return company_of_row

    @staticmethod
    def _find_company(index: _Index, values: dict[str, object], name_sort: str, postal: str) -> int | None:
        kvk = str(values.get("kvk", ""))
        for cid, _, _, _ in index.get("kvk", kvk):
            return cid
        by_name = [c for c in index.get("name", name_sort) if not _differ(kvk, c[3])]
        for cid, _, their_postal, _ in by_name:
            if postal and their_postal == postal:
                return cid
        for cid, _, _, their_kvk in index.get("email", str(values.get("email", "")).lower()):
            if not _differ(kvk, their_kvk):
                return cid
        loose = [cid for cid, _, their_postal, _ in by_name if not postal or not their_postal]
        return loose[0] if loose else None

    def _write_companies(self, created: dict[int, dict[str, object]], before: dict[int, dict[str, object]],
                         working: dict[int, dict[str, object]], out: Outcome) -> None:
        act = self.act
        uuids = {cid: new_uuid() for cid in created}
        inserts, links = [], []
        for cid, values in created.items():
            inserts.append((cid, uuids[cid], act.at, act.at, act.actor.id, fold_fast(str(values["name"])),
                            *(values.get(f, "" if f not in ("employees", "branches", "category_id", "business_id",
                                                             "our_contact_id") else None)
                              for f in sql.COMPANY_FIELDS)))
            links.extend((cid, i) for i in sorted(values.get("interest_ids", ())))  # type: ignore[arg-type]
        sql.insert_companies(inserts)
        sql.add_interest_links(*_LINKS["company"], links)
        for cid, values in created.items():
            snapshot = {f: self._journal(f, values[f], {}) for f in sql.COMPANY_FIELDS if not _empty(values.get(f))}
            if values.get("interest_ids"):
                snapshot["interest_ids"] = self._interest_uuids("company", values["interest_ids"])
            act.log("company", uuids[cid], "create", None, None, snapshot)
        out.created["company"] += len(created)
        out.touched["company"].update(created)
        updates, moves = [], []
        for cid, new in working.items():
            old = before[cid]
            changed = [f for f in (*sql.COMPANY_FIELDS, "interest_ids") if new.get(f) != old.get(f)]
            if not changed:
                out.unchanged["company"] += 1
                continue
            out.updated["company"] += 1
            out.touched["company"].add(cid)
            updates.append((fold_fast(str(new["name"])), *(new[f] for f in sql.COMPANY_FIELDS),
                            act.at, act.actor.id, cid))
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
        sql.update_rows("company", ("name_sort", *sql.COMPANY_FIELDS), updates)
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

    def _persons(self, rows, company_of_row: dict[int, int], on_match: str, row_actions: dict[int, str],
                 out: Outcome) -> None:
        parts = [(row, rec.person, company_of_row.get(row.number), str(rec.company.get("postal_code", "")))
                 for row, rec in rows if rec.person]
        if not parts:
            return
        index = _Index()
        keys = {row.number: person_sort_key_fast(str(p.get("last_name", "")), str(p.get("middle_name", "")),
                                                 str(p.get("first_name", ""))) for row, p, _, _ in parts}
        for pid, email, company_id in sql.persons_by_email(str(p["email"]) for _, p, _, _ in parts if p.get("email")):
            index.add("email", email.lower(), pid, company_id)
        wanted = set(keys.values())
        near = sql.persons_near((c for _, _, c, _ in parts), (p for _, _, _, p in parts), wanted)
        for pid, key, company_id, postal, email in near + sql.persons_without_company(wanted):
            if key in wanted:
                index.add("name", key, pid, company_id, postal or "", email)
        created: dict[int, dict[str, object]] = {}
        matched: list[tuple[SourceRow, int, dict[str, object], str]] = []
        person_of_row: dict[int, int] = {}
        for row, values, company_id, postal in parts:
            how = row_actions.get(row.number) or on_match
            values = dict(values)
            if company_id is not None:
                values["company_id"] = company_id
            email = str(values.get("email", "")).lower()
            found = None if how == "new" else self._find_person(index, email, keys[row.number], company_id, postal)
            if found is None:
                pid = self._new_id("person")
                values["_sort_key"] = keys[row.number]
                created[pid] = values
                index.add("email", email, pid, company_id)
                index.add("name", keys[row.number], pid, company_id, postal, email)
            else:
                pid = found
                matched.append((row, pid, values, "fill" if how == "new" else how))
            person_of_row[row.number] = pid
        existing = {pid for _, pid, _, _ in matched if pid not in created}
        current = sql.rows_of("person", sql.PERSON_FIELDS, existing)
        interests = sql.interest_ids(*_LINKS["person"], existing)
        before = {pid: dict(current[pid], interest_ids=interests.get(pid, set())) for pid in current}
        working = {pid: dict(values) for pid, values in before.items()}
        for row, pid, values, how in matched:
            if pid in created:
                created[pid] = merge(created[pid], values, "fill" if how == "skip" else how)
                if how == "overwrite":
                    created[pid].pop("_sort_key", None)  # the name may have changed
            elif pid in working:
                working[pid] = merge(working[pid], values, how)
                out.matches.append((row.number, "person", pid, how))
        self._write_persons(created, before, working, person_of_row, out)
        if self.check_duplicates and created:
            self._person_duplicates(created, person_of_row, near, out)

    @staticmethod
    def _find_person(index: _Index, email: str, key: str, company_id: int | None, postal: str) -> int | None:
        by_email = index.get("email", email)
        for pid, their_company, _, _ in by_email:
            if their_company == company_id:
                return pid
        if by_email:
            return by_email[0][0]
        for pid, their_company, their_postal, their_email in index.get("name", key):
            if _differ(email, their_email):
                continue  # the same name with another e-mail address: someone else
            if their_company == company_id or (postal and their_postal == postal):
                return pid
        return None

    def _company_categories(self, company_ids: set[int]) -> dict[int, int | None]:
        rows = sql.rows_of("company", ("category_id",), company_ids)
        return {cid: r["category_id"] for cid, r in rows.items()}  # type: ignore[misc]

    def _write_persons(self, created: dict[int, dict[str, object]], before: dict[int, dict[str, object]],
                       working: dict[int, dict[str, object]], person_of_row: dict[int, int], out: Outcome) -> None:
        act = self.act
        row_of = {pid: row for row, pid in person_of_row.items()}
        company_ids = {v["company_id"] for v in (*created.values(), *working.values(), *before.values())
                       if v.get("company_id") is not None}
        categories = self._company_categories(company_ids)  # type: ignore[arg-type]
        company_uuids = sql.company_uuids(company_ids)  # type: ignore[arg-type]
        uuids = {pid: new_uuid() for pid in created}
        inserts, links = [], []
        for pid, values in created.items():
            rule = self._rule(categories.get(values.get("company_id")))  # type: ignore[arg-type]
            chosen = values.get("lead_status_id")
            try:
                status = lead_rules.lead_status_for_new_person(rule, chosen, self.default_status)  # type: ignore[arg-type]
            except RuleViolation as exc:
                self._problem(out, row_of.get(pid, 0), Problem("lead_status_id", exc.message, False))
                status = lead_rules.lead_status_for_new_person(rule, None, self.default_status)
            values["lead_status_id"] = status
            values.setdefault("left_company", 0)
            if not values.get("_sort_key"):
                values["_sort_key"] = person_sort_key_fast(str(values.get("last_name", "")),
                                                           str(values.get("middle_name", "")),
                                                           str(values.get("first_name", "")))
            inserts.append((pid, uuids[pid], act.at, act.at, act.actor.id, values["_sort_key"],
                            *(values.get(f, None if f in ("company_id", "lead_status_id") else "")
                              for f in sql.PERSON_FIELDS)))
            links.extend((pid, i) for i in sorted(values.get("interest_ids", ())))  # type: ignore[arg-type]
        sql.insert_persons(inserts)
        sql.add_interest_links(*_LINKS["person"], links)
        for pid, values in created.items():
            snapshot = {f: v for f in _PERSON_TEXT if (v := values.get(f))}
            if values.get("company_id") is not None:
                snapshot["company_id"] = company_uuids.get(values["company_id"])  # type: ignore[call-overload]
            if values.get("lead_status_id") is not None:
                snapshot["lead_status_id"] = self.lists.uuid(ListKind.LEAD_STATUS, values["lead_status_id"])  # type: ignore[arg-type]
            if values.get("left_company"):
                snapshot["left_company"] = True
            if values.get("interest_ids"):
                snapshot["interest_ids"] = self._interest_uuids("person", values["interest_ids"])
            act.log("person", uuids[pid], "create", None, None, snapshot)
        out.created["person"] += len(created)
        out.touched["person"].update(created)
        updates = []
        for pid, new in working.items():
            old = before[pid]
            self._person_status(old, new, categories, out, row_of.get(pid, 0))
            changed = [f for f in (*sql.PERSON_FIELDS, "interest_ids") if new.get(f) != old.get(f)]
            if not changed:
                out.unchanged["person"] += 1
                continue
            out.updated["person"] += 1
            out.touched["person"].add(pid)
            updates.append((person_sort_key_fast(str(new["last_name"]), str(new["middle_name"]),
                                                 str(new["first_name"])),
                            *(new[f] for f in sql.PERSON_FIELDS), act.at, act.actor.id, pid))
            for f in changed:
                if f == "interest_ids":
                    act.log("person", str(old["uuid"]), "update", "interest_ids",
                            self._interest_uuids("person", old[f]), self._interest_uuids("person", new[f]))
                    sql.add_interest_links(*_LINKS["person"], [(pid, i) for i in sorted(set(new[f]) - set(old[f]))])  # type: ignore[arg-type]
                else:
                    act.log("person", str(old["uuid"]), "update", f, self._journal(f, old[f], company_uuids),
                            self._journal(f, new[f], company_uuids))
        sql.update_rows("person", ("sort_key", *sql.PERSON_FIELDS), updates)

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

    def _person_duplicates(self, created: dict[int, dict[str, object]], person_of_row: dict[int, int],
                           near: list[tuple], out: Outcome) -> None:
        """New persons whose name is much like a colleague's at the same company (already there, or
        earlier in this chunk)."""
        row_of = {pid: row for row, pid in person_of_row.items()}
        by_company: dict[int, list[tuple[int, str]]] = {}
        for pid, sort_key, company_id, _, _ in near:
            if company_id is not None:
                by_company.setdefault(company_id, []).append((pid, dedupe.key_from_sort_key(sort_key)))
        for pid, values in created.items():
            company_id = values.get("company_id")
            if company_id is None:
                continue
            key = dedupe.key_from_sort_key(str(values["_sort_key"]))
            colleagues = by_company.setdefault(company_id, [])  # type: ignore[arg-type]
            if colleagues:
                for _, _, j in process.extract(key, [k for _, k in colleagues], scorer=fuzz.ratio,
                                               score_cutoff=75, limit=None):
                    other = colleagues[j][0]
                    score = dedupe.person_similarity(key, colleagues[j][1])
                    if other != pid and score >= dedupe.NAME_THRESHOLD:
                        out.duplicates.append((row_of.get(pid, 0), "person", pid, other, int(score)))
                        self._problem(out, row_of.get(pid, 0), Problem(
                            "last_name", Message(POSSIBLE_DUPLICATE, {"score": int(score)}), False))
                        break
            colleagues.append((pid, key))
