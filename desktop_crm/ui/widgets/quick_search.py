"""The quick search field: find companies and persons as you type, open one with Enter.

``QuickSearchField`` is a line edit for the main window's toolbar (the main window binds Ctrl+F to
``focus_search``). Typing runs ``services.search.quick_search`` on the worker thread after a short
pause; the hits appear in a popup grouped under "Companies" and "Persons". Up/Down move through
the hits, Enter opens the selected hit (or the top hit when none is selected, also when Enter comes
before the results) through ``hub().open_record``, Esc closes the popup (a second Esc clears the
field). The popup follows QCompleter's pattern: a ``Qt.Popup`` list whose key presses are handled
here or passed on to the field, so typing continues while it is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_crm.services.search import SearchHit, SearchResults, quick_search
from desktop_crm.ui.hub import hub
from desktop_crm.ui.worker import run_task

SEARCH_DELAY_MS = 150
HITS_PER_KIND = 8
RowKindRole = Qt.ItemDataRole.UserRole + 1  # "header", "hit", "note"
HitRole = Qt.ItemDataRole.UserRole + 2  # the SearchHit of a hit row
SubtitleRole = Qt.ItemDataRole.UserRole + 3


class SearchResultsModel(QAbstractListModel):
    """The popup's rows: a header per kind with hits, the hits, and a note when there are more."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []
        self.results = SearchResults("")

    def set_results(self, results: SearchResults) -> None:
        rows: list[tuple[str, Any]] = []
        for kind, hits, more in (("company", results.companies, results.more_companies),
                                 ("person", results.persons, results.more_persons)):
            if hits:
                rows.append(("header", kind))
                rows.extend(("hit", hit) for hit in hits)
                if more:
                    rows.append(("note", "more"))
        if not rows and results.text.strip():
            rows.append(("note", "none"))
        self.beginResetModel()
        self.results = results
        self._rows = rows
        self.endResetModel()

    def hit_rows(self) -> list[int]:
        return [row for row, (kind, _) in enumerate(self._rows) if kind == "hit"]

    def hit(self, row: int) -> SearchHit | None:
        if 0 <= row < len(self._rows) and self._rows[row][0] == "hit":
            return self._rows[row][1]
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        kind, value = self._rows[index.row()]
        if role == RowKindRole:
            return kind
        if kind == "header":
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Companies") if value == "company" else self.tr("Persons")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if kind == "note":
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("More hits: type more to narrow the search") if value == "more"
                        else self.tr("Nothing found"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return value.title
        if role == SubtitleRole:
            return value.subtitle
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{value.title}\n{value.subtitle}" if value.subtitle else value.title
        if role == HitRole:
            return value
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "hit":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class _HitDelegate(QStyledItemDelegate):
    """A hit as its title followed by a dimmer subtitle; hits are indented under their header."""

    INDENT = 14

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.INDENT, size.height() + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(RowKindRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if kind != "hit":
            if kind == "note":
                opt.palette.setBrush(QPalette.ColorRole.Text, opt.palette.brush(QPalette.ColorRole.PlaceholderText))
            super().paint(painter, opt, index)
            return
        title, subtitle = opt.text, index.data(SubtitleRole) or ""
        opt.text = ""
        opt.rect = opt.rect.adjusted(self.INDENT, 0, 0, 0)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(4, 0, -4, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = opt.fontMetrics
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align, shown)
        rest = rect.adjusted(metrics.horizontalAdvance(shown) + metrics.horizontalAdvance("   "), 0, 0, 0)
        if subtitle and rest.width() > metrics.horizontalAdvance("…") * 3:
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                             else QPalette.ColorRole.PlaceholderText))
            painter.drawText(rest, align, metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()


class QuickSearchField(QLineEdit):
    """The search field with its popup of hits. ``results_ready(SearchResults)`` when hits are shown."""

    results_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, limit: int = HITS_PER_KIND) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setObjectName("quickSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search companies and persons…"))
        self.setToolTip(self.tr("Find companies and persons by name, city, postal code, e-mail or phone"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48)
        self._generation = 0
        self._shown_text: str | None = None  # the text whose results the popup shows
        self._open_when_ready = False

        self.results_model = SearchResultsModel(self)
        self.popup = QListView(self)
        self.popup.setObjectName("quickSearchPopup")
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setFocusProxy(self)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setUniformItemSizes(True)
        self.popup.setItemDelegate(_HitDelegate(self.popup))
        self.popup.setModel(self.results_model)
        self.popup.installEventFilter(self)
        self.popup.clicked.connect(self._on_clicked)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._on_text_changed)

    # --- the public interface ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the field with its text selected (the main window's Ctrl+F)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    @property
    def results(self) -> SearchResults:
        return self.results_model.results

    def current_hit(self) -> SearchHit | None:
        return self.results_model.hit(self.popup.currentIndex().row()) if self.popup.isVisible() else None

    def search_now(self) -> None:
        """Search for the current text at once (on the worker thread)."""
        self._timer.stop()
        text = self.text()
        self._generation += 1
        generation, limit = self._generation, self.limit
        if not text.strip():
            self._show(SearchResults(text), generation)
            return
        run_task(lambda: (generation, quick_search(text, limit)), self._on_results, self._on_error)

    def open_current(self) -> None:
        """Open the selected hit, else the top hit; when the hits for the text are not in yet, as
        soon as they are."""
        hit = self.current_hit()
        if hit is None and self._shown_text == self.text():
            hit = self.results.top
        if hit is not None:
            self._open(hit)
        elif self.text().strip() and self._shown_text != self.text():
            self._open_when_ready = True
            self.search_now()

    def hide_popup(self) -> None:
        self.popup.hide()

    # --- searching -----------------------------------------------------------------------------------

    def _on_text_edited(self, _: str) -> None:
        self._open_when_ready = False
        self._timer.start()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._generation += 1
            self._shown_text = text
            self.results_model.set_results(SearchResults(text))
            self.hide_popup()
        elif not self._timer.isActive():
            self._timer.start()

    def _on_results(self, result: tuple[int, SearchResults]) -> None:
        generation, results = result
        self._show(results, generation)

    def _on_error(self, exc: Exception) -> None:
        hub().status_message.emit(str(exc))

    def _show(self, results: SearchResults, generation: int) -> None:
        if generation != self._generation:
            return
        self._shown_text = results.text
        self.results_model.set_results(results)
        if self._open_when_ready:
            self._open_when_ready = False
            if results.top is not None:
                self._open(results.top)
                self.results_ready.emit(results)
                return
        if results.text.strip() and self.isVisible():
            self._show_popup()
        hits = self.results_model.hit_rows()
        if hits:
            self.popup.setCurrentIndex(self.results_model.index(hits[0]))
        self.results_ready.emit(results)

    def _show_popup(self) -> None:
        rows = self.results_model.rowCount()
        if rows == 0:
            self.hide_popup()
            return
        row_height = max(self.popup.sizeHintForRow(0), self.fontMetrics().height() + 6)
        frame = self.popup.frameWidth() * 2
        self.popup.resize(max(self.width(), 420), min(rows, 18) * row_height + frame)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        if not self.popup.isVisible():
            self.popup.show()

    def _open(self, hit: SearchHit) -> None:
        self.hide_popup()
        self.selectAll()
        hub().open_record.emit(hit.kind, hit.id)

    def _on_clicked(self, index: QModelIndex) -> None:
        hit = self.results_model.hit(index.row())
        if hit is not None:
            self._open(hit)

    # --- keys ----------------------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        hits = self.results_model.hit_rows()
        if not hits:
            return
        if not self.popup.isVisible():
            self._show_popup()
        current = self.popup.currentIndex().row()
        if current in hits:
            position = max(0, min(len(hits) - 1, hits.index(current) + step))
        else:
            position = 0 if step > 0 else len(hits) - 1
        self.popup.setCurrentIndex(self.results_model.index(hits[position]))

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
            self._move(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.hide_popup()
            else:
                self.clear()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.popup:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if not self._handle_key(event):
                    # Typing goes on in the field while the popup is open.
                    self.event(event)
                return True
            if event.type() == QEvent.Type.Hide:
                self.update()
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide_popup()
        super().focusOutEvent(event)


QuickSearch = QuickSearchField  # the short name
