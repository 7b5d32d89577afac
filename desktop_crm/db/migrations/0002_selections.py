"""Saved selections: dynamic (criteria run on open), static (frozen members) and combined ones.

``selection`` is a record like the others (UUIDv7, timestamps, version, who, tombstone). A dynamic
selection keeps its criteria as JSON (list values by id inside the database; files carry names).
A static one keeps its members in ``selection_member``. A combined one names two other selections
and a set operation, and is evaluated as SQL over both definitions each time it runs.
"""

STATEMENTS = [
    """CREATE TABLE selection (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        changed_by INTEGER REFERENCES associate(id),
        deleted_at TEXT,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL CHECK (target IN ('company', 'person')),
        kind TEXT NOT NULL CHECK (kind IN ('dynamic', 'static', 'combined')),
        criteria_json TEXT NOT NULL DEFAULT '',
        combine_op TEXT CHECK (combine_op IS NULL OR combine_op IN ('union', 'intersect', 'first_only',
                                                                     'second_only')),
        left_id INTEGER REFERENCES selection(id),
        right_id INTEGER REFERENCES selection(id))""",
    "CREATE INDEX selection_by_name ON selection(name COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    """CREATE TABLE selection_member (
        selection_id INTEGER NOT NULL REFERENCES selection(id) ON DELETE CASCADE,
        record_id INTEGER NOT NULL,
        PRIMARY KEY (selection_id, record_id)) WITHOUT ROWID""",
]


def migrate(execute) -> None:
    for statement in STATEMENTS:
        execute(statement)
