"""A draft configuration, as the first-run wizard edits it before anything is written.

``services.configuration.current_configuration()`` reads one from the database; the wizard's pages
edit it in memory (Cancel throws it away); ``services.configuration.apply_configuration(draft)`` writes
it in one transaction. Items of the administrators' lists keep their database id (None for new ones)
and a ``key`` that stays the same while the wizard runs, so categories can point at a group that does
not exist yet and a removed item can name the item its records go to.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from desktop_crm.domain import defaults as d
from desktop_crm.domain import demo_data
from desktop_crm.domain.checklist import Checklist, later_items, quick_wins
from desktop_crm.domain.defaults import Text
from desktop_crm.domain.entities import LIST_LABELS, AssociateRole, GroupRole, ListKind
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import fold

WORKPLACES = ("shared", "laptop")
LEGAL_BASES = ("consent", "contract", "legitimate_interest")
CONSENT_SOURCES = ("form", "phone", "email", "import", "in_person")
DATA_CHOICES = ("empty", "import", "demo")
DEFAULT_RETENTION_MONTHS = 24
MAX_RETENTION_MONTHS = 240

# The lists the wizard edits, in the order of its pages.
LISTS: tuple[ListKind, ...] = (ListKind.ASSOCIATE, ListKind.CATEGORY_GROUP, ListKind.CATEGORY, ListKind.BUSINESS,
                               ListKind.COMPANY_INTEREST, ListKind.PERSON_INTEREST, ListKind.SUBSCRIPTION_TYPE,
                               ListKind.LEAD_STATUS)

EMPTY_NAME = QT_TRANSLATE_NOOP("Messages", "Every item of the list {list} needs a name.")
DOUBLE_NAME = QT_TRANSLATE_NOOP("Messages", "The list {list} has \"{value}\" twice.")
NO_ADMINISTRATOR = QT_TRANSLATE_NOOP("Messages", "At least one associate must be an administrator.")
NO_DEFAULT_STATUS = QT_TRANSLATE_NOOP("Messages", "Choose which lead status new leads start with.")
NO_LEAD_STATUS = QT_TRANSLATE_NOOP("Messages", "Working with leads needs at least one lead status.")

_keys = itertools.count(1)


def new_key() -> str:
    return f"new-{next(_keys)}"


def item_key(item_id: int) -> str:
    return f"id-{item_id}"


@dataclass
class DraftItem:
    """One item of an administrator's list in the draft. The attributes after ``usage`` belong to
    particular lists (see ``ListItem``); ``password`` is a new password to set ("" leaves it as it is)."""

    name: str
    description: str = ""
    id: int | None = None
    key: str = field(default_factory=new_key)
    hidden: bool = False  # hidden in the database: kept, not shown by the wizard
    removed: bool = False
    merge_into: str | None = None  # key of the item that takes over the records of a removed item
    usage: int = 0  # records using it when the draft was read
    role: str = ""  # category group: GroupRole; associate: AssociateRole
    group: str | None = None  # category: key of its group
    lead_enabled: bool = False  # category
    is_default: bool = False  # lead status
    purpose: str = ""  # subscription type
    legal_basis: str = "consent"  # subscription type
    login: str = ""  # associate
    has_password: bool = False  # associate
    password: str = ""  # associate

    @property
    def visible(self) -> bool:
        """Shown by the wizard: not removed, not hidden."""
        return not self.removed and not self.hidden


@dataclass
class FieldChoice:
    shown: bool
    required: bool
    can_hide: bool = True
    can_require: bool = True


@dataclass
class Privacy:
    """What the business keeps and why (AVG/GDPR), and the defaults for consent and retention."""

    personal_data: str = ""
    retention_months: int = DEFAULT_RETENTION_MONTHS
    consent_source: str = "form"


@dataclass
class Draft:
    language: str = "nl"
    organisation: str = ""
    workplace: str = "laptop"
    lists: dict[ListKind, list[DraftItem]] = field(default_factory=lambda: {kind: [] for kind in LISTS})
    works_with_leads: bool = True
    fields: dict[str, dict[str, FieldChoice]] = field(default_factory=lambda: {"company": {}, "person": {}})
    privacy: Privacy = field(default_factory=Privacy)
    checklist: Checklist | None = None  # None: the optional step was skipped
    data: str = "empty"  # what to do after Finish: "empty", "import" or "demo" (not part of the transaction)
    first_run: bool = True  # the database has not been configured yet

    def items(self, kind: ListKind) -> list[DraftItem]:
        return self.lists.setdefault(kind, [])

    def visible(self, kind: ListKind) -> list[DraftItem]:
        return [i for i in self.items(kind) if i.visible]

    def find(self, kind: ListKind, key: str | None) -> DraftItem | None:
        return next((i for i in self.items(kind) if i.key == key), None) if key else None

    def group_role(self, category: DraftItem) -> GroupRole | None:
        group = self.find(ListKind.CATEGORY_GROUP, category.group)
        return GroupRole(group.role) if group is not None and group.role else None

    def lead_active(self, category: DraftItem) -> bool:
        """Whether the category will have lead status: the business works with leads, the category is
        switched on, and its group has the prospect role (lead rule 1)."""
        return self.works_with_leads and category.lead_enabled and self.group_role(category) == GroupRole.PROSPECT

    def add(self, kind: ListKind, name: str, **extra: object) -> DraftItem:
        """Add an item at the end; a removed or hidden item of the same name comes back instead."""
        folded = fold(name)
        for item in self.items(kind):
            if (item.removed or item.hidden) and fold(item.name) == folded:
                item.removed, item.hidden, item.merge_into, item.name = False, False, None, name
                for attr, value in extra.items():
                    setattr(item, attr, value)
                return item
        item = DraftItem(name, **extra)  # type: ignore[arg-type]
        self.items(kind).append(item)
        return item

    def remove(self, kind: ListKind, key: str, merge_into: str | None = None) -> None:
        """Take an item out: a new one is dropped; an existing one is deleted when unused, else merged into
        ``merge_into`` or hidden. Categories of a removed group move to ``merge_into`` with it."""
        item = self.find(kind, key)
        if item is None:
            return
        if item.id is None:
            self.items(kind).remove(item)
        else:
            item.removed, item.merge_into = True, merge_into
        for other in self.items(kind):
            if other.merge_into == key:
                other.merge_into = merge_into
        if kind == ListKind.CATEGORY_GROUP and merge_into is not None:
            for category in self.items(ListKind.CATEGORY):
                if category.group == key:
                    category.group = merge_into
        if kind == ListKind.LEAD_STATUS and item.is_default:
            item.is_default = False
            rest = self.visible(kind)
            if rest:
                rest[0].is_default = True

    def move(self, kind: ListKind, key: str, step: int) -> bool:
        """Move a visible item ``step`` places up (-1) or down (+1) among the visible ones."""
        items = self.items(kind)
        visible = [i for i in items if i.visible]
        item = self.find(kind, key)
        if item is None or item not in visible:
            return False
        pos = visible.index(item) + step
        if not 0 <= pos < len(visible):
            return False
        other = visible[pos]
        a, b = items.index(item), items.index(other)
        items[a], items[b] = items[b], items[a]
        return True

    def set_default_status(self, key: str) -> None:
        for item in self.items(ListKind.LEAD_STATUS):
            item.is_default = item.key == key


def problems(draft: Draft, kinds: tuple[ListKind, ...] = LISTS) -> list[Message]:
    """What keeps the draft from being applied: empty or double names, no administrator, no default lead
    status. Empty when it can be applied."""
    out: list[Message] = []
    for kind in kinds:
        seen: set[str] = set()
        for item in draft.items(kind):
            if item.removed:
                continue
            name = " ".join(item.name.split())
            if not name:
                if not item.hidden:
                    out.append(Message(EMPTY_NAME, {"list": LIST_LABELS[kind]}))
                continue
            folded = fold(name)
            if folded in seen:
                out.append(Message(DOUBLE_NAME, {"list": LIST_LABELS[kind], "value": name}))
            seen.add(folded)
    if ListKind.ASSOCIATE in kinds and not any(
            a.role == AssociateRole.ADMINISTRATOR.value for a in draft.visible(ListKind.ASSOCIATE)):
        out.append(Message(NO_ADMINISTRATOR))
    if ListKind.LEAD_STATUS in kinds:
        statuses = draft.visible(ListKind.LEAD_STATUS)
        if draft.works_with_leads and not statuses:
            out.append(Message(NO_LEAD_STATUS))
        elif statuses and sum(1 for s in statuses if s.is_default) != 1:
            out.append(Message(NO_DEFAULT_STATUS))
    unique: list[Message] = []
    for message in out:
        if message not in unique:
            unique.append(message)
    return unique


# --- the seed defaults in the other language ------------------------------------------------------------------


def _default_texts() -> dict[ListKind, list[tuple[Text, Text | None]]]:
    return {
        ListKind.CATEGORY_GROUP: [(g.name, None) for g in d.CATEGORY_GROUPS],
        ListKind.CATEGORY: [(c.name, None) for c in d.CATEGORIES],
        ListKind.LEAD_STATUS: [(s.name, s.description) for s in d.LEAD_STATUSES],
        ListKind.BUSINESS: [(b, None) for b in d.BUSINESSES],
        ListKind.ASSOCIATE: [(d.DEFAULT_ASSOCIATE, None)],
        ListKind.COMPANY_INTEREST: [(t, None) for t in COMPANY_INTEREST_EXAMPLES],
        ListKind.PERSON_INTEREST: [(t, None) for t in PERSON_INTEREST_EXAMPLES],
        ListKind.SUBSCRIPTION_TYPE: [(t, p) for t, p in SUBSCRIPTION_EXAMPLES],
    }


def relabel_defaults(draft: Draft, language: str) -> int:
    """Put the seed defaults still named as in the other language into ``language`` (a new database was
    filled in the system's language; the administrator chose the other one on the first page). Only
    names (and descriptions) that are exactly a default text change. Returns how many items changed."""
    changed = 0
    for kind, texts in _default_texts().items():
        attr = "purpose" if kind == ListKind.SUBSCRIPTION_TYPE else "description"
        for item in draft.items(kind):
            for name, description in texts:
                if item.name != (name.en if language == "nl" else name.nl):
                    continue
                did = item.name != name.get(language)
                item.name = name.get(language)
                if description is not None:
                    old = description.en if language == "nl" else description.nl
                    if getattr(item, attr) == old and old != description.get(language):
                        setattr(item, attr, description.get(language))
                        did = True
                changed += did
                break
    return changed


# --- examples the pages offer --------------------------------------------------------------------------------

COMPANY_INTEREST_EXAMPLES: tuple[Text, ...] = (
    Text("Onderhoudscontract", "Maintenance contract"),
    Text("Nieuwe producten", "New products"),
    Text("Duurzaamheid", "Sustainability"),
    Text("Training en opleiding", "Training"),
    Text("Lease en financiering", "Lease and financing"),
)

PERSON_INTEREST_EXAMPLES: tuple[Text, ...] = (
    Text("Beslisser", "Decision maker"),
    Text("Technisch contact", "Technical contact"),
    Text("Financieel contact", "Financial contact"),
    Text("Golf", "Golf"),
    Text("Wijn", "Wine"),
)

SUBSCRIPTION_EXAMPLES: tuple[tuple[Text, Text], ...] = tuple(
    (Text(*t.name), Text(*t.purpose)) for t in demo_data.SUBSCRIPTION_TYPES)


def examples(kind: ListKind, language: str) -> list[tuple[str, str]]:
    """(name, purpose) suggestions for a list the wizard offers examples for."""
    if kind == ListKind.COMPANY_INTEREST:
        return [(t.get(language), "") for t in COMPANY_INTEREST_EXAMPLES]
    if kind == ListKind.PERSON_INTEREST:
        return [(t.get(language), "") for t in PERSON_INTEREST_EXAMPLES]
    if kind == ListKind.SUBSCRIPTION_TYPE:
        return [(t.get(language), p.get(language)) for t, p in SUBSCRIPTION_EXAMPLES]
    return []


# --- what applying a draft will change ---------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedChange:
    """One line of the summary. ``section``: a ListKind value, "settings", "privacy", "company" or "person"
    (field rules), "checklist" or "data". ``op`` says what happens; ``name``, ``old``, ``new`` and ``count``
    fill in the details (for a list: the item's name; for "merge" ``new`` is the target's name)."""

    section: str
    op: str
    name: str = ""
    old: str = ""
    new: str = ""
    count: int = 0


def _clean(name: str) -> str:
    return " ".join(name.split())


def match_new_items(before: list[DraftItem], after: list[DraftItem]) -> dict[str, DraftItem]:
    """Which existing item each new draft item (no id) will reuse: a live item of the same name (ignoring
    case and accents) that no other draft item keeps. draft key -> the existing item."""
    kept = {i.id for i in after if i.id is not None and not i.removed}
    free = {fold(b.name): b for b in before if b.id not in kept}
    out: dict[str, DraftItem] = {}
    for item in after:
        if item.removed or (item.id is not None and any(b.id == item.id for b in before)):
            continue
        match = free.pop(fold(item.name), None)
        if match is not None:
            out[item.key] = match
    return out


def diff(before: Draft, after: Draft) -> list[PlannedChange]:
    """Everything applying ``after`` to a database that holds ``before`` will create or change."""
    out: list[PlannedChange] = []
    if _clean(after.organisation) != _clean(before.organisation):
        out.append(PlannedChange("settings", "organisation", new=_clean(after.organisation)))
    if after.language != before.language:
        out.append(PlannedChange("settings", "language", new=after.language))
    if after.workplace != before.workplace:
        out.append(PlannedChange("settings", "workplace", new=after.workplace))
    for kind in LISTS:
        out.extend(_diff_list(kind, before, after))
    if after.works_with_leads != before.works_with_leads:
        out.append(PlannedChange("settings", "leads", new="1" if after.works_with_leads else "0"))
    for kind in ("company", "person"):
        for name, choice in after.fields.get(kind, {}).items():
            old = before.fields.get(kind, {}).get(name)
            if old is None:
                continue
            if choice.required != old.required and choice.can_require:
                out.append(PlannedChange(kind, "require" if choice.required else "optional", name))
            if choice.shown != old.shown and choice.can_hide and not (choice.required and not old.required):
                out.append(PlannedChange(kind, "show" if choice.shown else "hide", name))
    p, q = before.privacy, after.privacy
    if q.personal_data.strip() != p.personal_data.strip():
        out.append(PlannedChange("privacy", "personal_data", new=q.personal_data.strip()))
    if q.retention_months != p.retention_months:
        out.append(PlannedChange("privacy", "retention", new=str(q.retention_months)))
    if q.consent_source != p.consent_source:
        out.append(PlannedChange("privacy", "consent_source", new=q.consent_source))
    if after.checklist is not None and (before.checklist is None
                                        or after.checklist.to_dict() != before.checklist.to_dict()):
        out.append(PlannedChange("checklist", "save", count=len(quick_wins(after.checklist)),
                                 new=str(len(later_items(after.checklist)))))
    if after.data in ("import", "demo"):
        out.append(PlannedChange("data", after.data))
    return out


def _diff_list(kind: ListKind, before: Draft, after: Draft) -> list[PlannedChange]:
    out: list[PlannedChange] = []
    old_items = {i.id: i for i in before.items(kind) if i.id is not None}
    matches = match_new_items(before.items(kind), after.items(kind))
    section = kind.value

    def name_of(k: ListKind, key: str | None) -> str:
        item = after.find(k, key) or before.find(k, key)
        return _clean(item.name) if item is not None else ""

    kept: set[int] = set()
    for item in after.items(kind):
        if item.removed:
            continue
        old = old_items.get(item.id) if item.id is not None else None
        old = old or matches.get(item.key)
        name = _clean(item.name)
        if old is None:  # a new item: what it starts with
            out.append(PlannedChange(section, "add", name, new=item.description.strip()))
            if kind == ListKind.ASSOCIATE:
                out.append(PlannedChange(section, "role", name, new=item.role or AssociateRole.USER.value))
            if kind == ListKind.CATEGORY_GROUP:
                out.append(PlannedChange(section, "role", name, new=item.role or GroupRole.OTHER.value))
            if kind == ListKind.CATEGORY and item.group:
                out.append(PlannedChange(section, "group", name, new=name_of(ListKind.CATEGORY_GROUP, item.group)))
            old = DraftItem(name, item.description, role=item.role, group=item.group, purpose=item.purpose,
                            legal_basis=item.legal_basis, login=item.login)
            was_lead = False
            if kind == ListKind.SUBSCRIPTION_TYPE:
                old.purpose, old.legal_basis = "", "consent"
        else:
            kept.add(old.id or 0)
            was_lead = before.lead_active(old) if kind == ListKind.CATEGORY else False
            if _clean(old.name) != name:
                out.append(PlannedChange(section, "rename", name, old=_clean(old.name), new=name))
            if old.hidden and not item.hidden:
                out.append(PlannedChange(section, "show", name))
            if item.description.strip() != old.description.strip():
                out.append(PlannedChange(section, "describe", name, new=item.description.strip()))
            if kind in (ListKind.CATEGORY_GROUP, ListKind.ASSOCIATE) and item.role != old.role:
                out.append(PlannedChange(section, "role", name, old=old.role, new=item.role))
            if kind == ListKind.CATEGORY and item.group != old.group:
                out.append(PlannedChange(section, "group", name, old=name_of(ListKind.CATEGORY_GROUP, old.group),
                                         new=name_of(ListKind.CATEGORY_GROUP, item.group)))
        if kind == ListKind.ASSOCIATE:
            if item.login.strip() != old.login.strip():
                out.append(PlannedChange(section, "login", name, new=item.login.strip()))
            if item.password:
                out.append(PlannedChange(section, "password", name))
        if kind == ListKind.CATEGORY and after.lead_active(item) != was_lead:
            out.append(PlannedChange(section, "lead_on" if after.lead_active(item) else "lead_off", name))
        if kind == ListKind.LEAD_STATUS and item.is_default and not old.is_default:
            out.append(PlannedChange(section, "default", name))
        if kind == ListKind.SUBSCRIPTION_TYPE:
            if item.purpose.strip() != old.purpose.strip():
                out.append(PlannedChange(section, "purpose", name, new=item.purpose.strip()))
            if item.legal_basis != old.legal_basis:
                out.append(PlannedChange(section, "basis", name, new=item.legal_basis))
    for item in after.items(kind):
        if not item.removed or item.id is None or item.id in kept or item.id not in old_items:
            continue
        target = name_of(kind, item.merge_into) if item.merge_into else ""
        if not item.usage:
            out.append(PlannedChange(section, "delete", _clean(item.name)))
        elif target and kind != ListKind.SUBSCRIPTION_TYPE:
            out.append(PlannedChange(section, "merge", _clean(item.name), new=target, count=item.usage))
        elif not item.hidden:
            out.append(PlannedChange(section, "hide", _clean(item.name), count=item.usage))
    old_order = [i.id for i in before.items(kind) if i.visible]
    new_order = [i.id for i in after.items(kind) if i.visible and i.id in old_items]
    if [i for i in old_order if i in new_order] != new_order:
        out.append(PlannedChange(section, "order"))
    return out
