from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, database, persons


def test_open_save_and_reopen(crm):
    company, _ = companies.save_company(Company(name="Bakkerij de Vries", postal_code="1234ab", country="NL"))
    person, _ = persons.save_person(Person(company_id=company.id, first_name="Jan", middle_name="van den",
                                           last_name="Berg"))
    database.close()
    database.open_db(crm)
    assert companies.get_company(company.id).postal_code == "1234 AB"
    assert persons.get_person(person.id).last_name == "Berg"
