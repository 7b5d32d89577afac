"""File > Backups: the backups of the open database (date, kind, size, record counts), restore with
confirmation, back up now, and where backups go and how many automatic ones are kept.

Listing is a folder read; checking each backup and counting its records happens on the worker
thread (a backup is read through SQLite without being changed), so the dialog opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import backup
from desktop_crm.services.backup import BackupDetails, BackupEntry, RestoreResult
from desktop_crm.services.database import DatabaseFileError
from desktop_crm.ui import worker

DATE, KIND, SIZE, COMPANIES, PERSONS, STATE = range(6)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_text(label: str) -> str:
    """What a backup's label means, in the interface language."""
    fixed = {
        "daily": QCoreApplication.translate("BackupsDialog", "Daily"),
        "manual": QCoreApplication.translate("BackupsDialog", "Made by hand"),
        "damaged": QCoreApplication.translate("BackupsDialog", "Damaged file, kept"),
        "before-bulk": QCoreApplication.translate("BackupsDialog", "Before a bulk change"),
        "before-import": QCoreApplication.translate("BackupsDialog", "Before an import"),
        "before-merge": QCoreApplication.translate("BackupsDialog", "Before a merge"),
        "before-restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
    }
    if label in fixed:
        return fixed[label]
    if label.startswith("before-migration-v"):
        return QCoreApplication.translate("BackupsDialog", "Before an update of the file (version {version})").format(
            version=label.removeprefix("before-migration-v"))
    if label.startswith("before-"):
        return QCoreApplication.translate("BackupsDialog", "Before a change ({what})").format(
            what=label.removeprefix("before-"))
    return label


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsDialog(QDialog):
    """``restored(RestoreResult)`` after a restore: the app refreshes every open screen."""

    restored = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(860, 460)
        self._busy = False
        self._alive = True  # False once closed: late results from the worker are dropped
        self._generation = 0
        self.before_restore: Callable[[], bool] = lambda: True  # the app closes open cards (asking) here

        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(self.tr("Change folder…"), self)
        self.change_folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button = QPushButton(self.tr("Use the standard folder"), self)
        self.default_folder_button.clicked.connect(lambda: self._set_folder(None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder_button)
        folder_row.addWidget(self.default_folder_button)

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, 999)
        self.keep_spin.setValue(backup.keep_count())
        self.keep_spin.valueChanged.connect(self._keep_changed)
        keep_label = QLabel(self.tr("Automatic backups to keep (daily and before risky changes):"), self)
        keep_label.setBuddy(self.keep_spin)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch(1)

        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("Size"), self.tr("Companies"), self.tr("Persons"),
            self.tr("State")])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        action_row = QHBoxLayout()
        action_row.addWidget(self.backup_button)
        action_row.addWidget(self.restore_button)
        action_row.addWidget(self.restore_file_button)
        action_row.addStretch(1)
        action_row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addLayout(keep_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(action_row)
        self.refresh()

    # --- the list --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        folder = backup.backup_folder()
        self.folder_label.setText(self.tr("Backups are kept in {folder}").format(folder=folder))
        self.default_folder_button.setVisible(folder != backup.default_backup_folder())
        self.model.removeRows(0, self.model.rowCount())
        entries = backup.list_backups()
        locale = QLocale()
        for entry in entries:
            when = entry.created.astimezone()
            date_item = QStandardItem(locale.toString(when, QLocale.FormatType.ShortFormat))
            date_item.setData(entry, ENTRY_ROLE)
            date_item.setToolTip(str(entry.path))
            size_item = QStandardItem(size_text(entry.size))
            size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([date_item, QStandardItem(kind_text(entry.label)), size_item,
                                  QStandardItem(""), QStandardItem(""), QStandardItem(self.tr("Checking…"))])
        if not entries:
            self.status.setText(self.tr("There are no backups yet. \"Back up now\" makes one."))
        else:
            self.status.setText(self.tr("%n backup(s).", "", len(entries)))
        self._generation += 1
        generation = self._generation
        for row, entry in enumerate(entries):
            worker.run_task(lambda e=entry: backup.inspect_backup(e),
                            on_done=lambda details, r=row, g=generation: self._show_details(r, g, details),
                            on_error=lambda exc: None)
        self._update_buttons()

    def _show_details(self, row: int, generation: int, details: BackupDetails) -> None:
        if not self._alive or generation != self._generation or row >= self.model.rowCount():
            return
        locale = QLocale()
        if details.ok:
            for column, key in ((COMPANIES, "companies"), (PERSONS, "persons")):
                item = self.model.item(row, column)
                item.setText(locale.toString(details.counts.get(key, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.item(row, STATE).setText(self.tr("Good"))
        else:
            state = self.model.item(row, STATE)
            state.setText(self.problem_text(details))
            state.setToolTip(details.detail)
        self.model.item(row, DATE).setData(details, ENTRY_ROLE + 1)

    def problem_text(self, details: BackupDetails) -> str:
        texts = {
            "newer": self.tr("Made by a newer version"),
            "foreign": self.tr("Not a Desktop CRM database"),
            "empty": self.tr("Not a Desktop CRM database"),
            "missing": self.tr("Gone"),
        }
        return texts.get(details.problem or "", self.tr("Damaged"))

    def selected_entry(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows(DATE)
        return rows[0].data(ENTRY_ROLE) if rows else None

    def _update_buttons(self) -> None:
        for button in (self.backup_button, self.restore_file_button, self.change_folder_button):
            button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected_entry() is not None)

    # --- actions ---------------------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._run(backup.backup_now, self._backed_up, self.tr("Making a backup…"))

    def _backed_up(self, path: Path) -> None:
        self.refresh()
        self.status.setText(self.tr("Backed up to {path}").format(path=path))

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.restore(entry.path, entry)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(backup.backup_folder()),
            self.tr("Desktop CRM databases (*.sqlite *.db);;All files (*)"))
        if name:
            self.restore(Path(name), None)

    def restore(self, path: Path, entry: BackupEntry | None) -> bool:
        """Ask, then restore ``path`` on the worker thread. True when the user confirmed."""
        if not self.confirm_restore(path, entry) or not self.before_restore():
            return False
        language = i18n.chosen_language()
        self._run(lambda: backup.restore(path, language=language), self._restored, self.tr("Restoring…"))
        return True

    def confirm_restore(self, path: Path, entry: BackupEntry | None) -> bool:
        when = QLocale().toString(entry.created.astimezone(), QLocale.FormatType.LongFormat) if entry else path.name
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the current database by the backup of {when}?\n\nThe current database is backed up "
                    "first, so you can go back to it from this list.").format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, result: RestoreResult) -> None:
        self.refresh()
        locale = QLocale()
        self.status.setText(self.tr("Restored: {companies} companies, {persons} persons.").format(
            companies=locale.toString(result.counts.get("companies", 0)),
            persons=locale.toString(result.counts.get("persons", 0))))
        self.restored.emit(result)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where backups go"), str(backup.backup_folder()))
        if folder:
            self._set_folder(Path(folder))

    def _set_folder(self, folder: Path | None) -> None:
        try:
            backup.set_backup_folder(folder)
        except CrmError as exc:
            self._fail(exc)
            return
        QSettings().setValue("backups/folder", str(folder) if folder else "")  # see ui/app.py
        self.refresh()

    def _keep_changed(self, value: int) -> None:
        try:
            backup.set_keep_count(value)
        except CrmError as exc:
            self._fail(exc)

    def _run(self, fn, on_done, busy_text: str) -> None:  # noqa: ANN001 - callables
        self._busy = True
        self._update_buttons()
        self.status.setText(busy_text)

        def done(result: object) -> None:
            self._busy = False
            if self._alive:
                self._update_buttons()
                on_done(result)

        worker.run_task(fn, on_done=done, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if self._alive:
            self._update_buttons()
            self._fail(exc)

    def reject(self) -> None:
        """Close, except while a backup or a restore runs (its result must reach the app)."""
        if self._busy:
            return
        self._alive = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._busy:
            event.ignore()
            return
        self._alive = False
        super().closeEvent(event)

    def _fail(self, exc: Exception) -> None:
        from desktop_crm.services.storage_errors import as_crm_error

        error = as_crm_error(exc)
        if error is not None:
            text = i18n.tr_error(error)
        elif isinstance(exc, DatabaseFileError):
            text = i18n.tr_file_error(exc)
        else:
            text = str(exc)
        self.status.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)
