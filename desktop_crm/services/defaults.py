"""Filling a new database with the lists the seeds describe, in the user's language."""

from __future__ import annotations

import getpass

from desktop_crm.db.journal import SYSTEM, Action, action, set_meta, utc_now
from desktop_crm.db.models import LIST_MODELS, Associate, Category, CategoryGroup, LeadStatus
from desktop_crm.domain import defaults as d
from desktop_crm.domain.entities import AssociateRole
from desktop_crm.domain.ids import new_uuid


def _add(act: Action, kind: str, rank: int, name: str, **extra: object) -> int:
    model = LIST_MODELS[kind]
    uuid = new_uuid()
    row_id = model.insert(uuid=uuid, created_at=act.at, updated_at=act.at, name=name, rank=rank,
                          **extra).execute()
    fields = {"name": name, "rank": rank, **{k: v for k, v in extra.items() if not k.endswith("group")}}
    act.log(kind, uuid, "create", None, None, fields)
    return row_id


def fill_defaults(language: str = "nl", associate_name: str | None = None) -> None:
    """Write the default lists (seeds 001 and 002) into an empty database, in one transaction."""
    with action(SYSTEM) as act:
        if LeadStatus.select().exists():
            return
        name = associate_name or _login_name() or d.DEFAULT_ASSOCIATE.get(language)
        _add(act, "associate", 0, name, role=AssociateRole.ADMINISTRATOR.value, login=_login_name())
        groups: dict[str, int] = {}
        for rank, g in enumerate(d.CATEGORY_GROUPS):
            groups[g.key] = _add(act, "category_group", rank, g.name.get(language), role=g.role.value)
        for rank, c in enumerate(d.CATEGORIES):
            _add(act, "category", rank, c.name.get(language), group=groups[c.group], lead_enabled=c.lead_enabled)
        for rank, s in enumerate(d.LEAD_STATUSES):
            _add(act, "lead_status", rank, s.name.get(language), description=s.description.get(language),
                 is_default=s.is_default)
        for rank, b in enumerate(d.BUSINESSES):
            _add(act, "business", rank, b.get(language))
        set_meta("language", language)
        set_meta("created_at", utc_now())
    # Sanity: the defaults are consistent with the lead rules.
    assert Category.select().where(Category.lead_enabled == True).join(  # noqa: E712
        CategoryGroup).where(CategoryGroup.role != "prospect").count() == 0
    assert Associate.select().count() >= 1


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return ""


