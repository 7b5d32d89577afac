"""Who is working: the signed-in associate, used to stamp every change and to check rights."""

from __future__ import annotations

from desktop_crm.db.journal import SYSTEM, Actor
from desktop_crm.db.models import Associate
from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import AssociateRole
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.messages import Message

_current: Actor | None = None


def sign_in(associate_id: int) -> Actor:
    global _current
    row = Associate.get_by_id(associate_id)
    _current = Actor(row.id, row.uuid, row.name, row.role)
    return _current


def sign_out() -> None:
    global _current
    _current = None


def current() -> Actor:
    """The signed-in associate; without one, the first administrator (a one-person office)."""
    if _current is not None:
        return _current
    row = (Associate.select().where(Associate.role == AssociateRole.ADMINISTRATOR.value,
                                    Associate.deleted_at.is_null())
           .order_by(Associate.rank, Associate.id).first())
    if row is None:
        return SYSTEM
    return Actor(row.id, row.uuid, row.name, row.role)


def require_editor(actor: Actor) -> None:
    if actor.role == AssociateRole.READ_ONLY.value:
        raise PermissionDenied(Message(m.READ_ONLY_ASSOCIATE, {"name": actor.name}))


def can_edit(actor: Actor | None = None) -> bool:
    return (actor or current()).role != AssociateRole.READ_ONLY.value


def is_administrator(actor: Actor | None = None) -> bool:
    return (actor or current()).role == AssociateRole.ADMINISTRATOR.value
