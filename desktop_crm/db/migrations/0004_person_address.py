"""A person's own (private) address: street, postal code, city and country, empty for existing persons.

Until now only companies had an address, and an imported private person's address went into the
notes. The postal code is indexed where it is filled (few persons have one): the duplicate search
takes persons without a company by their postal code. Frozen SQL, like every migration.
"""

COLUMNS = ("street", "postal_code", "city", "country")


def migrate(execute) -> None:
    for column in COLUMNS:
        execute(f"ALTER TABLE person ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    execute("CREATE INDEX person_by_postal_code ON person(postal_code) WHERE postal_code != ''")
