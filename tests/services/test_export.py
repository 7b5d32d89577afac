"""Export to CSV (UTF-8 BOM, ; or ,), XLSX and vCard 3.0: values, order, cancel leaves no file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, export, persons
from desktop_crm.services.bulk import Cancelled
from tests.services.helpers import category


def _data() -> tuple[Company, list[Person]]:
    company, _ = companies.save_company(Company(
        name="Bakkerij De Zoete Inval; B.V.", department="Verkoop", category_id=category("Klant"),
        street="Dorpsstraat 1", postal_code="1234ab", city="’s-Hertogenbosch", email="info@zoete.nl",
        phone="020 123 4567", kvk="12345678", notes="Eerste regel\nTweede regel, met \"aanhalingstekens\""))
    people = [
        persons.save_person(Person(company_id=company.id, first_name="Jan", middle_name="van der",
                                   last_name="Berg", email="jan@zoete.nl", mobile="06 12345678",
                                   position="Directeur", street="Thuisweg 1", city="Vught"))[0],
        persons.save_person(Person(first_name="Zoë", last_name="Müller-Ñúñez", email="zoe@example.com",
                                   street="Kerkstraat 5", postal_code="9711ab", city="Groningen"))[0],
    ]
    return company, people


def test_rows_are_tuples_in_id_order_with_names_for_references(crm) -> None:
    company, (jan, zoe) = _data()
    got = list(export.rows("person", [zoe.id, jan.id], ["first_name", "company_id", "city", "lead_status_id"]))
    # The address columns: the company's for a person who works at one, otherwise the person's own.
    assert got == [("Zoë", None, "Groningen", None), ("Jan", "Bakkerij De Zoete Inval; B.V.", "’s-Hertogenbosch",
                                                      None)]
    (row,) = export.rows("company", [company.id], ["name", "category_id", "postal_code"])
    assert row == ("Bakkerij De Zoete Inval; B.V.", "Klant", "1234 AB")


def test_csv_is_utf8_with_bom_semicolons_and_opens_in_dutch_excel(crm, tmp_path: Path) -> None:
    company, _ = _data()
    path = tmp_path / "bedrijven.csv"
    assert export.export_csv("company", [company.id], path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as fh:
        head, row = list(csv.reader(fh, delimiter=";"))
    assert head[:3] == ["Name", "Department", "Category"]
    assert row[0] == "Bakkerij De Zoete Inval; B.V."
    assert row[head.index("Notes")] == "Eerste regel\nTweede regel, met \"aanhalingstekens\""
    assert row[head.index("City")] == "’s-Hertogenbosch"


def test_csv_with_comma_and_chosen_columns(crm, tmp_path: Path) -> None:
    _, (jan, zoe) = _data()
    path = tmp_path / "p.csv"
    export.export_csv("persons", [jan.id, zoe.id], path, ["last_name", "email"], delimiter=",",
                      headers=["Achternaam", "E-mailadres"])
    text = path.read_bytes().decode("utf-8-sig")
    assert text == "Achternaam,E-mailadres\r\nBerg,jan@zoete.nl\r\nMüller-Ñúñez,zoe@example.com\r\n"


def test_xlsx_streams_values(crm, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    company, (jan, zoe) = _data()
    path = tmp_path / "p.xlsx"
    assert export.export_xlsx("person", [jan.id, zoe.id], path) == 2
    ws = load_workbook(path, read_only=True).active
    values = list(ws.values)
    assert values[0][:4] == ("Salutation", "First name", "Middle name", "Last name")
    assert values[1][1:4] == ("Jan", "van der", "Berg")
    assert values[2][3] == "Müller-Ñúñez"
    street = values[0].index("Street")
    assert values[2][street:street + 4] == ("Kerkstraat 5", "9711 AB", "Groningen", None)  # her own address
    assert export.export_xlsx("company", [company.id], tmp_path / "c.xlsx") == 1


def test_vcard_30_persons_and_company_cards(crm, tmp_path: Path) -> None:
    company, (jan, zoe) = _data()
    path = tmp_path / "p.vcf"
    assert export.export_vcard([jan.id, zoe.id], path) == 2
    text = path.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:3.0\r\n") == 2
    assert "N:van der Berg;Jan;;;\r\n" in text
    assert "FN:Jan van der Berg\r\n" in text
    assert "ORG:Bakkerij De Zoete Inval\\; B.V.;Verkoop\r\n" in text
    assert "TEL;TYPE=CELL:+31 6 12345678\r\n" in text
    # Jan: his company's address (WORK) and his own (HOME); Zoë, without a company: her own only.
    assert "ADR;TYPE=WORK:;;Dorpsstraat 1;’s-Hertogenbosch;;1234 AB;\r\nADR;TYPE=HOME:;;Thuisweg 1;Vught;;;\r\n" in text
    assert "ADR;TYPE=HOME:;;Kerkstraat 5;Groningen;;9711 AB;\r\n" in text and text.count("ADR;") == 3
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    export.export_vcard([company.id], tmp_path / "c.vcf", kind="company")
    card = (tmp_path / "c.vcf").read_bytes().decode("utf-8")
    assert "X-ABShowAs:COMPANY" in card and "ADR;TYPE=WORK:;;Dorpsstraat 1;’s-Hertogenbosch;;1234 AB;" in card
    assert "NOTE:Eerste regel\\nTweede regel\\, met \"aanhalingstekens\"" in card.replace("\r\n ", "")


def test_fold_never_splits_a_character() -> None:
    line = "NOTE:" + "é" * 100
    folded = export.fold_line(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_cancel_leaves_no_file(crm, tmp_path: Path) -> None:
    _, (jan, zoe) = _data()
    path = tmp_path / "p.csv"
    with pytest.raises(Cancelled):
        export.export_csv("person", [jan.id, zoe.id], path, progress=lambda done, total: False)
    assert not path.exists() and not list(tmp_path.glob("*.part"))


def test_unknown_column_is_refused(crm, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export.export_csv("person", [], tmp_path / "x.csv", ["nope"])


def test_a_persons_own_address_at_a_company_goes_out_and_comes_back_in(crm, tmp_path: Path) -> None:
    """Jan works at the bakery and lives in Vught: the address columns hold the bakery's address, the
    home columns his own, and importing the file into an empty database puts each back where it was."""
    from desktop_crm.services import database, importer

    company, (jan, zoe) = _data()
    path = tmp_path / "personen.csv"
    assert export.export_csv("person", [jan.id, zoe.id], path) == 2
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert (rows[0]["Street"], rows[0]["Home street"], rows[0]["Home city"]) == ("Dorpsstraat 1", "Thuisweg 1", "Vught")
    assert (rows[1]["Street"], rows[1]["Home street"]) == ("Kerkstraat 5", "")  # no company: in the address columns
    database.close()
    database.open_db(tmp_path / "leeg.sqlite", language="nl")
    table = importer.open_file(path)
    result = importer.run_import(table, importer.ImportOptions(mapping=importer.suggest_mapping(table)))
    assert result.created == {"company": 1, "person": 2}
    back = {p.first_name: p for p in (persons.get_person(i) for i in (1, 2))}
    assert (back["Jan"].street, back["Jan"].city) == ("Thuisweg 1", "Vught")
    assert companies.get_company(back["Jan"].company_id).street == "Dorpsstraat 1"
    assert (back["Zoë"].street, back["Zoë"].postal_code, back["Zoë"].city) == ("Kerkstraat 5", "9711 AB", "Groningen")
