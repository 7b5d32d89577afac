"""Undo of a whole user action, read back from the journal.

Each journal row of the action is reverted in reverse order, in one new transaction that is itself
journaled (so undo shows in the history and replicates like any change): updates get their old
value back (only where the field still holds the value the action wrote, so a later edit by
someone else is never overwritten), deletes are restored, creates are deleted again.

List items the action added (an import adds the categories, businesses, lead statuses and interests
its file names) are removed again (a tombstone, like the list editor's delete) when no live record
uses them any more; an item that records outside the action came to use stays.
"""

from __future__ import annotations

from desktop_crm.db import bulk, lists, records
from desktop_crm.db import list_admin as list_sql
from desktop_crm.db.journal import Actor, action, decode, entries_of_tx
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.services import session
from desktop_crm.services.fields import REFERENCES

REFERENCES_SUBSCRIPTION = ListKind.SUBSCRIPTION_TYPE

# The lists whose items an action can add along with records (an import does), and so remove again.
_UNDOABLE_ITEMS = {k.value: k for k in (ListKind.CATEGORY, ListKind.BUSINESS, ListKind.LEAD_STATUS,
                                        ListKind.COMPANY_INTEREST, ListKind.PERSON_INTEREST)}

_INTERESTS = {"company": ("company_interest_link", "company_id", "company_interest_ids"),
              "person": ("person_interest_link", "person_id", "person_interest_ids")}


def _to_db(field_name: str, kind: str, value: object) -> object:
    """A journal value (UUIDs for references) back to the column's value."""
    if field_name == "company_id":
        return records.id_of("company", value) if value else None  # type: ignore[arg-type]
    list_kind = REFERENCES.get(field_name)
    if list_kind is not None:
        return lists.id_of(list_kind, value)  # type: ignore[arg-type]
    if isinstance(value, bool):
        return int(value)
    return value


def undo_action(tx: str, actor: Actor | None = None) -> ChangeSet:
    """Revert the action with transaction id ``tx``; returns what changed."""
    actor = actor or session.current()
    session.require_editor(actor)
    changes = ChangeSet()
    with action(actor) as act:
        for entry in reversed(entries_of_tx(tx)):
            kind = entry.record_kind
            if kind in _UNDOABLE_ITEMS and entry.op in ("create", "delete"):
                item_id = _undo_list_item(act, _UNDOABLE_ITEMS[kind], entry)
                if item_id is not None:
                    changes.add(kind, item_id)
                continue
            if kind not in records.MODELS:
                continue
            record_id = records.id_of(kind, entry.record_uuid)
            if record_id is None:
                continue
            if entry.op == "delete":
                records.set_deleted(kind, [record_id], None, act.at, act.actor.id)
                act.log(kind, entry.record_uuid, "restore", "deleted_at", decode(entry.new_value), None)
            elif entry.op == "restore":
                records.set_deleted(kind, [record_id], act.at, act.at, act.actor.id)
                act.log(kind, entry.record_uuid, "delete", "deleted_at", None, act.at)
            elif entry.op == "create":
                records.set_deleted(kind, [record_id], act.at, act.at, act.actor.id)
                act.log(kind, entry.record_uuid, "delete", "deleted_at", None, act.at)
            elif entry.field == "interest_ids":
                _undo_interests(act, kind, record_id, entry.record_uuid, decode(entry.old_value),
                                decode(entry.new_value))
            elif entry.field and entry.field.startswith("subscription:"):
                if not _undo_subscription(act, kind, record_id, entry):
                    continue
            elif entry.field:
                current = bulk.column_values(kind, entry.field, [record_id])
                wrote = _to_db(entry.field, kind, decode(entry.new_value))
                if not current or current[0][2] != wrote:
                    continue  # changed again since: leave the newer value
                old = _to_db(entry.field, kind, decode(entry.old_value))
                bulk.set_column(kind, entry.field, old, [record_id], act.at, act.actor.id)
                act.log(kind, entry.record_uuid, "update", entry.field, decode(entry.new_value),
                        decode(entry.old_value))
            else:
                continue
            changes.add(kind, record_id)
    return changes


def undo_any(tx: str, actor: Actor | None = None) -> ChangeSet:
    """Undo whatever action ``tx`` was (what the main window's Ctrl+Z calls): a merge puts both records
    back; anything else (records, selections, bulk changes, deletes, imports) goes back entry by entry."""
    from desktop_crm.services import merge, selections

    if merge.is_merge(tx):
        return merge.undo_merge(tx, actor)
    return selections.undo(tx, actor=actor)


def _undo_list_item(act, kind: ListKind, entry) -> int | None:
    """A list item's create (removed again, when no live record uses it) or delete (restored)."""
    item_id = lists.id_of(kind, entry.record_uuid)
    if item_id is None:
        return None
    if entry.op == "create":
        if list_sql.live_usage_count(kind, item_id):
            return None  # records outside the action use it now: it stays
        list_sql.update_item(kind, item_id, {"deleted_at": act.at}, at=act.at, actor_id=act.actor.id)
        act.log(kind.value, entry.record_uuid, "delete", "deleted_at", None, act.at)
    else:
        list_sql.update_item(kind, item_id, {"deleted_at": None}, at=act.at, actor_id=act.actor.id)
        act.log(kind.value, entry.record_uuid, "restore", "deleted_at", decode(entry.new_value), None)
    return item_id


def _undo_interests(act, kind: str, record_id: int, record_uuid: str, old: object, new: object) -> None:
    link_table, owner, ref = _INTERESTS[kind]
    list_kind = REFERENCES[ref]
    old_set, new_set = set(old or []), set(new or [])  # type: ignore[arg-type]
    add = [(record_id, lists.id_of(list_kind, u)) for u in old_set - new_set]
    remove = [(record_id, lists.id_of(list_kind, u)) for u in new_set - old_set]
    bulk.add_links(link_table, owner, [p for p in add if p[1] is not None])
    bulk.remove_links(link_table, owner, [p for p in remove if p[1] is not None])
    bulk.touch(kind, [record_id], act.at, act.actor.id)
    act.log(kind, record_uuid, "update", "interest_ids", sorted(new_set), sorted(old_set))


def _undo_subscription(act, kind: str, record_id: int, entry) -> bool:  # noqa: ANN001 - Action, Journal row
    """Put a subscription back as it was. The events stay (they are the proof of consent): the undo
    adds one, noted as an undo; "never asked" removes the current state."""
    from desktop_crm.db import subscriptions as subs_db
    from desktop_crm.domain.ids import new_uuid

    if kind != "person":
        return False
    type_id = lists.id_of(REFERENCES_SUBSCRIPTION, entry.field.split(":", 1)[1])
    wrote, old = decode(entry.new_value), decode(entry.old_value)
    if type_id is None or subs_db.current_state(record_id, type_id) != wrote:
        return False  # changed again since
    state = old if old is not None else "unsubscribed"
    subs_db.add_event(new_uuid(), record_id, type_id, state, act.at, "", "consent", act.actor.id, "undo")
    if old is None:
        subs_db.clear_state(record_id, type_id)
    else:
        subs_db.upsert(record_id, type_id, old, act.at, "", "consent", act.actor.id)
    act.log(kind, entry.record_uuid, "update", entry.field, wrote, old)
    return True
