"""Bulk updates from a list or a selection: one transaction each, journaled, with progress and undo.

Every function takes the ids to change and an optional ``progress(done, total) -> bool``; returning
False cancels, and then nothing at all is written (the one transaction rolls back). The result's
``changes.undo`` is the transaction id that ``services.undo.undo_action`` reverts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop_crm.db import bulk, lists
from desktop_crm.db.journal import Action, Actor, action, current_action
from desktop_crm.domain import lead_rules
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError, ValidationFailed
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.services import backup, session
from desktop_crm.services.fields import check_list_choice
from desktop_crm.services.lead_effects import apply_company_move

ProgressFn = Callable[[int, int], bool]
CANCELLED = QT_TRANSLATE_NOOP("Messages", "Cancelled: nothing was changed.")

_INTEREST_TABLES = {
    "company": ("company", "company_interest_link", "company_id", ListKind.COMPANY_INTEREST),
    "person": ("person", "person_interest_link", "person_id", ListKind.PERSON_INTEREST),
}


class Cancelled(CrmError):
    def __init__(self) -> None:
        super().__init__(Message(CANCELLED))


@dataclass
class BulkResult:
    changed: int = 0
    skipped: int = 0  # rows the rules did not allow to change (e.g. lead status where it is hidden)
    changes: ChangeSet = field(default_factory=ChangeSet)


def _run(ids: Sequence[int], actor: Actor | None, progress: ProgressFn | None,
         step: Callable[[Action, list[int], BulkResult], None]) -> BulkResult:
    actor = actor or session.current()
    session.require_editor(actor)
    if current_action() is None:  # inside a larger action, its caller took the copy already
        backup.before_risky_action("bulk")  # a copy to go back to (issue 8); raises BackupFailed, nothing changed
    result = BulkResult()
    unique = list(dict.fromkeys(ids))
    total, done = len(unique), 0
    with action(actor) as act:
        for batch in bulk.chunks(unique):
            step(act, batch, result)
            done += len(batch)
            if progress is not None and not progress(done, total):
                raise Cancelled()
        result.changes.undo = act.tx if result.changed else None
    return result


def set_category(company_ids: Sequence[int], category_id: int | None, *, actor: Actor | None = None,
                 progress: ProgressFn | None = None) -> BulkResult:
    """Give companies a category; their persons follow the lead rules (4 and 5)."""
    error = check_list_choice(ListKind.CATEGORY, "category_id", category_id, None)
    if error:
        raise ValidationFailed([error])
    new_rule = lists.category_rule(category_id)
    new_uuid = lists.uuid_of(ListKind.CATEGORY, category_id)

    def step(act: Action, batch: list[int], result: BulkResult) -> None:
        rows = [r for r in bulk.column_values("company", "category_id", batch) if r[2] != category_id]
        if not rows:
            return
        bulk.set_column("company", "category_id", category_id, [r[0] for r in rows], act.at, act.actor.id)
        for company_id, uuid, old in rows:
            act.log("company", uuid, "update", "category_id", lists.uuid_of(ListKind.CATEGORY, old), new_uuid)
            apply_company_move(act, company_id, lists.category_rule(old), new_rule, result.changes)
        result.changed += len(rows)
        result.changes.add("company", *(r[0] for r in rows))

    return _run(company_ids, actor, progress, step)


def set_lead_status(person_ids: Sequence[int], status_id: int, *, actor: Actor | None = None,
                    progress: ProgressFn | None = None) -> BulkResult:
    """Set the lead status where the lead rules allow it; persons whose company is not lead-enabled
    are skipped (their value stays, hidden) and counted in ``skipped``."""
    error = check_list_choice(ListKind.LEAD_STATUS, "lead_status_id", status_id, None)
    if error:
        raise ValidationFailed([error])
    new_uuid = lists.uuid_of(ListKind.LEAD_STATUS, status_id)
    rules: dict[int | None, bool] = {}

    def allowed(category_id: int | None) -> bool:
        if category_id not in rules:
            rules[category_id] = lead_rules.lead_status_visible(lists.category_rule(category_id))
        return rules[category_id]

    def step(act: Action, batch: list[int], result: BulkResult) -> None:
        rows = bulk.persons_with_company_category(batch)
        ok = [r for r in rows if allowed(r[3])]
        result.skipped += len(rows) - len(ok)
        todo = [r for r in ok if r[2] != status_id]
        if not todo:
            return
        bulk.set_column("person", "lead_status_id", status_id, [r[0] for r in todo], act.at, act.actor.id)
        for _pid, uuid, old, _cat in todo:
            act.log("person", uuid, "update", "lead_status_id", lists.uuid_of(ListKind.LEAD_STATUS, old), new_uuid)
        result.changed += len(todo)
        result.changes.add("person", *(r[0] for r in todo))

    return _run(person_ids, actor, progress, step)


def change_interest(kind: str, ids: Sequence[int], interest_id: int, add: bool, *, actor: Actor | None = None,
                    progress: ProgressFn | None = None) -> BulkResult:
    """Add an interest to, or remove it from, companies or persons (``kind``)."""
    table, link_table, owner, list_kind = _INTEREST_TABLES[kind]
    if add:
        error = check_list_choice(list_kind, "interest_ids", interest_id, None)
        if error:
            raise ValidationFailed([error])
    interest_uuid = lists.uuid_of(list_kind, interest_id)
    uuids: dict[int, str | None] = {}

    def uuid_of(item_id: int) -> str | None:
        if item_id not in uuids:
            uuids[item_id] = lists.uuid_of(list_kind, item_id)
        return uuids[item_id]

    def step(act: Action, batch: list[int], result: BulkResult) -> None:
        live = bulk.column_values(table, "id", batch)
        current = bulk.interest_links(link_table, owner, [r[0] for r in live])
        todo = [(rid, uuid) for rid, uuid, _ in live if (interest_id in current[rid]) != add]
        if not todo:
            return
        pairs = [(rid, interest_id) for rid, _ in todo]
        (bulk.add_links if add else bulk.remove_links)(link_table, owner, pairs)
        bulk.touch(table, [rid for rid, _ in todo], act.at, act.actor.id)
        for rid, uuid in todo:
            old = sorted(u for u in (uuid_of(i) for i in current[rid]) if u)
            new = sorted(set(old) | {interest_uuid}) if add else [u for u in old if u != interest_uuid]
            act.log(kind, uuid, "update", "interest_ids", old, new)
        result.changed += len(todo)
        result.changes.add(kind, *(rid for rid, _ in todo))

    return _run(ids, actor, progress, step)


def change_subscription(person_ids: Sequence[int], type_id: int, subscribed: bool, source: str,
                        legal_basis: str = "consent", *, actor: Actor | None = None,
                        progress: ProgressFn | None = None) -> BulkResult:
    """Subscribe or unsubscribe persons to one type: per person the current state, an event that is
    never deleted (the proof of consent) and a journal row, all in one transaction."""
    from desktop_crm.db import subscriptions as subs_db
    from desktop_crm.services import subscriptions as subs

    if source not in subs.SOURCES or legal_basis not in subs.LEGAL_BASES:
        raise ValueError(f"unknown source or legal basis: {source!r}, {legal_basis!r}")
    sub_type = subs_db.subscription_type(type_id)
    if sub_type is None:
        raise ValueError(f"no subscription type {type_id}")
    if subscribed:
        error = check_list_choice(ListKind.SUBSCRIPTION_TYPE, "subscriptions", type_id, None)
        if error:
            raise ValidationFailed([error])
    state = subs.SUBSCRIBED if subscribed else subs.UNSUBSCRIBED

    def step(act: Action, batch: list[int], result: BulkResult) -> None:
        live = bulk.column_values("person", "id", batch)
        current = subs_db.states_for([r[0] for r in live], type_id)
        todo = [(rid, uuid) for rid, uuid, _ in live if current.get(rid) != state]
        for rid, uuid in todo:
            subs_db.upsert(rid, type_id, state, act.at, source, legal_basis, act.actor.id)
            subs_db.add_event(new_uuid(), rid, type_id, state, act.at, source, legal_basis, act.actor.id, "")
            act.log("person", uuid, "update", subs.JOURNAL_FIELD_PREFIX + sub_type.uuid, current.get(rid), state)
        result.changed += len(todo)
        result.changes.add("person", *(rid for rid, _ in todo))
        result.changes.add("subscription", *(rid for rid, _ in todo))

    return _run(person_ids, actor, progress, step)


def change_interests(kind: str, ids: Sequence[int], interest_ids: Sequence[int], add: bool, *,
                     actor: Actor | None = None, progress: ProgressFn | None = None) -> BulkResult:
    """Add or remove several interests at once: one backup, one transaction, one undo.
    ``changed`` counts the records that changed."""
    actor = actor or session.current()
    session.require_editor(actor)
    unique = list(dict.fromkeys(ids))
    wanted = list(dict.fromkeys(interest_ids))
    total = len(unique) * len(wanted)
    result = BulkResult()
    backup.before_risky_action("bulk")
    with action(actor) as act:
        for n, interest_id in enumerate(wanted):
            step: ProgressFn | None = None
            if progress is not None:
                def step(done: int, _total: int, offset: int = n * len(unique)) -> bool:
                    assert progress is not None
                    return progress(offset + done, total)
            part = change_interest(kind, unique, interest_id, add, actor=actor, progress=step)
            result.changes.merge(part.changes)
        result.changed = len(result.changes.ids(kind))
        result.changes.undo = act.tx if result.changed else None
    return result


def companies_of_persons(person_ids: Sequence[int]) -> list[int]:
    """The companies of these persons (a person's category is set on the company, rule 2)."""
    return sorted(bulk.company_ids_of_persons(list(person_ids)))
