"""Shared fixtures: every test gets its own temporary database; Qt runs offscreen."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from desktop_crm.services import database, session  # noqa: E402

REALWORLD = Path(__file__).resolve().parents[1].parent / "shared" / "realworld"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite"


def _finish() -> None:
    """Let queued background work end before the database closes (only when the UI was loaded)."""
    worker = sys.modules.get("desktop_crm.ui.worker")
    if worker is not None:
        worker.wait_idle()
    session.sign_out()
    database.close()


@pytest.fixture
def crm(db_path: Path) -> Iterator[Path]:
    """A fresh database with the Dutch defaults, open for the test."""
    database.open_db(db_path, language="nl")
    session.sign_out()
    yield db_path
    _finish()


@pytest.fixture
def crm_en(db_path: Path) -> Iterator[Path]:
    database.open_db(db_path, language="en")
    session.sign_out()
    yield db_path
    _finish()
