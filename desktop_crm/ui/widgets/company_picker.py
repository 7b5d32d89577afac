"""Choosing a person's company: a line edit that completes company names as you type (through the
FTS5 index, bounded, so it stays fast at 100,000 companies) and a link that opens the company."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_crm.services import pickers
from desktop_crm.ui.hub import hub

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 120


class CompanyPicker(QWidget):
    """``company_id()`` is the chosen company (None for none). Typing a name that is not picked
    from the list makes ``is_valid()`` False until a company is chosen or the text is cleared."""

    company_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._company_id: int | None = None
        self._name = ""
        self._read_only = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type to find a company"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.link = QLabel(self)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.linkActivated.connect(self.open_company)
        text = self.tr("Open company")
        self.link.setText(f'<a href="company">{text}</a>')
        self.link.setToolTip(self.tr("Open the company's card"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.link)
        self.setFocusProxy(self.edit)
        self._update_link()

    def company_id(self) -> int | None:
        return self._company_id

    def is_valid(self) -> bool:
        """False while the text names no chosen company."""
        text = self.edit.text().strip()
        return not text or (self._company_id is not None and text == self._name)

    def set_company(self, company_id: int | None, name: str = "", *, notify: bool = True) -> None:
        """Choose a company (``notify`` False when loading a record: no ``company_changed``)."""
        changed = company_id != self._company_id
        self._company_id = company_id
        self._name = name if company_id is not None else ""
        self.edit.setText(self._name)
        self.edit.setToolTip(self._name)
        self.edit.setCursorPosition(0)
        self._update_link()
        if changed and notify:
            self.company_changed.emit(company_id)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)

    def search(self) -> None:
        """Fill the completer with companies matching the text and show it."""
        self.timer.stop()
        self.model.clear()
        for company_id, name, city in pickers.find_companies(self.edit.text()):
            item = QStandardItem(f"{name} — {city}" if city else name)
            item.setData(company_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            self.model.appendRow(item)
        if self.model.rowCount() and self.edit.hasFocus():
            self.completer.complete()

    def choose_row(self, row: int) -> None:
        """Pick the ``row``-th suggestion (what clicking it in the popup does)."""
        self._on_activated(self.model.index(row, 0))

    def open_company(self, _link: str = "") -> None:
        if self._company_id is not None:
            hub().open_record.emit("company", self._company_id)

    def _on_edited(self, text: str) -> None:
        if self._read_only:
            return
        if not text.strip():
            self.timer.stop()
            self.set_company(None)
            return
        self._update_link()
        self.timer.start()

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        company_id = index.data(ID_ROLE)
        name = str(index.data(NAME_ROLE))
        self.set_company(int(company_id), name)

    def _on_editing_finished(self) -> None:
        """Typed a name without picking it: take it when exactly one company has that name."""
        text = self.edit.text().strip()
        if not text or self.is_valid() or self._read_only:
            return
        exact = [(cid, name) for cid, name, _ in pickers.find_companies(text, 50)
                 if name.casefold() == text.casefold()]
        if len(exact) == 1:
            self.set_company(exact[0][0], exact[0][1])
        self._update_link()

    def _update_link(self) -> None:
        self.link.setVisible(self._company_id is not None and self.is_valid())
