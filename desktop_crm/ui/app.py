"""Starting the desktop app: the QApplication, the language, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm import APP_DISPLAY_NAME, APP_NAME, __version__, i18n
from desktop_crm.services import database
from desktop_crm.services.database import DatabaseFileError
from desktop_crm.ui import platform_check
from desktop_crm.ui.about_dialog import APP_ID, app_icon


def application() -> QApplication:
    """The one QApplication, created with the app's names (QSettings uses them)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())  # window, taskbar and task switcher
    app.setDesktopFileName(APP_ID)  # Wayland/X11 match the window to packaging/linux's .desktop file
    return app  # type: ignore[return-value]


def open_database_or_explain(path: Path, language: str) -> bool:
    """Open the database; on failure explain in a message box and return False."""
    try:
        database.open_db(path, language=language)
    except DatabaseFileError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, i18n.tr_file_error(exc))
        return False
    except OSError as exc:
        text = QCoreApplication.translate("App", "The database {path} cannot be opened: {error}")
        QMessageBox.critical(None, APP_DISPLAY_NAME, text.format(path=path, error=exc.strerror or exc))
        return False
    return True


def run_gui(path: Path, language: str | None = None) -> int:
    platform_check.check_or_exit()  # missing xcb libraries: one line naming the packages, exit 1
    app = application()
    i18n.install(i18n.chosen_language(language))
    if not open_database_or_explain(path, i18n.chosen_language(language)):
        return 1
    from desktop_crm.ui.windows.main_window import MainWindow

    window = MainWindow(path)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
