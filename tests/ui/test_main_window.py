"""The app starts on its database, shows which file it opened, speaks Dutch, and closes cleanly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_crm.ui.windows.main_window import MainWindow


def test_window_shows_the_database_and_counts(crm: Path, qtbot, dutch, shots: Path) -> None:
    window = MainWindow(crm)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert str(crm) in window.db_label.text()
    assert str(crm) in window.db_status.text() and "0 bedrijven" in window.db_status.text()
    assert window.menuBar().actions()[0].text() == "&Bestand"
    window.grab().save(str(shots / "main_window_nl.png"))
    assert not dutch.missing, dutch.missing


def test_window_closes_cleanly_and_remembers_its_size(crm: Path, qtbot) -> None:
    window = MainWindow(crm)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert QSettings().value("main_window/geometry") is not None
    again = MainWindow(crm)
    qtbot.addWidget(again)
    assert again.size().width() == 700


def test_the_missing_translation_detector_detects(dutch) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    QCoreApplication.translate("MainWindow", "A text nobody translated")
    assert ("MainWindow", "A text nobody translated") in dutch.missing
