"""The Historie tab: a record's change journal, newest first, readable
("Leadstatus: Open → Gekwalificeerd", with the date, the time and the associate)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from desktop_crm import i18n
from desktop_crm.domain.entities import FIELD_LABELS
from desktop_crm.services import history
from desktop_crm.services.history import HistoryEntry

MAX_SHOWN = 60  # characters of a value shown in the table; the full text is in the tooltip
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def to_qdatetime(value: datetime) -> QDateTime:
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return stamp.addMSecs(value.microsecond // 1000)


class HistoryView(QWidget):
    """``set_record(kind, id)``; loads when shown (or on ``refresh()``) so a closed tab costs nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.record_id: int | None = None
        self._stale = True
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Associate"),
                                              self.tr("Change")])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def set_record(self, kind: str, record_id: int | None) -> None:
        self.kind, self.record_id = kind, record_id
        self.invalidate()

    def invalidate(self) -> None:
        """The record changed: reload now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.removeRows(0, self.model.rowCount())
        if self.record_id is None:
            return
        locale = QLocale()
        for entry in history.record_history(self.kind, self.record_id):
            stamp = to_qdatetime(entry.at)
            text, tip = self.describe(entry)
            row = [QStandardItem(locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)),
                   QStandardItem(locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)),
                   QStandardItem(entry.who or self.tr("System")),
                   QStandardItem(text)]
            row[3].setToolTip(tip)
            row[0].setData(entry, ENTRY_ROLE)
            self.model.appendRow(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)

    def lines(self) -> list[str]:
        """The change column as shown, newest first."""
        return [str(self.model.item(r, 3).text()) for r in range(self.model.rowCount())]

    # -- turning an entry into words ----------------------------------------------------------------

    def describe(self, entry: HistoryEntry) -> tuple[str, str]:
        """(the line shown, its tooltip)."""
        if entry.op == "create":
            details = [f"{i18n.tr_field(v.field)}: {self.value_text(v.value, v.value_kind)}" for v in entry.snapshot
                       if v.field in _LABELLED]
            return self.tr("Created"), "\n".join(details)
        if entry.op == "delete":
            return self.tr("Deleted"), ""
        if entry.op == "restore":
            return self.tr("Restored"), ""
        label = i18n.tr_field(entry.field or "")
        if entry.subject:
            label = f"{label} ({entry.subject})"
        old, new = self.value_text(entry.old, entry.value_kind), self.value_text(entry.new, entry.value_kind)
        full = f"{label}: {old} → {new}"
        short = f"{label}: {_elide(old)} → {_elide(new)}"
        return short, full if short != full else ""

    def value_text(self, value: object, value_kind: str) -> str:
        if value_kind == history.SUBSCRIPTION:
            return {"subscribed": self.tr("Subscribed"), "unsubscribed": self.tr("Unsubscribed")}.get(
                str(value), self.tr("Never asked"))
        if value_kind == history.BOOL or isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if value is None or value == "":
            return self.tr("(empty)")
        return " ".join(str(value).split())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()


def _elide(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1] + "…"


_LABELLED = set(FIELD_LABELS) - {"deleted"}
