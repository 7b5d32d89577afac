"""Maintaining the administrators' lists (Settings > Lists): add, rename, describe, reorder, hide, delete,
merge, and the lead settings of categories, category groups and lead statuses.

Every function is one user action: one transaction (``db.journal.action``), journaled field by field
with the list kind as the record kind, returning a ChangeSet naming the list kind (and any records
that changed with it). Only administrators may call them (``PermissionDenied`` otherwise).
Nothing is ever orphaned: an item in use cannot be deleted, only merged into another item of the
same list (its records move over) or hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_crm.db import bulk, lists
from desktop_crm.db import list_admin as sql
from desktop_crm.db.journal import Action, Actor, action, get_meta, set_meta
from desktop_crm.domain import lead_rules
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import FIELD_LABELS, LIST_LABELS, AssociateRole, GroupRole, ListItem, ListKind
from desktop_crm.domain.errors import FieldError, NotFound, PermissionDenied, RuleViolation, ValidationFailed
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.validation import MAX_TEXT
from desktop_crm.services import backup, session
from desktop_crm.services import bulk as bulk_service
from desktop_crm.services.bulk import BulkResult, ProgressFn
from desktop_crm.services.lead_effects import reset_lead_status

ADMIN_ONLY = QT_TRANSLATE_NOOP("Messages", "Only an administrator can change the settings.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Messages", "The list {list} already has an item \"{value}\".")
ITEM_IN_USE = QT_TRANSLATE_NOOP(
    "Messages", "\"{value}\" is still used by {count} record(s): merge it into another item, or hide it.")
MERGE_INTO_ITSELF = QT_TRANSLATE_NOOP("Messages", "Choose another item to merge \"{value}\" into.")
DEFAULT_STATUS_FIXED = QT_TRANSLATE_NOOP(
    "Messages", "\"{value}\" is the default lead status; make another status the default first.")
SUBSCRIPTION_NO_MERGE = QT_TRANSLATE_NOOP(
    "Messages", "Subscriptions are the proof of consent, so a subscription type in use cannot be merged; "
    "hide it instead.")
LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "Messages", "There must always be at least one administrator who can sign in.")
NOT_YOURSELF = QT_TRANSLATE_NOOP("Messages", "You are signed in as {value}; you cannot hide or delete yourself.")


class ItemInUse(RuleViolation):
    """The item is used by records; ``count`` says by how many (offer merge or hide)."""

    def __init__(self, item: ListItem, count: int) -> None:
        super().__init__(Message(ITEM_IN_USE, {"value": item.name, "count": count}))
        self.item = item
        self.count = count


# --- shared helpers -----------------------------------------------------------------------------------------


def require_administrator(actor: Actor | None = None) -> Actor:
    actor = actor or session.current()
    if not session.is_administrator(actor):
        raise PermissionDenied(Message(ADMIN_ONLY))
    return actor


def get_item(kind: ListKind, item_id: int) -> ListItem:
    item = lists.item(kind, item_id)
    if item is None or _deleted(kind, item_id):
        raise NotFound(Message(m.RECORD_NOT_FOUND))
    return item


def _deleted(kind: ListKind, item_id: int) -> bool:
    return all(i != item_id for i, _ in sql.live_ids_in_order(kind))


def write_item(act: Action, kind: ListKind, item: ListItem, values: dict[str, object],
           journal: dict[str, tuple[object, object]] | None = None) -> None:
    """Update the item's row and journal each changed field (``journal`` overrides journal values)."""
    assert item.id is not None
    sql.update_item(kind, item.id, values, at=act.at, actor_id=act.actor.id)
    logged = {name: (getattr(item, name, None), value) for name, value in values.items()}
    logged.update(journal or {})
    act.log_changes(kind.value, item.uuid, "update", logged)


def _clean_name(kind: ListKind, name: str, exclude_id: int | None) -> str:
    name = " ".join(name.split())
    label = FIELD_LABELS["name"]
    if not name:
        raise ValidationFailed([FieldError("name", Message(m.REQUIRED, {"label": label}))])
    if len(name) > MAX_TEXT:
        raise ValidationFailed([FieldError("name", Message(m.TOO_LONG, {"label": label, "max": MAX_TEXT}))])
    if sql.name_taken(kind, name, exclude_id):
        raise ValidationFailed([FieldError("name", Message(NAME_TAKEN, {"list": LIST_LABELS[kind], "value": name}))])
    return name


def _check_can_retire(kind: ListKind, item: ListItem, actor: Actor) -> None:
    """Rules for hiding, deleting or merging away an item (the default status, the last administrator)."""
    if kind == ListKind.LEAD_STATUS and item.is_default:
        raise RuleViolation(Message(DEFAULT_STATUS_FIXED, {"value": item.name}))
    if kind == ListKind.ASSOCIATE:
        if actor.id == item.id:
            raise RuleViolation(Message(NOT_YOURSELF, {"value": item.name}))
        if item.role == AssociateRole.ADMINISTRATOR.value and sql.other_active_administrators(item.id) == 0:
            raise RuleViolation(Message(LAST_ADMINISTRATOR))


def _check_choosable(kind: ListKind, item_id: int | None, field: str) -> ListItem | None:
    if item_id is None:
        return None
    item = lists.item(kind, item_id)
    if item is None or _deleted(kind, item_id):
        raise ValidationFailed([FieldError(field, Message(m.UNKNOWN_LIST_ITEM,
                                                          {"value": item_id, "list": LIST_LABELS[kind]}))])
    if item.hidden:
        raise ValidationFailed([FieldError(field, Message(m.HIDDEN_LIST_ITEM,
                                                          {"value": item.name, "list": LIST_LABELS[kind]}))])
    return item


def _group_role(group_id: int | None) -> GroupRole | None:
    if group_id is None:
        return None
    group = lists.item(ListKind.CATEGORY_GROUP, group_id)
    return GroupRole(group.role) if group and group.role else None


# --- reading ------------------------------------------------------------------------------------------------


def items(kind: ListKind, include_hidden: bool = True) -> list[ListItem]:
    """The list's live items in the administrator's order."""
    return lists.items(kind, include_hidden)


def usage_count(kind: ListKind, item_id: int) -> int:
    """How many records use the item (records in the trash included: they can be restored)."""
    return sql.usage_count(kind, item_id)


def usage_counts(kind: ListKind) -> dict[int, int]:
    """Usage of every item of the list, item id -> count (items not in use are absent)."""
    return sql.usage_counts(kind)


def can_merge(kind: ListKind) -> bool:
    """Whether items of this list in use can be merged (subscription types cannot: proof of consent)."""
    return kind != ListKind.SUBSCRIPTION_TYPE


# --- every list ---------------------------------------------------------------------------------------------


def add_item(kind: ListKind, name: str, description: str = "", *, group_id: int | None = None,
             role: str | None = None, actor: Actor | None = None) -> tuple[ListItem, ChangeSet]:
    """Add an item at the end of the list. ``group_id`` for a category, ``role`` for a category group
    (GroupRole) or an associate (AssociateRole)."""
    actor = require_administrator(actor)
    name = _clean_name(kind, name, None)
    values: dict[str, object] = {"name": name, "description": description.strip(), "rank": lists.next_rank(kind)}
    logged = dict(values)
    if kind == ListKind.CATEGORY:
        _check_choosable(ListKind.CATEGORY_GROUP, group_id, "group_id")
        values.update(group_id=group_id, lead_enabled=False)
        logged["group_id"] = lists.uuid_of(ListKind.CATEGORY_GROUP, group_id)
    elif kind == ListKind.CATEGORY_GROUP:
        values["role"] = logged["role"] = GroupRole(role or GroupRole.OTHER.value).value
    elif kind == ListKind.ASSOCIATE:
        values["role"] = logged["role"] = AssociateRole(role or AssociateRole.USER.value).value
    changes = ChangeSet()
    with action(actor) as act:
        uuid = new_uuid()
        item_id = sql.insert_item(kind, values, uuid=uuid, at=act.at, actor_id=act.actor.id)
        act.log(kind.value, uuid, "create", None, None, {k: v for k, v in logged.items() if v not in ("", None)})
        changes.add(kind.value, item_id)
    item = lists.item(kind, item_id)
    assert item is not None
    return item, changes


def rename_item(kind: ListKind, item_id: int, name: str, actor: Actor | None = None) -> ChangeSet:
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        item = get_item(kind, item_id)
        name = _clean_name(kind, name, item_id)
        if name != item.name:
            write_item(act, kind, item, {"name": name})
            changes.add(kind.value, item_id)
    return changes


def describe_item(kind: ListKind, item_id: int, description: str, actor: Actor | None = None) -> ChangeSet:
    """Set the item's description (shown as its tooltip wherever the item is offered)."""
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        item = get_item(kind, item_id)
        description = description.strip()
        if description != item.description:
            write_item(act, kind, item, {"description": description})
            changes.add(kind.value, item_id)
    return changes


def move_item(kind: ListKind, item_id: int, position: int, actor: Actor | None = None) -> ChangeSet:
    """Move the item to ``position`` (0 = first) among the live items, hidden ones included."""
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        order = sql.live_ids_in_order(kind)
        ids = [i for i, _ in order]
        if item_id not in ids:
            raise NotFound(Message(m.RECORD_NOT_FOUND))
        ids.remove(item_id)
        ids.insert(max(0, min(position, len(ids))), item_id)
        old_ranks = dict(order)
        for rank, this_id in enumerate(ids):
            if old_ranks[this_id] != rank:
                item = get_item(kind, this_id)
                write_item(act, kind, item, {"rank": rank})
                changes.add(kind.value, this_id)
    return changes


def set_hidden(kind: ListKind, item_id: int, hidden: bool, actor: Actor | None = None) -> ChangeSet:
    """Hide an item (records keep it; it can no longer be chosen) or show it again."""
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        item = get_item(kind, item_id)
        if item.hidden == hidden:
            return changes
        if hidden:
            _check_can_retire(kind, item, actor)
        write_item(act, kind, item, {"hidden": hidden})
        changes.add(kind.value, item_id)
    return changes


def delete_item(kind: ListKind, item_id: int, actor: Actor | None = None) -> ChangeSet:
    """Delete an unused item (a tombstone). Raises ItemInUse when records still use it."""
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        item = get_item(kind, item_id)
        _check_can_retire(kind, item, actor)
        count = sql.usage_count(kind, item_id)
        if count:
            raise ItemInUse(item, count)
        _tombstone(act, kind, item)
        changes.add(kind.value, item_id)
    return changes


def _tombstone(act: Action, kind: ListKind, item: ListItem) -> None:
    assert item.id is not None
    sql.update_item(kind, item.id, {"deleted_at": act.at}, at=act.at, actor_id=act.actor.id)
    act.log(kind.value, item.uuid, "delete", "deleted_at", None, act.at)


def merge_items(kind: ListKind, source_id: int, target_id: int, actor: Actor | None = None) -> ChangeSet:
    """Move every record using ``source_id`` over to ``target_id`` and delete the source, in one
    transaction; each moved record is journaled as a field update. Category moves follow the lead
    rules (4 and 5); categories moved to a group without the prospect role lose lead status."""
    actor = require_administrator(actor)
    backup.before_risky_action("merge")  # a copy to go back to; raises BackupFailed, nothing changed
    changes = ChangeSet()
    with action(actor) as act:
        source = get_item(kind, source_id)
        if source_id == target_id:
            raise RuleViolation(Message(MERGE_INTO_ITSELF, {"value": source.name}))
        target = _check_choosable(kind, target_id, "merge")
        assert target is not None
        _check_can_retire(kind, source, actor)
        if kind in sql.LINKS:
            _merge_links(act, kind, source, target, changes)
        elif kind == ListKind.CATEGORY_GROUP:
            for category_id, _, _ in sql.categories_of_group(source_id):
                _change_category_group(act, get_item(ListKind.CATEGORY, category_id), target_id, changes)
        elif kind in sql.REFERENCES:
            _merge_references(act, kind, source, target, changes)
        elif sql.usage_count(kind, source_id):
            raise RuleViolation(Message(SUBSCRIPTION_NO_MERGE))
        _tombstone(act, kind, source)
        changes.add(kind.value, source_id, target_id)
    return changes


def _merge_references(act: Action, kind: ListKind, source: ListItem, target: ListItem, changes: ChangeSet) -> None:
    assert source.id is not None and target.id is not None
    ref = sql.REFERENCES[kind]
    if kind == ListKind.CATEGORY:
        old_rule, new_rule = lists.category_rule(source.id), lists.category_rule(target.id)
        if lead_rules.entering_leads(old_rule, new_rule):  # rule 4 for every company moving over
            reset_lead_status(act, sql.persons_of_category(source.id), lists.default_lead_status(), changes)
    rows = sql.referrers(kind, source.id)
    if not rows:
        return
    sql.move_references(kind, source.id, target.id, act.at, act.actor.id)
    for _record_id, uuid in rows:
        act.log(ref.record_kind, uuid, "update", ref.column, source.uuid, target.uuid)
    changes.add(ref.record_kind, *(r[0] for r in rows))


def _merge_links(act: Action, kind: ListKind, source: ListItem, target: ListItem, changes: ChangeSet) -> None:
    assert source.id is not None and target.id is not None
    link = sql.LINKS[kind]
    owners = sql.link_owners(kind, source.id)
    if not owners:
        return
    current: dict[int, set[int]] = {}
    for batch in bulk.chunks([o[0] for o in owners]):
        current.update(bulk.interest_links(link.link_table, link.owner, batch))
    sql.move_links(kind, source.id, target.id)
    uuids: dict[int, str | None] = {}

    def uuid_of(interest_id: int) -> str | None:
        if interest_id not in uuids:
            uuids[interest_id] = lists.uuid_of(kind, interest_id)
        return uuids[interest_id]

    for batch in bulk.chunks([o[0] for o in owners]):
        bulk.touch(link.table, batch, act.at, act.actor.id)
    for owner_id, uuid in owners:
        before = current.get(owner_id, set())
        after = (before - {source.id}) | {target.id}
        act.log(link.record_kind, uuid, "update", "interest_ids",
                sorted(u for u in map(uuid_of, before) if u), sorted(u for u in map(uuid_of, after) if u))
    changes.add(link.record_kind, *(o[0] for o in owners))


# --- categories, category groups, lead statuses -------------------------------------------------------------


def set_category_group(category_id: int, group_id: int | None, actor: Actor | None = None) -> ChangeSet:
    """Put a category in another group; outside a prospect group its lead status switches off (rule 1)."""
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        category = get_item(ListKind.CATEGORY, category_id)
        if group_id != category.group_id:
            _check_choosable(ListKind.CATEGORY_GROUP, group_id, "group_id")
            _change_category_group(act, category, group_id, changes)
    return changes


def _change_category_group(act: Action, category: ListItem, group_id: int | None, changes: ChangeSet) -> None:
    assert category.id is not None
    enabled = lead_rules.lead_enabled_after_group_change(category.lead_enabled, _group_role(group_id))
    values: dict[str, object] = {"group_id": group_id}
    if enabled != category.lead_enabled:
        values["lead_enabled"] = enabled
    write_item(act, ListKind.CATEGORY, category, values, {"group_id": (
        lists.uuid_of(ListKind.CATEGORY_GROUP, category.group_id), lists.uuid_of(ListKind.CATEGORY_GROUP, group_id))})
    changes.add(ListKind.CATEGORY.value, category.id)


def set_group_role(group_id: int, role: GroupRole | str, actor: Actor | None = None) -> ChangeSet:
    """Change a category group's role; when it stops being the prospect role, its categories lose lead status."""
    actor = require_administrator(actor)
    role = GroupRole(role)
    changes = ChangeSet()
    with action(actor) as act:
        group = get_item(ListKind.CATEGORY_GROUP, group_id)
        if group.role == role.value:
            return changes
        write_item(act, ListKind.CATEGORY_GROUP, group, {"role": role.value})
        changes.add(ListKind.CATEGORY_GROUP.value, group_id)
        for category_id, _, lead_enabled in sql.categories_of_group(group_id):
            if lead_enabled and not lead_rules.lead_enabled_after_group_change(True, role):
                write_item(act, ListKind.CATEGORY, get_item(ListKind.CATEGORY, category_id), {"lead_enabled": False})
                changes.add(ListKind.CATEGORY.value, category_id)
    return changes


def lead_enable_impact(category_id: int, enable: bool) -> int:
    """How many persons switching lead status on (or off) for the category affects: the live persons of
    its companies. On: each gets the default status (rule 4). Off: they keep it, hidden (rule 5)."""
    category = get_item(ListKind.CATEGORY, category_id)
    if category.lead_enabled == enable:
        return 0
    return sql.count_persons_of_category(category_id)


def can_enable_lead_status(category_id: int) -> bool:
    """Rule 1: only a category in a group with the prospect role may have lead status."""
    category = get_item(ListKind.CATEGORY, category_id)
    return lead_rules.can_enable_lead_status(_group_role(category.group_id))


def set_lead_enabled(category_id: int, enable: bool, actor: Actor | None = None) -> ChangeSet:
    """Switch lead status on or off for a category. On: every person of its companies gets the default
    lead status (rule 4), in the same transaction. Off: their values are kept, hidden (rule 5)."""
    actor = require_administrator(actor)
    if enable and lead_enable_impact(category_id, True):
        backup.before_risky_action("lead-status")  # rule 4 overwrites the persons' values
    changes = ChangeSet()
    with action(actor) as act:
        category = get_item(ListKind.CATEGORY, category_id)
        if category.lead_enabled == enable:
            return changes
        lead_rules.check_enable_lead_status(_group_role(category.group_id), enable)
        write_item(act, ListKind.CATEGORY, category, {"lead_enabled": enable})
        changes.add(ListKind.CATEGORY.value, category_id)
        if enable:
            reset_lead_status(act, sql.persons_of_category(category_id), lists.default_lead_status(), changes)
        else:
            changes.add("person", *(p[0] for p in sql.persons_of_category(category_id)))
    return changes


def set_default_lead_status(status_id: int, actor: Actor | None = None) -> ChangeSet:
    """Make ``status_id`` the default lead status (there is always exactly one)."""
    actor = require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        status = _check_choosable(ListKind.LEAD_STATUS, status_id, "is_default")
        assert status is not None
        if status.is_default:
            return changes
        for old_id, old_uuid in sql.clear_default_lead_status(act.at, act.actor.id):
            act.log(ListKind.LEAD_STATUS.value, old_uuid, "update", "is_default", True, False)
            changes.add(ListKind.LEAD_STATUS.value, old_id)
        write_item(act, ListKind.LEAD_STATUS, status, {"is_default": True})
        changes.add(ListKind.LEAD_STATUS.value, status_id)
    return changes


def write_setting(act: Action, key: str, value: str) -> bool:
    """Store a business setting in the meta table (it travels with the data) and journal it as a
    "setting" record named by its key. Returns False when the value was already so."""
    old = get_meta(key)
    if (old or "") == value:
        return False
    set_meta(key, value)
    act.log("setting", key, "update", key, old, value)
    return True


# --- interests in bulk --------------------------------------------------------------------------------------
# For the bulk interests dialog: several interests at once in ONE transaction (services.bulk.change_interest
# does one interest per call; nested calls join this action). A candidate to move into services/bulk.py.


def change_interests(kind: str, ids: Sequence[int], interest_ids: Sequence[int], add: bool, *,
                     actor: Actor | None = None, progress: ProgressFn | None = None) -> BulkResult:
    """Kept for callers of the settings screen; the work is ``services.bulk.change_interests``."""
    return bulk_service.change_interests(kind, ids, interest_ids, add, actor=actor, progress=progress)
