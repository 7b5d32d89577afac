"""The application icon and the About dialog: name, version, database, licences; in Dutch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from desktop_crm import __version__
from desktop_crm.ui import about_dialog
from desktop_crm.ui.about_dialog import AboutDialog, app_icon, bundled_components
from desktop_crm.ui.app import application


def test_the_app_has_its_icon_and_desktop_file_name(qapp) -> None:
    application()
    assert not QApplication.windowIcon().isNull()
    assert QApplication.desktopFileName() == about_dialog.APP_ID
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 64, 128, 256, 512} <= sizes
    assert app_icon().pixmap(QSize(64, 64)).width() == 64


def test_licences_of_the_bundled_libraries() -> None:
    found = {c.name.lower(): c for c in bundled_components()}  # names as the packages spell them, "-" for "_"
    assert found["qt"].licence == "LGPL-3.0-only"
    assert found["pyside6-essentials"].licence.startswith("LGPL-3.0")
    assert found["peewee"].licence == "MIT"
    assert found["platformdirs"].licence == "MIT"
    assert found["phonenumbers"].licence == "Apache-2.0"
    assert found["python"].licence == "PSF-2.0"
    assert all(c.version and c.licence != "?" for c in found.values()), found


def test_requirement_names() -> None:
    assert about_dialog._requirement_name("PySide6-Essentials>=6.6") == "PySide6-Essentials"
    assert about_dialog._requirement_name('pytest>=8; extra == "test"') is None
    assert about_dialog._requirement_name("charset-normalizer>=3.0") == "charset-normalizer"


def test_about_dialog_in_dutch(qtbot, dutch, shots: Path, tmp_path: Path) -> None:
    db = tmp_path / "kantoor.sqlite"
    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Over Desktop CRM"
    assert __version__ in dialog.version_label.text()
    assert dialog.database_label.text() == str(db)
    assert dialog.licences.topLevelItemCount() >= 6
    assert dialog.licences.headerItem().text(2) == "Licentie"
    dialog.grab().save(str(shots / "about_dialog_nl.png"))
    assert not dutch.missing, dutch.missing


def test_about_dialog_without_a_database(qtbot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.database_label.text() == "No database is open."
