"""Exporting records of a list: choose the file and its format, export on the worker with progress."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import browse, export
from desktop_crm.services.browse import ListSpec
from desktop_crm.ui import worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def formats() -> list[tuple[str, str]]:
    """(key, file dialog filter), the Dutch Excel one first."""
    return [
        ("csv;", _tr("CSV for Excel, semicolons (*.csv)")),
        ("csv,", _tr("CSV, commas (*.csv)")),
        ("xlsx", _tr("Excel workbook (*.xlsx)")),
        ("vcard", _tr("vCard address cards (*.vcf)")),
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
    default = Path.home() / (_tr("companies") if kind == "company" else _tr("persons"))
    path, chosen = QFileDialog.getSaveFileName(parent, _tr("Export"), str(default) + ".csv",
                                               ";;".join(f for _, f in choices))
    if not path:
        return
    key = next((k for k, f in choices if f == chosen), "csv;")
    suffix = {"xlsx": ".xlsx", "vcard": ".vcf"}.get(key, ".csv")
    target = Path(path) if Path(path).suffix else Path(path + suffix)
    dialog = QProgressDialog(_tr("Exporting…"), _tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def done(count: int) -> None:
        dialog.close()
        QMessageBox.information(parent, _tr("Export"), _tr("{count} records written to {path}.").format(
            count=count, path=target))

    def failed(exc: Exception) -> None:
        dialog.close()
        text = tr_error(exc) if isinstance(exc, CrmError) else str(exc)
        QMessageBox.warning(parent, _tr("Export"), text)

    def progressed(done_: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_)

    def job(progress: worker.Progress) -> int:
        chosen_ids = ids if ids is not None or spec is None else list(browse.sorted_ids(spec))
        return run_export(kind, chosen_ids, target, key, progress.report)

    task = worker.run_task(job, done, failed, with_progress=True, on_progress=progressed)
    dialog.canceled.connect(task.progress.cancel)
