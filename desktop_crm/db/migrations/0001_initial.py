"""The first schema: records, lists, interests, subscriptions, the change journal, the search index.

Migrations are frozen SQL: they never import the models, which keep changing after them.
"""

RECORD = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    changed_by INTEGER REFERENCES associate(id),
    deleted_at TEXT
"""

LIST_ITEM = RECORD + """,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    rank INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    f"""CREATE TABLE associate ({LIST_ITEM},
        role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('administrator', 'user', 'read_only')),
        login TEXT NOT NULL DEFAULT '',
        password_hash TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE category_group ({LIST_ITEM},
        role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('prospect', 'customer', 'other')))""",
    f"""CREATE TABLE category ({LIST_ITEM},
        group_id INTEGER REFERENCES category_group(id),
        lead_enabled INTEGER NOT NULL DEFAULT 0)""",
    f"CREATE TABLE business ({LIST_ITEM})",
    f"CREATE TABLE company_interest ({LIST_ITEM})",
    f"CREATE TABLE person_interest ({LIST_ITEM})",
    f"""CREATE TABLE subscription_type ({LIST_ITEM},
        purpose TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT 'consent')""",
    f"""CREATE TABLE lead_status ({LIST_ITEM},
        is_default INTEGER NOT NULL DEFAULT 0)""",
    "CREATE UNIQUE INDEX lead_status_one_default ON lead_status(is_default) WHERE is_default = 1",
    f"""CREATE TABLE company ({RECORD},
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        category_id INTEGER REFERENCES category(id),
        business_id INTEGER REFERENCES business(id),
        kvk TEXT NOT NULL DEFAULT '',
        vat TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        employees INTEGER,
        branches INTEGER,
        our_contact_id INTEGER REFERENCES associate(id),
        notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX company_by_name ON company(name_sort, id) WHERE deleted_at IS NULL",
    "CREATE INDEX company_by_category ON company(category_id)",
    "CREATE INDEX company_by_business ON company(business_id)",
    "CREATE INDEX company_by_postal_code ON company(postal_code)",
    "CREATE INDEX company_by_kvk ON company(kvk) WHERE kvk != ''",
    "CREATE INDEX company_by_our_contact ON company(our_contact_id)",
    f"""CREATE TABLE person ({RECORD},
        company_id INTEGER REFERENCES company(id),
        salutation TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        middle_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        mobile TEXT NOT NULL DEFAULT '',
        lead_status_id INTEGER REFERENCES lead_status(id),
        notes TEXT NOT NULL DEFAULT '',
        left_company INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX person_by_name ON person(sort_key, id) WHERE deleted_at IS NULL",
    "CREATE INDEX person_by_company ON person(company_id)",
    "CREATE INDEX person_by_lead_status ON person(lead_status_id)",
    "CREATE INDEX person_by_email ON person(email) WHERE email != ''",
    """CREATE TABLE company_interest_link (
        company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        interest_id INTEGER NOT NULL REFERENCES company_interest(id),
        PRIMARY KEY (company_id, interest_id)) WITHOUT ROWID""",
    "CREATE INDEX company_interest_link_by_interest ON company_interest_link(interest_id, company_id)",
    """CREATE TABLE person_interest_link (
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        interest_id INTEGER NOT NULL REFERENCES person_interest(id),
        PRIMARY KEY (person_id, interest_id)) WITHOUT ROWID""",
    "CREATE INDEX person_interest_link_by_interest ON person_interest_link(interest_id, person_id)",
    # The current state of each person's subscription to each type (fast to select on) ...
    """CREATE TABLE subscription (
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        type_id INTEGER NOT NULL REFERENCES subscription_type(id),
        state TEXT NOT NULL CHECK (state IN ('subscribed', 'unsubscribed')),
        changed_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT 'consent',
        recorded_by INTEGER REFERENCES associate(id),
        PRIMARY KEY (person_id, type_id)) WITHOUT ROWID""",
    "CREATE INDEX subscription_by_type ON subscription(type_id, state, person_id)",
    # ... and every change to it, never deleted: the GDPR proof of consent.
    """CREATE TABLE subscription_event (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        type_id INTEGER NOT NULL REFERENCES subscription_type(id),
        state TEXT NOT NULL CHECK (state IN ('subscribed', 'unsubscribed')),
        at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT 'consent',
        recorded_by INTEGER REFERENCES associate(id),
        note TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX subscription_event_by_person ON subscription_event(person_id, type_id, at)",
    # The change journal: one row per changed field, in the transaction that changed it.
    """CREATE TABLE journal (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        hlc TEXT NOT NULL,
        tx TEXT NOT NULL,
        origin TEXT NOT NULL,
        record_kind TEXT NOT NULL,
        record_uuid TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
        field TEXT,
        old_value TEXT,
        new_value TEXT,
        at TEXT NOT NULL,
        associate_uuid TEXT,
        associate_name TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX journal_by_record ON journal(record_uuid, seq)",
    "CREATE INDEX journal_by_tx ON journal(tx)",
    "CREATE INDEX journal_by_hlc ON journal(hlc)",
    # Quick search: external-content FTS5 tables over company and person, kept in step by triggers
    # in the same transaction. Case and diacritics are folded by the tokenizer; phone numbers are
    # indexed as digits in national form so "0201234567" and "020" both find "+31 20 123 4567".
    """CREATE VIRTUAL TABLE company_fts USING fts5(
        name, city, postal_code, email, phone, kvk,
        content='company', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        name, email, phone,
        content='person', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
]

COMPANY_FTS_VALUES = (
    "{r}.name, {r}.city, {r}.postal_code || ' ' || replace({r}.postal_code, ' ', ''), "
    "{r}.email, "
    "replace(replace(replace({r}.phone, ' ', ''), '-', ''), '+31', '0'), {r}.kvk"
)
PERSON_FTS_VALUES = (
    "{r}.first_name || ' ' || {r}.middle_name || ' ' || {r}.last_name, "
    "{r}.email, "
    "replace(replace(replace({r}.phone, ' ', ''), '-', ''), '+31', '0') || ' ' || "
    "replace(replace(replace({r}.mobile, ' ', ''), '-', ''), '+31', '0')"
)


def _fts_triggers(table: str, columns: str, values: str, watched: str) -> list[str]:
    fts = f"{table}_fts"
    old, new = values.format(r="old"), values.format(r="new")
    return [
        f"""CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new}); END""",
        f"""CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} WHEN old.deleted_at IS NULL BEGIN
            INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old}); END""",
        f"""CREATE TRIGGER {table}_fts_update_old AFTER UPDATE OF {watched} ON {table}
            WHEN old.deleted_at IS NULL BEGIN
            INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old}); END""",
        f"""CREATE TRIGGER {table}_fts_update_new AFTER UPDATE OF {watched} ON {table}
            WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new}); END""",
    ]


TRIGGERS = _fts_triggers(
    "company", "name, city, postal_code, email, phone, kvk", COMPANY_FTS_VALUES,
    "name, city, postal_code, email, phone, kvk, deleted_at",
) + _fts_triggers(
    "person", "name, email, phone", PERSON_FTS_VALUES,
    "first_name, middle_name, last_name, email, phone, mobile, deleted_at",
)


def migrate(execute) -> None:
    for statement in STATEMENTS + TRIGGERS:
        execute(statement)
