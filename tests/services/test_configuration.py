"""The wizard's configuration: read into a draft, planned, applied in one transaction, applied again without
duplicates; removed items in use are merged or hidden; the checklist report is stored and rendered."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.db.models import Journal
from desktop_crm.domain import checklist as cl
from desktop_crm.domain.configuration import Draft
from desktop_crm.domain.entities import AssociateRole, Company, GroupRole, ListKind, Person
from desktop_crm.domain.errors import RuleViolation, ValidationFailed
from desktop_crm.domain.names import fold
from desktop_crm.services import (
    associates,
    checklist_report,
    companies,
    field_rules,
    list_admin,
    lists,
    persons,
    subscriptions,
)
from desktop_crm.services import configuration as config
from tests.services.helpers import category


def names(kind: ListKind, include_hidden: bool = False) -> list[str]:
    return [i.name for i in lists.items(kind, include_hidden)]


def by_name(draft: Draft, kind: ListKind, name: str):  # noqa: ANN201
    return next(i for i in draft.items(kind) if i.name == name)


def journal_size() -> int:
    return Journal.select().count()


def edit(draft: Draft) -> Draft:
    """The edits a first run typically makes, on every page."""
    draft.organisation = "  Bakkerij   de Vries "
    draft.workplace = "shared"
    admin = draft.visible(ListKind.ASSOCIATE)[0]
    admin.name = "Anna de Vries"
    draft.add(ListKind.ASSOCIATE, "Piet", role=AssociateRole.USER.value, login="piet", password="geheim")
    draft.add(ListKind.ASSOCIATE, "Stagiair", role=AssociateRole.READ_ONLY.value)
    group = draft.add(ListKind.CATEGORY_GROUP, "Vrienden", role=GroupRole.OTHER.value)
    draft.add(ListKind.CATEGORY, "Vriend", group=group.key)
    draft.add(ListKind.CATEGORY, "Beurscontact", group=by_name(draft, ListKind.CATEGORY_GROUP, "Potentiële klant").key,
              lead_enabled=True)
    draft.remove(ListKind.CATEGORY, by_name(draft, ListKind.CATEGORY, "Verloren kans").key)
    by_name(draft, ListKind.CATEGORY, "Kans").lead_enabled = False
    by_name(draft, ListKind.BUSINESS, "ICT").name = "ICT en software"
    draft.remove(ListKind.BUSINESS, by_name(draft, ListKind.BUSINESS, "Overheid").key)
    draft.add(ListKind.BUSINESS, "Bakkerijen")
    draft.add(ListKind.COMPANY_INTEREST, "Onderhoudscontract")
    draft.add(ListKind.PERSON_INTEREST, "Beslisser")
    draft.add(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief", purpose="Maandelijkse nieuwsbrief",
              legal_basis="consent")
    draft.add(ListKind.SUBSCRIPTION_TYPE, "Onderhoudsberichten", legal_basis="contract")
    status = draft.add(ListKind.LEAD_STATUS, "Offerte gestuurd", description="Er ligt een offerte.")
    draft.set_default_status(status.key)
    draft.move(ListKind.LEAD_STATUS, status.key, -1)
    draft.move(ListKind.LEAD_STATUS, by_name(draft, ListKind.LEAD_STATUS, "Contact opnemen").key, 1)
    draft.fields["company"]["kvk"].shown = False
    draft.fields["company"]["city"].required = True
    draft.fields["person"]["email"].required = True
    draft.privacy.personal_data = "Naam en zakelijke contactgegevens, om klanten te bedienen."
    draft.privacy.retention_months = 36
    draft.privacy.consent_source = "phone"
    draft.checklist = cl.Checklist({"sales.1"}, {1: cl.Answer(True, cl.NECESSARY, cl.LOW),
                                                 42: cl.Answer(False, cl.DESIRABLE, cl.HIGH)})
    return draft


def test_reading_the_configuration_writes_nothing_and_plans_nothing(crm: Path) -> None:
    before = crm.read_bytes(), journal_size()
    assert config.needs_first_run() and not config.is_configured()
    draft = config.current_configuration()
    assert draft.first_run and draft.language == "nl" and draft.workplace == "laptop" and draft.works_with_leads
    assert [i.name for i in draft.visible(ListKind.CATEGORY_GROUP)][:2] == ["Potentiële klant", "Klant"]
    assert by_name(draft, ListKind.LEAD_STATUS, "Open").is_default
    cat = by_name(draft, ListKind.CATEGORY, "Lead")
    assert cat.lead_enabled and draft.find(ListKind.CATEGORY_GROUP, cat.group).name == "Potentiële klant"
    assert draft.fields["company"]["name"].required and not draft.fields["company"]["name"].can_require
    assert config.plan(draft) == []
    assert (crm.read_bytes(), journal_size()) == before


def test_apply_writes_everything_in_one_transaction(crm: Path) -> None:
    draft = edit(config.current_configuration())
    planned = {(c.section, c.op, c.name) for c in config.plan(draft)}
    assert {("settings", "organisation", ""), ("associate", "rename", "Anna de Vries"),
            ("associate", "add", "Piet"), ("associate", "password", "Piet"), ("category", "add", "Beurscontact"),
            ("category", "lead_on", "Beurscontact"), ("category", "lead_off", "Kans"),
            ("category", "delete", "Verloren kans"), ("business", "delete", "Overheid"),
            ("lead_status", "default", "Offerte gestuurd"), ("lead_status", "order", ""),
            ("company", "hide", "kvk"), ("company", "require", "city"), ("person", "require", "email"),
            ("privacy", "retention", ""), ("checklist", "save", "")} <= planned
    seq = Journal.select().order_by(Journal.seq.desc()).first().seq
    changes = config.apply_configuration(draft)
    assert changes.touches(config.CHANGE_KIND) and changes.touches("category")
    assert len({row.tx for row in Journal.select().where(Journal.seq > seq)}) == 1  # one transaction
    assert config.organisation() == "Bakkerij de Vries" and config.is_configured() and not config.needs_first_run()
    assert associates.workplace() == "shared"
    people = {a.name: a for a in associates.associates()}
    assert people["Anna de Vries"].role == AssociateRole.ADMINISTRATOR
    assert people["Piet"].role == AssociateRole.USER and people["Piet"].login == "piet"
    assert people["Piet"].has_password and people["Stagiair"].role == AssociateRole.READ_ONLY
    assert "Vrienden" in names(ListKind.CATEGORY_GROUP)
    vriend = lists.item(ListKind.CATEGORY, category("Vriend"))
    assert lists.item(ListKind.CATEGORY_GROUP, vriend.group_id).name == "Vrienden"
    assert "Verloren kans" not in names(ListKind.CATEGORY, include_hidden=True)
    leads = {c.name for c in lists.items(ListKind.CATEGORY) if c.lead_enabled}
    assert leads == {"Lead", "Marketinggekwalificeerde lead", "Beurscontact"}
    assert "ICT en software" in names(ListKind.BUSINESS) and "Overheid" not in names(ListKind.BUSINESS, True)
    assert names(ListKind.BUSINESS)[-1] == "Bakkerijen"
    assert names(ListKind.COMPANY_INTEREST) == ["Onderhoudscontract"]
    assert names(ListKind.PERSON_INTEREST) == ["Beslisser"]
    statuses = lists.items(ListKind.LEAD_STATUS)
    assert [s.name for s in statuses][-2:] == ["Offerte gestuurd", "Opnieuw benaderen"]
    assert [s.name for s in statuses if s.is_default] == ["Offerte gestuurd"]
    draft2 = config.current_configuration()
    news = by_name(draft2, ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    assert news.purpose == "Maandelijkse nieuwsbrief" and news.legal_basis == "consent"
    assert by_name(draft2, ListKind.SUBSCRIPTION_TYPE, "Onderhoudsberichten").legal_basis == "contract"
    assert "kvk" not in field_rules.shown_fields("company") and "city" in field_rules.required_fields("company")
    assert "email" in field_rules.required_fields("person")
    assert (config.retention_months(), config.default_consent_source()) == (36, "phone")
    assert config.personal_data_statement().startswith("Naam en zakelijke")
    saved = config.saved_checklist()
    assert saved is not None and saved.saved_at and [i.number for i in cl.quick_wins(saved.checklist)] == [1]
    assert config.plan(draft2) == []  # what was applied is what is there


def test_a_second_run_edits_without_duplicates(crm: Path) -> None:
    draft = edit(config.current_configuration())
    config.apply_configuration(draft)
    counts = {kind: len(lists.items(kind, include_hidden=True)) for kind in ListKind}
    size = journal_size()
    config.apply_configuration(config.current_configuration())  # nothing changed: nothing written
    assert journal_size() == size
    config.apply_configuration(draft)  # the same (now stale) draft again: its new items are matched by name
    assert {kind: len(lists.items(kind, include_hidden=True)) for kind in ListKind} == counts
    for kind in ListKind:
        folded = [fold(i.name) for i in lists.items(kind)]
        assert len(folded) == len(set(folded)), kind
    assert names(ListKind.COMPANY_INTEREST) == ["Onderhoudscontract"]
    assert [a.name for a in associates.associates()].count("Piet") == 1
    draft = config.current_configuration()
    by_name(draft, ListKind.BUSINESS, "Horeca").name = "Horeca en catering"
    draft.add(ListKind.BUSINESS, "horeca")  # a new item with an old name is a new item once renamed away
    config.apply_configuration(draft)
    assert {"Horeca en catering", "horeca"} <= set(names(ListKind.BUSINESS))


def test_removing_items_in_use_merges_or_hides(crm: Path) -> None:
    business = {b.name: b.id for b in lists.items(ListKind.BUSINESS)}
    company, _ = companies.save_company(Company(name="Hotel Zon", business_id=business["Horeca"],
                                                category_id=category("Kans")))
    person, _ = persons.save_person(Person(company_id=company.id, first_name="Jan", last_name="Zon"))
    news, _ = list_admin.add_item(ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief")
    subscriptions.set_subscription(person.id, news.id, True, "form")
    draft = config.current_configuration()
    assert by_name(draft, ListKind.BUSINESS, "Horeca").usage == 1
    draft.remove(ListKind.BUSINESS, by_name(draft, ListKind.BUSINESS, "Horeca").key,
                 merge_into=by_name(draft, ListKind.BUSINESS, "Detailhandel").key)
    draft.remove(ListKind.SUBSCRIPTION_TYPE, by_name(draft, ListKind.SUBSCRIPTION_TYPE, "Nieuwsbrief").key)
    draft.remove(ListKind.CATEGORY, by_name(draft, ListKind.CATEGORY, "Kans").key)  # no target: hidden
    planned = {(c.section, c.op, c.name, c.new) for c in config.plan(draft)}
    assert {("business", "merge", "Horeca", "Detailhandel"), ("subscription_type", "hide", "Nieuwsbrief", ""),
            ("category", "hide", "Kans", "")} <= planned
    config.apply_configuration(draft)
    assert companies.get_company(company.id).business_id == business["Detailhandel"]
    assert "Horeca" not in names(ListKind.BUSINESS, include_hidden=True)
    assert "Nieuwsbrief" in names(ListKind.SUBSCRIPTION_TYPE, True) and "Nieuwsbrief" not in names(
        ListKind.SUBSCRIPTION_TYPE)
    assert companies.get_company(company.id).category_id == category("Kans")
    assert "Kans" not in names(ListKind.CATEGORY)
    revived = config.current_configuration()
    revived.add(ListKind.CATEGORY, "kans")  # adding it again brings the hidden one back
    config.apply_configuration(revived)
    assert category("kans") == companies.get_company(company.id).category_id


def test_not_working_with_leads_switches_lead_status_off_everywhere(crm: Path) -> None:
    draft = config.current_configuration()
    draft.works_with_leads = False
    config.apply_configuration(draft)
    assert not any(c.lead_enabled for c in lists.items(ListKind.CATEGORY)) and not config.works_with_leads()
    draft = config.current_configuration()
    assert not draft.works_with_leads
    draft.works_with_leads = True
    by_name(draft, ListKind.CATEGORY, "Lead").lead_enabled = True
    config.apply_configuration(draft)
    assert {c.name for c in lists.items(ListKind.CATEGORY) if c.lead_enabled} == {"Lead"}


def test_a_failure_half_way_writes_nothing(crm: Path) -> None:
    before = crm.read_bytes(), journal_size()
    draft = edit(config.current_configuration())
    draft.add(ListKind.ASSOCIATE, "Kees", login="PIET")  # the same login as Piet: refused late in the run
    with pytest.raises(ValidationFailed):
        config.apply_configuration(draft)
    assert journal_size() == before[1] and not config.is_configured() and config.organisation() == ""
    assert "Bakkerijen" not in names(ListKind.BUSINESS)
    broken = config.current_configuration()
    broken.add(ListKind.BUSINESS, "ict")  # a name twice
    with pytest.raises(RuleViolation):
        config.apply_configuration(broken)
    assert journal_size() == before[1]


def test_the_checklist_report(crm: Path, tmp_path: Path) -> None:
    checklist = cl.Checklist({"customer_data.1"}, {4: cl.Answer(False, cl.NECESSARY, cl.LOW),
                                                   75: cl.Answer(False, cl.DESIRABLE, cl.HIGH),
                                                   42: cl.Answer(True, cl.NECESSARY, cl.MEDIUM)})
    html = checklist_report.report_html(checklist, "nl", "Bakkerij de Vries", "2025-03-01T12:00:00.000Z")
    wins = html[html.index("Quick wins"):html.index("Later oppakken")]
    assert "Branche" in wins and "Automatiseren van de workflow" not in wins
    later = html[html.index("Later oppakken"):html.index("Klantgegevens centraal")]
    assert "Automatiseren van de workflow van het offerteproces" in later
    assert "Weten wie mijn klanten zijn" in html and "Bakkerij de Vries" in html and "1-3-2025" in html
    english = checklist_report.report_html(checklist, "en")
    assert "Quick wins (necessary, low impact)" in english and "Automate the workflow" in english
    assert "Branche" not in english
    path = checklist_report.write_html(tmp_path / "report.html", checklist, "en")
    assert path.read_text(encoding="utf-8") == english
