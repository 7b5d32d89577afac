"""Subscriptions: state per type, the proof of consent that survives unsubscribing, the journal."""

from __future__ import annotations

import pytest

from desktop_crm.db import journal
from desktop_crm.db.journal import utc_now
from desktop_crm.db.models import LIST_MODELS, Associate, SubscriptionEvent
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.domain.errors import PermissionDenied, RuleViolation
from desktop_crm.domain.ids import new_uuid
from desktop_crm.services import companies, persons, session
from desktop_crm.services import subscriptions as subs


def add_list_item(kind: ListKind, name: str, rank: int = 0, **extra: object) -> int:
    """A list item written straight to the database (the settings screen is another issue's)."""
    now = utc_now()
    return LIST_MODELS[kind.value].insert(uuid=new_uuid(), created_at=now, updated_at=now, name=name, rank=rank,
                                          **extra).execute()


def a_person() -> Person:
    company, _ = companies.save_company(Company(name="Drukkerij Jansen"))
    saved, _ = persons.save_person(Person(company_id=company.id, first_name="Eva", last_name="Jansen"))
    return saved


def test_every_active_type_starts_never_asked(crm) -> None:
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief", 0)
    add_list_item(ListKind.SUBSCRIPTION_TYPE, "Uitnodigingen", 1)
    add_list_item(ListKind.SUBSCRIPTION_TYPE, "Oud", 2, hidden=True)
    p = a_person()
    states = subs.subscriptions_of(p.id)
    assert [(s.type_name, s.state) for s in states] == [("Nieuwsbrief", subs.NEVER_ASKED),
                                                          ("Uitnodigingen", subs.NEVER_ASKED)]
    assert states[0].type_id == news and states[0].since is None and states[0].legal_basis == "consent"


def test_history_survives_unsubscribe_and_resubscribe(crm) -> None:
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    p = a_person()
    changes = subs.set_subscription(p.id, news, True, "form", note="Websiteformulier")
    assert changes.ids("person") == {p.id}
    subs.set_subscription(p.id, news, False, "email")
    subs.set_subscription(p.id, news, True, "phone", "contract")
    state = subs.subscriptions_of(p.id)[0]
    assert (state.state, state.source, state.legal_basis) == (subs.SUBSCRIBED, "phone", "contract")
    assert state.since is not None and state.since.tzinfo is not None
    events = subs.history_of(p.id, news)
    assert [(e.state, e.source) for e in events] == [("subscribed", "phone"), ("unsubscribed", "email"),
                                                      ("subscribed", "form")]
    admin = Associate.get()
    assert {e.recorded_by for e in events} == {admin.name}
    assert events[-1].note == "Websiteformulier"
    assert SubscriptionEvent.select().count() == 3
    rows = [r for r in journal.history(p.uuid) if (r.field or "").startswith("subscription:")]
    assert [(journal.decode(r.old_value), journal.decode(r.new_value)) for r in rows] == [
        ("unsubscribed", "subscribed"), ("subscribed", "unsubscribed"), (None, "subscribed")]


def test_hidden_type_cannot_be_subscribed_anew_but_stays_visible_when_held(crm) -> None:
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    p = a_person()
    subs.set_subscription(p.id, news, True, "in_person")
    LIST_MODELS["subscription_type"].update(hidden=True).execute()
    assert [s.type_name for s in subs.subscriptions_of(p.id)] == ["Nieuwsbrief"]
    subs.set_subscription(p.id, news, False, "email")  # unsubscribing is always allowed
    with pytest.raises(RuleViolation):
        subs.set_subscription(p.id, news, True, "email")
    assert len(subs.history_of(p.id)) == 2


def test_unknown_source_and_read_only_associate_are_refused(crm) -> None:
    news = add_list_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    p = a_person()
    with pytest.raises(ValueError):
        subs.set_subscription(p.id, news, True, "fax")
    reader = add_list_item(ListKind.ASSOCIATE, "Lees Alleen", role="read_only")
    session.sign_in(reader)
    with pytest.raises(PermissionDenied):
        subs.set_subscription(p.id, news, True, "form")
    assert subs.history_of(p.id) == []
