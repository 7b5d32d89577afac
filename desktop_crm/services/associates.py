"""Associates, their roles and the sign-in: who is working, and what they may do.

Roles: administrator (everything), user (edit records, not settings), read-only (view only).
On a shared PC ("workplace" = "shared") the app asks who is working at every start; an associate may
have a password, stored as a salted scrypt hash (``domain.passwords``), never in clear text. On a
laptop ("laptop") the app remembers the associate (the UI keeps their UUID in QSettings) and signs
them in without asking. ``sign_in`` stamps every following journal row with the associate.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.db import list_admin as sql
from desktop_crm.db.journal import Actor, action, get_meta
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import AssociateRole, ListKind
from desktop_crm.domain.errors import FieldError, NotFound, PermissionDenied, RuleViolation, ValidationFailed
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.passwords import hash_password, verify_password
from desktop_crm.services import list_admin, session

WORKPLACE_KEY = "workplace"
SHARED, LAPTOP = "shared", "laptop"
WORKPLACES = (SHARED, LAPTOP)

WRONG_PASSWORD = QT_TRANSLATE_NOOP("Messages", "That password is not right. Try again.")
CANNOT_SIGN_IN = QT_TRANSLATE_NOOP("Messages", "{name} cannot sign in: this associate is hidden or deleted.")
LOGIN_TAKEN = QT_TRANSLATE_NOOP("Messages", "Another associate already uses the login \"{value}\".")
OWN_PASSWORD_ONLY = QT_TRANSLATE_NOOP("Messages", "Only an administrator can set another associate's password.")


@dataclass(frozen=True)
class AssociateInfo:
    """An associate as the settings page and the sign-in dialog show it (never the password hash)."""

    id: int
    uuid: str
    name: str
    login: str
    role: AssociateRole
    hidden: bool
    has_password: bool


def _info(row: sql.AssociateRow) -> AssociateInfo:
    return AssociateInfo(row.id, row.uuid, row.name, row.login, AssociateRole(row.role), row.hidden,
                         bool(row.password_hash))


def _row(associate_id: int) -> sql.AssociateRow:
    row = sql.associate_row(associate_id)
    if row is None or row.deleted:
        raise NotFound(Message(m.RECORD_NOT_FOUND))
    return row


def associates(include_hidden: bool = True) -> list[AssociateInfo]:
    return [_info(r) for r in sql.associates(include_hidden)]


def associate(associate_id: int) -> AssociateInfo:
    return _info(_row(associate_id))


def associate_id_by_uuid(associate_uuid: str | None) -> int | None:
    return sql.associate_id_of(associate_uuid) if associate_uuid else None


def sign_in_choices() -> list[AssociateInfo]:
    """Who can sign in: the visible associates, in the list's order."""
    return associates(include_hidden=False)


# --- the workplace setting ----------------------------------------------------------------------------------


def workplace() -> str:
    """"shared" (ask who is working at every start) or "laptop" (remember the associate; the default)."""
    value = get_meta(WORKPLACE_KEY, LAPTOP)
    return value if value in WORKPLACES else LAPTOP


def set_workplace(value: str, actor: Actor | None = None) -> ChangeSet:
    if value not in WORKPLACES:
        raise ValueError(value)
    actor = list_admin.require_administrator(actor)
    changes = ChangeSet()
    with action(actor) as act:
        if list_admin.write_setting(act, WORKPLACE_KEY, value):
            changes.add("setting")
    return changes


# --- signing in ---------------------------------------------------------------------------------------------


def needs_password(associate_id: int) -> bool:
    return bool(_row(associate_id).password_hash)


def sign_in(associate_id: int, password: str = "") -> Actor:
    """Sign in as the associate, checking the password if they have one. Raises PermissionDenied."""
    row = _row(associate_id)
    if row.hidden:
        raise PermissionDenied(Message(CANNOT_SIGN_IN, {"name": row.name}))
    if row.password_hash and not verify_password(password, row.password_hash):
        raise PermissionDenied(Message(WRONG_PASSWORD))
    return session.sign_in(associate_id)


def sign_in_remembered(associate_uuid: str | None) -> Actor | None:
    """On a laptop: sign in the remembered associate without asking; None when they are no longer
    there (deleted, hidden, or another database) and the app must ask."""
    if not associate_uuid:
        return None
    associate_id = sql.associate_id_of(associate_uuid)
    row = sql.associate_row(associate_id) if associate_id is not None else None
    if row is None or row.deleted or row.hidden:
        return None
    return session.sign_in(row.id)


def signed_in() -> Actor:
    return session.current()


# --- maintaining associates (Settings > Associates) ---------------------------------------------------------


def add_associate(name: str, role: AssociateRole | str = AssociateRole.USER, login: str = "",
                  actor: Actor | None = None) -> tuple[AssociateInfo, ChangeSet]:
    actor = list_admin.require_administrator(actor)
    with action(actor):
        item, changes = list_admin.add_item(ListKind.ASSOCIATE, name, role=AssociateRole(role).value, actor=actor)
        assert item.id is not None
        if login:
            changes.merge(set_login(item.id, login, actor))
    return associate(item.id), changes


def set_role(associate_id: int, role: AssociateRole | str, actor: Actor | None = None) -> ChangeSet:
    """Change an associate's role; there is always at least one administrator left."""
    actor = list_admin.require_administrator(actor)
    role = AssociateRole(role)
    changes = ChangeSet()
    with action(actor) as act:
        item = list_admin.get_item(ListKind.ASSOCIATE, associate_id)
        if item.role == role.value:
            return changes
        if (item.role == AssociateRole.ADMINISTRATOR.value and not item.hidden
                and sql.other_active_administrators(associate_id) == 0):
            raise RuleViolation(Message(list_admin.LAST_ADMINISTRATOR))
        list_admin.write_item(act, ListKind.ASSOCIATE, item, {"role": role.value})
        changes.add(ListKind.ASSOCIATE.value, associate_id)
    _refresh_session(associate_id)
    return changes


def set_login(associate_id: int, login: str, actor: Actor | None = None) -> ChangeSet:
    actor = list_admin.require_administrator(actor)
    login = login.strip()
    changes = ChangeSet()
    with action(actor) as act:
        row = _row(associate_id)
        if login == row.login:
            return changes
        if login and sql.login_taken(login, associate_id):
            raise ValidationFailed([FieldError("login", Message(LOGIN_TAKEN, {"value": login}))])
        sql.update_item(ListKind.ASSOCIATE, associate_id, {"login": login}, at=act.at, actor_id=act.actor.id)
        act.log(ListKind.ASSOCIATE.value, row.uuid, "update", "login", row.login, login)
        changes.add(ListKind.ASSOCIATE.value, associate_id)
    return changes


def set_password(associate_id: int, password: str | None, actor: Actor | None = None) -> ChangeSet:
    """Set (or with None / "" clear) the associate's password. An administrator may do this for anyone,
    an associate for themselves. The journal records only that a password was set or cleared."""
    actor = actor or session.current()
    if actor.id != associate_id and not session.is_administrator(actor):
        raise PermissionDenied(Message(OWN_PASSWORD_ONLY))
    changes = ChangeSet()
    with action(actor) as act:
        row = _row(associate_id)
        new_hash = hash_password(password) if password else ""
        if not new_hash and not row.password_hash:
            return changes
        sql.update_item(ListKind.ASSOCIATE, associate_id, {"password_hash": new_hash}, at=act.at,
                        actor_id=act.actor.id)
        act.log(ListKind.ASSOCIATE.value, row.uuid, "update", "password", bool(row.password_hash), bool(new_hash))
        changes.add(ListKind.ASSOCIATE.value, associate_id)
    return changes


def _refresh_session(associate_id: int) -> None:
    """The signed-in associate's own role changed: stamp and check with the new one from now on."""
    if session.current().id == associate_id:
        session.sign_in(associate_id)
