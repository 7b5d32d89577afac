"""A hint on a card: while a company or person is typed, the record it probably already is, with a link.

Give it the card's fields with ``update_values``; a moment after the typing stops it asks
``services.duplicates.likely_duplicates`` on the worker thread and shows the best match or hides.
The link asks the main window to open that record (``hub().open_record``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from desktop_crm.domain.dedupe import REASON_LABELS
from desktop_crm.services import duplicates
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub

DELAY_MS = 400


class DuplicateHint(QFrame):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.values: dict[str, object] = {}
        self.exclude: int | None = None
        self.hints: list[duplicates.Hint] = []
        self._asked = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(16, 16))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._open)
        layout.addWidget(self.label, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.look_up)
        self.hide()

    def update_values(self, values: dict[str, object], exclude: int | None = None) -> None:
        """The card's current fields (and its own id, never shown as its own duplicate)."""
        if values == self.values and exclude == self.exclude:
            return
        self.values, self.exclude = dict(values), exclude
        self.timer.start()

    def look_up(self) -> None:
        self.timer.stop()
        self._asked += 1
        asked, kind, values, exclude = self._asked, self.kind, dict(self.values), self.exclude
        if not any(str(v or "").strip() for k, v in values.items() if k != "company_id"):
            self._show(asked, [])
            return
        worker.run_task(lambda: duplicates.likely_duplicates(kind, values, exclude=exclude),
                        on_done=lambda hints: self._show(asked, hints), on_error=lambda exc: None)

    def _show(self, asked: int, hints: list[duplicates.Hint]) -> None:
        if asked != self._asked:
            return  # an answer to an older question: the fields have changed since
        self.hints = hints
        if not hints:
            self.label.clear()
            self.hide()
            return
        best = hints[0]
        why = ", ".join(QCoreApplication.translate("Duplicates", REASON_LABELS[r]) for r in sorted(best.reasons)
                        if r in REASON_LABELS)
        text = self.tr("Already in the database? <a href=\"{id}\">{name}</a> ({why})").format(
            id=best.record_id, name=_escape(best.label), why=why)
        if len(hints) > 1:
            text += " " + self.tr("and %n more", "", len(hints) - 1)
        self.label.setText(text)
        self.show()

    def _open(self, link: str) -> None:
        hub().open_record.emit(self.kind, int(link))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
