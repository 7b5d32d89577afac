"""Reading and writing the administrators' lists."""

from __future__ import annotations

from peewee import JOIN

from desktop_crm.db.models import LIST_MODELS, Category, CategoryGroup, LeadStatus, ListItemModel
from desktop_crm.domain.entities import GroupRole, ListItem, ListKind
from desktop_crm.domain.lead_rules import CategoryRule


def model_for(kind: ListKind) -> type[ListItemModel]:
    return LIST_MODELS[kind.value]


def to_item(kind: ListKind, row: ListItemModel) -> ListItem:
    item = ListItem(id=row.id, kind=kind, name=row.name, description=row.description, rank=row.rank,
                    hidden=bool(row.hidden), uuid=row.uuid)
    if isinstance(row, Category):
        item.group_id = row.group_id
        item.lead_enabled = bool(row.lead_enabled)
    if hasattr(row, "role"):
        item.role = row.role
    if isinstance(row, LeadStatus):
        item.is_default = bool(row.is_default)
    return item


def items(kind: ListKind, include_hidden: bool = True) -> list[ListItem]:
    model = model_for(kind)
    query = model.select().where(model.deleted_at.is_null())
    if not include_hidden:
        query = query.where(model.hidden == False)  # noqa: E712 - peewee expression
    return [to_item(kind, row) for row in query.order_by(model.rank, model.id)]


def item(kind: ListKind, item_id: int) -> ListItem | None:
    model = model_for(kind)
    row = model.get_or_none(model.id == item_id)
    return to_item(kind, row) if row else None


def uuid_of(kind: ListKind, item_id: int | None) -> str | None:
    if item_id is None:
        return None
    model = model_for(kind)
    row = model.select(model.uuid).where(model.id == item_id).tuples().first()
    return row[0] if row else None


def category_rule(category_id: int | None) -> CategoryRule | None:
    """What the lead rules need to know of a category (None for no category)."""
    if category_id is None:
        return None
    row = (Category.select(Category.lead_enabled, CategoryGroup.role)
           .join(CategoryGroup, on=(Category.group == CategoryGroup.id), join_type=JOIN.LEFT_OUTER)
           .where(Category.id == category_id).tuples().first())
    if row is None:
        return None
    lead_enabled, role = row
    return CategoryRule(GroupRole(role) if role else None, bool(lead_enabled))


def default_lead_status() -> int | None:
    row = (LeadStatus.select(LeadStatus.id)
           .where(LeadStatus.is_default == True, LeadStatus.deleted_at.is_null())  # noqa: E712
           .tuples().first())
    return row[0] if row else None


def next_rank(kind: ListKind) -> int:
    model = model_for(kind)
    top = model.select(model.rank).order_by(model.rank.desc()).limit(1).tuples().first()
    return (top[0] + 1) if top else 0


def id_of(kind: ListKind, item_uuid: str | None) -> int | None:
    if item_uuid is None:
        return None
    model = model_for(kind)
    row = model.select(model.id).where(model.uuid == item_uuid).tuples().first()
    return row[0] if row else None
