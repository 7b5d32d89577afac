"""The main window: navigator, lists, quick search that opens cards, undo of a delete, read-only
associates, remembered layout, and a clean close. Rendered in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_crm.db.models import Associate
from desktop_crm.domain.entities import Company, Person
from desktop_crm.services import companies, persons, session
from desktop_crm.ui import worker
from desktop_crm.ui.windows.main_window import MainWindow
from tests.services.helpers import category


@pytest.fixture
def filled(crm: Path) -> Path:
    bakker, _ = companies.save_company(Company(name="Bakkerij van den Berg", city="Utrecht",
                                               postal_code="3511 AB", country="NL", category_id=category("Lead")))
    klant, _ = companies.save_company(Company(name="Müller Installatie", city="Gouda", category_id=category("Klant")))
    persons.save_person(Person(company_id=bakker.id, first_name="Jan", middle_name="van den", last_name="Berg",
                               email="jan@bakkerij.nl"))
    persons.save_person(Person(company_id=klant.id, first_name="Anna", last_name="Müller"))
    return crm


def window_for(qtbot, path: Path, size: tuple[int, int] | None = (1280, 800)) -> MainWindow:  # noqa: ANN001
    window = MainWindow(path)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def settle(qtbot) -> None:  # noqa: ANN001
    worker.wait_idle()
    qtbot.wait(50)


def test_window_shows_counts_database_and_lists_in_dutch(filled: Path, qtbot, dutch, shots: Path) -> None:
    window = window_for(qtbot, filled)
    qtbot.waitUntil(lambda: "2 bedrijven, 2 personen" in window.db_status.text(), timeout=5000)
    assert str(filled) in window.db_status.text()
    assert [a.text() for a in window.menuBar().actions()][:4] == ["&Bestand", "Be&werken", "Beel&d", "&Help"]
    assert window.navigator.item(0).text() == "Bedrijven"
    window.navigator.setCurrentRow(1)
    assert window.stack.currentWidget() is window.person_list
    settle(qtbot)
    qtbot.waitUntil(lambda: window.person_list.total() == 2, timeout=5000)
    window.grab().save(str(shots / "main_window_nl.png"))
    assert not dutch.missing, dutch.missing


def test_quick_search_opens_the_person_card(filled: Path, qtbot) -> None:
    window = window_for(qtbot, filled)
    window.find_action.trigger()
    qtbot.waitUntil(window.search.hasFocus, timeout=3000)
    qtbot.keyClicks(window.search, "berg")
    window.search.search_now()
    settle(qtbot)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.cards.count() == 1, timeout=5000)
    card = window.current_card()
    assert card.kind in ("company", "person")
    assert "Berg" in window.cards.tabText(0)


def test_new_company_card_saves_and_shows_in_the_list(crm: Path, qtbot, monkeypatch) -> None:
    window = window_for(qtbot, crm)
    window.new_company_action.trigger()
    card = window.current_card()
    assert card.kind == "company" and card.record_id is None
    card.edits["name"].setText("Nieuw Bedrijf BV")
    window.save_action.trigger()
    assert card.record_id is not None
    assert companies.get_company(card.record_id).name == "Nieuw Bedrijf BV"
    settle(qtbot)
    qtbot.waitUntil(lambda: window.company_list.total() == 1, timeout=5000)


def test_delete_from_the_list_can_be_undone_with_ctrl_z(filled: Path, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = window_for(qtbot, filled)
    window.navigator.setCurrentRow(1)
    settle(qtbot)
    lst = window.person_list
    qtbot.waitUntil(lambda: lst.total() == 2, timeout=5000)
    view = lst.view()
    view.setFocus()
    view.selectRow(0)
    ids = lst.selected_ids()
    assert len(ids) == 1
    window.delete_action.trigger()
    assert window.undo_button.isVisibleTo(window)
    from desktop_crm.domain.errors import NotFound

    with pytest.raises(NotFound):
        persons.get_person(ids[0])
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert persons.get_person(ids[0]).id == ids[0]
    assert not window.undo_button.isVisibleTo(window)


def test_read_only_associate_sees_but_cannot_change(filled: Path, qtbot) -> None:
    reader = Associate.create(uuid="ro-1", created_at="x", updated_at="x", name="Lees Alleen", role="read_only")
    session.sign_in(reader.id)
    window = window_for(qtbot, filled)
    for action in (window.new_company_action, window.new_person_action, window.delete_action, window.bulk_action):
        assert not action.isEnabled()
    assert "alleen lezen" in window.role_label.text().lower() or "read only" in window.role_label.text()
    assert not window.open_settings_button.isEnabled()


def test_layout_is_remembered_and_the_window_closes_cleanly(filled: Path, qtbot) -> None:
    window = window_for(qtbot, filled)
    window.resize(1100, 700)
    window.navigator.setCurrentRow(3)
    window.splitter.setSizes([150, 450, 300])
    closed_size = window.size()
    assert window.close()
    assert QSettings().value("main_window/view") == "leads"
    again = window_for(qtbot, filled, size=None)
    assert again.navigator.currentRow() == 3 and again.stack.currentWidget() is again.lead_list
    # The offscreen screen is 800 px wide, so Qt clamps the restored width to the window's minimum
    # (and the splitter shares out the difference); the height and the saved splitter state came back.
    assert again.size().height() == closed_size.height()
    assert QSettings().value("main_window/splitter") is not None
    assert QSettings().value("lists/persons")


def test_the_missing_translation_detector_detects(dutch) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    QCoreApplication.translate("MainWindow", "A text nobody translated")
    assert ("MainWindow", "A text nobody translated") in dutch.missing


def test_export_of_the_filtered_list_writes_a_dutch_excel_csv(filled: Path, qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_crm.ui.windows import export_dialog

    target = tmp_path / "personen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), export_dialog.formats()[0][1]))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = window_for(qtbot, filled)
    window.navigator.setCurrentRow(1)
    settle(qtbot)
    window.person_list.set_filter_text("müller")
    qtbot.waitUntil(lambda: window.person_list.total() == 1, timeout=5000)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    data = (tmp_path / "personen.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0]
    text = data.decode("utf-8-sig")
    assert "Müller" in text and "Berg" not in text


def test_import_and_duplicates_open_from_the_menus(crm: Path, qtbot) -> None:
    window = window_for(qtbot, crm)
    window.import_action.trigger()
    from desktop_crm.ui.windows.import_wizard import ImportWizard

    wizards = window.findChildren(ImportWizard)
    assert wizards and wizards[0].isVisible()
    wizards[0].reject()
    window.duplicates_action.trigger()
    from desktop_crm.ui.windows.duplicates_window import DuplicatesWindow

    assert any(w.isVisible() for w in window.findChildren(DuplicatesWindow))


def test_file_backups_restores_once_the_cards_are_closed(crm: Path, qtbot, monkeypatch) -> None:
    from desktop_crm.services import backup, database
    from desktop_crm.ui.windows.backups_dialog import BackupsDialog

    companies.save_company(Company(name="Alfa"))
    made = backup.backup_now()
    companies.save_company(Company(name="Beta"))
    window = window_for(qtbot, crm)
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[-3].isSeparator()
    assert file_menu.actions()[-2:] == [window.backups_action, window.quit_action]
    window.new_company_action.trigger()
    window.current_card().edits["name"].setText("Half ingevuld BV")  # unsaved input
    answers = {"Unsaved changes": QMessageBox.StandardButton.Cancel, "Restore a backup": QMessageBox.StandardButton.Yes}
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, *a: asked.append(title) or answers[title])
    window.backups_action.trigger()
    (dialog,) = window.findChildren(BackupsDialog)
    assert not dialog.restore(made, None) and asked == ["Restore a backup", "Unsaved changes"]
    assert window.cards.count() == 1 and database.live_counts()["companies"] == 2  # nothing restored
    answers["Unsaved changes"] = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        assert dialog.restore(made, None)
    assert window.cards.count() == 0 and database.live_counts()["companies"] == 1
    qtbot.waitUntil(lambda: window.db_status.text().startswith("1 companies"), timeout=5000)  # counts reloaded
