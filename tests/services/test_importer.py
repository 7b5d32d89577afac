"""Importer: real-world files in place, Dutch names, matching and modes, problems, one transaction,
the import's selection and its undo, round trips through export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.db import lists
from desktop_crm.db.connection import database
from desktop_crm.db.journal import set_meta
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.domain.errors import ValidationFailed
from desktop_crm.domain.import_mapping import Mapping, guess_mapping
from desktop_crm.services import companies, export, importer, persons, selections
from desktop_crm.services.bulk import Cancelled
from desktop_crm.services.importer import ImportFailed, ImportOptions
from desktop_crm.services.readers import ReadError
from desktop_crm.services.undo import undo_any
from tests.conftest import REALWORLD
from tests.services.helpers import category, list_id

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
needs_realworld = pytest.mark.skipif(not REALWORLD.is_dir(), reason=f"real-world files not found at {REALWORLD}")


def snapshot() -> tuple:
    """Everything an import may touch, to prove that nothing changed."""
    db = database.obj
    return tuple(db.execute_sql(sql).fetchall() for sql in (
        "SELECT * FROM company ORDER BY id", "SELECT * FROM person ORDER BY id",
        "SELECT count(*), max(seq) FROM journal", "SELECT * FROM category ORDER BY id",
        "SELECT * FROM person_interest_link", "SELECT count(*) FROM selection"))


def people() -> list[dict]:
    rows = database.obj.execute_sql(
        "SELECT p.first_name, p.middle_name, p.last_name, p.email, p.phone, p.mobile, p.position, p.notes, "
        "c.name, c.street, c.postal_code, c.city, c.kvk, c.country FROM person p "
        "LEFT JOIN company c ON c.id = p.company_id WHERE p.deleted_at IS NULL ORDER BY p.id").fetchall()
    keys = ("first_name", "middle_name", "last_name", "email", "phone", "mobile", "position", "notes", "company",
            "street", "postal_code", "city", "kvk", "country")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def run(path: Path | str, **options) -> importer.ImportResult:
    table = importer.open_file(path)
    mapping = options.pop("mapping", None) or importer.suggest_mapping(table)
    return importer.run_import(table, ImportOptions(mapping=mapping, **options))


def test_dutch_excel_file(crm) -> None:
    result = run(DATA / "excel_nl_cp1252.csv")
    assert result.created == {"company": 2, "person": 3}
    got = people()
    jan = got[0]
    assert (jan["first_name"], jan["middle_name"], jan["last_name"]) == ("Jan", "van der", "Wiel")
    assert jan["company"] == "Bakkerij Van der Wiel B.V." and jan["street"] == "Dorpsstraat 12a"
    assert (jan["postal_code"], jan["city"], jan["kvk"]) == ("1234 AB", "Amsterdam", "12345678")
    assert (jan["phone"], jan["mobile"]) == ("+31 20 123 4567", "+31 6 12345678")
    assert jan["notes"] == "Levert op zaterdag; 'ovens' vervangen"
    assert got[1]["last_name"] == "Groot" and got[1]["middle_name"] == "de"
    assert got[1]["notes"] == "Regel 1\nRegel 2 met € en ë"
    assert got[2]["company"] == "Café ’t Hoekje" and got[2]["first_name"] == "Sören"
    assert got[2]["last_name"] == "Ñúñez" and got[2]["phone"] == "+31 30 234 5678"


@pytest.mark.parametrize("name", ["excel_nl_cp1252.csv", "outlook_utf16.csv", "export_tab.txt"])
def test_same_file_twice_creates_nothing_new(crm, name: str) -> None:
    first = run(DATA / name)
    before = snapshot()
    second = run(DATA / name)
    assert second.created == {"company": 0, "person": 0} and second.total_updated == 0
    assert second.unchanged == {"company": 2, "person": 3}
    after = snapshot()
    assert after[:2] == before[:2] and first.selection_ids and not second.selection_ids


def test_the_three_encodings_import_the_same(crm) -> None:
    run(DATA / "excel_nl_cp1252.csv")
    expected = people()
    for name in ("outlook_utf16.csv", "export_tab.txt"):
        run(DATA / name)
        assert people() == expected


# --- every real-world file, in place ------------------------------------------------------------------

REAL_PEOPLE = {
    # file: [(first, last, email, company, city), ...] that must be in the database afterwards
    "csv/google_csv_utf8_folkerkinzel.csv": [("Max Middle Name", "Mustermann", "ohneLabel@folker.de", "Firma",
                                              "Leipzig")],
    "csv/groupoffice63_contacts_export.csv": [("Merijn", "Schering", "admin@intermesh.localhost",
                                               "Intermesh B.V. Limited", "New York"),
                                              ("Jantje", "Beton", "testjo@intermesh.localhost", "Group-Office 1",
                                               "Den Bosch"),
                                              ("Jan", "Knoop", "", None, None)],
    "csv/outlook2013_de_tine20.csv": [("Christian", "Baumann", "c.baumann@unittest.de", "unittest", "Hamburg"),
                                      ("Cornelius", "Weiß", "c.weiss@unittest.de", "unittest", "Hamburg")],
    "csv/outlookcom_web_folkerkinzel.csv": [("Max Middle Name", "Mustermann", "privat@folker-kinzel.de", "Firma",
                                             "Ort Firma")],
    "csv/windowslivemail_de_folkerkinzel.csv": [("Max Middle Name", "Mustermann", "privat@folker-kinzel.de",
                                                 "Firma", "Leipzig")],
    "vcard/John_Doe_ANDROID.vcf": [("John", "Doe", "john.doe@company.com", None, None),
                                   ("Ñ Ñ Ñ", "Ñ Ñ", "bob@company.com", "ÑÑÑÑÑÑÑÑÑÑÑÑ", "")],
    "vcard/John_Doe_EVOLUTION.vcf": [("John Richter James", "Doe", "john.doe@ibm.com", "IBM", "Albaney")],
    "vcard/John_Doe_IPHONE.vcf": [("John Richter James", "Doe", "john.doe@ibm.com", "IBM", "New York")],
    "vcard/emclient5_tine20.vcf": [("Vor", "Nach", "business@email.de", "Firma", "City Business")],
    "vcard/rfc2426-example.vcf": [("Frank", "Dawson", "Frank_Dawson@Lotus.com", "Lotus Development Corporation",
                                   "Raleigh"),
                                  ("Tim", "Howes", "howes@netscape.com", "Netscape Communications Corp.",
                                   "Mountain View")],
    "vcard/thunderbird_sogo_connector_tine20.vcf": [("Lars", "Kneschke", "l.kneschke@metaways.de", "Organisation",
                                                     "City Business")],
    "vcard/rfc6350-example.vcf": [("Simon", "Perreault", "simon.perreault@viagenie.ca", "Viagenie", "Quebec")],
}


def _real_files() -> list[str]:
    if not REALWORLD.is_dir():
        return []
    return sorted(str(p.relative_to(REALWORLD)) for p in REALWORLD.glob("*/*") if p.suffix in (".vcf", ".csv"))


@needs_realworld
@pytest.mark.parametrize("name", _real_files() or ["(none)"])
def test_real_world_file_imports(crm, tmp_path: Path, name: str) -> None:
    result = run(REALWORLD / name, skip_bad_rows=True, report_path=tmp_path / "report.csv")
    assert result.bad_rows == 0 and result.imported_rows == result.rows > 0
    got = {(p["first_name"], p["last_name"]): p for p in people()}
    for first, last, email, company, city in REAL_PEOPLE.get(name, []):
        person = got[(first, last)]
        assert person["email"] == email
        assert person["company"] == company
        if city is not None:
            assert (person["city"] or "") == city
    for person in got.values():
        for value in person.values():
            assert "\ufffd" not in str(value) and "Ã" not in str(value)
    before = snapshot()
    again = run(REALWORLD / name, skip_bad_rows=True, report_path=tmp_path / "report.csv")
    assert again.total_created == 0 and snapshot()[:2] == before[:2]


def own_address(last_name: str) -> tuple:
    return database.obj.execute_sql("SELECT street, postal_code, city, country FROM person WHERE last_name = ?",
                                    [last_name]).fetchone()


@needs_realworld
def test_real_world_home_addresses_are_the_persons_own(crm) -> None:
    """Outlook on the web and Windows Live Mail: the business address is the company's, the home address
    the person's own (not the notes)."""
    run(REALWORLD / "csv" / "outlookcom_web_folkerkinzel.csv")
    assert own_address("Mustermann") == ("Straße", "PLZ", "Ort", "Land")
    (max_,) = people()
    assert (max_["company"], max_["street"], max_["city"]) == ("Firma", "Firmenstraße", "Ort Firma")
    assert "Home Street" not in max_["notes"] and "Ort" not in max_["notes"].split(":")[0]


@needs_realworld
def test_real_world_google_addresses_by_their_type(crm) -> None:
    """Google Contacts: "Address 1 - Type" Work is the company's address, Home the person's own, another
    type (here "Andere") goes to the notes."""
    run(REALWORLD / "csv" / "google_csv_utf8_folkerkinzel.csv")
    (max_,) = people()
    assert (max_["company"], max_["street"], max_["postal_code"], max_["city"]) == (
        "Firma", "Eisenbahnstraße 84", "04315", "Leipzig")
    assert own_address("Mustermann") == ("Straße 42", "PLZ", "Ort", "DE")
    assert "Prinzenstr. 2" in max_["notes"] and "Straße 42" not in max_["notes"]


def test_typed_addresses_first_of_each_kind(crm, tmp_path: Path) -> None:
    header = ("Given Name,Family Name,Organization 1 - Name,Address 1 - Type,Address 1 - Street,Address 1 - City,"
              "Address 2 - Type,Address 2 - Street,Address 2 - City,Address 3 - Type,Address 3 - Street\n")
    path = tmp_path / "google.csv"
    path.write_text(header + "Anna,Aalders,Alfa BV,* Home,Kerkweg 2,Zeist,Work,Dorpsstraat 1,Utrecht,Home,Laan 4\n"
                    "Bert,Bos,,,Stationsplein 3,Amsterdam,,,,,\n", encoding="utf-8")
    run(path)
    anna, bert = people()
    assert (anna["company"], anna["street"], anna["city"]) == ("Alfa BV", "Dorpsstraat 1", "Utrecht")
    assert own_address("Aalders") == ("Kerkweg 2", "", "Zeist", "")
    assert "Laan 4" in anna["notes"]  # a second home address: kept in the notes
    assert own_address("Bos") == ("Stationsplein 3", "", "Amsterdam", "")  # no type, no company: their own


def test_home_address_columns_with_and_without_a_company(crm, tmp_path: Path) -> None:
    path = tmp_path / "thuis.csv"
    path.write_text("Voornaam;Achternaam;Bedrijf;Adres;Postcode;Plaats;Woonadres;Postcode privé;Plaats privé\n"
                    "Anna;Aalders;Alfa BV;Dorpsstraat 1;3511ab;Utrecht;Kerkweg 2;1234ab;Zeist\n"
                    "Bert;Bos;;Stationsplein 3;1012ab;Amsterdam;Laan 4;2345cd;Leiden\n", encoding="utf-8")
    table = importer.open_file(path)
    targets = {table.headers[c]: t for c, t in importer.suggest_mapping(table).used()}
    assert targets["Woonadres"] == "home_street" and targets["Postcode privé"] == "home_postal_code"
    result = run(path)
    assert result.created == {"company": 1, "person": 2}
    anna, bert = people()
    assert (anna["company"], anna["street"], anna["postal_code"]) == ("Alfa BV", "Dorpsstraat 1", "3511 AB")
    assert own_address("Aalders") == ("Kerkweg 2", "1234 AB", "Zeist", "")
    # No company, and a home address: that is the person's; the other address is kept in the notes.
    assert own_address("Bos") == ("Laan 4", "2345 CD", "Leiden", "")
    assert "Stationsplein 3" in bert["notes"] and bert["company"] is None
    assert any(p.row == 3 and p.field == "company_id" for p in result.problems)


@needs_realworld
def test_real_world_details(crm) -> None:
    run(REALWORLD / "vcard" / "John_Doe_EVOLUTION.vcf")
    (doe,) = people()
    assert (doe["phone"], doe["mobile"]) == ("+1 905-555-1234", "+1 905-666-1234")  # US region from the address
    assert doe["street"] == "15 Crescent moon drive, ASB-123"
    run(REALWORLD / "csv" / "outlook2013_de_tine20.csv")
    weiss = next(p for p in people() if p["last_name"] == "Weiß")
    assert weiss["phone"] == "+49 40 6432131545"  # German headers: German numbers
    assert "0176 164321545" in weiss["notes"]  # not a valid number: kept in the notes
    run(REALWORLD / "vcard" / "apple_addressbook_photo_roundcube.vcf")
    apple = database.obj.execute_sql("SELECT name, city, postal_code FROM company WHERE name LIKE 'Apple%'").fetchall()
    assert apple == [("Apple Computer AG", "Wallisellen-Zürich", "8304")]
    assert not any(p["last_name"] == "Apple Computer AG" for p in people())  # a company card, not a person


def own_addresses() -> dict[str, tuple]:
    """last name -> (street, postal code, city, country, notes) of every live person's own address."""
    return {r[0]: r[1:] for r in database.obj.execute_sql(
        "SELECT last_name, street, postal_code, city, country, notes FROM person WHERE deleted_at IS NULL")}


@needs_realworld
def test_real_world_private_person_gets_their_own_address(crm) -> None:
    """A vCard without ORG, with two HOME addresses: the first is the person's own, the second is kept
    in the notes. Its URL is a company's detail without a company: that one still goes to the notes."""
    run(REALWORLD / "vcard" / "ms_mobile_v21_multiline_adr_aosp.vcf")
    street, postal_code, city, country, notes = own_addresses()["bogus"]
    assert (street, postal_code, city, country) == ("Grindelberg 999", "99999", "Hamburg", "Deutschland")
    assert notes.splitlines() == ["Other addresses: Hermann v. Brevern, 9999999, Packstation 999, 99999 Hamburg, "
                                  "Deutschland", "Website: http://bogus.com/"]
    assert database.obj.execute_sql("SELECT count(*) FROM company").fetchone()[0] == 0


def test_private_persons_address_is_written_journaled_and_merged(crm, tmp_path: Path) -> None:
    path = tmp_path / "prive.csv"
    path.write_text("Voornaam;Achternaam;Adres;Postcode;Plaats;Bedrijf;KvK\n"
                    "Anna;de Vries;Lange Nieuwstraat 12;3512pn;Utrecht;;\n"
                    "Kees;Bos;Dorpsstraat 1;1234 AB;Zeist;Bos BV;\n"
                    "Piet;Smit;Kerkweg 3;2345 BC;Gouda;;12345678\n", encoding="utf-8")
    result = run(path)
    assert result.created == {"company": 1, "person": 3}
    got = own_addresses()
    assert got["Vries"][:4] == ("Lange Nieuwstraat 12", "3512 PN", "Utrecht", "") and got["Vries"][4] == ""
    assert got["Bos"][:4] == ("", "", "", "")  # at a company: the address is the company's
    assert database.obj.execute_sql("SELECT street, city FROM company").fetchall() == [("Dorpsstraat 1", "Zeist")]
    assert got["Smit"][:3] == ("Kerkweg 3", "2345 BC", "Gouda") and got["Smit"][4] == "KvK number: 12345678"
    problems = [(p.row, p.english()) for p in result.problems]
    assert [row for row, text in problems if "company details" in text] == [4]  # the KvK number only
    uuid = database.obj.execute_sql("SELECT uuid FROM person WHERE last_name = 'Vries'").fetchone()[0]
    (created,) = database.obj.execute_sql("SELECT new_value FROM journal WHERE record_uuid = ? AND op = 'create'",
                                          [uuid]).fetchone()
    assert {"street": "Lange Nieuwstraat 12", "postal_code": "3512 PN", "city": "Utrecht"}.items() <= \
        json.loads(created).items()
    assert run(path).total_created == 0 and own_addresses() == got  # the same file again: nothing changes
    path.write_text("Voornaam;Achternaam;Adres;Postcode;Plaats\nAnna;de Vries;Oudegracht 1;3511 AB;Utrecht\n",
                    encoding="utf-8")
    updated = run(path, on_match="overwrite")
    assert updated.updated["person"] == 1
    assert own_addresses()["Vries"][:3] == ("Oudegracht 1", "3511 AB", "Utrecht")
    changes = database.obj.execute_sql("SELECT field, old_value, new_value FROM journal WHERE record_uuid = ? "
                                       "AND op = 'update' ORDER BY seq", [uuid]).fetchall()
    assert changes == [("street", '"Lange Nieuwstraat 12"', '"Oudegracht 1"'), ("postal_code", '"3512 PN"',
                                                                                '"3511 AB"')]
    undo_any(updated.tx)  # the import's undo puts the old address back
    assert own_addresses()["Vries"] == got["Vries"]


# --- mapping -------------------------------------------------------------------------------------------

def test_mapping_guess_remember_and_file(crm, tmp_path: Path) -> None:
    table = importer.open_file(DATA / "excel_nl_cp1252.csv")
    mapping = importer.suggest_mapping(table)
    assert mapping.kind == "person"
    assert dict(zip(mapping.headers, mapping.targets, strict=True)) == {
        "Bedrijfsnaam": "company", "Voornaam": "first_name", "Tussenvoegsel": "middle_name",
        "Achternaam": "last_name", "Functie": "position", "E-mailadres": "email", "Telefoon": "phone",
        "Mobiel": "mobile", "Adres": "street", "Huisnummer": "house_number", "Postcode": "postal_code",
        "Plaats": "city", "KvK-nummer": "kvk", "Opmerkingen": "notes"}
    mapping.set_target(mapping.headers.index("Functie"), "")
    importer.remember_mapping(mapping)
    again = importer.suggest_mapping(importer.open_file(DATA / "outlook_utf16.csv"))
    assert again.targets == mapping.targets  # same columns: the remembered mapping
    importer.save_mapping(mapping, tmp_path / "map.json")
    loaded = importer.load_mapping(tmp_path / "map.json", list(reversed(table.headers)))
    assert loaded.targets == list(reversed(mapping.targets))  # applied by column name
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(Exception, match="not a saved import mapping"):
        importer.load_mapping(tmp_path / "bad.json")


def test_full_name_column_and_company_file(crm, tmp_path: Path) -> None:
    path = tmp_path / "klanten.csv"
    path.write_text("Naam;Bedrijf;Postcode\nJ. v.d. Berg;Jansen BV;1234AB\nBerg, Piet van den;Jansen BV;1234 ab\n"
                    "Dhr. Kees de Vries;;\n", encoding="utf-8")
    run(path)
    got = [(p["first_name"], p["middle_name"], p["last_name"], p["company"]) for p in people()]
    assert got == [("J.", "van der", "Berg", "Jansen BV"), ("Piet", "van den", "Berg", "Jansen BV"),
                   ("Kees", "de", "Vries", None)]
    companies_file = tmp_path / "bedrijven.csv"
    companies_file.write_text("Bedrijfsnaam,KvK,Telefoon,E-mail,Plaats\nJansen BV,87654321,0201234567,info@jansen.nl,"
                              "Utrecht\n", encoding="utf-8")
    table = importer.open_file(companies_file)
    mapping = importer.suggest_mapping(table)
    assert mapping.kind == "company"
    result = importer.run_import(table, ImportOptions(mapping=mapping))
    assert result.created["company"] == 0 and result.updated["company"] == 1  # the existing Jansen BV, filled
    row = database.obj.execute_sql("SELECT kvk, phone, email, city, postal_code FROM company").fetchall()
    assert row == [("87654321", "+31 20 123 4567", "info@jansen.nl", "Utrecht", "1234 AB")]


# --- matching modes ------------------------------------------------------------------------------------

def _existing() -> Person:
    company, _ = companies.save_company(Company(name="Jansen BV", city="Utrecht", postal_code="1234 AB"))
    person, _ = persons.save_person(Person(company_id=company.id, first_name="Jan", last_name="Jansen",
                                           email="jan@jansen.nl", position="Inkoper"))
    return person


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "p.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Functie;Mobiel;Bedrijf;Postcode\n"
                    "Jan;Jansen;JAN@jansen.nl;Directeur;0612345678;Jansen BV;1234 AB\n"
                    "Piet;Pietersen;piet@jansen.nl;;;Jansen BV;1234 AB\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how, position, mobile", [
    ("skip", "Inkoper", ""), ("fill", "Inkoper", "+31 6 12345678"), ("overwrite", "Directeur", "+31 6 12345678")])
def test_on_match(crm, tmp_path: Path, how: str, position: str, mobile: str) -> None:
    jan = _existing()
    result = run(_file(tmp_path), on_match=how)
    assert result.created == {"company": 0, "person": 1}
    now = persons.get_person(jan.id)
    assert (now.position, now.mobile) == (position, mobile)
    assert [(m.row, m.kind, m.record_id) for m in result.matches] == [
        (2, "company", now.company_id), (3, "company", now.company_id), (2, "person", jan.id)]


def test_per_row_override(crm, tmp_path: Path) -> None:
    jan = _existing()
    result = run(_file(tmp_path), on_match="skip", row_actions={2: "overwrite", 3: "skip"})
    assert persons.get_person(jan.id).position == "Directeur"
    assert result.created["person"] == 0 and result.skipped_rows == 1
    result = run(_file(tmp_path), row_actions={2: "new"})
    assert result.created["person"] == 2  # row 2 as a new person, row 3 (Piet) was skipped before


# --- problems ------------------------------------------------------------------------------------------

BAD = ("Voornaam;Achternaam;E-mail;Categorie;Bedrijf\nAnna;Bakker;anna@bakker.nl;Klant;Alfa\n"
       "Bram;;bram@@bad;Klant;Alfa\n;;;;\n;;;Klant;\nCees;Dekker;cees@dekker.nl;Onbekend;Beta\n")


def test_bad_rows_all_or_nothing(crm, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    before = snapshot()
    with pytest.raises(ImportFailed) as info:
        run(path)
    assert snapshot() == before
    result = info.value.result
    assert result.bad_rows == 2
    errors = [(p.row, p.field) for p in result.problems if p.error]
    assert errors == [(3, "email"), (5, "last_name")]


def test_skip_bad_rows_with_report(crm, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    result = run(path, skip_bad_rows=True, report_path=tmp_path / "report.csv")
    assert result.created["person"] == 2 and result.bad_rows == 2
    assert result.unknown_values == {"category": {"Onbekend": 1}}  # created: the default
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as fh:
        report = list(csv.reader(fh, delimiter=";"))
    assert report[0] == ["Voornaam", "Achternaam", "E-mail", "Categorie", "Bedrijf", "Row", "Problem"]
    assert [r[5] for r in report[1:]] == ["3", "5"]
    assert "not a valid e-mail address" in report[1][6]


def test_unknown_list_values_mapped_or_refused(crm, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Bedrijfsnaam;Categorie;Branche\nAlfa;klant;Bouw\nBeta;VIP;Bouw\n", encoding="utf-8")
    table = importer.open_file(path)
    mapping = importer.suggest_mapping(table)
    BOUW = list_id(ListKind.BUSINESS, "Bouw en installatie")  # noqa: N806
    preview = importer.preview(table, ImportOptions(mapping=mapping))
    assert preview.unknown_values == {"category": {"VIP": 1}, "business": {"Bouw": 2}}
    assert preview.created["company"] == 2 and snapshot()[0] == []
    with pytest.raises(ImportFailed):
        importer.run_import(table, ImportOptions(mapping=mapping, create_list_values=False))
    chosen = {("category", "VIP"): category("Klant"), ("business", "bouw"): BOUW}
    importer.run_import(table, ImportOptions(mapping=mapping, list_values=chosen))
    got = database.obj.execute_sql("SELECT name, category_id, business_id FROM company ORDER BY id").fetchall()
    assert got == [("Alfa", category("Klant"), BOUW), ("Beta", category("Klant"), BOUW)]


def test_required_fields(crm, tmp_path: Path) -> None:
    set_meta("required_fields.person", "email")
    path = tmp_path / "p.csv"
    path.write_text("Voornaam,Achternaam,E-mail\nAnna,Bakker,\nBram,Bos,bram@bos.nl\n", encoding="utf-8")
    result = run(path, skip_bad_rows=True)
    assert result.created["person"] == 1
    assert [(p.row, p.field, p.error) for p in result.problems] == [(2, "email", True)]


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02" * 1000, b"a,b\r\n1,\"open\r\n"])
def test_malformed_file_changes_nothing(crm, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot()
    with pytest.raises(ReadError):
        run(path)
    assert snapshot() == before


# --- one transaction -----------------------------------------------------------------------------------

def _many(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Voornaam;Achternaam;E-mail;Bedrijf\n")
        for i in range(n):
            fh.write(f"Jan{i};Jansen;jan{i}@example.nl;Bedrijf {i % 7}\n")
    return path


def test_cancel_mid_import_leaves_the_database_as_it_was(crm, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CHUNK", 10)
    _existing()
    before = snapshot()
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3

    table = importer.open_file(_many(tmp_path, 100))
    with pytest.raises(Cancelled):
        importer.run_import(table, ImportOptions(mapping=importer.suggest_mapping(table), expected_rows=100),
                            progress=progress)
    assert calls == [10, 20, 30] and snapshot() == before


def test_crash_mid_import_leaves_the_database_as_it_was(crm, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CHUNK", 10)
    _existing()
    before = snapshot()
    original = importer._Importer._chunk
    count = []

    def crash(self, batch):
        count.append(1)
        if len(count) == 3:
            raise RuntimeError("disk on fire")
        original(self, batch)

    monkeypatch.setattr(importer._Importer, "_chunk", crash)
    with pytest.raises(RuntimeError):
        run(_many(tmp_path, 100))
    assert snapshot() == before


def test_dry_run_writes_nothing(crm, tmp_path: Path) -> None:
    before = snapshot()
    result = importer.preview(importer.open_file(_many(tmp_path, 50)),
                              ImportOptions(mapping=importer.suggest_mapping(importer.open_file(_many(tmp_path, 50)))))
    assert result.created == {"company": 7, "person": 50} and result.dry_run
    assert snapshot() == before


# --- selection and undo -------------------------------------------------------------------------------

def test_selection_and_undo_of_the_whole_import(crm, tmp_path: Path) -> None:
    jan = _existing()
    before = snapshot()
    result = run(_file(tmp_path), on_match="overwrite")
    sel = selections.get(result.selection_ids["person"])
    assert sel.name.startswith("Import ") and sel.name.endswith(" p.csv") and sel.target == "person"
    assert importer.import_tx(sel.id) == result.tx
    members = database.obj.execute_sql("SELECT record_id FROM selection_member WHERE selection_id = ?",
                                       [sel.id]).fetchall()
    assert sorted(r[0] for r in members) == sorted([jan.id, jan.id + 1])
    undone = importer.undo_import(sel.id)
    assert jan.id in undone.ids("person")
    now = persons.get_person(jan.id)
    assert (now.position, now.mobile) == ("Inkoper", "")
    live = database.obj.execute_sql("SELECT first_name FROM person WHERE deleted_at IS NULL").fetchall()
    assert live == [("Jan",)]
    assert snapshot()[0] == before[0]  # the company was only matched, not changed
    with pytest.raises(Exception, match="not made by an import"):
        importer.undo_import(selections.create_static("Mijn lijst", "person", [jan.id]))


def test_undo_of_an_import_removes_the_list_values_it_added(crm, tmp_path: Path) -> None:
    """A file that named new categories, businesses and interests: after undo the lists are as before
    (an item a record outside the import came to use meanwhile stays); undoing the undo brings them back."""
    path = tmp_path / "c.csv"
    path.write_text("Bedrijfsnaam;Categorie;Branche;Interesses bedrijf\nAlfa;VIP;Zeilmakerij;Golf\n"
                    "Beta;Klant;Zeilmakerij;Golf, Wijn\n", encoding="utf-8")
    names = {kind: {i.name for i in lists.items(kind)}
             for kind in (ListKind.CATEGORY, ListKind.BUSINESS, ListKind.COMPANY_INTEREST)}
    result = run(path)
    assert result.unknown_values["category"] == {"VIP": 1}
    added = {kind: {i.name for i in lists.items(kind)} - before for kind, before in names.items()}
    assert added == {ListKind.CATEGORY: {"VIP"}, ListKind.BUSINESS: {"Zeilmakerij"},
                     ListKind.COMPANY_INTEREST: {"Golf", "Wijn"}}
    wine = list_id(ListKind.COMPANY_INTEREST, "Wijn")
    own, _ = companies.save_company(Company(name="Eigen invoer BV", interest_ids=frozenset({wine})))
    importer.undo_import(result.selection_ids["company"])
    after = {kind: {i.name for i in lists.items(kind)} for kind in names}
    assert after == {**names, ListKind.COMPANY_INTEREST: names[ListKind.COMPANY_INTEREST] | {"Wijn"}}
    assert companies.get_company(own.id).interest_ids == frozenset({wine})
    undo_tx = database.obj.execute_sql("SELECT tx FROM journal ORDER BY seq DESC LIMIT 1").fetchone()[0]
    undo_any(undo_tx)  # the undo undone: the import's records and list values are back
    assert {kind: {i.name for i in lists.items(kind)} - before for kind, before in names.items()} == added
    live = database.obj.execute_sql("SELECT c.name, k.name FROM company c LEFT JOIN category k "
                                    "ON k.id = c.category_id WHERE c.deleted_at IS NULL ORDER BY c.id").fetchall()
    assert live == [("Alfa", "VIP"), ("Beta", "Klant"), ("Eigen invoer BV", None)]


def test_possible_duplicates_are_reported(crm, tmp_path: Path) -> None:
    _existing()
    path = tmp_path / "d.csv"
    path.write_text("Voornaam;Achternaam;Bedrijf;Postcode\nJ.;Janssen;Jansen BV;1234 AB\n", encoding="utf-8")
    result = run(path)
    assert result.created["person"] == 1
    (dup,) = result.duplicates
    assert dup.kind == "person" and dup.score >= 85
    assert any("already in the database" in p.english() for p in result.problems)


# --- round trip through export ----------------------------------------------------------------------

names = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéëïöüçñß ÀÉÖ'’-"), min_size=1, max_size=15)
person_rows = st.lists(st.tuples(
    names, st.sampled_from(["", "van", "van der", "de", "ter"]), names,
    st.sampled_from(["", "Directeur", "Inkoop; verkoop", "\"Hoofd\", zaken"]),
    st.text(alphabet=st.sampled_from("abcdefgh.123\n;,\"€"), max_size=20).map(str.strip),
    st.sampled_from([("", "", ""), ("Dorpsstraat 1", "1234 AB", "Zeist"), ("’t Hoekje 3-b; achterom", "", "Ée"),
                     ("", "9711 AB", "")])), min_size=1, max_size=6)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=person_rows, sep=st.sampled_from([";", ","]), fmt=st.sampled_from(["csv", "xlsx"]))
def test_export_import_round_trip(crm, tmp_path_factory, rows, sep: str, fmt: str) -> None:
    made = []
    database.obj.execute_sql("DELETE FROM person")
    for i, (first, middle, last, position, notes, (street, postal_code, city)) in enumerate(rows):
        try:
            person, _ = persons.save_person(Person(first_name=first, middle_name=middle, last_name=f"{last}{i}",
                                                   position=position, notes=notes, email=f"p{i}@example.nl",
                                                   street=street, postal_code=postal_code, city=city))
        except ValidationFailed:
            continue
        made.append(person)
    if not made:
        return
    ids = [p.id for p in made]
    cols = ["first_name", "middle_name", "last_name", "position", "email", "street", "postal_code", "city", "notes"]
    expected = list(export.rows("person", ids, cols))
    folder = tmp_path_factory.mktemp("rt")
    path = folder / f"out.{fmt}"
    if fmt == "csv":
        export.export_csv("person", ids, path, cols, delimiter=sep)
    else:
        export.export_xlsx("person", ids, path, cols)
    database.obj.execute_sql("DELETE FROM person")
    table = importer.open_file(path)
    mapping = importer.suggest_mapping(table)
    assert mapping.targets == cols
    result = importer.run_import(table, ImportOptions(mapping=mapping))
    assert result.created["person"] == len(made)
    got = database.obj.execute_sql("SELECT id FROM person ORDER BY id").fetchall()
    assert list(export.rows("person", [r[0] for r in got], cols)) == expected


def test_vcard_export_import_round_trip_of_addresses(crm, tmp_path: Path) -> None:
    """A private person's address comes back as their own, an employee's as the company's."""
    company, _ = companies.save_company(Company(name="Jansen BV", street="Kantoorweg 1", postal_code="2611 AA",
                                                city="Delft"))
    persons.save_person(Person(first_name="Anna", last_name="Vries", street="Thuisstraat 2", postal_code="3701 AB",
                               city="Zeist", country="België"))
    persons.save_person(Person(company_id=company.id, first_name="Jan", last_name="Jansen"))
    export.export_vcard(None, tmp_path / "p.vcf")
    database.obj.execute_sql("DELETE FROM person")
    database.obj.execute_sql("DELETE FROM company")
    run(tmp_path / "p.vcf")
    assert own_addresses()["Vries"] == ("Thuisstraat 2", "3701 AB", "Zeist", "België", "")
    assert own_addresses()["Jansen"][:4] == ("", "", "", "")
    assert people()[1]["street"] == "Kantoorweg 1" and people()[1]["company"] == "Jansen BV"


def test_mapping_json_round_trip() -> None:
    mapping = guess_mapping(["Voornaam", "Achternaam", "Mobiel", "Iets"], "person")
    mapping.on_match = "overwrite"
    again = Mapping.from_json(mapping.to_json())
    assert (again.kind, again.targets, again.on_match) == ("person", ["first_name", "last_name", "mobile", ""],
                                                            "overwrite")


@settings(max_examples=200, deadline=None)
@given(last=st.text(max_size=25), middle=st.text(max_size=8), first=st.text(max_size=12))
def test_fast_sort_keys_equal_the_domain_ones(last: str, middle: str, first: str) -> None:
    from desktop_crm.domain.import_rows import fold_fast, person_sort_key_fast
    from desktop_crm.domain.names import fold, person_sort_key

    assert fold_fast(last) == fold(last)
    assert person_sort_key_fast(last, middle, first) == person_sort_key(last, middle, first)


def test_fast_phone_equals_libphonenumber() -> None:
    import random

    from desktop_crm.domain.import_rows import normalise_phone_fast
    from desktop_crm.domain.validation import normalise_phone

    rng = random.Random(3)
    samples = [f"0{rng.randint(100_000_000, 999_999_999)}" for _ in range(3000)]
    samples += ["+31 (0)20 123 4567", "0031 6 1234 5678", "06-12345678", "+49 40 6432131550", "020 12", "abc"]
    for raw in samples:
        assert normalise_phone_fast(raw) == normalise_phone(raw), raw


# --- the fast paths (issue 7, speed) -------------------------------------------------------------------

def _plain_merge(current: dict, incoming: dict, how: str) -> dict:
    """services.import_writer.merge as it was written before the fast path: the reference."""
    out = dict(current)
    if how == "skip":
        return out
    empty = lambda v: v in ("", None) or (isinstance(v, set | frozenset) and not v)  # noqa: E731
    for name, value in incoming.items():
        if empty(value):
            continue
        old = out.get(name)
        if name == "interest_ids":
            out[name] = set(old or ()) | set(value)
        elif name == "notes":
            text = str(value)
            if empty(old):
                out[name] = text
            elif how == "overwrite" and text not in str(old):
                out[name] = f"{old}\n{text}"
        elif how == "overwrite" or empty(old):
            out[name] = value
    return out


_TEXT = st.sampled_from(["", None, "a", "b", "a\nb", "b\na"])
_RECORD = st.fixed_dictionaries({}, optional={
    "email": _TEXT, "phone": _TEXT, "notes": _TEXT, "employees": st.sampled_from(["", None, 0, 7]),
    "interest_ids": st.frozensets(st.integers(1, 3)).map(set)})


@settings(max_examples=300, deadline=None)
@given(current=_RECORD, incoming=_RECORD, how=st.sampled_from(["skip", "fill", "overwrite"]))
def test_fast_merge_equals_the_plain_one(current: dict, incoming: dict, how: str) -> None:
    from desktop_crm.services.import_writer import _merged, merge

    expected = _plain_merge(current, incoming, how)
    got = _merged(current, incoming, how)
    assert got == expected and merge(current, incoming, how) == expected
    assert (got is current) == (expected == current)  # the same dict exactly when nothing changes


def test_typed_phone_columns_go_to_phone_and_mobile() -> None:
    from desktop_crm.domain.import_rows import build_record

    headers = ["Given Name", "Family Name", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value"]
    record = build_record(guess_mapping(headers), ["Jan", "Jansen", "Mobile", "06 12345678", "Work", "020 1234567"])
    assert (record.person["mobile"], record.person["phone"]) == ("+31 6 12345678", "+31 20 123 4567")


def _kvk_file(tmp_path: Path) -> Path:
    path = tmp_path / "kvk.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Bedrijfsnaam;KvK-nummer;Postcode;E-mail bedrijf;Voornaam;Achternaam;E-mailadres\n")
        for i in range(30):
            fh.write(f"Bedrijf {i % 6};{10_000_000 + i % 6};1234 AB;info{i % 6}@b.nl;Jan{i};Jansen;jan{i}@b.nl\n")
    return path


def test_lookups_use_their_indexes(crm, tmp_path: Path) -> None:
    """Every look-up of a re-import (everything matches) searches an index; none scans company or person.
    (company.email has no index: it is looked up only for rows that KvK number and name with postal code
    do not match, so not here although the file has company e-mail addresses.)"""
    import re

    run(_kvk_file(tmp_path))
    statements: list[str] = []
    connection = database.obj.connection()
    connection.set_trace_callback(statements.append)
    try:
        result = run(_kvk_file(tmp_path))
    finally:
        connection.set_trace_callback(None)
    assert result.created == {"company": 0, "person": 0}
    looked_up = [s for s in statements if s.lstrip().upper().startswith("SELECT")
                 and re.search(r"\b(company|person)\b", s)]
    assert looked_up
    for sql in looked_up:
        plan = [r[3] for r in database.obj.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall()]
        assert not any(re.match(r"SCAN (company|person|c|p)\b", step) for step in plan), (sql[:300], plan)


def test_persons_without_company_are_looked_up_by_name(crm, tmp_path: Path) -> None:
    """One seek per name in person_without_company: not a walk over every person without a company (tens of
    thousands in a large database) or over every person of that name, for each batch."""
    statements: list[str] = []
    connection = database.obj.connection()
    connection.set_trace_callback(statements.append)
    try:
        run(_many(tmp_path, 5))
    finally:
        connection.set_trace_callback(None)
    (sql,) = [s for s in statements if "company_id IS NULL AND deleted_at IS NULL AND sort_key IN" in s][:1]
    plan = " ".join(r[3] for r in database.obj.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert "person_without_company (sort_key=?)" in plan, plan


def _temp_tables() -> list[str]:
    return [r[0] for r in database.obj.execute_sql("SELECT name FROM sqlite_temp_master WHERE type = 'table'")]


def test_staging_tables_do_not_outlive_the_import(crm, tmp_path: Path, monkeypatch) -> None:
    run(_many(tmp_path, 30))
    assert _temp_tables() == []
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ImportFailed):
        run(path)
    assert _temp_tables() == []
    monkeypatch.setattr(importer, "CHUNK", 10)
    table = importer.open_file(_many(tmp_path, 50))
    with pytest.raises(Cancelled):
        importer.run_import(table, ImportOptions(mapping=importer.suggest_mapping(table)),
                            progress=lambda done, total: done < 20)
    assert _temp_tables() == []


def test_search_index_holds_every_imported_record(crm, tmp_path: Path) -> None:
    """Records go in through staging tables; the search-index triggers must still see each one."""
    monkeypatch_chunk = importer.CHUNK
    try:
        importer.CHUNK = 7  # several staged chunks
        run(_kvk_file(tmp_path))
    finally:
        importer.CHUNK = monkeypatch_chunk
    db = database.obj
    for pid, first, email in db.execute_sql("SELECT id, first_name, email FROM person").fetchall():
        found = db.execute_sql("SELECT rowid FROM person_fts WHERE person_fts MATCH ?", [f'"{first}"']).fetchall()
        assert found == [(pid,)], (first, found)
        if email:
            assert (pid,) in db.execute_sql("SELECT rowid FROM person_fts WHERE person_fts MATCH ?",
                                            [f'"{email}"']).fetchall()
    companies_found = {r[0] for r in db.execute_sql("SELECT rowid FROM company_fts WHERE company_fts MATCH '1234AB'")}
    assert companies_found == {r[0] for r in db.execute_sql("SELECT id FROM company WHERE postal_code = '1234 AB'")}
