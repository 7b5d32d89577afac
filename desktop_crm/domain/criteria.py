"""Selection criteria as plain data: fields, operators, values, AND/OR groups; validation and JSON.

A ``Criteria`` is a target ("company" or "person") and a root ``Group``. A group matches all of its
items (AND) or any of them (OR); an item is a ``Condition`` (field, operator, value) or a nested group.
In memory and in the database, list values are ids; in shared files (``to_json``/``from_json``) they
are the list items' names, so a definition means the same on another database.

Relative dates ("in the last 3 months", "this quarter") stay relative: ``date_range`` turns them into
calendar days when the selection runs. No Qt, no SQL, no I/O here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop_crm.domain.entities import LIST_LABELS, ListKind
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import fold, person_sort_key, split_prefix
from desktop_crm.domain.validation import normalise_postal_code

FORMAT = "desktop-crm-selection"
FORMAT_VERSION = 1
TARGETS = ("company", "person")


class Kind(StrEnum):
    """What sort of value a field holds; decides its operators and value editor."""

    TEXT = "text"
    NAME = "name"
    LIST = "list"  # one item of an administrator's list
    MULTI = "multi"  # several items of a list (interests, subscriptions)
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    POSTAL = "postal"


class Op(StrEnum):
    IS_ONE_OF = "is_one_of"
    IS_NOT_ONE_OF = "is_not_one_of"
    IS_EMPTY = "is_empty"
    IS_NOT_EMPTY = "is_not_empty"
    EQUALS = "equals"
    CONTAINS = "contains"
    BEGINS_WITH = "begins_with"
    BETWEEN = "between"
    BEFORE = "before"
    AFTER = "after"
    IN_LAST = "in_last"
    IN_NEXT = "in_next"
    THIS = "this"
    PREVIOUS = "previous"
    NEXT = "next"
    HAS_ANY = "has_any"
    HAS_ALL = "has_all"
    HAS_NONE = "has_none"


class Match(StrEnum):
    ALL = "all"  # AND
    ANY = "any"  # OR


OP_LABELS: dict[Op, str] = {
    Op.IS_ONE_OF: QT_TRANSLATE_NOOP("Criteria", "is one of"),
    Op.IS_NOT_ONE_OF: QT_TRANSLATE_NOOP("Criteria", "is not one of"),
    Op.IS_EMPTY: QT_TRANSLATE_NOOP("Criteria", "is empty"),
    Op.IS_NOT_EMPTY: QT_TRANSLATE_NOOP("Criteria", "is not empty"),
    Op.EQUALS: QT_TRANSLATE_NOOP("Criteria", "equals"),
    Op.CONTAINS: QT_TRANSLATE_NOOP("Criteria", "contains"),
    Op.BEGINS_WITH: QT_TRANSLATE_NOOP("Criteria", "begins with"),
    Op.BETWEEN: QT_TRANSLATE_NOOP("Criteria", "between"),
    Op.BEFORE: QT_TRANSLATE_NOOP("Criteria", "before"),
    Op.AFTER: QT_TRANSLATE_NOOP("Criteria", "after"),
    Op.IN_LAST: QT_TRANSLATE_NOOP("Criteria", "in the last"),
    Op.IN_NEXT: QT_TRANSLATE_NOOP("Criteria", "in the next"),
    Op.THIS: QT_TRANSLATE_NOOP("Criteria", "this …"),
    Op.PREVIOUS: QT_TRANSLATE_NOOP("Criteria", "last …"),
    Op.NEXT: QT_TRANSLATE_NOOP("Criteria", "next …"),
    Op.HAS_ANY: QT_TRANSLATE_NOOP("Criteria", "has any of"),
    Op.HAS_ALL: QT_TRANSLATE_NOOP("Criteria", "has all of"),
    Op.HAS_NONE: QT_TRANSLATE_NOOP("Criteria", "has none of"),
}

# Units of "in the last/next N ..." and of "this/last/next ...".
SPAN_UNITS = ("days", "weeks", "months")
PERIOD_UNITS = ("week", "month", "quarter", "year")
UNIT_LABELS: dict[str, str] = {
    "days": QT_TRANSLATE_NOOP("Criteria", "days"),
    "weeks": QT_TRANSLATE_NOOP("Criteria", "weeks"),
    "months": QT_TRANSLATE_NOOP("Criteria", "months"),
    "week": QT_TRANSLATE_NOOP("Criteria", "week"),
    "month": QT_TRANSLATE_NOOP("Criteria", "month"),
    "quarter": QT_TRANSLATE_NOOP("Criteria", "quarter"),
    "year": QT_TRANSLATE_NOOP("Criteria", "year"),
}

# "this/last/next" with their unit as one phrase each (Dutch inflects: "deze week", "dit jaar").
PERIOD_PHRASES: dict[tuple[str, str], str] = {
    ("this", "week"): QT_TRANSLATE_NOOP("Criteria", "this week"),
    ("this", "month"): QT_TRANSLATE_NOOP("Criteria", "this month"),
    ("this", "quarter"): QT_TRANSLATE_NOOP("Criteria", "this quarter"),
    ("this", "year"): QT_TRANSLATE_NOOP("Criteria", "this year"),
    ("previous", "week"): QT_TRANSLATE_NOOP("Criteria", "last week"),
    ("previous", "month"): QT_TRANSLATE_NOOP("Criteria", "last month"),
    ("previous", "quarter"): QT_TRANSLATE_NOOP("Criteria", "last quarter"),
    ("previous", "year"): QT_TRANSLATE_NOOP("Criteria", "last year"),
    ("next", "week"): QT_TRANSLATE_NOOP("Criteria", "next week"),
    ("next", "month"): QT_TRANSLATE_NOOP("Criteria", "next month"),
    ("next", "quarter"): QT_TRANSLATE_NOOP("Criteria", "next quarter"),
    ("next", "year"): QT_TRANSLATE_NOOP("Criteria", "next year"),
}

OPS_BY_KIND: dict[Kind, tuple[Op, ...]] = {
    Kind.TEXT: (Op.CONTAINS, Op.BEGINS_WITH, Op.EQUALS, Op.IS_EMPTY, Op.IS_NOT_EMPTY),
    Kind.NAME: (Op.BEGINS_WITH, Op.CONTAINS, Op.EQUALS),
    Kind.LIST: (Op.IS_ONE_OF, Op.IS_NOT_ONE_OF, Op.IS_EMPTY, Op.IS_NOT_EMPTY),
    Kind.MULTI: (Op.HAS_ANY, Op.HAS_ALL, Op.HAS_NONE, Op.IS_EMPTY, Op.IS_NOT_EMPTY),
    Kind.NUMBER: (Op.EQUALS, Op.BETWEEN, Op.IS_EMPTY, Op.IS_NOT_EMPTY),
    Kind.DATE: (Op.IN_LAST, Op.IN_NEXT, Op.THIS, Op.PREVIOUS, Op.NEXT, Op.EQUALS, Op.BEFORE, Op.AFTER, Op.BETWEEN),
    Kind.BOOL: (Op.EQUALS,),
    Kind.POSTAL: (Op.BETWEEN, Op.BEGINS_WITH, Op.EQUALS, Op.IS_EMPTY, Op.IS_NOT_EMPTY),
}

LIST_OPS = frozenset({Op.IS_ONE_OF, Op.IS_NOT_ONE_OF, Op.HAS_ANY, Op.HAS_ALL, Op.HAS_NONE})
NO_VALUE_OPS = frozenset({Op.IS_EMPTY, Op.IS_NOT_EMPTY})
SPAN_OPS = frozenset({Op.IN_LAST, Op.IN_NEXT})
PERIOD_OPS = frozenset({Op.THIS, Op.PREVIOUS, Op.NEXT})
TEXT_OPS = frozenset({Op.CONTAINS, Op.BEGINS_WITH})


@dataclass(frozen=True)
class FieldSpec:
    """A field that criteria can test. ``key`` is stable (it is written to files)."""

    key: str
    label: str
    kind: Kind
    list_kind: ListKind | None = None

    @property
    def via_company(self) -> bool:
        return self.key.startswith("company.")

    @property
    def base(self) -> str:
        """The company field a "company.x" person field reads; the key itself otherwise."""
        return self.key.removeprefix("company.")

    @property
    def ops(self) -> tuple[Op, ...]:
        return OPS_BY_KIND[self.kind]


COMPANY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", QT_TRANSLATE_NOOP("Criteria", "Name"), Kind.NAME),
    FieldSpec("category", QT_TRANSLATE_NOOP("Criteria", "Category"), Kind.LIST, ListKind.CATEGORY),
    FieldSpec("category_group", QT_TRANSLATE_NOOP("Criteria", "Category group"), Kind.LIST, ListKind.CATEGORY_GROUP),
    FieldSpec("business", QT_TRANSLATE_NOOP("Criteria", "Business"), Kind.LIST, ListKind.BUSINESS),
    FieldSpec("interests", QT_TRANSLATE_NOOP("Criteria", "Interests"), Kind.MULTI, ListKind.COMPANY_INTEREST),
    FieldSpec("postal_code", QT_TRANSLATE_NOOP("Criteria", "Postal code"), Kind.POSTAL),
    FieldSpec("city", QT_TRANSLATE_NOOP("Criteria", "City"), Kind.TEXT),
    FieldSpec("country", QT_TRANSLATE_NOOP("Criteria", "Country"), Kind.TEXT),
    FieldSpec("our_contact", QT_TRANSLATE_NOOP("Criteria", "Our contact"), Kind.LIST, ListKind.ASSOCIATE),
    FieldSpec("employees", QT_TRANSLATE_NOOP("Criteria", "Number of employees"), Kind.NUMBER),
    FieldSpec("email_present", QT_TRANSLATE_NOOP("Criteria", "E-mail present"), Kind.BOOL),
    FieldSpec("created", QT_TRANSLATE_NOOP("Criteria", "Created"), Kind.DATE),
    FieldSpec("updated", QT_TRANSLATE_NOOP("Criteria", "Updated"), Kind.DATE),
)

# Every company field, read through the person's company (labels written out for the translators).
_VIA_COMPANY_LABELS = {
    "name": QT_TRANSLATE_NOOP("Criteria", "Company: name"),
    "category": QT_TRANSLATE_NOOP("Criteria", "Company: category"),
    "category_group": QT_TRANSLATE_NOOP("Criteria", "Company: category group"),
    "business": QT_TRANSLATE_NOOP("Criteria", "Company: business"),
    "interests": QT_TRANSLATE_NOOP("Criteria", "Company: interests"),
    "postal_code": QT_TRANSLATE_NOOP("Criteria", "Company: postal code"),
    "city": QT_TRANSLATE_NOOP("Criteria", "Company: city"),
    "country": QT_TRANSLATE_NOOP("Criteria", "Company: country"),
    "our_contact": QT_TRANSLATE_NOOP("Criteria", "Company: our contact"),
    "employees": QT_TRANSLATE_NOOP("Criteria", "Company: number of employees"),
    "email_present": QT_TRANSLATE_NOOP("Criteria", "Company: e-mail present"),
    "created": QT_TRANSLATE_NOOP("Criteria", "Company: created"),
    "updated": QT_TRANSLATE_NOOP("Criteria", "Company: updated"),
}

PERSON_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", QT_TRANSLATE_NOOP("Criteria", "Name"), Kind.NAME),
    FieldSpec("lead_status", QT_TRANSLATE_NOOP("Criteria", "Lead status"), Kind.LIST, ListKind.LEAD_STATUS),
    FieldSpec("interests", QT_TRANSLATE_NOOP("Criteria", "Interests"), Kind.MULTI, ListKind.PERSON_INTEREST),
    FieldSpec("subscriptions", QT_TRANSLATE_NOOP("Criteria", "Subscriptions"), Kind.MULTI,
              ListKind.SUBSCRIPTION_TYPE),
    FieldSpec("position", QT_TRANSLATE_NOOP("Criteria", "Position"), Kind.TEXT),
    # The person's own address (a person without a company, usually); "company.city" is the company's.
    FieldSpec("postal_code", QT_TRANSLATE_NOOP("Criteria", "Own postal code"), Kind.POSTAL),
    FieldSpec("city", QT_TRANSLATE_NOOP("Criteria", "Own city"), Kind.TEXT),
    FieldSpec("email_present", QT_TRANSLATE_NOOP("Criteria", "E-mail present"), Kind.BOOL),
    FieldSpec("left_company", QT_TRANSLATE_NOOP("Criteria", "No longer works here"), Kind.BOOL),
    FieldSpec("created", QT_TRANSLATE_NOOP("Criteria", "Created"), Kind.DATE),
    FieldSpec("updated", QT_TRANSLATE_NOOP("Criteria", "Updated"), Kind.DATE),
) + tuple(FieldSpec(f"company.{f.key}", _VIA_COMPANY_LABELS[f.key], f.kind, f.list_kind) for f in COMPANY_FIELDS)

FIELDS: dict[str, dict[str, FieldSpec]] = {
    "company": {f.key: f for f in COMPANY_FIELDS},
    "person": {f.key: f for f in PERSON_FIELDS},
}


def fields_of(target: str) -> tuple[FieldSpec, ...]:
    return COMPANY_FIELDS if target == "company" else PERSON_FIELDS


def field_spec(target: str, key: str) -> FieldSpec | None:
    return FIELDS.get(target, {}).get(key)


# --- the tree -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """``n`` days, weeks or months (for "in the last/next ...")."""

    n: int
    unit: str


@dataclass(frozen=True)
class Condition:
    """One criteria row. ``value`` depends on the operator:

    list operators: a tuple of list item ids; is (not) empty: None; equals: str / int / date / bool;
    contains, begins with: str; between: a (low, high) pair of numbers (one side may be None), dates
    or postal codes; before, after: a date; in the last/next: a ``Span``; this/last/next: a period unit.
    """

    field: str
    op: Op
    value: object = None


@dataclass(frozen=True)
class Group:
    match: Match = Match.ALL
    items: tuple[Condition | Group, ...] = ()


@dataclass(frozen=True)
class Criteria:
    target: str
    root: Group = field(default_factory=Group)

    def conditions(self) -> Iterator[Condition]:
        yield from iter_conditions(self.root)


def iter_conditions(group: Group) -> Iterator[Condition]:
    for item in group.items:
        if isinstance(item, Group):
            yield from iter_conditions(item)
        else:
            yield item


def all_of(target: str, *items: Condition | Group) -> Criteria:
    return Criteria(target, Group(Match.ALL, tuple(items)))


# --- validation -----------------------------------------------------------------------------------

UNKNOWN_TARGET = QT_TRANSLATE_NOOP("Messages", "A selection holds companies or persons, not \"{value}\".")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Messages", "Row {row}: there is no field \"{field}\".")
BAD_OPERATOR = QT_TRANSLATE_NOOP("Messages", "Row {row}: the operator \"{op}\" does not fit the field {field}.")
VALUE_MISSING = QT_TRANSLATE_NOOP("Messages", "Row {row}: choose or type a value.")
VALUE_INVALID = QT_TRANSLATE_NOOP("Messages", "Row {row}: \"{value}\" is not a valid value here.")
POSTAL_RANGE_INVALID = QT_TRANSLATE_NOOP(
    "Messages", "Row {row}: \"{value}\" is not a Dutch postal code range; write it as 3500 AA-3599 ZZ.")
RANGE_REVERSED = QT_TRANSLATE_NOOP("Messages", "Row {row}: the first value of a range must not be above the second.")
UNKNOWN_LIST_VALUES = QT_TRANSLATE_NOOP("Messages", "Not in the list {list}: {names}.")
FILE_INVALID = QT_TRANSLATE_NOOP("Messages", "This is not a selection definition file: {detail}")
FILE_TOO_NEW = QT_TRANSLATE_NOOP(
    "Messages", "This selection file has format version {found}; this version of the app reads up to {supported}.")


class CriteriaError(ValueError):
    """Criteria that cannot run, or a definition file that cannot be read; carries messages."""

    def __init__(self, messages: list[Message]) -> None:
        super().__init__("; ".join(m.english() for m in messages))
        self.messages = messages


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_condition(target: str, cond: Condition, row: int) -> Message | None:
    """What is wrong with one row (``row`` counts from 1 in messages), or None."""
    spec = field_spec(target, cond.field)
    if spec is None:
        return Message(UNKNOWN_FIELD, {"row": row, "field": cond.field})
    if cond.op not in spec.ops:
        return Message(BAD_OPERATOR, {"row": row, "op": str(cond.op), "field": spec.label})
    value, op = cond.value, cond.op
    missing = Message(VALUE_MISSING, {"row": row})
    invalid = Message(VALUE_INVALID, {"row": row, "value": value})
    if op in NO_VALUE_OPS:
        return None
    if op in LIST_OPS:
        if not isinstance(value, tuple) or not value:
            return missing
        return None if all(_is_int(v) for v in value) else invalid
    if op in SPAN_OPS:
        if not isinstance(value, Span):
            return missing
        return None if value.unit in SPAN_UNITS and _is_int(value.n) and 0 < value.n <= 10_000 else invalid
    if op in PERIOD_OPS:
        return None if value in PERIOD_UNITS else missing
    if spec.kind == Kind.BOOL:
        return None if isinstance(value, bool) else missing
    if spec.kind == Kind.DATE:
        if op == Op.BETWEEN:
            if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, date) for v in value)):
                return missing
            return Message(RANGE_REVERSED, {"row": row}) if value[0] > value[1] else None
        return None if isinstance(value, date) else missing
    if spec.kind == Kind.NUMBER:
        if op == Op.BETWEEN:
            if not (isinstance(value, tuple) and len(value) == 2) or value == (None, None):
                return missing
            if not all(v is None or _is_int(v) for v in value):
                return invalid
            low, high = value
            return Message(RANGE_REVERSED, {"row": row}) if low is not None and high is not None and low > high \
                else None
        return None if _is_int(value) else missing
    if spec.kind == Kind.POSTAL and op == Op.BETWEEN:
        if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)):
            return missing
        if not all(_POSTAL_FULL.fullmatch(v) for v in value):
            return Message(POSTAL_RANGE_INVALID, {"row": row, "value": "-".join(value)})
        return Message(RANGE_REVERSED, {"row": row}) if value[0] > value[1] else None
    if not isinstance(value, str) or not value.strip():
        return missing
    return None


def validate(criteria: Criteria) -> list[Message]:
    """Every problem of the criteria, in row order; empty when they can run."""
    if criteria.target not in TARGETS:
        return [Message(UNKNOWN_TARGET, {"value": criteria.target})]
    problems = []
    for row, cond in enumerate(criteria.conditions(), start=1):
        problem = check_condition(criteria.target, cond, row)
        if problem is not None:
            problems.append(problem)
    return problems


def check(criteria: Criteria) -> Criteria:
    problems = validate(criteria)
    if problems:
        raise CriteriaError(problems)
    return criteria


# --- Dutch postal code ranges ---------------------------------------------------------------------

_POSTAL_FULL = re.compile(r"[1-9][0-9]{3} [A-Z]{2}")
_POSTAL_PART = re.compile(r"\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*")


def parse_postal_range(text: str) -> tuple[str, str] | None:
    """ "3500 AA-3599 ZZ", "3500-3599", "3500AA - 3599zz" or one code ("3511", "3511 AB") -> the first
    and last postal code of the range, written "1234 AB"; None when it is not a Dutch range."""
    parts = re.split(r"\s*[-–—]\s*|\s+t/m\s+|\s+tot en met\s+", text.strip(), maxsplit=1)
    if len(parts) == 1:
        parts = [parts[0], parts[0]]
    out = []
    for part, fill in zip(parts, ("AA", "ZZ"), strict=True):
        m = _POSTAL_PART.fullmatch(part)
        if not m:
            return None
        out.append(f"{m.group(1)} {(m.group(2) or fill).upper()}")
    low, high = out
    return (low, high) if low <= high else None


def format_postal_range(value: tuple[str, str]) -> str:
    return f"{value[0]}-{value[1]}"


def normalise_postal_prefix(text: str) -> str:
    """What "begins with" and "equals" compare a postal code with: "3511ab" -> "3511 AB"."""
    compact = "".join(text.split()).upper()
    if len(compact) > 4 and compact[:4].isdigit():
        return f"{compact[:4]} {compact[4:]}"
    full = normalise_postal_code(text, "NL")
    return full if full else text.strip().upper()


# --- relative dates -------------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _period_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())  # Monday, as in the Netherlands
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def _period_shift(start: date, unit: str, n: int) -> date:
    if unit == "week":
        return start + timedelta(weeks=n)
    return add_months(start, n * {"month": 1, "quarter": 3, "year": 12}[unit])


def _span_back(today: date, span: Span, sign: int) -> date:
    if span.unit == "days":
        return today + timedelta(days=sign * span.n)
    if span.unit == "weeks":
        return today + timedelta(weeks=sign * span.n)
    return add_months(today, sign * span.n)


def date_range(op: Op, value: object, today: date) -> tuple[date | None, date | None]:
    """The calendar days a date condition matches as [start, end) (either side None: open).

    "in the last N days" runs from N days before today up to and including today; "in the next N
    days" from today up to and including today + N. Weeks start on Monday.
    """
    one = timedelta(days=1)
    if op == Op.EQUALS:
        assert isinstance(value, date)
        return value, value + one
    if op == Op.BEFORE:
        assert isinstance(value, date)
        return None, value
    if op == Op.AFTER:
        assert isinstance(value, date)
        return value + one, None
    if op == Op.BETWEEN:
        low, high = value  # type: ignore[misc]
        return low, high + one
    if op == Op.IN_LAST:
        assert isinstance(value, Span)
        return _span_back(today, value, -1), today + one
    if op == Op.IN_NEXT:
        assert isinstance(value, Span)
        return today, _span_back(today, value, 1) + one
    assert isinstance(value, str)
    start = _period_start(today, value)
    shift = {Op.THIS: 0, Op.PREVIOUS: -1, Op.NEXT: 1}[op]
    start = _period_shift(start, value, shift)
    return start, _period_shift(start, value, 1)


# --- JSON -----------------------------------------------------------------------------------------

NameOf = Callable[[ListKind, int], str | None]
IdOf = Callable[[ListKind, str], int | None]


def _value_to_json(spec: FieldSpec, cond: Condition, name_of: NameOf | None) -> object:
    value = cond.value
    if cond.op in NO_VALUE_OPS:
        return None
    if cond.op in LIST_OPS:
        assert spec.list_kind is not None and isinstance(value, tuple)
        if name_of is None:
            return list(value)
        return [name_of(spec.list_kind, v) or f"#{v}" for v in value]
    if isinstance(value, Span):
        return {"n": value.n, "unit": value.unit}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [v.isoformat() if isinstance(v, date) else v for v in value]
    return value


def group_to_json(group: Group, target: str, name_of: NameOf | None = None) -> dict[str, object]:
    items: list[object] = []
    for item in group.items:
        if isinstance(item, Group):
            items.append(group_to_json(item, target, name_of))
            continue
        spec = field_spec(target, item.field)
        entry: dict[str, object] = {"field": item.field, "op": str(item.op)}
        if spec is not None and item.op not in NO_VALUE_OPS:
            entry["value"] = _value_to_json(spec, item, name_of)
        items.append(entry)
    return {"match": str(group.match), "rows": items}


def _bad(detail: str) -> CriteriaError:
    return CriteriaError([Message(FILE_INVALID, {"detail": detail})])


def _date(text: object, where: str) -> date:
    if not isinstance(text, str):
        raise _bad(f"{where}: a date is written as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _bad(f"{where}: \"{text}\" is not a date written as YYYY-MM-DD") from None


def _value_from_json(target: str, spec: FieldSpec, op: Op, raw: object, where: str, id_of: IdOf | None,
                     unknown: dict[ListKind, list[str]]) -> object:
    if op in NO_VALUE_OPS:
        return None
    if op in LIST_OPS:
        if not isinstance(raw, list) or not raw:
            raise _bad(f"{where}: \"value\" must be a list of names")
        assert spec.list_kind is not None
        ids: list[int] = []
        for v in raw:
            if id_of is None:
                if not _is_int(v):
                    raise _bad(f"{where}: list values are ids here")
                ids.append(v)  # type: ignore[arg-type]
                continue
            if not isinstance(v, str):
                raise _bad(f"{where}: list values are written by name")
            found = id_of(spec.list_kind, v)
            if found is None:
                unknown.setdefault(spec.list_kind, []).append(v)
            else:
                ids.append(found)
        return tuple(dict.fromkeys(ids))
    if op in SPAN_OPS:
        if not isinstance(raw, dict) or not _is_int(raw.get("n")) or raw.get("unit") not in SPAN_UNITS:
            raise _bad(f"{where}: write {{\"n\": 3, \"unit\": \"days|weeks|months\"}}")
        return Span(raw["n"], raw["unit"])
    if op in PERIOD_OPS:
        if raw not in PERIOD_UNITS:
            raise _bad(f"{where}: the value is one of week, month, quarter, year")
        return raw
    if spec.kind == Kind.DATE:
        if op == Op.BETWEEN:
            if not isinstance(raw, list) or len(raw) != 2:
                raise _bad(f"{where}: a range is a list of two values")
            return (_date(raw[0], where), _date(raw[1], where))
        return _date(raw, where)
    if op == Op.BETWEEN:
        if not isinstance(raw, list) or len(raw) != 2:
            raise _bad(f"{where}: a range is a list of two values")
        if spec.kind == Kind.POSTAL and all(isinstance(v, str) for v in raw):
            parsed = parse_postal_range(f"{raw[0]}-{raw[1]}")
            return parsed if parsed else (raw[0], raw[1])
        return tuple(raw)
    if spec.kind == Kind.BOOL:
        if not isinstance(raw, bool):
            raise _bad(f"{where}: the value is true or false")
        return raw
    if spec.kind == Kind.NUMBER:
        if not _is_int(raw):
            raise _bad(f"{where}: the value is a whole number")
        return raw
    if not isinstance(raw, str):
        raise _bad(f"{where}: the value is a text")
    return raw


def group_from_json(data: object, target: str, id_of: IdOf | None = None,
                    unknown: dict[ListKind, list[str]] | None = None, path: str = "criteria") -> Group:
    """Read a group written by ``group_to_json``; with ``id_of``, list values are names to look up
    (names not found are collected in ``unknown``); without it they are ids."""
    unknown = {} if unknown is None else unknown
    if not isinstance(data, dict):
        raise _bad(f"{path} must be an object with \"match\" and \"rows\"")
    try:
        match = Match(data.get("match", "all"))
    except ValueError:
        raise _bad(f"{path}: \"match\" is \"all\" or \"any\"") from None
    rows = data.get("rows", [])
    if not isinstance(rows, list):
        raise _bad(f"{path}: \"rows\" must be a list")
    items: list[Condition | Group] = []
    for i, row in enumerate(rows, start=1):
        where = f"{path}.rows[{i}]"
        if isinstance(row, dict) and "rows" in row:
            items.append(group_from_json(row, target, id_of, unknown, where))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("field"), str):
            raise _bad(f"{where} needs a \"field\"")
        spec = field_spec(target, row["field"])
        if spec is None:
            raise _bad(f"{where}: there is no {target} field \"{row['field']}\"")
        try:
            op = Op(row.get("op"))
        except ValueError:
            raise _bad(f"{where}: unknown operator \"{row.get('op')}\"") from None
        if op not in spec.ops:
            raise _bad(f"{where}: the operator \"{op}\" does not fit the field \"{spec.key}\"")
        value = _value_from_json(target, spec, op, row.get("value"), where, id_of, unknown)
        items.append(Condition(spec.key, op, value))
    return Group(match, tuple(items))


def criteria_to_json(criteria: Criteria, name_of: NameOf | None = None) -> dict[str, object]:
    return group_to_json(criteria.root, criteria.target, name_of)


def criteria_from_json(target: str, data: object, id_of: IdOf | None = None) -> Criteria:
    """Criteria from their JSON form; raises CriteriaError naming every unknown list value."""
    if target not in TARGETS:
        raise CriteriaError([Message(UNKNOWN_TARGET, {"value": target})])
    unknown: dict[ListKind, list[str]] = {}
    criteria = Criteria(target, group_from_json(data, target, id_of, unknown))
    if unknown:
        raise CriteriaError([Message(UNKNOWN_LIST_VALUES, {"list": _list_label(kind), "names": ", ".join(names)})
                             for kind, names in unknown.items()])
    return check(criteria)


def _list_label(kind: ListKind) -> str:
    return LIST_LABELS[kind]


# --- names ----------------------------------------------------------------------------------------
# Matching on names ignores case and diacritics: it compares folded text with the folded columns
# (company.name_sort, person.sort_key = "surname<US>first name<US>prefix").

SEP = "\x1f"


def name_words(text: str) -> list[str]:
    """The folded words of typed text; "contains" matches when every word occurs in the name."""
    return fold(text).split()


def company_name_key(text: str) -> str:
    return fold(text)


def person_prefix_key(text: str) -> str:
    """What a person's sort key begins with when their name "begins with" ``text``: the surname
    without its prefix ("van den Ber" -> "ber"); "Berg, J" also tests the first name."""
    if "," in text:
        last, first = text.split(",", 1)
        _, core = split_prefix(last.strip())
        return f"{fold(core)}{SEP}{fold(first)}" if fold(first) else fold(core)
    _, core = split_prefix(" ".join(text.split()))
    return fold(core)


def person_equal_keys(text: str) -> tuple[str, ...]:
    """The sort keys of every reading of ``text`` as "first name(s) [prefix] surname" (or "surname,
    first name"): a person's name equals ``text`` when their sort key is one of them."""
    if "," in text:
        last, first = text.split(",", 1)
        return (person_sort_key(last.strip(), None, first.strip()),)
    words = text.split()
    keys = [person_sort_key(" ".join(words[i:]), None, " ".join(words[:i])) for i in range(len(words))]
    return tuple(dict.fromkeys(k for k in keys if k.strip(SEP)))


def prefix_upper_bound(prefix: str) -> str:
    """The smallest text above every text that begins with ``prefix`` (for an index range)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\U0010ffff"


# --- selection definitions (shareable files) ------------------------------------------------------

KINDS = ("dynamic", "static", "combined")
OPERATIONS = ("union", "intersect", "first_only", "second_only")
OPERATION_LABELS: dict[str, str] = {
    "union": QT_TRANSLATE_NOOP("Criteria", "All (union)"),
    "intersect": QT_TRANSLATE_NOOP("Criteria", "Common (intersection)"),
    "first_only": QT_TRANSLATE_NOOP("Criteria", "Only in the first"),
    "second_only": QT_TRANSLATE_NOOP("Criteria", "Only in the second"),
}
KIND_LABELS: dict[str, str] = {
    "dynamic": QT_TRANSLATE_NOOP("Criteria", "Dynamic"),
    "static": QT_TRANSLATE_NOOP("Criteria", "Static"),
    "combined": QT_TRANSLATE_NOOP("Criteria", "Combined"),
}
TARGET_LABELS: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("Criteria", "Companies"),
    "person": QT_TRANSLATE_NOOP("Criteria", "Persons"),
}


@dataclass(frozen=True)
class Definition:
    """What a selection is, independent of any database: dynamic criteria, static members (record
    UUIDs), or two definitions combined by a set operation."""

    target: str
    kind: str = "dynamic"
    name: str = ""
    description: str = ""
    criteria: Criteria | None = None
    members: tuple[str, ...] = ()
    operation: str | None = None
    first: Definition | None = None
    second: Definition | None = None


def definition_to_json(definition: Definition, name_of: NameOf | None = None, *, top: bool = True) -> dict:
    out: dict[str, object] = {}
    if top:
        out.update({"format": FORMAT, "version": FORMAT_VERSION})
    out.update({"name": definition.name, "description": definition.description, "target": definition.target,
                "kind": definition.kind})
    if definition.kind == "dynamic":
        out["criteria"] = criteria_to_json(definition.criteria or Criteria(definition.target), name_of)
    elif definition.kind == "static":
        out["members"] = list(definition.members)
    else:
        assert definition.first is not None and definition.second is not None
        out["operation"] = definition.operation
        out["first"] = definition_to_json(definition.first, name_of, top=False)
        out["second"] = definition_to_json(definition.second, name_of, top=False)
    return out


def _definition(data: object, id_of: IdOf | None, unknown: dict[ListKind, list[str]], path: str,
                depth: int = 0) -> Definition:
    if not isinstance(data, dict):
        raise _bad(f"{path} must be a JSON object")
    if depth > 16:
        raise _bad(f"{path}: combined selections are nested too deeply")
    target = data.get("target")
    if target not in TARGETS:
        raise _bad(f"{path}: \"target\" must be \"company\" or \"person\"")
    kind = data.get("kind", "dynamic")
    if kind not in KINDS:
        raise _bad(f"{path}: \"kind\" must be one of {', '.join(KINDS)}")
    name, description = data.get("name", ""), data.get("description", "")
    if not isinstance(name, str) or not isinstance(description, str):
        raise _bad(f"{path}: \"name\" and \"description\" are texts")
    if kind == "dynamic":
        root = group_from_json(data.get("criteria", {"match": "all", "rows": []}), target, id_of, unknown,
                               f"{path}.criteria")
        return Definition(target, kind, name, description, Criteria(target, root))
    if kind == "static":
        members = data.get("members", [])
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise _bad(f"{path}: \"members\" must be a list of record UUIDs")
        return Definition(target, kind, name, description, members=tuple(members))
    operation = data.get("operation")
    if operation not in OPERATIONS:
        raise _bad(f"{path}: \"operation\" must be one of {', '.join(OPERATIONS)}")
    first = _definition(data.get("first"), id_of, unknown, f"{path}.first", depth + 1)
    second = _definition(data.get("second"), id_of, unknown, f"{path}.second", depth + 1)
    if first.target != target or second.target != target:
        raise _bad(f"{path}: both combined selections must have the target \"{target}\"")
    return Definition(target, kind, name, description, operation=operation, first=first, second=second)


def definition_from_json(data: object, id_of: IdOf | None = None) -> Definition:
    """A definition from its file form. Raises CriteriaError: a clear message for a malformed file,
    a newer format version, list value names that are not in this database (all of them), or
    criteria that cannot run."""
    if not isinstance(data, dict):
        raise _bad("the file must hold one JSON object")
    if data.get("format") != FORMAT:
        raise _bad(f"\"format\" must be \"{FORMAT}\"")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise _bad("\"version\" must be a whole number")
    if version > FORMAT_VERSION:
        raise CriteriaError([Message(FILE_TOO_NEW, {"found": version, "supported": FORMAT_VERSION})])
    unknown: dict[ListKind, list[str]] = {}
    definition = _definition(data, id_of, unknown, "selection")
    if unknown:
        raise CriteriaError([Message(UNKNOWN_LIST_VALUES, {"list": _list_label(kind),
                                                           "names": ", ".join(dict.fromkeys(names))})
                             for kind, names in unknown.items()])
    _check_definition(definition)
    return definition


def _check_definition(definition: Definition) -> None:
    if definition.criteria is not None:
        check(definition.criteria)
    for side in (definition.first, definition.second):
        if side is not None:
            _check_definition(side)


def parse_definition(text: str | bytes, id_of: IdOf | None = None) -> Definition:
    import json

    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(f"not valid JSON ({exc})") from None
    return definition_from_json(data, id_of)
