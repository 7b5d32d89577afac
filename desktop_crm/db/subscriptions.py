"""Subscriptions: the current state per person and type, and the events that are never deleted."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from desktop_crm.db.models import Associate, Subscription, SubscriptionEvent, SubscriptionType


@dataclass(frozen=True)
class TypeRow:
    id: int
    uuid: str
    name: str
    description: str
    purpose: str
    legal_basis: str
    hidden: bool


@dataclass(frozen=True)
class StateRow:
    type: TypeRow
    state: str | None  # "subscribed", "unsubscribed", or None: never asked
    changed_at: str | None
    source: str
    legal_basis: str
    recorded_by: str


@dataclass(frozen=True)
class EventRow:
    id: int
    uuid: str
    type_id: int
    type_name: str
    state: str
    at: str
    source: str
    legal_basis: str
    recorded_by: str
    note: str


def _type(row: SubscriptionType) -> TypeRow:
    return TypeRow(row.id, row.uuid, row.name, row.description, row.purpose, row.legal_basis, bool(row.hidden))


def subscription_type(type_id: int) -> TypeRow | None:
    row = SubscriptionType.get_or_none(SubscriptionType.id == type_id, SubscriptionType.deleted_at.is_null())
    return _type(row) if row else None


def states_of(person_id: int) -> list[StateRow]:
    """Every live subscription type that is not hidden, plus hidden ones the person has a state for,
    in the administrator's order, with the person's current state of each."""
    query = (SubscriptionType
             .select(SubscriptionType, Subscription.state, Subscription.changed_at, Subscription.source,
                     Subscription.legal_basis.alias("sub_basis"), Associate.name.alias("who"))
             .join(Subscription, JOIN.LEFT_OUTER,
                   on=((Subscription.type == SubscriptionType.id) & (Subscription.person == person_id)))
             .join(Associate, JOIN.LEFT_OUTER, on=(Subscription.recorded_by == Associate.id))
             .where(SubscriptionType.deleted_at.is_null())
             .order_by(SubscriptionType.rank, SubscriptionType.id)
             .objects())
    out = []
    for row in query:
        state = getattr(row, "state", None)
        if row.hidden and state is None:
            continue
        out.append(StateRow(_type(row), state, getattr(row, "changed_at", None), getattr(row, "source", "") or "",
                            getattr(row, "sub_basis", None) or row.legal_basis, getattr(row, "who", "") or ""))
    return out


def current_state(person_id: int, type_id: int) -> str | None:
    row = (Subscription.select(Subscription.state)
           .where(Subscription.person == person_id, Subscription.type == type_id).tuples().first())
    return row[0] if row else None


def upsert(person_id: int, type_id: int, state: str, at: str, source: str, legal_basis: str,
           recorded_by: int | None) -> None:
    values = {"state": state, "changed_at": at, "source": source, "legal_basis": legal_basis,
              "recorded_by": recorded_by}
    (Subscription.insert(person=person_id, type=type_id, **values)
     .on_conflict(conflict_target=[Subscription.person, Subscription.type],
                  update={getattr(Subscription, k): v for k, v in values.items()})
     .execute())


def add_event(uuid: str, person_id: int, type_id: int, state: str, at: str, source: str, legal_basis: str,
              recorded_by: int | None, note: str) -> int:
    return SubscriptionEvent.insert(uuid=uuid, person=person_id, type=type_id, state=state, at=at, source=source,
                                    legal_basis=legal_basis, recorded_by=recorded_by, note=note).execute()


def events_of(person_id: int, type_id: int | None = None) -> list[EventRow]:
    """The person's subscription events, newest first."""
    query = (SubscriptionEvent
             .select(SubscriptionEvent, SubscriptionType.name.alias("type_name"), Associate.name.alias("who"))
             .join(SubscriptionType, on=(SubscriptionEvent.type == SubscriptionType.id))
             .switch(SubscriptionEvent)
             .join(Associate, JOIN.LEFT_OUTER, on=(SubscriptionEvent.recorded_by == Associate.id))
             .where(SubscriptionEvent.person == person_id))
    if type_id is not None:
        query = query.where(SubscriptionEvent.type == type_id)
    query = query.order_by(SubscriptionEvent.at.desc(), SubscriptionEvent.id.desc()).objects()
    return [EventRow(row.id, row.uuid, row.type_id, row.type_name, row.state, row.at, row.source, row.legal_basis,
                     getattr(row, "who", "") or "", row.note) for row in query]


def states_for(person_ids: list[int], type_id: int) -> dict[int, str]:
    """Current state of one type for many persons (absent: never asked)."""
    rows = (Subscription.select(Subscription.person, Subscription.state)
            .where(Subscription.type == type_id, Subscription.person.in_(person_ids)).tuples())
    return dict(rows)


def clear_state(person_id: int, type_id: int) -> None:
    """Back to "never asked" (an undo); the events stay."""
    Subscription.delete().where(Subscription.person == person_id, Subscription.type == type_id).execute()
