"""Saved selections: dynamic (criteria), static (frozen members) and combined; each write one action.

Every function that writes runs in one ``action()`` (one transaction, journaled). Members are
journaled on the selection's record as ``members`` changes holding the record UUIDs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desktop_crm.db import selection_sql as store
from desktop_crm.db.journal import Action, Actor, action, decode, entries_of_tx
from desktop_crm.domain import criteria as cr
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.criteria import Criteria, CriteriaError, Definition
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import FieldError, NotFound, RuleViolation, ValidationFailed
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import fold, listed_name
from desktop_crm.services import lists, session

KIND = "selection"
ProgressFn = Callable[[int, int], bool]
TARGETS = ("company", "person")

NAME_REQUIRED = QT_TRANSLATE_NOOP("Messages", "A selection needs a name.")
SELECTION_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "This selection was not found; it may have been deleted.")
BAD_TARGET = cr.UNKNOWN_TARGET
NOT_STATIC = QT_TRANSLATE_NOOP("Messages", "Members can only be added to or removed from a static selection.")


@dataclass
class SelectionInfo:
    id: int
    uuid: str
    name: str
    description: str
    target: str
    kind: str
    criteria_json: str = ""
    combine_op: str | None = None
    left_id: int | None = None
    right_id: int | None = None
    version: int = 1
    updated_at: str = ""


def _info(row: dict[str, object]) -> SelectionInfo:
    return SelectionInfo(id=row["id"], uuid=row["uuid"], name=row["name"], description=row["description"],  # type: ignore[arg-type]
                         target=row["target"], kind=row["kind"], criteria_json=row["criteria_json"] or "",  # type: ignore[arg-type]
                         combine_op=row["combine_op"], left_id=row["left_id"], right_id=row["right_id"],  # type: ignore[arg-type]
                         version=row["version"], updated_at=row["updated_at"])  # type: ignore[arg-type]


def _check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationFailed([FieldError("name", Message(NAME_REQUIRED))])
    return name


def _check_target(target: str) -> None:
    if target not in TARGETS:
        raise ValidationFailed([FieldError("target", Message(BAD_TARGET, {"value": target}))])


def get(selection_id: int) -> SelectionInfo:
    row = store.selection_row(selection_id)
    if row is None:
        raise NotFound(Message(SELECTION_NOT_FOUND))
    return _info(row)


def all_selections(target: str | None = None) -> list[SelectionInfo]:
    return [_info(r) for r in store.selection_rows(target)]


def _create(act: Action, values: dict[str, object]) -> int:
    uuid = new_uuid()
    selection_id = store.insert_selection(values, uuid=uuid, at=act.at, actor_id=act.actor.id)
    act.log(KIND, uuid, "create", None, None, {k: v for k, v in values.items() if v not in ("", None)})
    return selection_id


def _log_members(act: Action, selection_uuid: str, target: str, ids: list[int], added: bool) -> None:
    if not ids:
        return
    uuids = store.uuids_of(target, ids)
    value = sorted(uuids[i] for i in ids if i in uuids)
    act.log(KIND, selection_uuid, "update", "members", None if added else value, value if added else None)


def create_static(name: str, target: str, ids: Iterable[int], description: str = "", *,
                  actor: Actor | None = None) -> int:
    """A new static selection holding the live records among ``ids``; returns its id.

    Joins the caller's action when called inside one (an import makes its selection this way).
    """
    actor = actor or session.current()
    session.require_editor(actor)
    name = _check_name(name)
    _check_target(target)
    with action(actor) as act:
        selection_id = _create(act, {"name": name, "description": description or "", "target": target,
                                     "kind": "static", "criteria_json": ""})
        row = store.selection_row(selection_id)
        assert row is not None
        _add(act, selection_id, str(row["uuid"]), target, ids)
    return selection_id


def _static_row(selection_id: int) -> dict[str, object]:
    row = store.selection_row(selection_id)
    if row is None:
        raise NotFound(Message(SELECTION_NOT_FOUND))
    if row["kind"] != "static":
        raise ValidationFailed([FieldError("kind", Message(NOT_STATIC))])
    return row


def _add(act: Action, selection_id: int, selection_uuid: str, target: str, ids: Iterable[int]) -> list[int]:
    live = store.live_ids(target, ids)
    present = set(store.member_ids_among(selection_id, live))  # one query, not one per id
    new = [i for i in live if i not in present]
    store.add_members(selection_id, new)
    _log_members(act, selection_uuid, target, new, added=True)
    return new


def add_members(selection_id: int, ids: Sequence[int] | Iterable[int], *, actor: Actor | None = None) -> ChangeSet:
    """Add live records to a static selection (ids already in it, or deleted, are skipped)."""
    actor = actor or session.current()
    session.require_editor(actor)
    changes = ChangeSet()
    with action(actor) as act:
        row = _static_row(selection_id)
        new = _add(act, selection_id, str(row["uuid"]), str(row["target"]), ids)
        if new:
            store.update_selection(selection_id, {}, act.at, act.actor.id)
            changes.add(KIND, selection_id)
            changes.undo = act.tx
    return changes


def remove_members(selection_id: int, ids: Iterable[int], *, actor: Actor | None = None) -> ChangeSet:
    """Take records out of a static selection."""
    actor = actor or session.current()
    session.require_editor(actor)
    changes = ChangeSet()
    with action(actor) as act:
        row = _static_row(selection_id)
        present = sorted(store.member_ids_among(selection_id, list(dict.fromkeys(ids))))
        if present:
            store.remove_members(selection_id, present)
            store.update_selection(selection_id, {}, act.at, act.actor.id)
            _log_members(act, str(row["uuid"]), str(row["target"]), present, added=False)
            changes.add(KIND, selection_id)
            changes.undo = act.tx
    return changes


NOT_SAME_TARGET = QT_TRANSLATE_NOOP("Messages", "Only two selections of companies, or two of persons, can be combined.")
IN_USE = QT_TRANSLATE_NOOP(
    "Messages", "\"{name}\" is part of the combined selection \"{other}\"; delete that one first.")
BAD_OPERATION = QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a way to combine selections.")
NOT_DYNAMIC = QT_TRANSLATE_NOOP("Messages", "Only a dynamic selection has criteria.")
TOO_DEEP = QT_TRANSLATE_NOOP("Messages", "Combined selections are nested too deeply.")
COPY_OF = QT_TRANSLATE_NOOP("Messages", "{name} (copy)")
NO_LEAD_STATUS_HERE = QT_TRANSLATE_NOOP(
    "Messages", "The lead status of {name} cannot change: the company is not in a lead-enabled category.")


class DefinitionError(ValidationFailed):
    """A selection definition (criteria or file) that cannot be used; nothing was changed. Every
    problem is one entry of ``errors`` (``i18n.tr_error`` shows them on one line)."""

    def __init__(self, error: CriteriaError) -> None:
        super().__init__([FieldError("definition", m) for m in error.messages])
        self.messages = error.messages

    def __str__(self) -> str:
        return " ".join(m.english() for m in self.messages)


def _checked(criteria: Criteria) -> Criteria:
    try:
        return cr.check(criteria)
    except CriteriaError as exc:
        raise DefinitionError(exc) from None


# --- what a selection is, as SQL ------------------------------------------------------------------

Source = int | Criteria  # a saved selection's id, or criteria being edited


def _query_of_row(row: dict[str, object], today: date | None, depth: int = 0) -> store.Query:
    if depth > 16:
        raise RuleViolation(Message(TOO_DEEP))
    target, kind = str(row["target"]), row["kind"]
    if kind == "static":
        return store.compile_members(target, int(row["id"]))  # type: ignore[call-overload]
    if kind == "combined":
        first = store.selection_row(int(row["left_id"]), include_deleted=True)  # type: ignore[call-overload]
        second = store.selection_row(int(row["right_id"]), include_deleted=True)  # type: ignore[call-overload]
        if first is None or second is None:
            raise NotFound(Message(SELECTION_NOT_FOUND))
        return store.compile_combined(str(row["combine_op"]), _query_of_row(first, today, depth + 1),
                                      _query_of_row(second, today, depth + 1))
    return store.compile_criteria(criteria_of_json(target, str(row["criteria_json"])), today)


@lru_cache(maxsize=64)
def _compiled(criteria: Criteria, today: date) -> store.Query:
    return store.compile_criteria(_checked(criteria), today)


def query(source: Source, today: date | None = None) -> store.Query:
    """The one SQL query that returns the members of ``source`` (relative dates as of ``today``).
    Criteria are compiled once per day (a search screen runs the same criteria again and again); the
    query depends on nothing but the criteria and the day."""
    if isinstance(source, Criteria):
        day = today or date.today()
        try:
            return _compiled(source, day)
        except TypeError:  # a value that cannot be a cache key (a list instead of a tuple)
            return store.compile_criteria(_checked(source), day)
    row = store.selection_row(source)
    if row is None:
        raise NotFound(Message(SELECTION_NOT_FOUND))
    return _query_of_row(row, today)


def target_of(source: Source) -> str:
    return source.target if isinstance(source, Criteria) else get(source).target


def count(source: Source) -> int:
    return store.count(query(source))


def first_page(source: Source, sort: str = "name", descending: bool = False, limit: int = 100) -> list[int]:
    """The first screen of members in the chosen order: one LIMIT query (no count, no full id list)."""
    return store.page(query(source), sort, descending, limit)


def first_screen(source: Source, sort: str = "name", descending: bool = False,
                 limit: int = 100) -> tuple[list[int], int]:
    """The first screen and the count (compiled once)."""
    q = query(source)
    return store.page(q, sort, descending, limit), store.count(q)


def member_ids(source: Source, sort: str | None = "name", descending: bool = False,
               total: int | None = None) -> list[int]:
    """Every member id in order (for scrolling a long result list, bulk actions, export); pass the
    count when known so that a long list walks the name index instead of sorting."""
    return store.all_ids(query(source), sort, descending, total)


def criteria_of(selection_id: int) -> Criteria:
    info = get(selection_id)
    if info.kind != "dynamic":
        raise ValidationFailed([FieldError("kind", Message(NOT_DYNAMIC))])
    return criteria_of_json(info.target, info.criteria_json)


def criteria_of_json(target: str, text: str) -> Criteria:
    """Criteria as stored in the database (list values by id)."""
    data = json.loads(text) if text else {"match": "all", "rows": []}
    return cr.Criteria(target, cr.group_from_json(data, target))


def criteria_to_db(criteria: Criteria) -> str:
    return json.dumps(cr.criteria_to_json(criteria), ensure_ascii=False, sort_keys=True)


# --- result rows ----------------------------------------------------------------------------------

RESULT_COLUMNS: dict[str, dict[str, str]] = {
    "person": {
        "name": QT_TRANSLATE_NOOP("Fields", "Name"), "company": QT_TRANSLATE_NOOP("Fields", "Company"),
        "position": QT_TRANSLATE_NOOP("Fields", "Position"), "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("Fields", "Phone"), "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
        "lead_status": QT_TRANSLATE_NOOP("Fields", "Lead status"),
        "category": QT_TRANSLATE_NOOP("Fields", "Category"), "city": QT_TRANSLATE_NOOP("Fields", "City"),
        "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
        "our_contact": QT_TRANSLATE_NOOP("Fields", "Our contact"),
        "updated": QT_TRANSLATE_NOOP("Criteria", "Updated"), "created": QT_TRANSLATE_NOOP("Criteria", "Created"),
    },
    "company": {
        "name": QT_TRANSLATE_NOOP("Fields", "Name"), "category": QT_TRANSLATE_NOOP("Fields", "Category"),
        "city": QT_TRANSLATE_NOOP("Fields", "City"), "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
        "country": QT_TRANSLATE_NOOP("Fields", "Country"), "business": QT_TRANSLATE_NOOP("Fields", "Business"),
        "our_contact": QT_TRANSLATE_NOOP("Fields", "Our contact"),
        "employees": QT_TRANSLATE_NOOP("Fields", "Number of employees"),
        "email": QT_TRANSLATE_NOOP("Fields", "E-mail"), "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
        "updated": QT_TRANSLATE_NOOP("Criteria", "Updated"), "created": QT_TRANSLATE_NOOP("Criteria", "Created"),
    },
}
DEFAULT_COLUMNS = {"person": ["name", "company", "position", "lead_status", "city"],
                   "company": ["name", "category", "city", "postal_code", "our_contact"]}


def sortable(target: str, column: str) -> bool:
    return column in store.SORTS[target]


def rows(target: str, ids: Sequence[int], columns: Sequence[str]) -> dict[int, tuple]:
    """Display values of ``columns`` for the records ``ids`` (a page of a result list)."""
    sql_columns: list[str] = []
    for column in columns:
        if target == "person" and column == "name":
            sql_columns += ["first_name", "middle_name", "last_name"]
        else:
            sql_columns.append(column)
    raw = store.rows(target, list(ids), sql_columns)
    out: dict[int, tuple] = {}
    for rid, values in raw.items():
        it = iter(values)
        row: list[object] = []
        for column in columns:
            if target == "person" and column == "name":
                first, middle, last = next(it), next(it), next(it)
                row.append(listed_name(first, middle, last))  # type: ignore[arg-type]
            else:
                row.append(next(it))
        out[rid] = tuple(row)
    return out


# --- writes ---------------------------------------------------------------------------------------

def _begin(actor: Actor | None) -> Actor:
    actor = actor or session.current()
    session.require_editor(actor)
    return actor


def save_dynamic(name: str, criteria: Criteria, description: str = "", *, actor: Actor | None = None) -> int:
    """A new dynamic selection: the criteria run again each time it opens."""
    actor = _begin(actor)
    name = _check_name(name)
    _check_target(criteria.target)
    text = criteria_to_db(_checked(criteria))
    with action(actor) as act:
        return _create(act, {"name": name, "description": description or "", "target": criteria.target,
                             "kind": "dynamic", "criteria_json": text})


def save_static_from(name: str, source: Source, description: str = "", *, actor: Actor | None = None) -> int:
    """A new static selection holding the current members of ``source`` (frozen from now on)."""
    ids = member_ids(source, sort=None)
    return create_static(name, target_of(source), ids, description, actor=actor)


def _update(selection_id: int, values: dict[str, object], actor: Actor | None) -> ChangeSet:
    actor = _begin(actor)
    changes = ChangeSet()
    with action(actor) as act:
        row = store.selection_row(selection_id)
        if row is None:
            raise NotFound(Message(SELECTION_NOT_FOUND))
        diff = {k: (row[k], v) for k, v in values.items() if row[k] != v}
        if diff:
            store.update_selection(selection_id, values, act.at, act.actor.id)
            act.log_changes(KIND, str(row["uuid"]), "update", diff)
            changes.add(KIND, selection_id)
            changes.undo = act.tx
    return changes


def rename(selection_id: int, name: str, *, actor: Actor | None = None) -> ChangeSet:
    return _update(selection_id, {"name": _check_name(name)}, actor)


def describe(selection_id: int, description: str, *, actor: Actor | None = None) -> ChangeSet:
    return _update(selection_id, {"description": (description or "").strip()}, actor)


def set_criteria(selection_id: int, criteria: Criteria, *, actor: Actor | None = None) -> ChangeSet:
    info = get(selection_id)
    if info.kind != "dynamic" or criteria.target != info.target:
        raise ValidationFailed([FieldError("kind", Message(NOT_DYNAMIC))])
    return _update(selection_id, {"criteria_json": criteria_to_db(_checked(criteria))}, actor)


def duplicate(selection_id: int, name: str | None = None, *, actor: Actor | None = None) -> int:
    """A copy with its own id: the same criteria, members or combination."""
    actor = _begin(actor)
    info = get(selection_id)
    new_name = _check_name(name or Message(COPY_OF, {"name": info.name}).english())
    with action(actor) as act:
        new_id = _create(act, {"name": new_name, "description": info.description, "target": info.target,
                               "kind": info.kind, "criteria_json": info.criteria_json,
                               "combine_op": info.combine_op, "left_id": info.left_id, "right_id": info.right_id})
        if info.kind == "static":
            store.copy_members(selection_id, new_id)
            members = store.all_ids(store.compile_members(info.target, new_id), sort=None)
            row = store.selection_row(new_id)
            assert row is not None
            _log_members(act, str(row["uuid"]), info.target, members, added=True)
    return new_id


def combine(name: str, operation: str, first_id: int, second_id: int, description: str = "", *,
            actor: Actor | None = None) -> int:
    """A new selection that stays live: the union, intersection or difference of two others,
    evaluated as one SQL set operation over both definitions each time it runs."""
    actor = _begin(actor)
    name = _check_name(name)
    if operation not in cr.OPERATIONS:
        raise ValidationFailed([FieldError("combine_op", Message(BAD_OPERATION, {"value": operation}))])
    first, second = get(first_id), get(second_id)
    if first.target != second.target:
        raise ValidationFailed([FieldError("right_id", Message(NOT_SAME_TARGET))])
    with action(actor) as act:
        return _create(act, {"name": name, "description": description or "", "target": first.target,
                             "kind": "combined", "combine_op": operation, "left_id": first_id,
                             "right_id": second_id})


def delete(selection_id: int, *, actor: Actor | None = None) -> ChangeSet:
    """Soft-delete a selection (``undo(changes.undo)`` brings it back). A selection that a combined
    one is built on cannot be deleted before that one."""
    actor = _begin(actor)
    info = get(selection_id)
    users = store.selections_using(selection_id)
    if users:
        raise RuleViolation(Message(IN_USE, {"name": info.name, "other": get(users[0]).name}))
    changes = ChangeSet()
    with action(actor) as act:
        store.update_selection(selection_id, {"deleted_at": act.at}, act.at, act.actor.id)
        act.log(KIND, info.uuid, "delete", "deleted_at", None, act.at)
        changes.add(KIND, selection_id)
        changes.undo = act.tx
    return changes


def undo(tx: str, *, actor: Actor | None = None) -> ChangeSet:
    """Undo an action: selection changes (create, rename, describe, criteria, members, delete) are
    reverted here; changes to companies and persons go to ``services.undo.undo_action``."""
    from desktop_crm.services.undo import undo_action

    actor = _begin(actor)
    changes = ChangeSet()
    with action(actor) as act:
        for entry in reversed(entries_of_tx(tx)):
            if entry.record_kind != KIND:
                continue
            selection_id = store.selection_id_of(entry.record_uuid)
            if selection_id is None:
                continue
            row = store.selection_row(selection_id, include_deleted=True)
            assert row is not None
            if entry.op == "delete":
                store.update_selection(selection_id, {"deleted_at": None}, act.at, act.actor.id)
                act.log(KIND, entry.record_uuid, "restore", "deleted_at", decode(entry.new_value), None)
            elif entry.op == "create":
                store.update_selection(selection_id, {"deleted_at": act.at}, act.at, act.actor.id)
                act.log(KIND, entry.record_uuid, "delete", "deleted_at", None, act.at)
            elif entry.field == "members":
                _undo_members(act, row, decode(entry.old_value), decode(entry.new_value))
            elif entry.field in ("name", "description", "criteria_json"):
                if row[entry.field] != decode(entry.new_value):
                    continue  # changed again since
                store.update_selection(selection_id, {entry.field: decode(entry.old_value)}, act.at, act.actor.id)
                act.log(KIND, entry.record_uuid, "update", entry.field, decode(entry.new_value),
                        decode(entry.old_value))
            else:
                continue
            changes.add(KIND, selection_id)
        changes.merge(undo_action(tx, actor))
    changes.undo = None
    return changes


def _undo_members(act: Action, row: dict[str, object], old: object, new: object) -> None:
    target, selection_id = str(row["target"]), int(row["id"])  # type: ignore[call-overload]
    added, removed = list(new or []), list(old or [])  # type: ignore[call-overload]
    if added:
        ids = list(store.ids_of_uuids(target, added).values())
        store.remove_members(selection_id, ids)
        _log_members(act, str(row["uuid"]), target, ids, added=False)
    if removed:
        ids = store.live_ids(target, store.ids_of_uuids(target, removed).values())
        store.add_members(selection_id, ids)
        _log_members(act, str(row["uuid"]), target, ids, added=True)
    store.update_selection(selection_id, {}, act.at, act.actor.id)


# --- the board: lead status by drag and drop ------------------------------------------------------

def set_lead_status(person_id: int, status_id: int, *, actor: Actor | None = None) -> ChangeSet:
    """Move one person to another lead status (the board's drag): one journaled action, following the
    lead rules; ``changes.undo`` is the token for ``services.undo.undo_action``."""
    from desktop_crm.services import bulk

    result = bulk.set_lead_status([person_id], status_id, actor=actor)
    if result.skipped:
        name = rows("person", [person_id], ["name"]).get(person_id, ("",))[0]
        raise RuleViolation(Message(NO_LEAD_STATUS_HERE, {"name": name}))
    return result.changes


# --- list values by name (files) ------------------------------------------------------------------

def _name_lookups() -> tuple[cr.NameOf, cr.IdOf]:
    cache: dict[ListKind, list] = {}

    def items(kind: ListKind) -> list:
        if kind not in cache:
            cache[kind] = lists.items(kind)
        return cache[kind]

    def name_of(kind: ListKind, item_id: int) -> str | None:
        return next((i.name for i in items(kind) if i.id == item_id), None)

    def id_of(kind: ListKind, name: str) -> int | None:
        exact = next((i.id for i in items(kind) if i.name == name), None)
        if exact is not None:
            return exact
        return next((i.id for i in items(kind) if fold(i.name) == fold(name)), None)

    return name_of, id_of


def definition_of(selection_id: int, depth: int = 0) -> Definition:
    """A saved selection as a database-independent definition (list values by id still)."""
    if depth > 16:
        raise RuleViolation(Message(TOO_DEEP))
    row = store.selection_row(selection_id, include_deleted=depth > 0)
    if row is None:
        raise NotFound(Message(SELECTION_NOT_FOUND))
    info = _info(row)
    if info.kind == "dynamic":
        return Definition(info.target, "dynamic", info.name, info.description,
                          criteria_of_json(info.target, info.criteria_json))
    if info.kind == "static":
        ids = store.all_ids(store.compile_members(info.target, info.id), sort=None)
        uuids = store.uuids_of(info.target, ids)
        return Definition(info.target, "static", info.name, info.description,
                          members=tuple(sorted(uuids[i] for i in ids if i in uuids)))
    assert info.left_id is not None and info.right_id is not None
    return Definition(info.target, "combined", info.name, info.description, operation=info.combine_op,
                      first=definition_of(info.left_id, depth + 1), second=definition_of(info.right_id, depth + 1))


def export_definition(selection_id: int) -> str:
    """The selection as a shareable JSON file (docs/selection-format.md): list values by name."""
    name_of, _ = _name_lookups()
    data = cr.definition_to_json(definition_of(selection_id), name_of)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_definition(text: str | bytes) -> Definition:
    """Parse a definition file against this database's lists; raises DefinitionError (nothing changes)."""
    _, id_of = _name_lookups()
    try:
        return cr.parse_definition(text, id_of)
    except CriteriaError as exc:
        raise DefinitionError(exc) from None


def definition_query(definition: Definition, today: date | None = None) -> store.Query:
    """One SQL query for the members of an unsaved definition (static members by UUID)."""
    if definition.kind == "dynamic":
        return store.compile_criteria(definition.criteria or Criteria(definition.target), today)
    if definition.kind == "static":
        ids = list(store.ids_of_uuids(definition.target, list(definition.members)).values())
        return store.compile_ids(definition.target, ids)
    assert definition.first is not None and definition.second is not None
    return store.compile_combined(str(definition.operation), definition_query(definition.first, today),
                                  definition_query(definition.second, today))


def run_definition(text: str | bytes, sort: str | None = "name") -> tuple[Definition, list[int]]:
    """The members of a definition file, without saving anything (``desktop-crm selection run``)."""
    definition = read_definition(text)
    return definition, store.all_ids(definition_query(definition), sort)


def import_definition(text: str | bytes, name: str | None = None, *, actor: Actor | None = None) -> int:
    """Save a definition file as a new selection (a combined one brings its two sides along)."""
    definition = read_definition(text)
    actor = _begin(actor)
    with action(actor):
        return _save_definition(definition, name)


def _save_definition(definition: Definition, name: str | None = None) -> int:
    title = name or definition.name or cr.TARGET_LABELS[definition.target]
    if definition.kind == "dynamic":
        return save_dynamic(title, definition.criteria or Criteria(definition.target), definition.description)
    if definition.kind == "static":
        ids = store.ids_of_uuids(definition.target, list(definition.members)).values()
        return create_static(title, definition.target, ids, definition.description)
    assert definition.first is not None and definition.second is not None
    first = _save_definition(definition.first, definition.first.name or f"{title} (1)")
    second = _save_definition(definition.second, definition.second.name or f"{title} (2)")
    return combine(title, str(definition.operation), first, second, definition.description)


# --- the board: columns and cards -----------------------------------------------------------------

BOARD_GROUPS: dict[str, tuple[str, ...]] = {
    "person": ("lead_status", "category", "category_group", "our_contact", "business"),
    "company": ("category", "category_group", "our_contact", "business"),
}
BOARD_GROUP_LABELS: dict[str, str] = {
    "lead_status": QT_TRANSLATE_NOOP("Criteria", "Lead status"),
    "category": QT_TRANSLATE_NOOP("Criteria", "Category"),
    "category_group": QT_TRANSLATE_NOOP("Criteria", "Category group"),
    "our_contact": QT_TRANSLATE_NOOP("Criteria", "Our contact"),
    "business": QT_TRANSLATE_NOOP("Criteria", "Business"),
}
_BOARD_LISTS = {"lead_status": ListKind.LEAD_STATUS, "category": ListKind.CATEGORY,
                "category_group": ListKind.CATEGORY_GROUP, "our_contact": ListKind.ASSOCIATE,
                "business": ListKind.BUSINESS}
NO_VALUE = QT_TRANSLATE_NOOP("Criteria", "(none)")
NOT_LEADS = QT_TRANSLATE_NOOP("Criteria", "Not a lead (company not lead-enabled)")
APART = store.APART


@dataclass
class BoardColumn:
    value: int | None  # the list item's id; None: no value; APART: persons that are not leads
    label: str  # a list item's name, or an English text to translate in the "Criteria" context
    count: int
    droppable: bool  # cards may be dragged into and out of it (lead status columns only)
    translate: bool = False
    description: str = ""


@dataclass
class Card:
    id: int
    title: str
    subtitle: str
    updated_at: str
    key: tuple[str, int]  # (sort key, id): where the next page starts


def board_columns(source: Source, group_by: str) -> list[BoardColumn]:
    """The board's columns in list order with their counts. Hidden list items get a column only when
    members have them; a "(none)" column and the "not a lead" column only when not empty."""
    q = query(source)
    if group_by not in BOARD_GROUPS[q.target]:
        raise ValueError(group_by)
    counts = store.board_counts(q, group_by)
    leads = group_by == "lead_status"
    columns = [BoardColumn(item.id, item.name, counts.get(item.id, 0), leads and not item.hidden,
                           description=item.description)
               for item in lists.items(_BOARD_LISTS[group_by]) if not item.hidden or counts.get(item.id)]
    if counts.get(None):
        columns.append(BoardColumn(None, NO_VALUE, counts[None], False, translate=True))
    if leads and counts.get(APART):
        columns.append(BoardColumn(APART, NOT_LEADS, counts[APART], False, translate=True))
    return columns


def board_cards(source: Source | store.Query, group_by: str, value: int | None,
                after: tuple[str, int] | None = None, limit: int = 60, total: int | None = None) -> list[Card]:
    """A page of a column's cards in name order, after ``after`` (keyset paging: fast at any depth);
    ``total``, the column's count, picks the faster plan."""
    q = source if isinstance(source, store.Query) else query(source)
    out = []
    for rid, a, b, c, subtitle, updated, key in store.board_page(q, group_by, value, after, limit, total):
        title = listed_name(a, b, c) if q.target == "person" else a
        out.append(Card(rid, title or "", subtitle or "", updated or "", (key, rid)))
    return out


# --- export of members ----------------------------------------------------------------------------

EXPORT_FORMATS = ("csv", "xlsx", "vcard")


def export_members(source: Source, path: str, fmt: str = "csv", *, delimiter: str = ";",
                   columns: Sequence[str] | None = None, headers: Sequence[str] | None = None,
                   progress: ProgressFn | None = None) -> int:
    """Write the members (in name order) to CSV (UTF-8 with BOM, ``;`` or ``,``), XLSX or vCard with
    ``services.export``; returns the number of records written."""
    from desktop_crm.services import export

    target = target_of(source)
    ids = member_ids(source)
    if fmt == "xlsx":
        return export.export_xlsx(target, ids, path, columns, headers=headers, progress=progress)
    if fmt == "vcard":
        return export.export_vcard(ids, path, target, progress=progress)
    return export.export_csv(target, ids, path, columns, delimiter, headers=headers, progress=progress)
