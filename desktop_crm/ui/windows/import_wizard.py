"""File > Import: a wizard from the file to the imported records.

file -> which column is what (remembered per set of columns, savable as a file) -> what happens to
records that are already there and to rows with problems -> a preview of everything (nothing
written; unknown list values and single matches can be changed here) -> the import itself, on the
worker thread with a progress dialog that can cancel it (then nothing at all is written) -> the
result, with a link to the import's selection and an undo of the whole import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.import_mapping import Mapping
from desktop_crm.services import importer
from desktop_crm.services.bulk import Cancelled
from desktop_crm.services.importer import ImportOptions, ImportResult
from desktop_crm.services.readers import Table
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.windows.import_pages import (
    FilePage,
    MappingPage,
    OptionsPage,
    PreviewPage,
    error_text,
    number,
    summary_html,
)


@dataclass
class ImportState:
    """Everything the pages choose, shared between them."""

    path: Path | None = None
    kind_choice: str | None = None
    table: Table | None = None
    mapping: Mapping | None = None
    sample: list[list[str]] = field(default_factory=list)
    skip_bad_rows: bool = False
    report_path: Path | None = None
    create_list_values: bool = True
    list_values: dict[tuple[str, str], int] = field(default_factory=dict)
    row_actions: dict[int, str] = field(default_factory=dict)
    preview: ImportResult | None = None
    result: ImportResult | None = None

    def options(self, expected_rows: int = 0) -> ImportOptions:
        from desktop_crm import i18n

        assert self.mapping is not None
        return ImportOptions(
            mapping=self.mapping, row_actions=dict(self.row_actions), skip_bad_rows=self.skip_bad_rows,
            report_path=self.report_path, list_values=dict(self.list_values),
            create_list_values=self.create_list_values, expected_rows=expected_rows,
            selection_suffixes=(" " + QCoreApplication.translate("ImportWizard", "(companies)"),
                                " " + QCoreApplication.translate("ImportWizard", "(persons)")),
            translate=i18n.tr_message)


class ResultPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Imported"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setWordWrap(True)
        self.link.linkActivated.connect(self._open)
        layout.addWidget(self.link)
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.clicked.connect(self._undo)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        result = self.state.result
        assert result is not None
        text = summary_html(result, preview=False, skip_bad=self.state.skip_bad_rows)
        if result.report_path is not None:
            text += "<br>" + self.tr("The rows with problems are in {file}.").format(file=result.report_path)
        self.summary.setText(text)
        selection = result.selection_ids.get(self.state.mapping.kind) or next(iter(result.selection_ids.values()),
                                                                               None)
        if selection is None:
            self.link.setText(self.tr("Nothing was changed: every row was already there."))
            self.undo.hide()
            return
        from desktop_crm.services import selections

        name = selections.get(selection).name
        self.link.setText(self.tr("The records this import added or changed are in the selection "
                                  "<a href=\"{id}\">{name}</a>, where you can check and correct them.").format(
                              id=selection, name=name))
        self.undo.show()

    def _open(self, link: str) -> None:
        self.wizard().open_selection.emit(int(link))

    def _undo(self) -> None:
        result = self.state.result
        if result is None or not result.selection_ids:
            return
        selection = next(iter(result.selection_ids.values()))
        self.undo.setEnabled(False)
        worker.run_task(lambda: importer.undo_import(selection), on_done=self._undone,
                        on_error=lambda e: (self.undo.setEnabled(True), self.note.setText(error_text(e))))

    def _undone(self, changes) -> None:
        hub().publish(changes)
        self.note.setText(self.tr("The import was undone: the records it added are in the trash, the fields it "
                                  "changed have their old values back."))


class ImportWizard(QWizard):
    """The import, start to finish. ``open_selection(id)`` asks the main window to show a selection."""

    open_selection = Signal(int)
    FILE, MAPPING, OPTIONS, PREVIEW, RESULT = range(5)

    def __init__(self, parent: QWidget | None = None, path: Path | str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import companies and persons"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.state = ImportState()
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.options_page = OptionsPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.result_page = ResultPage(self.state)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.options_page, self.preview_page,
                                        self.result_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.preview_page.setCommitPage(True)
        self.progress: QProgressDialog | None = None
        self.task = None
        self.resize(820, 600)
        if path is not None:
            self.file_page.path.setText(str(path))

    def start_import(self) -> bool:
        """The preview page's Import: run it on the worker with a progress dialog; the wizard moves on
        to the result when it is done (``validatePage`` returns False until then)."""
        if self.state.result is not None:
            return True
        if self.task is not None:
            return False
        preview = self.state.preview
        total = preview.rows if preview is not None else 0
        options = self.state.options(expected_rows=total)
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, max(total, 1), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        table = self.state.table

        def job(progress):
            return importer.run_import(table, options, progress=progress.report)

        self.task = worker.run_task(job, with_progress=True, on_done=self._imported, on_error=self._failed,
                                    on_progress=self._progressed)
        dialog.canceled.connect(self.task.progress.cancel)
        return False

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))
            self.progress.setLabelText(self.tr("Importing… {done} of {total} rows").format(
                done=number(done), total=number(total)))

    def _close_progress(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, result: ImportResult) -> None:
        self._close_progress()
        self.state.result = result
        hub().publish(result.changes)
        hub().status_message.emit(self.tr("Import of {file} done: {new} added, {updated} updated.").format(
            file=result.file, new=number(result.total_created), updated=number(result.total_updated)))
        self.next()

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            text = self.tr("The import was cancelled: nothing was changed.")
        elif isinstance(exc, importer.ImportFailed):
            text = error_text(exc) + " " + self.tr("Nothing was changed.")
        elif isinstance(exc, CrmError):
            text = error_text(exc)
        else:
            text = self.tr("The import failed, nothing was changed: {error}").format(error=exc)
        self.preview_page.summary.setText(text)

    def cancel_running(self) -> None:
        if self.task is not None:
            self.task.progress.cancel()

    def reject(self) -> None:
        self.cancel_running()
        super().reject()
