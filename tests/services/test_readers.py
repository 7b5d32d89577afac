"""Readers: every real-world vCard and CSV read in place; encodings, separators, quirks; malformed files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_crm.services.readers import ReadError, open_table
from desktop_crm.services.readers.vcard_reader import HEADERS
from tests.conftest import REALWORLD

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
needs_realworld = pytest.mark.skipif(not REALWORLD.is_dir(), reason=f"real-world files not found at {REALWORLD}")


def rows_of(path: Path) -> list[dict[str, str]]:
    table = open_table(path)
    return [{h: v for h, v in zip(table.headers, r.values, strict=True) if v} for r in table.rows()]


# What each real-world vCard must give: (card index, {column: value}).
VCARDS: dict[str, list[tuple[int, dict[str, str]]]] = {
    "John_Doe_ANDROID.vcf": [
        (0, {"E-mail": "john.doe@company.com"}),
        (2, {"Last name": "Ñ Ñ Ñ Ñ", "Mobile": "123456789"}),
        (4, {"First name": "Ñ Ñ Ñ", "Last name": "Ñ Ñ", "Organisation": "ÑÑÑÑÑÑÑÑÑÑÑÑ", "E-mail": "bob@company.com",
             "Fax": "123456"}),
        (5, {"Last name": "ÑÑÑÑ", "Organisation": "Ñ" * 44, "E-mail": "henry@company.com"}),
    ],
    "John_Doe_BLACK_BERRY.vcf": [(0, {"First name": "john", "Last name": "Doe", "Organisation": "Acme Solutions",
                                      "Mobile": "+96123456789"})],
    "John_Doe_EVOLUTION.vcf": [(0, {"First name": "John", "Last name": "Doe", "Middle name": "Richter James",
                                    "Organisation": "IBM", "Department": "Accounting / Dungeon",
                                    "E-mail": "john.doe@ibm.com", "Phone": "905-555-1234", "Mobile": "905-666-1234",
                                    "Street": "15 Crescent moon drive, ASB-123", "City": "Albaney",
                                    "Postal code": "12345", "Country": "United States of America"})],
    "John_Doe_GMAIL.vcf": [(0, {"First name": "John", "Last name": "Doe", "Organisation": "IBM",
                                "E-mail": "john.doe@ibm.com", "Mobile": "905-555-1234", "Phone": "905-666-1234"})],
    "John_Doe_IPHONE.vcf": [(0, {"Last name": "Doe", "Organisation": "IBM", "Department": "Accounting",
                                 "E-mail": "john.doe@ibm.com", "Phone": "905-777-1234", "Mobile": "905-555-1234",
                                 "Street": "Silicon Alley 5", "City": "New York", "Website": "http://www.ibm.com"})],
    "John_Doe_LOTUS_NOTES.vcf": [(0, {"Last name": "Doe", "Organisation": "IBM", "Department": "SUN",
                                      "E-mail": "john.doe@ibm.com", "Other e-mail addresses": "billy_bob@gmail.com",
                                      "Postal code": "NYC887", "Country": "U.S.A."})],
    "John_Doe_MAC_ADDRESS_BOOK.vcf": [(0, {"First name": "John", "Organisation": "IBM", "E-mail": "john.doe@ibm.com",
                                           "Phone": "905-777-1234", "Mobile": "905-555-1234"})],
    "John_Doe_MS_OUTLOOK.vcf": [(0, {"Name prefix": "Mr.", "First name": "John", "Last name": "Doe",
                                     "Organisation": "IBM", "Job title": "Money Counter",
                                     "E-mail": "john.doe@ibm.cm", "Phone": "(905) 555-1234",
                                     "Street": "Cresent moon drive", "City": "Albaney"})],
    "apple_addressbook_photo_roundcube.vcf": [(0, {"Organisation": "Apple Computer AG", "Card kind": "company",
                                                   "Street": "Birgistrasse 4a", "City": "Wallisellen-Zürich",
                                                   "Postal code": "8304", "Country": "Switzerland"})],
    "emclient5_tine20.vcf": [(0, {"First name": "Vor", "Last name": "Nach", "Organisation": "Firma",
                                  "Department": "Abteilung", "E-mail": "business@email.de",
                                  "Other e-mail addresses": "privat@email.de", "Street": "Address Business",
                                  "City": "City Business", "Notes": "Notes\nwith\nbreaks"})],
    "fullcontact.vcf": [(0, {"First name": "FirstName", "Last name": "LastName", "Organisation": "Organization1",
                             "Department": "Department1", "E-mail": "work@example.com", "City": "WorkCity",
                             "Country": "WorkCountry"})],
    "gmail-list.vcf": [(0, {"First name": "Arnold", "Last name": "Smith", "E-mail": "asmithk@gmail.com"}),
                       (2, {"First name": "Doug", "Last name": "White", "E-mail": "dwhite@gmail.com"})],
    "gmail-single.vcf": [(0, {"First name": "Greg", "Last name": "Dartmouth", "Organisation": "TheCompany",
                              "E-mail": "gdartmouth@hotmail.com", "Mobile": "555 555 1111"})],
    "gmail-single2.vcf": [(0, {"First name": "VCard", "Last name": "Test", "E-mail": "workemail@example.com",
                               "Phone": "5555551113", "Mobile": "5555551115", "Street": "113 Main St"})],
    "ms_mobile_v21_multiline_adr_aosp.vcf": [(0, {"Last name": "bogus", "Street": "Grindelberg 999",
                                                  "Other addresses": "Hermann v. Brevern, 9999999, Packstation 999, "
                                                                     "99999 Hamburg, Deutschland"})],
    "outlook-2003.vcf": [(0, {"First name": "John", "Last name": "Doe", "Organisation": "Company, The",
                              "Department": "TheDepartment", "E-mail": "jdoe@hotmail.com",
                              "Notes": "This is the note field!!\r\nSecond line\r\n\r\nThird line is empty\r\n"
                                       .strip()})],
    "outlook-2007.vcf": [(0, {"First name": "Michael", "Last name": "Angstadt", "Organisation": "TheCompany",
                              "E-mail": "mike.angstadt@gmail.com", "Phone": "(111) 555-1111",
                              "Mobile": "(111) 555-4444", "Street": "222 Broadway, TheOffice"})],
    "outlook_webdavcollaborator_tine20.vcf": [(0, {"First name": "Vorname", "Last name": "Nachname",
                                                   "Organisation": "Firma", "E-mail": "mail@example.com",
                                                   "Phone": "+49 (040) 12345 - 0", "Country": "Deutschland"})],
    "rfc2426-example.vcf": [(0, {"Full name": "Frank Dawson", "Organisation": "Lotus Development Corporation",
                                 "E-mail": "Frank_Dawson@Lotus.com", "Street": "6544 Battleford Drive",
                                 "City": "Raleigh"}),
                            (1, {"Full name": "Tim Howes", "E-mail": "howes@netscape.com", "Postal code": "94043"})],
    "rfc6350-example.vcf": [(0, {"First name": "Simon", "Last name": "Perreault", "Organisation": "Viagenie",
                                 "Phone": "+1-418-656-9254 ext. 102", "Street": "2875 Laurier, Suite D2-630",
                                 "City": "Quebec", "Postal code": "G1V 2M2"})],
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": [
        (0, {"First name": "John", "Last name": "Doe", "Organisation": "TheOrganization", "Job title": "TheTitle",
             "E-mail": "doe.john@hotmail.com", "Mobile": "555-555-5555"})],
    "thunderbird_sogo_connector_tine20.vcf": [(0, {"First name": "Lars", "Last name": "Kneschke",
                                                   "Organisation": "Organisation", "Department": "Business Unit",
                                                   "E-mail": "l.kneschke@metaways.de",
                                                   "Street": "Address Business 1, Address Business 2",
                                                   "Region": "Region Business"})],
}


@needs_realworld
def test_every_real_world_vcard_is_covered() -> None:
    found = {p.name for p in (REALWORLD / "vcard").glob("*.vcf")}
    assert found == set(VCARDS)


@needs_realworld
@pytest.mark.parametrize("name", sorted(VCARDS))
def test_real_world_vcard(name: str) -> None:
    rows = rows_of(REALWORLD / "vcard" / name)
    for index, expected in VCARDS[name]:
        got = rows[index]
        for column, value in expected.items():
            assert got.get(column, "").replace("\r\n", "\n") == value.replace("\r\n", "\n"), (name, column)
    for row in rows:
        for value in row.values():
            assert "\ufffd" not in value and "Ã" not in value  # no mangled characters


CSVS: dict[str, tuple[str, str, int, dict[str, str]]] = {
    # file: (encoding, delimiter, rows, {header: value of the first row})
    "google_csv_utf8_folkerkinzel.csv": ("utf-8", ",", 1, {"Given Name": "Max", "Family Name": "Mustermann",
                                                           "Address 1 - City": "Leipzig"}),
    "groupoffice63_contacts_export.csv": ("utf-8", ",", 29, {"lastName": "Intermesh B.V.",
                                                             "addresses.zipCode": "5222 AE"}),
    "outlook2013_de_tine20.csv": ("cp1252", ",", 2, {"Vorname": "Christian", "Straße geschäftlich": "Pickhuben 2",
                                                     "Ort geschäftlich": "Hamburg"}),
    "outlookcom_web_folkerkinzel.csv": ("utf-8-sig", ",", 1, {"First Name": "Max", "Department": "Führungsetage"}),
    "windowslivemail_de_folkerkinzel.csv": ("utf-8-sig", ";", 1, {"Vorname": "Max", "Notizen": "Kommentar Äöü",
                                                                  "Straße (geschäftlich)": "Eisenbahnstraße"}),
}


@needs_realworld
def test_every_real_world_csv_is_covered() -> None:
    assert {p.name for p in (REALWORLD / "csv").glob("*.csv")} == set(CSVS)


@needs_realworld
@pytest.mark.parametrize("name", sorted(CSVS))
def test_real_world_csv(name: str) -> None:
    encoding, delimiter, count, first = CSVS[name]
    table = open_table(REALWORLD / "csv" / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    rows = rows_of(REALWORLD / "csv" / name)
    assert len(rows) == count
    for header, value in first.items():
        assert rows[0][header] == value


@needs_realworld
def test_outlook_rows_shorter_than_header_are_padded() -> None:
    table = open_table(REALWORLD / "csv" / "outlook2013_de_tine20.csv")
    for row in table.rows():
        assert len(row.values) == len(table.headers)


# --- our own small files ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, encoding, delimiter", [
    ("excel_nl_cp1252.csv", "cp1252", ";"),
    ("outlook_utf16.csv", "utf-16", ","),
    ("export_tab.txt", "utf-8", "\t"),
])
def test_data_files(name: str, encoding: str, delimiter: str) -> None:
    table = open_table(DATA / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    rows = rows_of(DATA / name)
    assert [r["Voornaam"] for r in rows] == ["Jan", "Marieke", "Sören"]
    assert rows[0]["Tussenvoegsel"] == "v.d."
    assert rows[1]["Opmerkingen"].splitlines() == ["Regel 1", "Regel 2 met € en ë"]
    assert rows[2]["Bedrijfsnaam"] == "Café ’t Hoekje" and rows[2]["Achternaam"] == "Ñúñez"


SAMPLE = [["Naam", "Plaats", "Notitie"], ["Jörg Müller", "’s-Hertogenbosch", "één; twee, \"drie\"\nvier"],
          ["Zoë", "Den Haag", ""]]


def _csv(rows: list[list[str]], sep: str, newline: str = "\r\n") -> str:
    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in (sep, '"', "\n", "\r", ",", ";")) else v
    return newline.join(sep.join(cell(v) for v in r) for r in rows) + newline


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_every_encoding_and_separator(tmp_path: Path, encoding: str, sep: str) -> None:
    path = tmp_path / "f.csv"
    text = _csv(SAMPLE, sep)
    if encoding == "cp1252":
        text = text.replace("’", "'")
    path.write_bytes(text.encode(encoding))
    table = open_table(path)
    assert table.delimiter == sep
    rows = [r.values for r in table.rows()]
    assert table.headers == ["Naam", "Plaats", "Notitie"]
    assert rows[0][0] == "Jörg Müller" and rows[0][2] == "één; twee, \"drie\"\nvier"
    assert rows[1] == ["Zoë", "Den Haag", ""]


def test_mixed_line_ends_short_and_long_rows(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"a;b;c\r\n1;2\n3;4;5;6\r7;\"x\r\ny\";9\n\n")
    table = open_table(path)
    rows = list(table.rows())
    assert [r.values for r in rows] == [["1", "2", ""], ["3", "4", "5"], ["7", "x\r\ny", "9"]]
    assert rows[1].extra == ["6"]
    assert [r.number for r in rows] == [2, 3, 4]


def test_excel_sep_line_and_trailing_separator(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"sep=,\r\nName,City,\r\nA;B,C,\r\n")
    table = open_table(path)
    assert table.delimiter == "," and table.headers == ["Name", "City"]
    assert [r.values for r in table.rows()] == [["A;B", "C"]]


def test_single_column_file(tmp_path: Path) -> None:
    path = tmp_path / "mails.csv"
    path.write_text("E-mail\njan@example.nl\npiet@example.nl\n", encoding="utf-8")
    table = open_table(path)
    assert table.headers == ["E-mail"] and len(list(table.rows())) == 2


@pytest.mark.parametrize("content, fragment", [
    (b"", "empty"),
    (b"   \r\n\r\n", "empty"),
    (bytes(range(256)) * 50, "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(3000), "not a text file"),
    (b"name,notes\r\nJan,\"never closed\r\nPiet,x\r\n", "quote"),
])
def test_malformed_files_give_a_clear_message(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        table = open_table(path)
        list(table.rows())
    assert fragment in str(info.value)
    assert "bad.csv" in str(info.value)


def test_ten_megabyte_field_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"name,notes\r\nJan,\"" + b"x" * 10_000_000 + b"\"\r\n")
    with pytest.raises(ReadError) as info:
        list(open_table(path).rows())
    assert "more than 1,000,000 characters" in str(info.value) and "Row 2" in str(info.value)


def test_old_xls_and_broken_xlsx(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ReadError, match="Excel 97-2003"):
        open_table(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"junk" * 100)
    with pytest.raises(ReadError, match="not a valid Excel workbook"):
        open_table(broken)


def test_xlsx_values_as_the_user_sees_them(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Bedrijfsnaam", "Telefoon", "Postcode", "Sinds", "Medewerkers"])
    ws.append(["Bakkerij ’t Stoepje", 612345678, "1234 AB", dt.datetime(2024, 3, 12), 12.0])
    ws.append([None, None, None, None, None])
    ws.append(["Zoë B.V.", "020-1234567", None, dt.date(2020, 1, 2), 3.5])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    table = open_table(path)
    assert table.format == "xlsx" and table.headers[0] == "Bedrijfsnaam"
    rows = list(table.rows())
    assert rows[0].values == ["Bakkerij ’t Stoepje", "612345678", "1234 AB", "12-03-2024", "12"]
    assert rows[1].values == ["Zoë B.V.", "020-1234567", "", "02-01-2020", "3.5"]
    assert [r.number for r in rows] == [2, 4]


def test_vcard_quirks(tmp_path: Path) -> None:
    path = tmp_path / "x.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=F6rg\r\n"
        b"ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =E2=80=99t Hoekje;Keu=\r\nken\r\n"
        b"item1.EMAIL;INTERNET:jorg@hoekje.nl\r\n"
        b"TEL;CELL:06-12345678\r\n"
        b"AGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Agent;Secret\r\nEND:VCARD\r\n"
        b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\n AAAA\r\n\r\n"
        b"END:VCARD\r\n"
        + "BEGIN:VCARD\rVERSION:4.0\rKIND:org\rFN:Zoë BV\rEMAIL;TYPE=\"work,pref\":info@zoe.nl\r"
        "ADR;TYPE=work:;;Lange\r\n  Voorhout 1;Den Haag;;2514 EA;NL\rEND:VCARD".encode())
    rows = rows_of(path)
    assert rows[0]["Last name"] == "Müller" and rows[0]["First name"] == "Jörg"
    assert rows[0]["Organisation"] == "Café ’t Hoekje" and rows[0]["Department"] == "Keuken"
    assert rows[0]["E-mail"] == "jorg@hoekje.nl" and rows[0]["Mobile"] == "06-12345678"
    assert rows[1] == {"Full name": "Zoë BV", "Organisation": "Zoë BV", "E-mail": "info@zoe.nl",
                       "Street": "Lange Voorhout 1", "City": "Den Haag", "Postal code": "2514 EA", "Country": "NL",
                       "Card kind": "company"}
    assert len(rows) == 2 and set(rows[0]) <= set(HEADERS)


def test_vcard_address_of_a_private_person_is_a_home_or_untyped_one(tmp_path: Path) -> None:
    """Without ORG the address columns are the person's own: a home (or untyped) ADR, never a work one;
    with ORG they are the company's: a work ADR first."""
    path = tmp_path / "adr.vcf"
    work, home = "ADR;TYPE=WORK:;;Kantoorweg 1;Delft;;2611 AA;", "ADR;TYPE=HOME:;;Thuisstraat 2;Zeist;;3701 AB;"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jansen;Jan\r\n{org}{lines}END:VCARD\r\n"
                            for org, lines in (("", f"{work}\r\n{home}\r\n"), ("", f"{work}\r\n"),
                                               ("ORG:Jansen BV\r\n", f"{home}\r\n{work}\r\n"))),
                    encoding="utf-8")
    private, work_only, employed = rows_of(path)
    assert (private["Street"], private["City"]) == ("Thuisstraat 2", "Zeist")
    assert private["Other addresses"] == "Kantoorweg 1, 2611 AA Delft"
    assert "Street" not in work_only and work_only["Other addresses"] == "Kantoorweg 1, 2611 AA Delft"
    assert (employed["Street"], employed["Other addresses"]) == ("Kantoorweg 1", "Thuisstraat 2, 3701 AB Zeist")


def test_large_file_is_streamed(tmp_path: Path) -> None:
    import tracemalloc

    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Voornaam;Achternaam;E-mailadres\n")
        for i in range(20_000):
            fh.write(f"Jan{i};Jansen;jan{i}@example.nl\n")
    table = open_table(path)
    tracemalloc.start()
    count = sum(1 for _ in table.rows())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 20_000
    assert peak < 300_000  # a few rows at a time, not the 0.6 MB file
