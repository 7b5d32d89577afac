"""The index of persons by company also holds their name: person_by_company becomes (company_id, sort_key).

The importer matches a row to a person of the same company by name. With person_by_company on
company_id alone it read every person of each company in a chunk (a person file lists the same
companies again and again: 450,000 rows read for an import of 100,000 persons) and picked the names
in Python; with the name in the index it looks up each (company, name) pair directly. Everything
that used the old index (a company's persons, the persons without a company) uses this one the same
way: company_id is still its first column, and a company's persons now come in name order. Frozen
SQL, like every migration.
"""


def migrate(execute) -> None:
    execute("DROP INDEX person_by_company")
    execute("CREATE INDEX person_by_company ON person(company_id, sort_key)")
