"""The search index stays exact through edits: unchanged fields are still found after an update."""

from __future__ import annotations

from dataclasses import replace

from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons, search


def test_an_edit_keeps_the_unchanged_words_searchable(crm) -> None:
    co, _ = companies.save_company(Company(name="Bakkerij Bolletje", city="Utrecht"))
    co, _ = companies.save_company(replace(co, phone="030-1234567"))
    assert [h.id for h in search.quick_search("utrecht").companies] == [co.id]
    assert [h.id for h in search.quick_search("bolletje").companies] == [co.id]
    assert [h.id for h in search.quick_search("0301234567").companies] == [co.id]
    p, _ = persons.save_person(Person(company_id=co.id, first_name="Jan", last_name="Berg", email="jan@b.nl"))
    persons.save_person(replace(p, position="Inkoper", phone="06 12345678"))
    assert [h.id for h in search.quick_search("berg").persons] == [p.id]
