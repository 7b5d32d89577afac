"""The import's journal flush (db.importing.flush_journal) writes what Action.flush writes."""

from __future__ import annotations

from desktop_crm.db import importing
from desktop_crm.db.connection import database
from desktop_crm.db.journal import action
from desktop_crm.services import session

COLUMNS = ", ".join(importing.JOURNAL_COLUMNS)


def _journal() -> list[tuple]:
    return database.obj.execute_sql(f"SELECT {COLUMNS} FROM journal ORDER BY seq").fetchall()


def _log_some(act) -> None:
    act.log("person", "p-1", "create", None, None, {"last_name": "Jansen", "notes": "a\nb"})
    act.log("person", "p-1", "update", "email", "", "jan@example.nl")
    act.log("company", "c-1", "update", "employees", 3, None)


def test_the_import_flush_writes_the_rows_action_flush_would(crm) -> None:
    actor = session.current()
    with action(actor) as act:
        _log_some(act)
        expected = list(act.rows)
        importing.flush_journal(act)
        importing.drop_stages()
    rows = _journal()[-3:]
    assert rows == expected  # every column, in order; the action's own columns bound once
    assert rows[0][3:6] == ("person", "p-1", "create") and rows[2][7:9] == ("3", None)


def test_rows_of_more_than_one_action_are_flushed_with_every_column(crm) -> None:
    actor = session.current()
    with action(actor) as act:
        _log_some(act)
        stamp, tx, node, *rest = act.rows[1]
        act.rows[1] = (stamp, "another-tx", node, *rest)  # as if two actions' rows had been gathered
        expected = list(act.rows)
        importing.flush_journal(act)
        importing.drop_stages()
    assert _journal()[-3:] == expected
