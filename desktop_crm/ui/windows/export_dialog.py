"""Exporting records of a list: choose the file and its format, export on the worker with progress
(``run_with_progress``, also for the selection search's exports)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import browse, export
from desktop_crm.services.browse import ListSpec
from desktop_crm.services.bulk import Cancelled
from desktop_crm.ui import worker

T = TypeVar("T")


class ExportTexts(QObject):
    """Texts with a count: through ``self.tr`` so that lupdate gives them plural forms."""

    def written(self, count: int, path: str) -> str:
        return self.tr("%Ln record(s) written to {path}.", "", count).format(path=path)


def formats() -> list[tuple[str, str]]:
    """(key, file dialog filter), the Dutch Excel one first."""
    return [
        ("csv;", QCoreApplication.translate("ExportDialog", "CSV for Excel, semicolons (*.csv)")),
        ("csv,", QCoreApplication.translate("ExportDialog", "CSV, commas (*.csv)")),
        ("xlsx", QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)")),
        ("vcard", QCoreApplication.translate("ExportDialog", "vCard address cards (*.vcf)")),
    ]


def run_export(kind: str, ids: Sequence[int] | None, path: Path, key: str, progress=None) -> int:  # noqa: ANN001
    if key.startswith("csv"):
        return export.export_csv(kind, ids, path, delimiter=key[-1], progress=progress)
    if key == "xlsx":
        return export.export_xlsx(kind, ids, path, progress=progress)
    return export.export_vcard(ids, path, kind=kind, progress=progress)


def export_records(parent: QWidget, kind: str, ids: Sequence[int] | None, spec: ListSpec | None = None) -> None:
    """Ask for a file and export ``ids`` of ``kind`` to it; with ``ids`` None, the list ``spec`` describes
    (its ids are read on the worker), or every record."""
    choices = formats()
    default = Path.home() / (
        QCoreApplication.translate("ExportDialog", "companies")
        if kind == "company"
        else QCoreApplication.translate("ExportDialog", "persons")
    )
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export"),
        str(default) + ".csv",
        ";;".join(f for _, f in choices),
    )
    if not path:
        return
    key = next((k for k, f in choices if f == chosen), "csv;")
    suffix = {"xlsx": ".xlsx", "vcard": ".vcf"}.get(key, ".csv")
    target = Path(path) if Path(path).suffix else Path(path + suffix)

    def done(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ExportDialog", "Export"),
            ExportTexts().written(count, str(target)),
        )

    def job(progress: worker.Progress) -> int:
        chosen_ids = ids if ids is not None or spec is None else list(browse.sorted_ids(spec))
        return run_export(kind, chosen_ids, target, key, progress.report)

    run_with_progress(parent, QCoreApplication.translate("ExportDialog", "Export"), job, done)


def run_with_progress(
    parent: QWidget, title: str, job: Callable[[worker.Progress], T], on_done: Callable[[T], None]
) -> worker.Task:
    """Run ``job`` (an export: it writes a file) on the worker behind a progress dialog with a cancel
    button; ``on_done(result)`` on the GUI thread. An error is shown in a message box titled ``title``;
    a cancel just closes the dialog (the export left no file behind)."""
    dialog = QProgressDialog(
        QCoreApplication.translate("ExportDialog", "Exporting…"),
        QCoreApplication.translate("ExportDialog", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def done(result: T) -> None:
        dialog.close()
        on_done(result)

    def failed(exc: Exception) -> None:
        dialog.close()
        if isinstance(exc, Cancelled):
            return
        text = tr_error(exc) if isinstance(exc, CrmError) else str(exc)
        QMessageBox.warning(parent, title, text)

    def progressed(done_: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_)

    task = worker.run_task(job, done, failed, with_progress=True, on_progress=progressed)
    dialog.canceled.connect(task.progress.cancel)
    return task
