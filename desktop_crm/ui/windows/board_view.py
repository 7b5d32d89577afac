"""The board view of a selection: a column per lead status (or category, our contact, another list
field), a card per person with name, company and last change, and the count of each column.

Dragging a card to another lead status column changes that person's status through
``services.selections.set_lead_status`` (one journaled transaction, following the lead rules). The
change is published on the hub with its undo token, announced on the status bar, and the board's
Undo button reverts it with ``services.undo.undo_action``. Persons whose company is not lead-enabled
are shown apart in a column of their own and cannot be dragged. Each column is a list view over its
own lazy model (``BoardColumnModel``), so thousands of cards cost one page each to show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.criteria import Criteria
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import selections, undo
from desktop_crm.services.selections import BoardColumn
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.models.board_model import PAGE, BoardColumnModel, IdRole

# Status accents: the one place with fixed colours (conventions: "except in the board's status accents").
ACCENTS = ("#3b7dd8", "#e0a020", "#2e9d5b", "#c8463d", "#8e5bb5", "#1d9aa5", "#b86e2a", "#6b7a8f")
APART_ACCENT = "#9a9a9a"
COLUMN_WIDTH = 230


def _column_label(column: BoardColumn) -> str:
    return QCoreApplication.translate("Criteria", column.label) if column.translate else column.label


class BoardColumnWidget(QFrame):
    """A column: its name and count over a lazy list of cards."""

    def __init__(self, board: BoardView, column: BoardColumn, model: BoardColumnModel, accent: str) -> None:
        super().__init__(board)
        self.column, self.model = column, model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QFrame()
        bar.setFixedHeight(4)
        bar.setStyleSheet(f"background-color: {accent}; border-radius: 2px;")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setToolTip(column.description)
        self.header.setText(f"{_column_label(column)} ({QLocale().toString(column.count)})")
        self.view = QListView()
        self.view.setModel(model)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setStyleSheet("QListView::item { border: 1px solid palette(mid); border-radius: 4px; "
                                "padding: 4px; }")
        if column.droppable:
            self.view.setDragEnabled(True)
            self.view.setAcceptDrops(True)
            self.view.setDropIndicatorShown(True)
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        else:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.view.doubleClicked.connect(
            lambda index: hub().open_record.emit(board.target, index.data(IdRole)))
        layout.addWidget(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)


class BoardView(QWidget):
    """The board of a selection (its id) or of criteria being edited."""

    def __init__(self, selection: int | Criteria, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.target = selections.target_of(selection)
        self.columns: list[BoardColumnWidget] = []
        self.undo_token: str | None = None
        self.generation = 0
        name = selections.get(selection).name if isinstance(selection, int) else ""
        self.setWindowTitle(self.tr("Board view") + (f" – {name}" if name else ""))
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Columns by")))
        self.group_combo = QComboBox()
        for key in selections.BOARD_GROUPS[self.target]:
            self.group_combo.addItem(QCoreApplication.translate("Criteria", selections.BOARD_GROUP_LABELS[key]), key)
        head.addWidget(self.group_combo)
        self.total_label = QLabel()
        head.addWidget(self.total_label)
        head.addStretch(1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.message)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        head.addWidget(self.undo_button)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        self.hint = QLabel(self.tr("Drag a card to another column to change the lead status. Persons whose company "
                                   "is not in a lead-enabled category are shown apart and cannot be moved."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.area.setWidget(self.strip)
        layout.addWidget(self.area, 1)
        self.resize(1200, 700)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        self._reload_timer.timeout.connect(self.load)
        self.group_combo.currentIndexChanged.connect(self.load)
        self.refresh_button.clicked.connect(self.load)
        self.undo_button.clicked.connect(self.undo)
        hub().data_changed.connect(self._on_data_changed)
        self.load()

    @property
    def group_by(self) -> str:
        return str(self.group_combo.currentData())

    def load(self) -> None:
        """Columns, counts and each column's first page, on the worker; then the board is rebuilt."""
        self.generation += 1
        generation, group_by, selection = self.generation, self.group_by, self.selection
        self.hint.setVisible(group_by == "lead_status")

        def work():
            query = selections.query(selection)
            columns = selections.board_columns(selection, group_by)
            return query, [(c, selections.board_cards(query, group_by, c.value, None, PAGE, c.count) if c.count else [])
                           for c in columns]

        worker.run_task(work, lambda result: self._show(generation, group_by, *result), self._failed)

    def _show(self, generation: int, group_by: str, query, columns) -> None:
        if generation != self.generation:
            return
        for widget in self.columns:
            self.strip_layout.removeWidget(widget)
            widget.deleteLater()
        self.columns = []
        for i, (column, cards) in enumerate(columns):
            model = BoardColumnModel(query, group_by, column, cards, self)
            model.card_dropped.connect(self.move_cards)
            accent = APART_ACCENT if column.value == selections.APART or column.value is None \
                else ACCENTS[i % len(ACCENTS)]
            widget = BoardColumnWidget(self, column, model, accent)
            self.columns.append(widget)
            self.strip_layout.addWidget(widget)
        total = sum(c.count for c, _ in columns)
        self.total_label.setText(self.tr("%n card(s)", "", total))

    def _failed(self, exc: Exception) -> None:
        self.message.setText(tr_error(exc) if isinstance(exc, CrmError) else str(exc))

    def column(self, value: int | None) -> BoardColumnWidget | None:
        return next((c for c in self.columns if c.column.value == value), None)

    def move_cards(self, ids: list[int], from_value: object, to_value: object) -> bool:
        """A dropped card: change the lead status (one transaction), publish, offer undo, reload."""
        if self.group_by != "lead_status" or not isinstance(to_value, int) or to_value == selections.APART:
            return False
        changes = ChangeSet()
        try:
            for person_id in ids:
                changes.merge(selections.set_lead_status(person_id, to_value))
        except CrmError as exc:
            QMessageBox.information(self, self.windowTitle(), tr_error(exc))
            return False
        target = self.column(to_value)
        status = _column_label(target.column) if target else ""
        names = selections.rows("person", ids, ["name"])
        text = self.tr("Lead status of {name} changed to {status}.").format(
            name=", ".join(names[i][0] for i in ids if i in names), status=status)
        self.undo_token = changes.undo
        self.undo_button.setEnabled(bool(self.undo_token))
        self.message.setText(text)
        hub().publish(changes)
        hub().status_message.emit(text)
        self._reload_timer.stop()
        self.load()
        return True

    def undo(self) -> None:
        if not self.undo_token:
            return
        try:
            changes = undo.undo_action(self.undo_token)
        except CrmError as exc:
            QMessageBox.information(self, self.windowTitle(), tr_error(exc))
            return
        self.undo_token = None
        self.undo_button.setEnabled(False)
        text = self.tr("The lead status change was undone.")
        self.message.setText(text)
        hub().publish(changes)
        hub().status_message.emit(text)
        self._reload_timer.stop()
        self.load()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("person") or changes.touches("company") or changes.touches("selection"):
            self._reload_timer.start()
