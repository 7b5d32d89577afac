"""The criteria compiler against a slow reference: plain-Python filtering over a small random database.

One database per module (built from a fixed seed, with deleted rows, persons without a company, hidden
lead statuses, interests and subscriptions); hypothesis draws criteria for every field and operator,
alone and in nested AND/OR groups, and the SQL must return exactly the ids the reference returns.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.db import selection_sql as sq
from desktop_crm.db.connection import database
from desktop_crm.domain import criteria as cr
from desktop_crm.domain.criteria import Condition, Criteria, Group, Kind, Match, Op, Span
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.ids import new_uuid
from desktop_crm.domain.names import company_sort_key, fold, person_sort_key
from desktop_crm.services import database as db_service

TODAY = date(2025, 3, 12)

COMPANY_NAMES = ["Bakkerij Utrecht", "Ütrecht Media", "de Groot BV", "Café 't Hoekje", "Müller & Zn",
                 "UTRECHTSE Bouw", "Jansen Installatie", "Zoë Design", "100% Groen", "under_score bv"]
CITIES = ["Utrecht", "utrecht", "Amsterdam", "Den Haag", "'s-Hertogenbosch", "", "Utrechtseweg", "Zoë", "AMSTERDAM"]
COUNTRIES = ["Nederland", "België", "", "Duitsland", "nederland"]
POSTALS = ["3511 AB", "3599 ZZ", "3600 AA", "3500 AA", "1012 AB", "", "B-1000", "3550", "3512 XY", "3499 ZZ"]
FIRST = ["Jan", "Anne Marie", "Sanne", "Çem", "Ölaf", "", "Piet", "jan"]
MIDDLE = ["", "", "van den", "de", "van", "ter"]
LAST = ["Berg", "Vries", "Jansen", "Müller", "Yılmaz", "Bakker", "Groot", "Jans"]
POSITIONS = ["Directeur", "Inkoper", "", "directeur marketing", "Office manager", "100% inkoop"]
EMAILS = ["", "", "info@example.nl", "jan@example.nl"]

LISTS: dict[ListKind, list[int]] = {}


def _list_ids(kind: ListKind) -> list[int]:
    table = kind.value
    return [r[0] for r in database.obj.execute_sql(f"SELECT id FROM {table} WHERE deleted_at IS NULL").fetchall()]


def _stamp(rng: random.Random) -> str:
    moment = datetime.combine(TODAY, datetime.min.time()).astimezone(UTC) + timedelta(
        minutes=rng.randint(-3 * 365 * 24 * 60, 200 * 24 * 60))
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _insert_list(kind: ListKind, names: list[str]) -> None:
    for rank, name in enumerate(names):
        database.obj.execute_sql(
            f"INSERT INTO {kind.value} (uuid, created_at, updated_at, name, rank, hidden) VALUES (?,?,?,?,?,?)",
            [new_uuid(), "2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z", name, rank, int(rank == 2)])


def _build(rng: random.Random) -> None:
    _insert_list(ListKind.COMPANY_INTEREST, ["Beurs", "Nieuwsbrief", "Webinar", "Golf"])
    _insert_list(ListKind.PERSON_INTEREST, ["Koffie", "Wielrennen", "ICT", "Zeilen"])
    _insert_list(ListKind.SUBSCRIPTION_TYPE, ["Nieuwsbrief", "Uitnodigingen", "Productnieuws"])
    _insert_list(ListKind.ASSOCIATE, ["Karin", "Mehmet"])
    database.obj.execute_sql("INSERT INTO category (uuid, created_at, updated_at, name, rank) "
                             "VALUES (?, '2025-01-01', '2025-01-01', 'Zonder groep', 99)", [new_uuid()])
    for kind in ListKind:
        LISTS[kind] = _list_ids(kind)
    cur = database.obj.cursor()
    for i in range(40):
        name = rng.choice(COMPANY_NAMES)
        cur.execute(
            "INSERT INTO company (uuid, created_at, updated_at, deleted_at, name, name_sort, category_id, business_id,"
            " postal_code, city, country, email, employees, our_contact_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [new_uuid(), _stamp(rng), _stamp(rng), "2025-01-01T00:00:00.000Z" if i % 13 == 5 else None,
             name, company_sort_key(name), rng.choice([None, *LISTS[ListKind.CATEGORY]]),
             rng.choice([None, *LISTS[ListKind.BUSINESS][:4]]), rng.choice(POSTALS), rng.choice(CITIES),
             rng.choice(COUNTRIES), rng.choice(EMAILS), rng.choice([None, 0, 1, 5, 10, 50, 250]),
             rng.choice([None, *LISTS[ListKind.ASSOCIATE]])])
        company_id = cur.lastrowid
        for interest in rng.sample(LISTS[ListKind.COMPANY_INTEREST], rng.randint(0, 3)):
            cur.execute("INSERT INTO company_interest_link VALUES (?, ?)", [company_id, interest])
    company_ids = [r[0] for r in database.obj.execute_sql("SELECT id FROM company").fetchall()]
    for i in range(120):
        first, middle, last = rng.choice(FIRST), rng.choice(MIDDLE), rng.choice(LAST)
        cur.execute(
            "INSERT INTO person (uuid, created_at, updated_at, deleted_at, company_id, first_name, middle_name,"
            " last_name, sort_key, position, email, lead_status_id, left_company, postal_code, city)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [new_uuid(), _stamp(rng), _stamp(rng), "2025-01-01T00:00:00.000Z" if i % 17 == 3 else None,
             rng.choice([None, *company_ids]), first, middle, last, person_sort_key(last, middle, first),
             rng.choice(POSITIONS), rng.choice(EMAILS), rng.choice([None, *LISTS[ListKind.LEAD_STATUS]]),
             int(rng.random() < 0.2), rng.choice(["", "", *POSTALS]), rng.choice(["", "", *CITIES])])
        person_id = cur.lastrowid
        for interest in rng.sample(LISTS[ListKind.PERSON_INTEREST], rng.randint(0, 3)):
            cur.execute("INSERT INTO person_interest_link VALUES (?, ?)", [person_id, interest])
        for type_id in rng.sample(LISTS[ListKind.SUBSCRIPTION_TYPE], rng.randint(0, 2)):
            cur.execute("INSERT INTO subscription (person_id, type_id, state, changed_at) VALUES (?,?,?,?)",
                        [person_id, type_id, rng.choice(["subscribed", "unsubscribed"]), "2025-01-01"])


# --- the slow reference --------------------------------------------------------------------------

class Data:
    def __init__(self) -> None:
        q = database.obj.execute_sql
        cols = ["id", "deleted_at", "name_sort", "category_id", "business_id", "postal_code", "city", "country",
                "email", "employees", "our_contact_id", "created_at", "updated_at"]
        self.companies = {r[0]: dict(zip(cols, r, strict=True)) for r in q(f"SELECT {','.join(cols)} FROM company")}
        pcols = ["id", "deleted_at", "company_id", "sort_key", "position", "email", "lead_status_id",
                 "left_company", "created_at", "updated_at", "postal_code", "city"]
        self.persons = {r[0]: dict(zip(pcols, r, strict=True)) for r in q(f"SELECT {','.join(pcols)} FROM person")}
        self.group_of = dict(q("SELECT id, group_id FROM category").fetchall())
        self.company_interests: dict[int, set[int]] = {}
        for cid, iid in q("SELECT company_id, interest_id FROM company_interest_link"):
            self.company_interests.setdefault(cid, set()).add(iid)
        self.person_interests: dict[int, set[int]] = {}
        for pid, iid in q("SELECT person_id, interest_id FROM person_interest_link"):
            self.person_interests.setdefault(pid, set()).add(iid)
        self.subscriptions: dict[int, set[int]] = {}
        for pid, tid in q("SELECT person_id, type_id FROM subscription WHERE state = 'subscribed'"):
            self.subscriptions.setdefault(pid, set()).add(tid)


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _local_day(stamp: str) -> date:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone().date()


COMPANY_VALUE = {"category": "category_id", "business": "business_id", "our_contact": "our_contact_id",
                 "postal_code": "postal_code", "city": "city", "country": "country", "employees": "employees",
                 "email_present": "email", "created": "created_at", "updated": "updated_at", "name": "name_sort"}
PERSON_VALUE = {"lead_status": "lead_status_id", "position": "position", "email_present": "email",
                "left_company": "left_company", "created": "created_at", "updated": "updated_at", "name": "sort_key",
                "postal_code": "postal_code", "city": "city"}


def matches(data: Data, target: str, row: dict, cond: Condition) -> bool:
    spec = cr.field_spec(target, cond.field)
    assert spec is not None
    op, value = cond.op, cond.value
    company = row if target == "company" else data.companies.get(row["company_id"])
    on_company = target == "company" or spec.via_company
    base = spec.base
    if spec.kind == Kind.MULTI:
        if on_company:
            have = data.company_interests.get(company["id"], set()) if company else set()
        elif base == "interests":
            have = data.person_interests.get(row["id"], set())
        else:
            have = data.subscriptions.get(row["id"], set())
        return {Op.HAS_ANY: lambda: bool(have & set(value)), Op.HAS_ALL: lambda: set(value) <= have,
                Op.HAS_NONE: lambda: not have & set(value), Op.IS_EMPTY: lambda: not have,
                Op.IS_NOT_EMPTY: lambda: bool(have)}[op]()
    if on_company:
        if base == "category_group":
            v = data.group_of.get(company["category_id"]) if company else None
        else:
            v = company[COMPANY_VALUE[base]] if company else None
    else:
        v = row[PERSON_VALUE[base]]
    if spec.kind == Kind.LIST:
        return {Op.IS_ONE_OF: lambda: v in value, Op.IS_NOT_ONE_OF: lambda: v is None or v not in value,
                Op.IS_EMPTY: lambda: v is None, Op.IS_NOT_EMPTY: lambda: v is not None}[op]()
    if spec.kind == Kind.NAME:
        if v is None:
            return False
        if op == Op.CONTAINS:
            return all(w in v for w in cr.name_words(value))
        if on_company:
            return v == fold(value) if op == Op.EQUALS else v.startswith(fold(value))
        return v in cr.person_equal_keys(value) if op == Op.EQUALS else v.startswith(cr.person_prefix_key(value))
    if spec.kind == Kind.BOOL:
        if base == "left_company":
            return bool(v) == value
        return (v not in (None, "")) == value
    if spec.kind == Kind.DATE:
        if v is None:
            return False
        start, end = cr.date_range(op, value, TODAY)
        day = _local_day(v)
        return (start is None or day >= start) and (end is None or day < end)
    if spec.kind == Kind.NUMBER:
        if op == Op.IS_EMPTY:
            return v is None
        if op == Op.IS_NOT_EMPTY:
            return v is not None
        if v is None:
            return False
        if op == Op.EQUALS:
            return v == value
        low, high = value
        return (low is None or v >= low) and (high is None or v <= high)
    if op == Op.IS_EMPTY:
        return v in (None, "")
    if op == Op.IS_NOT_EMPTY:
        return v not in (None, "")
    if v is None:
        return False
    if spec.kind == Kind.POSTAL:
        if op == Op.BETWEEN:
            import re

            return bool(re.fullmatch(r"[1-9][0-9]{3} [A-Z]{2}", v)) and value[0] <= v <= value[1]
        text = cr.normalise_postal_prefix(value)
        return v == text if op == Op.EQUALS else v.startswith(text)
    text = _ascii_lower(" ".join(value.split()))
    low = _ascii_lower(v)
    return {Op.EQUALS: low == text, Op.CONTAINS: text in low, Op.BEGINS_WITH: low.startswith(text)}[op]


def group_matches(data: Data, target: str, row: dict, group: Group) -> bool | None:
    """None for an empty group (it does not filter), as the compiler does."""
    results = [r for item in group.items
               if (r := (group_matches(data, target, row, item) if isinstance(item, Group)
                         else matches(data, target, row, item))) is not None]
    if not results:
        return None
    return all(results) if group.match == Match.ALL else any(results)


def reference(data: Data, criteria: Criteria) -> set[int]:
    rows = data.companies if criteria.target == "company" else data.persons
    return {rid for rid, row in rows.items() if row["deleted_at"] is None
            and group_matches(data, criteria.target, row, criteria.root) is not False}


# --- strategies ---------------------------------------------------------------------------------

def _text_values(spec: cr.FieldSpec) -> st.SearchStrategy[str]:
    if spec.kind == Kind.NAME:
        words = ["utr", "Utrecht", "groot", "de Groot BV", "Bakkerij", "ü", "%", "_", "berg", "Berg, Jan",
                 "van den Berg", "Jan van den Berg", "jans", "Müller", "yilmaz", "Anne Marie de Vries", "Jan Berg",
                 "100%", "under_", "Çem"]
        return st.sampled_from(words)
    if spec.kind == Kind.POSTAL:
        return st.sampled_from(["3511 AB", "3511ab", "35", "3511", "3", "1012 AB", "B-1", "3599 Z"])
    return st.sampled_from(["utrecht", "Utr", "UTR", "amsterdam", "Den", "zoë", "Zoë", "'s", "%", "_", "recht",
                            "directeur", "Nederland", "België", "100%", "inkoop", "x"])


def _value(spec: cr.FieldSpec, op: Op) -> st.SearchStrategy[object]:
    if op in cr.NO_VALUE_OPS:
        return st.none()
    if op in cr.LIST_OPS:
        assert spec.list_kind is not None
        return st.lists(st.sampled_from(LISTS[spec.list_kind] + [9999]), min_size=1, max_size=3,
                        unique=True).map(tuple)
    if op in cr.SPAN_OPS:
        return st.builds(Span, st.integers(1, 40), st.sampled_from(cr.SPAN_UNITS))
    if op in cr.PERIOD_OPS:
        return st.sampled_from(cr.PERIOD_UNITS)
    if spec.kind == Kind.BOOL:
        return st.booleans()
    days = st.dates(min_value=TODAY - timedelta(days=1200), max_value=TODAY + timedelta(days=250))
    if spec.kind == Kind.DATE:
        if op == Op.BETWEEN:
            return st.tuples(days, days).map(lambda t: tuple(sorted(t)))
        return days
    if spec.kind == Kind.NUMBER:
        n = st.sampled_from([0, 1, 5, 9, 10, 50, 100, 250, 1000])
        if op == Op.BETWEEN:
            return st.tuples(st.none() | n, st.none() | n).filter(lambda t: t != (None, None)).map(
                lambda t: t if None in t else tuple(sorted(t)))
        return n
    if spec.kind == Kind.POSTAL and op == Op.BETWEEN:
        return st.sampled_from(["3500 AA-3599 ZZ", "3500-3599", "3511 AB-3512 AA", "1000-9999", "3511"]).map(
            cr.parse_postal_range)
    return _text_values(spec)


def conditions(target: str) -> st.SearchStrategy[Condition]:
    @st.composite
    def build(draw: st.DrawFn) -> Condition:
        spec = draw(st.sampled_from(cr.fields_of(target)))
        op = draw(st.sampled_from(spec.ops))
        return Condition(spec.key, op, draw(_value(spec, op)))

    return build()


def groups(target: str) -> st.SearchStrategy[Group]:
    leaf = conditions(target)
    inner = st.builds(Group, st.sampled_from(Match), st.lists(leaf, max_size=3).map(tuple))
    return st.builds(Group, st.sampled_from(Match), st.lists(leaf | inner, min_size=0, max_size=4).map(tuple))


# --- tests ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Data]:
    path: Path = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    db_service.open_db(path, language="nl")
    with database.obj.atomic():
        _build(random.Random(6))
    yield Data()
    db_service.close()


def run(criteria: Criteria) -> set[int]:
    ids = sq.all_ids(sq.compile_criteria(criteria, TODAY), sort=None)
    assert len(ids) == len(set(ids)), "a record came back twice"
    return set(ids)


ALL_FIELD_OPS = [(target, spec.key, op) for target in cr.TARGETS for spec in cr.fields_of(target) for op in spec.ops]


@pytest.mark.parametrize(("target", "key", "op"), ALL_FIELD_OPS, ids=[f"{t}-{k}-{o}" for t, k, o in ALL_FIELD_OPS])
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draw_data=st.data())
def test_every_field_and_operator_matches_the_reference(data: Data, target: str, key: str, op: Op,
                                                         draw_data: st.DataObject) -> None:
    spec = cr.field_spec(target, key)
    assert spec is not None
    value = draw_data.draw(_value(spec, op))
    criteria = Criteria(target, Group(Match.ALL, (Condition(key, op, value),)))
    assert run(criteria) == reference(data, criteria), (key, op, value)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(st.data())
def test_random_criteria_trees_match_the_reference(data: Data, draw_data: st.DataObject) -> None:
    target = draw_data.draw(st.sampled_from(cr.TARGETS))
    criteria = Criteria(target, draw_data.draw(groups(target)))
    assert run(criteria) == reference(data, criteria), criteria


def test_sample_data_covers_the_interesting_cases(data: Data) -> None:
    persons = data.persons.values()
    assert any(p["company_id"] is None for p in persons)
    assert any(p["deleted_at"] for p in persons)
    assert any(not p["email"] for p in persons) and any(p["email"] for p in persons)
    assert data.subscriptions and data.person_interests and data.company_interests


def test_lead_status_matches_hidden_values(data: Data) -> None:
    """Seed 002: a lead status that is hidden (the company left the lead categories) is searchable."""
    lead_enabled = {r[0] for r in database.obj.execute_sql(sq.LEAD_ENABLED_CATEGORIES).fetchall()}
    hidden = [p for p in data.persons.values() if p["lead_status_id"] and p["deleted_at"] is None
              and data.companies.get(p["company_id"], {}).get("category_id") not in lead_enabled]
    assert hidden
    status = hidden[0]["lead_status_id"]
    found = run(cr.all_of("person", Condition("lead_status", Op.IS_ONE_OF, (status,))))
    assert hidden[0]["id"] in found


def test_combined_and_static_queries(data: Data) -> None:
    a = sq.compile_criteria(cr.all_of("person", Condition("email_present", Op.EQUALS, True)), TODAY)
    b = sq.compile_criteria(cr.all_of("person", Condition("left_company", Op.EQUALS, False)), TODAY)
    sa, sb = set(sq.all_ids(a, None)), set(sq.all_ids(b, None))
    assert set(sq.all_ids(sq.compile_combined("union", a, b), None)) == sa | sb
    assert set(sq.all_ids(sq.compile_combined("intersect", a, b), None)) == sa & sb
    assert set(sq.all_ids(sq.compile_combined("first_only", a, b), None)) == sa - sb
    assert set(sq.all_ids(sq.compile_combined("second_only", a, b), None)) == sb - sa
    assert sq.count(sq.compile_combined("union", a, b)) == len(sa | sb)


def test_pages_are_sorted_by_the_folded_name(data: Data) -> None:
    query = sq.compile_criteria(Criteria("person"), TODAY)
    first = sq.page(query, "name", limit=10)
    keys = [data.persons[i]["sort_key"] for i in first]
    assert keys == sorted(keys)
    assert sq.page(query, "name", limit=10, offset=10)[0] not in first
    assert len(sq.all_ids(query)) == sq.count(query)


def test_date_bounds_are_local_midnight_in_utc() -> None:
    bound = sq.utc_bound(date(2025, 6, 1))
    assert bound.endswith("Z") and len(bound) == len("2025-06-01T00:00:00.000Z")
    assert datetime.strptime(bound, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone().hour == 0


def test_like_wildcards_in_typed_text_are_literal() -> None:
    assert sq.like_pattern("100%_x") == "%100\\%\\_x%"


@pytest.mark.parametrize("walk_from", [0, 10**9])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draw_data=st.data())
def test_ordered_reads_match_the_reference_with_either_plan(data: Data, walk_from: int, draw_data: st.DataObject,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages and id lists in name order are the same whether they walk the name index or sort."""
    monkeypatch.setattr(sq, "WALK_FROM", walk_from)
    target = draw_data.draw(st.sampled_from(cr.TARGETS))
    criteria = Criteria(target, draw_data.draw(groups(target)))
    query = sq.compile_criteria(criteria, TODAY)
    rows = data.companies if target == "company" else data.persons
    key = "name_sort" if target == "company" else "sort_key"
    expected = sorted(reference(data, criteria), key=lambda i: (rows[i][key], i))
    total = sq.count(query)
    assert total == len(expected)
    assert sq.all_ids(query, "name", total=total) == expected
    assert sq.page(query, "name", limit=7, total=total) == expected[:7]
    assert sq.page(query, "name", descending=True, limit=5, total=total) == expected[::-1][:5]


@pytest.mark.parametrize("cap", [0, 1, 10**6])
def test_first_page_without_a_count_is_right_whatever_the_walk_cap(data: Data, cap: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sq, "WALK_MIN", min(cap, 8))
    monkeypatch.setattr(sq, "WALK_CAP", cap)
    for criteria in (Criteria("person"), cr.all_of("person", Condition("left_company", Op.EQUALS, True)),
                     cr.all_of("company", Condition("city", Op.CONTAINS, "utrecht"))):
        query = sq.compile_criteria(criteria, TODAY)
        assert sq.page(query, "name", limit=6) == sq.all_ids(query, "name")[:6]
        assert sq.page(query, "name", descending=True, limit=3) == sq.all_ids(query, "name", descending=True)[:3]


@pytest.mark.parametrize("cap", [0, 10**9])
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draw_data=st.data())
def test_first_pages_match_the_reference_whether_they_walk_or_sort(data: Data, cap: int, draw_data: st.DataObject,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A first page without a count walks the name index testing each row with the probe form of the
    criteria (EXISTS lookups of the row's company and links), or, once the walk runs out, finds the
    members with the set form and sorts them. Pages longer than the selection compare every member."""
    monkeypatch.setattr(sq, "WALK_MIN", 0 if cap == 0 else 8)
    monkeypatch.setattr(sq, "WALK_CAP", cap)
    target = draw_data.draw(st.sampled_from(cr.TARGETS))
    criteria = Criteria(target, draw_data.draw(groups(target)))
    query = sq.compile_criteria(criteria, TODAY)
    rows = data.companies if target == "company" else data.persons
    key = "name_sort" if target == "company" else "sort_key"
    expected = sorted(reference(data, criteria), key=lambda i: (rows[i][key], i))
    assert sq.page(query, "name", limit=1000) == expected
    assert sq.page(query, "name", descending=True, limit=1000) == expected[::-1]
    assert sq.page(query, "name", limit=3) == expected[:3]


def test_the_probe_form_tests_rows_one_by_one() -> None:
    """The walk's form of a person's company fields and of interests and subscriptions: correlated
    lookups (no set built before the first row); counts and searches keep the sets."""
    criteria = cr.all_of("person", Condition("company.city", Op.BEGINS_WITH, "Utr"),
                         Condition("interests", Op.HAS_ALL, (1, 2)), Condition("subscriptions", Op.HAS_NONE, (3,)),
                         Condition("company.interests", Op.IS_EMPTY, None))
    query = sq.compile_criteria(criteria, TODAY)
    assert query.probe is not None
    assert "EXISTS (SELECT 1 FROM company c WHERE c.id = p.company_id AND" in query.probe.text
    assert "EXISTS (SELECT 1 FROM person_interest_link WHERE person_id = p.id AND interest_id IN (?))" \
        in query.probe.text
    assert "NOT EXISTS (SELECT 1 FROM subscription WHERE person_id = p.id AND type_id IN (?)" in query.probe.text
    assert "NOT EXISTS (SELECT 1 FROM company_interest_link WHERE company_id = p.company_id)" in query.probe.text
    assert " IN (SELECT " not in query.probe.text.replace("category_id IN (SELECT", "")
    assert "EXISTS" not in query.where
    plain = sq.compile_criteria(cr.all_of("person", Condition("left_company", Op.EQUALS, False)), TODAY)
    assert plain.probe is None  # nothing to probe: the walk uses ``where``
