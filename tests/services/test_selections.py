"""Saved selections: static members, dynamic criteria, combinations, the board, files, journal and undo."""

from __future__ import annotations

import json

import pytest

from desktop_crm.db.models import Journal, Selection
from desktop_crm.domain import criteria as cr
from desktop_crm.domain.criteria import Condition, Criteria, Group, Match, Op
from desktop_crm.domain.entities import Company, ListKind, Person
from desktop_crm.domain.errors import RuleViolation, ValidationFailed
from desktop_crm.services import companies, persons, selections
from desktop_crm.services.selections import DefinitionError
from desktop_crm.services.undo import undo_action
from tests.services.helpers import category, list_id, status


def _company(name: str, cat: str | None = None, city: str = "") -> int:
    company, _ = companies.save_company(Company(name=name, city=city, category_id=category(cat) if cat else None))
    assert company.id is not None
    return company.id


def _person(last: str, company_id: int | None = None, first: str = "", email: str = "") -> int:
    person, _ = persons.save_person(Person(first_name=first, last_name=last, company_id=company_id, email=email))
    assert person.id is not None
    return person.id


def _journal_count() -> int:
    return Journal.select().count()


def in_city(city: str) -> Criteria:
    return cr.all_of("company", Condition("city", Op.BEGINS_WITH, city))


def test_create_static_keeps_live_members_and_add_remove(crm) -> None:
    a, b = _company("Alfa"), _company("Beta")
    sid = selections.create_static("Import 1", "company", [a, 999_999], description="from a file")
    info = selections.get(sid)
    assert (info.kind, info.target, info.description) == ("static", "company", "from a file")
    assert selections.member_ids(sid) == [a]
    assert selections.add_members(sid, [a]).changed == {}  # already in it
    changes = selections.add_members(sid, [b])
    assert changes.touches("selection") and changes.undo
    assert selections.member_ids(sid) == [a, b]
    selections.remove_members(sid, [a])
    assert selections.member_ids(sid) == [b]
    selections.undo(changes.undo)  # undo the add of b
    assert selections.member_ids(sid) == []


def test_static_is_frozen_and_dynamic_runs_again(crm) -> None:
    a = _company("Alfa", city="Utrecht")
    dynamic = selections.save_dynamic("Utrecht", in_city("Utr"))
    static = selections.save_static_from("Utrecht, frozen", in_city("Utr"))
    b = _company("Beta", city="Utrechtse Heuvelrug")
    assert selections.member_ids(dynamic) == [a, b]
    assert selections.member_ids(static) == [a]
    assert selections.count(dynamic) == 2 and selections.count(static) == 1
    with pytest.raises(ValidationFailed):
        selections.add_members(dynamic, [b])  # members of a dynamic selection come from its criteria
    companies.delete_company(a)
    assert selections.member_ids(static) == [] and selections.member_ids(dynamic) == [b]


def test_combinations_stay_live(crm) -> None:
    utrecht = selections.save_dynamic("Utrecht", in_city("Utr"))
    leads = selections.save_dynamic("Leads", cr.all_of("company", Condition("category", Op.IS_ONE_OF,
                                                                             (category("Lead"),))))
    ids = {name: _company(name, cat, city) for name, cat, city in
           [("A", "Lead", "Utrecht"), ("B", None, "Utrecht"), ("C", "Lead", "Amsterdam"), ("D", None, "Zeist")]}
    expected = {"union": {"A", "B", "C"}, "intersect": {"A"}, "first_only": {"B"}, "second_only": {"C"}}
    made = {op: selections.combine(op, op, utrecht, leads) for op in expected}
    for op, names in expected.items():
        assert set(selections.member_ids(made[op])) == {ids[n] for n in names}, op
    e = _company("E", "Lead", "Utrecht")  # live: the new company shows up without saving anything again
    assert e in selections.member_ids(made["intersect"])
    static = selections.create_static("Static", "company", [ids["D"]])
    both = selections.combine("Nested", "union", made["intersect"], static)
    assert set(selections.member_ids(both)) == {ids["A"], e, ids["D"]}
    person_sel = selections.save_dynamic("P", Criteria("person"))
    with pytest.raises(ValidationFailed):
        selections.combine("Mixed", "union", utrecht, person_sel)
    with pytest.raises(RuleViolation):
        selections.delete(made["intersect"])  # "Nested" is built on it


def test_rename_describe_duplicate_delete_and_undo(crm) -> None:
    a = _company("Alfa", city="Utrecht")
    sid = selections.save_dynamic("Utrecht", in_city("Utr"))
    selections.rename(sid, "  Utrecht  en   omgeving ")
    selections.describe(sid, "voor de beurs")
    info = selections.get(sid)
    assert (info.name, info.description) == ("Utrecht en omgeving", "voor de beurs")
    with pytest.raises(ValidationFailed):
        selections.rename(sid, "   ")
    copy = selections.duplicate(sid, "Kopie")
    assert selections.get(copy).criteria_json == info.criteria_json and selections.member_ids(copy) == [a]
    static = selections.create_static("S", "company", [a])
    static_copy = selections.duplicate(static)
    assert selections.member_ids(static_copy) == [a] and selections.get(static_copy).name == "S (copy)"
    before = [s.id for s in selections.all_selections()]
    changes = selections.delete(sid)
    assert changes.undo and sid not in [s.id for s in selections.all_selections()]
    selections.undo(changes.undo)
    assert [s.id for s in selections.all_selections()] == before
    rename = selections.rename(sid, "Anders")
    selections.undo(rename.undo)
    assert selections.get(sid).name == "Utrecht en omgeving"


def test_every_write_is_one_journaled_transaction(crm) -> None:
    a = _company("Alfa")
    n = _journal_count()
    sid = selections.create_static("S", "company", [a])
    entries = list(Journal.select().where(Journal.seq > 0).order_by(Journal.seq))[n:]
    assert {e.tx for e in entries} and len({e.tx for e in entries}) == 1
    assert {e.field for e in entries} == {None, "members"}
    uuid = Selection.get_by_id(sid).uuid
    assert all(e.record_uuid == uuid for e in entries)


def test_failed_write_leaves_nothing(crm) -> None:
    n, count = _journal_count(), Selection.select().count()
    with pytest.raises(DefinitionError):
        selections.save_dynamic("Bad", cr.all_of("company", Condition("city", Op.BEGINS_WITH, "")))
    with pytest.raises(DefinitionError):
        selections.import_definition("{ not json")
    assert (_journal_count(), Selection.select().count()) == (n, count)


def _interest(kind: ListKind, name: str) -> int:
    from desktop_crm.db.models import LIST_MODELS

    model = LIST_MODELS[kind.value]
    return model.insert(uuid=name + "-uuid", created_at="x", updated_at="x", name=name).execute()


def test_json_round_trip_by_name(crm) -> None:
    golf = _interest(ListKind.PERSON_INTEREST, "Golf")
    company = _company("Alfa", "Lead", "Utrecht")
    jan = _person("Jansen", company, "Jan")
    criteria = Criteria("person", Group(Match.ALL, (
        Condition("lead_status", Op.IS_ONE_OF, (status("Open"), status("Opnieuw benaderen"))),
        Condition("company.category_group", Op.IS_ONE_OF, (list_id(ListKind.CATEGORY_GROUP, "Potentiële klant"),)),
        Group(Match.ANY, (Condition("company.city", Op.BEGINS_WITH, "Utr"),
                          Condition("interests", Op.HAS_ANY, (golf,)),
                          Condition("created", Op.IN_LAST, cr.Span(3, "months")),
                          Condition("company.postal_code", Op.BETWEEN, ("3500 AA", "3599 ZZ")))),
    )))
    sid = selections.save_dynamic("Leads Utrecht", criteria, "uit de beurs")
    text = selections.export_definition(sid)
    data = json.loads(text)
    assert data["format"] == cr.FORMAT and data["version"] == cr.FORMAT_VERSION
    assert data["criteria"]["rows"][0]["value"] == ["Open", "Opnieuw benaderen"]
    assert data["criteria"]["rows"][2]["rows"][1]["value"] == ["Golf"]
    new = selections.import_definition(text)
    assert selections.criteria_of(new) == criteria
    assert selections.get(new).description == "uit de beurs"
    assert selections.member_ids(new) == [jan]
    assert selections.export_definition(new) == text
    definition, ids = selections.run_definition(text)
    assert definition.name == "Leads Utrecht" and ids == [jan]


def test_json_round_trip_of_static_and_combined(crm) -> None:
    a, b = _company("Alfa", city="Utrecht"), _company("Beta", city="Zeist")
    static = selections.create_static("Beurs", "company", [b])
    dynamic = selections.save_dynamic("Utrecht", in_city("Utr"))
    both = selections.combine("Beide", "union", dynamic, static)
    text = selections.export_definition(both)
    new = selections.import_definition(text)
    info = selections.get(new)
    assert info.kind == "combined" and set(selections.member_ids(new)) == {a, b}
    assert {selections.get(info.left_id).name, selections.get(info.right_id).name} == {"Utrecht", "Beurs"}


@pytest.mark.parametrize(("text", "fragment"), [
    ("[]", "one JSON object"),
    ("{\"format\": \"x\"}", "format"),
    (json.dumps({"format": cr.FORMAT, "version": 99, "target": "person"}), "format version 99"),
    (json.dumps({"format": cr.FORMAT, "version": 1, "target": "robot"}), "target"),
    (json.dumps({"format": cr.FORMAT, "version": 1, "target": "person", "criteria": {"rows": [
        {"field": "shoe_size", "op": "equals", "value": 3}]}}), "shoe_size"),
    (json.dumps({"format": cr.FORMAT, "version": 1, "target": "person", "criteria": {"rows": [
        {"field": "lead_status", "op": "contains", "value": "x"}]}}), "does not fit"),
    (json.dumps({"format": cr.FORMAT, "version": 1, "target": "person", "criteria": {"rows": [
        {"field": "lead_status", "op": "is_one_of", "value": ["Open", "Heet", "Lauw"]}]}}), "Heet, Lauw"),
    (json.dumps({"format": cr.FORMAT, "version": 1, "target": "person", "criteria": {"rows": [
        {"field": "created", "op": "before", "value": "gisteren"}]}}), "YYYY-MM-DD"),
])
def test_bad_files_give_a_clear_message_and_change_nothing(crm, text: str, fragment: str) -> None:
    n, count = _journal_count(), Selection.select().count()
    with pytest.raises(DefinitionError) as info:
        selections.import_definition(text)
    assert fragment in str(info.value)
    assert (_journal_count(), Selection.select().count()) == (n, count)


def test_board_columns_and_drag_follow_the_lead_rules(crm) -> None:
    lead_co = _company("Lead BV", "Lead")
    customer = _company("Klant BV", "Klant")
    a = _person("Aalders", lead_co, "Ans")
    b = _person("Bakker", lead_co, "Bram")
    c = _person("Claes", customer, "Cor")
    persons.save_person(persons.get_person(b).__class__(**{**persons.get_person(b).__dict__,
                                                          "lead_status_id": status("Gekwalificeerd")}))
    sid = selections.save_dynamic("Iedereen", Criteria("person"))
    columns = selections.board_columns(sid, "lead_status")
    by_label = {col.label: col for col in columns}
    assert [col.label for col in columns][:5] == ["Open", "Contact opnemen", "Gekwalificeerd",
                                                 "Gediskwalificeerd", "Opnieuw benaderen"]
    assert by_label["Open"].count == 1 and by_label["Gekwalificeerd"].count == 1
    apart = columns[-1]
    assert apart.value == selections.APART and apart.count == 1 and not apart.droppable
    assert [card.id for card in selections.board_cards(sid, "lead_status", selections.APART)] == [c]
    open_cards = selections.board_cards(sid, "lead_status", status("Open"))
    assert [(card.id, card.title, card.subtitle) for card in open_cards] == [(a, "Aalders, Ans", "Lead BV")]
    changes = selections.set_lead_status(a, status("Contact opnemen"))
    assert persons.get_person(a).lead_status_id == status("Contact opnemen") and changes.undo
    undo_action(changes.undo)
    assert persons.get_person(a).lead_status_id == status("Open")
    with pytest.raises(RuleViolation):
        selections.set_lead_status(c, status("Open"))
    by_category = {col.label: col.count for col in selections.board_columns(sid, "category")}
    assert by_category["Lead"] == 2 and by_category["Klant"] == 1


@pytest.mark.parametrize("walk_from", [0, 10**9])
def test_board_pages_with_keyset(crm, walk_from: int, monkeypatch) -> None:
    from desktop_crm.db import selection_sql

    monkeypatch.setattr(selection_sql, "WALK_FROM", walk_from)
    lead_co = _company("Lead BV", "Lead")
    ids = [_person(f"Naam{i:03d}", lead_co) for i in range(25)]
    _person("Anders", _company("Klant BV", "Klant"))
    sid = selections.save_dynamic("Leads", Criteria("person"))
    seen: list[int] = []
    after = None
    while True:
        page = selections.board_cards(sid, "lead_status", status("Open"), after, limit=10, total=25)
        if not page:
            break
        seen += [card.id for card in page]
        after = page[-1].key
    assert seen == ids


def test_results_rows_and_pages(crm) -> None:
    co = _company("Alfa", "Lead", "Utrecht")
    ids = [_person(n, co, "Jan") for n in ("Zwart", "de Vries", "Appel")]
    criteria = Criteria("person")
    assert selections.first_page(criteria, "name", limit=2) == [ids[2], ids[1]]
    assert selections.first_page(criteria, "name", descending=True, limit=1) == [ids[0]]
    static = selections.create_static("Twee", "person", [ids[0], ids[1]])
    assert selections.first_page(static, "name", limit=5) == [ids[1], ids[0]]
    assert selections.first_screen(static, "name", True, limit=1) == ([ids[0]], 2)
    rows = selections.rows("person", ids, ["name", "company", "lead_status", "city"])
    assert rows[ids[1]] == ("de Vries, Jan", "Alfa", "Open", "Utrecht")


def _subscribe(person_id: int, type_id: int, state: str = "subscribed") -> None:
    from desktop_crm.db.connection import database

    database.obj.execute_sql("INSERT OR REPLACE INTO subscription (person_id, type_id, state, changed_at) "
                             "VALUES (?, ?, ?, '2025-01-01T00:00:00.000Z')", [person_id, type_id, state])


def test_mailing_leaves_out_unsubscribed_and_double_addresses(crm, tmp_path) -> None:
    from desktop_crm.services import mailing

    news = _interest(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    co = _company("Alfa")
    a = _person("Aalders", co, "Ans", "ans@alfa.nl")
    b = _person("Bakker", co, "Bram", "ANS@alfa.nl ")  # the same address, written differently
    c = _person("Claes", co, "Cor", "cor@alfa.nl")  # unsubscribed
    d = _person("Dekker", co, "Dirk")  # no address
    _person("Evers", co, "Eva", "eva@alfa.nl")  # never subscribed
    for pid in (a, b, d):
        _subscribe(pid, news)
    _subscribe(c, news, "unsubscribed")
    plan = mailing.plan(Criteria("person"), news)
    assert (plan.members, plan.not_subscribed, plan.no_address, plan.duplicates) == (5, 2, 1, 1)
    assert plan.ids == [a]
    path = tmp_path / "mailing.csv"
    mailing.export_mailing(Criteria("person"), news, path, delimiter=",")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"ans@alfa.nl" in data and b"cor@" not in data
    assert data.decode("utf-8-sig").splitlines()[1].split(",")[4] == "ans@alfa.nl"
    with pytest.raises(ValidationFailed):
        mailing.plan(Criteria("company"), news)


def test_post_mailing_one_letter_per_person_per_address(crm, tmp_path) -> None:
    """By post: a person at a company gets a letter at the company's address, a private person at their own;
    the same person twice at one address gets one letter; no street or postal code: left out."""
    from desktop_crm.services import mailing

    news = _interest(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    alfa, _ = companies.save_company(Company(name="Alfa", street="Dorpsstraat 1", postal_code="3511ab",
                                             city="Utrecht"))
    bare = _company("Zonder adres")
    at_alfa = _person("Bakker", alfa.id, "Bea")
    again = _person("Bakker", alfa.id, "Bea")  # the same person entered twice: one letter
    colleague = _person("Claes", alfa.id, "Cor")
    private, _ = persons.save_person(Person(first_name="Piet", last_name="Prive", street="Kerkweg 2",
                                            postal_code="1234ab", city="Amersfoort"))
    no_address = _person("Dekker", bare, "Dirk")
    for pid in (at_alfa, again, colleague, private.id, no_address):
        _subscribe(pid, news)
    plan = mailing.plan(Criteria("person"), news, channel="post")
    assert (plan.members, plan.not_subscribed, plan.no_address, plan.duplicates) == (5, 0, 1, 1)
    assert sorted(plan.ids) == sorted([at_alfa, colleague, private.id])
    path = tmp_path / "brieven.csv"
    mailing.export_mailing(Criteria("person"), news, path, channel="post")
    rows = [line.split(";") for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]]
    addresses = {(r[3], r[6], r[7], r[8]) for r in rows}
    assert addresses == {("Bakker", "Dorpsstraat 1", "3511 AB", "Utrecht"),
                         ("Claes", "Dorpsstraat 1", "3511 AB", "Utrecht"),
                         ("Prive", "Kerkweg 2", "1234 AB", "Amersfoort")}


def test_export_members_csv_bytes(crm, tmp_path) -> None:
    co = _company("Alfa; Beta", city="Utrecht")
    sid = selections.save_dynamic("U", in_city("Utr"))
    path = tmp_path / "u.csv"
    assert selections.export_members(sid, str(path), "csv", columns=["name", "city"]) == 1
    assert path.read_bytes() == "\ufeffName;City\r\n\"Alfa; Beta\";Utrecht\r\n".encode()
    assert selections.export_members(sid, str(tmp_path / "u.vcf"), "vcard") == 1
    assert selections.export_members(sid, str(tmp_path / "u.xlsx"), "xlsx") == 1
    assert co


def test_cli_selection_run(crm, tmp_path, capsys) -> None:
    from desktop_crm import cli

    co = _company("Alfa", "Lead", "Utrecht")
    jan = _person("Jansen", co, "Jan")
    sid = selections.save_dynamic("Leads", cr.all_of("person", Condition("lead_status", Op.IS_ONE_OF,
                                                                         (status("Open"),))))
    file = tmp_path / "leads.json"
    file.write_text(selections.export_definition(sid), encoding="utf-8")
    from desktop_crm.services import database

    database.close()
    assert cli.main(["--db", str(crm), "selection", "run", str(file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("uuid;first_name") and out[1].split(";")[1:4] == ["Jan", "", "Jansen"]
    assert cli.main(["--db", str(crm), "selection", "run", str(file), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["last_name"] == "Jansen"
    file.write_text(file.read_text(encoding="utf-8").replace('"Open"', '"Heet"'), encoding="utf-8")
    assert cli.main(["--db", str(crm), "selection", "run", str(file)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "Heet" in captured.err
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert cli.main(["--db", str(crm), "selection", "run", str(tmp_path / "bad.json")]) == 1
    assert "not a selection definition" in capsys.readouterr().err
    database.open_db(crm)  # the fixture closes it
    assert jan


def test_criteria_are_compiled_once_and_stay_live(crm) -> None:
    """The compiled query of the same criteria is reused (one compile per day); it reads the database
    anew every time."""
    criteria = in_city("Utr")
    assert selections.query(criteria) is selections.query(criteria)
    assert selections.count(criteria) == 0
    a = _company("Alfa", city="Utrecht")
    assert selections.count(criteria) == 1 and selections.first_page(criteria) == [a]
    unhashable = Criteria("company", Group(Match.ALL, (Condition("category", Op.IS_ONE_OF, [category("Lead")]),)))
    with pytest.raises(DefinitionError):  # checked as before, not a TypeError of the cache
        selections.count(unhashable)
    with pytest.raises(DefinitionError):
        selections.count(Criteria("company", Group(Match.ALL, (Condition("city", Op.BEGINS_WITH, 5),))))
