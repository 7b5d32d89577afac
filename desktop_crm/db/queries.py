"""The company and person lists in SQL: columns, sorting, filtering, grouping, keyset pages, counts.

A list is described by a ``ListSpec`` (kind, sort column and direction, filter text, base filter,
group). Everything a list screen needs is one of a few bounded statements:

- ``keyset_page``: one page of full rows after the last (sort key, id) seen, for the sorts an index
  serves (persons by the Dutch sort key through ``person_by_name``, companies by ``name_sort``
  through ``company_by_name``). ``WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT n`` costs
  the same anywhere in a million rows; OFFSET is never used (it costs ~2 s deep in the list).
- ``sorted_ids``: every id of the list in order. 8 bytes a row in an ``array``; ~0.5 s at a million
  rows on an index, more for a sort through joins: run it on the worker thread.
- ``rows_by_id``: full rows for up to a page of ids (primary-key lookups; ~1 ms for 100 rows).
- ``count``, ``groups`` (value + count, SQL GROUP BY) and ``group_ids`` (the members of one group).

Rows are plain tuples read through the cursor, never model instances (conventions.md: ~4x cheaper).
Values are raw database values; ``services/browse.py`` turns them into what a list shows.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_crm.db.addresses import person_address
from desktop_crm.db.connection import database
from desktop_crm.db.search import match_expression

PAGE_SIZE = 100
NOCASE = " COLLATE NOCASE"


@dataclass(frozen=True)
class Column:
    """One list column: what to select, and how to sort and group by it in SQL."""

    key: str
    select: tuple[str, ...]
    sort: str | None = None  # ORDER BY expression (the id is always the last tie-breaker)
    group: str | None = None  # GROUP BY expression; None: the column cannot be grouped on
    group_order: str | None = None  # how groups are ordered (default: by their label)
    label: str | None = None  # the group's label expression (default: the first selected value)
    needs: tuple[str, ...] = ()  # joins that sort/group need (row fetches always join everything)
    indexed: bool = False  # the sort is served by a partial index on (key, id): keyset paging


@dataclass(frozen=True)
class Table:
    kind: str
    table: str
    alias: str
    fts: str
    joins: dict[str, str]  # name -> JOIN clause, in dependency order
    columns: tuple[Column, ...]
    extras: tuple[str, ...] = ()  # selected after the columns (row flags)
    default_sort: str = "name"

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(f"{self.kind} has no column {key!r}")


def _text(key: str, expr: str, needs: tuple[str, ...] = (), group: bool = False) -> Column:
    return Column(key, (expr,), sort=expr + NOCASE, needs=needs,
                  group=f"nullif({expr}, ''){NOCASE}" if group else None)


def _list_item(key: str, fk: str, alias: str, needs: tuple[str, ...]) -> Column:
    """A column showing an item of an administrator's list: grouped by id, groups in list order."""
    return Column(key, (f"{alias}.name",), sort=f"{alias}.name{NOCASE}", group=fk, group_order=f"{alias}.rank",
                  label=f"{alias}.name", needs=needs)


PERSON = Table(
    kind="person", table="person", alias="p", fts="person_fts",
    joins={
        "c": "LEFT JOIN company AS c ON c.id = p.company_id",
        "cat": "LEFT JOIN category AS cat ON cat.id = c.category_id",
        "grp": "LEFT JOIN category_group AS grp ON grp.id = cat.group_id",
        "ls": "LEFT JOIN lead_status AS ls ON ls.id = p.lead_status_id",
    },
    columns=(
        Column("name", ("p.first_name", "p.middle_name", "p.last_name"), sort="p.sort_key", indexed=True),
        _text("first_name", "p.first_name"),
        # Sorting by last name is the Dutch way: "van den Berg" under B, the same index as the name.
        Column("last_name", ("p.last_name",), sort="p.sort_key", indexed=True),
        Column("company", ("c.name",), sort="c.name_sort", group="p.company_id", label="c.name",
               group_order=f"c.name_sort{NOCASE}", needs=("c",)),
        _list_item("category", "c.category_id", "cat", ("c", "cat")),
        _list_item("category_group", "cat.group_id", "grp", ("c", "cat", "grp")),
        _list_item("lead_status", "p.lead_status_id", "ls", ("ls",)),
        _text("position", "p.position", group=True),
        _text("email", "p.email"),
        Column("phone", ("p.phone",), sort="p.phone"),
        Column("mobile", ("p.mobile",), sort="p.mobile"),
        # Where the person is: their company's city, or a person without a company their own (as the
        # export and the post mailing address them).
        _text("city", person_address("city", empty_as_null=True), ("c",), group=True),
        Column("left_company", ("p.left_company",), sort="p.left_company", group="p.left_company"),
        Column("created", ("p.created_at",), sort="p.created_at"),
        Column("updated", ("p.updated_at",), sort="p.updated_at"),
    ),
    # Whether the lead status is shown follows the company's category (lead rules 1 and 3).
    extras=("p.company_id", "cat.lead_enabled", "grp.role"),
)

COMPANY = Table(
    kind="company", table="company", alias="c", fts="company_fts",
    joins={
        "cat": "LEFT JOIN category AS cat ON cat.id = c.category_id",
        "grp": "LEFT JOIN category_group AS grp ON grp.id = cat.group_id",
        "bus": "LEFT JOIN business AS bus ON bus.id = c.business_id",
        "oc": "LEFT JOIN associate AS oc ON oc.id = c.our_contact_id",
    },
    columns=(
        Column("name", ("c.name",), sort="c.name_sort", indexed=True),
        _text("city", "c.city", group=True),
        Column("postal_code", ("c.postal_code",), sort="c.postal_code"),
        _list_item("category", "c.category_id", "cat", ("cat",)),
        _list_item("category_group", "cat.group_id", "grp", ("cat", "grp")),
        _list_item("business", "c.business_id", "bus", ("bus",)),
        Column("phone", ("c.phone",), sort="c.phone"),
        _text("email", "c.email"),
        _list_item("our_contact", "c.our_contact_id", "oc", ("oc",)),
        Column("employees", ("c.employees",), sort="c.employees"),
        Column("created", ("c.created_at",), sort="c.created_at"),
        Column("updated", ("c.updated_at",), sort="c.updated_at"),
    ),
)

TABLES = {"person": PERSON, "company": COMPANY}


@dataclass(frozen=True)
class ListSpec:
    """What a list shows: which records, in which order.

    ``company_id`` is the base filter of a company card's persons tab; ``leads_only`` keeps the
    persons whose lead status shows (a status, and a company in a lead-enabled category of a prospect
    group: lead rules 1 and 3); ``text`` filters through the search index (every word a prefix, all
    words must match).
    """

    kind: str
    sort: str = "name"
    descending: bool = False
    text: str = ""
    company_id: int | None = None
    leads_only: bool = False

    @property
    def table(self) -> Table:
        return TABLES[self.kind]

    @property
    def sort_column(self) -> Column:
        return self.table.column(self.sort)

    @property
    def keyset(self) -> bool:
        """Whether pages can be read with keyset paging on an index (fast anywhere, no worker).

        Not for the leads: walking the name index until a page of leads is found is instant when
        leads are common and takes seconds when they are rare (1M lookups), so they load on the worker.
        """
        return self.sort_column.indexed and not self.text.strip() and not self.leads_only


# Persons whose lead status shows: the same rule as domain/lead_rules.py (CategoryRule.leads_active).
LEADS_WHERE = (
    "p.lead_status_id IS NOT NULL AND +p.company_id IN (SELECT lc.id FROM company AS lc "
    "JOIN category AS lcat ON lcat.id = lc.category_id JOIN category_group AS lg ON lg.id = lcat.group_id "
    "WHERE lcat.lead_enabled = 1 AND lg.role = 'prospect')"
)
# The same where the row's company, category and group are joined (keyset pages: no subquery to build
# for every page; the rows come from walking the name index).
LEADS_JOINED = "p.lead_status_id IS NOT NULL AND cat.lead_enabled = 1 AND grp.role = 'prospect'"


def _joins(table: Table, needs: Sequence[str]) -> str:
    wanted = set(needs)
    return " ".join(clause for name, clause in table.joins.items() if name in wanted)


def _where(spec: ListSpec, match: str | None, scan: bool = False, joined: bool = False) -> tuple[str, list[object]]:
    """The WHERE clause of the list. ``scan``: the statement reads (nearly) every row anyway, so the
    partial name index must not drive it: "+deleted_at" keeps the planner from walking the index and
    looking every row up at random (measured at a million persons: sort by first name 7.4 s -> 3.0 s,
    group by category 8.9 s -> 0.8 s, members of a city 6.8 s -> 0.1 s). ``joined``: the statement
    joins the company, category and group anyway (row reads), so the leads filter reads them there."""
    t = spec.table
    clauses, params = [f"{'+' if scan else ''}{t.alias}.deleted_at IS NULL"], []
    if spec.company_id is not None and spec.kind == "person":
        clauses.append("p.company_id = ?")
        params.append(spec.company_id)
    if spec.leads_only and spec.kind == "person":
        clauses.append(LEADS_JOINED if joined else LEADS_WHERE)
    if match:
        clauses.append(f"{t.alias}.id IN (SELECT rowid FROM {t.fts} WHERE {t.fts} MATCH ?)")
        params.append(match)
    return " AND ".join(clauses), params


def _match(spec: ListSpec) -> str | None:
    return match_expression(spec.text, keep_short=True).expression or None


def _row_select(table: Table) -> str:
    parts = [f"{table.alias}.id"]
    for column in table.columns:
        parts.extend(column.select)
    parts.extend(table.extras)
    return ", ".join(parts)


def _all_joins(table: Table) -> str:
    return " ".join(table.joins.values())


def _order(spec: ListSpec) -> str:
    direction = " DESC" if spec.descending else ""
    return f"{spec.sort_column.sort}{direction}, {spec.table.alias}.id{direction}"


def keyset_sql(spec: ListSpec, after: tuple[object, int] | None) -> tuple[str, list[object]]:
    """The statement of ``keyset_page`` (the bench runs the same text through raw sqlite3)."""
    t, column = spec.table, spec.sort_column
    if not column.indexed:
        raise ValueError(f"{spec.kind}.{spec.sort} is not served by an index")
    where, params = _where(spec, _match(spec), joined=True)
    if after is not None:
        where += f" AND ({column.sort}, {t.alias}.id) {'<' if spec.descending else '>'} (?, ?)"
        params += [after[0], after[1]]
    sql = (f"SELECT {_row_select(t)}, {column.sort} FROM {t.table} AS {t.alias} {_all_joins(t)} "
           f"WHERE {where} ORDER BY {_order(spec)} LIMIT ?")
    return sql, params


def keyset_page(spec: ListSpec, after: tuple[object, int] | None, size: int = PAGE_SIZE
                ) -> tuple[list[tuple], tuple[object, int] | None]:
    """Up to ``size`` full rows after ``after`` (a (sort key, id) pair; None for the first page).

    Returns the rows (without the trailing sort key) and the key to continue after.
    """
    sql, params = keyset_sql(spec, after)
    fetched = database.execute_sql(sql, [*params, size]).fetchall()
    if not fetched:
        return [], after
    last = fetched[-1]
    return [row[:-1] for row in fetched], (last[-1], last[0])


def rows_by_id_sql(kind: str, n: int) -> str:
    t = TABLES[kind]
    marks = ",".join("?" * n)
    return f"SELECT {_row_select(t)} FROM {t.table} AS {t.alias} {_all_joins(t)} WHERE {t.alias}.id IN ({marks})"


def rows_by_id(kind: str, ids: Sequence[int]) -> list[tuple]:
    """Full rows (id first, then each column's values, then the extras) for ``ids``, in any order."""
    if not ids:
        return []
    return database.execute_sql(rows_by_id_sql(kind, len(ids)), list(ids)).fetchall()


def sorted_ids_sql(spec: ListSpec) -> tuple[str, list[object]]:
    t = spec.table
    where, params = _where(spec, _match(spec), scan=not spec.keyset)
    sql = (f"SELECT {t.alias}.id FROM {t.table} AS {t.alias} {_joins(t, spec.sort_column.needs)} "
           f"WHERE {where} ORDER BY {_order(spec)}")
    return sql, params


def sorted_ids(spec: ListSpec) -> array:
    """Every id of the list in display order."""
    sql, params = sorted_ids_sql(spec)
    return array("q", (row[0] for row in database.execute_sql(sql, params)))


def count_sql(spec: ListSpec) -> tuple[str, list[object]]:
    t = spec.table
    where, params = _where(spec, _match(spec), scan=spec.leads_only)
    return f"SELECT count(*) FROM {t.table} AS {t.alias} WHERE {where}", params


def count(spec: ListSpec) -> int:
    sql, params = count_sql(spec)
    return database.execute_sql(sql, params).fetchone()[0]


def groups_sql(spec: ListSpec, column_key: str) -> tuple[str, list[object]]:
    t, column = spec.table, spec.table.column(column_key)
    if column.group is None:
        raise ValueError(f"{spec.kind}.{column_key} cannot be grouped on")
    where, params = _where(spec, _match(spec), scan=True)
    label = column.label or column.select[0]
    order = column.group_order or f"2{NOCASE}"
    sql = (f"SELECT {column.group} AS g, {label}, count(*) FROM {t.table} AS {t.alias} "
           f"{_joins(t, column.needs)} WHERE {where} GROUP BY g ORDER BY g IS NULL, {order}")
    return sql, params


def groups(spec: ListSpec, column_key: str) -> list[tuple[object, object, int]]:
    """(group key, label value, count) for every value of ``column_key`` in the list, in group order."""
    sql, params = groups_sql(spec, column_key)
    return [tuple(row) for row in database.execute_sql(sql, params).fetchall()]


def group_ids(spec: ListSpec, column_key: str, key: object) -> array:
    """The ids of the list whose ``column_key`` group is ``key``, in the list's order."""
    t, column = spec.table, spec.table.column(column_key)
    if column.group is None:
        raise ValueError(f"{spec.kind}.{column_key} cannot be grouped on")
    where, params = _where(spec, _match(spec), scan=True)
    needs = dict.fromkeys([*column.needs, *spec.sort_column.needs])
    sql = (f"SELECT {t.alias}.id FROM {t.table} AS {t.alias} {_joins(t, list(needs))} "
           f"WHERE {where} AND {column.group} IS ? ORDER BY {_order(spec)}")
    return array("q", (row[0] for row in database.execute_sql(sql, [*params, key])))
