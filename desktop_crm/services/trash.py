"""Soft deletes (tombstones) and their undo."""

from __future__ import annotations

from desktop_crm.db import records
from desktop_crm.db.journal import Actor, action, decode, entries_of_tx
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.services import session


def delete_records(ids_by_kind: dict[str, list[int]], actor: Actor | None = None) -> ChangeSet:
    """Tombstone the given companies and persons (and the persons of each company) in one transaction.

    The returned ChangeSet's ``undo`` is the transaction id that ``undo_delete`` takes.
    """
    actor = actor or session.current()
    session.require_editor(actor)
    changes = ChangeSet()
    with action(actor) as act:
        company_ids = list(ids_by_kind.get("company", []))
        person_ids = set(ids_by_kind.get("person", []))
        for company_id in company_ids:
            person_ids.update(pid for pid, _, _ in records.persons_of_company(company_id))
        for kind, ids in (("person", sorted(person_ids)), ("company", company_ids)):
            live = [i for i in ids if _is_live(kind, i)]
            if not live:
                continue
            records.set_deleted(kind, live, act.at, act.at, act.actor.id)
            for record_id in live:
                act.log(kind, records.uuid_of(kind, record_id) or "", "delete", "deleted_at", None, act.at)
            changes.add(kind, *live)
        changes.undo = act.tx
    return changes


def undo_delete(tx: str, actor: Actor | None = None) -> ChangeSet:
    """Bring back everything that the delete with transaction id ``tx`` tombstoned."""
    actor = actor or session.current()
    session.require_editor(actor)
    changes = ChangeSet()
    with action(actor) as act:
        for entry in entries_of_tx(tx):
            if entry.op != "delete" or entry.record_kind not in records.MODELS:
                continue
            record_id = records.id_of(entry.record_kind, entry.record_uuid)
            if record_id is None or _is_live(entry.record_kind, record_id):
                continue
            records.set_deleted(entry.record_kind, [record_id], None, act.at, act.actor.id)
            act.log(entry.record_kind, entry.record_uuid, "restore", "deleted_at", decode(entry.new_value), None)
            changes.add(entry.record_kind, record_id)
    return changes


def _is_live(kind: str, record_id: int) -> bool:
    model = records.MODELS[kind]
    return model.select().where(model.id == record_id, model.deleted_at.is_null()).exists()
