"""An index of the persons without a company, by name.

The importer matches a row without a company against the persons without a company by name
(``company_id IS NULL AND sort_key IN (...)``). Neither existing index served it: through
person_by_company it walked every person without a company for each batch of names (20,000 rows per
batch in a database of 1,000,000 persons), through person_by_name every person of each name. A
partial index holds only the persons without a company (usually few), so other queries and most
inserts never touch it. Frozen SQL, like every migration.
"""


def migrate(execute) -> None:
    execute("CREATE INDEX person_without_company ON person(sort_key) WHERE company_id IS NULL AND deleted_at IS NULL")
