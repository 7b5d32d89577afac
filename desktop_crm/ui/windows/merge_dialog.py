"""Merge two duplicates: which record stays, and for each field the value from either record.

Everything that hangs off both (a company's persons, interests, a person's subscriptions and their
history, selection memberships) stays with the surviving record; the other goes to the trash with a
note in its history. The merge is one change that can be undone (``undo_tx``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import duplicates, lists, merge
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub

_LISTS = {"category_id": ListKind.CATEGORY, "business_id": ListKind.BUSINESS, "our_contact_id": ListKind.ASSOCIATE,
          "lead_status_id": ListKind.LEAD_STATUS}


def shown_value(name: str, value: object) -> str:
    """A field's value as the dialog shows it."""
    if value is None or value == "":
        return ""
    if name in _LISTS:
        item = lists.item(_LISTS[name], value)  # type: ignore[arg-type]
        return item.name if item else ""
    if name == "company_id":
        return duplicates.labels("company", [value]).get(value, "")  # type: ignore[list-item,call-overload]
    if isinstance(value, bool):
        return QCoreApplication.translate("MergeDialog", "Yes") if value else ""
    return " ".join(str(value).split()) if name != "notes" else str(value)


class MergeDialog(QDialog):
    def __init__(self, kind: str, a_id: int, b_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.ids = (a_id, b_id)
        self.records = (merge.load(kind, a_id), merge.load(kind, b_id))
        self.undo_tx: str | None = None
        self.changes = ChangeSet()
        self.setWindowTitle(self.tr("Merge duplicates"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the record that stays, and for each field which value it keeps. Everything "
                               "that belongs to either record stays with it; the other goes to the trash. You can "
                               "undo the merge."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        labels = duplicates.labels(kind, list(self.ids))
        self.keep = QButtonGroup(self)
        for column, record_id in enumerate(self.ids, start=1):
            radio = QRadioButton(self.tr("Keep this record"))
            radio.setStyleSheet("font-weight: bold")
            self.keep.addButton(radio, column - 1)
            grid.addWidget(radio, 0, column)
            name = QLabel(labels.get(record_id, ""))
            name.setWordWrap(True)
            grid.addWidget(name, 1, column)
        self.keep.button(0).setChecked(True)
        self.keep.idToggled.connect(self._keep_changed)
        self.choices: dict[str, QButtonGroup] = {}
        row = 2
        for name in merge.fields(kind):
            values = [getattr(r, name) for r in self.records]
            shown = [shown_value(name, v) for v in values]
            if not any(shown):
                continue
            label = QLabel(i18n.tr_field(name))
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, text in enumerate(shown, start=1):
                one_line = " ".join(text.split())
                radio = QRadioButton(self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, 300)
                                     if one_line else self.tr("(empty)"))
                radio.setToolTip(text)
                group.addButton(radio, column - 1)
                grid.addWidget(radio, row, column)
            if name == "notes" and all(shown) and shown[0] != shown[1]:
                both = QRadioButton(self.tr("Both notes"))
                group.addButton(both, 2)
                row += 1
                grid.addWidget(both, row, 1)
            if shown[0] == shown[1]:
                for button in group.buttons():
                    button.setEnabled(False)
            self.choices[name] = group
            row += 1
        interests = QLabel(self.tr("Interests, subscriptions and their history of both records are kept."))
        interests.setWordWrap(True)
        grid.addWidget(interests, row, 0, 1, 3)
        grid.setRowStretch(row + 1, 1)  # extra height goes below the fields, not between them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._keep_changed(0, True)
        self.resize(760, 560)

    def keep_index(self) -> int:
        return self.keep.checkedId()

    def _keep_changed(self, index: int, checked: bool) -> None:
        """The defaults follow the survivor: its own values, the other's where it has none."""
        if not checked:
            return
        keep, other = self.records[index], self.records[1 - index]
        defaults = merge.default_choices(self.kind, keep, other)
        for name, group in self.choices.items():
            how = defaults.get(name, "keep")
            button = group.button(2 if how == "both" else (index if how == "keep" else 1 - index))
            if button is not None:
                button.setChecked(True)

    def choose(self, name: str, which: int) -> None:
        """Take field ``name`` from record 0 or 1 (2: both, for notes)."""
        self.choices[name].button(which).setChecked(True)

    def chosen(self) -> dict[str, str]:
        keep = self.keep_index()
        out = {}
        for name, group in self.choices.items():
            which = group.checkedId()
            out[name] = "both" if which == 2 else ("keep" if which == keep else "other")
        return out

    def run(self) -> None:
        """Merge on the worker (a company with many persons moves them all); the dialog waits, greyed
        out, and closes when it is done, or says why not and can be changed and tried again."""
        keep = self.keep_index()
        kind, keep_id, other_id, chosen = self.kind, self.ids[keep], self.ids[1 - keep], self.chosen()
        self.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def done(changes: ChangeSet) -> None:
            QApplication.restoreOverrideCursor()
            self.setEnabled(True)
            self.undo_tx = changes.undo
            self.changes = changes
            hub().publish(changes)
            hub().status_message.emit(self.tr("Merged. The other record is in the trash; the merge can be undone."))
            self.accept()

        def failed(exc: Exception) -> None:
            QApplication.restoreOverrideCursor()
            self.setEnabled(True)
            QMessageBox.warning(self, self.windowTitle(), i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc))

        self.task = worker.run_task(lambda: merge.merge(kind, keep_id, other_id, chosen), done, failed)
