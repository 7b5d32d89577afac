"""Validation and normalisation of company and person fields, Dutch conventions first."""

from __future__ import annotations

import copy

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain import messages as m
from desktop_crm.domain.entities import Company, Person
from desktop_crm.domain.errors import FieldError, ValidationFailed
from desktop_crm.domain.messages import Message
from desktop_crm.domain.validation import (
    MAX_TEXT,
    clean_company,
    clean_person,
    is_dutch,
    normalise_email,
    normalise_kvk,
    normalise_phone,
    normalise_postal_code,
    normalise_vat,
    normalise_website,
)

# --- Postal codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("1234ab", "1234 AB"),
    ("1234AB", "1234 AB"),
    ("1234 ab", "1234 AB"),
    (" 1234  AB ", "1234 AB"),
    ("9999zz", "9999 ZZ"),
    ("1000 AA", "1000 AA"),
    ("\t2511\tCV\n", "2511 CV"),
])
def test_dutch_postal_codes_are_written_1234_AB(typed: str, stored: str) -> None:
    assert normalise_postal_code(typed) == stored
    assert normalise_postal_code(typed, "Nederland") == stored


@pytest.mark.parametrize("typed", [
    "0123 AB",  # Dutch postal codes never start with 0
    "123 AB", "12345 AB", "1234 A", "1234 ABC", "ABCD 12", "1234-AB", "1234 A1", "12 34 AB", "1234 ÄB",
])
def test_invalid_dutch_postal_codes_are_refused(typed: str) -> None:
    assert normalise_postal_code(typed) is None
    assert normalise_postal_code(typed, "NL") is None


def test_empty_postal_code_is_allowed() -> None:
    assert normalise_postal_code("") == ""
    assert normalise_postal_code("   ") == ""


@pytest.mark.parametrize("country", ["", "  ", "NL", "nl", "Nederland", "NEDERLAND", " Netherlands ",
                                     "The Netherlands", "Holland"])
def test_these_countries_mean_the_netherlands(country: str) -> None:
    assert is_dutch(country)
    assert normalise_postal_code("1234ab", country) == "1234 AB"


@pytest.mark.parametrize(("country", "typed"), [
    ("België", "1000"),
    ("Belgium", "B-2000"),
    ("Duitsland", "10115"),
    ("United Kingdom", "SW1A 1AA"),
    ("Verenigde Staten", "90210-1234"),
    ("Frankrijk", "75001"),
    ("Duitsland", "0123 ab"),  # would be invalid in the Netherlands, fine elsewhere
])
def test_foreign_postal_codes_are_kept_as_typed(country: str, typed: str) -> None:
    assert not is_dutch(country)
    assert normalise_postal_code(f"  {typed} ", country) == typed


@given(digits=st.integers(1000, 9999), letters=st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                       min_size=2, max_size=2),
       left=st.sampled_from(["", " ", "  "]), mid=st.sampled_from(["", " ", "   "]),
       right=st.sampled_from(["", " ", "\t"]))
def test_every_well_formed_dutch_postal_code_normalises(digits: int, letters: str, left: str, mid: str,
                                                        right: str) -> None:
    result = normalise_postal_code(f"{left}{digits}{mid}{letters}{right}")
    assert result == f"{digits} {letters.upper()}"
    # Normalising again changes nothing.
    assert normalise_postal_code(result) == result


# --- KvK ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("12345678", "12345678"),
    ("1234 5678", "12345678"),
    (" 12 34 56 78 ", "12345678"),
    ("12.34.56.78", "12345678"),
    ("01234567", "01234567"),  # leading zero is kept
])
def test_kvk_number_is_eight_digits(typed: str, stored: str) -> None:
    assert normalise_kvk(typed) == stored


@pytest.mark.parametrize("typed", ["1234567", "123456789", "1234567a", "KVK12345678", "1234 567", "12-345678x"])
def test_kvk_number_with_wrong_length_or_letters_is_refused(typed: str) -> None:
    assert normalise_kvk(typed) is None


def test_empty_kvk_is_allowed() -> None:
    assert normalise_kvk("") == ""
    assert normalise_kvk("  ") == ""


# --- VAT ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("NL123456789B01", "NL123456789B01"),
    ("nl123456789b01", "NL123456789B01"),
    ("NL 1234 56789 B01", "NL123456789B01"),
    (" nl 1234.56.789.b01 ", "NL123456789B01"),
    ("NL-123456789-B01", "NL123456789B01"),
    ("BE0123456789", "BE0123456789"),
    ("de 123456789", "DE123456789"),
])
def test_vat_numbers_are_normalised(typed: str, stored: str) -> None:
    assert normalise_vat(typed) == stored


@pytest.mark.parametrize("typed", ["NL123456789", "NL123456789B1", "NL12345678B01", "NL123456789X01",
                                   "NL1234567890B01", "123456789B01", "N"])
def test_invalid_vat_numbers_are_refused(typed: str) -> None:
    assert normalise_vat(typed) is None


def test_empty_vat_is_allowed() -> None:
    assert normalise_vat(" ") == ""


# --- E-mail and website -------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("jan@example.nl", "jan@example.nl"),
    ("  jan.de.vries+crm@mail.example.com ", "jan.de.vries+crm@mail.example.com"),
    ("Info@Bakkerij-Jansen.NL", "Info@Bakkerij-Jansen.NL"),
    ("", ""),
])
def test_valid_email_addresses(typed: str, stored: str) -> None:
    assert normalise_email(typed) == stored


@pytest.mark.parametrize("typed", ["jan", "jan@", "@example.nl", "jan@example", "jan@@example.nl",
                                   "jan @example.nl", "jan@example.n", "jan@example.nl.", "jan@exa mple.nl",
                                   "jan piet@example.nl"])
def test_invalid_email_addresses(typed: str) -> None:
    assert normalise_email(typed) is None


@pytest.mark.parametrize("typed", ["example.nl", "www.example.nl", "https://www.example.nl",
                                   "http://example.nl/contact?x=1", "https://shop.bakker-jansen.nl/",
                                   "HTTPS://EXAMPLE.NL"])
def test_valid_websites(typed: str) -> None:
    assert normalise_website(f" {typed} ") == typed


@pytest.mark.parametrize("typed", ["example", "www example.nl", "http://", "https://example", ".nl",
                                   "example.nl/a page"])
def test_invalid_websites(typed: str) -> None:
    assert normalise_website(typed) is None


# --- Phone numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("020-1234567", "+31 20 123 4567"),
    ("020 123 4567", "+31 20 123 4567"),
    ("(020) 1234567", "+31 20 123 4567"),
    ("+31 20 1234567", "+31 20 123 4567"),
    ("0031201234567", "+31 20 123 4567"),
    ("+31 (0)20 1234567", "+31 20 123 4567"),
    ("06 12345678", "+31 6 12345678"),
    ("0612345678", "+31 6 12345678"),
    ("+49 30 123456", "+49 30 123456"),
])
def test_phone_numbers_are_stored_in_international_form(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


def test_a_dutch_06_number_is_a_mobile_number() -> None:
    stored = normalise_phone("06 12345678")
    assert stored is not None
    number = phonenumbers.parse(stored)
    assert number.country_code == 31
    assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def test_a_german_number_stays_german_and_valid() -> None:
    stored = normalise_phone("+49 30 123456")
    assert stored is not None
    number = phonenumbers.parse(stored)
    assert number.country_code == 49
    assert phonenumbers.is_valid_number(number)


@pytest.mark.parametrize("typed", ["12", "abc", "06 1234", "020-12345678901", "+31", "0000000000"])
def test_invalid_phone_numbers_are_refused(typed: str) -> None:
    assert normalise_phone(typed) is None


def test_empty_phone_is_allowed() -> None:
    assert normalise_phone("") == ""
    assert normalise_phone("   ") == ""


@given(subscriber=st.integers(1_000_000, 9_999_999))
def test_normalised_amsterdam_numbers_are_stable(subscriber: int) -> None:
    stored = normalise_phone(f"020-{subscriber}")
    assert stored is not None and stored.startswith("+31 20 ")
    assert stored.replace(" ", "") == f"+3120{subscriber}"
    assert normalise_phone(stored) == stored


# --- clean_company ------------------------------------------------------------------------------


def _fields(errors: list[FieldError]) -> list[str]:
    return [e.field for e in errors]


def test_a_good_company_is_normalised_without_errors() -> None:
    typed = Company(name="  Bakkerij Jansen B.V. ", kvk="1234 5678", vat="nl123456789b01",
                    street=" Dorpsstraat 1 ", postal_code="1234ab", city=" Utrecht ", country="",
                    phone="030-1234567", email=" info@jansen.nl ", website="www.jansen.nl",
                    employees=12, branches=0)
    cleaned, errors = clean_company(typed)
    assert errors == []
    assert cleaned.name == "Bakkerij Jansen B.V."
    assert cleaned.kvk == "12345678"
    assert cleaned.vat == "NL123456789B01"
    assert cleaned.street == "Dorpsstraat 1"
    assert cleaned.postal_code == "1234 AB"
    assert cleaned.city == "Utrecht"
    assert cleaned.phone == "+31 30 123 4567"
    assert cleaned.email == "info@jansen.nl"
    assert cleaned.website == "www.jansen.nl"
    assert (cleaned.employees, cleaned.branches) == (12, 0)


def test_company_input_is_not_changed() -> None:
    typed = Company(name=" Jansen ", postal_code="1234ab", phone="020-1234567", kvk="1234 5678",
                    email="bad", interest_ids=frozenset({1, 2}))
    before = copy.deepcopy(typed)
    cleaned, errors = clean_company(typed)
    assert typed == before
    assert cleaned is not typed
    assert cleaned.postal_code == "1234 AB" and typed.postal_code == "1234ab"
    assert cleaned.interest_ids == frozenset({1, 2})
    assert _fields(errors) == ["email"]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_company_name_is_required(name: str) -> None:
    _, errors = clean_company(Company(name=name))
    assert _fields(errors) == ["name"]
    assert errors[0].english() == "Name is required."
    assert errors[0].message.text == m.REQUIRED


def test_all_company_errors_are_reported_at_once_in_form_order() -> None:
    typed = Company(name="", website="nope", email="x@", phone="12", postal_code="0123 AB",
                    vat="NL1", kvk="123", employees=-1, branches=-2)
    _, errors = clean_company(typed)
    # The order of the company form: name, KvK, VAT, (street), postal code, (city, country), phone,
    # e-mail, website, employees, branches.
    assert _fields(errors) == ["name", "kvk", "vat", "postal_code", "phone", "email", "website",
                               "employees", "branches"]
    texts = [e.english() for e in errors]
    assert texts[0] == "Name is required."
    assert texts[1] == "A KvK number has exactly 8 digits, for example 12345678."
    assert "NL123456789B01" in texts[2]
    assert texts[3] == '"0123 AB" is not a Dutch postal code; write it as 1234 AB.'
    assert texts[4] == '"12" is not a valid phone number.'
    assert texts[5] == '"x@" is not a valid e-mail address.'
    assert texts[6] == '"nope" is not a valid web address.'
    assert texts[7] == "Number of employees must be a whole number of 0 or more."
    assert texts[8] == "Number of branches must be a whole number of 0 or more."


def test_validation_failed_reports_every_error() -> None:
    _, errors = clean_company(Company(name="", email="x"))
    failure = ValidationFailed(errors)
    assert failure.errors == errors
    assert str(failure) == 'Name is required.; "x" is not a valid e-mail address.'
    assert failure.message.english() == "Name is required."


def test_foreign_company_keeps_its_postal_code() -> None:
    cleaned, errors = clean_company(Company(name="Brouwerij", postal_code="B-2000", country="België"))
    assert errors == []
    assert cleaned.postal_code == "B-2000"


def test_dutch_postal_code_is_checked_when_country_is_written_out() -> None:
    _, errors = clean_company(Company(name="X", postal_code="12345", country="Nederland"))
    assert _fields(errors) == ["postal_code"]


def test_too_long_company_texts_are_refused_but_notes_are_not() -> None:
    ok = "a" * MAX_TEXT
    _, errors = clean_company(Company(name=ok, city=ok, notes="n" * (MAX_TEXT * 10)))
    assert errors == []
    _, errors = clean_company(Company(name="a" * (MAX_TEXT + 1), city="b" * (MAX_TEXT + 1)))
    assert _fields(errors) == ["name", "city"]
    assert errors[0].english() == f"Name can be at most {MAX_TEXT} characters."


def test_extra_required_company_fields() -> None:
    _, errors = clean_company(Company(name="Jansen"), required=["phone", "city", "category_id", "interest_ids"])
    assert _fields(errors) == ["category_id", "city", "phone", "interest_ids"]
    assert [e.english() for e in errors][:3] == ["Category is required.", "City is required.",
                                                 "Phone is required."]
    _, errors = clean_company(Company(name="Jansen", phone="020-1234567", city="Delft", category_id=3,
                                      interest_ids=frozenset({7})),
                              required=["phone", "city", "category_id", "interest_ids"])
    assert errors == []


def test_a_required_field_that_is_also_invalid_is_reported_once_per_problem() -> None:
    _, errors = clean_company(Company(name="Jansen", city="  "), required=["city"])
    assert _fields(errors) == ["city"]


def test_zero_employees_is_a_valid_number() -> None:
    _, errors = clean_company(Company(name="X", employees=0), required=["employees"])
    assert errors == []


# --- clean_person -------------------------------------------------------------------------------


def test_a_good_person_is_normalised() -> None:
    typed = Person(first_name="  Jan ", middle_name=" van  den ", last_name=" Berg ", email=" jan@berg.nl",
                   phone="020-1234567", mobile="06-12345678", position="  Inkoper  ")
    cleaned, errors = clean_person(typed)
    assert errors == []
    assert (cleaned.first_name, cleaned.middle_name, cleaned.last_name) == ("Jan", "van den", "Berg")
    assert cleaned.position == "Inkoper"
    assert cleaned.email == "jan@berg.nl"
    assert cleaned.phone == "+31 20 123 4567"
    assert cleaned.mobile == "+31 6 12345678"


@pytest.mark.parametrize(("first", "last"), [("Jan", ""), ("", "Berg"), ("Jan", "Berg")])
def test_a_first_or_a_last_name_is_enough(first: str, last: str) -> None:
    _, errors = clean_person(Person(first_name=first, last_name=last))
    assert errors == []


def test_a_person_without_any_name_is_refused() -> None:
    _, errors = clean_person(Person(first_name="  ", middle_name="van", last_name=""))
    assert _fields(errors) == ["last_name"]
    assert errors[0].english() == "A person needs a first name or a last name."


@pytest.mark.parametrize(("typed", "stored"), [
    ("V.D.", "van der"), ("v.d.", "van der"), ("v/d", "van der"), ("vd", "van der"), ("V.", "van"),
    ("Van Der", "van der"), ("DE", "de"), ("  van   't ", "van 't"), ("Ten", "ten"),
])
def test_dutch_middle_names_are_normalised(typed: str, stored: str) -> None:
    cleaned, errors = clean_person(Person(first_name="Piet", middle_name=typed, last_name="Berg"))
    assert errors == []
    assert cleaned.middle_name == stored


@pytest.mark.parametrize("typed", ["Michael", "J.", "Maria José", "MacArthur"])
def test_other_middle_names_are_kept_as_is(typed: str) -> None:
    cleaned, _ = clean_person(Person(first_name="John", middle_name=typed, last_name="Smith"))
    assert cleaned.middle_name == typed


def test_person_input_is_not_changed() -> None:
    typed = Person(first_name=" Jan ", middle_name="V.D.", last_name="Berg", phone="0201234567", mobile="x")
    before = copy.deepcopy(typed)
    cleaned, errors = clean_person(typed)
    assert typed == before
    assert cleaned.middle_name == "van der"
    assert _fields(errors) == ["mobile"]


def test_all_person_errors_are_reported_at_once() -> None:
    typed = Person(first_name="", last_name=" ", email="jan@", phone="12", mobile="34",
                   position="p" * (MAX_TEXT + 1))
    _, errors = clean_person(typed)
    by_field = {e.field: e.english() for e in errors}
    assert len(errors) == len(by_field) == 5
    assert by_field == {
        "last_name": "A person needs a first name or a last name.",
        "email": '"jan@" is not a valid e-mail address.',
        "phone": '"12" is not a valid phone number.',
        "mobile": '"34" is not a valid phone number.',
        "position": f"Position can be at most {MAX_TEXT} characters.",
    }
    # Phone comes before mobile, as on the form.
    assert _fields(errors).index("phone") < _fields(errors).index("mobile")


def test_extra_required_person_fields() -> None:
    _, errors = clean_person(Person(last_name="Berg"), required=["mobile", "email", "company_id"])
    assert _fields(errors) == ["email", "company_id", "mobile"]
    assert [e.english() for e in errors] == ["E-mail is required.", "Company is required.", "Mobile is required."]
    _, errors = clean_person(Person(last_name="Berg", mobile="0612345678", email="a@b.nl", company_id=1),
                             required=["mobile", "email", "company_id"])
    assert errors == []


def test_a_persons_own_address_is_normalised_like_a_companys() -> None:
    cleaned, errors = clean_person(Person(last_name="Berg", street="  Dorpsstraat 1 ", postal_code="1234ab",
                                          city=" Zeist ", country=""))
    assert errors == []
    assert (cleaned.street, cleaned.postal_code, cleaned.city, cleaned.country) == ("Dorpsstraat 1", "1234 AB",
                                                                                    "Zeist", "")
    cleaned, errors = clean_person(Person(last_name="Berg", postal_code="B-2000", country="België"))
    assert errors == [] and cleaned.postal_code == "B-2000"  # a foreign postal code as typed


def test_a_persons_invalid_address_is_refused() -> None:
    _, errors = clean_person(Person(last_name="Berg", postal_code="12345", country="Nederland",
                                    city="c" * (MAX_TEXT + 1)))
    assert {e.field: e.english() for e in errors} == {
        "postal_code": clean_company(Company(name="X", postal_code="12345"))[1][0].english(),
        "city": f"City can be at most {MAX_TEXT} characters."}
    _, errors = clean_person(Person(last_name="Berg"), required=["city"])
    assert [e.english() for e in errors] == ["City is required."]


# --- Messages -----------------------------------------------------------------------------------


def test_messages_are_formatted_in_english() -> None:
    assert Message(m.REQUIRED, {"label": "City"}).english() == "City is required."
    assert Message(m.TOO_LONG, {"label": "Name", "max": 250}).english() == "Name can be at most 250 characters."
    assert Message(m.EMAIL_INVALID, {"value": "a@b"}).english() == '"a@b" is not a valid e-mail address.'
    assert FieldError("kvk", Message(m.KVK_INVALID)).english().startswith("A KvK number has exactly 8 digits")
    # The untranslated text keeps its placeholders, for Qt's translation lookup.
    assert "{label}" in Message(m.REQUIRED, {"label": "City"}).text
