"""Saved selections in the database: their rows and members, and the compiler from criteria to SQL.

The compiler turns a domain criteria tree (``desktop_crm.domain.criteria``) into ONE SQL query with
parameters that returns the ids of the matching companies or persons; counts, pages and exports wrap
that query. Nothing is filtered in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from desktop_crm.db.addresses import person_address
from desktop_crm.db.bulk import chunks
from desktop_crm.db.connection import DB_ERRORS, database
from desktop_crm.domain import criteria as cr

TARGET_TABLES = {"company": "company", "person": "person"}


def _marks(n: int) -> str:
    return ",".join("?" * n)


# --- selection rows -------------------------------------------------------------------------------

SELECTION_COLUMNS = ("id", "uuid", "created_at", "updated_at", "version", "changed_by", "deleted_at", "name",
                     "description", "target", "kind", "criteria_json", "combine_op", "left_id", "right_id")


def insert_selection(values: dict[str, object], *, uuid: str, at: str, actor_id: int | None) -> int:
    row = dict(values, uuid=uuid, created_at=at, updated_at=at, version=1, changed_by=actor_id)
    names = list(row)
    cursor = database.obj.execute_sql(
        f"INSERT INTO selection ({', '.join(names)}) VALUES ({_marks(len(names))})", [row[n] for n in names])
    return int(cursor.lastrowid)


def selection_row(selection_id: int, include_deleted: bool = False) -> dict[str, object] | None:
    sql = f"SELECT {', '.join(SELECTION_COLUMNS)} FROM selection WHERE id = ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    row = database.obj.execute_sql(sql, [selection_id]).fetchone()
    return dict(zip(SELECTION_COLUMNS, row, strict=True)) if row else None


def selection_rows(target: str | None = None) -> list[dict[str, object]]:
    sql = f"SELECT {', '.join(SELECTION_COLUMNS)} FROM selection WHERE deleted_at IS NULL"
    params: list[object] = []
    if target:
        sql += " AND target = ?"
        params.append(target)
    sql += " ORDER BY name COLLATE NOCASE, id"
    return [dict(zip(SELECTION_COLUMNS, r, strict=True)) for r in database.obj.execute_sql(sql, params).fetchall()]


def update_selection(selection_id: int, values: dict[str, object], at: str, actor_id: int | None) -> None:
    row = dict(values, updated_at=at, changed_by=actor_id)
    sets = ", ".join(f"{name} = ?" for name in row)
    database.obj.execute_sql(f"UPDATE selection SET {sets}, version = version + 1 WHERE id = ?",
                             [*row.values(), selection_id])


def selection_id_of(uuid: str) -> int | None:
    row = database.obj.execute_sql("SELECT id FROM selection WHERE uuid = ?", [uuid]).fetchone()
    return row[0] if row else None


def selections_using(selection_id: int) -> list[int]:
    """Live combined selections that name ``selection_id`` as one of their two sides."""
    sql = "SELECT id FROM selection WHERE deleted_at IS NULL AND (left_id = ? OR right_id = ?)"
    return [r[0] for r in database.obj.execute_sql(sql, [selection_id, selection_id]).fetchall()]


# --- static members -------------------------------------------------------------------------------

def live_ids(target: str, ids: Iterable[int]) -> list[int]:
    """The ids among ``ids`` of live (not deleted) companies or persons, in the given order."""
    table = TARGET_TABLES[target]
    wanted = list(dict.fromkeys(int(i) for i in ids))
    found: set[int] = set()
    for batch in chunks(wanted):
        sql = f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id IN ({_marks(len(batch))})"
        found.update(r[0] for r in database.obj.execute_sql(sql, batch).fetchall())
    return [i for i in wanted if i in found]


def member_ids_among(selection_id: int, ids: Iterable[int]) -> set[int]:
    out: set[int] = set()
    for batch in chunks(list(ids)):
        sql = f"SELECT record_id FROM selection_member WHERE selection_id = ? AND record_id IN ({_marks(len(batch))})"
        out.update(r[0] for r in database.obj.execute_sql(sql, [selection_id, *batch]).fetchall())
    return out


def add_members(selection_id: int, ids: list[int]) -> None:
    if ids:
        database.obj.cursor().executemany(
            "INSERT OR IGNORE INTO selection_member (selection_id, record_id) VALUES (?, ?)",
            [(selection_id, i) for i in ids])


def remove_members(selection_id: int, ids: list[int]) -> None:
    if ids:
        database.obj.cursor().executemany(
            "DELETE FROM selection_member WHERE selection_id = ? AND record_id = ?", [(selection_id, i) for i in ids])


def copy_members(from_id: int, to_id: int) -> None:
    database.obj.execute_sql(
        "INSERT OR IGNORE INTO selection_member (selection_id, record_id) "
        "SELECT ?, record_id FROM selection_member WHERE selection_id = ?", [to_id, from_id])


def uuids_of(target: str, ids: list[int]) -> dict[int, str]:
    table = TARGET_TABLES[target]
    out: dict[int, str] = {}
    for batch in chunks(ids):
        sql = f"SELECT id, uuid FROM {table} WHERE id IN ({_marks(len(batch))})"
        out.update(database.obj.execute_sql(sql, batch).fetchall())
    return out


def ids_of_uuids(target: str, uuids: list[str]) -> dict[str, int]:
    table = TARGET_TABLES[target]
    out: dict[str, int] = {}
    for batch in chunks(uuids):
        sql = f"SELECT uuid, id FROM {table} WHERE uuid IN ({_marks(len(batch))})"
        out.update(database.obj.execute_sql(sql, batch).fetchall())
    return out


# --- the compiler ---------------------------------------------------------------------------------
# Each target has one main alias: ``c`` (company) or ``p`` (person). Person criteria on company
# fields read ``c`` from ``LEFT JOIN company c ON c.id = p.company_id``; SQLite drops that join when
# no term uses ``c``, and turns it into an inner join when a term rejects NULLs, so the planner can
# start from whichever side is most selective. Interests and subscriptions are tested as
# ``owner IN (SELECT ... [INTERSECT ...] [EXCEPT ...])`` sets, never as correlated EXISTS.

ALIAS = {"company": "c", "person": "p"}
FROM = {"company": "FROM company c",  # for reading rows with their company's columns
        "person": "FROM person p LEFT JOIN company c ON c.id = p.company_id"}
LIKE_ESCAPE = "\\"
DUTCH_POSTAL_GLOB = "[1-9][0-9][0-9][0-9] [A-Z][A-Z]"
LEAD_ENABLED_CATEGORIES = ("SELECT k.id FROM category k JOIN category_group g ON g.id = k.group_id "
                           "WHERE k.lead_enabled = 1 AND g.role = 'prospect'")

# Plain columns: field key -> (column, kind of null handling)
_COMPANY_COLUMNS = {"category": "category_id", "business": "business_id", "our_contact": "our_contact_id",
                    "postal_code": "postal_code", "city": "city", "country": "country", "employees": "employees",
                    "email_present": "email", "created": "created_at", "updated": "updated_at",
                    "name": "name_sort"}
_PERSON_COLUMNS = {"lead_status": "lead_status_id", "position": "position", "email_present": "email",
                   "left_company": "left_company", "created": "created_at", "updated": "updated_at",
                   "name": "sort_key", "postal_code": "postal_code", "city": "city"}
# Multi-valued fields: key -> (table, owner column, condition on one of the values {marks}, condition on any
# value at all). As a set: ``SELECT owner FROM table WHERE ...``; as a probe of one owner (walks):
# ``SELECT 1 FROM table WHERE owner = ? AND ...``, a lookup of the table's primary key (owner, value).
_SETS = {
    ("company", "interests"): ("company_interest_link", "company_id", "interest_id IN ({marks})", ""),
    ("person", "interests"): ("person_interest_link", "person_id", "interest_id IN ({marks})", ""),
    ("person", "subscriptions"): ("subscription", "person_id", "type_id IN ({marks}) AND state = 'subscribed'",
                                  "state = 'subscribed'"),
}


def utc_bound(day: date) -> str:
    """Local midnight at the start of ``day`` as the UTC text the record timestamps use."""
    moment = datetime.combine(day, time()).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def like_pattern(text: str, prefix: str = "%", suffix: str = "%") -> str:
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"{prefix}{escaped}{suffix}"


@dataclass
class Sql:
    """A fragment of SQL and its parameters."""

    text: str
    params: list[object] = field(default_factory=list)


NEGATED = {cr.Op.IS_NOT_ONE_OF: cr.Op.IS_ONE_OF, cr.Op.IS_EMPTY: cr.Op.IS_NOT_EMPTY}


class _Compiler:
    """Criteria -> SQL over one table (``c`` or ``p``). A person's company fields become
    ``p.company_id IN (SELECT c.id FROM company c WHERE ...)`` (all of a group's positive company
    conditions in one subquery), or ``p.company_id IS NULL OR p.company_id NOT IN (...)`` for the
    negative operators, so no join is needed and the planner can start from the companies.

    ``probe=True`` writes the same conditions for a walk of the name index, which tests one row at a
    time and stops after a page: company fields and multi-valued fields as correlated ``EXISTS`` /
    ``NOT EXISTS`` lookups of that row's company or links (primary-key lookups), instead of sets that
    would be built in full before the first row is tested."""

    def __init__(self, target: str, today: date, probe: bool = False) -> None:
        self.target, self.today, self.probe = target, today, probe
        self.name_term = False  # a name range/equality: the partial name index must stay usable
        self.lead_index = True  # False: leave person_by_lead_status to a more selective company set

    def column(self, spec: cr.FieldSpec) -> str:
        if self.target == "company":
            return f"c.{_COMPANY_COLUMNS[spec.base]}"
        return f"p.{_PERSON_COLUMNS[spec.key]}"

    def owner(self, spec: cr.FieldSpec) -> tuple[str, str, bool]:
        """(owner column, owner kind, nullable) for a multi-valued field."""
        if self.target == "company":
            return "c.id", "company", False
        if spec.via_company:
            return "p.company_id", "company", True
        return "p.id", "person", False

    # --- a person's company fields --------------------------------------------------------------
    def company_positive(self, cond: cr.Condition) -> tuple[Sql, bool]:
        """(SQL over ``c`` of the positive form of a company condition, whether ``cond`` negates it)."""
        spec = cr.field_spec(self.target, cond.field)
        assert spec is not None
        op, value, negated = cond.op, cond.value, False
        if op in NEGATED:
            op, negated = NEGATED[op], True
        elif spec.kind == cr.Kind.BOOL and value is False:
            value, negated = True, True
        return _Compiler("company", self.today).condition(cr.Condition(spec.base, op, value)), negated

    def company_in(self, parts: list[Sql], negated: bool) -> Sql:
        inner = " AND ".join(f"({p.text})" for p in parts)
        params = [v for p in parts for v in p.params]
        if self.probe:
            probe = f"EXISTS (SELECT 1 FROM company c WHERE c.id = p.company_id AND {inner})"
            return Sql(f"NOT {probe}" if negated else probe, params)
        sub = f"SELECT c.id FROM company c WHERE {inner}"
        if negated:
            return Sql(f"(p.company_id IS NULL OR p.company_id NOT IN ({sub}))", params)
        return Sql(f"p.company_id IN ({sub})", params)

    # --- conditions -----------------------------------------------------------------------------
    def condition(self, cond: cr.Condition) -> Sql:
        spec = cr.field_spec(self.target, cond.field)
        assert spec is not None
        if spec.kind == cr.Kind.MULTI:
            return self.multi(spec, cond)
        if self.target == "person" and spec.via_company:
            sql, negated = self.company_positive(cond)
            return self.company_in([sql], negated)
        if spec.base == "category_group":
            return self.category_group(cond)
        col = self.column(spec)
        op, value = cond.op, cond.value
        if spec.kind == cr.Kind.LIST:
            if col == "p.lead_status_id" and not self.lead_index:
                col = "+" + col  # unary plus: this term does not pick the index
            return self.list_value(col, op, value)
        if spec.kind == cr.Kind.NAME:
            return self.name(col, op, str(value))
        if spec.kind == cr.Kind.BOOL:
            if spec.base == "left_company":
                return Sql(f"{col} = ?", [1 if value else 0])
            return Sql(f"{col} != ''") if value else Sql(f"{col} = ''")
        if spec.kind == cr.Kind.DATE:
            start, end = cr.date_range(op, value, self.today)
            parts, params = [], []
            if start is not None:
                parts.append(f"{col} >= ?")
                params.append(utc_bound(start))
            if end is not None:
                parts.append(f"{col} < ?")
                params.append(utc_bound(end))
            return Sql(" AND ".join(parts), params)
        if spec.kind == cr.Kind.NUMBER:
            if op == cr.Op.IS_EMPTY:
                return Sql(f"{col} IS NULL")
            if op == cr.Op.IS_NOT_EMPTY:
                return Sql(f"{col} IS NOT NULL")
            if op == cr.Op.EQUALS:
                return Sql(f"{col} = ?", [value])
            low, high = value  # type: ignore[misc]
            if low is not None and high is not None:
                return Sql(f"{col} BETWEEN ? AND ?", [low, high])
            return Sql(f"{col} >= ?", [low]) if low is not None else Sql(f"{col} <= ?", [high])
        if op == cr.Op.IS_EMPTY:
            return Sql(f"{col} = ''")
        if op == cr.Op.IS_NOT_EMPTY:
            return Sql(f"{col} != ''")
        if spec.kind == cr.Kind.POSTAL:
            if op == cr.Op.BETWEEN:
                low, high = value  # type: ignore[misc]
                return Sql(f"{col} BETWEEN ? AND ? AND {col} GLOB '{DUTCH_POSTAL_GLOB}'", [low, high])
            text = cr.normalise_postal_prefix(str(value))
            if op == cr.Op.EQUALS:
                return Sql(f"{col} = ?", [text])
            return Sql(f"{col} >= ? AND {col} < ?", [text, cr.prefix_upper_bound(text)])
        text = " ".join(str(value).split())
        if op == cr.Op.EQUALS:
            return Sql(f"{col} = ? COLLATE NOCASE", [text])
        pattern = like_pattern(text, "%" if op == cr.Op.CONTAINS else "", "%")
        return Sql(f"{col} LIKE ? ESCAPE '{LIKE_ESCAPE}'", [pattern])

    @staticmethod
    def list_value(col: str, op: cr.Op, value: object) -> Sql:
        if op == cr.Op.IS_EMPTY:
            return Sql(f"{col} IS NULL")
        if op == cr.Op.IS_NOT_EMPTY:
            return Sql(f"{col} IS NOT NULL")
        ids = list(value)  # type: ignore[call-overload]
        if op == cr.Op.IS_ONE_OF:
            return Sql(f"{col} IN ({_marks(len(ids))})", ids)
        return Sql(f"({col} IS NULL OR {col} NOT IN ({_marks(len(ids))}))", ids)

    @staticmethod
    def category_group(cond: cr.Condition) -> Sql:
        col, op = "c.category_id", cond.op
        if op == cr.Op.IS_EMPTY:
            return Sql(f"({col} IS NULL OR {col} IN (SELECT id FROM category WHERE group_id IS NULL))")
        if op == cr.Op.IS_NOT_EMPTY:
            return Sql(f"{col} IN (SELECT id FROM category WHERE group_id IS NOT NULL)")
        ids = list(cond.value)  # type: ignore[call-overload]
        sub = f"SELECT id FROM category WHERE group_id IN ({_marks(len(ids))})"
        if op == cr.Op.IS_ONE_OF:
            return Sql(f"{col} IN ({sub})", ids)
        return Sql(f"({col} IS NULL OR {col} NOT IN ({sub}))", ids)

    def name(self, col: str, op: cr.Op, text: str) -> Sql:
        company = self.target == "company"
        if op == cr.Op.CONTAINS:
            words = cr.name_words(text)
            return Sql(" AND ".join(f"{col} LIKE ? ESCAPE '{LIKE_ESCAPE}'" for _ in words),
                       [like_pattern(w) for w in words])
        self.name_term = True
        if op == cr.Op.BEGINS_WITH:
            key = cr.company_name_key(text) if company else cr.person_prefix_key(text)
            return Sql(f"{col} >= ? AND {col} < ?", [key, cr.prefix_upper_bound(key)])
        keys = [cr.company_name_key(text)] if company else list(cr.person_equal_keys(text))
        return Sql(f"{col} IN ({_marks(len(keys))})", keys)

    def _set(self, spec: cr.FieldSpec, op: cr.Op, value: object) -> tuple[list[Sql], list[Sql]]:
        """The positive and negative owner sets a multi-valued condition stands for (as probes of the
        row's owner when ``probe``)."""
        owner, kind, _ = self.owner(spec)
        table, column, some, every = _SETS[(kind, spec.base)]

        def links(cond: str, params: list[object]) -> Sql:
            if self.probe:
                return Sql(f"SELECT 1 FROM {table} WHERE {column} = {owner}" + (f" AND {cond}" if cond else ""),
                           params)
            return Sql(f"SELECT {column} FROM {table}" + (f" WHERE {cond}" if cond else ""), params)

        if op == cr.Op.IS_NOT_EMPTY:
            return [links(every, [])], []
        if op == cr.Op.IS_EMPTY:
            return [], [links(every, [])]
        ids = list(value)  # type: ignore[call-overload]
        if op == cr.Op.HAS_ANY:
            return [links(some.format(marks=_marks(len(ids))), ids)], []
        if op == cr.Op.HAS_NONE:
            return [], [links(some.format(marks=_marks(len(ids))), ids)]
        return [links(some.format(marks="?"), [i]) for i in ids], []

    def owner_in(self, owner: str, nullable: bool, positive: list[Sql], negative: list[Sql]) -> Sql:
        if self.probe:
            return _probes(positive, negative)
        return _owner_in(owner, nullable, positive, negative)

    def multi(self, spec: cr.FieldSpec, cond: cr.Condition) -> Sql:
        positive, negative = self._set(spec, cond.op, cond.value)
        owner, _, nullable = self.owner(spec)
        return self.owner_in(owner, nullable, positive, negative)

    def group(self, group: cr.Group) -> Sql | None:
        every = group.match == cr.Match.ALL
        # All positive company conditions of an AND group: one company subquery.
        company: list[Sql] = []
        merged: set[int] = set()
        if every and self.target == "person":
            for i, item in enumerate(group.items):
                if isinstance(item, cr.Condition):
                    spec = cr.field_spec(self.target, item.field)
                    if spec is not None and spec.via_company and spec.kind != cr.Kind.MULTI:
                        sql, negated = self.company_positive(item)
                        if not negated:
                            company.append(sql)
                            merged.add(i)
        saved = self.lead_index
        if company:
            self.lead_index = False
        parts: list[Sql] = [self.company_in(company, False)] if company else []
        fused: dict[tuple[str, bool], tuple[list[Sql], list[Sql]]] = {}
        for i, item in enumerate(group.items):
            if i in merged:
                continue
            if isinstance(item, cr.Group):
                sub = self.group(item)
                if sub is not None:
                    parts.append(sub)
                continue
            spec = cr.field_spec(self.target, item.field)
            if every and spec is not None and spec.kind == cr.Kind.MULTI:
                owner, _, nullable = self.owner(spec)
                pos, neg = self._set(spec, item.op, item.value)
                have = fused.setdefault((owner, nullable), ([], []))
                have[0].extend(pos)
                have[1].extend(neg)
                continue
            parts.append(self.condition(item))
        self.lead_index = saved
        for (owner, nullable), (pos, neg) in fused.items():
            parts.append(self.owner_in(owner, nullable, pos, neg))
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        joiner = " AND " if every else " OR "
        return Sql(joiner.join(f"({p.text})" for p in parts), [v for p in parts for v in p.params])


def _owner_in(owner: str, nullable: bool, positive: list[Sql], negative: list[Sql]) -> Sql:
    """``owner IN (P1 INTERSECT P2 ... EXCEPT N1 EXCEPT N2 ...)``; without positive sets,
    ``owner NOT IN (N1 UNION N2 ...)`` (a missing owner has none of anything)."""
    if positive:
        text = " INTERSECT ".join(s.text for s in positive)
        if negative:
            text += " EXCEPT " + " EXCEPT ".join(s.text for s in negative)
        return Sql(f"{owner} IN ({text})", [v for s in positive + negative for v in s.params])
    text = " UNION ".join(s.text for s in negative)
    params = [v for s in negative for v in s.params]
    if nullable:
        return Sql(f"({owner} IS NULL OR {owner} NOT IN ({text}))", params)
    return Sql(f"{owner} NOT IN ({text})", params)


def _probes(positive: list[Sql], negative: list[Sql]) -> Sql:
    """The probe form of ``_owner_in``: ``EXISTS (P1) AND ... AND NOT EXISTS (N1) ...`` (an owner that is
    NULL has no links: every EXISTS is false, every NOT EXISTS true, as with the sets)."""
    terms = [f"EXISTS ({s.text})" for s in positive] + [f"NOT EXISTS ({s.text})" for s in negative]
    return Sql(" AND ".join(terms), [v for s in positive + negative for v in s.params])


TABLES = {"company": "company c", "person": "person p"}
NAME_INDEX = {"company": "company_by_name", "person": "person_by_name"}


@dataclass(frozen=True)
class Query:
    """The members of a selection: live rows of ``target`` that meet ``where``; one query, parameters.

    ``from_where`` writes the FROM and WHERE clauses for a use: ``company`` adds the person's company
    as ``c`` (for sorting, the board, mailings); ``count`` writes the liveness test so that it does
    not pick the partial name index (whose row lookups in name order make a count of many members
    slow) unless a name condition needs that index; ``indexed`` walks the given index; ``probe``
    writes the condition as ``probe`` (the same members, tested row by row, for a walk) when there is
    one: its parameters are ``walk_params``. Queries are shared (compiled once): never change one.
    """

    target: str
    where: str = ""
    params: list[object] = field(default_factory=list)
    name_term: bool = False
    probe: Sql | None = None

    @property
    def alias(self) -> str:
        return ALIAS[self.target]

    @property
    def walk_params(self) -> list[object]:
        return list(self.probe.params if self.probe is not None else self.params)

    def from_where(self, *, company: bool = False, count: bool = False, indexed: str | None = None,
                   probe: bool = False) -> str:
        text = f"FROM {TABLES[self.target]}"
        if indexed:
            text += f" INDEXED BY {indexed}"
        if company and self.target == "person":
            text += " LEFT JOIN company c ON c.id = p.company_id"
        plus = "+" if count and not self.name_term else ""
        text += f" WHERE {plus}{self.alias}.deleted_at IS NULL"
        where = self.probe.text if probe and self.probe is not None else self.where
        return f"{text} AND ({where})" if where else text

    def ids_sql(self) -> Sql:
        return Sql(f"SELECT {self.alias}.id {self.from_where()}", list(self.params))

    def count_sql(self) -> Sql:
        return Sql(f"SELECT count(*) {self.from_where(count=True)}", list(self.params))


def compile_criteria(criteria: cr.Criteria, today: date | None = None) -> Query:
    """Criteria -> one query over the live companies or persons that match them."""
    cr.check(criteria)
    day = today or date.today()
    compiler = _Compiler(criteria.target, day)
    where = compiler.group(criteria.root)
    if where is None:
        return Query(criteria.target)
    probe = _Compiler(criteria.target, day, probe=True).group(criteria.root)
    return Query(criteria.target, where.text, where.params, compiler.name_term,
                 None if probe is None or probe.text == where.text else probe)


def compile_members(target: str, selection_id: int) -> Query:
    alias = ALIAS[target]
    return Query(target, f"{alias}.id IN (SELECT record_id FROM selection_member WHERE selection_id = ?)",
                 [selection_id], probe=Sql(f"EXISTS (SELECT 1 FROM selection_member WHERE selection_id = ? "
                                           f"AND record_id = {alias}.id)", [selection_id]))


def compile_ids(target: str, ids: list[int]) -> Query:
    return Query(target, f"{ALIAS[target]}.id IN ({_marks(len(ids)) or 'NULL'})", list(ids))


SET_OPERATIONS = {"union": "UNION", "intersect": "INTERSECT", "first_only": "EXCEPT", "second_only": "EXCEPT"}


def compile_combined(op: str, first: Query, second: Query) -> Query:
    """Two selections of the same target combined as one SQL set operation over both definitions."""
    if first.target != second.target:
        raise ValueError("a combined selection needs two selections of the same target")
    a, b = first.ids_sql(), second.ids_sql()
    if op == "second_only":
        a, b = b, a
    return Query(first.target, f"{ALIAS[first.target]}.id IN ({a.text} {SET_OPERATIONS[op]} {b.text})",
                 a.params + b.params)


# --- running queries ------------------------------------------------------------------------------

def _list_name(table: str, column: str) -> str:
    return f"(SELECT name FROM {table} WHERE id = {column})"


# Result columns: key -> SQL over the aliases p / c. Person names come as their parts.
COLUMNS: dict[str, dict[str, str]] = {
    "company": {
        "name": "c.name", "department": "c.department", "category": _list_name("category", "c.category_id"),
        "category_group": "(SELECT g.name FROM category k JOIN category_group g ON g.id = k.group_id "
                          "WHERE k.id = c.category_id)",
        "business": _list_name("business", "c.business_id"), "street": "c.street", "postal_code": "c.postal_code",
        "city": "c.city", "country": "c.country", "phone": "c.phone", "email": "c.email", "website": "c.website",
        "employees": "c.employees", "our_contact": _list_name("associate", "c.our_contact_id"), "kvk": "c.kvk",
        "created": "c.created_at", "updated": "c.updated_at",
    },
    "person": {
        "first_name": "p.first_name", "middle_name": "p.middle_name", "last_name": "p.last_name",
        "salutation": "p.salutation", "position": "p.position", "email": "p.email", "phone": "p.phone",
        "mobile": "p.mobile", "lead_status": _list_name("lead_status", "p.lead_status_id"),
        "left_company": "p.left_company", "company": "c.name", "company_id": "p.company_id",
        "category": _list_name("category", "c.category_id"),
        "business": _list_name("business", "c.business_id"), "street": "c.street",
        "postal_code": "c.postal_code", "city": "c.city", "country": "c.country",
        "our_contact": _list_name("associate", "c.our_contact_id"),
        "created": "p.created_at", "updated": "p.updated_at",
    },
}

# Sort keys: key -> SQL (the folded name columns sort the Dutch way, see domain.names).
SORTS: dict[str, dict[str, str]] = {
    "company": {"name": "c.name_sort", "city": "c.city", "postal_code": "c.postal_code", "country": "c.country",
                "employees": "c.employees", "created": "c.created_at", "updated": "c.updated_at",
                "category": "(SELECT rank FROM category WHERE id = c.category_id)",
                "business": "(SELECT rank FROM business WHERE id = c.business_id)",
                "our_contact": "(SELECT rank FROM associate WHERE id = c.our_contact_id)",
                "email": "c.email", "phone": "c.phone"},
    "person": {"name": "p.sort_key", "company": "c.name_sort", "position": "p.position", "email": "p.email",
               "phone": "p.phone", "city": "c.city", "postal_code": "c.postal_code", "created": "p.created_at",
               "updated": "p.updated_at", "lead_status": "(SELECT rank FROM lead_status WHERE id = p.lead_status_id)",
               "category": "(SELECT rank FROM category WHERE id = c.category_id)"},
}


WALK_FROM = 5000  # members from which a name-ordered page walks the name index (see ``page``)
COMPANY_SORTS = {"company", "city", "postal_code", "category"}


def order_by(target: str, sort: str = "name", descending: bool = False) -> str:
    expr = SORTS[target].get(sort, SORTS[target]["name"])
    direction = " DESC" if descending else ""
    return f"ORDER BY {expr}{direction}, {ALIAS[target]}.id{direction}"


def _ordered_from(query: Query, sort: str | None, total: int | None) -> str:
    """FROM/WHERE for reading members in ``sort`` order. With many members (``total``), walk the name
    index and stop early; with few, find them by the most selective index and sort them."""
    company = query.target == "person" and sort in COMPANY_SORTS
    if sort == "name" and total is not None and total >= WALK_FROM:
        return query.from_where(company=company, indexed=NAME_INDEX[query.target])
    return query.from_where(company=company, count=total is not None or sort is None)


def count(query: Query) -> int:
    sql = query.count_sql()
    return int(database.obj.execute_sql(sql.text, sql.params).fetchone()[0])


# A first screen in name order without a count walks the name index, testing each row (some 9-20 VM
# steps a row), and gives up as soon as the members found so far say that the page would take more than
# WALK_CAP x WALK_STEP steps (some 1,500-3,000 rows: at least one row in 15-30 must be a member). It
# decides after WALK_MIN x WALK_STEP steps at the earliest (some 200-400 rows), so a walk that is given up
# costs little; then the members are found by the most selective index and sorted, as a hand-written
# query would. Steps, not time: the same query on the same data always takes the same path.
WALK_STEP = 500
WALK_MIN = 8
WALK_CAP = 60


def _walk(text: str, params: list[object], need: int) -> list[int] | None:
    """The ids ``text`` (a walk in name order) returns, or None as soon as the rate at which it finds
    them says that ``need`` of them would take more than WALK_CAP x WALK_STEP VM steps."""
    con = database.obj.connection()
    cap, found, steps, given_up = WALK_CAP, [], [0], [False]

    def tick() -> int:
        steps[0] += 1
        given_up[0] = steps[0] >= WALK_MIN and need * steps[0] > cap * (len(found) + 1)
        return given_up[0]

    con.set_progress_handler(tick, WALK_STEP)
    try:
        for row in database.obj.execute_sql(text, params):  # rows arrive one by one, as the walk finds them
            found.append(row[0])
        return found
    except DB_ERRORS:
        if not given_up[0]:
            raise
        return None
    finally:
        con.set_progress_handler(None, 0)


def page(query: Query, sort: str = "name", descending: bool = False, limit: int = 100, offset: int = 0,
         total: int | None = None) -> list[int]:
    """One page of member ids in the chosen order (the first screen: offset 0).

    ``total`` (the count, when known) picks the plan. Without it, a page in name order first walks the
    name index, testing each row with ``query.probe`` (many members: the page is found at once); when
    the members turn out to be too rare for that (see ``_walk``), they are found by the most selective
    index and sorted. A name condition (a range of the name index) is left to the planner."""
    tail = f"{order_by(query.target, sort, descending)} LIMIT ? OFFSET ?"
    if total is None and sort == "name" and offset == 0 and not query.name_term:
        walk = f"SELECT {query.alias}.id {query.from_where(indexed=NAME_INDEX[query.target], probe=True)} {tail}"
        found = _walk(walk, [*query.walk_params, limit, offset], limit)
        if found is not None:
            return found
        total = 0  # few members: find, then sort
    text = f"SELECT {query.alias}.id {_ordered_from(query, sort, total)} {tail}"
    return [r[0] for r in database.obj.execute_sql(text, [*query.params, limit, offset]).fetchall()]


def all_ids(query: Query, sort: str | None = "name", descending: bool = False, total: int | None = None) -> list[int]:
    """Every member id in order. All rows of the table walk the name index (no row is read); any
    condition finds the members first and sorts them (walking the index would read every row in
    name order, several times slower at 1M rows)."""
    company = query.target == "person" and sort in COMPANY_SORTS
    text = f"SELECT {query.alias}.id {query.from_where(company=company, count=bool(query.where))}"
    if sort:
        text += " " + order_by(query.target, sort, descending)
    return [r[0] for r in database.obj.execute_sql(text, query.params).fetchall()]


def iter_ids(query: Query, sort: str | None = "name", batch: int = 2000) -> Iterable[list[int]]:
    company = query.target == "person" and sort in COMPANY_SORTS
    text = f"SELECT {query.alias}.id {query.from_where(company=company, count=bool(query.where))}"
    if sort:
        text += " " + order_by(query.target, sort)
    cursor = database.obj.execute_sql(text, query.params)
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        yield [r[0] for r in rows]


def rows(target: str, ids: list[int], columns: list[str]) -> dict[int, tuple]:
    """The chosen columns of the records ``ids`` (in any order), by id."""
    exprs = [COLUMNS[target][c] for c in columns]
    alias = ALIAS[target]
    out: dict[int, tuple] = {}
    for batch in chunks(ids):
        text = (f"SELECT {alias}.id{''.join(', ' + e for e in exprs)} {FROM[target]} "
                f"WHERE {alias}.id IN ({_marks(len(batch))})")
        for row in database.obj.execute_sql(text, batch).fetchall():
            out[row[0]] = tuple(row[1:])
    return out


def explain(query: Query) -> list[str]:
    sql = query.ids_sql()
    return [r[-1] for r in database.obj.execute_sql(f"EXPLAIN QUERY PLAN {sql.text}", sql.params).fetchall()]


def explain_count(query: Query) -> list[str]:
    sql = query.count_sql()
    return [r[-1] for r in database.obj.execute_sql(f"EXPLAIN QUERY PLAN {sql.text}", sql.params).fetchall()]


# --- the board ------------------------------------------------------------------------------------
# One column per value of a list field; persons whose company is not lead-enabled are kept apart
# when the board shows lead statuses (their status is hidden and cannot change, seed 002).

APART = -1  # the column key of "not a lead"
BOARD_GROUPS: dict[str, tuple[str, str]] = {  # key -> (SQL of the value, list table)
    "lead_status": ("p.lead_status_id", "lead_status"),
    "category": ("c.category_id", "category"),
    "category_group": ("(SELECT group_id FROM category WHERE id = c.category_id)", "category_group"),
    "business": ("c.business_id", "business"),
    "our_contact": ("c.our_contact_id", "associate"),
}
_LEAD_OK = f"c.category_id IN ({LEAD_ENABLED_CATEGORIES})"


def _board_key(group_by: str) -> str:
    expr, _ = BOARD_GROUPS[group_by]
    if group_by == "lead_status":
        return f"CASE WHEN {_LEAD_OK} THEN {expr} ELSE {APART} END"
    return expr


def board_counts(query: Query, group_by: str) -> dict[int | None, int]:
    """Members per column value (None: no value; APART: persons that are not leads)."""
    text = f"SELECT {_board_key(group_by)} AS k, count(*) {query.from_where(company=True, count=True)} GROUP BY k"
    return dict(database.obj.execute_sql(text, query.params).fetchall())


def board_page(query: Query, group_by: str, value: int | None, after: tuple[str, int] | None,
               limit: int, total: int | None = None) -> list[tuple]:
    """One page of cards of a column in name order, after the (sort key, id) of the previous page:
    (id, title parts..., subtitle, updated_at, sort key). ``total`` (the column's count) picks the
    plan: a long column walks the name index from ``after``; a short one is found and sorted."""
    expr, _ = BOARD_GROUPS[group_by]
    walk = total is None or total >= WALK_FROM
    if not walk:
        expr = "+" + expr if not expr.startswith("(") else expr  # leave the index to the selection's terms
    if group_by == "lead_status":
        cond = f"NOT coalesce({_LEAD_OK}, 0)" if value == APART else \
            f"{_LEAD_OK} AND " + (f"{expr} IS NULL" if value is None else f"{expr} = ?")
    else:
        cond = f"{expr} IS NULL" if value is None else f"{expr} = ?"
    params: list[object] = [*query.params] + ([] if value is None or value == APART else [value])
    if query.target == "person":
        select = "p.id, p.first_name, p.middle_name, p.last_name, c.name, p.updated_at, p.sort_key"
        sort = "p.sort_key"
    else:
        select = "c.id, c.name, '', '', c.city, c.updated_at, c.name_sort"
        sort = "c.name_sort"
    alias = query.alias
    keyset = ""
    if after is not None:
        keyset = f" AND ({sort}, {alias}.id) > (?, ?)"
        params += list(after)
    source = query.from_where(company=True, indexed=NAME_INDEX[query.target]) if walk else \
        query.from_where(company=True, count=True)
    text = f"SELECT {select} {source} AND ({cond}){keyset} ORDER BY {sort}, {alias}.id LIMIT ?"
    return list(database.obj.execute_sql(text, [*params, limit]).fetchall())


# --- mailings -------------------------------------------------------------------------------------

_POST = {f: person_address(f) for f in ("street", "postal_code")}
MAILING_KEYS = {
    # one message per e-mail address
    "email": ("lower(trim(p.email))", "p.email != ''"),
    # one letter per person per postal address: the company's when they work at one, else their own
    # (the address the export writes, db/export.py)
    "post": (f"upper(replace({_POST['postal_code']}, ' ', '')) || '|' || lower(trim({_POST['street']})) || '|' "
             "|| p.sort_key",
             f"coalesce({_POST['postal_code']}, '') != '' AND coalesce({_POST['street']}, '') != ''"),
}


def mailing_counts_and_ids(query: Query, type_id: int, channel: str) -> tuple[int, int, int, list[int]]:
    """(members, subscribed members, subscribed members with an address, the ids to send to: one per
    address, the oldest record) in name order) for a person selection and a subscription type."""
    key, has_address = MAILING_KEYS[channel]
    subscribed = "p.id IN (SELECT person_id FROM subscription WHERE type_id = ? AND state = 'subscribed')"
    text = (f"SELECT count(*), coalesce(sum({subscribed}), 0), "
            f"coalesce(sum({subscribed} AND {has_address}), 0) {query.from_where(company=True, count=True)}")
    members, n_subscribed, n_address = database.obj.execute_sql(text, [type_id, type_id, *query.params]).fetchone()
    text = (f"SELECT min(x.id) FROM (SELECT p.id AS id, p.sort_key AS s, {key} AS k "
            f"{query.from_where(company=True, count=True)} "
            f"AND {subscribed} AND {has_address}) AS x GROUP BY x.k ORDER BY min(x.s), min(x.id)")
    ids = [r[0] for r in database.obj.execute_sql(text, [*query.params, type_id]).fetchall()]
    return int(members), int(n_subscribed), int(n_address), ids
