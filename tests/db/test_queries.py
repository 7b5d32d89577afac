"""The list queries: keyset pages in Dutch order, sorts, the filter, groups, the base filter, safe MATCH."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.db import queries, search
from desktop_crm.db.connection import database
from desktop_crm.db.queries import ListSpec
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons
from tests.services.helpers import category

NAMES = [("Kees", "de", "Vries"), ("Jan", "van den", "Berg"), ("Anna", "", "Bos"), ("Piet", "", "Berg"),
         ("Émile", "", "Zola"), ("Ada", "", "Aarts"), ("Bert", "van", "Dam"), ("Lies", "", "de Boer"),
         ("Jan", "", "Berg"), ("Ülle", "", "Müller"), ("Tom", "ter", "Horst")]
DUTCH_ORDER = ["Aarts", "Berg:Jan", "Berg:Jan van den", "Berg:Piet", "Boer", "Bos", "Dam", "Horst", "Müller",
               "Vries", "Zola"]


@pytest.fixture
def people(crm: Path) -> dict[str, int]:
    acme, _ = companies.save_company(Company(name="Acme", city="Utrecht", category_id=category("Klant")))
    bakker, _ = companies.save_company(Company(name="Bakkerij Müller", city="Amsterdam", postal_code="1234 AB",
                                               category_id=category("Lead")))
    ids = {}
    for n, (first, middle, last) in enumerate(NAMES):
        company = (acme, bakker, None)[n % 3]
        p, _ = persons.save_person(Person(first_name=first, middle_name=middle, last_name=last,
                                          company_id=company.id if company else None,
                                          email=f"{first.lower()}.{n}@example.nl"))
        ids[f"{first} {middle} {last}".replace("  ", " ")] = p.id
    ids["acme"], ids["bakker"] = acme.id, bakker.id
    return ids


def _label(row: tuple) -> str:
    # row: id, first, middle, last, ...
    last = row[3].split()[-1]
    return last if last not in ("Berg",) else f"Berg:{' '.join(p for p in (row[1], row[2]) if p)}"


def _all_pages(spec: ListSpec, size: int) -> list[tuple]:
    rows, after = [], None
    while True:
        page, after = queries.keyset_page(spec, after, size)
        rows += page
        if len(page) < size:
            return rows


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_keyset_pages_give_every_row_once_in_dutch_order(people: dict[str, int], size: int) -> None:
    rows = _all_pages(ListSpec("person"), size)
    assert [_label(r) for r in rows] == DUTCH_ORDER
    assert len({r[0] for r in rows}) == len(NAMES)


def test_keyset_descending_and_ids_agree(people: dict[str, int]) -> None:
    down = _all_pages(ListSpec("person", descending=True), 2)
    assert [_label(r) for r in down] == DUTCH_ORDER[::-1]
    assert list(queries.sorted_ids(ListSpec("person"))) == [r[0] for r in _all_pages(ListSpec("person"), 4)]
    assert list(queries.sorted_ids(ListSpec("person", sort="last_name", descending=True))) == [r[0] for r in down]


def test_keyset_uses_the_partial_index_and_no_offset(people: dict[str, int]) -> None:
    for spec in (ListSpec("person"), ListSpec("person", descending=True), ListSpec("company")):
        sql, params = queries.keyset_sql(spec, ("m", 5))
        assert "OFFSET" not in sql.upper()
        plan = " ".join(str(r[-1]) for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, [*params, 10]))
        assert ("person_by_name" if spec.kind == "person" else "company_by_name") in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_sorting_by_other_columns(people: dict[str, int]) -> None:
    ids = list(queries.sorted_ids(ListSpec("person", sort="first_name")))
    firsts = [r[1] for r in sorted(queries.rows_by_id("person", ids), key=lambda r: ids.index(r[0]))]
    assert firsts == sorted(firsts, key=str.casefold) and firsts[0] == "Ada"
    by_company = list(queries.sorted_ids(ListSpec("person", sort="company", descending=True)))
    rows = {r[0]: r for r in queries.rows_by_id("person", by_company)}
    company_col = 1 + 3 + 1  # id, name (3 values), first_name, last_name -> company
    shown = [rows[i][company_col + 1] for i in by_company]
    assert shown[:4] == ["Bakkerij Müller"] * 4 and shown[-3:] == [None] * 3
    companies_by_city = list(queries.sorted_ids(ListSpec("company", sort="city")))
    assert companies_by_city == [people["bakker"], people["acme"]]


def test_filter_through_the_index(people: dict[str, int]) -> None:
    assert set(queries.sorted_ids(ListSpec("person", text="berg"))) == {
        people["Jan van den Berg"], people["Piet Berg"], people["Jan Berg"]}
    assert list(queries.sorted_ids(ListSpec("person", text="JAN berg"))) == [people["Jan Berg"],
                                                                            people["Jan van den Berg"]]
    assert list(queries.sorted_ids(ListSpec("person", text="muller"))) == [people["Ülle Müller"]]
    assert queries.count(ListSpec("person", text="berg")) == 3
    assert list(queries.sorted_ids(ListSpec("company", text="1234ab"))) == [people["bakker"]]


def test_groups_count_what_a_hand_count_gives(people: dict[str, int]) -> None:
    spec = ListSpec("person")
    rows = queries.rows_by_id("person", list(queries.sorted_ids(spec)))
    city = 1 + [c.key for c in queries.PERSON.columns].index("city") + 2  # name spans three values
    by_hand: dict[object, int] = {}
    for row in rows:
        by_hand[row[city] or None] = by_hand.get(row[city] or None, 0) + 1
    groups = queries.groups(spec, "city")
    assert {label: n for _, label, n in groups} == by_hand
    assert groups[-1][0] is None  # records without a value come last
    for key, _, n in groups:
        assert len(queries.group_ids(spec, "city", key)) == n
    members = list(queries.group_ids(spec, "city", "AMSTERDAM"))  # groups ignore case
    assert members == [i for i in queries.sorted_ids(spec) if i in set(members)] and len(members) == 4


def test_base_filter_limits_to_one_company(people: dict[str, int]) -> None:
    spec = ListSpec("person", company_id=people["acme"])
    ids = list(queries.sorted_ids(spec))
    assert len(ids) == 4 and queries.count(spec) == 4
    assert {r[-3] for r in queries.rows_by_id("person", ids)} == {people["acme"]}
    assert [r[0] for r in _all_pages(spec, 3)] == ids
    assert sum(n for _, _, n in queries.groups(spec, "lead_status")) == 4


FTS_SYNTAX = ['"', "*", "(", "-", "NEAR", "AND", "OR NOT", 'a"b', "berg*", "NEAR(berg, jan)", "^berg", "name:berg",
              "{name}: x", "'t", "\\", "AND OR NOT NEAR ( ) \" * -", "ß"]


def test_user_text_never_raises_fts_syntax_errors(people: dict[str, int]) -> None:
    for text in FTS_SYNTAX:
        for keep_short in (True, False):
            expression = search.match_expression(text, keep_short=keep_short).expression
            if expression:
                list(search.person_hits(expression, 5))
                list(search.company_hits(expression, 5))
        queries.sorted_ids(ListSpec("person", text=text))
        queries.count(ListSpec("company", text=text))


def test_match_expression_words() -> None:
    assert search.match_expression('van "den" (berg').expression == '"van"* "den"* "berg"*'
    assert search.words("+31 (0)20 123 45 67") == ["0201234567"]
    assert search.words("0031 20-1234567") == ["0201234567"]
    assert search.words("1234 ab") == ["1234", "ab"]
    match = search.match_expression("j jansen")
    assert match.expression == '"jansen"*' and match.short_words == ("j",)
    assert not search.match_expression("j")
    assert search.matches_short_words(("j",), ["Jan Jansen"]) and not search.matches_short_words(("k",), ["Jan"])


def test_leads_only_keeps_persons_whose_lead_status_shows(people: dict[str, int]) -> None:
    spec = ListSpec("person", leads_only=True)
    # Persons of "Bakkerij Müller" (category Lead) have the default status; Acme is a customer.
    expected = [r[0] for r in _all_pages(ListSpec("person", company_id=people["bakker"]), 100)]
    assert [r[0] for r in _all_pages(spec, 2)] == expected and len(expected) == 4
    assert list(queries.sorted_ids(spec)) == expected and queries.count(spec) == 4
    assert {n for _, _, n in queries.groups(spec, "lead_status")} == {4}
    assert list(queries.sorted_ids(ListSpec("person", leads_only=True, text="zola"))) == [people["Émile Zola"]]
    assert list(queries.sorted_ids(ListSpec("person", leads_only=True, text="bos"))) == []  # no company
