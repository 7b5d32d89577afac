"""Quick search: names with Dutch prefixes, diacritics, postal codes, phones, safe input, deleted records."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons, trash
from desktop_crm.services.search import quick_search


@pytest.fixture
def book(crm: Path) -> dict[str, int]:
    bakker, _ = companies.save_company(Company(name="Bakkerij Müller", city="Amsterdam", postal_code="1234 AB",
                                               phone="020 123 4567", email="info@bakkerij.nl"))
    berg, _ = companies.save_company(Company(name="Bergman Installatie", city="Utrecht", postal_code="3511 AA"))
    jan, _ = persons.save_person(Person(first_name="Jan", middle_name="van den", last_name="Berg",
                                        company_id=bakker.id, email="jan@bakkerij.nl", mobile="06 12345678"))
    piet, _ = persons.save_person(Person(first_name="Piet", last_name="Berg", email="piet@example.nl"))
    anna, _ = persons.save_person(Person(first_name="Anna", last_name="Müller"))
    kees, _ = persons.save_person(Person(first_name="Kees", last_name="de Vries", company_id=berg.id))
    return {"bakker": bakker.id, "bergman": berg.id, "jan": jan.id, "piet": piet.id, "anna": anna.id,
            "kees": kees.id}


def _ids(text: str, kind: str | None = None) -> list[int]:
    return [h.id for h in quick_search(text).hits if kind is None or h.kind == kind]


def test_a_name_without_its_prefix_finds_the_person(book: dict[str, int]) -> None:
    results = quick_search("berg")
    assert [h.id for h in results.persons] == [book["jan"], book["piet"]]  # in list order: Berg, Jan / Berg, Piet
    assert [h.id for h in results.companies] == [book["bergman"]]
    jan = results.persons[0]
    assert (jan.kind, jan.title, jan.subtitle) == ("person", "Jan van den Berg", "Bakkerij Müller · jan@bakkerij.nl")
    assert results.companies[0].subtitle == "3511 AA Utrecht"
    assert results.top == results.companies[0]
    assert _ids("van den berg", "person") == [book["jan"]]
    assert _ids("vries", "person") == [book["kees"]]


def test_case_and_diacritics_do_not_matter(book: dict[str, int]) -> None:
    assert _ids("muller") == [book["bakker"], book["anna"]]
    assert _ids("MÜLLER") == _ids("muller")
    assert _ids("bakkerij mul", "company") == [book["bakker"]]


def test_postal_codes(book: dict[str, int]) -> None:
    for text in ("1234ab", "1234 ab", "1234 AB", "1234"):
        assert _ids(text, "company") == [book["bakker"]], text


def test_phone_numbers(book: dict[str, int]) -> None:
    for text in ("0201234567", "020 123", "020-1234567", "+31 20 123 4567", "+31201234567", "(020) 123 45 67",
                 "0031 20 123"):
        assert _ids(text, "company") == [book["bakker"]], text


def test_mobile_numbers_and_e_mail(book: dict[str, int]) -> None:
    assert _ids("0612345678") == [book["jan"]]
    assert _ids("06 1234") == [book["jan"]]
    assert _ids("jan@bakkerij.nl") == [book["jan"]]
    assert set(_ids("bakkerij.nl")) == {book["bakker"], book["jan"]}


def test_every_word_must_match_and_one_letter_words_are_checked(book: dict[str, int]) -> None:
    assert _ids("jan berg") == [book["jan"]]
    assert _ids("p berg") == [book["piet"]]
    assert _ids("j berg") == [book["jan"]]
    assert _ids("berg amsterdam") == []
    assert not quick_search("j")  # one letter alone is not searched


def test_fts_syntax_in_the_input_never_raises(book: dict[str, int]) -> None:
    for text in ('"', "*", "(", "-", "NEAR", "AND", "OR", "NOT", 'berg"', '"berg', "berg*", "(berg", "-berg",
                 "berg NEAR jan", "berg AND", "NEAR(berg jan)", "name:berg", "^", "", "   ", "\x00", "🙂", "a" * 500):
        quick_search(text)
        quick_search(f"berg {text}")


def test_keywords_are_plain_words(book: dict[str, int]) -> None:
    assert _ids("berg AND") == []  # "AND" is a word to find, not an operator
    assert _ids("(berg") == _ids("berg")
    assert _ids('"berg"') == _ids("berg")


def test_deleted_records_never_appear(book: dict[str, int]) -> None:
    trash.delete_records({"person": [book["piet"]], "company": [book["bakker"]]})
    assert _ids("berg") == [book["bergman"]]  # Jan went with his company
    assert _ids("muller") == [book["anna"]]


def test_limit_and_more(book: dict[str, int]) -> None:
    for n in range(5):
        persons.save_person(Person(first_name=f"Klaas{n}", last_name="Bergsma"))
    results = quick_search("berg", limit=3)
    assert len(results.persons) == 3 and results.more_persons
    assert not results.more_companies


def test_a_person_without_a_company_by_their_own_city_and_postal_code(book: dict[str, int]) -> None:
    """Their own address is in the index (migration 0006); moving them updates it."""
    from dataclasses import replace

    piet = persons.get_person(book["piet"])
    persons.save_person(replace(piet, street="Kerkweg 2", postal_code="3701aa", city="Zeist"))
    for text in ("zeist", "3701 AA", "3701aa", "piet zeist"):
        assert _ids(text, "person") == [book["piet"]], text
    (hit,) = quick_search("zeist").persons
    assert hit.subtitle == "Zeist · piet@example.nl"
    assert _ids("utrecht", "person") == []  # a company's city is the company's, not its persons'
    persons.save_person(replace(persons.get_person(book["piet"]), city="Amersfoort"))
    assert _ids("zeist", "person") == [] and _ids("amersfoort", "person") == [book["piet"]]
    assert _ids("berg", "person") == [book["jan"], book["piet"]]  # the rest of the index is intact
