"""Shared by the reliability tests and their child processes: a database with a few thousand records,
fast to build, and a checksum of what a bulk change touches."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop_crm.db.connection import database as proxy
from desktop_crm.domain.ids import new_uuid
from desktop_crm.services import database


def build(path: Path, companies: int, persons_per_company: int = 1) -> None:
    """A fresh database with ``companies`` companies (half in "Klant", half in "Lead") and their persons."""
    database.open_db(path, language="nl")
    try:
        db = proxy.obj
        cats = dict(db.execute_sql("SELECT name, id FROM category").fetchall())
        status = db.execute_sql("SELECT id FROM lead_status WHERE is_default = 1").fetchone()[0]
        at = "2026-01-01T00:00:00.000Z"
        with db.atomic("IMMEDIATE"):
            cursor = db.cursor()
            cursor.executemany(
                "INSERT INTO company (id, uuid, created_at, updated_at, name, name_sort, category_id, city)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [(i, new_uuid(), at, at, f"Bedrijf {i}", f"bedrijf {i:06d}",
                  cats["Lead"] if i % 2 else cats["Klant"], "Utrecht") for i in range(1, companies + 1)])
            cursor.executemany(
                "INSERT INTO person (company_id, uuid, created_at, updated_at, first_name, last_name, sort_key,"
                " lead_status_id) VALUES (?,?,?,?,?,?,?,?)",
                [(c, new_uuid(), at, at, f"Piet{k}", f"Jansen {c}", f"jansen {c} piet{k}", status if c % 2 else None)
                 for c in range(1, companies + 1) for k in range(persons_per_company)])
    finally:
        database.close()


def checksum(path: Path) -> str:
    """What a category bulk change touches: company category and version, person lead status and
    version, and the journal; read through a plain sqlite3 connection."""
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for sql in ("SELECT id, category_id, version FROM company ORDER BY id",
                    "SELECT id, lead_status_id, version FROM person ORDER BY id",
                    "SELECT count(*), coalesce(max(seq), 0) FROM journal",
                    "SELECT record_uuid, field, old_value, new_value FROM journal ORDER BY seq"):
            for row in con.execute(sql):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def integrity(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    finally:
        con.close()
