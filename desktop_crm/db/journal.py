"""The change journal: every change, field by field, in the transaction that makes it.

One user action is one ``Action``: one BEGIN IMMEDIATE transaction with one transaction id (``tx``),
the associate who did it, and hybrid-logical-clock stamps that stay ordered when the PC's clock
jumps back (the clock's last value is kept in the ``meta`` table, so it survives restarts and is
shared by every process on the file). The journal is the history the UI shows and what a later
multi-PC sync replicates and merges field by field: values are JSON, and references to other
records are written as their UUIDs, which mean the same on every PC.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_crm.db.connection import database, write_transaction
from desktop_crm.db.models import Journal, Meta
from desktop_crm.domain.hlc import HlcTimestamp, HybridLogicalClock
from desktop_crm.domain.ids import new_uuid

_local = threading.local()


@dataclass(frozen=True)
class Actor:
    """Who makes a change: an associate (or the system when there is none yet)."""

    id: int | None
    uuid: str | None
    name: str
    role: str = "administrator"


SYSTEM = Actor(None, None, "system")


def utc_now() -> str:
    """UTC time as ISO 8601 with milliseconds and a Z: sorts as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def get_meta(key: str, default: str | None = None) -> str | None:
    row = Meta.get_or_none(Meta.key == key)
    return row.value if row else default


def set_meta(key: str, value: str) -> None:
    Meta.insert(key=key, value=value).on_conflict_replace().execute()


def node_id() -> str:
    """This database copy's id in the journal ("origin"), made once per file."""
    value = get_meta("node_id")
    if value is None:
        value = new_uuid()[-12:]
        set_meta("node_id", value)
    return value


def encode(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def decode(text: str | None) -> object:
    return None if text is None else json.loads(text)


@dataclass
class Action:
    """The journal side of one transaction; ``log`` rows are written when the action ends."""

    actor: Actor
    tx: str = field(default_factory=new_uuid)
    at: str = field(default_factory=utc_now)
    rows: list[tuple] = field(default_factory=list)
    clock: HybridLogicalClock | None = None

    def log(self, kind: str, record_uuid: str, op: str, field_name: str | None = None,
            old: object = None, new: object = None) -> None:
        if self.clock is None:
            self.clock = _load_clock()
        stamp = self.clock.now().encode()
        self.rows.append((stamp, self.tx, self.clock.node, kind, record_uuid, op, field_name,
                          encode(old), encode(new), self.at, self.actor.uuid, self.actor.name))

    def log_changes(self, kind: str, record_uuid: str, op: str, changes: dict[str, tuple[object, object]]) -> None:
        if op in ("delete", "restore") and not changes:
            self.log(kind, record_uuid, op)
        for name, (old, new) in changes.items():
            self.log(kind, record_uuid, op, name, old, new)

    def flush(self) -> None:
        if not self.rows:
            return
        cursor = database.obj.cursor()
        cursor.executemany(
            "INSERT INTO journal (hlc, tx, origin, record_kind, record_uuid, op, field, old_value, new_value,"
            " at, associate_uuid, associate_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.rows)
        assert self.clock is not None
        set_meta("hlc_last", self.clock.last.encode())
        self.rows.clear()


def _load_clock() -> HybridLogicalClock:
    node = node_id()
    last = get_meta("hlc_last")
    return HybridLogicalClock(node, HlcTimestamp.decode(last) if last else None)


def current_action() -> Action | None:
    return getattr(_local, "action", None)


@contextmanager
def action(actor: Actor) -> Iterator[Action]:
    """Run one user action: one transaction, its journal rows written inside it before commit.

    Nested calls join the outer action. An exception rolls back the data and the journal alike.
    """
    from desktop_crm.db.connection import DB_ERRORS
    from desktop_crm.db.storage import storage_error

    outer = current_action()
    if outer is not None:
        yield outer
        return
    try:
        with write_transaction():
            act = Action(actor)
            _local.action = act
            try:
                yield act
                act.flush()
            finally:
                _local.action = None
    except DB_ERRORS as exc:
        # A full disk, a read-only file, an I/O error...: rolled back; say so in words (db/storage.py).
        failure = storage_error(exc)
        if failure is None:
            raise
        raise failure from exc


def history(record_uuid: str, limit: int = 500) -> list[Journal]:
    """The journal of one record, newest first."""
    return list(Journal.select().where(Journal.record_uuid == record_uuid)
                .order_by(Journal.seq.desc()).limit(limit))


def entries_of_tx(tx: str) -> list[Journal]:
    return list(Journal.select().where(Journal.tx == tx).order_by(Journal.seq))
