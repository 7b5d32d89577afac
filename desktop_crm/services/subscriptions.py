"""Subscriptions of persons to the administrator's subscription types, with the proof of consent.

The ``subscription`` row is the current state (fast to select on); every change also appends a
``subscription_event`` row that is never deleted or changed, so unsubscribing keeps the history a
Dutch business needs under the GDPR (AVG): when, how (the source), on which legal basis, and who
recorded it. Each change is journalled on the person as field ``subscription:<type uuid>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_crm.db import records
from desktop_crm.db import subscriptions as db
from desktop_crm.db.journal import Actor, action
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import LIST_LABELS, ListKind
from desktop_crm.domain.errors import NotFound, RuleViolation
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.messages import Message
from desktop_crm.services import session

SUBSCRIBED = "subscribed"
UNSUBSCRIBED = "unsubscribed"
NEVER_ASKED = "never_asked"

SOURCES = ("form", "phone", "email", "import", "in_person")
LEGAL_BASES = ("consent", "contract", "legitimate_interest")
JOURNAL_FIELD_PREFIX = "subscription:"


@dataclass(frozen=True)
class SubscriptionState:
    """One subscription type and where the person stands with it."""

    type_id: int
    type_uuid: str
    type_name: str
    description: str
    purpose: str
    hidden: bool
    state: str  # SUBSCRIBED, UNSUBSCRIBED or NEVER_ASKED
    since: datetime | None  # local time of the last change
    source: str  # one of SOURCES, or "" when never asked
    legal_basis: str  # one of LEGAL_BASES (the type's default when never asked)
    recorded_by: str


@dataclass(frozen=True)
class SubscriptionEvent:
    """One recorded change of a subscription; never deleted."""

    id: int
    uuid: str
    type_id: int
    type_name: str
    state: str  # SUBSCRIBED or UNSUBSCRIBED
    at: datetime  # local time
    source: str
    legal_basis: str
    recorded_by: str  # the associate's name ("" for the system)
    note: str


def local_time(utc_text: str | None) -> datetime | None:
    """A stored UTC timestamp ("2025-03-01T12:00:00.000Z") as an aware datetime in local time."""
    if not utc_text:
        return None
    return datetime.fromisoformat(utc_text.replace("Z", "+00:00")).astimezone()


def subscriptions_of(person_id: int) -> list[SubscriptionState]:
    """Every active subscription type with the person's state (hidden types only where the person has one)."""
    out = []
    for row in db.states_of(person_id):
        out.append(SubscriptionState(
            type_id=row.type.id, type_uuid=row.type.uuid, type_name=row.type.name, description=row.type.description,
            purpose=row.type.purpose, hidden=row.type.hidden, state=row.state or NEVER_ASKED,
            since=local_time(row.changed_at), source=row.source, legal_basis=row.legal_basis,
            recorded_by=row.recorded_by))
    return out


def set_subscription(person_id: int, type_id: int, subscribed: bool, source: str, legal_basis: str = "consent",
                     note: str = "", actor: Actor | None = None) -> ChangeSet:
    """Subscribe or unsubscribe a person, recording how (``source``) and why (``legal_basis``).

    One transaction: the current state is upserted, an event is appended (never deleted) and the
    change is journalled on the person. Raises NotFound, RuleViolation (a hidden type cannot be
    subscribed to anew) or PermissionDenied; ValueError for an unknown source or legal basis.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}; one of {SOURCES}")
    if legal_basis not in LEGAL_BASES:
        raise ValueError(f"unknown legal basis {legal_basis!r}; one of {LEGAL_BASES}")
    actor = actor or session.current()
    session.require_editor(actor)
    state = SUBSCRIBED if subscribed else UNSUBSCRIBED
    changes = ChangeSet()
    with action(actor) as act:
        person = records.get_person(person_id)
        sub_type = db.subscription_type(type_id)
        if person is None or sub_type is None:
            raise NotFound(Message(m.RECORD_NOT_FOUND))
        old = db.current_state(person_id, type_id)
        if subscribed and sub_type.hidden and old != SUBSCRIBED:
            raise RuleViolation(Message(m.HIDDEN_LIST_ITEM, {"value": sub_type.name,
                                                             "list": LIST_LABELS[ListKind.SUBSCRIPTION_TYPE]}))
        db.upsert(person_id, type_id, state, act.at, source, legal_basis, act.actor.id)
        db.add_event(new_uuid(), person_id, type_id, state, act.at, source, legal_basis, act.actor.id, note.strip())
        act.log("person", person.uuid, "update", JOURNAL_FIELD_PREFIX + sub_type.uuid, old, state)
        changes.add("person", person_id)
        changes.add("subscription", person_id)
    return changes


def history_of(person_id: int, type_id: int | None = None) -> list[SubscriptionEvent]:
    """The person's subscription events (of one type, or all), newest first, with who recorded them."""
    return [SubscriptionEvent(e.id, e.uuid, e.type_id, e.type_name, e.state,
                              local_time(e.at) or datetime.now(UTC).astimezone(), e.source, e.legal_basis,
                              e.recorded_by, e.note)
            for e in db.events_of(person_id, type_id)]
