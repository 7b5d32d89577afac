"""Write tests/data/schema_v1.sqlite: a small database as schema version 1 of the app wrote it.

    python tests/data/make_schema_v1.py [--force]

Kept beside the file to show how it was made; the file itself is committed and never remade by the
tests. The migrations are pinned to version 1 while it is written, so the file has exactly the tables
of schema version 1 whatever the current schema is (a later version gets its own
``make_schema_vN.py`` and ``schema_vN.sqlite``). ``tests/reliability/test_old_files.py`` opens a copy
of every ``schema_v*.sqlite``, migrates it to the current version and checks that every record survives.

The content goes through the services (so the journal is real): companies in a lead-enabled and a
customer category, persons with lead statuses (one hidden after a category move), interests, a
soft-deleted person, subscriptions with their consent history, and a bulk change.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from desktop_crm.db import migrations  # noqa: E402
from desktop_crm.db.connection import database as proxy  # noqa: E402
from desktop_crm.db.journal import SYSTEM, action  # noqa: E402
from desktop_crm.db.models import CompanyInterest, PersonInterest, SubscriptionType  # noqa: E402
from desktop_crm.domain.entities import Company, Person  # noqa: E402
from desktop_crm.domain.ids import new_uuid  # noqa: E402
from desktop_crm.services import bulk, companies, database, persons  # noqa: E402
from desktop_crm.services.backup import files as backup_files  # noqa: E402

VERSION = 1
TARGET = HERE / f"schema_v{VERSION}.sqlite"


def list_id(table: str, name: str) -> int:
    return proxy.obj.execute_sql(f"SELECT id FROM {table} WHERE name = ?", (name,)).fetchone()[0]


def add_item(model, name: str) -> int:  # noqa: ANN001 - a list model
    at = "2025-03-01T09:00:00.000Z"
    return model.insert(uuid=new_uuid(), created_at=at, updated_at=at, name=name).execute()


def subscribe(person_id: int, type_id: int, state: str, at: str, source: str) -> None:
    with action(SYSTEM):
        db = proxy.obj
        db.execute_sql("INSERT OR REPLACE INTO subscription (person_id, type_id, state, changed_at, source)"
                       " VALUES (?,?,?,?,?)", (person_id, type_id, state, at, source))
        db.execute_sql("INSERT INTO subscription_event (uuid, person_id, type_id, state, at, source)"
                       " VALUES (?,?,?,?,?,?)", (new_uuid(), person_id, type_id, state, at, source))


def fill() -> None:
    lead, klant = list_id("category", "Lead"), list_id("category", "Klant")
    open_, gekw = list_id("lead_status", "Open"), list_id("lead_status", "Gekwalificeerd")
    golf = add_item(PersonInterest, "Golf")
    wijn = add_item(PersonInterest, "Wijnproeverij")
    bio = add_item(CompanyInterest, "Biologisch")
    nieuwsbrief = SubscriptionType.insert(uuid=new_uuid(), created_at="2025-03-01T09:00:00.000Z",
                                          updated_at="2025-03-01T09:00:00.000Z", name="Nieuwsbrief",
                                          purpose="Maandelijkse nieuwsbrief").execute()

    bakker, _ = companies.save_company(Company(
        name="Bakkerij Bolletje", city="Utrecht", postal_code="3511 AB", category_id=lead, kvk="12345678",
        phone="030 123 4567", email="info@bolletje.nl", interest_ids=frozenset({bio})))
    slager, _ = companies.save_company(Company(name="Slagerij van der Worst", city="Gouda", category_id=klant))
    ijs, _ = companies.save_company(Company(name="IJssalon Ülker", city="Den Haag", category_id=lead))
    companies.save_company(Company(name="Zonder categorie BV", city="Zwolle"))

    anna, _ = persons.save_person(Person(company_id=bakker.id, first_name="Anna", middle_name="de",
                                         last_name="Vries", email="anna@bolletje.nl",
                                         interest_ids=frozenset({golf, wijn})))
    persons.save_person(replace(anna, lead_status_id=gekw, version=anna.version))
    piet, _ = persons.save_person(Person(company_id=bakker.id, first_name="Piet", last_name="Bakker",
                                         lead_status_id=open_))
    persons.save_person(Person(company_id=slager.id, first_name="Kees", middle_name="van der",
                               last_name="Worst", position="Eigenaar"))
    emre, _ = persons.save_person(Person(company_id=ijs.id, first_name="Emre", last_name="Ülker"))
    persons.save_person(Person(first_name="Losse", last_name="Persoon", phone="+31 6 12345678"))
    gone, _ = persons.save_person(Person(company_id=slager.id, first_name="Oud", last_name="Medewerker"))
    persons.delete_person(gone.id)

    subscribe(anna.id, nieuwsbrief, "subscribed", "2025-03-02T10:00:00.000Z", "website")
    subscribe(piet.id, nieuwsbrief, "subscribed", "2025-03-02T10:05:00.000Z", "beurs")
    subscribe(piet.id, nieuwsbrief, "unsubscribed", "2025-04-01T08:00:00.000Z", "e-mail")
    # A bulk move out of the lead category: Emre's lead status stays, hidden (rule 5).
    bulk.set_category([ijs.id], klant)
    assert persons.get_person(emre.id).lead_status_id == open_


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite the committed file")
    args = parser.parse_args()
    every = migrations.available()
    migrations.available = lambda: [(n, m) for n, m in every if n <= VERSION]  # type: ignore[assignment]
    migrations.latest_version = lambda: VERSION  # type: ignore[assignment]
    if TARGET.exists() and not args.force:
        print(f"{TARGET} exists; --force overwrites it", file=sys.stderr)
        return 1
    work = TARGET.with_name(TARGET.name + ".work")
    for extra in ("", "-wal", "-shm"):
        Path(f"{work}{extra}").unlink(missing_ok=True)
    database.open_db(work, language="nl")
    try:
        fill()
    finally:
        database.close()
    # A compact single file (rollback-journal mode, no -wal beside it) through the backup API.
    backup_files.backup_file(work, TARGET)
    for extra in ("", "-wal", "-shm"):
        Path(f"{work}{extra}").unlink(missing_ok=True)
    for extra in (".work-wal", ".work-shm"):
        Path(f"{TARGET}{extra}").unlink(missing_ok=True)
    if (HERE / "backups").exists():  # the bulk change's own backup
        for leftover in (HERE / "backups").glob("*"):
            leftover.unlink()
        (HERE / "backups").rmdir()
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
