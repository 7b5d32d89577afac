"""Saved selections: static members, dynamic criteria, combinations, journal and undo."""

from __future__ import annotations

from desktop_crm.domain.entities import Company
from desktop_crm.services import companies, selections


def _company(name: str) -> int:
    company, _ = companies.save_company(Company(name=name))
    assert company.id is not None
    return company.id


def test_create_static_keeps_live_members_and_add_remove(crm) -> None:
    a, b = _company("Alfa"), _company("Beta")
    sid = selections.create_static("Import 1", "company", [a, 999_999], description="from a file")
    info = selections.get(sid)
    assert (info.kind, info.target, info.description) == ("static", "company", "from a file")
    assert selections.add_members(sid, [a]).changed == {}  # already in it
    assert selections.add_members(sid, [b]).touches("selection")
    assert selections.remove_members(sid, [a]).touches("selection")
