"""Starting the app: one instance per file, a damaged file offers the newest good backup, a cloud folder
offers a move to this computer, the moved database is remembered, the day's backup is made after start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton

from desktop_crm import cli
from desktop_crm.domain.entities import Company
from desktop_crm.services import backup, companies, database, location
from desktop_crm.ui import app
from desktop_crm.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


def click_when_shown(qtbot, text: str, seen: list[str]) -> None:  # noqa: ANN001
    """Click the button labelled ``text`` of the next message box (recording what it said)."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, attempt)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, attempt)


# --- one instance per database ---------------------------------------------------------------------------------


def test_second_start_on_the_same_file_brings_the_first_forward(gui, qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "crm.sqlite")
    assert first.claim()
    try:
        second = SingleInstance(tmp_path / "." / "crm.sqlite")  # the same file, written differently
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
        other = SingleInstance(tmp_path / "ander.sqlite")
        assert other.claim()  # another file: its own instance
        other.close()
    finally:
        first.close()


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(gui, tmp_path: Path) -> None:
    import socket
    import tempfile

    name = server_name(tmp_path / "crm.sqlite")
    stale = Path(tempfile.gettempdir()) / name
    if sys.platform.startswith("win"):
        pytest.skip("named pipes vanish with their process")
    with socket.socket(socket.AF_UNIX) as dead:
        dead.bind(str(stale))  # bound, never listening: what a killed instance leaves behind
    instance = SingleInstance(tmp_path / "crm.sqlite")
    try:
        assert instance.claim()
    finally:
        instance.close()


def test_another_process_is_sent_to_the_running_one(gui, qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "crm.sqlite")
    assert first.claim()
    code = ("import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
            "app = QCoreApplication([]); from desktop_crm.ui.single_instance import SingleInstance; "
            f"print(SingleInstance(Path({str(tmp_path / 'crm.sqlite')!r})).claim())")
    try:
        with qtbot.waitSignal(first.activated, timeout=10_000):
            proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                    env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
        assert proc.communicate(timeout=20)[0].strip() == "False"
    finally:
        first.close()


def test_new_window_flag_and_remembered_path_reach_the_app(monkeypatch, tmp_path: Path) -> None:
    calls: list[tuple] = []
    monkeypatch.setattr(app, "run_gui", lambda path, lang, **kw: calls.append((path, kw)) or 0)
    monkeypatch.delenv("DESKTOP_CRM_DB", raising=False)
    assert cli.main(["--db", str(tmp_path / "a.sqlite"), "--new-window"]) == 0
    assert cli.main([]) == 0
    assert calls[0] == (tmp_path / "a.sqlite", {"explicit": True, "new_window": True})
    assert calls[1][1] == {"explicit": False, "new_window": False}


def test_moved_database_path_is_remembered(gui, tmp_path: Path) -> None:
    assert app.saved_database_path() is None
    app.remember_database_path(tmp_path / "lokaal.sqlite")
    assert app.saved_database_path() == tmp_path / "lokaal.sqlite"
    assert QSettings().value("database/path") == str(tmp_path / "lokaal.sqlite")


# --- a damaged file ---------------------------------------------------------------------------------------------


def test_damaged_file_offers_the_newest_good_backup(no_stray_boxes, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    database.open_db(path)
    companies.save_company(Company(name="Bakkerij Bolletje"))
    backup.automatic_backup("daily")
    database.close()
    path.write_bytes(path.read_bytes()[:50])  # truncated: a laptop that lost power while copying it

    seen: list[str] = []
    click_when_shown(qtbot, "Restore this backup", seen)
    try:
        assert app.open_database_or_explain(path, "en")
        assert "damaged" in seen[0] and "1 companies" in seen[0]
        assert database.current_path() == path and database.live_counts()["companies"] == 1
        assert any(e.label == "damaged" for e in backup.list_backups())  # the broken file is kept
        assert no_stray_boxes == []
    finally:
        database.close()


def test_damaged_file_without_backups_is_explained(no_stray_boxes, tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 30)
    assert not app.open_database_or_explain(path, "en")
    (shown,) = no_stray_boxes
    assert shown.startswith("critical:") and "damaged" in shown and "It was not changed" in shown
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 30


class Window(QMainWindow):
    """Stands in for the main window (tests/ui/test_main_window.py has the real one's restore)."""

    def __init__(self) -> None:
        super().__init__()
        self.cards_closed = self.refreshed = 0

    def close_all_cards(self) -> bool:
        self.cards_closed += 1
        return True

    def show_restored_data(self) -> None:
        self.refreshed += 1


def test_damage_found_after_start_offers_the_backup(crm: Path, no_stray_boxes, qtbot) -> None:
    companies.save_company(Company(name="Alfa"))
    backup.automatic_backup("daily")
    window = Window()
    qtbot.addWidget(window)
    seen: list[str] = []
    click_when_shown(qtbot, "Restore this backup", seen)
    app.maintenance_done(window, backup.Maintenance(problem="row 7 missing from index"), "en")
    assert "row 7 missing from index" in seen[0]
    assert database.current_path() == crm and window.cards_closed == window.refreshed == 1  # every screen reloads
    app.maintenance_done(window, backup.Maintenance(daily=crm), "en")
    assert "Today's backup was made" in window.statusBar().currentMessage()
    assert no_stray_boxes == []


# --- cloud folders ----------------------------------------------------------------------------------------------


def test_cloud_folder_warning_moves_the_database_here(crm: Path, no_stray_boxes, qtbot, monkeypatch,
                                                     tmp_path: Path) -> None:
    companies.save_company(Company(name="Alfa"))
    monkeypatch.setattr(location, "detect", lambda path: location.Location(location.CLOUD, "OneDrive")
                        if "lokaal" not in str(path) else location.Location(location.LOCAL))
    monkeypatch.setattr(location, "local_folder", lambda: tmp_path / "lokaal")
    seen: list[str] = []
    click_when_shown(qtbot, "Move to this computer", seen)
    new_path = app.check_location(crm, "en")
    assert "OneDrive synchronises" in seen[0]
    assert new_path == tmp_path / "lokaal" / crm.name and database.current_path() == new_path
    assert app.saved_database_path() == new_path
    assert backup.backup_folder() == tmp_path / "lokaal" / "backups"
    assert database.live_counts()["companies"] == 1
    (told,) = no_stray_boxes
    assert told.startswith("information: The database is now")


def test_cloud_folder_warning_can_keep_backups_here_and_be_silenced(crm: Path, no_stray_boxes, qtbot, monkeypatch,
                                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(location, "detect", lambda path: location.Location(location.NETWORK, r"\\nas"))
    monkeypatch.setattr(location, "local_folder", lambda: tmp_path / "lokaal")

    def choose(text: str) -> list[str]:
        seen: list[str] = []

        def attempt() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, attempt)
                return
            seen.append(box.text())
            box.checkBox().setChecked(True)
            next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

        QTimer.singleShot(0, attempt)
        return seen

    seen = choose("Only keep backups on this computer")
    assert app.check_location(crm, "en") == crm
    assert "network drive" in seen[0]
    assert backup.backup_folder() == (tmp_path / "lokaal" / "backups").resolve()
    assert app.check_location(crm, "en") == crm  # silenced for this file: no box this time
    assert no_stray_boxes == []


def test_run_gui_on_a_file_that_is_open_elsewhere_just_brings_that_forward(gui, qtbot, tmp_path: Path,
                                                                            monkeypatch) -> None:
    path = tmp_path / "crm.sqlite"
    first = SingleInstance(path)
    assert first.claim()
    opened: list[Path] = []
    monkeypatch.setattr(app, "open_database_or_explain", lambda p, lang: opened.append(p) or False)
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert app.run_gui(path, "en") == 0
        assert opened == [] and not path.exists()  # the database was not even opened a second time
        assert app.run_gui(path, "en", new_window=True) == 1  # --new-window goes on (to the stub above)
        assert opened == [path]
    finally:
        first.close()


def test_the_old_copy_of_a_moved_database_points_to_the_new_one(crm: Path, no_stray_boxes, qtbot, monkeypatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.setattr(location, "detect", lambda path: location.Location(location.CLOUD, "Dropbox")
                        if "lokaal" not in str(path) else location.Location(location.LOCAL))
    monkeypatch.setattr(location, "local_folder", lambda: tmp_path / "lokaal")
    click_when_shown(qtbot, "Move to this computer", [])
    new_path = app.check_location(crm, "en")
    database.open_db(crm)  # later, an old shortcut opens the old copy
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    assert app.check_location(crm, "en") == new_path
    assert "was moved to" in asked[0] and database.current_path() == new_path
