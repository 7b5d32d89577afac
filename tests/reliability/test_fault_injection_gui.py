"""A full disk while saving a card: the card says so, keeps the user's input on screen, stays usable,
and saves once the disk has room again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_crm.db import records
from desktop_crm.domain.entities import Company
from desktop_crm.services import companies

card_base = pytest.importorskip("desktop_crm.ui.windows.card_base")
company_card = pytest.importorskip("desktop_crm.ui.windows.company_card")


def test_card_keeps_input_and_explains_a_full_disk(crm: Path, gui, qtbot, monkeypatch) -> None:
    company, _ = companies.save_company(Company(name="Bakkerij Bolletje", city="Utrecht"))
    card = company_card.CompanyCard(company.id)
    qtbot.addWidget(card)
    card.show()
    shown: list[str] = []
    monkeypatch.setattr(card_base.QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    real = records.set_company_interests
    monkeypatch.setattr(records, "set_company_interests", full)  # fails after the row was updated
    card.edits["city"].selectAll()
    qtbot.keyClicks(card.edits["city"], "Zeist")
    card.notes.setPlainText("Belt terug na de zomer")
    assert card.save() is False

    assert len(shown) == 1 and "disk is full" in shown[0] and "still on screen" in shown[0]
    assert card.edits["city"].text() == "Zeist" and card.notes.toPlainText() == "Belt terug na de zomer"
    assert card.is_dirty() and card.save_button.isEnabled()
    assert companies.get_company(company.id).city == "Utrecht"  # nothing half-written

    # Still responsive: more typing works, and once there is room the same input saves.
    qtbot.keyClicks(card.edits["street"], "Dorpsstraat 1")
    monkeypatch.setattr(records, "set_company_interests", real)
    assert card.save() is True
    stored = companies.get_company(company.id)
    assert (stored.city, stored.street, stored.notes) == ("Zeist", "Dorpsstraat 1", "Belt terug na de zomer")
    assert not card.is_dirty()
