"""SQL for maintaining the administrators' lists: item writes, usage counts, merges, associates.

Usage counts and merges include records in the trash (tombstoned): an undo of their delete brings
them back, and they must then still point at a live list item. Nothing here journals; the services
do that in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.db.connection import database
from desktop_crm.db.lists import model_for
from desktop_crm.db.models import Associate
from desktop_crm.domain.entities import AssociateRole, ListKind


@dataclass(frozen=True)
class Reference:
    """A column of ``table`` (records of ``record_kind``) that points at items of a list."""

    record_kind: str
    table: str
    column: str


@dataclass(frozen=True)
class LinkReference:
    """A link table between records (``owner`` column) and items of a list (``interest_id``)."""

    record_kind: str
    table: str
    link_table: str
    owner: str


REFERENCES: dict[ListKind, Reference] = {
    ListKind.CATEGORY_GROUP: Reference("category", "category", "group_id"),
    ListKind.CATEGORY: Reference("company", "company", "category_id"),
    ListKind.BUSINESS: Reference("company", "company", "business_id"),
    ListKind.LEAD_STATUS: Reference("person", "person", "lead_status_id"),
    ListKind.ASSOCIATE: Reference("company", "company", "our_contact_id"),
}

LINKS: dict[ListKind, LinkReference] = {
    ListKind.COMPANY_INTEREST: LinkReference("company", "company", "company_interest_link", "company_id"),
    ListKind.PERSON_INTEREST: LinkReference("person", "person", "person_interest_link", "person_id"),
}


def _sql(sql: str, params: list | tuple = ()) -> list[tuple]:
    return list(database.obj.execute_sql(sql, params).fetchall())


# --- usage --------------------------------------------------------------------------------------------------


def usage_count(kind: ListKind, item_id: int) -> int:
    """How many records (live or in the trash) use the item."""
    if kind in REFERENCES:
        ref = REFERENCES[kind]
        return _sql(f"SELECT count(*) FROM {ref.table} WHERE {ref.column} = ?", [item_id])[0][0]
    if kind in LINKS:
        link = LINKS[kind]
        return _sql(f"SELECT count(*) FROM {link.link_table} WHERE interest_id = ?", [item_id])[0][0]
    if kind == ListKind.SUBSCRIPTION_TYPE:
        return _sql("SELECT count(DISTINCT person_id) FROM (SELECT person_id FROM subscription WHERE type_id = ?"
                    " UNION ALL SELECT person_id FROM subscription_event WHERE type_id = ?)",
                    [item_id, item_id])[0][0]
    return 0


def live_usage_count(kind: ListKind, item_id: int) -> int:
    """How many live records (not those in the trash) use the item: 0 for lists without references."""
    if kind in REFERENCES:
        ref = REFERENCES[kind]
        trash = " AND deleted_at IS NULL" if ref.table in ("company", "person") else ""
        return _sql(f"SELECT count(*) FROM {ref.table} WHERE {ref.column} = ?{trash}", [item_id])[0][0]
    if kind in LINKS:
        link = LINKS[kind]
        return _sql(f"SELECT count(*) FROM {link.link_table} l JOIN {link.table} r ON r.id = l.{link.owner} "
                    "WHERE l.interest_id = ? AND r.deleted_at IS NULL", [item_id])[0][0]
    return usage_count(kind, item_id)


def usage_counts(kind: ListKind) -> dict[int, int]:
    """Usage of every item of the list at once (for the settings page), item id -> count."""
    if kind in REFERENCES:
        ref = REFERENCES[kind]
        rows = _sql(f"SELECT {ref.column}, count(*) FROM {ref.table} WHERE {ref.column} IS NOT NULL"
                    f" GROUP BY {ref.column}")
    elif kind in LINKS:
        rows = _sql(f"SELECT interest_id, count(*) FROM {LINKS[kind].link_table} GROUP BY interest_id")
    elif kind == ListKind.SUBSCRIPTION_TYPE:
        rows = _sql("SELECT type_id, count(DISTINCT person_id) FROM (SELECT type_id, person_id FROM subscription"
                    " UNION ALL SELECT type_id, person_id FROM subscription_event) GROUP BY type_id")
    else:
        rows = []
    return {item_id: count for item_id, count in rows}


def referrers(kind: ListKind, item_id: int) -> list[tuple[int, str]]:
    """(id, uuid) of the records whose reference column points at the item (not link tables)."""
    ref = REFERENCES[kind]
    return [(r[0], r[1]) for r in _sql(f"SELECT id, uuid FROM {ref.table} WHERE {ref.column} = ? ORDER BY id",
                                       [item_id])]


def move_references(kind: ListKind, from_id: int, to_id: int, at: str, actor_id: int | None) -> int:
    ref = REFERENCES[kind]
    cursor = database.obj.execute_sql(
        f"UPDATE {ref.table} SET {ref.column} = ?, updated_at = ?, version = version + 1, changed_by = ?"
        f" WHERE {ref.column} = ?", [to_id, at, actor_id, from_id])
    return cursor.rowcount


def link_owners(kind: ListKind, item_id: int) -> list[tuple[int, str]]:
    """(id, uuid) of the records linked to the interest."""
    link = LINKS[kind]
    return [(r[0], r[1]) for r in _sql(
        f"SELECT t.id, t.uuid FROM {link.link_table} l JOIN {link.table} t ON t.id = l.{link.owner}"
        f" WHERE l.interest_id = ? ORDER BY t.id", [item_id])]


def move_links(kind: ListKind, from_id: int, to_id: int) -> None:
    """Give every record linked to ``from_id`` a link to ``to_id`` instead (once)."""
    link = LINKS[kind]
    database.obj.execute_sql(
        f"INSERT OR IGNORE INTO {link.link_table} ({link.owner}, interest_id)"
        f" SELECT {link.owner}, ? FROM {link.link_table} WHERE interest_id = ?", [to_id, from_id])
    database.obj.execute_sql(f"DELETE FROM {link.link_table} WHERE interest_id = ?", [from_id])


# --- list items ---------------------------------------------------------------------------------------------


def insert_item(kind: ListKind, values: dict[str, object], *, uuid: str, at: str, actor_id: int | None) -> int:
    model = model_for(kind)
    row = dict(values, uuid=uuid, created_at=at, updated_at=at, version=1, changed_by=actor_id)
    if "group_id" in row:
        row["group"] = row.pop("group_id")
    return model.insert(**row).execute()


def update_item(kind: ListKind, item_id: int, values: dict[str, object], *, at: str, actor_id: int | None) -> None:
    model = model_for(kind)
    row = dict(values, updated_at=at, changed_by=actor_id)
    if "group_id" in row:
        row["group"] = row.pop("group_id")
    model.update(version=model.version + 1, **row).where(model.id == item_id).execute()


def name_taken(kind: ListKind, name: str, exclude_id: int | None = None) -> bool:
    """A live item of the list already has this name (ignoring case)."""
    table = model_for(kind)._meta.table_name
    rows = _sql(f"SELECT id FROM {table} WHERE deleted_at IS NULL AND lower(trim(name)) = lower(trim(?))"
                " AND id IS NOT ?", [name, exclude_id])
    return bool(rows)


def live_ids_in_order(kind: ListKind) -> list[tuple[int, int]]:
    """(id, rank) of the live items in the administrator's order."""
    table = model_for(kind)._meta.table_name
    return [(r[0], r[1]) for r in _sql(f"SELECT id, rank FROM {table} WHERE deleted_at IS NULL ORDER BY rank, id")]


def categories_of_group(group_id: int) -> list[tuple[int, str, bool]]:
    """(id, uuid, lead_enabled) of the live categories in the group."""
    return [(r[0], r[1], bool(r[2])) for r in _sql(
        "SELECT id, uuid, lead_enabled FROM category WHERE group_id = ? AND deleted_at IS NULL ORDER BY id",
        [group_id])]


_PERSONS_OF_CATEGORY = (" FROM person p JOIN company c ON c.id = p.company_id WHERE c.category_id = ?"
                        " AND c.deleted_at IS NULL AND p.deleted_at IS NULL")


def persons_of_category(category_id: int) -> list[tuple[int, str, int | None]]:
    """(id, uuid, lead_status_id) of the live persons of live companies in the category."""
    return [(r[0], r[1], r[2]) for r in _sql("SELECT p.id, p.uuid, p.lead_status_id" + _PERSONS_OF_CATEGORY,
                                              [category_id])]


def count_persons_of_category(category_id: int) -> int:
    return _sql("SELECT count(*)" + _PERSONS_OF_CATEGORY, [category_id])[0][0]


def clear_default_lead_status(at: str, actor_id: int | None) -> list[tuple[int, str]]:
    """Unset the default lead status; returns (id, uuid) of the one that was the default."""
    rows = [(r[0], r[1]) for r in _sql("SELECT id, uuid FROM lead_status WHERE is_default = 1")]
    if rows:
        database.obj.execute_sql("UPDATE lead_status SET is_default = 0, updated_at = ?, version = version + 1,"
                                 " changed_by = ? WHERE is_default = 1", [at, actor_id])
    return rows


# --- associates ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssociateRow:
    id: int
    uuid: str
    name: str
    login: str
    role: str
    hidden: bool
    deleted: bool
    password_hash: str


def associate_row(associate_id: int) -> AssociateRow | None:
    row = Associate.get_or_none(Associate.id == associate_id)
    if row is None:
        return None
    return AssociateRow(row.id, row.uuid, row.name, row.login, row.role, bool(row.hidden),
                        row.deleted_at is not None, row.password_hash)


def associates(include_hidden: bool = True) -> list[AssociateRow]:
    query = Associate.select().where(Associate.deleted_at.is_null())
    if not include_hidden:
        query = query.where(Associate.hidden == False)  # noqa: E712 - peewee expression
    return [AssociateRow(r.id, r.uuid, r.name, r.login, r.role, bool(r.hidden), False, r.password_hash)
            for r in query.order_by(Associate.rank, Associate.id)]


def associate_id_of(uuid: str) -> int | None:
    row = Associate.select(Associate.id).where(Associate.uuid == uuid).tuples().first()
    return row[0] if row else None


def other_active_administrators(associate_id: int | None) -> int:
    """Live, visible administrators other than ``associate_id``."""
    return _sql("SELECT count(*) FROM associate WHERE deleted_at IS NULL AND hidden = 0 AND role = ?"
                " AND id IS NOT ?", [AssociateRole.ADMINISTRATOR.value, associate_id])[0][0]


def login_taken(login: str, exclude_id: int | None) -> bool:
    return bool(_sql("SELECT id FROM associate WHERE deleted_at IS NULL AND login != '' AND lower(login) = lower(?)"
                     " AND id IS NOT ?", [login, exclude_id]))
