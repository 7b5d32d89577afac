"""Tools > Duplicates: likely duplicate companies or persons of the whole database, best first,
merged one pair at a time (the search runs on the worker thread with a progress dialog)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain.dedupe import REASON_LABELS, Candidate
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import duplicates, merge
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub

SHOWN = 10_000  # pairs listed (best first); the rest are counted
SCORE, WHY, FIRST, SECOND = range(4)


class PairsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[Candidate] = []
        self.labels: dict[int, str] = {}

    def reset(self, pairs: list[Candidate], labels: dict[int, str]) -> None:
        self.beginResetModel()
        self.pairs, self.labels = pairs, labels
        self.endResetModel()

    def remove_pairs_with(self, record_id: int) -> None:
        """A merged-away record: its pairs are gone."""
        self.reset([p for p in self.pairs if record_id not in (p.a, p.b)], self.labels)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("DuplicatesWindow", "Score"),
                    QCoreApplication.translate("DuplicatesWindow", "Why"),
                    QCoreApplication.translate("DuplicatesWindow", "Record"),
                    QCoreApplication.translate("DuplicatesWindow", "Looks like"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SCORE:
                return str(pair.score)
            if column == WHY:
                return ", ".join(QCoreApplication.translate("Duplicates", REASON_LABELS[r])
                                 for r in sorted(pair.reasons) if r in REASON_LABELS)
            return self.labels.get(pair.a if column == FIRST else pair.b, f"#{pair.a if column == FIRST else pair.b}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DuplicatesWindow(QWidget):
    def __init__(self, kind: str = "person", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicates"))
        self.merges: list[str] = []  # transactions of the merges made here, for undo
        self.task = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Persons"), "person")
        self.kind.addItem(self.tr("Companies"), "company")
        self.kind.setCurrentIndex(0 if kind == "person" else 1)
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("Lowest score")))
        self.min_score = QSpinBox()
        self.min_score.setRange(50, 100)
        self.min_score.setValue(70)
        top.addWidget(self.min_score)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        top.addWidget(self.search_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = PairsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SECOND, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _: self.merge_current())
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        bottom.addWidget(self.status, 1)
        self.open_button = QPushButton(self.tr("Open both"))
        self.open_button.clicked.connect(self.open_current)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_current)
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.clicked.connect(self.undo_last)
        for button in (self.open_button, self.merge_button, self.undo_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.resize(900, 560)

    def current_kind(self) -> str:
        return self.kind.currentData()

    def current_pair(self) -> Candidate | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.pairs[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.current_pair() is not None
        self.open_button.setEnabled(has)
        self.merge_button.setEnabled(has)
        self.undo_button.setEnabled(bool(self.merges))

    def search(self) -> None:
        if self.task is not None:
            return
        kind, min_score = self.current_kind(), self.min_score.value()
        dialog = QProgressDialog(self.tr("Looking for duplicates…"), self.tr("Cancel"), 0, 4, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)

        def job(progress):
            pairs = duplicates.find_duplicates(kind, min_score=min_score, progress=progress.report)
            shown = pairs[:SHOWN]
            return len(pairs), shown, duplicates.labels(kind, {i for p in shown for i in (p.a, p.b)})

        self.search_button.setEnabled(False)
        self.task = worker.run_task(job, with_progress=True, on_done=lambda r: self._found(dialog, r),
                                    on_error=lambda e: self._failed(dialog, e),
                                    on_progress=lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        dialog.canceled.connect(self.task.progress.cancel)

    def _found(self, dialog: QProgressDialog, result) -> None:
        dialog.close()
        self.task = None
        self.search_button.setEnabled(True)
        total, shown, labels = result
        self.model.reset(shown, labels)
        if total > len(shown):
            self.status.setText(self.tr("{total} likely duplicate pairs; the best {shown} are listed.").format(
                total=total, shown=len(shown)))
        else:
            self.status.setText(self.tr("%n likely duplicate pair(s).", "", total))
        self._update_buttons()

    def _failed(self, dialog: QProgressDialog, exc: Exception) -> None:
        dialog.close()
        self.task = None
        self.search_button.setEnabled(True)
        self.status.setText(i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc))

    def open_current(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            for record_id in (pair.a, pair.b):
                hub().open_record.emit(pair.kind, record_id)

    def merge_dialog(self, pair: Candidate):
        from desktop_crm.ui.windows.merge_dialog import MergeDialog

        return MergeDialog(pair.kind, pair.a, pair.b, self)

    def merge_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        dialog = self.merge_dialog(pair)
        if dialog.exec() and dialog.undo_tx:
            self.merged(dialog, pair)

    def merged(self, dialog, pair: Candidate) -> None:
        self.merges.append(dialog.undo_tx)
        gone = pair.b if dialog.keep_index() == 0 else pair.a
        self.model.remove_pairs_with(gone)
        self.status.setText(self.tr("Merged. %n pair(s) left.", "", self.model.rowCount()))
        self._update_buttons()

    def undo_last(self) -> worker.Task | None:
        """Undo the last merge, on the worker (a company's persons move back)."""
        if not self.merges:
            return None
        tx = self.merges.pop()
        self.undo_button.setEnabled(False)

        def done(changes) -> None:  # noqa: ANN001 - ChangeSet
            hub().publish(changes)
            self.status.setText(self.tr("The merge was undone. Search again to see the pair."))
            self._update_buttons()

        def failed(exc: Exception) -> None:
            self.merges.append(tx)  # still there to undo
            self.status.setText(i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc))
            self._update_buttons()

        return worker.run_task(lambda: merge.undo_merge(tx), done, failed)
