"""A second process for the reliability tests: ``python -m tests.reliability.child COMMAND ...``.

    bulk DB CATEGORY           one bulk category change over every company (killed by the crash test)
    edit DB ID CITY            read company ID, say "read", wait for "go" on stdin, save CITY; print the outcome
    hammer DB ID COUNT         save company ID's notes COUNT times (read, change, save); print the outcomes

Each prints one JSON object per line on stdout, flushed, so the parent can follow it.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from desktop_crm.domain.errors import CrmError, StaleRecord
from desktop_crm.services import bulk, companies, database


def say(**data: object) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def run_bulk(path: Path, category_name: str) -> None:
    database.open_db(path, create=False)
    from desktop_crm.db.connection import database as proxy

    db = proxy.obj
    category = db.execute_sql("SELECT id FROM category WHERE name = ?", (category_name,)).fetchone()[0]
    ids = [r[0] for r in db.execute_sql("SELECT id FROM company ORDER BY id").fetchall()]
    say(event="ready", companies=len(ids))

    def progress(done: int, total: int) -> bool:
        say(event="progress", done=done, total=total)
        return True

    result = bulk.set_category(ids, category, progress=progress)
    say(event="committed", changed=result.changed)
    database.close()


def run_edit(path: Path, company_id: int, city: str) -> None:
    database.open_db(path, create=False)
    company = companies.get_company(company_id)
    say(event="read", version=company.version)
    sys.stdin.readline()  # "go"
    try:
        saved, _ = companies.save_company(replace(company, city=city))
        say(event="saved", version=saved.version)
    except StaleRecord:
        say(event="stale")
    except CrmError as exc:
        say(event="error", kind=type(exc).__name__, text=str(exc))
    database.close()


def run_hammer(path: Path, company_id: int, count: int) -> None:
    database.open_db(path, create=False)
    say(event="ready")
    sys.stdin.readline()
    outcomes: dict[str, int] = {}
    for i in range(count):
        try:
            company = companies.get_company(company_id)
            companies.save_company(replace(company, notes=f"{os.getpid()} save {i}"))
            key = "saved"
        except StaleRecord:
            key = "stale"
        except CrmError as exc:
            key = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            key = f"unexpected {type(exc).__name__}: {exc}"
        outcomes[key] = outcomes.get(key, 0) + 1
    say(event="done", outcomes=outcomes)
    database.close()


def main(argv: list[str]) -> None:
    command, path = argv[0], Path(argv[1])
    if command == "bulk":
        run_bulk(path, argv[2])
    elif command == "edit":
        run_edit(path, int(argv[2]), argv[3])
    elif command == "hammer":
        run_hammer(path, int(argv[2]), int(argv[3]))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
