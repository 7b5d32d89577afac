"""Duplicate detection: keys, scores, the blocked search over the database, the card hint, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm import cli
from desktop_crm.db import dedupe as dedupe_sql
from desktop_crm.db.connection import database
from desktop_crm.domain import dedupe
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, duplicates, persons


def test_keys_normalise_dutch_names_and_legal_forms() -> None:
    assert dedupe.company_key("Bakkerij De Vries B.V.") == dedupe.company_key("bakkerij de vries BV")
    assert dedupe.company_key("Jansen & Zn. V.O.F.") == dedupe.company_key("Jansen en zn")
    assert dedupe.person_key("Jan", "v.d.", "Berg") == dedupe.person_key("Jan", "", "van den Berg") == "berg jan"
    assert dedupe.key_from_sort_key("berg\x1fj.\x1fvan der") == "berg j"
    assert dedupe.phone_key("+31 20 123 4567") == "31201234567"
    assert dedupe.email_domain("Jan@Example.NL") == "example.nl"


@pytest.mark.parametrize("a, b, similar", [
    (("Jan", "van der", "Berg"), ("J.", "v.d.", "Berg"), True),
    (("Jan", "", "Jansen"), ("Jan", "", "Janssen"), True),
    (("Jan", "", "Jansen"), ("Piet", "", "Jansen"), False),
    (("Maria", "", "de Groot"), ("Marja", "", "Groot"), True),
    (("Kees", "", "Bakker"), ("Kees", "", "Visser"), False),
])
def test_person_similarity(a, b, similar: bool) -> None:
    score = dedupe.person_similarity(dedupe.person_key(*a), dedupe.person_key(*b))
    assert (score >= dedupe.NAME_THRESHOLD) == similar, score


def test_pair_scores_rank_the_evidence() -> None:
    assert dedupe.pair_score({dedupe.REASON_EMAIL}, 95) > dedupe.pair_score({dedupe.REASON_NAME_POSTAL}, 88)
    assert dedupe.pair_score({dedupe.REASON_EMAIL}, 20) < 80  # a shared info@ address, other names
    assert dedupe.pair_score({dedupe.REASON_PHONE, dedupe.REASON_NAME_POSTAL}, 90) > \
        dedupe.pair_score({dedupe.REASON_NAME_POSTAL}, 90)


def _data() -> dict[str, int]:
    ids = {}
    a, _ = companies.save_company(Company(name="Bakkerij De Vries B.V.", postal_code="1234 AB", city="Utrecht"))
    b, _ = companies.save_company(Company(name="Bakkerij de Vries", postal_code="1234AB", kvk="12345678"))
    c, _ = companies.save_company(Company(name="Slagerij Bakker", postal_code="1234 AB"))
    d, _ = companies.save_company(Company(name="Bakkerij De Vries", postal_code="9999 ZZ", kvk="12345678"))
    ids.update(a=a.id, b=b.id, c=c.id, d=d.id)
    for key, first, middle, last, email, mobile, company in [
        ("jan", "Jan", "van der", "Berg", "jan@vries.nl", "", a.id),
        ("j", "J.", "v.d.", "Berg", "", "", b.id),  # same postal code, similar name
        ("jan2", "Jan", "", "Bergman", "JAN@vries.nl", "", c.id),  # same e-mail
        ("piet", "Piet", "", "Jansen", "piet@gmail.com", "06 12345678", None),
        ("pj", "P.", "", "Janssen", "pj@gmail.com", "0612345678", None),  # same mobile
        ("kees", "Kees", "", "Visser", "kees@gmail.com", "", c.id),
    ]:
        person, _ = persons.save_person(Person(first_name=first, middle_name=middle, last_name=last, email=email,
                                               mobile=mobile, company_id=company))
        ids[key] = person.id
    return ids


def test_find_duplicates(crm) -> None:
    ids = _data()
    found = {(c.a, c.b): c for c in duplicates.find_duplicates("company", min_score=0)}
    ab = found[(ids["a"], ids["b"])]
    assert dedupe.REASON_NAME_POSTAL in ab.reasons and ab.score >= 90
    bd = found[(ids["b"], ids["d"])]
    assert dedupe.REASON_KVK in bd.reasons
    assert (ids["a"], ids["c"]) not in found
    people = {(c.a, c.b): c for c in duplicates.find_duplicates("person")}
    assert dedupe.REASON_NAME_POSTAL in people[(ids["jan"], ids["j"])].reasons
    assert dedupe.REASON_EMAIL in people[(ids["jan"], ids["jan2"])].reasons
    assert dedupe.REASON_PHONE in people[(ids["piet"], ids["pj"])].reasons
    assert all(ids["kees"] not in pair for pair in people)
    scores = [c.score for c in duplicates.find_duplicates("person")]
    assert scores == sorted(scores, reverse=True)
    labels = duplicates.labels("person", [ids["jan"]])
    assert labels[ids["jan"]] == "Jan van der Berg (Bakkerij De Vries B.V., Utrecht)"


def test_large_groups_are_linked_not_paired(crm) -> None:
    for i in range(30):
        companies.save_company(Company(name="Restaurant De Vlinder", email="info@vlinder.nl", city=f"Plaats {i}"))
    pairs = duplicates.find_duplicates("company")
    assert len(pairs) == 29  # a star to the first, not 435 pairs


def test_hint_while_typing(crm) -> None:
    ids = _data()
    hints = duplicates.likely_duplicates("company", {"name": "bakkerij de vries bv", "postal_code": "1234ab"})
    assert {h.record_id for h in hints} >= {ids["a"], ids["b"]}
    hints = duplicates.likely_duplicates("company", {"name": "Iets anders", "kvk": "12345678"})
    assert hints and dedupe.REASON_KVK in hints[0].reasons
    hints = duplicates.likely_duplicates("person", {"first_name": "Piet", "last_name": "Janssen",
                                                    "mobile": "06-12345678"})
    assert hints[0].record_id in (ids["piet"], ids["pj"]) and dedupe.REASON_PHONE in hints[0].reasons
    hints = duplicates.likely_duplicates("person", {"first_name": "Jan", "middle_name": "van den",
                                                    "last_name": "Berg", "company_id": ids["a"]})
    assert hints[0].record_id == ids["jan"]
    assert duplicates.likely_duplicates("person", {"first_name": "Jan", "last_name": "Berg",
                                                   "company_id": ids["a"]}, exclude=ids["jan"]) == []
    assert duplicates.likely_duplicates("person", {"first_name": "Nieuw", "last_name": "Iemand"}) == []


def test_cli_duplicates_and_import(crm, tmp_path: Path, capsys) -> None:
    _data()
    from desktop_crm.services import database

    database.close()
    assert cli.main(["--db", str(crm), "duplicates", "--kind", "persons"]) == 0
    out = capsys.readouterr().out
    assert "Persons:" in out and "Jan van der Berg" in out and "same e-mail address" in out
    csv_file = tmp_path / "nieuw.csv"
    csv_file.write_text("Voornaam;Achternaam;E-mail\nAnna;Bakker;anna@bakker.nl\nBram;Bos;bram@@bos\n",
                        encoding="utf-8")
    assert cli.main(["--db", str(crm), "import", str(csv_file)]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    report = tmp_path / "fout.csv"
    assert cli.main(["--db", str(crm), "import", str(csv_file), "--skip-bad-rows", str(report)]) == 0
    out = capsys.readouterr().out
    assert "1 new" in out and report.exists() and "Selection" in out
    assert "nieuw.csv: 2 rows (csv" in out and "  1 row with problems was not imported" in out
    assert cli.main(["--db", str(crm), "import", str(csv_file), "--dry-run", "--kind", "persons"]) == 1
    database.open_db(crm)


def test_persons_without_a_company_are_compared_at_their_own_postal_code(crm) -> None:
    anna, _ = persons.save_person(Person(first_name="Anna", middle_name="de", last_name="Vries", postal_code="3701ab",
                                         city="Zeist"))
    a, _ = persons.save_person(Person(first_name="A.", last_name="de Vries", postal_code="3701 AB"))
    persons.save_person(Person(first_name="Anna", last_name="de Vries", postal_code="9999 ZZ"))  # elsewhere
    found = {(c.a, c.b): c for c in duplicates.find_duplicates("person")}
    assert list(found) == [(anna.id, a.id)] and dedupe.REASON_NAME_POSTAL in found[(anna.id, a.id)].reasons
    assert duplicates.labels("person", [anna.id])[anna.id] == "Anna de Vries (Zeist)"  # their own city
    plan = " ".join(str(r) for r in database.obj.execute_sql(
        "EXPLAIN QUERY PLAN " + dedupe_sql.PRIVATE_POSTAL_BLOCKS).fetchall())
    assert "person_by_postal_code" in plan and "TEMP B-TREE" not in plan
