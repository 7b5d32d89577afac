"""Starting the desktop app: the QApplication, the language, one instance per file, the database,
the main window, and the safety net around them.

On start: a second start on the same file brings the first window forward (``--new-window`` opens
another); a damaged file is explained and the newest good backup is offered; a database in a
cloud-synced folder or on a network share gets a warning with the offer to move it to this computer;
after the window shows, the worker checks the file (``quick_check``) and makes the day's backup.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox, QWidget

from desktop_crm import APP_DISPLAY_NAME, APP_NAME, __version__, i18n
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import backup, database, location
from desktop_crm.services.database import DatabaseFileError
from desktop_crm.services.storage_errors import as_crm_error
from desktop_crm.ui import platform_check
from desktop_crm.ui.about_dialog import APP_ID, app_icon

log = logging.getLogger(__name__)
DB_PATH_KEY = "database/path"
BACKUP_FOLDER_KEY = "backups/folder"


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


# --- where the database is ------------------------------------------------------------------------------------


def saved_database_path() -> Path | None:
    """The database the user moved to (QSettings "database/path"), used when no --db or $DESKTOP_CRM_DB."""
    value = QSettings().value(DB_PATH_KEY, "")
    return Path(str(value)) if value else None


def remember_database_path(path: Path | None) -> None:
    if path is None:
        QSettings().remove(DB_PATH_KEY)
    else:
        QSettings().setValue(DB_PATH_KEY, str(path))


def known_backup_folders() -> list[Path]:
    """Backup folders the user chose on this PC (to find backups of a file too damaged to say)."""
    value = QSettings().value(BACKUP_FOLDER_KEY, "")
    return [Path(str(value))] if value else []


# --- opening, and what to do when it fails ---------------------------------------------------------------------


def _critical(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(parent, APP_DISPLAY_NAME, text)


def open_database_or_explain(path: Path, language: str) -> bool:
    """Open the database; on failure explain (offering a backup for a damaged file) and return False."""
    try:
        database.open_db(path, language=language)
    except DatabaseFileError as exc:
        text = i18n.tr_file_error(exc)
        if exc.kind == "damaged" and offer_restore(path, text, language):
            return True
        _critical(None, text)
        return False
    except OSError as exc:
        text = QCoreApplication.translate("App", "The database {path} cannot be opened: {error}")
        _critical(None, text.format(path=path, error=exc.strerror or exc))
        return False
    except Exception as exc:
        failure = as_crm_error(exc)
        if failure is None:
            raise
        _critical(None, i18n.tr_error(failure))
        return False
    return True


def offer_restore(path: Path, reason: str, language: str, parent: QWidget | None = None,
                  before: Callable[[], bool] | None = None) -> bool:
    """Say what is wrong with ``path`` and offer its newest good backup; True when it was restored and opened.

    ``before()`` runs once the user said yes (the main window closes its cards, asking about unsaved
    input); when it returns False nothing is restored."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        best = backup.newest_good_backup(path, known_backup_folders())
    finally:
        QGuiApplication.restoreOverrideCursor()
    if best is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME, reason, QMessageBox.StandardButton.NoButton,
                      parent)
    locale = QLocale()
    box.setInformativeText(QCoreApplication.translate(
        "App", "The newest good backup is from {when}: {companies} companies and {persons} persons. Restore it? "
        "The damaged file is kept next to the backups.").format(
        when=locale.toString(best.entry.created.astimezone(), QLocale.FormatType.LongFormat),
        companies=locale.toString(best.counts.get("companies", 0)),
        persons=locale.toString(best.counts.get("persons", 0))))
    restore_button = box.addButton(QCoreApplication.translate("App", "Restore this backup"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore_button)
    box.exec()
    accepted = box.clickedButton() is restore_button
    box.deleteLater()
    if not accepted or (before is not None and not before()):
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup.restore(best.entry.path, path, language=language)
    except CrmError as exc:
        QGuiApplication.restoreOverrideCursor()
        _critical(parent, i18n.tr_error(exc))
        return False
    except DatabaseFileError as exc:
        QGuiApplication.restoreOverrideCursor()
        _critical(parent, i18n.tr_file_error(exc))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


# --- cloud folders and network shares --------------------------------------------------------------------------


def location_text(found: location.Location, path: Path) -> str:
    if found.kind == location.CLOUD:
        return QCoreApplication.translate(
            "App", "The database {path} is in a folder that {provider} synchronises. A sync program can copy or "
            "replace the file while it is being written, and that is how databases get damaged.").format(
            path=path, provider=found.provider)
    return QCoreApplication.translate(
        "App", "The database {path} is on a network drive ({provider}). Network drives can lose writes and "
        "locks, and that is how databases get damaged.").format(path=path, provider=found.provider)


def check_location(path: Path, language: str, parent: QWidget | None = None) -> Path:
    """Warn about a cloud or network location and offer a local folder; returns the path now in use."""
    moved_to = moved_database(path)
    if moved_to is not None:
        return offer_moved(path, moved_to, language, parent)
    found = location.detect(path)
    settings = QSettings()
    ignore_key = f"location/ignore/{_settings_key(path)}"
    if not found.risky or settings.value(ignore_key, False, type=bool):
        return path
    box = QMessageBox(QMessageBox.Icon.Warning, APP_DISPLAY_NAME, location_text(found, path),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "App", "Move the database to a folder on this computer ({folder})? Backups will be kept there too. "
        "The file here is left as it is.").format(folder=location.local_folder()))
    move_button = box.addButton(QCoreApplication.translate("App", "Move to this computer"),
                                QMessageBox.ButtonRole.AcceptRole)
    backups_button = box.addButton(QCoreApplication.translate("App", "Only keep backups on this computer"),
                                   QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("App", "Leave it"), QMessageBox.ButtonRole.RejectRole)
    never = QCheckBox(QCoreApplication.translate("App", "Do not warn again for this file"), box)
    box.setCheckBox(never)
    box.setDefaultButton(move_button)
    box.exec()
    clicked = box.clickedButton()
    if never.isChecked():
        settings.setValue(ignore_key, True)
    box.deleteLater()
    try:
        if clicked is move_button:
            return move_to_local(path, language, parent)
        if clicked is backups_button:
            folder = location.local_folder() / "backups"
            backup.set_backup_folder(folder)
            QSettings().setValue(BACKUP_FOLDER_KEY, str(folder))
    except CrmError as exc:
        QMessageBox.warning(parent, APP_DISPLAY_NAME, i18n.tr_error(exc))
    return path


def move_to_local(path: Path, language: str, parent: QWidget | None = None) -> Path:
    """Copy the database to the local folder (or one the user picks), verify, switch, remember."""
    folder = location.local_folder()
    if (folder / path.name).exists():
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("App", "Choose a folder on this computer"), str(folder))
        if not chosen:
            return path
        folder = Path(chosen)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        new_path = location.move_database(folder, language=language)
        backup.set_backup_folder(None)  # next to the database: now on this computer
    finally:
        QGuiApplication.restoreOverrideCursor()
    remember_database_path(new_path)
    QSettings().setValue(f"location/moved/{_settings_key(path)}", str(new_path))
    QMessageBox.information(parent, APP_DISPLAY_NAME, QCoreApplication.translate(
        "App", "The database is now {path}. The old file was left where it was; remove it when you no longer "
        "need it.").format(path=new_path))
    return new_path


def moved_database(path: Path) -> Path | None:
    """Where the database at ``path`` was moved to on this PC (if that file still exists)."""
    value = QSettings().value(f"location/moved/{_settings_key(path)}", "")
    moved = Path(str(value)) if value else None
    return moved if moved is not None and moved.exists() and moved != path else None


def offer_moved(path: Path, moved_to: Path, language: str, parent: QWidget | None = None) -> Path:
    """The old copy of a moved database was opened (an old shortcut, --db): offer the moved one, so the
    two copies do not drift apart."""
    answer = QMessageBox.question(parent, APP_DISPLAY_NAME, QCoreApplication.translate(
        "App", "This database was moved to {new}; the file {old} is the old copy. Open the moved database "
        "instead?").format(new=moved_to, old=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return path
    try:
        database.open_db(moved_to, language=language, create=False)
    except (DatabaseFileError, CrmError, OSError) as exc:
        text = i18n.tr_file_error(exc) if isinstance(exc, DatabaseFileError) else (
            i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc))
        QMessageBox.warning(parent, APP_DISPLAY_NAME, text)
        database.open_db(path, language=language, create=False)
        return path
    return moved_to


def _settings_key(path: Path) -> str:
    from desktop_crm.ui.single_instance import server_name

    return server_name(path)


# --- the running app ---------------------------------------------------------------------------------------------


def start_maintenance(window, language: str) -> None:  # noqa: ANN001 - the MainWindow
    """After the first frame: check the file and make the day's backup on the worker thread."""
    from desktop_crm.ui import worker

    worker.run_task(backup.startup_maintenance, on_done=lambda result: maintenance_done(window, result, language),
                    on_error=lambda exc: log.warning("start-up maintenance failed: %s", exc))


def maintenance_done(window, result: backup.Maintenance, language: str) -> None:  # noqa: ANN001
    path = database.current_path()
    if result.problem is not None and path is not None:
        reason = QCoreApplication.translate(
            "App", "The database {path} is damaged ({detail}).").format(path=path, detail=result.problem)
        if offer_restore(path, reason, language, window, before=window.close_all_cards):
            window.show_restored_data()
        else:
            QMessageBox.warning(window, APP_DISPLAY_NAME, reason + "\n\n" + QCoreApplication.translate(
                "App", "Make a copy of your work elsewhere and restore a backup (File > Backups)."))
        return
    if result.backup_error is not None:
        window.statusBar().showMessage(i18n.tr_error(result.backup_error), 15_000)
    elif result.daily is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "Today's backup was made: {path}").format(path=result.daily), 8000)


def run_gui(path: Path, language: str | None = None, *, explicit: bool = True, new_window: bool = False) -> int:
    """The desktop app on ``path``; without ``explicit`` (no --db, no $DESKTOP_CRM_DB) the database the
    user moved to is used instead."""
    from desktop_crm.ui.single_instance import SingleInstance, bring_forward

    platform_check.check_or_exit()  # missing xcb libraries: one line naming the packages, exit 1
    app = application()
    chosen = i18n.chosen_language(language)
    i18n.install(chosen)
    if not explicit:
        saved = saved_database_path()
        if saved is not None and saved.exists():
            path = saved
    instance: SingleInstance | None = None
    if not new_window:
        instance = SingleInstance(path)
        if not instance.claim():
            return 0  # the running app came forward
    if not open_database_or_explain(path, chosen):
        return 1
    moved = check_location(path, chosen)
    if moved != path and instance is not None:
        instance.close()
        instance = SingleInstance(moved)
        instance.claim()
    path = moved
    from desktop_crm.ui import worker
    from desktop_crm.ui.windows.main_window import MainWindow
    from desktop_crm.ui.windows.sign_in_dialog import ensure_signed_in

    if not ensure_signed_in(None):  # a shared PC asks who is working; Cancel quits
        database.close()
        return 0
    from desktop_crm.ui.windows.config_wizard import first_start

    after_wizard = first_start()  # an empty database never configured: the configuration assistant first

    try:
        window = MainWindow(path)
    except Exception as exc:
        failure = as_crm_error(exc)
        if failure is None:
            raise
        _critical(None, i18n.tr_error(failure))
        database.close()
        return 1
    if instance is not None:
        instance.activated.connect(lambda: bring_forward(window))
    window.show()
    if after_wizard is not None:
        after_wizard(window)  # "import a file now"
    start_maintenance(window, chosen)
    try:
        return app.exec()
    finally:
        worker.wait_idle()
        database.close()
        if instance is not None:
            instance.close()
