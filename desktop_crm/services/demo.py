"""Filling a database with realistic Dutch demo data, fast and reproducibly.

``generate`` appends companies and persons (with interests, subscriptions, lead statuses and a
journal row per record) to the open database. It writes with ``executemany`` on peewee's own cursor,
one transaction per chunk of about 20,000 records, so a million persons take minutes and the WAL
stays small. Everything that is drawn comes from one ``random.Random``: the same seed on the same
starting database gives the same data, UUIDs included (they are made from the record's creation time,
which lies in a fixed three-year window ending at ``WINDOW_END``, and bits from the generator).
Running it again on a database that already holds records mixes the highest ids into the seed, so
appended records differ from the first batch and their UUIDs cannot collide with it.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from peewee import JOIN

from desktop_crm.db import journal
from desktop_crm.db.connection import database, write_transaction
from desktop_crm.db.journal import SYSTEM, Actor
from desktop_crm.db.models import (
    Associate,
    Business,
    Category,
    CategoryGroup,
    CompanyInterest,
    LeadStatus,
    ListItemModel,
    PersonInterest,
    SubscriptionType,
)
from desktop_crm.domain import defaults as d
from desktop_crm.domain import demo_data as v
from desktop_crm.domain.entities import AssociateRole, GroupRole
from desktop_crm.domain.ids import new_uuid, uuid7_from
from desktop_crm.domain.names import company_sort_key, fold, person_sort_key

CHUNK_RECORDS = 20_000
SUBSCRIPTION_FIELD_PREFIX = "subscription:"  # the journal field services/subscriptions.py writes a change to
WINDOW_END = datetime(2026, 11, 1, tzinfo=UTC)
WINDOW_DAYS = 3 * 365
_END_MS = int(WINDOW_END.timestamp() * 1000)
_START_MS = _END_MS - WINDOW_DAYS * 86_400_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_MS = 86_400_000

Progress = Callable[[int, int], bool]


@dataclass
class DemoResult:
    companies: int
    persons: int
    stopped: bool = False  # the progress callback asked to stop; whole chunks were committed


def generate(companies: int, persons: int, seed: int = 1, progress: Progress | None = None,
             *, chunk_records: int = CHUNK_RECORDS) -> DemoResult:
    """Append ``companies`` companies and ``persons`` persons of demo data to the open database.

    About 2% of the persons have no company; the rest are spread 0-30 per company. ``progress(done,
    total)`` is called after each committed chunk (records = companies + persons); when it returns
    False, generation stops there and the result says how much was written.
    """
    if companies < 0 or persons < 0:
        raise ValueError("counts must be 0 or more")
    cursor = database.obj.cursor()
    max_c = cursor.execute("SELECT coalesce(max(id), 0) FROM company").fetchone()[0]
    max_p = cursor.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]
    rng = random.Random(f"desktop-crm-demo:{seed}:{max_c}:{max_p}")
    actor = _administrator()
    lists = _Lists.load(rng, actor)
    plan = _plan(rng, companies, persons)
    gen = _Generator(rng, lists, actor, plan)
    total = companies + persons
    done_c = done_p = 0
    try:
        for batch in _batches(plan, chunk_records):
            with write_transaction():
                cur = database.obj.cursor()
                next_c = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM company").fetchone()[0]
                next_p = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM person").fetchone()[0]
                rows = _Rows(actor)
                gen.chunk(rows, batch, next_c, next_p, companies)
                rows.write(cur)
            done_c += rows.companies
            done_p += rows.persons
            if progress is not None and progress(done_c + done_p, total) is False:
                return DemoResult(done_c, done_p, stopped=done_c + done_p < total)
    finally:
        _drop_stages()
    return DemoResult(done_c, done_p)


# --- Planning: how many persons each company gets --------------------------------------------------


@dataclass
class _Plan:
    per_company: list[int]  # persons of company i
    loose_after: list[int]  # persons without company written after company i
    loose_only: int  # persons without company when there are no companies


def _plan(rng: random.Random, companies: int, persons: int) -> _Plan:
    if companies == 0:
        return _Plan([], [], persons)
    loose = round(persons * 0.02)
    attached = persons - loose
    mean = attached / companies
    cap = max(30, math.ceil(mean * 2.5))
    weights = [rng.gammavariate(2.0, 1.0) for _ in range(companies)]
    scale = attached / sum(weights)
    counts = [min(cap, int(w * scale)) for w in weights]
    missing = attached - sum(counts)
    while missing > 0:
        i = int(rng.random() * companies)
        if counts[i] < cap:
            counts[i] += 1
            missing -= 1
    loose_after = [0] * companies
    for _ in range(loose):
        loose_after[int(rng.random() * companies)] += 1
    return _Plan(counts, loose_after, 0)


def _batches(plan: _Plan, chunk_records: int) -> list[tuple[int, int, int]]:
    """(first company, end company, loose persons) per chunk; a company stays with its persons."""
    out: list[tuple[int, int, int]] = []
    if not plan.per_company:
        left = plan.loose_only
        while left > 0:
            n = min(chunk_records, left)
            out.append((0, 0, n))
            left -= n
        return out
    start, size = 0, 0
    for i, (n, loose) in enumerate(zip(plan.per_company, plan.loose_after, strict=True)):
        size += 1 + n + loose
        if size >= chunk_records:
            out.append((start, i + 1, -1))
            start, size = i + 1, 0
    if start < len(plan.per_company):
        out.append((start, len(plan.per_company), -1))
    return out


# --- Lists the records point into --------------------------------------------------------------------


def _administrator() -> Actor:
    row = (Associate.select().where(Associate.role == AssociateRole.ADMINISTRATOR.value,
                                    Associate.deleted_at.is_null())
           .order_by(Associate.rank, Associate.id).first())
    return Actor(row.id, row.uuid, row.name, row.role) if row else SYSTEM


def _items(model: type[ListItemModel]) -> list[tuple]:
    """(id, uuid, name) of the items that can be chosen (not deleted, not hidden), in list order."""
    query = (model.select(model.id, model.uuid, model.name)
             .where(model.deleted_at.is_null(), model.hidden == False)  # noqa: E712 - peewee expression
             .order_by(model.rank, model.id))
    return list(query.tuples())


def _weighted(pairs: Sequence[tuple[object, int]]) -> list:
    """A lookup table in which each value occurs as often as its weight."""
    return [value for value, weight in pairs for _ in range(max(weight, 0))]


def _key_of(name: str, texts: Sequence[tuple[str, d.Text]]) -> str | None:
    folded = fold(name)
    return next((key for key, text in texts if folded in (fold(text.nl), fold(text.en))), None)


@dataclass
class _Lists:
    categories: list  # weighted table of (id, uuid, lead_active)
    statuses: list  # weighted table of (id, uuid)
    business_by_name: dict[str, tuple[int, str]]
    businesses: list[tuple[int, str]]
    company_interests: list[tuple[int, str]]
    person_interests: list[tuple[int, str]]
    subscription_types: list  # weighted table of (type id, type uuid)

    @classmethod
    def load(cls, rng: random.Random, actor: Actor) -> _Lists:
        english = journal.get_meta("language", "nl") == "en"
        _create_missing_lists(rng, actor, english)
        cats = (Category.select(Category.id, Category.uuid, Category.name, Category.lead_enabled,
                                CategoryGroup.role)
                .join(CategoryGroup, on=(Category.group == CategoryGroup.id), join_type=JOIN.LEFT_OUTER)
                .where(Category.deleted_at.is_null(), Category.hidden == False)  # noqa: E712
                .order_by(Category.rank, Category.id).tuples())
        cat_texts = [(c.key, c.name) for c in d.CATEGORIES]
        categories = _weighted([
            ((cid, uuid, bool(lead) and role == GroupRole.PROSPECT.value),
             v.CATEGORY_WEIGHTS.get(_key_of(name, cat_texts) or "", v.OTHER_CATEGORY_WEIGHT))
            for cid, uuid, name, lead, role in cats])
        status_texts = [(s.key, s.name) for s in d.LEAD_STATUSES]
        statuses = _weighted([
            ((sid, uuid), v.LEAD_STATUS_WEIGHTS.get(_key_of(name, status_texts) or "",
                                                     v.OTHER_LEAD_STATUS_WEIGHT))
            for sid, uuid, name in _items(LeadStatus)])
        businesses = [(bid, uuid) for bid, uuid, _ in _items(Business)]
        by_name: dict[str, tuple[int, str]] = {}
        for bid, uuid, name in _items(Business):
            for text in d.BUSINESSES:
                if fold(name) in (fold(text.nl), fold(text.en)):
                    by_name[text.nl] = (bid, uuid)
        sub_weights = {fold(n): t.weight for t in v.SUBSCRIPTION_TYPES for n in t.name}
        sub_types = _weighted([((sid, uuid), sub_weights.get(fold(name), 3))
                               for sid, uuid, name in _items(SubscriptionType)])
        return cls(categories, statuses, by_name, businesses,
                   [(i, u) for i, u, _ in _items(CompanyInterest)],
                   [(i, u) for i, u, _ in _items(PersonInterest)], sub_types)


def _create_missing_lists(rng: random.Random, actor: Actor, english: bool) -> None:
    """Add the demo interests and subscription types to lists that are still empty."""
    pick = 1 if english else 0
    wanted: list[tuple[type[ListItemModel], str, list[tuple[str, dict]]]] = [
        (CompanyInterest, "company_interest", [(n[pick], {}) for n in v.COMPANY_INTERESTS]),
        (PersonInterest, "person_interest", [(n[pick], {}) for n in v.PERSON_INTERESTS]),
        (SubscriptionType, "subscription_type",
         [(t.name[pick], {"purpose": t.purpose[pick], "legal_basis": "consent"}) for t in v.SUBSCRIPTION_TYPES]),
    ]
    at = _iso(_START_MS)
    todo = [w for w in wanted if not w[0].select().where(w[0].deleted_at.is_null()).exists()]
    if not todo:
        return
    with journal.action(actor) as act:
        for model, kind, entries in todo:
            for rank, (name, extra) in enumerate(entries):
                uuid = uuid7_from(_START_MS, rng.getrandbits(74))
                model.insert(uuid=uuid, created_at=at, updated_at=at, changed_by=actor.id, name=name,
                             rank=rank, **extra).execute()
                act.log(kind, uuid, "create", None, None, {"name": name, "rank": rank, **extra})


# --- Making rows ---------------------------------------------------------------------------------------

_day_prefix: dict[int, str] = {}


def _iso(ms: int) -> str:
    """UTC milliseconds as the app's timestamp text: "2025-03-01T09:15:02.123Z"."""
    day, rest = divmod(ms, _DAY_MS)
    prefix = _day_prefix.get(day)
    if prefix is None:
        prefix = _day_prefix[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%dT")
    secs, milli = divmod(rest, 1000)
    minutes, secs = divmod(secs, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{prefix}{hours:02d}:{minutes:02d}:{secs:02d}.{milli:03d}Z"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_slugs: dict[str, str] = {}


def _slug(text: str) -> str:
    s = _slugs.get(text)
    if s is None:
        s = _slugs[text] = _NOT_SLUG.sub("", fold(text))
    return s


def _zipf(values: Sequence, offset: int = 8, size: int = 4000) -> list:
    """A table favouring the front of ``values`` (weight 1/(rank+offset))."""
    weights = [1 / (i + offset) for i in range(len(values))]
    scale = size / sum(weights)
    return _weighted([(value, max(1, round(w * scale))) for value, w in zip(values, weights, strict=True)])


def _company_surname(middle: str, last: str) -> str:
    return f"{middle[0].upper()}{middle[1:]} {last}" if middle else last


_LETTERS = [a + b for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            if a + b not in v.UNUSED_POSTAL_LETTERS]

COMPANY_COLUMNS = (
    "id, uuid, created_at, updated_at, version, changed_by, name, name_sort, department, category_id, business_id,"
    " kvk, vat, street, postal_code, city, country, phone, email, website, employees, branches, our_contact_id")
PERSON_COLUMNS = (
    "id, uuid, created_at, updated_at, version, changed_by, company_id, salutation, first_name, middle_name,"
    " last_name, sort_key, position, email, phone, mobile, lead_status_id, left_company")
JOURNAL_COLUMNS = "hlc, tx, origin, record_kind, record_uuid, op, new_value, at, associate_uuid, associate_name"
# Rows of tables with search-index triggers go through a temporary staging table and then into the real
# table with one INSERT ... SELECT: the triggers still fire for every row, but FTS5 then keeps its pending
# terms in memory for the whole statement instead of flushing a tiny segment at every row's statement
# savepoint (measured: person rows 15k/s one by one, 50k/s staged). The journal is staged as well, so its
# AUTOINCREMENT counter is written once per chunk.
_STAGED = {"company": COMPANY_COLUMNS, "person": PERSON_COLUMNS, "journal": JOURNAL_COLUMNS}

# The journal's JSON: the same text as ``journal.encode`` (one encoder, not one per call).
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _stage_insert(cur, table: str, rows: list[tuple]) -> None:
    columns = _STAGED[table]
    stage = f"temp.demo_stage_{table}"
    cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS demo_stage_{table} AS SELECT {columns} FROM main.{table} WHERE 0")
    cur.executemany(f"INSERT INTO {stage} ({columns}) VALUES ({','.join('?' * (columns.count(',') + 1))})", rows)
    cur.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM {stage} ORDER BY rowid")
    cur.execute(f"DELETE FROM {stage}")


def _drop_stages() -> None:
    for name in _STAGED:
        database.obj.execute_sql(f"DROP TABLE IF EXISTS temp.demo_stage_{name}")


class _Rows:
    """One chunk's rows per table, and its journal rows stamped by the shared HLC clock."""

    def __init__(self, actor: Actor) -> None:
        self.companies = self.persons = 0
        self.company: list[tuple] = []
        self.person: list[tuple] = []
        self.company_links: list[tuple[int, int]] = []
        self.person_links: list[tuple[int, int]] = []
        self.subscriptions: list[tuple] = []
        self.events: list[tuple] = []
        self.journal: list[tuple] = []
        self.clock = journal._load_clock()  # inside the chunk's transaction: continues after every writer
        self.now = self.clock.now
        self.head = (new_uuid(), self.clock.node)
        self.tail = (journal.utc_now(), actor.uuid, actor.name)

    def log(self, kind: str, record_uuid: str, snapshot: dict[str, object]) -> None:
        """One 'create' row, as ``journal.Action.log`` writes it (field and old value NULL)."""
        self.journal.append((self.now().encode(), *self.head, kind, record_uuid, "create", _encode(snapshot),
                             *self.tail))

    def write(self, cur) -> None:
        _stage_insert(cur, "company", self.company)
        _stage_insert(cur, "person", self.person)
        cur.executemany("INSERT INTO company_interest_link (company_id, interest_id) VALUES (?,?)",
                        self.company_links)
        cur.executemany("INSERT INTO person_interest_link (person_id, interest_id) VALUES (?,?)",
                        self.person_links)
        cur.executemany("INSERT INTO subscription (person_id, type_id, state, changed_at, source, legal_basis,"
                        " recorded_by) VALUES (?,?,?,?,?,'consent',?)", self.subscriptions)
        cur.executemany("INSERT INTO subscription_event (uuid, person_id, type_id, state, at, source, legal_basis,"
                        " recorded_by) VALUES (?,?,?,?,?,?,'consent',?)", self.events)
        _stage_insert(cur, "journal", self.journal)
        journal.set_meta("hlc_last", self.clock.last.encode())


class _Generator:
    """Draws companies and persons; all randomness comes from ``rng``."""

    def __init__(self, rng: random.Random, lists: _Lists, actor: Actor, plan: _Plan) -> None:
        self.rng = rng
        self.plan = plan
        self.r = rng.random
        self.lists = lists
        self.actor_id = actor.id
        self.actor_uuid = actor.uuid
        self.cities = _weighted([(c, c.weight) for c in v.CITIES])
        self.surnames = _zipf(v.SURNAMES)
        self.first_names = {"m": _zipf(v.MALE_FIRST_NAMES), "f": _zipf(v.FEMALE_FIRST_NAMES)}
        self.positions = _zipf(v.POSITIONS, offset=4)
        self.patterns = _weighted([(p, w) for p, _, w in v.COMPANY_PATTERNS])
        self.pattern_business = {p: b for p, b, _ in v.COMPANY_PATTERNS}
        self.sort_keys: dict[tuple[str, str, str], str] = {}

    # small helpers -----------------------------------------------------------------------------
    def pick(self, table: Sequence):
        return table[int(self.r() * len(table))]

    def uuid(self, ms: int) -> str:
        return uuid7_from(ms, self.rng.getrandbits(74))

    def digits(self, n: int) -> str:
        return str(int(self.r() * 8 * 10 ** (n - 1)) + 2 * 10 ** (n - 1))  # first digit 2-9

    def phone(self, area: str) -> str:
        if len(area) == 2:
            return f"+31 {area} {self.digits(3)} {int(self.r() * 10_000):04d}"
        return f"+31 {area} {self.digits(3)} {int(self.r() * 1000):03d}"

    def mobile(self) -> str:
        return f"+31 6 {self.pick(v.MOBILE_PREFIXES)}{int(self.r() * 10_000_000):07d}"

    def interests(self, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
        x = self.r()
        n = 0 if x < 0.3 else 1 if x < 0.6 else 2 if x < 0.8 else 3 if x < 0.92 else 4
        n = min(n, len(items))
        return sorted(self.rng.sample(items, n)) if n else []

    def later(self, ms: int, mean_days: float) -> int:
        """A moment after ``ms``, exponentially spread, never after the window's end."""
        return min(_END_MS - 1, ms + int(-math.log(1.0 - self.r()) * mean_days * _DAY_MS))

    # chunks ------------------------------------------------------------------------------------
    def chunk(self, rows: _Rows, batch: tuple[int, int, int], next_c: int, next_p: int, companies: int) -> None:
        first, end, loose_only = batch
        plan = self.plan
        pid = next_p
        span = (_END_MS - _START_MS) / max(companies, 1)
        for i in range(first, end):
            cid = next_c + (i - first)
            created = int(_START_MS + (i + self.r()) * span)
            company = self.company(rows, cid, created)
            for _ in range(plan.per_company[i]):
                self.person(rows, pid, company, self.later(created, 90))
                pid += 1
            for _ in range(plan.loose_after[i]):
                self.person(rows, pid, None, _START_MS + int(self.r() * (_END_MS - _START_MS)))
                pid += 1
        for _ in range(max(loose_only, 0)):
            self.person(rows, pid, None, _START_MS + int(self.r() * (_END_MS - _START_MS)))
            pid += 1

    def company(self, rows: _Rows, cid: int, created: int) -> tuple:
        r, lists = self.r, self.lists
        city: v.City = self.pick(self.cities)
        pattern = self.pick(self.patterns)
        middle, last = self.pick(self.surnames)
        middle2, last2 = self.pick(self.surnames)
        name = pattern.format(surname=_company_surname(middle, last), surname2=_company_surname(middle2, last2),
                              city=city.name, word=self.pick(v.COMPANY_WORDS))
        category = None if r() < 0.10 or not lists.categories else self.pick(lists.categories)
        business = None
        if r() < 0.80 and lists.businesses:
            business = lists.business_by_name.get(self.pattern_business[pattern]) if r() < 0.85 else None
            business = business or self.pick(lists.businesses)
        domain = _slug(" ".join(w for w in name.split() if w.casefold() not in v.LEGAL_FORM_WORDS)) + ".nl"
        postal = int(city.postal_from + r() * (city.postal_to - city.postal_from + 1))
        number = int(1 + -math.log(1.0 - r()) * 40)
        street = f"{self.pick(v.STREETS)} {number}{self.pick(v.HOUSE_NUMBER_SUFFIXES) if r() < 0.08 else ''}"
        values = {
            "name": name,
            "department": self.pick(v.DEPARTMENTS) if r() < 0.03 else "",
            "kvk": f"{int(10_000_000 + r() * 90_000_000)}" if r() < 0.70 else "",
            "vat": f"NL{int(r() * 1_000_000_000):09d}B01" if r() < 0.45 else "",
            "street": street,
            "postal_code": f"{postal} {self.pick(_LETTERS)}",
            "city": city.name,
            "country": "Nederland",
            "phone": self.phone(city.area_code) if r() < 0.92 else "",
            "email": f"{self.pick(v.COMPANY_MAIL_NAMES)}@{domain}" if r() < 0.80 else "",
            "website": f"www.{domain}" if r() < 0.70 else "",
            "employees": min(5000, int(r() ** 3 * 240) + 1) if r() < 0.85 else None,
            "branches": (1 if r() < 0.7 else int(2 + r() ** 2 * 12)) if r() < 0.75 else None,
        }
        our_contact = self.actor_id if r() < 0.6 else None
        uuid = self.uuid(created)
        at = _iso(created)
        cat_id = category[0] if category else None
        rows.company.append((
            cid, uuid, at, at, 1, self.actor_id, name, company_sort_key(name), values["department"], cat_id,
            business[0] if business else None, values["kvk"], values["vat"], street, values["postal_code"],
            city.name, "Nederland", values["phone"], values["email"], values["website"], values["employees"],
            values["branches"], our_contact))
        interests = self.interests(self.lists.company_interests)
        rows.company_links.extend((cid, iid) for iid, _ in interests)
        logged = {k: val for k, val in values.items() if val not in ("", None)}
        if category:
            logged["category_id"] = category[1]
        if business:
            logged["business_id"] = business[1]
        if our_contact is not None:
            logged["our_contact_id"] = self.actor_uuid
        if interests:
            logged["interest_ids"] = sorted(u for _, u in interests)
        rows.log("company", uuid, logged)
        rows.companies += 1
        lead_active = bool(category and category[2])
        hidden_ok = category is not None and not lead_active
        area = city.area_code
        return cid, uuid, lead_active, hidden_ok, domain, area, (middle, last)

    def person(self, rows: _Rows, pid: int, company: tuple | None, created: int) -> None:
        r, lists = self.r, self.lists
        gender = "m" if r() < 0.5 else "f"
        first = self.pick(self.first_names[gender])
        if company is not None and r() < 0.12:
            middle, last = company[6]  # family business
        else:
            middle, last = self.pick(self.surnames)
        x = r()
        salutation = "" if x < 0.15 else self.pick(v.TITLES) if x < 0.20 else self.pick(v.SALUTATIONS[gender])
        key = (last, middle, first)
        sort_key = self.sort_keys.get(key)
        if sort_key is None:
            sort_key = self.sort_keys[key] = person_sort_key(last, middle, first)
        f_slug, l_slug = _slug(first), _slug(middle + last)
        email = ""
        if company is not None:
            position = self.pick(self.positions) if r() < 0.80 else ""
            if r() < 0.85:
                x = r()
                local = (f"{f_slug}.{l_slug}" if x < 0.45 else f"{f_slug[0]}.{l_slug}" if x < 0.75
                         else f_slug if x < 0.9 else f"{f_slug[0]}{l_slug}")
                email = f"{local}@{company[4]}"
            phone = self.phone(company[5]) if r() < 0.45 else ""
        else:
            position = ""
            if r() < 0.70:
                email = f"{f_slug}.{l_slug}{int(r() * 100) if r() < 0.3 else ''}@{self.pick(v.PERSONAL_MAIL_DOMAINS)}"
            phone = self.phone(self.pick(self.cities).area_code) if r() < 0.30 else ""
        mobile = self.mobile() if r() < 0.60 else ""
        status = None
        if company is not None and (company[2] or (company[3] and r() < 0.05)) and lists.statuses:
            status = self.pick(lists.statuses)
        left = 1 if company is not None and r() < 0.03 else 0
        uuid = self.uuid(created)
        at = _iso(created)
        rows.person.append((pid, uuid, at, at, 1, self.actor_id, company[0] if company else None, salutation, first,
                            middle, last, sort_key, position, email, phone, mobile,
                            status[0] if status else None, left))
        interests = self.interests(lists.person_interests)
        rows.person_links.extend((pid, iid) for iid, _ in interests)
        logged: dict[str, object] = {"first_name": first, "last_name": last}
        if company is not None:
            logged["company_id"] = company[1]
        for name, val in (("salutation", salutation), ("middle_name", middle), ("position", position),
                          ("email", email), ("phone", phone), ("mobile", mobile)):
            if val:
                logged[name] = val
        if status:
            logged["lead_status_id"] = status[1]
        if left:
            logged["left_company"] = True
        if interests:
            logged["interest_ids"] = sorted(u for _, u in interests)
        if email and lists.subscription_types and r() < 0.47:
            logged.update(self.subscribe(rows, pid, created))
        rows.log("person", uuid, logged)
        rows.persons += 1

    def subscribe(self, rows: _Rows, pid: int, created: int) -> dict[str, str]:
        """Subscribe the person to 1-3 types (some unsubscribed later); returns the journal fields."""
        r, types = self.r, self.lists.subscription_types
        wanted = 1 if r() < 0.6 else 2 if r() < 0.8 else 3
        chosen: list[tuple[int, str]] = []
        for _ in range(wanted * 3):
            t = self.pick(types)
            if t not in chosen:
                chosen.append(t)
            if len(chosen) == wanted:
                break
        logged = {}
        for type_id, type_uuid in chosen:
            at_ms = self.later(created, 30)
            source = self.pick(v.SUBSCRIPTION_SOURCES)
            rows.events.append((self.uuid(at_ms), pid, type_id, "subscribed", _iso(at_ms), source, self.actor_id))
            state = "subscribed"
            if r() < 0.2:
                at_ms = self.later(at_ms, 200)
                source = "email" if r() < 0.7 else "form"
                state = "unsubscribed"
                rows.events.append((self.uuid(at_ms), pid, type_id, state, _iso(at_ms), source, self.actor_id))
            rows.subscriptions.append((pid, type_id, state, _iso(at_ms), source, self.actor_id))
            logged[SUBSCRIPTION_FIELD_PREFIX + type_uuid] = state
        return logged
