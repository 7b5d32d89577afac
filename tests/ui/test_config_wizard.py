"""The configuration assistant, driven page by page through its widgets: edits on every page, the database
after Finish, Cancel leaving the file byte for byte as it was, a second run without duplicates, the
checklist's quick wins, the live language switch, demo data, and the first start. Screenshots of every page
in Dutch and English go to the ``shots`` folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from desktop_crm import i18n
from desktop_crm.domain import checklist as cl
from desktop_crm.domain.entities import AssociateRole, Company, ListKind
from desktop_crm.domain.names import fold
from desktop_crm.services import associates, companies, database, field_rules, lists
from desktop_crm.services import configuration as config
from desktop_crm.ui.windows import config_wizard
from desktop_crm.ui.windows.config_checklist import ChecklistPage, ReportDialog, open_saved_report
from desktop_crm.ui.windows.config_finish import DataPage, SummaryPage
from desktop_crm.ui.windows.config_pages import (
    AssociatesPage,
    BusinessPage,
    InterestsPage,
    SegmentationPage,
    SubscriptionsPage,
    WelcomePage,
)
from desktop_crm.ui.windows.config_pages_rules import FieldsPage, LeadsPage, PrivacyPage
from desktop_crm.ui.windows.config_widgets import ListEditor, RetireDialog
from desktop_crm.ui.windows.config_wizard import ConfigWizard


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail instead."""

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture(autouse=True)
def english_afterwards(qapp):  # noqa: ANN001, ANN201
    yield
    i18n.install("en")


def wizard_for(qtbot, language: str) -> ConfigWizard:  # noqa: ANN001
    wizard = ConfigWizard(language=language)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def shoot(wizard: QWizard, shots: Path, name: str) -> None:
    wizard.grab().save(str(shots / f"config_wizard_{name}.png"))


def next_page(qtbot, wizard: ConfigWizard, expect: int) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == expect, wizard.currentPage().problem.text()


def editor_row(editor: ListEditor, name: str) -> int:
    row = next((r for r, item in enumerate(editor.model.rows) if item.name == name), -1)
    assert row >= 0, name
    return row


def add(qtbot, editor: ListEditor, name: str, **values: object) -> int:  # noqa: ANN001
    """Click Add, type the name over the suggested one, then set the other columns."""
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.view.currentIndex().row()
    assert editor.model.set_value(row, "name", name)
    for column, value in values.items():
        assert editor.model.set_value(row, column, value)
    return row


def select(editor: ListEditor, name: str) -> None:
    editor.view.setCurrentIndex(editor.model.index(editor_row(editor, name), 0))


def click_remove(qtbot, editor: ListEditor, name: str) -> None:  # noqa: ANN001
    select(editor, name)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)


def finish(qtbot, wizard: ConfigWizard) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=15_000)


def names(kind: ListKind, include_hidden: bool = False) -> list[str]:
    return [i.name for i in lists.items(kind, include_hidden)]


def test_a_dutch_first_run_page_by_page(crm: Path, qtbot, dutch, shots: Path, tmp_path: Path) -> None:
    wizard = wizard_for(qtbot, "nl")
    assert wizard.windowTitle() == "Configuratie-assistent"
    welcome = wizard.currentPage()
    assert isinstance(welcome, WelcomePage) and welcome.title() == "Welkom" and welcome.subTitle() == "Stap 1 van 12"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Volgende >"
    qtbot.keyClicks(welcome.organisation, "Bakkerij de Vries")
    shoot(wizard, shots, "nl_01_welcome")
    next_page(qtbot, wizard, 2)

    people = wizard.currentPage()
    assert isinstance(people, AssociatesPage)
    add(qtbot, people.editor, "Piet", login="piet", role=AssociateRole.USER.value, password="geheim")
    add(qtbot, people.editor, "Stagiair", role=AssociateRole.READ_ONLY.value)
    people.shared.setChecked(True)
    assert people.editor.model.data(people.editor.model.index(editor_row(people.editor, "Piet"), 2)) == "Gebruiker"
    shoot(wizard, shots, "nl_02_associates")
    next_page(qtbot, wizard, 3)

    segments = wizard.currentPage()
    assert isinstance(segments, SegmentationPage)
    QAbstractItemModelTester(segments.categories.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    add(qtbot, segments.groups, "Vrienden")
    group_key = segments.groups.model.rows[editor_row(segments.groups, "Vrienden")].key
    add(qtbot, segments.categories, "Vriend", group=group_key, description="Familie en vrienden")
    click_remove(qtbot, segments.categories, "Verloren kans")  # not in use: no question
    assert segments.categories.model.data(segments.categories.model.index(
        editor_row(segments.categories, "Vriend"), 1)) == "Vrienden"
    shoot(wizard, shots, "nl_03_segmentation")
    next_page(qtbot, wizard, 4)

    industries = wizard.currentPage()
    assert isinstance(industries, BusinessPage)
    industries.editor.model.set_value(editor_row(industries.editor, "ICT"), "name", "ICT en software")
    click_remove(qtbot, industries.editor, "Overheid")
    add(qtbot, industries.editor, "Bakkerijen")
    select(industries.editor, "Bakkerijen")
    qtbot.mouseClick(industries.editor.up_button, Qt.MouseButton.LeftButton)
    shoot(wizard, shots, "nl_04_industries")
    next_page(qtbot, wizard, 5)

    interests = wizard.currentPage()
    assert isinstance(interests, InterestsPage)
    qtbot.mouseClick(interests.company.examples_button, Qt.MouseButton.LeftButton)
    add(qtbot, interests.person, "Beslisser", description="Neemt de beslissing")
    shoot(wizard, shots, "nl_05_interests")
    next_page(qtbot, wizard, 6)

    subscriptions = wizard.currentPage()
    assert isinstance(subscriptions, SubscriptionsPage)
    qtbot.mouseClick(subscriptions.editor.examples_button, Qt.MouseButton.LeftButton)
    assert "Nieuwsbrief" in [i.name for i in subscriptions.editor.model.rows]
    shoot(wizard, shots, "nl_06_subscriptions")
    next_page(qtbot, wizard, 7)

    leads = wizard.currentPage()
    assert isinstance(leads, LeadsPage) and leads.categories.count() == 3  # "Verloren kans" was removed
    leads.set_category("Kans", False)
    row = add(qtbot, leads.statuses, "Offerte gestuurd", description="Er ligt een offerte.")
    leads.statuses.model.set_value(row, "is_default", True)
    qtbot.mouseClick(leads.statuses.up_button, Qt.MouseButton.LeftButton)
    shoot(wizard, shots, "nl_07_leads")
    next_page(qtbot, wizard, 8)

    fields = wizard.currentPage()
    assert isinstance(fields, FieldsPage)
    fields.grid.set_rule("company", "kvk", shown=False)
    fields.grid.set_rule("company", "city", required=True)
    fields.grid.set_rule("person", "email", required=True)
    shoot(wizard, shots, "nl_08_fields")
    next_page(qtbot, wizard, 9)

    privacy = wizard.currentPage()
    assert isinstance(privacy, PrivacyPage)
    qtbot.keyClicks(privacy.personal_data, "Naam en zakelijke contactgegevens, om klanten te bedienen.")
    types = privacy.types.model
    types.set_value(editor_row(privacy.types, "Productupdates"), "legal_basis", "contract")
    types.set_value(editor_row(privacy.types, "Nieuwsbrief"), "purpose", "Nieuws en aanbiedingen, maandelijks")
    privacy.retention.setValue(36)
    privacy.source.setCurrentIndex(privacy.source.findData("phone"))
    shoot(wizard, shots, "nl_09_privacy")
    next_page(qtbot, wizard, 10)

    checklist = wizard.currentPage()
    assert isinstance(checklist, ChecklistPage) and checklist.skip.isChecked()
    checklist.fill.setChecked(True)
    checklist.set_goal("customer_data.1")
    checklist.set_answer(1, True, cl.NECESSARY, cl.LOW)
    checklist.set_answer(75, False, cl.NECESSARY, cl.LOW)
    checklist.set_answer(42, False, cl.DESIRABLE, cl.HIGH)
    checklist.set_answer(4, False, cl.NECESSARY, cl.HIGH)
    assert checklist.result.text() == "Quick wins: 2. Later oppakken: 1."
    shoot(wizard, shots, "nl_10_checklist")
    report = checklist.show_report()
    assert isinstance(report, ReportDialog) and "Automatiseren van de workflow" in report.browser.toPlainText()
    report.resize(760, 640)
    report.grab().save(str(shots / "config_wizard_nl_10_report.png"))
    assert report.export_pdf(tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert "Quick wins" in report.export_html(tmp_path / "rapport.html").read_text(encoding="utf-8")
    report.close()
    next_page(qtbot, wizard, 11)

    data = wizard.currentPage()
    assert isinstance(data, DataPage) and data.empty.isChecked() and data.import_file.isVisible()
    shoot(wizard, shots, "nl_11_data")
    next_page(qtbot, wizard, 12)

    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    text = summary.browser.toPlainText()
    for expected in ("Naam van de organisatie: Bakkerij de Vries", "\"Piet\" toevoegen", "\"Overheid\" verwijderen",
                     "\"ICT\" hernoemen tot \"ICT en software\"", "Leadstatus uit voor \"Kans\"",
                     "Checklistrapport opslaan: 2 quick win(s), 1 later op te pakken"):
        assert expected in text, text
    shoot(wizard, shots, "nl_12_summary")
    finish(qtbot, wizard)

    assert config.organisation() == "Bakkerij de Vries" and config.is_configured()
    staff = {a.name: a for a in associates.associates()}
    assert staff["Piet"].role == AssociateRole.USER and staff["Piet"].has_password and staff["Piet"].login == "piet"
    assert staff["Stagiair"].role == AssociateRole.READ_ONLY and associates.workplace() == "shared"
    assert "Vrienden" in names(ListKind.CATEGORY_GROUP) and "Vriend" in names(ListKind.CATEGORY)
    assert "Verloren kans" not in names(ListKind.CATEGORY, include_hidden=True)
    assert names(ListKind.BUSINESS)[-2:] == ["Bakkerijen", "Overig"] and "ICT en software" in names(ListKind.BUSINESS)
    assert "Onderhoudscontract" in names(ListKind.COMPANY_INTEREST) and names(ListKind.PERSON_INTEREST) == [
        "Beslisser"]
    assert {c.name for c in lists.items(ListKind.CATEGORY) if c.lead_enabled} == {"Lead",
                                                                                 "Marketinggekwalificeerde lead"}
    statuses = lists.items(ListKind.LEAD_STATUS)
    assert [s.name for s in statuses if s.is_default] == ["Offerte gestuurd"]
    assert [s.name for s in statuses].index("Offerte gestuurd") == len(statuses) - 2
    assert "kvk" not in field_rules.shown_fields("company") and "city" in field_rules.required_fields("company")
    assert "email" in field_rules.required_fields("person")
    draft = config.current_configuration()
    subs = {i.name: i for i in draft.items(ListKind.SUBSCRIPTION_TYPE)}
    assert subs["Productupdates"].legal_basis == "contract"
    assert subs["Nieuwsbrief"].purpose == "Nieuws en aanbiedingen, maandelijks"
    assert (config.retention_months(), config.default_consent_source()) == (36, "phone")
    saved = config.saved_checklist()
    assert saved is not None and [i.number for i in cl.quick_wins(saved.checklist)] == [1, 75]
    assert [i.number for i in cl.later_items(saved.checklist)] == [42] and saved.checklist.goals == {
        "customer_data.1"}
    assert QSettings().value("language") == "nl" and wizard.follow_up is None
    assert not dutch.missing, dutch.missing


def test_an_english_run_with_screenshots(crm_en: Path, qtbot, shots: Path) -> None:
    i18n.install("en")
    wizard = wizard_for(qtbot, "en")
    assert wizard.currentPage().title() == "Welcome" and wizard.currentPage().subTitle() == "Step 1 of 12"
    qtbot.keyClicks(wizard.currentPage().organisation, "Bright Bakery")
    titles = []
    for step in range(1, 13):
        page = wizard.currentPage()
        titles.append(page.title())
        if isinstance(page, BusinessPage):
            add(qtbot, page.editor, "Bakeries")
        if isinstance(page, ChecklistPage):
            page.fill.setChecked(True)
            page.set_answer(2, False, cl.NECESSARY, cl.LOW)
            assert page.result.text() == "Quick wins: 1. To take up later: 0."
        if isinstance(page, SubscriptionsPage):
            qtbot.mouseClick(page.editor.examples_button, Qt.MouseButton.LeftButton)
        shoot(wizard, shots, f"en_{step:02d}_{type(page).__name__.removesuffix('Page').lower()}")
        if step < 12:
            next_page(qtbot, wizard, step + 1)
    assert titles[2] == "Segmentation" and titles[9] == "What do you need from a CRM?"
    assert "Add \"Bakeries\"" in wizard.currentPage().browser.toPlainText()
    finish(qtbot, wizard)
    assert "Bakeries" in names(ListKind.BUSINESS) and "Newsletter" in names(ListKind.SUBSCRIPTION_TYPE)
    assert config.organisation() == "Bright Bakery" and QSettings().value("language") == "en"


def file_state(path: Path) -> tuple[bytes, bytes]:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def test_cancel_on_the_last_page_leaves_the_database_byte_for_byte(crm: Path, qtbot, dutch) -> None:
    before = file_state(crm)
    wizard = wizard_for(qtbot, "nl")
    qtbot.keyClicks(wizard.currentPage().organisation, "Niet opslaan")
    next_page(qtbot, wizard, 2)
    add(qtbot, wizard.currentPage().editor, "Piet")
    next_page(qtbot, wizard, 3)
    click_remove(qtbot, wizard.currentPage().categories, "Kans")
    for step in range(4, 13):
        next_page(qtbot, wizard, step)
    assert "Piet" in wizard.currentPage().browser.toPlainText()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Rejected and not wizard.isVisible()
    assert file_state(crm) == before
    assert not config.is_configured() and "Kans" in names(ListKind.CATEGORY) and QSettings().value("language") is None


def test_a_second_run_starts_from_the_configuration_and_never_duplicates(crm: Path, qtbot, monkeypatch) -> None:
    i18n.install("en")
    first = wizard_for(qtbot, "nl")
    for step in range(2, 5):
        next_page(qtbot, first, step)
    add(qtbot, first.currentPage().editor, "Bakkerijen")
    for step in range(5, 13):
        next_page(qtbot, first, step)
    finish(qtbot, first)
    business = {b.name: b.id for b in lists.items(ListKind.BUSINESS)}
    hotel, _ = companies.save_company(Company(name="Hotel Zon", business_id=business["Horeca"]))
    counts = {kind: len(lists.items(kind, include_hidden=True)) for kind in ListKind}

    second = wizard_for(qtbot, "nl")
    assert not second.draft.first_run and second.state.database_empty is False
    for step in range(2, 5):
        next_page(qtbot, second, step)
    page = second.currentPage()
    assert "Bakkerijen" in [i.name for i in page.editor.model.rows]
    add(qtbot, page.editor, "bakkerijen")  # the same name again is refused with a reason
    qtbot.mouseClick(second.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert second.currentId() == 4 and "bakkerijen" in page.problem.text() and page.problem.isVisible()
    click_remove(qtbot, page.editor, "bakkerijen")
    asked: list[tuple[str, int]] = []

    def merge_into_retail(parent, name, count, candidates, can_merge):  # noqa: ANN001, ANN202
        asked.append((name, count))
        return True, dict(candidates)["Detailhandel"]

    monkeypatch.setattr(RetireDialog, "ask", staticmethod(merge_into_retail))
    click_remove(qtbot, page.editor, "Horeca")
    assert asked == [("Horeca", 1)]
    page.editor.model.set_value(editor_row(page.editor, "Bakkerijen"), "name", "Bakkerij en banket")
    for step in range(5, 13):
        next_page(qtbot, second, step)
    text = second.currentPage().browser.toPlainText()
    assert "Merge \"Horeca\" into \"Detailhandel\": its 1 record(s) move over" in text
    finish(qtbot, second)
    assert companies.get_company(hotel.id).business_id == business["Detailhandel"]
    assert "Bakkerij en banket" in names(ListKind.BUSINESS) and "Bakkerijen" not in names(ListKind.BUSINESS)
    counts[ListKind.BUSINESS] -= 1  # Horeca merged away
    assert {kind: len(lists.items(kind, include_hidden=True)) for kind in ListKind} == counts
    for kind in ListKind:
        folded = [fold(i.name) for i in lists.items(kind, include_hidden=True)]
        assert len(folded) == len(set(folded)), kind


def test_switching_the_language_retranslates_the_wizard_at_once(crm_en: Path, qtbot) -> None:
    i18n.install("en")
    wizard = wizard_for(qtbot, "en")
    welcome = wizard.currentPage()
    assert welcome.title() == "Welcome" and wizard.draft.items(ListKind.CATEGORY_GROUP)[0].name == "Potential customer"
    welcome.language.setCurrentIndex(welcome.language.findData("nl"))
    qtbot.waitUntil(lambda: welcome.title() == "Welkom")
    assert welcome.subTitle() == "Stap 1 van 12" and wizard.windowTitle() == "Configuratie-assistent"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Volgende >"
    assert wizard.steps.item(2).text() == "3. Segmentatie"
    assert wizard.draft.items(ListKind.CATEGORY_GROUP)[0].name == "Potentiële klant"  # the new lists follow
    next_page(qtbot, wizard, 2)
    assert wizard.currentPage().editor.add_button.text() == "Toevoegen"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"  # back to English
    assert QSettings().value("language") is None and names(ListKind.CATEGORY_GROUP)[0] == "Potential customer"


def test_demo_data_is_loaded_after_the_configuration(crm: Path, qtbot) -> None:
    i18n.install("en")
    wizard = wizard_for(qtbot, "nl")
    for step in range(2, 5):
        next_page(qtbot, wizard, step)
    add(qtbot, wizard.currentPage().editor, "Bakkerijen")
    for step in range(5, 12):
        next_page(qtbot, wizard, step)
    data = wizard.currentPage()
    assert data.demo.isEnabled()
    data.demo.setChecked(True)
    next_page(qtbot, wizard, 12)
    finish(qtbot, wizard)
    assert database.live_counts() == {"companies": 50, "persons": 250}
    assert config.is_configured() and "Bakkerijen" in names(ListKind.BUSINESS)
    again = wizard_for(qtbot, "nl")
    for step in range(2, 12):
        next_page(qtbot, again, step)
    assert not again.currentPage().demo.isEnabled()  # demo data only into an empty database
    again.reject()


def test_import_next_and_where_the_assistant_opens(crm: Path, qtbot, monkeypatch) -> None:
    i18n.install("en")
    assert config_wizard.import_wizard_class() is not None
    opened: list[ConfigWizard] = []

    def run(self: ConfigWizard) -> int:
        opened.append(self)
        self.draft.data = "import"
        self.accept()
        qtbot.waitUntil(lambda: self.result() == QDialog.DialogCode.Accepted, timeout=15_000)
        return 1

    monkeypatch.setattr(ConfigWizard, "exec", run)
    follow_up = config_wizard.first_start()
    assert len(opened) == 1 and follow_up is config_wizard.open_import and config.is_configured()
    assert config_wizard.first_start() is None  # configured: not again
    from desktop_crm.ui.windows.settings_window import SettingsWindow

    settings = SettingsWindow()
    qtbot.addWidget(settings)
    section = settings.general.findChild(config_wizard.ConfigurationSection)
    assert section is not None and section.wizard_button.text() == "Configuration assistant…"
    qtbot.mouseClick(section.wizard_button, Qt.MouseButton.LeftButton)
    shown = [w for w in settings.findChildren(ConfigWizard) if w.isVisible()]
    assert len(shown) == 1 and not shown[0].draft.first_run
    shown[0].reject()


def test_the_saved_checklist_report_opens_again(crm: Path, qtbot, monkeypatch, tmp_path: Path) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    assert open_saved_report(None, "en") is None and told  # nothing saved yet: said so
    draft = config.current_configuration()
    draft.checklist = cl.Checklist(answers={110: cl.Answer(False, cl.NECESSARY, cl.LOW)})
    config.apply_configuration(draft)
    report = open_saved_report(None, "en")
    assert isinstance(report, ReportDialog)
    qtbot.addWidget(report)
    assert "110. Select customers for telemarketing" in report.browser.toPlainText()
    assert report.export_pdf(tmp_path / "r.pdf").stat().st_size > 1000


def test_the_first_start_waits_for_an_empty_database(crm: Path, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(ConfigWizard, "exec", lambda self: pytest.fail("the assistant opened"))
    companies.save_company(Company(name="Al een klant"))
    assert config_wizard.first_start() is None
