"""The first-run wizard's configuration: read it, say what applying it changes, apply it in one go.

``current_configuration()`` reads the lists, field rules and settings into a ``Draft`` (nothing is
written). ``plan(draft)`` lists what ``apply_configuration(draft)`` would create or change, for the
wizard's summary. ``apply_configuration`` writes everything in ONE transaction: an outer ``action()``
around the same list_admin, field_rules and associates calls the settings screen makes (nested actions
join it), so Cancel or an error leaves nothing behind. List items are matched by id, and new ones by
name (ignoring case and accents), so running the wizard again never duplicates an item; an item that is
removed is deleted when nothing uses it, else merged into the item the administrator chose, or hidden.

Business settings the wizard adds travel with the data in the ``meta`` table: the organisation's name,
the language of the lists, whether the business works with leads, the privacy answers (what personal
data is kept and why, how long persons without contact are kept, the default consent source), the
checklist of seed 003, and "configured" (set once the wizard finished).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop_crm.db import subscriptions as subs_db
from desktop_crm.db.journal import Action, Actor, action, get_meta, utc_now
from desktop_crm.db.models import Company, Person
from desktop_crm.domain import configuration as cfg
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.checklist import Checklist
from desktop_crm.domain.configuration import Draft, DraftItem, FieldChoice, PlannedChange, Privacy
from desktop_crm.domain.entities import AssociateRole, GroupRole, ListItem, ListKind
from desktop_crm.domain.errors import RuleViolation, ValidationFailed
from desktop_crm.domain.names import fold
from desktop_crm.services import associates, backup, field_rules, list_admin

ORGANISATION_KEY = "organisation"
LANGUAGE_KEY = "language"
CONFIGURED_KEY = "configured"
LEADS_KEY = "leads.enabled"
PERSONAL_DATA_KEY = "privacy.personal_data"
RETENTION_KEY = "privacy.retention_months"
CONSENT_SOURCE_KEY = "privacy.consent_source"
CHECKLIST_KEY = "checklist"
CHANGE_KIND = "configuration"  # the ChangeSet of a wizard run names this (plus every list and field rules)


# --- reading ------------------------------------------------------------------------------------------------


def is_configured() -> bool:
    return bool(get_meta(CONFIGURED_KEY))


def has_records() -> bool:
    """Whether the database holds any company or person (deleted ones included)."""
    return Company.select().exists() or Person.select().exists()


def needs_first_run() -> bool:
    """The wizard opens by itself on an empty database (no companies, no persons, not even deleted ones)
    that was never configured."""
    return not is_configured() and not has_records()


def organisation() -> str:
    return get_meta(ORGANISATION_KEY, "") or ""


def works_with_leads() -> bool:
    value = get_meta(LEADS_KEY)
    if value is not None:
        return value == "1"
    return any(c.lead_enabled for c in list_admin.items(ListKind.CATEGORY))


def retention_months() -> int:
    """How long persons without contact are kept before the app proposes to remove them."""
    try:
        value = int(get_meta(RETENTION_KEY, "") or cfg.DEFAULT_RETENTION_MONTHS)
    except ValueError:
        return cfg.DEFAULT_RETENTION_MONTHS
    return min(max(value, 1), cfg.MAX_RETENTION_MONTHS)


def default_consent_source() -> str:
    """The source recorded with a new consent unless the user picks another (services.subscriptions.SOURCES)."""
    value = get_meta(CONSENT_SOURCE_KEY, "") or ""
    return value if value in cfg.CONSENT_SOURCES else "form"


def personal_data_statement() -> str:
    return get_meta(PERSONAL_DATA_KEY, "") or ""


@dataclass(frozen=True)
class SavedChecklist:
    checklist: Checklist
    saved_at: str  # UTC, ISO 8601
    organisation: str


def saved_checklist() -> SavedChecklist | None:
    """The checklist report saved by the wizard, or None."""
    text = get_meta(CHECKLIST_KEY)
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return SavedChecklist(Checklist.from_dict(data), str(data.get("saved_at", "")), organisation())


def current_configuration(language: str | None = None) -> Draft:
    """The configuration as it is in the database, as a draft to edit. Reads only."""
    draft = Draft(language=language or get_meta(LANGUAGE_KEY, "nl") or "nl", organisation=organisation(),
                  workplace=associates.workplace(), works_with_leads=works_with_leads(),
                  privacy=Privacy(personal_data_statement(), retention_months(), default_consent_source()),
                  first_run=not is_configured())
    for kind in cfg.LISTS:
        usage = list_admin.usage_counts(kind)
        draft.lists[kind] = [_draft_item(kind, item, usage.get(item.id or 0, 0))
                             for item in list_admin.items(kind, include_hidden=True)]
    logins = {a.id: a for a in associates.associates(include_hidden=True)}
    for item in draft.items(ListKind.ASSOCIATE):
        info = logins.get(item.id or 0)
        if info is not None:
            item.login, item.has_password = info.login, info.has_password
    for item in draft.items(ListKind.SUBSCRIPTION_TYPE):
        row = subs_db.subscription_type(item.id or 0)
        if row is not None:
            item.purpose, item.legal_basis = row.purpose, row.legal_basis or "consent"
    for kind in field_rules.KINDS:
        draft.fields[kind] = {r.name: FieldChoice(r.shown, r.required, r.can_hide, r.can_require)
                              for r in field_rules.field_rules(kind)}
    saved = saved_checklist()
    draft.checklist = saved.checklist if saved is not None else None
    return draft


def _draft_item(kind: ListKind, item: ListItem, usage: int) -> DraftItem:
    assert item.id is not None
    return DraftItem(item.name, item.description, id=item.id, key=cfg.item_key(item.id), hidden=item.hidden,
                     usage=usage, role=item.role, lead_enabled=item.lead_enabled, is_default=item.is_default,
                     group=cfg.item_key(item.group_id) if item.group_id is not None else None)


def plan(draft: Draft) -> list[PlannedChange]:
    """What applying ``draft`` creates or changes, in the order of the wizard's pages."""
    return cfg.diff(current_configuration(), draft)


# --- writing ------------------------------------------------------------------------------------------------


def apply_configuration(draft: Draft, actor: Actor | None = None) -> ChangeSet:
    """Write the draft: lists, field rules and settings, in one transaction. Raises ValidationFailed or
    RuleViolation (nothing written) when the draft breaks a rule; PermissionDenied for non-administrators."""
    actor = list_admin.require_administrator(actor)
    problems = cfg.problems(draft)
    if problems:
        raise RuleViolation(problems[0])
    if _risky(draft):
        backup.before_risky_action("configuration")  # merges and lead status overwrite values
    changes = ChangeSet()
    with action(actor) as act:
        run = _Run(draft, actor, act, changes)
        run.settings()
        for kind in cfg.LISTS:
            run.sync(kind)
        run.categories()
        run.default_status()
        run.subscription_types()
        run.associates()
        for kind in (ListKind.CATEGORY, *[k for k in cfg.LISTS if k != ListKind.CATEGORY]):
            run.remove(kind)
        for kind in cfg.LISTS:
            run.order(kind)
        run.fields()
        if not is_configured():
            list_admin.write_setting(act, CONFIGURED_KEY, utc_now())
        changes.add(CHANGE_KIND)
    return changes


def _risky(draft: Draft) -> bool:
    """Merges move records; switching lead status on gives persons the default status (rule 4)."""
    if any(i.removed and i.usage and i.merge_into for kind in cfg.LISTS for i in draft.items(kind)):
        return True
    return any(draft.lead_active(c) and not c.lead_enabled and c.usage for c in draft.items(ListKind.CATEGORY))


class _Run:
    """One apply: the draft's keys resolved to database ids as items are created or matched."""

    def __init__(self, draft: Draft, actor: Actor, act: Action, changes: ChangeSet) -> None:
        self.draft, self.actor, self.act, self.changes = draft, actor, act, changes
        self.ids: dict[ListKind, dict[str, int]] = {kind: {} for kind in cfg.LISTS}

    def setting(self, key: str, value: str) -> None:
        if list_admin.write_setting(self.act, key, value):
            self.changes.add("setting")

    def settings(self) -> None:
        d = self.draft
        self.setting(ORGANISATION_KEY, " ".join(d.organisation.split()))
        if d.language in ("nl", "en"):
            self.setting(LANGUAGE_KEY, d.language)
        if d.workplace in cfg.WORKPLACES:
            self.changes.merge(associates.set_workplace(d.workplace, self.actor))
        self.setting(LEADS_KEY, "1" if d.works_with_leads else "0")
        self.setting(PERSONAL_DATA_KEY, d.privacy.personal_data.strip())
        months = min(max(int(d.privacy.retention_months), 1), cfg.MAX_RETENTION_MONTHS)
        self.setting(RETENTION_KEY, str(months))
        source = d.privacy.consent_source if d.privacy.consent_source in cfg.CONSENT_SOURCES else "form"
        self.setting(CONSENT_SOURCE_KEY, source)
        if d.checklist is not None:
            saved = saved_checklist()
            content = d.checklist.to_dict()
            if saved is None or saved.checklist.to_dict() != content:
                self.setting(CHECKLIST_KEY, json.dumps(dict(content, saved_at=self.act.at), ensure_ascii=False,
                                                       sort_keys=True))

    def id_of(self, kind: ListKind, key: str | None) -> int | None:
        return self.ids[kind].get(key) if key else None

    # lists: create, match, rename, describe, show again
    def sync(self, kind: ListKind) -> None:
        live = {i.id: i for i in list_admin.items(kind, include_hidden=True)}
        before = [DraftItem(i.name, id=i.id) for i in live.values()]
        matches = cfg.match_new_items(before, self.draft.items(kind))
        renames: list[tuple[int, str]] = []
        creates: list[tuple[DraftItem, str]] = []
        for item in self.draft.items(kind):
            if item.removed:
                continue
            name = " ".join(item.name.split())
            existing = live.get(item.id) if item.id is not None else None
            if existing is None and item.key in matches:
                existing = live.get(matches[item.key].id)
            if existing is None:
                creates.append((item, name))
                continue
            assert existing.id is not None
            self.ids[kind][item.key] = existing.id
            if existing.name != name:
                renames.append((existing.id, name))
            if item.description.strip() != existing.description:
                self.changes.merge(list_admin.describe_item(kind, existing.id, item.description, self.actor))
            if existing.hidden and not item.hidden:
                self.changes.merge(list_admin.set_hidden(kind, existing.id, False, self.actor))
        self.rename_all(kind, renames)  # first, so a new item may take a name an old one gives up
        for item, name in creates:
            self.ids[kind][item.key] = self.create(kind, item, name)

    def create(self, kind: ListKind, item: DraftItem, name: str) -> int:
        if kind == ListKind.ASSOCIATE:
            info, changes = associates.add_associate(name, item.role or AssociateRole.USER, item.login.strip(),
                                                     self.actor)
            self.changes.merge(changes)
            if item.description.strip():
                self.changes.merge(list_admin.describe_item(kind, info.id, item.description, self.actor))
            return info.id
        extra: dict[str, object] = {}
        if kind == ListKind.CATEGORY_GROUP:
            extra["role"] = item.role or GroupRole.OTHER.value
        if kind == ListKind.CATEGORY:
            extra["group_id"] = self.id_of(ListKind.CATEGORY_GROUP, item.group)
        new, changes = list_admin.add_item(kind, name, item.description, actor=self.actor, **extra)  # type: ignore[arg-type]
        self.changes.merge(changes)
        assert new.id is not None
        return new.id

    def rename_all(self, kind: ListKind, renames: list[tuple[int, str]]) -> None:
        """Rename in an order that works when names move between items (A -> B while B -> C)."""
        pending = list(renames)
        while pending:
            progress = False
            for item_id, name in list(pending):
                try:
                    self.changes.merge(list_admin.rename_item(kind, item_id, name, self.actor))
                except ValidationFailed:
                    continue
                pending.remove((item_id, name))
                progress = True
            if not progress:  # a swap: park one under a free name first
                item_id, name = pending[0]
                self.changes.merge(list_admin.rename_item(kind, item_id, f"{name} ({item_id})", self.actor))

    # categories: group, group roles, lead status
    def categories(self) -> None:
        for item in self.draft.items(ListKind.CATEGORY_GROUP):
            group_id = self.id_of(ListKind.CATEGORY_GROUP, item.key)
            if group_id is not None and not item.removed and item.role:
                self.changes.merge(list_admin.set_group_role(group_id, item.role, self.actor))
        for item in self.draft.items(ListKind.CATEGORY):
            category_id = self.id_of(ListKind.CATEGORY, item.key)
            if category_id is None:
                continue
            current = list_admin.get_item(ListKind.CATEGORY, category_id)
            group_id = self.id_of(ListKind.CATEGORY_GROUP, item.group)
            if group_id is None and item.group is not None:
                group_id = current.group_id  # a group that stays hidden
            if group_id != current.group_id:
                self.changes.merge(list_admin.set_category_group(category_id, group_id, self.actor))
        for item in self.draft.items(ListKind.CATEGORY):
            category_id = self.id_of(ListKind.CATEGORY, item.key)
            if category_id is None:
                continue
            wanted = self.draft.lead_active(item)
            if list_admin.get_item(ListKind.CATEGORY, category_id).lead_enabled != wanted:
                self.changes.merge(list_admin.set_lead_enabled(category_id, wanted, self.actor))

    def default_status(self) -> None:
        chosen = next((i for i in self.draft.visible(ListKind.LEAD_STATUS) if i.is_default), None)
        status_id = self.id_of(ListKind.LEAD_STATUS, chosen.key) if chosen is not None else None
        if status_id is not None:
            self.changes.merge(list_admin.set_default_lead_status(status_id, self.actor))

    def subscription_types(self) -> None:
        kind = ListKind.SUBSCRIPTION_TYPE
        for item in self.draft.items(kind):
            type_id = self.id_of(kind, item.key)
            row = subs_db.subscription_type(type_id) if type_id is not None else None
            if row is None:
                continue
            basis = item.legal_basis if item.legal_basis in cfg.LEGAL_BASES else "consent"
            values = {k: v for k, v in (("purpose", item.purpose.strip()), ("legal_basis", basis))
                      if getattr(row, k) != v}
            if values:
                list_admin.write_item(self.act, kind, list_admin.get_item(kind, row.id), values,
                                      {k: (getattr(row, k), v) for k, v in values.items()})
                self.changes.add(kind.value, row.id)

    def associates(self) -> None:
        kind = ListKind.ASSOCIATE
        items = [i for i in self.draft.items(kind) if not i.removed and self.id_of(kind, i.key) is not None]
        # Promote before demoting, so there is always an administrator.
        items.sort(key=lambda i: i.role != AssociateRole.ADMINISTRATOR.value)
        for item in items:
            associate_id = self.id_of(kind, item.key)
            assert associate_id is not None
            if item.role:
                self.changes.merge(associates.set_role(associate_id, item.role, self.actor))
            self.changes.merge(associates.set_login(associate_id, item.login, self.actor))
            if item.password:
                self.changes.merge(associates.set_password(associate_id, item.password, self.actor))

    # removing: delete when unused, else merge or hide (the lists' rules)
    def remove(self, kind: ListKind) -> None:
        live = {i.id: i for i in list_admin.items(kind, include_hidden=True)}
        kept = set(self.ids[kind].values())
        for item in self.draft.items(kind):
            if not item.removed or item.id is None or item.id in kept or item.id not in live:
                continue
            count = list_admin.usage_count(kind, item.id)
            target = self.id_of(kind, item.merge_into)
            if not count:
                self.changes.merge(list_admin.delete_item(kind, item.id, self.actor))
            elif target is not None and target != item.id and list_admin.can_merge(kind):
                self.changes.merge(list_admin.merge_items(kind, item.id, target, self.actor))
            elif not live[item.id].hidden:
                self.changes.merge(list_admin.set_hidden(kind, item.id, True, self.actor))

    def order(self, kind: ListKind) -> None:
        """Ranks in the draft's order; items the draft does not know keep their place after them."""
        live = {i.id: i for i in list_admin.items(kind, include_hidden=True)}
        wanted: list[int] = []
        for item in self.draft.items(kind):
            item_id = self.id_of(kind, item.key) if not item.removed else item.id
            if item_id in live and item_id not in wanted:
                wanted.append(item_id)
        wanted += [i for i in live if i not in wanted]
        if wanted == list(live):  # already in this order (ranks with gaps are fine)
            return
        for rank, item_id in enumerate(wanted):
            current = live[item_id]
            if current.rank != rank:
                list_admin.write_item(self.act, kind, current, {"rank": rank})
                self.changes.add(kind.value, item_id)

    def fields(self) -> None:
        for kind in field_rules.KINDS:
            rules = {r.name: r for r in field_rules.field_rules(kind)}
            for name, choice in self.draft.fields.get(kind, {}).items():
                rule = rules.get(name)
                if rule is None:
                    continue
                options: dict[str, bool] = {}
                if rule.can_require and choice.required != rule.required:
                    options["required"] = choice.required
                if rule.can_hide and choice.shown != rule.shown and not (choice.required and rule.can_require):
                    options["shown"] = choice.shown
                if options:
                    self.changes.merge(field_rules.set_field_rule(kind, name, actor=self.actor, **options))


def folded_names(kind: ListKind) -> set[str]:
    """The live names of a list, folded (for tests and the wizard's duplicate hints)."""
    return {fold(i.name) for i in list_admin.items(kind)}
