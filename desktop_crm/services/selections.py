"""Saved selections: dynamic (criteria), static (frozen members) and combined; each write one action.

Every function that writes runs in one ``action()`` (one transaction, journaled). Members are
journaled on the selection's record as ``members`` changes holding the record UUIDs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_crm.db import selection_sql as store
from desktop_crm.db.journal import Action, Actor, action
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.errors import FieldError, NotFound, ValidationFailed
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import session

KIND = "selection"
TARGETS = ("company", "person")

NAME_REQUIRED = QT_TRANSLATE_NOOP("Messages", "A selection needs a name.")
SELECTION_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "This selection was not found; it may have been deleted.")
BAD_TARGET = QT_TRANSLATE_NOOP("Messages", "A selection holds companies or persons, not \"{value}\".")
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
    new = [i for i in live if i not in store.member_ids_among(selection_id, live)]
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
