"""One imported row to records: where the address goes (the company's, or a private person's own)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain import messages as m
from desktop_crm.domain.import_mapping import guess_mapping
from desktop_crm.domain.import_rows import (
    NO_COMPANY_FOR_DETAILS,
    PERSON_LOGGED_REFS,
    PERSON_LOGGED_TEXT,
    build_record,
    person_log_text,
    person_snapshot_json,
)

HEADERS = ["Bedrijfsnaam", "Voornaam", "Achternaam", "Adres", "Huisnummer", "Postcode", "Plaats", "Land",
           "KvK-nummer"]


def row(company: str = "", kvk: str = "", postal_code: str = "3512pn", country: str = "") -> list[str]:
    return [company, "Anna", "de Vries", "Lange Nieuwstraat", "12 bis", postal_code, "  Utrecht ", country, kvk]


def texts(record) -> list[str]:  # noqa: ANN001 - RowRecord
    return [p.message.text for p in record.problems]


def test_without_a_company_the_address_is_the_persons_own() -> None:
    record = build_record(guess_mapping(HEADERS), row())
    assert record.ok and not record.company
    person = record.person
    assert (person["street"], person["postal_code"], person["city"]) == ("Lange Nieuwstraat 12 bis", "3512 PN",
                                                                         "Utrecht")
    assert "country" not in person and "notes" not in person  # the Netherlands: empty, and nothing moved
    assert NO_COMPANY_FOR_DETAILS not in texts(record)


def test_with_a_company_the_address_stays_the_companys() -> None:
    record = build_record(guess_mapping(HEADERS), row(company="Bakkerij Bolletje"))
    assert (record.company["street"], record.company["postal_code"], record.company["city"]) == (
        "Lange Nieuwstraat 12 bis", "3512 PN", "Utrecht")
    assert not {"street", "postal_code", "city", "country"} & set(record.person)


def test_other_company_details_without_a_company_still_go_to_the_notes() -> None:
    record = build_record(guess_mapping(HEADERS), row(kvk="12345678"))
    assert record.person["notes"] == "KvK number: 12345678"
    assert record.person["street"] == "Lange Nieuwstraat 12 bis"
    assert NO_COMPANY_FOR_DETAILS in texts(record) and record.ok


def test_a_foreign_address_and_a_bad_dutch_postal_code() -> None:
    record = build_record(guess_mapping(HEADERS), row(postal_code="B-2000", country="België"))
    assert (record.person["postal_code"], record.person["country"]) == ("B-2000", "België")
    record = build_record(guess_mapping(HEADERS), row(postal_code="12345"))
    assert "postal_code" not in record.person and record.person["notes"] == "Postal code: 12345"
    assert m.POSTAL_CODE_INVALID in texts(record) and record.ok  # a warning: the row is still imported


def test_a_person_found_by_e_mail_only_gets_the_address_too() -> None:
    mapping = guess_mapping(["E-mailadres", "Straat", "Plaats"])
    record = build_record(mapping, ["jan.jansen@example.nl", "Dorpsstraat 1", "Zeist"])
    assert (record.person["last_name"], record.person["street"], record.person["city"]) == ("Jansen", "Dorpsstraat 1",
                                                                                            "Zeist")


def test_signature_is_the_same_for_the_same_values_and_differs_for_any_change() -> None:
    from desktop_crm.domain.import_rows import signature

    a = {"name": "Bakkerij Jansen", "kvk": "12345678", "interests": ["Golf", "Wijn"], "employees": 12}
    assert signature(a) == signature(dict(reversed(list(a.items()))))
    assert signature({"x": {"b", "a", "c"}}) == signature({"x": {"c", "a", "b"}})
    for change in ({"name": "Bakkerij Janssen"}, {"kvk": ""}, {"employees": 13}, {"city": "Zeist"}):
        assert signature({**a, **change}) != signature(a)
    assert signature({"name": "1"}) != signature({"name": 1})


def test_a_company_repeated_on_many_rows_is_built_once_and_each_row_gets_its_own_copy() -> None:
    from desktop_crm.domain.import_rows import RowBuilder

    builder = RowBuilder(guess_mapping(HEADERS), {"company": ["kvk"]})
    calls = []
    real = builder._clean_company
    builder._clean_company = lambda *args: calls.append(1) or real(*args)
    bad_postal = row(company="Bakkerij Bolletje", postal_code="35")  # a warning, and a required field missing
    first, second = builder.build(bad_postal), builder.build(bad_postal)
    assert len(calls) == 1  # the second row's company came from the first's
    for record in (first, second):
        record.add_keys()
        assert record.company["notes"] == "Postal code: 35" and "postal_code" not in record.company
        assert sorted((p.field, p.error) for p in record.problems) == [("kvk", True), ("postal_code", False)]
    assert first.company == second.company and first.company is not second.company
    assert (first.company_key, first.company_sig) == (second.company_key, second.company_sig) != ("", b"")
    first.company.pop("notes")  # the importer changes a row's company in place (list values): not the other's
    assert second.company["notes"] == "Postal code: 35"
    other = builder.build(row(company="Bakkerij Bolletje", postal_code="3512pn", kvk="12345678"))
    other.add_keys()
    assert len(calls) == 2 and other.company_sig != first.company_sig and other.ok


@settings(max_examples=300, deadline=None)
@given(person=st.dictionaries(st.sampled_from(PERSON_LOGGED_TEXT), st.text(max_size=12)),
       refs=st.dictionaries(st.sampled_from(PERSON_LOGGED_REFS),
                            st.one_of(st.none(), st.booleans(), st.text(max_size=8), st.lists(st.text(max_size=5)))))
def test_person_snapshot_json_is_the_journal_text_of_the_whole_snapshot(person, refs):
    # The helper process sends a new person's text fields as JSON; the importing process adds the
    # references. The journal must get the very text it would have written for the whole dict.
    whole = {**{k: v for k, v in person.items() if v}, **refs}
    text = person_log_text(person)
    assert text is not None
    # journal.encode: json.dumps(value, ensure_ascii=False, sort_keys=True)
    assert person_snapshot_json(text, refs) == json.dumps(whole, ensure_ascii=False, sort_keys=True)
    assert json.loads(person_snapshot_json(text, refs)) == whole


def test_person_log_text_leaves_a_value_that_is_not_text_to_the_importer():
    assert person_log_text({"last_name": "Jansen", "phone": 123}) is None
