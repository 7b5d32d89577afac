"""What the journal records of a saved company or person: filled fields on create, (old, new) on update,
references and interests by UUID."""

from __future__ import annotations

from desktop_crm.db import lists
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.services import companies, list_admin
from desktop_crm.services.fields import journal_diff, journal_fields
from tests.services.helpers import category


def test_a_new_record_logs_its_filled_fields_and_interests_by_uuid(crm) -> None:
    golf, _ = list_admin.add_item(ListKind.COMPANY_INTEREST, "Golf")
    klant = category("Klant")
    logged = journal_fields("company", Company(name="Alfa", city="", category_id=klant,
                                               interest_ids=frozenset({golf.id})))
    assert logged == {"name": "Alfa", "category_id": lists.uuid_of(ListKind.CATEGORY, klant),
                      "interest_ids": [golf.uuid]}
    assert journal_fields("person", Person(first_name="Piet", left_company=False)) == {"first_name": "Piet"}


def test_an_update_logs_only_what_differs(crm) -> None:
    alfa, _ = companies.save_company(Company(name="Alfa"))
    golf, _ = list_admin.add_item(ListKind.PERSON_INTEREST, "Golf")
    old = Person(first_name="Piet", last_name="Jansen")
    new = Person(first_name="Piet", last_name="Janssen", company_id=alfa.id, interest_ids=frozenset({golf.id}))
    assert journal_diff("person", old, new) == {"last_name": ("Jansen", "Janssen"), "company_id": (None, alfa.uuid),
                                                "interest_ids": ([], [golf.uuid])}
    assert journal_diff("person", new, new) == {}
