"""File > Backups: the list with date, kind, size and record counts; back up now; restore with a question
first; the backup folder and how many to keep. Rendered in Dutch for a look."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_crm.domain.entities import Company
from desktop_crm.services import backup, companies
from desktop_crm.ui import worker
from desktop_crm.ui.windows.backups_dialog import COMPANIES, KIND, PERSONS, STATE, BackupsDialog, kind_text


@pytest.fixture(autouse=True)
def no_hanging_boxes(qapp) -> Iterator[None]:
    """A message box nobody answers would block the run for good (a modal loop never lets
    pytest-timeout in): close any that stays up for 3 s and fail."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    strays: list[str] = []
    ticks: dict[int, int] = {}

    def sweep() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            ticks[id(box)] = ticks.get(id(box), 0) + 1
            if ticks[id(box)] > 30:
                strays.append(box.text())
                box.reject()

    timer = QTimer()
    timer.timeout.connect(sweep)
    timer.start(100)
    yield
    timer.stop()
    assert not strays, strays


def dialog_for(qtbot) -> BackupsDialog:  # noqa: ANN001
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def settle(qtbot, dialog: BackupsDialog) -> None:  # noqa: ANN001
    """Let the worker finish checking and counting, and its results reach the table."""
    assert worker.wait_idle(20_000)
    qtbot.waitUntil(lambda: all(dialog.model.item(r, STATE).text() not in ("Checking…", "Controleren…")
                                for r in range(dialog.model.rowCount())), timeout=5000)


def test_lists_backups_with_kind_size_and_counts_in_dutch(crm: Path, qtbot, dutch, shots: Path) -> None:
    companies.save_company(Company(name="Bakkerij Bolletje"))
    backup.daily_backup_if_due(date(2026, 3, 2))
    companies.save_company(Company(name="Slagerij Worst"))
    backup.before_risky_action("bulk")
    backup.backup_now()
    broken = backup.automatic_backup("daily")
    broken.write_bytes(broken.read_bytes()[:3000])

    dialog = dialog_for(qtbot)
    dialog.resize(900, 420)
    settle(qtbot, dialog)
    model = dialog.model
    assert model.rowCount() == 4
    kinds = [model.item(r, KIND).text() for r in range(4)]
    assert kinds == ["Dagelijks", "Met de hand gemaakt", "Vóór een bulkwijziging", "Dagelijks"]
    assert [model.item(r, COMPANIES).text() for r in range(4)] == ["", "2", "2", "1"]
    assert [model.item(r, PERSONS).text() for r in range(1, 4)] == ["0", "0", "0"]
    assert [model.item(r, STATE).text() for r in range(4)] == ["Beschadigd", "Goed", "Goed", "Goed"]
    assert str(backup.backup_folder()) in dialog.folder_label.text()
    dialog.table.selectRow(1)
    dialog.grab().save(str(shots / "backups_dialog_nl.png"))
    assert not dutch.missing, dutch.missing


def test_back_up_now_adds_a_row(crm: Path, qtbot) -> None:
    dialog = dialog_for(qtbot)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, dialog)
    assert dialog.model.item(0, KIND).text() == kind_text("manual")
    assert "Backed up to" in dialog.status.text()


def test_restore_asks_first_then_restores(crm: Path, qtbot, monkeypatch) -> None:
    alfa, _ = companies.save_company(Company(name="Alfa"))
    backup.backup_now()
    companies.save_company(Company(name="Beta"))
    dialog = dialog_for(qtbot)
    settle(qtbot, dialog)
    dialog.table.selectRow(0)

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Cancel)
    dialog.restore_selected()
    assert asked and "backed up first" in asked[0]
    assert backup.list_backups()[0].label == "manual"  # cancelled: nothing happened

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as restored:
        dialog.restore_selected()
    assert restored.args[0].counts["companies"] == 1
    assert companies.get_company(alfa.id).name == "Alfa"
    settle(qtbot, dialog)
    assert {e.label for e in backup.list_backups()} == {"manual", "before-restore"}
    assert dialog.model.rowCount() == 2


def test_a_refused_restore_is_explained(crm: Path, qtbot, monkeypatch, tmp_path: Path) -> None:
    text_file = tmp_path / "adressen.csv"
    text_file.write_text("naam;plaats\n", encoding="utf-8")
    dialog = dialog_for(qtbot)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    dialog.restore(text_file, None)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "not a Desktop CRM database" in warnings[0] and "Nothing was restored" in warnings[0]
    assert dialog.backup_button.isEnabled()


def test_folder_and_keep_count_settings(crm: Path, qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot)
    assert dialog.keep_spin.value() == 14 and not dialog.default_folder_button.isVisible()
    dialog._set_folder(tmp_path / "stick")
    assert backup.backup_folder() == (tmp_path / "stick").resolve()
    assert str(tmp_path / "stick") in dialog.folder_label.text() and dialog.default_folder_button.isVisible()
    dialog.keep_spin.setValue(7)
    assert backup.keep_count() == 7
    dialog.default_folder_button.click()
    assert backup.backup_folder() == backup.default_backup_folder()
