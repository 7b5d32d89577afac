"""Merging two duplicate companies or persons into one, and undoing that merge exactly.

``merge(kind, keep_id, other_id, choices)`` takes each field from either record (``choices``: field ->
"keep" / "other", and "both" for notes), keeps everything that hangs off both records on the
survivor (a company's persons, interests, a person's subscriptions and their whole history,
membership of static selections), and tombstones the other record with a journal entry
"merged_into" <survivor's UUID>. The survivor keeps its UUID and its history. One transaction,
journaled; what the merge moved is written down (meta ``merge.<tx>``) so ``undo_merge(tx)`` puts
both records back exactly as they were (``services.undo.undo_action`` alone reverts the fields,
not moved subscriptions and selection memberships: use ``undo_merge`` for a merge).
"""

from __future__ import annotations

import json
from dataclasses import replace

from desktop_crm.db import dedupe as sql
from desktop_crm.db import lists, records
from desktop_crm.db.journal import Actor, action, get_meta, set_meta
from desktop_crm.domain import lead_rules
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import Company, ListKind, Person, column_fields
from desktop_crm.domain.errors import CrmError, NotFound
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import company_sort_key, person_sort_key
from desktop_crm.services import session
from desktop_crm.services.fields import journal_value

SAME_RECORD = QT_TRANSLATE_NOOP("Messages", "A record cannot be merged with itself.")
NOT_A_MERGE = QT_TRANSLATE_NOOP("Messages", "This change is not a merge, or it was undone already.")
META = "merge."
CHOICES = ("keep", "other", "both")


def fields(kind: str) -> list[str]:
    """The fields the merge dialog offers, in card order."""
    return column_fields(Company if kind == "company" else Person)


def load(kind: str, record_id: int) -> Company | Person:
    record = records.get_company(record_id) if kind == "company" else records.get_person(record_id)
    if record is None:
        raise NotFound(Message(m.RECORD_NOT_FOUND))
    return record


def _empty(value: object) -> bool:
    return value in ("", None, False) or (isinstance(value, frozenset | set) and not value)


ADDRESS = ("street", "postal_code", "city", "country")


def default_choices(kind: str, keep: Company | Person, other: Company | Person) -> dict[str, str]:
    """The survivor's value unless it is empty and the other has one; notes of both when they differ.
    Two different addresses are not mixed: the survivor's is kept whole (the other's only fills it in
    when the fields both have agree)."""
    out = {}
    for name in fields(kind):
        mine, theirs = getattr(keep, name), getattr(other, name)
        if name == "notes" and not _empty(mine) and not _empty(theirs) and mine != theirs:
            out[name] = "both"
        else:
            out[name] = "other" if _empty(mine) and not _empty(theirs) else "keep"
    both = [(getattr(keep, n), getattr(other, n)) for n in ADDRESS]
    if any(mine and theirs and mine.casefold() != theirs.casefold() for mine, theirs in both):
        out.update(dict.fromkeys(ADDRESS, "keep"))
    return out


def merged_record(kind: str, keep: Company | Person, other: Company | Person,
                  choices: dict[str, str] | None = None) -> Company | Person:
    """The survivor as it will be: chosen fields, interests of both."""
    chosen = default_choices(kind, keep, other)
    chosen.update(choices or {})
    values: dict[str, object] = {}
    for name in fields(kind):
        how = chosen.get(name, "keep")
        if how not in CHOICES:
            raise ValueError(f"choice for {name} must be one of {CHOICES}")
        if how == "other":
            values[name] = getattr(other, name)
        elif how == "both" and isinstance(getattr(keep, name), str):
            parts = [p for p in (getattr(keep, name), getattr(other, name)) if p]
            values[name] = "\n".join(dict.fromkeys(parts))
    values["interest_ids"] = frozenset(keep.interest_ids) | frozenset(other.interest_ids)
    return replace(keep, **values)


def merge(kind: str, keep_id: int, other_id: int, choices: dict[str, str] | None = None,
          actor: Actor | None = None) -> ChangeSet:
    """Merge ``other_id`` into ``keep_id``; ``ChangeSet.undo`` is the transaction ``undo_merge`` takes."""
    kind = {"companies": "company", "persons": "person"}.get(kind, kind)
    if keep_id == other_id:
        raise CrmError(Message(SAME_RECORD))
    actor = actor or session.current()
    session.require_editor(actor)
    _backup_first()
    changes = ChangeSet()
    with action(actor) as act:
        keep, other = load(kind, keep_id), load(kind, other_id)
        merged = merged_record(kind, keep, other, choices)
        note: dict[str, object] = {"kind": kind, "keep": keep_id, "other": other_id,
                                   "keep_before": _plain(kind, keep)}
        if kind == "company":
            from desktop_crm.services.companies import save_company

            assert isinstance(merged, Company)
            note["keep_persons"] = [[pid, status] for pid, _, status in sql.persons_of_company_all(keep_id)]
            _, saved = save_company(merged, act.actor)
            note["persons"] = _move_persons(act, other, merged, changes)
        else:
            from desktop_crm.services.persons import save_person

            assert isinstance(merged, Person)
            _, saved = save_person(merged, act.actor)
            note.update(_move_subscriptions(act, keep, other))
        changes.merge(saved)
        moved = sql.selections_with(kind, other_id)
        already = set(sql.selections_with(kind, keep_id))
        sql.set_membership(moved, other_id, False)
        sql.set_membership([s for s in moved if s not in already], keep_id, True)
        note["selections"] = moved
        note["selections_added"] = [s for s in moved if s not in already]
        records.set_deleted(kind, [other_id], act.at, act.at, act.actor.id)
        act.log(kind, other.uuid, "delete", "merged_into", None, keep.uuid)
        set_meta(META + act.tx, json.dumps(note, sort_keys=True))
        changes.add(kind, keep_id, other_id)
        if moved:
            changes.add("selection", *moved)
        changes.undo = act.tx
    return changes


def _backup_first() -> None:
    from desktop_crm.services import backup

    before = getattr(backup, "before_risky_action", None)
    if before is not None:
        before("merge")


def _plain(kind: str, record: Company | Person) -> dict[str, object]:
    values = {name: getattr(record, name) for name in fields(kind)}
    values["interest_ids"] = sorted(record.interest_ids)
    return values


def _move_persons(act, other: Company, merged: Company, changes: ChangeSet) -> list[list[object]]:
    """The other company's persons (those in the trash too) move to the survivor; lead rules 4 and 5."""
    assert other.id is not None and merged.id is not None
    old_rule, new_rule = lists.category_rule(other.category_id), lists.category_rule(merged.category_id)
    default = lists.default_lead_status()
    keep_uuid = records.uuid_of("company", merged.id)
    moved = []
    for person_id, uuid, status in sql.persons_of_company_all(other.id):
        new_status = lead_rules.lead_status_after_company_move(old_rule, new_rule, status, default)
        sql.set_person_company(person_id, merged.id, new_status, act.at, act.actor.id)
        act.log("person", uuid, "update", "company_id", other.uuid, keep_uuid)
        if new_status != status:
            act.log("person", uuid, "update", "lead_status_id", lists.uuid_of(ListKind.LEAD_STATUS, status),
                    lists.uuid_of(ListKind.LEAD_STATUS, new_status))
        moved.append([person_id, other.id, status])
        changes.add("person", person_id)
    return moved


def _move_subscriptions(act, keep: Person, other: Person) -> dict[str, object]:
    """Subscriptions: the survivor takes the other's where it has none, and the more recent state
    where both have one; every event of the other (the proof of consent) moves to the survivor."""
    assert keep.id is not None and other.id is not None
    mine, theirs = sql.subscription_rows(keep.id), sql.subscription_rows(other.id)
    by_type = {row[0]: row for row in mine}
    for row in theirs:
        current = by_type.get(row[0])
        if current is None or row[2] > current[2]:
            by_type[row[0]] = row
            type_uuid = lists.uuid_of(ListKind.SUBSCRIPTION_TYPE, row[0])
            act.log("person", keep.uuid, "update", f"subscription:{type_uuid}",
                    current[1] if current else None, row[1])
    events = sql.event_ids(other.id)
    sql.replace_subscriptions(other.id, [])
    sql.replace_subscriptions(keep.id, sorted(by_type.values()))
    sql.move_events(events, keep.id)
    return {"subscriptions_keep": [list(r) for r in mine], "subscriptions_other": [list(r) for r in theirs],
            "events": events}


def is_merge(tx: str) -> bool:
    return get_meta(META + tx) is not None


def undo_merge(tx: str, actor: Actor | None = None) -> ChangeSet:
    """Put both records of the merge ``tx`` back as they were before it, in one new transaction."""
    text = get_meta(META + tx)
    if not text:
        raise CrmError(Message(NOT_A_MERGE))
    note = json.loads(text)
    kind, keep_id, other_id = note["kind"], note["keep"], note["other"]
    actor = actor or session.current()
    session.require_editor(actor)
    changes = ChangeSet()
    with action(actor) as act:
        _restore_fields(act, kind, keep_id, note["keep_before"])
        moved_back = [(pid, note["other"], status) for pid, _, status in note.get("persons", [])]
        kept = [(pid, keep_id, status) for pid, status in note.get("keep_persons", [])]
        for person_id, company_id, status in moved_back + kept:
            now = records.get_person(person_id, include_deleted=True)
            if now is None or (now.company_id == company_id and now.lead_status_id == status):
                continue
            sql.set_person_company(person_id, company_id, status, act.at, act.actor.id)
            if now.company_id != company_id:
                act.log("person", now.uuid, "update", "company_id", journal_value("company_id", now.company_id),
                        journal_value("company_id", company_id))
            if now.lead_status_id != status:
                act.log("person", now.uuid, "update", "lead_status_id",
                        journal_value("lead_status_id", now.lead_status_id), journal_value("lead_status_id", status))
            changes.add("person", person_id)
        if kind == "person":
            sql.replace_subscriptions(keep_id, [tuple(r) for r in note["subscriptions_keep"]])
            sql.replace_subscriptions(other_id, [tuple(r) for r in note["subscriptions_other"]])
            sql.move_events(note["events"], other_id)
        sql.set_membership(note["selections_added"], keep_id, False)
        sql.set_membership(note["selections"], other_id, True)
        records.set_deleted(kind, [other_id], None, act.at, act.actor.id)
        other_uuid = records.uuid_of(kind, other_id) or ""
        act.log(kind, other_uuid, "restore", "merged_into", records.uuid_of(kind, keep_id), None)
        set_meta(META + tx, "")
        changes.add(kind, keep_id, other_id)
        if note["selections"]:
            changes.add("selection", *note["selections"])
    return changes


def _restore_fields(act, kind: str, record_id: int, before: dict[str, object]) -> None:
    now = load(kind, record_id)
    target = replace(now, **{k: v for k, v in before.items() if k != "interest_ids"},
                     interest_ids=frozenset(before["interest_ids"]))  # type: ignore[arg-type]
    changed = [name for name in fields(kind) if getattr(now, name) != getattr(target, name)]
    values = {name: getattr(target, name) for name in fields(kind)}
    if kind == "company":
        values["name_sort"] = company_sort_key(target.name)  # type: ignore[union-attr]
    else:
        values["sort_key"] = person_sort_key(target.last_name, target.middle_name, target.first_name)  # type: ignore[union-attr]
    records.update(kind, record_id, values, expected_version=now.version, at=act.at, actor_id=act.actor.id)
    for name in changed:
        act.log(kind, now.uuid, "update", name, journal_value(name, getattr(now, name)),
                journal_value(name, getattr(target, name)))
    if now.interest_ids != target.interest_ids:
        setter = records.set_company_interests if kind == "company" else records.set_person_interests
        setter(record_id, now.interest_ids, target.interest_ids)
        ref = "company_interest_ids" if kind == "company" else "person_interest_ids"
        act.log(kind, now.uuid, "update", "interest_ids", journal_value(ref, now.interest_ids),
                journal_value(ref, target.interest_ids))
