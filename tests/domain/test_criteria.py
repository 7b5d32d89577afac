"""The criteria tree: operators per field, validation, relative dates, postal code ranges, names, JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain import criteria as cr
from desktop_crm.domain.criteria import Condition, Criteria, CriteriaError, Group, Match, Op, Span
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.names import person_sort_key


def test_every_field_has_fitting_operators_and_a_label() -> None:
    for target in cr.TARGETS:
        keys = [f.key for f in cr.fields_of(target)]
        assert len(keys) == len(set(keys))
        for spec in cr.fields_of(target):
            assert spec.ops and spec.label
            assert (spec.list_kind is not None) == (spec.kind in (cr.Kind.LIST, cr.Kind.MULTI))
    person = {f.key for f in cr.PERSON_FIELDS}
    assert {f"company.{f.key}" for f in cr.COMPANY_FIELDS} <= person
    assert cr.field_spec("person", "lead_status").ops == (Op.IS_ONE_OF, Op.IS_NOT_ONE_OF, Op.IS_EMPTY,
                                                         Op.IS_NOT_EMPTY)
    assert Op.HAS_ALL in cr.field_spec("person", "subscriptions").ops
    assert Op.IN_LAST in cr.field_spec("company", "created").ops
    assert all(op in cr.OP_LABELS for op in Op)
    assert set(cr.PERIOD_PHRASES) == {(str(op), u) for op in cr.PERIOD_OPS for u in cr.PERIOD_UNITS}


@pytest.mark.parametrize(("condition", "fragment"), [
    (Condition("shoe_size", Op.EQUALS, 3), "no field"),
    (Condition("category", Op.CONTAINS, "x"), "does not fit"),
    (Condition("category", Op.IS_ONE_OF, ()), "choose or type"),
    (Condition("city", Op.BEGINS_WITH, "  "), "choose or type"),
    (Condition("employees", Op.BETWEEN, (None, None)), "choose or type"),
    (Condition("employees", Op.BETWEEN, (50, 10)), "must not be above"),
    (Condition("created", Op.BETWEEN, (date(2025, 2, 1), date(2025, 1, 1))), "must not be above"),
    (Condition("created", Op.IN_LAST, Span(0, "days")), "not a valid value"),
    (Condition("postal_code", Op.BETWEEN, ("3500", "3599 ZZ")), "Dutch postal code range"),
    (Condition("email_present", Op.EQUALS, "ja"), "choose or type"),
])
def test_validation_names_the_row_and_the_problem(condition: Condition, fragment: str) -> None:
    criteria = Criteria("company", Group(Match.ALL, (Condition("city", Op.IS_EMPTY), condition)))
    problems = cr.validate(criteria)
    assert len(problems) == 1 and "Row 2" in problems[0].english() and fragment in problems[0].english()
    with pytest.raises(CriteriaError):
        cr.check(criteria)


def test_postal_code_ranges() -> None:
    assert cr.parse_postal_range("3500 AA-3599 ZZ") == ("3500 AA", "3599 ZZ")
    assert cr.parse_postal_range("3500aa - 3599zz") == ("3500 AA", "3599 ZZ")
    assert cr.parse_postal_range("3500-3599") == ("3500 AA", "3599 ZZ")
    assert cr.parse_postal_range("3500 t/m 3599") == ("3500 AA", "3599 ZZ")
    assert cr.parse_postal_range("3511") == ("3511 AA", "3511 ZZ")
    assert cr.parse_postal_range("3599-3500") is None
    assert cr.parse_postal_range("B-1000") is None
    assert cr.normalise_postal_prefix("3511ab") == "3511 AB" and cr.normalise_postal_prefix("35") == "35"


@pytest.mark.parametrize(("op", "value", "today", "expected"), [
    (Op.THIS, "week", date(2025, 1, 15), (date(2025, 1, 13), date(2025, 1, 20))),  # Wednesday: Monday-Sunday
    (Op.PREVIOUS, "month", date(2025, 1, 15), (date(2024, 12, 1), date(2025, 1, 1))),
    (Op.NEXT, "quarter", date(2025, 11, 30), (date(2026, 1, 1), date(2026, 4, 1))),
    (Op.THIS, "year", date(2025, 6, 1), (date(2025, 1, 1), date(2026, 1, 1))),
    (Op.IN_LAST, Span(7, "days"), date(2025, 3, 10), (date(2025, 3, 3), date(2025, 3, 11))),
    (Op.IN_NEXT, Span(2, "weeks"), date(2025, 3, 10), (date(2025, 3, 10), date(2025, 3, 25))),
    (Op.IN_LAST, Span(3, "months"), date(2025, 5, 31), (date(2025, 2, 28), date(2025, 6, 1))),
    (Op.BEFORE, date(2025, 3, 1), None, (None, date(2025, 3, 1))),
    (Op.AFTER, date(2025, 3, 1), None, (date(2025, 3, 2), None)),
    (Op.EQUALS, date(2024, 2, 29), None, (date(2024, 2, 29), date(2024, 3, 1))),
])
def test_date_ranges(op: Op, value: object, today: date | None, expected: tuple) -> None:
    assert cr.date_range(op, value, today or date(2025, 1, 1)) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from([Op.THIS, Op.PREVIOUS, Op.NEXT]), st.sampled_from(cr.PERIOD_UNITS))
def test_periods_tile_the_calendar(today: date, op: Op, unit: str) -> None:
    start, end = cr.date_range(op, unit, today)
    assert start < end
    this_start, this_end = cr.date_range(Op.THIS, unit, today)
    assert this_start <= today < this_end
    if op == Op.PREVIOUS:
        assert end == this_start
    if op == Op.NEXT:
        assert start == this_end
    if unit == "week":
        assert start.weekday() == 0 and end - start == timedelta(days=7)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 400),
       st.sampled_from(cr.SPAN_UNITS))
def test_relative_spans_include_today(today: date, n: int, unit: str) -> None:
    start, end = cr.date_range(Op.IN_LAST, Span(n, unit), today)
    assert start < today + timedelta(days=1) == end
    start, end = cr.date_range(Op.IN_NEXT, Span(n, unit), today)
    assert start == today < end


def test_name_keys_follow_the_dutch_sort_key() -> None:
    assert cr.person_prefix_key("van den Ber") == "ber"
    assert cr.person_prefix_key("Berg, J") == "berg\x1fj"
    assert person_sort_key("Berg", "van den", "Jan") in cr.person_equal_keys("Jan van den Berg")
    assert person_sort_key("Vries", "de", "Anne Marie") in cr.person_equal_keys("Anne Marie de Vries")
    assert person_sort_key("Müller", "", "Jan") in cr.person_equal_keys("Müller, Jan")
    assert cr.company_name_key("  Café  'T Hoekje ") == "cafe 't hoekje"
    assert cr.name_words("Jan  BERG") == ["jan", "berg"]
    assert cr.prefix_upper_bound("ber") == "bes"


NAMES = {(ListKind.LEAD_STATUS, 1): "Open", (ListKind.LEAD_STATUS, 5): "Opnieuw benaderen",
         (ListKind.PERSON_INTEREST, 7): "Golf"}


def name_of(kind: ListKind, item_id: int) -> str | None:
    return NAMES.get((kind, item_id))


def id_of(kind: ListKind, name: str) -> int | None:
    return next((i for (k, i), n in NAMES.items() if k == kind and n == name), None)


def _example() -> Criteria:
    return Criteria("person", Group(Match.ALL, (
        Condition("lead_status", Op.IS_ONE_OF, (1, 5)),
        Condition("company.postal_code", Op.BETWEEN, ("3500 AA", "3599 ZZ")),
        Group(Match.ANY, (Condition("interests", Op.HAS_NONE, (7,)), Condition("updated", Op.PREVIOUS, "quarter"),
                          Condition("created", Op.IN_NEXT, Span(10, "days")),
                          Condition("company.employees", Op.BETWEEN, (None, 9)),
                          Condition("created", Op.BETWEEN, (date(2025, 1, 1), date(2025, 1, 31))),
                          Condition("left_company", Op.EQUALS, False), Condition("position", Op.IS_EMPTY))),
    )))


def test_json_round_trip_with_names_and_with_ids() -> None:
    criteria = _example()
    by_name = cr.criteria_to_json(criteria, name_of)
    assert by_name["rows"][0] == {"field": "lead_status", "op": "is_one_of", "value": ["Open", "Opnieuw benaderen"]}
    assert cr.criteria_from_json("person", json.loads(json.dumps(by_name)), id_of) == criteria
    by_id = cr.criteria_to_json(criteria)
    assert cr.criteria_from_json("person", json.loads(json.dumps(by_id))) == criteria


def test_definition_files_round_trip_and_refuse_what_they_cannot_read() -> None:
    first = cr.Definition("person", "dynamic", "A", "", _example())
    second = cr.Definition("person", "static", "B", "", members=("0190-uuid",))
    combined = cr.Definition("person", "combined", "C", "beide", operation="union", first=first, second=second)
    text = json.dumps(cr.definition_to_json(combined, name_of))
    assert cr.parse_definition(text, id_of) == combined
    with pytest.raises(CriteriaError, match="not valid JSON"):
        cr.parse_definition("{", id_of)
    with pytest.raises(CriteriaError, match="format version 2"):
        cr.parse_definition(json.dumps({"format": cr.FORMAT, "version": 2, "target": "person"}), id_of)
    unknown = json.loads(text)
    unknown["first"]["criteria"]["rows"][0]["value"] = ["Heet", "Open", "Lauw"]
    with pytest.raises(CriteriaError) as info:
        cr.parse_definition(json.dumps(unknown), id_of)
    assert str(info.value) == "Not in the list Lead statuses: Heet, Lauw."
    mixed = json.loads(text)
    mixed["second"]["target"] = "company"
    with pytest.raises(CriteriaError, match="same|target"):
        cr.parse_definition(json.dumps(mixed), id_of)
